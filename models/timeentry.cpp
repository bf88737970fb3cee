#include "timeentry.h"

namespace jobdesk {

QString toString(TimeEntrySource s)
{
    switch (s) {
    case TimeEntrySource::Timer:
        return QStringLiteral("timer");
    case TimeEntrySource::Manual:
        return QStringLiteral("manual");
    case TimeEntrySource::Recovered:
        return QStringLiteral("recovered");
    }
    return {};
}

std::optional<TimeEntrySource> timeEntrySourceFromString(QStringView s)
{
    for (const TimeEntrySource t :
         {TimeEntrySource::Timer, TimeEntrySource::Manual, TimeEntrySource::Recovered}) {
        if (s == toString(t))
            return t;
    }
    return std::nullopt;
}

QString toString(SyncOutcome s)
{
    switch (s) {
    case SyncOutcome::Applied:
        return QStringLiteral("applied");
    case SyncOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case SyncOutcome::Conflict:
        return QStringLiteral("conflict");
    case SyncOutcome::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

} // namespace jobdesk
