#pragma once

// Small SQL helpers shared by the LocalStore source files. Not part of the API.

#include "localtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jobdesk::net::localsql {

inline QVariant toMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}
inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
// A QString() binds as NULL; text columns here are NOT NULL and empty means empty.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
inline QString describe(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}
inline QString storeError(const QSqlError &e)
{
    return QCoreApplication::translate("jobdesk::net::LocalStore", "The local store failed: %1")
        .arg(describe(e));
}

// Rows changed, or the error.
inline Result<int> execCount(const QSqlDatabase &db, const QString &sql,
                             const QVariantList &binds = {})
{
    QSqlQuery q(db);
    Result<int> r;
    if (!q.prepare(sql)) {
        r.error = storeError(q.lastError());
        return r;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        r.error = storeError(q.lastError());
    else
        r.value = q.numRowsAffected();
    return r;
}

inline Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return Status{execCount(db, sql, binds).error};
}

inline Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                               const QVariantList &binds = {})
{
    QSqlQuery q(db);
    Result<QVariant> r;
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        r.error = storeError(q.lastError());
    else if (q.next())
        r.value = q.value(0);
    return r;
}

// Rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    Status commit()
    {
        if (!m_open)
            return Status::failure(storeError(m_db.lastError()));
        m_open = false;
        if (!m_db.commit())
            return Status::failure(storeError(m_db.lastError()));
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace jobdesk::net::localsql
