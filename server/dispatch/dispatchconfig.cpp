#include "dispatchconfig.h"

#include <QStringList>

namespace jobdesk::server {

bool parseDispatchWeights(const QString &text, dispatch::Weights *weights, QString *error)
{
    dispatch::Weights w = *weights;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = QStringLiteral("weights must be factor=points pairs, e.g. skillFit=30,load=20");
        return false;
    }
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name = part.left(eq).trimmed();
        const auto factor = dispatch::factorFromString(name);
        bool ok = false;
        const double points = eq < 0 ? -1 : part.mid(eq + 1).trimmed().toDouble(&ok);
        if (!factor) {
            *error = QStringLiteral("unknown weight '%1' (factors: skillFit, availability, load, "
                                    "quality, fairness, urgency)")
                         .arg(name);
            return false;
        }
        if (!ok || points < 0 || points > 1000) {
            *error = QStringLiteral("weight %1 must be a number from 0 to 1000").arg(name);
            return false;
        }
        const double value = points / 100.0;
        switch (*factor) {
        case dispatch::Factor::SkillFit:
            w.skillFit = value;
            break;
        case dispatch::Factor::Availability:
            w.availability = value;
            break;
        case dispatch::Factor::Load:
            w.load = value;
            break;
        case dispatch::Factor::Quality:
            w.quality = value;
            break;
        case dispatch::Factor::Fairness:
            w.fairness = value;
            break;
        case dispatch::Factor::Urgency:
            w.urgency = value;
            break;
        }
    }
    if (!w.isValid()) {
        *error = QStringLiteral("at least one weight must be above 0");
        return false;
    }
    *weights = w;
    return true;
}

std::optional<bool> parseSwitch(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") ||
        t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") ||
        t == QLatin1String("off"))
        return false;
    return std::nullopt;
}

} // namespace jobdesk::server
