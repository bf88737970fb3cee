#include "role.h"

namespace jobdesk {

QString toString(Role role)
{
    switch (role) {
    case Role::Worker:
        return QStringLiteral("worker");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromString(QStringView s)
{
    for (const Role r : {Role::Worker, Role::Admin}) {
        if (s == toString(r))
            return r;
    }
    return std::nullopt;
}

QString toString(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Pending:
        return QStringLiteral("pending");
    case AccountStatus::Active:
        return QStringLiteral("active");
    case AccountStatus::Disabled:
        return QStringLiteral("disabled");
    }
    return {};
}

std::optional<AccountStatus> accountStatusFromString(QStringView s)
{
    for (const AccountStatus a :
         {AccountStatus::Pending, AccountStatus::Active, AccountStatus::Disabled}) {
        if (s == toString(a))
            return a;
    }
    return std::nullopt;
}

} // namespace jobdesk
