#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace jobdesk {

enum class Role
{
    Worker,
    Admin
};
// Who moves a job: the system actor is the dispatch engine and offer handling.
enum class Actor
{
    Worker,
    Admin,
    System
};
enum class AccountStatus
{
    Pending,
    Active,
    Disabled
};

QString toString(Role role);                       // "worker" | "admin"
std::optional<Role> roleFromString(QStringView s); // exact, lower case
QString toString(AccountStatus status);            // "pending" | "active" | "disabled"
std::optional<AccountStatus> accountStatusFromString(QStringView s);

} // namespace jobdesk
