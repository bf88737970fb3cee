#pragma once

#include "jobstatus.h"

#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace jobdesk::ui {

// How the operations console words dispatch: factor names and colours, the
// reasons a worker was left out, bulk outcomes and the steps of a job's history.
// Wire codes come in, translated sentences go out.
class DispatchWords final
{
public:
    // skillFit → "Skill fit"; unknown codes are shown as they are.
    static QString factor(const QString &code);
    static QColor factorColour(const QString &code);
    // One exclusion reason in words, e.g. "Copywriting level 2, needs 3".
    // `skillNames` maps skill keys to their display names.
    static QString exclusion(const QString &code, const QString &detail,
                             const QHash<QString, QString> &skillNames = {});
    static QString urgency(Urgency u);
    static QColor urgencyColour(Urgency u);
    // An outcome of POST /dispatch/run for one job.
    static QString outcome(const QString &outcome, const QString &workerName,
                           const QString &detail);
    // One audit row of a job's history, e.g. "Offered to Sokha Chan (15 min window)".
    // `names` maps user ids to names.
    static QString historyStep(const QJsonObject &auditRow, const QHash<qint64, QString> &names);
    // A span of seconds as "3 d 4 h", "2 h 05 min", "12 min", "45 s".
    static QString span(qint64 seconds);
};

} // namespace jobdesk::ui
