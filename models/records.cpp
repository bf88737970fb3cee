#include "records.h"

namespace jobdesk {

QString toString(OfferStatus s)
{
    switch (s) {
    case OfferStatus::Pending:
        return QStringLiteral("pending");
    case OfferStatus::Accepted:
        return QStringLiteral("accepted");
    case OfferStatus::Declined:
        return QStringLiteral("declined");
    case OfferStatus::Expired:
        return QStringLiteral("expired");
    case OfferStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<OfferStatus> offerStatusFromString(QStringView s)
{
    for (const OfferStatus o : {OfferStatus::Pending, OfferStatus::Accepted, OfferStatus::Declined,
                                OfferStatus::Expired, OfferStatus::Withdrawn}) {
        if (s == toString(o))
            return o;
    }
    return std::nullopt;
}

} // namespace jobdesk
