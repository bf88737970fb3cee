#include "dispatchjson.h"

#include "jsonreader.h"

#include <QJsonValue>

#include <cmath>

namespace jobdesk::server {

namespace {

constexpr dispatch::Factor AllFactors[] = {
    dispatch::Factor::SkillFit, dispatch::Factor::Availability, dispatch::Factor::Load,
    dispatch::Factor::Quality,  dispatch::Factor::Fairness,     dispatch::Factor::Urgency,
};

// Scores and points travel with two decimals: enough to explain an order.
double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toWireTime(t)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const DispatchRun &run)
{
    return QJsonObject{
        {QStringLiteral("id"), run.id},
        {QStringLiteral("jobId"), run.jobId},
        {QStringLiteral("status"), toString(run.status)},
        {QStringLiteral("shortlistSize"), run.shortlistSize},
        {QStringLiteral("windowSeconds"), run.windowSeconds},
        {QStringLiteral("offersMade"), run.offersMade},
        {QStringLiteral("startedBy"), run.startedBy},
        {QStringLiteral("startedAt"), timeOrNull(run.startedAt)},
        {QStringLiteral("endedAt"), timeOrNull(run.endedAt)},
    };
}

QJsonObject weightsJson(const dispatch::Weights &weights)
{
    double sum = 0;
    for (dispatch::Factor f : AllFactors)
        sum += weights.of(f);
    QJsonObject o;
    for (dispatch::Factor f : AllFactors)
        o.insert(dispatch::toString(f), sum > 0 ? weights.of(f) / sum : 0.0);
    return o;
}

QJsonObject rankedJson(const dispatch::RankedCandidate &c)
{
    QJsonArray factors;
    for (const dispatch::FactorScore &f : c.factors) {
        factors.append(QJsonObject{{QStringLiteral("factor"), dispatch::toString(f.factor)},
                                   {QStringLiteral("value"), f.value},
                                   {QStringLiteral("weight"), f.weight},
                                   {QStringLiteral("points"), round2(f.points)},
                                   {QStringLiteral("detail"), f.detail}});
    }
    return QJsonObject{{QStringLiteral("workerId"), c.workerId},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("score"), round2(c.score)},
                       {QStringLiteral("factors"), factors}};
}

QJsonArray rankedJson(const QList<dispatch::RankedCandidate> &ranked)
{
    QJsonArray out;
    for (const dispatch::RankedCandidate &c : ranked)
        out.append(rankedJson(c));
    return out;
}

QJsonArray excludedJson(const QList<dispatch::ExcludedWorker> &excluded)
{
    QJsonArray out;
    for (const dispatch::ExcludedWorker &w : excluded) {
        QJsonArray reasons;
        for (const dispatch::ExclusionReason &r : w.reasons)
            reasons.append(QJsonObject{{QStringLiteral("code"), dispatch::toString(r.code)},
                                       {QStringLiteral("detail"), r.detail}});
        out.append(QJsonObject{{QStringLiteral("workerId"), w.workerId},
                               {QStringLiteral("name"), w.name},
                               {QStringLiteral("reasons"), reasons}});
    }
    return out;
}

QJsonObject rankingSummary(const dispatch::Ranking &ranking, int top)
{
    QJsonArray best;
    for (qsizetype i = 0; i < ranking.ranked.size() && i < top; ++i) {
        const dispatch::RankedCandidate &c = ranking.ranked.at(i);
        QJsonObject points;
        for (const dispatch::FactorScore &f : c.factors)
            points.insert(dispatch::toString(f.factor), round2(f.points));
        best.append(QJsonObject{{QStringLiteral("workerId"), c.workerId},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("score"), round2(c.score)},
                                {QStringLiteral("points"), points}});
    }
    QJsonObject byReason;
    for (const dispatch::ExcludedWorker &w : ranking.excluded) {
        for (const dispatch::ExclusionReason &r : w.reasons) {
            const QString code = dispatch::toString(r.code);
            byReason.insert(code, byReason.value(code).toInt() + 1);
        }
    }
    return QJsonObject{{QStringLiteral("top"), best},
                       {QStringLiteral("ranked"), int(ranking.ranked.size())},
                       {QStringLiteral("excluded"), int(ranking.excluded.size())},
                       {QStringLiteral("excludedBy"), byReason}};
}

} // namespace jobdesk::server
