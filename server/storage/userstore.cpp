#include "userstore.h"

#include "database.h"
#include "timecodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jobdesk::server {

namespace {

const QString UserColumns = QStringLiteral(
    "id, email, name, role, status, hourly_rate_cents, capacity, time_zone, availability, "
    "created_at, updated_at, version");

QString availabilityToDb(const QList<AvailabilitySlot> &slots)
{
    QJsonArray a;
    for (const AvailabilitySlot &s : slots)
        a.append(QJsonArray{s.weekday, s.startMinute, s.endMinute});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<AvailabilitySlot> availabilityFromDb(const QString &text)
{
    QList<AvailabilitySlot> slots;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : a) {
        const QJsonArray s = v.toArray();
        slots.append({s.at(0).toInt(), s.at(1).toInt(), s.at(2).toInt()});
    }
    return slots;
}

User userFromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.email = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = roleFromString(q.value(3).toString()).value_or(Role::Worker);
    u.status = accountStatusFromString(q.value(4).toString()).value_or(AccountStatus::Disabled);
    u.profile.hourlyRateCents = q.value(5).toLongLong();
    u.profile.capacity = q.value(6).toInt();
    u.profile.timeZone = q.value(7).toString();
    u.profile.availability = availabilityFromDb(q.value(8).toString());
    u.createdAt = fromDb(q.value(9));
    u.updatedAt = fromDb(q.value(10));
    u.version = q.value(11).toInt();
    return u;
}

} // namespace

std::optional<User> UserStore::find(qint64 id)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT ") + UserColumns + QStringLiteral(" FROM users WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    QList<User> users{userFromRow(q)};
    q.finish();
    loadSkills(users);
    return users.first();
}

std::optional<User> UserStore::findByEmail(const QString &email)
{
    const QVariant id =
        m_db.scalar(QStringLiteral("SELECT id FROM users WHERE email = ?"), {email.toLower()});
    if (id.isNull())
        return std::nullopt;
    return find(id.toLongLong());
}

bool UserStore::emailTaken(const QString &email)
{
    return !m_db.scalar(QStringLiteral("SELECT id FROM users WHERE email = ?"), {email.toLower()})
                .isNull();
}

QString UserStore::passwordHash(qint64 id)
{
    return m_db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id})
        .toString();
}

std::optional<UserStore::Standing> UserStore::standing(qint64 id)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT role, status FROM users WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    const auto role = roleFromString(q.value(0).toString());
    const auto status = accountStatusFromString(q.value(1).toString());
    q.finish();
    if (!role || !status)
        return std::nullopt;
    return Standing{*role, *status};
}

UserPage UserStore::list(const UserQuery &query)
{
    QStringList where;
    QVariantList binds;
    if (query.role) {
        where << QStringLiteral("role = ?");
        binds << toString(*query.role);
    }
    if (query.status) {
        where << QStringLiteral("status = ?");
        binds << toString(*query.status);
    }
    if (!query.text.isEmpty()) {
        const QString pattern = Dialect::containsPattern(query.text);
        where << QLatin1Char('(') + m_db.dialect().containsInsensitive(QStringLiteral("name")) +
                     QStringLiteral(" OR ") +
                     m_db.dialect().containsInsensitive(QStringLiteral("email")) + QLatin1Char(')');
        binds << pattern << pattern;
    }
    if (!query.skill.isEmpty()) {
        where << QStringLiteral("id IN (SELECT user_id FROM worker_skills WHERE skill_key = ?)");
        binds << query.skill;
    }
    if (query.afterId) {
        where << QStringLiteral("id > ?");
        binds << *query.afterId;
    }
    QString sql = QStringLiteral("SELECT ") + UserColumns + QStringLiteral(" FROM users");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    binds << query.limit + 1;
    UserPage page;
    QSqlQuery &q = m_db.exec(sql, binds);
    while (q.next())
        page.items.append(userFromRow(q));
    q.finish();
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        page.nextAfterId = page.items.last().id;
    }
    loadSkills(page.items);
    return page;
}

void UserStore::loadSkills(QList<User> &users)
{
    if (users.isEmpty())
        return;
    QHash<qint64, int> index;
    QStringList marks;
    QVariantList ids;
    for (int i = 0; i < users.size(); ++i) {
        index.insert(users[i].id, i);
        marks << QStringLiteral("?");
        ids << users[i].id;
    }
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT user_id, skill_key, level FROM worker_skills "
                                            "WHERE user_id IN (") +
                                 marks.join(QLatin1Char(',')) +
                                 QStringLiteral(") ORDER BY user_id, skill_key"),
                             ids);
    while (q.next()) {
        users[index.value(q.value(0).toLongLong())].profile.skills.append(
            {q.value(1).toString(), q.value(2).toInt()});
    }
    q.finish();
}

void UserStore::writeSkills(const User &user)
{
    m_db.exec(QStringLiteral("DELETE FROM worker_skills WHERE user_id = ?"), {user.id});
    for (const SkillLevel &s : user.profile.skills) {
        m_db.exec(QStringLiteral("INSERT INTO worker_skills (user_id, skill_key, level) "
                                 "VALUES (?, ?, ?)"),
                  {user.id, s.skill, s.level});
    }
}

qint64 UserStore::create(const User &user, const QString &passwordHash)
{
    if (emailTaken(user.email))
        return 0;
    User stored = user;
    stored.id = m_db.insert(
        QStringLiteral("INSERT INTO users (email, name, role, status, password_hash, "
                       "hourly_rate_cents, capacity, time_zone, availability, created_at, "
                       "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                       "RETURNING id"),
        {user.email.toLower(), user.name, toString(user.role), toString(user.status), passwordHash,
         user.profile.hourlyRateCents, user.profile.capacity, user.profile.timeZone,
         availabilityToDb(user.profile.availability), toDb(user.createdAt), toDb(user.updatedAt)});
    writeSkills(stored);
    return stored.id;
}

bool UserStore::update(const User &user, int expectedVersion)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("UPDATE users SET name = ?, role = ?, status = ?, hourly_rate_cents = ?, "
                       "capacity = ?, time_zone = ?, availability = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {user.name, toString(user.role), toString(user.status), user.profile.hourlyRateCents,
         user.profile.capacity, user.profile.timeZone, availabilityToDb(user.profile.availability),
         toDb(user.updatedAt), user.id, expectedVersion});
    const bool changed = q.numRowsAffected() == 1;
    q.finish();
    if (changed)
        writeSkills(user);
    return changed;
}

void UserStore::setPasswordHash(qint64 id, const QString &hash)
{
    m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, id});
}

} // namespace jobdesk::server
