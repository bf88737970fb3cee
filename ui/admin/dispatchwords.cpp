#include "dispatchwords.h"

#include "displaytext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace jobdesk::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jobdesk::ui::DispatchWords", text);
}

QString statusWord(const QJsonValue &wire)
{
    const auto s = jobStatusFromString(wire.toString());
    return s ? DisplayText::status(*s) : wire.toString();
}

qint64 workerOf(const QJsonObject &o)
{
    if (o.value(QStringLiteral("workerId")).isDouble())
        return o.value(QStringLiteral("workerId")).toInteger();
    const QJsonObject offer = o.value(QStringLiteral("offer")).toObject();
    return offer.value(QStringLiteral("workerId")).toInteger();
}

QString nameOf(qint64 id, const QHash<qint64, QString> &names)
{
    if (id == 0)
        return {};
    // Spelled out: lupdate gives a free function's tr() no class context.
    return names.value(
        id, QCoreApplication::translate("jobdesk::ui::DispatchWords", "worker #%1").arg(id));
}

} // namespace

QString DispatchWords::factor(const QString &code)
{
    if (code == QLatin1String("skillFit"))
        return tr("Skill fit");
    if (code == QLatin1String("availability"))
        return tr("Availability");
    if (code == QLatin1String("load"))
        return tr("Load");
    if (code == QLatin1String("quality"))
        return tr("Quality");
    if (code == QLatin1String("fairness"))
        return tr("Fairness");
    if (code == QLatin1String("urgency"))
        return tr("Urgency");
    return code;
}

QColor DispatchWords::factorColour(const QString &code)
{
    // Distinct in hue and lightness, so the stacked bar reads in greyscale too.
    if (code == QLatin1String("skillFit"))
        return QColor(0x2F, 0x6D, 0xB5);
    if (code == QLatin1String("availability"))
        return QColor(0x3A, 0x9D, 0x6B);
    if (code == QLatin1String("load"))
        return QColor(0x8C, 0xB8, 0xE8);
    if (code == QLatin1String("quality"))
        return QColor(0xD9, 0x8C, 0x1F);
    if (code == QLatin1String("fairness"))
        return QColor(0x9B, 0x6A, 0xC9);
    if (code == QLatin1String("urgency"))
        return QColor(0xC9, 0x4F, 0x4F);
    return QColor(0x9A, 0xA0, 0xA6);
}

QString DispatchWords::exclusion(const QString &code, const QString &detail,
                                 const QHash<QString, QString> &skillNames)
{
    const auto skill = [&skillNames](const QString &key) { return skillNames.value(key, key); };
    if (code == QLatin1String("notActive"))
        return tr("Account is not active");
    if (code == QLatin1String("missingSkill"))
        return detail.isEmpty() ? tr("Lacks a required skill")
                                : tr("Lacks the skill %1").arg(skill(detail));
    if (code == QLatin1String("skillTooLow")) {
        // "<skill> level <has> < <min>"
        static const QRegularExpression re(QStringLiteral("^(\\S+) level (\\d+) < (\\d+)$"));
        const auto m = re.match(detail);
        if (m.hasMatch())
            return tr("%1 level %2, needs %3")
                .arg(skill(m.captured(1)), m.captured(2), m.captured(3));
        return tr("Skill level too low");
    }
    if (code == QLatin1String("atCapacity")) {
        const QStringList parts = detail.split(QLatin1Char('/'));
        if (parts.size() == 2)
            return tr("At capacity: holds %1 of %2 jobs").arg(parts.at(0), parts.at(1));
        return tr("At capacity");
    }
    if (code == QLatin1String("unavailable"))
        return tr("No free time before the due date");
    if (code == QLatin1String("declinedBefore"))
        return tr("Declined this job before, or let its offer expire");
    if (code == QLatin1String("offerPending"))
        return tr("Already holds a pending offer for this job");
    return detail.isEmpty() ? tr("Not eligible (%1)").arg(code)
                            : tr("Not eligible (%1: %2)").arg(code, detail);
}

QString DispatchWords::urgency(Urgency u)
{
    switch (u) {
    case Urgency::Low:
        return tr("Low");
    case Urgency::Normal:
        return tr("Normal");
    case Urgency::High:
        return tr("High");
    case Urgency::Critical:
        return tr("Critical");
    }
    return {};
}

QColor DispatchWords::urgencyColour(Urgency u)
{
    switch (u) {
    case Urgency::Low:
        return QColor(0x6B, 0x72, 0x80);
    case Urgency::Normal:
        return QColor(0x1F, 0x4E, 0x9A);
    case Urgency::High:
        return QColor(0xB4, 0x5F, 0x06);
    case Urgency::Critical:
        return QColor(0xB3, 0x26, 0x1E);
    }
    return {};
}

