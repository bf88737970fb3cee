// The worker's local store: schema, entries and their sync states, the running
// timer row and the jobs cache, and nothing unsynced ever disappearing.
#include "localstore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::net;

namespace {

const QDateTime Base = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);

TimeEntry makeEntry(qint64 jobId, int startHour, int hours, const QString &note = {})
{
    TimeEntry e;
    e.id = QUuid::createUuid();
    e.jobId = jobId;
    e.startedAt = Base.addSecs(qint64(startHour) * 3600);
    e.endedAt = e.startedAt.addSecs(qint64(hours) * 3600);
    e.note = note;
    return e;
}

// Runs `sql` on the file through a separate connection, as another process would.
QVariant rawScalar(const QString &path, const QString &sql)
{
    QVariant v;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return v;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migratesAndReopens();
    void refusesNewerSchema();
    void addsEditsAndListsEntries();
    void refusesInvalidEntries();
    void softDeleteKeepsTheRow();
    void syncStatesFollowTheAnswers();
    void staleAnswerNeverOverwritesANewerEdit();
    void conflictsResolveEitherWay();
    void heldEntriesWaitForTheWorker();
    void runningTimerIsOneRow();
    void closingSegmentsIsAtomic();
    void jobsCache();
    void survivesReopening();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestLocalStore::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<LocalStore>();
    const Status s = m_store->open(path());
    QVERIFY2(s.ok(), qPrintable(s.error));
}

void TestLocalStore::migratesAndReopens()
{
    QCOMPARE(m_store->schemaVersion(), LocalStore::latestSchemaVersion());
    m_store->close();
    QVERIFY(!m_store->isOpen());
    QCOMPARE(rawScalar(path(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
             LocalStore::latestSchemaVersion());
    for (const char *table : {"time_entries", "running_timer", "jobs_cache"}) {
        QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                                  "type = 'table' AND name = '%1'")
                                       .arg(QLatin1String(table)))
                     .toInt(),
                 1);
    }
    QVERIFY(m_store->open(path()).ok()); // a second open applies nothing twice
    QCOMPARE(m_store->schemaVersion(), LocalStore::latestSchemaVersion());
}

void TestLocalStore::refusesNewerSchema()
{
    m_store->close();
    rawScalar(path(), QStringLiteral("INSERT INTO schema_migrations VALUES (999, 0)"));
    const Status s = m_store->open(path());
    QVERIFY(!s.ok());
    QVERIFY(s.error.contains(QStringLiteral("newer")));
    QVERIFY(!m_store->isOpen());
}

void TestLocalStore::addsEditsAndListsEntries()
{
    QSignalSpy changed(m_store.get(), &LocalStore::entriesChanged);
    const TimeEntry a = makeEntry(7, 0, 2, QStringLiteral("logo drafts"));
    const TimeEntry b = makeEntry(7, 3, 1);
    const TimeEntry c = makeEntry(8, 30, 1);
    for (const TimeEntry &e : {a, b, c}) {
        const Status s = m_store->addEntry(e);
        QVERIFY2(s.ok(), qPrintable(s.error));
    }
    QCOMPARE(changed.size(), 3);

    const auto got = m_store->entry(a.id);
    QVERIFY(got.ok() && got.value);
    QVERIFY(got.value->entry.sameContent(a));
    QCOMPARE(toString(got.value->state), toString(SyncState::Pending));
    QCOMPARE(got.value->entry.revision, 1);

    // Overlap with [01:00, 04:30): a (00-02) and b (03-04), not c (next day).
    const auto day = m_store->entries(Base.addSecs(3600), Base.addSecs(4 * 3600 + 1800));
    QVERIFY(day.ok());
    QCOMPARE(day.value.size(), 2);
    QCOMPARE(day.value.at(0).entry.id, a.id);
    QCOMPARE(day.value.at(1).entry.id, b.id);

    TimeEntry edited = a;
    edited.note = QStringLiteral("logo drafts, round 2");
    edited.endedAt = edited.endedAt.addSecs(600);
    QVERIFY(m_store->editEntry(edited).ok());
    const auto after = m_store->entry(a.id);
    QCOMPARE(after.value->entry.revision, 2);
    QCOMPARE(after.value->entry.note, edited.note);
    QCOMPARE(after.value->entry.endedAt, edited.endedAt);
    QCOMPARE(toString(after.value->state), toString(SyncState::Pending));

    TimeEntry ghost = makeEntry(7, 0, 1);
    QVERIFY(!m_store->editEntry(ghost).ok());
    QVERIFY(!m_store->addEntry(a).ok()); // the same id twice
    QCOMPARE(m_store->counts().value.pending, 3);
}

