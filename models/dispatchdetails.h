#pragma once

#include "dispatch.h"

#include <QHash>

#include <array>

// The short English explanations of dispatch scoring (FactorScore::detail and
// some ExclusionReason details). Internal to dispatch*.cpp.
namespace jobdesk::dispatch::detail {

// What a factor's detail says beyond the job and the candidate themselves.
struct DetailInputs
{
    const int *levels = nullptr; // the worker's level in each required skill, in order
    qint64 freeMinutes = 0;      // in the window looked at
    qint64 startsIn = -1;        // seconds until the first free moment, -1 = none
    bool horizonCapped = false;  // the due date lies beyond the longest window
};

// Builds details for one rank() call. Most details repeat from worker to worker
// ("no offers in 7 days", "1 of 3 slots held", "can start now (urgent job)"), so
// equal ones are one shared string: a repeat costs a lookup instead of an
// allocation, and the ranking holds far fewer strings.
class Details
{
public:
    QString factor(Factor f, const Request &job, const Candidate &c, const DetailInputs &in);
    QString atCapacity(const Candidate &c);
    static QString skillTooLow(const RequiredSkill &r, int level);

private:
    template <typename Make> QString shared(size_t table, quint64 key, Make make);

    // One table per factor, and one for atCapacity.
    std::array<QHash<quint64, QString>, 7> m_tables;
};

} // namespace jobdesk::dispatch::detail