QString DispatchWords::outcome(const QString &outcome, const QString &workerName,
                               const QString &detail)
{
    if (outcome == QLatin1String("offered"))
        return workerName.isEmpty() ? tr("Offered") : tr("Offered to %1").arg(workerName);
    if (outcome == QLatin1String("no-candidates"))
        return detail.isEmpty() ? tr("Nobody eligible: flagged for attention")
                                : tr("Nobody eligible: %1").arg(detail);
    if (outcome == QLatin1String("skipped"))
        return detail.isEmpty() ? tr("Skipped") : tr("Skipped: %1").arg(detail);
    return detail.isEmpty() ? outcome : tr("%1: %2").arg(outcome, detail);
}

QString DispatchWords::historyStep(const QJsonObject &row, const QHash<qint64, QString> &names)
{
    const QString action = row.value(QStringLiteral("action")).toString();
    const QJsonObject before = row.value(QStringLiteral("before")).toObject();
    const QJsonObject after = row.value(QStringLiteral("after")).toObject();
    const QString worker = nameOf(workerOf(after), names);
    const QString reason = after.value(QStringLiteral("reason"))
                               .toString(after.value(QStringLiteral("detail")).toString());
    if (action == QLatin1String("job.create"))
        return tr("Job created");
    if (action == QLatin1String("job.update"))
        return tr("Job edited");
    if (action == QLatin1String("job.attach"))
        return tr("File attached");
    if (action == QLatin1String("job.assign"))
        return tr("Assigned directly to %1").arg(worker);
    if (action == QLatin1String("job.cancel"))
        return tr("Cancelled");
    if (action == QLatin1String("job.submit"))
        return tr("Work submitted for review");
    if (action == QLatin1String("job.transition") || action == QLatin1String("job.transitioned"))
        return tr("Moved from %1 to %2")
            .arg(statusWord(before.value(QStringLiteral("status"))),
                 statusWord(after.value(QStringLiteral("status"))));
    if (action == QLatin1String("offer.create"))
        return tr("Offer made by an admin");
    if (action == QLatin1String("offer.accept"))
        return tr("Offer accepted by %1").arg(worker);
    if (action == QLatin1String("offer.declined"))
        return tr("Last open offer declined: back to pending");
    if (action == QLatin1String("offer.expired"))
        return tr("Last open offer expired: back to pending");
    if (action == QLatin1String("dispatch.ranked")) {
        const int ranked = after.value(QStringLiteral("ranked")).toInt();
        const int excluded = after.value(QStringLiteral("excluded")).toInt();
        const QJsonArray top = after.value(QStringLiteral("top")).toArray();
        const QString best = top.isEmpty()
                                 ? QString()
                                 : top.first().toObject().value(QStringLiteral("name")).toString();
        return best.isEmpty() ? tr("Ranked: nobody eligible, %1 left out").arg(excluded)
                              : tr("Ranked %1 eligible (best: %2), %3 left out")
                                    .arg(ranked)
                                    .arg(best)
                                    .arg(excluded);
    }
    const QString named = after.value(QStringLiteral("name")).toString(worker);
    const int rank = after.value(QStringLiteral("rank")).toInt();
    if (action == QLatin1String("dispatch.offered"))
        return rank > 0 ? tr("Cascade offered the job to %1 (rank %2)").arg(named).arg(rank)
                        : tr("Cascade offered the job to %1").arg(named);
    if (action == QLatin1String("dispatch.declined"))
        return reason.isEmpty() ? tr("%1 declined").arg(named)
                                : tr("%1 declined: “%2”").arg(named, reason);
    if (action == QLatin1String("dispatch.expired"))
        return tr("The offer to %1 expired").arg(named);
    if (action == QLatin1String("dispatch.exhausted"))
        return reason.isEmpty() ? tr("Cascade ended: flagged for attention")
                                : tr("Cascade ended (%1): flagged for attention").arg(reason);
    if (action == QLatin1String("dispatch.stopped")) {
        const QString cause = after.value(QStringLiteral("cause")).toString();
        return cause.isEmpty() ? tr("Cascade stopped by an admin")
                               : tr("Cascade stopped: %1").arg(cause);
    }
    if (action == QLatin1String("dispatch.accepted"))
        return tr("%1 accepted: cascade done").arg(named);
    if (action.startsWith(QLatin1String("dispatch.")))
        return tr("Dispatch: %1").arg(action.mid(9));
    return action;
}

QString DispatchWords::span(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg(s / 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(s / 86400).arg((s / 3600) % 24);
}

} // namespace jobdesk::ui
