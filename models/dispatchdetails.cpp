#include "dispatchdetails.h"
#include "dispatchtext.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace jobdesk::dispatch::detail {

namespace {

const char *urgencyLabel(Urgency u)
{
    switch (u) {
    case Urgency::Low:
        return "low-urgency job";
    case Urgency::Normal:
        return "normal-urgency job";
    case Urgency::High:
        return "urgent job";
    case Urgency::Critical:
        return "critical job";
    }
    return "job";
}

QString factorText(Factor f, const Request &job, const Candidate &c, const DetailInputs &in)
{
    Text t;
    switch (f) {
    case Factor::SkillFit:
        if (job.requiredSkills.isEmpty())
            t << "no skills required";
        for (qsizetype i = 0; i < job.requiredSkills.size(); ++i) {
            const RequiredSkill &r = job.requiredSkills.at(i);
            if (i > 0)
                t << ", ";
            t << "level " << in.levels[i] << " vs min " << r.minLevel << " on "
              << QStringView(r.skill);
        }
        break;
    case Factor::Availability:
        t.duration(in.freeMinutes) << (!job.dueAt.isValid() ? " free in the next 7 days"
                                       : in.horizonCapped   ? " free in the next 28 days"
                                                            : " free before due");
        if (job.estimateMinutes > 0) {
            t << " (estimate ";
            t.duration(job.estimateMinutes) << ")";
        } else {
            t << " (no estimate)";
        }
        break;
    case Factor::Load:
        t << std::max(0, c.heldJobs) << " of " << c.profile.capacity << " slots held";
        break;
    case Factor::Quality:
        if (c.rating > 0) {
            const int n = std::max(1, c.ratedJobs);
            t << "rated ";
            t.decimal1(c.rating) << " over " << n << (n == 1 ? " job" : " jobs");
        } else {
            t << "not rated yet";
        }
        if (c.completedJobs > 0)
            t << ", " << std::clamp(c.revisedJobs, 0, c.completedJobs) << " of " << c.completedJobs
              << " revised";
        else
            t << ", no completed jobs";
        break;
    case Factor::Fairness:
        if (c.recentOffers <= 0)
            t << "no offers in 7 days";
        else
            t << c.recentOffers << (c.recentOffers == 1 ? " offer" : " offers") << " in 7 days";
        break;
    case Factor::Urgency:
        if (in.startsIn == 0)
            t << "can start now";
        else if (in.startsIn > 0)
            (t << "can start in ").duration((in.startsIn + 59) / 60);
        else
            t << "no free time before due";
        t << " (" << urgencyLabel(job.urgency) << ")";
        break;
    }
    return t.toString();
}

// Packs up to four values of 0..65535 into one key; none when one does not fit.
std::optional<quint64> pack(std::initializer_list<qint64> values)
{
    quint64 key = 0;
    int shift = 0;
    for (const qint64 v : values) {
        if (v < 0 || v > 0xFFFF || shift >= 64)
            return std::nullopt;
        key |= quint64(v) << shift;
        shift += 16;
    }
    return key;
}

quint64 pair(int high, int low)
{
    return quint64(quint32(high)) << 32 | quint32(low);
}

// A key that determines the factor's detail within one rank() call (the job is
// the same for every worker), or none when the inputs do not fit one.
std::optional<quint64> keyOf(Factor f, const Request &job, const Candidate &c,
                             const DetailInputs &in)
{
    switch (f) {
    case Factor::SkillFit: {
        if (job.requiredSkills.size() > 4)
            return std::nullopt;
        quint64 key = 0;
        for (qsizetype i = 0; i < job.requiredSkills.size(); ++i) {
            if (in.levels[i] < 0 || in.levels[i] > 0xFFFF)
                return std::nullopt;
            key |= quint64(in.levels[i]) << (16 * i);
        }
        return key;
    }
    case Factor::Availability:
        return quint64(std::max<qint64>(0, in.freeMinutes));
    case Factor::Load:
        return pair(std::max(0, c.heldJobs), c.profile.capacity);
    case Factor::Quality: {
        const bool rated = c.rating > 0;
        const qint64 tenths = rated ? qint64(std::llround(std::min(c.rating, 1e4) * 10)) + 1 : 0;
        const int completed = std::max(0, c.completedJobs);
        return pack({tenths, rated ? std::max(1, c.ratedJobs) : 0, completed,
                     std::clamp(c.revisedJobs, 0, completed)});
    }
    case Factor::Fairness:
        return quint64(std::max(0, c.recentOffers));
    case Factor::Urgency:
        if (in.startsIn < 0)
            return ~quint64(0);
        return in.startsIn == 0 ? 0 : 1 + quint64((in.startsIn + 59) / 60);
    }
    return std::nullopt;
}

} // namespace

template <typename Make> QString Details::shared(size_t table, quint64 key, Make make)
{
    QHash<quint64, QString> &t = m_tables[table];
    const auto it = t.constFind(key);
    if (it != t.cend())
        return *it;
    QString text = make();
    t.insert(key, text);
    return text;
}

QString Details::factor(Factor f, const Request &job, const Candidate &c, const DetailInputs &in)
{
    const auto make = [&] { return factorText(f, job, c, in); };
    if (const std::optional<quint64> key = keyOf(f, job, c, in))
        return shared(size_t(f), *key, make);
    return make();
}

QString Details::atCapacity(const Candidate &c)
{
    return shared(6, pair(c.heldJobs, c.profile.capacity), [&] {
        Text t;
        t << c.heldJobs << "/" << c.profile.capacity;
        return t.toString();
    });
}

QString Details::skillTooLow(const RequiredSkill &r, int level)
{
    Text t;
    t << QStringView(r.skill) << " level " << level << " < " << r.minLevel;
    return t.toString();
}

} // namespace jobdesk::dispatch::detail
