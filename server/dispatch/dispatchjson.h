#pragma once

#include "dispatch.h"
#include "dispatchstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jobdesk::server {

// Wire form of the dispatch engine's values (docs/admin-api.md "Dispatch").
QJsonObject toJson(const DispatchRun &run);
// Normalised: the six weights sum to 1.
QJsonObject weightsJson(const dispatch::Weights &weights);
QJsonObject rankedJson(const dispatch::RankedCandidate &c);
QJsonArray rankedJson(const QList<dispatch::RankedCandidate> &ranked);
QJsonArray excludedJson(const QList<dispatch::ExcludedWorker> &excluded);
// For the audit log's dispatch.ranked: the top `top` with their points per
// factor, how many were ranked, and how many were excluded for each reason.
QJsonObject rankingSummary(const dispatch::Ranking &ranking, int top);

} // namespace jobdesk::server
