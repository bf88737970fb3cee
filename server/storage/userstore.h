#pragma once

#include "user.h"

#include <QList>
#include <QString>

#include <optional>

namespace jobdesk::server {

class Database;

struct UserQuery
{
    std::optional<Role> role;
    std::optional<AccountStatus> status;
    QString text;  // name or email contains
    QString skill; // has this skill
    int limit = 50;
    std::optional<qint64> afterId; // ordered by id ascending
};

struct UserPage
{
    QList<User> items;
    std::optional<qint64> nextAfterId;
};

class UserStore final
{
public:
    explicit UserStore(Database &db)
        : m_db(db)
    {}

    std::optional<User> find(qint64 id);
    std::optional<User> findByEmail(const QString &email);
    QString passwordHash(qint64 id);
    UserPage list(const UserQuery &query);
    // Inserts the account (email stored lower case) and returns its id, or 0 when
    // the email already has an account.
    qint64 create(const User &user, const QString &passwordHash);
    // Writes name, role, status and the profile when the stored version matches.
    bool update(const User &user, int expectedVersion);
    void setPasswordHash(qint64 id, const QString &hash);
    bool emailTaken(const QString &email);
    // For the request hot path: role and status only.
    struct Standing
    {
        Role role;
        AccountStatus status;
    };
    std::optional<Standing> standing(qint64 id);

private:
    void loadSkills(QList<User> &users);
    void writeSkills(const User &user);
    Database &m_db;
};

} // namespace jobdesk::server
