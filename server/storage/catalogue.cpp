#include "catalogue.h"

#include "database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace jobdesk::server {

namespace {

QSqlQuery query(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw DbError(
            QString(q.lastError().text() + QStringLiteral(" preparing: ") + sql).toStdString());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        throw DbError(QString(q.lastError().text() + QStringLiteral(" in: ") + sql).toStdString(),
                      q.lastError().nativeErrorCode());
    return q;
}

// SQLite's type affinity rules (https://sqlite.org/datatype3.html, 3.1).
ColumnKind sqliteKind(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return ColumnKind::Integer;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
        t.contains(QLatin1String("TEXT")))
        return ColumnKind::Text;
    if (t.isEmpty() || t.contains(QLatin1String("BLOB")))
        return ColumnKind::Blob;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return ColumnKind::Real;
    return ColumnKind::Other;
}

ColumnKind postgresKind(const QString &dataType)
{
    if (dataType == QLatin1String("bigint") || dataType == QLatin1String("integer") ||
        dataType == QLatin1String("smallint"))
        return ColumnKind::Integer;
    if (dataType == QLatin1String("real") || dataType == QLatin1String("double precision"))
        return ColumnKind::Real;
    if (dataType == QLatin1String("text") || dataType == QLatin1String("character varying") ||
        dataType == QLatin1String("character"))
        return ColumnKind::Text;
    if (dataType == QLatin1String("bytea"))
        return ColumnKind::Blob;
    if (dataType == QLatin1String("boolean"))
        return ColumnKind::Boolean;
    return ColumnKind::Other;
}

bool isBookkeeping(const QString &table)
{
    return table == QLatin1String("schema_migrations");
}

// The tables a catalogue query names (one column), less the bookkeeping.
QList<TableInfo> namedTables(Database &db, const QString &sql)
{
    QList<TableInfo> tables;
    QSqlQuery names = query(db, sql);
    while (names.next()) {
        TableInfo t;
        t.name = names.value(0).toString();
        if (!isBookkeeping(t.name))
            tables.append(t);
    }
    return tables;
}

QList<TableInfo> sqliteTables(Database &db)
{
    // sqlite_sequence and friends belong to the engine; AUTOINCREMENT counters
    // follow the ids inserted, so they need no copy.
    QList<TableInfo> tables =
        namedTables(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "substr(name, 1, 7) <> 'sqlite_' ORDER BY name"));
    for (TableInfo &t : tables) {
        QList<QPair<int, QString>> key;
        QSqlQuery columns = query(
            db, QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"),
            {t.name});
        while (columns.next()) {
            t.columns.append(
                {columns.value(0).toString(), sqliteKind(columns.value(1).toString())});
            if (const int position = columns.value(2).toInt(); position > 0)
                key.append({position, columns.value(0).toString()});
        }
        std::sort(key.begin(), key.end());
        for (const auto &k : key)
            t.primaryKey << k.second;
        QSqlQuery parents =
            query(db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"),
                  {t.name});
        while (parents.next()) {
            const QString parent = parents.value(0).toString();
            if (parent != t.name && !t.parents.contains(parent))
                t.parents << parent;
        }
    }
    return tables;
}

QList<TableInfo> postgresTables(Database &db)
{
    QList<TableInfo> tables = namedTables(
        db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema "
                           "= current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
    for (TableInfo &t : tables) {
        QSqlQuery columns = query(
            db,
            QStringLiteral("SELECT column_name, data_type, is_identity = 'YES' OR "
                           "COALESCE(column_default, '') LIKE 'nextval(%' "
                           "FROM information_schema.columns WHERE table_schema = current_schema() "
                           "AND table_name = ? ORDER BY ordinal_position"),
            {t.name});
        while (columns.next())
            t.columns.append({columns.value(0).toString(),
                              postgresKind(columns.value(1).toString()),
                              columns.value(2).toBool()});
        QSqlQuery key =
            query(db,
                  QStringLiteral("SELECT k.column_name FROM information_schema.table_constraints c "
                                 "JOIN information_schema.key_column_usage k ON "
                                 "k.constraint_schema = c.constraint_schema AND "
                                 "k.constraint_name = c.constraint_name AND "
                                 "k.table_name = c.table_name "
                                 "WHERE c.constraint_type = 'PRIMARY KEY' AND "
                                 "c.table_schema = current_schema() AND c.table_name = ? "
                                 "ORDER BY k.ordinal_position"),
                  {t.name});
        while (key.next())
            t.primaryKey << key.value(0).toString();
        QSqlQuery parents =
            query(db,
                  QStringLiteral("SELECT DISTINCT p.relname FROM pg_constraint k "
                                 "JOIN pg_class c ON c.oid = k.conrelid "
                                 "JOIN pg_class p ON p.oid = k.confrelid "
                                 "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE k.contype = 'f' AND n.nspname = current_schema() "
                                 "AND c.relname = ?"),
                  {t.name});
        while (parents.next()) {
            const QString parent = parents.value(0).toString();
            if (parent != t.name)
                t.parents << parent;
        }
    }
    return tables;
}

// Parents first (Kahn's algorithm, ties in name order so both engines agree).
QList<TableInfo> referencedFirst(QList<TableInfo> tables)
{
    QList<TableInfo> ordered;
    QSet<QString> placed;
    bool progress = true;
    while (!tables.isEmpty() && progress) {
        progress = false;
        for (auto it = tables.begin(); it != tables.end(); ++it) {
            const bool ready =
                std::all_of(it->parents.cbegin(), it->parents.cend(), [&](const QString &p) {
                    return placed.contains(p) ||
                           std::none_of(tables.cbegin(), tables.cend(),
                                        [&](const TableInfo &t) { return t.name == p; });
                });
            if (ready) {
                placed.insert(it->name);
                ordered.append(*it);
                tables.erase(it);
                progress = true;
                break;
            }
        }
    }
    return ordered + tables; // what is left is a cycle
}

} // namespace

QString columnKindName(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Integer:
        return QStringLiteral("integer");
    case ColumnKind::Real:
        return QStringLiteral("real");
    case ColumnKind::Text:
        return QStringLiteral("text");
    case ColumnKind::Blob:
        return QStringLiteral("blob");
    case ColumnKind::Boolean:
        return QStringLiteral("boolean");
    case ColumnKind::Other:
        break;
    }
    return QStringLiteral("other");
}

int TableInfo::columnIndex(const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column)
            return i;
    }
    return -1;
}

QString TableInfo::orderBy() const
{
    QStringList keys = primaryKey;
    if (keys.isEmpty()) {
        for (const ColumnInfo &c : columns)
            keys << c.name;
    }
    for (QString &k : keys)
        k = quoteIdentifier(k);
    return keys.join(QStringLiteral(", "));
}

QList<TableInfo> readCatalogue(Database &db)
{
    return referencedFirst(db.dialect().engine() == Dialect::Engine::Sqlite ? sqliteTables(db)
                                                                            : postgresTables(db));
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace jobdesk::server
