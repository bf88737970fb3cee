#include "lifecycle.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <tuple>

using namespace jobdesk;

Q_DECLARE_METATYPE(jobdesk::JobStatus)
Q_DECLARE_METATYPE(jobdesk::Actor)
Q_DECLARE_METATYPE(jobdesk::Lifecycle::Verdict)

namespace {

// The lifecycle of DESIGN.md written out again, independently of lifecycle.cpp:
// every (from, to, actor) that is allowed. Everything else is refused.
constexpr std::array<const char *, 20> kAllowed = {
    "pending     matching    admin",  "pending     assigned    admin",
    "pending     cancelled   admin",  "matching    assigned    admin",
    "matching    assigned    system", "matching    pending     admin",
    "matching    pending     system", "matching    cancelled   admin",
    "assigned    in_progress worker", "assigned    pending     admin",
    "assigned    cancelled   admin",  "in_progress review      worker",
    "in_progress pending     admin",  "in_progress cancelled   admin",
    "review      completed   admin",  "review      revision    admin",
    "review      cancelled   admin",  "revision    in_progress worker",
    "revision    pending     admin",  "revision    cancelled   admin",
};

const std::array<std::pair<const char *, JobStatus>, 8> kStatuses = {{
    {"pending", JobStatus::Pending},
    {"matching", JobStatus::Matching},
    {"assigned", JobStatus::Assigned},
    {"in_progress", JobStatus::InProgress},
    {"review", JobStatus::Review},
    {"revision", JobStatus::Revision},
    {"completed", JobStatus::Completed},
    {"cancelled", JobStatus::Cancelled},
}};

const std::array<std::pair<const char *, Actor>, 3> kActors = {{
    {"worker", Actor::Worker},
    {"admin", Actor::Admin},
    {"system", Actor::System},
}};

JobStatus statusNamed(const QByteArray &name)
{
    for (const auto &[n, s] : kStatuses) {
        if (name == n)
            return s;
    }
    qFatal("unknown status in table: %s", name.constData());
}

Actor actorNamed(const QByteArray &name)
{
    for (const auto &[n, a] : kActors) {
        if (name == n)
            return a;
    }
    qFatal("unknown actor in table: %s", name.constData());
}

// QCOMPARE cannot print a QList<JobStatus>: ADL finds jobdesk::toString(JobStatus),
// which returns QString where QTest wants char *. Compare the names instead.
QStringList names(const QList<JobStatus> &list)
{
    QStringList out;
    for (const JobStatus s : list) {
        for (const auto &[n, st] : kStatuses) {
            if (st == s)
                out.append(QString::fromLatin1(n));
        }
    }
    return out;
}

using Triple = std::tuple<JobStatus, JobStatus, Actor>;

QList<Triple> allowedRows()
{
    QList<Triple> rows;
    for (const char *line : kAllowed) {
        const QList<QByteArray> parts = QByteArray(line).simplified().split(' ');
        if (parts.size() != 3)
            continue;
        rows.append({statusNamed(parts[0]), statusNamed(parts[1]), actorNamed(parts[2])});
    }
    return rows;
}

bool isAllowed(JobStatus from, JobStatus to, Actor actor)
{
    return allowedRows().contains(Triple{from, to, actor});
}

bool anyActorAllowed(JobStatus from, JobStatus to)
{
    for (const auto &[name, actor] : kActors) {
        Q_UNUSED(name)
        if (isAllowed(from, to, actor))
            return true;
    }
    return false;
}

} // namespace

class TestLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsComplete();
    void check_data();
    void check();
    void targets_data();
    void targets();
    void targetsSpotChecks();
    void isTerminal_data();
    void isTerminal();
    void needsWorker();
};

void TestLifecycle::tableIsComplete()
{
    // Every line of the table parses into a distinct triple.
    const QList<Triple> rows = allowedRows();
    QCOMPARE(rows.size(), int(kAllowed.size()));
    QList<Triple> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(std::adjacent_find(sorted.cbegin(), sorted.cend()) == sorted.cend());
}

