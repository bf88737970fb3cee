#pragma once

#include "dispatch.h"

#include <QString>

#include <optional>

namespace jobdesk::server {

// "skillFit=30,load=20,...": relative weights by factor wire name, each 0..1000,
// in points (the defaults are 30, 15, 20, 15, 10, 10). Factors left out keep
// their default. False with a message naming what is wrong.
bool parseDispatchWeights(const QString &text, dispatch::Weights *weights, QString *error);

// true/false, 1/0, yes/no, on/off.
std::optional<bool> parseSwitch(const QString &text);

} // namespace jobdesk::server