void TestLocalStore::refusesInvalidEntries()
{
    TimeEntry backwards = makeEntry(7, 2, 1);
    std::swap(backwards.startedAt, backwards.endedAt);
    TimeEntry tooLong = makeEntry(7, 0, 25);
    TimeEntry noJob = makeEntry(0, 0, 1);
    TimeEntry noId = makeEntry(7, 0, 1);
    noId.id = QUuid();
    for (const TimeEntry &e : {backwards, tooLong, noJob, noId}) {
        const Status s = m_store->addEntry(e);
        QVERIFY(!s.ok());
        QVERIFY(!s.error.isEmpty());
    }
    QCOMPARE(m_store->counts().value, SyncCounts{});
}

void TestLocalStore::softDeleteKeepsTheRow()
{
    const TimeEntry a = makeEntry(7, 0, 2);
    QVERIFY(m_store->addEntry(a).ok());
    QVERIFY(m_store->markResult(a.id, 1, SyncOutcome::Applied).ok());
    QVERIFY(m_store->deleteEntry(a.id).ok());

    const auto got = m_store->entry(a.id);
    QVERIFY(got.value);
    QVERIFY(got.value->entry.deleted);
    QCOMPARE(got.value->entry.revision, 2);
    QCOMPARE(toString(got.value->state),
             toString(SyncState::Pending)); // the deletion has to reach the server
    QCOMPARE(m_store->pendingBatch(10).value.size(), 1);
    QVERIFY(m_store->entries(Base, Base.addDays(1)).value.isEmpty());
    QCOMPARE(m_store->entries(Base, Base.addDays(1), true).value.size(), 1);
    QVERIFY(!m_store->deleteEntry(QUuid::createUuid()).ok());
}

void TestLocalStore::syncStatesFollowTheAnswers()
{
    QList<TimeEntry> all;
    for (int i = 0; i < 4; ++i) {
        all.append(makeEntry(7, i * 2, 1));
        QVERIFY(m_store->addEntry(all.last()).ok());
    }
    const auto batch = m_store->pendingBatch(3);
    QCOMPARE(batch.value.size(), 3);

    TimeEntry serverCopy = all[2];
    serverCopy.revision = 5;
    serverCopy.note = QStringLiteral("edited elsewhere");
    QVERIFY(m_store->markResult(all[0].id, 1, SyncOutcome::Applied).ok());
    QVERIFY(m_store
                ->markResult(all[1].id, 1, SyncOutcome::Rejected,
                             QStringLiteral("job 7 is not assigned to you"))
                .ok());
    QVERIFY(m_store
                ->markResult(all[2].id, 1, SyncOutcome::Conflict,
                             QStringLiteral("the server has revision 5"), serverCopy)
                .ok());
    QVERIFY(m_store->markResult(all[3].id, 1, SyncOutcome::Unchanged).ok());

    const SyncCounts counts = m_store->counts().value;
    QCOMPARE(counts.synced, 2);
    QCOMPARE(counts.rejected, 1);
    QCOMPARE(counts.conflict, 1);
    QCOMPARE(counts.pending, 0);
    QVERIFY(m_store->pendingBatch(10).value.isEmpty());

    const auto rejected = m_store->entry(all[1].id).value;
    QCOMPARE(toString(rejected->state), toString(SyncState::Rejected));
    QCOMPARE(rejected->reason, QStringLiteral("job 7 is not assigned to you"));
    const auto conflict = m_store->entry(all[2].id).value;
    QVERIFY(conflict->serverCopy);
    QCOMPARE(conflict->serverCopy->note, serverCopy.note);
    QCOMPARE(conflict->serverCopy->revision, 5);

    // A rejected entry is fixed by editing it: a new revision, pending again.
    TimeEntry fixed = all[1];
    fixed.jobId = 8;
    QVERIFY(m_store->editEntry(fixed).ok());
    const auto resent = m_store->entry(all[1].id).value;
    QCOMPARE(toString(resent->state), toString(SyncState::Pending));
    QCOMPARE(resent->entry.revision, 2);
    QVERIFY(resent->reason.isEmpty());
    QCOMPARE(m_store->pendingBatch(10).value.size(), 1);

    QVERIFY(m_store->resetToPending().ok());
    QCOMPARE(m_store->counts().value.pending, 4);
}