void TestLifecycle::check_data()
{
    QTest::addColumn<JobStatus>("from");
    QTest::addColumn<JobStatus>("to");
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<Lifecycle::Verdict>("expected");

    int rows = 0;
    for (const auto &[fromName, from] : kStatuses) {
        for (const auto &[toName, to] : kStatuses) {
            for (const auto &[actorName, actor] : kActors) {
                Lifecycle::Verdict expected = Lifecycle::Verdict::IllegalMove;
                if (isAllowed(from, to, actor))
                    expected = Lifecycle::Verdict::Allowed;
                else if (anyActorAllowed(from, to))
                    expected = Lifecycle::Verdict::ForbiddenForActor;
                QTest::addRow("%s->%s by %s", fromName, toName, actorName)
                    << from << to << actor << expected;
                ++rows;
            }
        }
    }
    QCOMPARE(rows, 8 * 8 * 3);
}

void TestLifecycle::check()
{
    QFETCH(JobStatus, from);
    QFETCH(JobStatus, to);
    QFETCH(Actor, actor);
    QFETCH(Lifecycle::Verdict, expected);

    QCOMPARE(Lifecycle::check(from, to, actor), expected);
    QCOMPARE(Lifecycle::canMove(from, to, actor), expected == Lifecycle::Verdict::Allowed);
    QCOMPARE(Lifecycle::targets(from, actor).contains(to), expected == Lifecycle::Verdict::Allowed);
}

void TestLifecycle::targets_data()
{
    QTest::addColumn<JobStatus>("from");
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<QList<JobStatus>>("expected");

    for (const auto &[fromName, from] : kStatuses) {
        for (const auto &[actorName, actor] : kActors) {
            QList<JobStatus> expected;
            for (const auto &[toName, to] : kStatuses) { // kStatuses is in enum order
                Q_UNUSED(toName)
                if (isAllowed(from, to, actor))
                    expected.append(to);
            }
            QTest::addRow("%s by %s", fromName, actorName) << from << actor << expected;
        }
    }
}

void TestLifecycle::targets()
{
    QFETCH(JobStatus, from);
    QFETCH(Actor, actor);
    QFETCH(QList<JobStatus>, expected);
    QCOMPARE(names(Lifecycle::targets(from, actor)), names(expected));
}

void TestLifecycle::targetsSpotChecks()
{
    using S = JobStatus;
    QCOMPARE(names(Lifecycle::targets(S::Pending, Actor::Admin)),
             names((QList<S>{S::Matching, S::Assigned, S::Cancelled})));
    QCOMPARE(names(Lifecycle::targets(S::Review, Actor::Admin)),
             names((QList<S>{S::Revision, S::Completed, S::Cancelled})));
    QCOMPARE(names(Lifecycle::targets(S::Matching, Actor::System)),
             names((QList<S>{S::Pending, S::Assigned})));
    QCOMPARE(names(Lifecycle::targets(S::Assigned, Actor::Worker)), names(QList<S>{S::InProgress}));
    QCOMPARE(names(Lifecycle::targets(S::InProgress, Actor::Admin)),
             names((QList<S>{S::Pending, S::Cancelled})));
    QVERIFY(Lifecycle::targets(S::Pending, Actor::Worker).isEmpty());
    QVERIFY(Lifecycle::targets(S::Completed, Actor::Admin).isEmpty());
    QVERIFY(Lifecycle::targets(S::Cancelled, Actor::Admin).isEmpty());
}

void TestLifecycle::isTerminal_data()
{
    QTest::addColumn<JobStatus>("status");
    QTest::addColumn<bool>("terminal");
    for (const auto &[name, status] : kStatuses) {
        const bool terminal = status == JobStatus::Completed || status == JobStatus::Cancelled;
        QTest::newRow(name) << status << terminal;
    }
}

void TestLifecycle::isTerminal()
{
    QFETCH(JobStatus, status);
    QFETCH(bool, terminal);
    QCOMPARE(Lifecycle::isTerminal(status), terminal);
    // A terminal state has no way out for anyone; every other state has one for an admin.
    bool anyTarget = false;
    for (const auto &[name, actor] : kActors) {
        Q_UNUSED(name)
        anyTarget = anyTarget || !Lifecycle::targets(status, actor).isEmpty();
    }
    QCOMPARE(anyTarget, !terminal);
}

void TestLifecycle::needsWorker()
{
    QVERIFY(Lifecycle::needsWorker(JobStatus::Assigned));
    QVERIFY(!Lifecycle::needsWorker(JobStatus::InProgress));
    QVERIFY(!Lifecycle::needsWorker(JobStatus::Pending));
}

QTEST_APPLESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