void TestLocalStore::staleAnswerNeverOverwritesANewerEdit()
{
    TimeEntry a = makeEntry(7, 0, 1);
    QVERIFY(m_store->addEntry(a).ok());
    const auto sent = m_store->pendingBatch(1).value.first();
    a.note = QStringLiteral("edited while the batch was in flight");
    QVERIFY(m_store->editEntry(a).ok());
    QVERIFY(m_store->markResult(a.id, sent.entry.revision, SyncOutcome::Applied).ok());
    const auto got = m_store->entry(a.id).value;
    QCOMPARE(toString(got->state), toString(SyncState::Pending));
    QCOMPARE(got->entry.revision, 2);
}

void TestLocalStore::conflictsResolveEitherWay()
{
    const TimeEntry mine = makeEntry(7, 0, 1, QStringLiteral("mine"));
    const TimeEntry theirsToo = makeEntry(7, 2, 1, QStringLiteral("mine too"));
    for (const TimeEntry &e : {mine, theirsToo})
        QVERIFY(m_store->addEntry(e).ok());
    for (const TimeEntry &e : {mine, theirsToo}) {
        TimeEntry server = e;
        server.revision = 4;
        server.note = QStringLiteral("server");
        QVERIFY(m_store->markResult(e.id, 1, SyncOutcome::Conflict, QStringLiteral("older"), server)
                    .ok());
    }
    QVERIFY(m_store->resolveConflict(mine.id, ConflictChoice::KeepMine).ok());
    const auto kept = m_store->entry(mine.id).value;
    QCOMPARE(toString(kept->state), toString(SyncState::Pending));
    QCOMPARE(kept->entry.revision, 5); // above the server's 4, so it wins
    QCOMPARE(kept->entry.note, QStringLiteral("mine"));
    QVERIFY(!kept->serverCopy);

    QVERIFY(m_store->resolveConflict(theirsToo.id, ConflictChoice::TakeServer).ok());
    const auto taken = m_store->entry(theirsToo.id).value;
    QCOMPARE(toString(taken->state), toString(SyncState::Synced));
    QCOMPARE(taken->entry.revision, 4);
    QCOMPARE(taken->entry.note, QStringLiteral("server"));
    QVERIFY(!m_store->resolveConflict(theirsToo.id, ConflictChoice::KeepMine).ok());
}

void TestLocalStore::heldEntriesWaitForTheWorker()
{
    TimeEntry recovered = makeEntry(7, 0, 1);
    recovered.source = TimeEntrySource::Recovered;
    TimeEntry other = makeEntry(7, 2, 1);
    other.source = TimeEntrySource::Recovered;
    QVERIFY(m_store->addEntry(recovered, true).ok());
    QVERIFY(m_store->addEntry(other, true).ok());
    QVERIFY(m_store->pendingBatch(10).value.isEmpty());
    QCOMPARE(m_store->counts().value.held, 2);
    QCOMPARE(m_store->heldEntries().value.size(), 2);

    QVERIFY(m_store->confirmHeld(recovered.id).ok());
    QVERIFY(m_store->discardHeld(other.id).ok());
    QVERIFY(!m_store->confirmHeld(other.id).ok());
    const SyncCounts counts = m_store->counts().value;
    QCOMPARE(counts.held, 0);
    QCOMPARE(counts.pending, 1);
    QCOMPARE(toString(m_store->pendingBatch(10).value.first().entry.source),
             toString(TimeEntrySource::Recovered));
    // The discarded one is still on disk, deleted, and never leaves the machine.
    QVERIFY(m_store->entry(other.id).value->entry.deleted);
}

void TestLocalStore::runningTimerIsOneRow()
{
    QVERIFY(!m_store->runningTimer().value);
    QVERIFY(!m_store->heartbeat(1).ok());
    const RunningTimer first{QUuid::createUuid(), 7, 1000, 1000, QStringLiteral("n")};
    QVERIFY(m_store->setRunningTimer(first).ok());
    QVERIFY(m_store->heartbeat(31000).ok());
    auto got = m_store->runningTimer().value;
    QVERIFY(got);
    QCOMPARE(got->entryId, first.entryId);
    QCOMPARE(got->lastHeartbeatMs, 31000);
    QCOMPARE(got->note, QStringLiteral("n"));
    const RunningTimer second{QUuid::createUuid(), 8, 2000, 2000, {}};
    QVERIFY(m_store->setRunningTimer(second).ok());
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM running_timer")).toInt(), 1);
    QCOMPARE(m_store->runningTimer().value->jobId, 8);
}

void TestLocalStore::closingSegmentsIsAtomic()
{
    const RunningTimer timer{QUuid::createUuid(), 7, 1000, 5000, {}};
    QVERIFY(m_store->setRunningTimer(timer).ok());
    TimeEntry good = makeEntry(7, 0, 1);
    TimeEntry bad = makeEntry(7, 2, 1);
    bad.endedAt = bad.startedAt; // refused, so nothing of the call may stick
    QVERIFY(!m_store->closeSegments({good, bad}, false, std::nullopt).ok());
    QVERIFY(!m_store->entry(good.id).value);
    QVERIFY(m_store->runningTimer().value);

    QVERIFY(m_store->closeSegments({good}, false, std::nullopt).ok());
    QVERIFY(m_store->entry(good.id).value);
    QVERIFY(!m_store->runningTimer().value);
}

void TestLocalStore::jobsCache()
{
    const QJsonObject a{{QStringLiteral("id"), 3}, {QStringLiteral("title"), QStringLiteral("A")}};
    const QJsonObject b{{QStringLiteral("id"), 1}, {QStringLiteral("title"), QStringLiteral("B")}};
    QVERIFY(m_store->cacheJobs({a, b}).ok());
    QCOMPARE(m_store->cachedJobs().value, (QList<QJsonObject>{b, a}));
    QJsonObject a2 = a;
    a2.insert(QStringLiteral("title"), QStringLiteral("A, renamed"));
    QVERIFY(m_store->cacheJobs({a2}).ok());
    QCOMPARE(*m_store->cachedJob(3).value, a2);
    QVERIFY(m_store->removeCachedJob(1).ok());
    QVERIFY(!m_store->cachedJob(1).value);
    QVERIFY(!m_store->cacheJobs({QJsonObject{}}).ok());
}

void TestLocalStore::survivesReopening()
{
    QList<TimeEntry> entries;
    for (int i = 0; i < 20; ++i)
        entries.append(makeEntry(7, i, 1));
    QVERIFY(m_store->addEntries(entries).ok());
    QVERIFY(m_store->markResult(entries[0].id, 1, SyncOutcome::Applied).ok());
    QVERIFY(m_store->deleteEntry(entries[1].id).ok());
    QVERIFY(m_store->setRunningTimer({QUuid::createUuid(), 7, 1, 2, {}}).ok());
    m_store.reset();

    LocalStore again;
    QVERIFY(again.open(path()).ok());
    const SyncCounts counts = again.counts().value;
    QCOMPARE(counts.synced, 1);
    QCOMPARE(counts.pending, 19);
    QCOMPARE(again.entries(Base, Base.addDays(2), true).value.size(), 20);
    QVERIFY(again.entry(entries[1].id).value->entry.deleted);
    QVERIFY(again.runningTimer().value);
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
