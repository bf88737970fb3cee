// Wire names, encoders and decode/encode round trips of the shared codecs.
#include "codectestdata.h"

class TestCodecs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireNames_data();
    void wireNames();
    void unknownWireNames_data();
    void unknownWireNames();

    void userToJson();
    void skillToJson();
    void jobToJson();
    void jobToJsonAbsentOptionals();
    void timeEntryToJson();
    void recordsToJson();
    void auditEventToJson();

    void profileRoundTrip_data();
    void profileRoundTrip();
    void timeEntryRoundTrip_data();
    void timeEntryRoundTrip();
    void jobRoundTrip();
};

// --- enums -----------------------------------------------------------------

void TestCodecs::wireNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("wire");

    const auto row = [](const char *kind, int value, const char *wire) {
        QTest::addRow("%s %s", kind, wire)
            << QString::fromLatin1(kind) << value << QString::fromLatin1(wire);
    };
    row("role", int(Role::Worker), "worker");
    row("role", int(Role::Admin), "admin");
    row("account", int(AccountStatus::Pending), "pending");
    row("account", int(AccountStatus::Active), "active");
    row("account", int(AccountStatus::Disabled), "disabled");
    row("job", int(JobStatus::Pending), "pending");
    row("job", int(JobStatus::Matching), "matching");
    row("job", int(JobStatus::Assigned), "assigned");
    row("job", int(JobStatus::InProgress), "in_progress");
    row("job", int(JobStatus::Review), "review");
    row("job", int(JobStatus::Revision), "revision");
    row("job", int(JobStatus::Completed), "completed");
    row("job", int(JobStatus::Cancelled), "cancelled");
    row("urgency", int(Urgency::Low), "low");
    row("urgency", int(Urgency::Normal), "normal");
    row("urgency", int(Urgency::High), "high");
    row("urgency", int(Urgency::Critical), "critical");
    row("source", int(TimeEntrySource::Timer), "timer");
    row("source", int(TimeEntrySource::Manual), "manual");
    row("source", int(TimeEntrySource::Recovered), "recovered");
    row("offer", int(OfferStatus::Pending), "pending");
    row("offer", int(OfferStatus::Accepted), "accepted");
    row("offer", int(OfferStatus::Declined), "declined");
    row("offer", int(OfferStatus::Expired), "expired");
    row("offer", int(OfferStatus::Withdrawn), "withdrawn");
    row("sync", int(SyncOutcome::Applied), "applied");
    row("sync", int(SyncOutcome::Unchanged), "unchanged");
    row("sync", int(SyncOutcome::Conflict), "conflict");
    row("sync", int(SyncOutcome::Rejected), "rejected");
}

void TestCodecs::wireNames()
{
    QFETCH(QString, kind);
    QFETCH(int, value);
    QFETCH(QString, wire);

    // toString(enum) and back; -1 stands for "no parse".
    const auto back = [](auto parsed) { return parsed ? int(*parsed) : -1; };
    if (kind == u"role") {
        QCOMPARE(toString(Role(value)), wire);
        QCOMPARE(back(roleFromString(wire)), value);
    } else if (kind == u"account") {
        QCOMPARE(toString(AccountStatus(value)), wire);
        QCOMPARE(back(accountStatusFromString(wire)), value);
    } else if (kind == u"job") {
        QCOMPARE(toString(JobStatus(value)), wire);
        QCOMPARE(back(jobStatusFromString(wire)), value);
        QCOMPARE(int(allJobStatuses().at(value)), value);
    } else if (kind == u"urgency") {
        QCOMPARE(toString(Urgency(value)), wire);
        QCOMPARE(back(urgencyFromString(wire)), value);
    } else if (kind == u"source") {
        QCOMPARE(toString(TimeEntrySource(value)), wire);
        QCOMPARE(back(timeEntrySourceFromString(wire)), value);
    } else if (kind == u"offer") {
        QCOMPARE(toString(OfferStatus(value)), wire);
        QCOMPARE(back(offerStatusFromString(wire)), value);
    } else if (kind == u"sync") {
        QCOMPARE(toString(SyncOutcome(value)), wire);
    } else {
        QFAIL("unknown kind");
    }
}

void TestCodecs::unknownWireNames_data()
{
    QTest::addColumn<QString>("wire");
    QTest::newRow("upper case") << QStringLiteral("Pending");
    QTest::newRow("dash") << QStringLiteral("in-progress");
    QTest::newRow("camel") << QStringLiteral("inProgress");
    QTest::newRow("padded") << QStringLiteral(" pending");
    QTest::newRow("empty") << QString();
    QTest::newRow("injection") << kSqlInjection;
}

void TestCodecs::unknownWireNames()
{
    QFETCH(QString, wire);
    QVERIFY(!roleFromString(wire));
    QVERIFY(!accountStatusFromString(wire));
    QVERIFY(!jobStatusFromString(wire));
    QVERIFY(!urgencyFromString(wire));
    QVERIFY(!timeEntrySourceFromString(wire));
    QVERIFY(!offerStatusFromString(wire));
}

// --- encoders --------------------------------------------------------------

void TestCodecs::userToJson()
{
    User u;
    u.id = 42;
    u.email = QStringLiteral("ana@example.org");
    u.name = kMarkup;
    u.role = Role::Worker;
    u.status = AccountStatus::Active;
    u.profile.skills = {{QStringLiteral("logo-design"), 4}, {QStringLiteral("data-entry"), 2}};
    u.profile.hourlyRateCents = 2500;
    u.profile.capacity = 3;
    u.profile.timeZone = QStringLiteral("Europe/Lisbon");
    u.profile.availability = {{1, 540, 1020}, {6, 600, 720}};
    u.createdAt = utc(2026, 1, 2, 3, 4, 5, 6);
    // A non-UTC time is sent in UTC.
    u.updatedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 30), Qt::OffsetFromUTC, 7200);
    u.version = 9;

    const QJsonObject expected = parse(R"({
        "id": 42, "email": "ana@example.org", "name": "<script>alert(\"x\")</script>",
        "role": "worker", "status": "active",
        "profile": {
            "skills": [{"skill": "logo-design", "level": 4}, {"skill": "data-entry", "level": 2}],
            "hourlyRateCents": 2500, "capacity": 3, "timeZone": "Europe/Lisbon",
            "availability": [{"weekday": 1, "startMinute": 540, "endMinute": 1020},
                             {"weekday": 6, "startMinute": 600, "endMinute": 720}]
        },
        "createdAt": "2026-01-02T03:04:05.006Z", "updatedAt": "2026-11-22T08:30:00.000Z",
        "version": 9
    })");
    QCOMPARE(compact(codec::toJson(u)), compact(expected));

    u.role = Role::Admin;
    u.status = AccountStatus::Disabled;
    const QJsonObject admin = codec::toJson(u);
    QCOMPARE(admin.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(admin.value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
}

void TestCodecs::skillToJson()
{
    const Skill s{QStringLiteral("data-entry"), QStringLiteral("Data entry")};
    QCOMPARE(compact(codec::toJson(s)), QByteArray(R"({"key":"data-entry","name":"Data entry"})"));
}

void TestCodecs::jobToJson()
{
    Job j;
    j.id = 1001;
    j.title = kSqlInjection;
    j.description = kMarkup;
    j.clientRef = QStringLiteral("ACME-7");
    j.category = QStringLiteral("design");
    j.requiredSkills = {{QStringLiteral("logo-design"), 3}};
    j.urgency = Urgency::Critical;
    j.estimateMinutes = 240;
    j.dueAt = utc(2026, 12, 1, 17, 0);
    j.attachments = {
        {QStringLiteral("f1"), QStringLiteral("brief.pdf"), 12345, QStringLiteral("ab12")}};
    j.status = JobStatus::InProgress;
    j.workerId = 77;
    j.revisionCount = 2;
    j.needsAttention = true;
    j.rating = 4;
    j.assignedAt = utc(2026, 11, 1, 10, 0);
    j.completedAt = utc(2026, 11, 3, 12, 30);
    j.createdBy = 5;
    j.createdAt = utc(2026, 11, 1, 9, 0);
    j.updatedAt = utc(2026, 11, 2, 9, 0, 0, 999);
    j.version = 4;

    const QJsonObject expected = parse(R"({
        "id": 1001, "title": "'; DROP TABLE jobs;--",
        "description": "<script>alert(\"x\")</script>",
        "clientRef": "ACME-7", "category": "design",
        "requiredSkills": [{"skill": "logo-design", "minLevel": 3}],
        "urgency": "critical", "estimateMinutes": 240, "dueAt": "2026-12-01T17:00:00.000Z",
        "attachments": [{"id": "f1", "name": "brief.pdf", "size": 12345, "sha256": "ab12"}],
        "status": "in_progress", "workerId": 77, "revisionCount": 2, "needsAttention": true,
        "rating": 4, "assignedAt": "2026-11-01T10:00:00.000Z",
        "completedAt": "2026-11-03T12:30:00.000Z", "createdBy": 5, "createdAt": "2026-11-01T09:00:00.000Z",
        "updatedAt": "2026-11-02T09:00:00.999Z", "version": 4
    })");
    QCOMPARE(compact(codec::toJson(j)), compact(expected));
}

void TestCodecs::jobToJsonAbsentOptionals()
{
    const Job j; // no worker, no due date, no times
    const QJsonObject o = codec::toJson(j);
    QVERIFY(o.contains(QStringLiteral("workerId")));
    QVERIFY(o.value(QStringLiteral("workerId")).isNull());
    QVERIFY(o.value(QStringLiteral("dueAt")).isNull());
    QVERIFY(o.value(QStringLiteral("createdAt")).isNull());
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(o.value(QStringLiteral("urgency")).toString(), QStringLiteral("normal"));
    QCOMPARE(o.value(QStringLiteral("requiredSkills")).toArray(), QJsonArray());
    for (const char *key : {"rating", "assignedAt", "completedAt"}) {
        QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY2(o.value(QLatin1String(key)).isNull(), key);
    }
    QCOMPARE(o.size(), 21);
}

void TestCodecs::timeEntryToJson()
{
    TimeEntry e;
    e.id = QUuid(QStringLiteral("{5b0e3c1a-9a53-4a7e-8d8e-1f2b3c4d5e6f}"));
    e.jobId = 7;
    e.workerId = 3;
    e.startedAt = utc(2026, 11, 22, 8, 0);
    e.endedAt = utc(2026, 11, 22, 9, 30, 15);
    e.note = kSqlInjection;
    e.source = TimeEntrySource::Recovered;
    e.deleted = true;
    e.revision = 12;
    e.locked = true;

    const QJsonObject expected = parse(R"({
        "id": "5b0e3c1a-9a53-4a7e-8d8e-1f2b3c4d5e6f", "jobId": 7, "workerId": 3,
        "startedAt": "2026-11-22T08:00:00.000Z", "endedAt": "2026-11-22T09:30:15.000Z",
        "seconds": 5415, "note": "'; DROP TABLE jobs;--", "source": "recovered",
        "deleted": true, "revision": 12, "updatedAt": null, "locked": true
    })");
    QCOMPARE(compact(codec::toJson(e)), compact(expected));
}

void TestCodecs::recordsToJson()
{
    Offer offer;
    offer.id = 1;
    offer.jobId = 2;
    offer.workerId = 3;
    offer.status = OfferStatus::Declined;
    offer.rank = 2;
    offer.offeredAt = utc(2026, 11, 22, 8, 0);
    offer.expiresAt = utc(2026, 11, 22, 8, 15);
    offer.declineReason = QStringLiteral("busy");
    QCOMPARE(compact(codec::toJson(offer)),
             compact(parse(R"({"id":1,"jobId":2,"workerId":3,"status":"declined","rank":2,
                 "runId":null,"offeredAt":"2026-11-22T08:00:00.000Z","expiresAt":"2026-11-22T08:15:00.000Z",
                 "respondedAt":null,"declineReason":"busy"})")));

    Deliverable d;
    d.id = 4;
    d.jobId = 2;
    d.version = 2;
    d.note = QStringLiteral("v2");
    d.files = {{QStringLiteral("a"), QStringLiteral("logo.svg"), 10, QStringLiteral("ff")}};
    d.submittedBy = 3;
    d.submittedAt = utc(2026, 11, 23, 0, 0);
    QCOMPARE(compact(codec::toJson(d)), compact(parse(R"({"id":4,"jobId":2,"version":2,"note":"v2",
                 "files":[{"id":"a","name":"logo.svg","size":10,"sha256":"ff"}],
                 "submittedBy":3,"submittedAt":"2026-11-23T00:00:00.000Z","reviewNote":""})")));

    Message m;
    m.id = 5;
    m.jobId = 2;
    m.authorId = 3;
    m.body = kMarkup;
    m.sentAt = utc(2026, 11, 23, 1, 2, 3);
    QCOMPARE(compact(codec::toJson(m)), compact(parse(R"({"id":5,"jobId":2,"authorId":3,
                 "body":"<script>alert(\"x\")</script>","sentAt":"2026-11-23T01:02:03.000Z"})")));

    Notification n;
    n.id = 6;
    n.userId = 3;
    n.kind = QStringLiteral("offer_received");
    n.data = QJsonObject{{QStringLiteral("jobId"), 2}};
    n.createdAt = utc(2026, 11, 23, 1, 0);
    QCOMPARE(compact(codec::toJson(n)),
             compact(parse(R"({"id":6,"userId":3,"kind":"offer_received","data":{"jobId":2},
                 "createdAt":"2026-11-23T01:00:00.000Z","readAt":null})")));

    Event e;
    e.id = 99;
    e.type = QStringLiteral("job.transitioned");
    e.data =
        QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("to"), QStringLiteral("review")}};
    e.at = utc(2026, 11, 23, 2, 0);
    QCOMPARE(compact(codec::toJson(e)),
             compact(parse(R"({"id":99,"type":"job.transitioned","data":{"id":2,"to":"review"},
                 "at":"2026-11-23T02:00:00.000Z"})")));
}

void TestCodecs::auditEventToJson()
{
    AuditEvent a;
    a.id = 8;
    a.actorId = 1;
    a.action = QStringLiteral("job.update");
    a.entity = QStringLiteral("job");
    a.entityId = QStringLiteral("1001");
    a.after = QJsonObject{{QStringLiteral("title"), kSqlInjection}};
    a.address = QStringLiteral("192.0.2.1");
    a.at = utc(2026, 11, 23, 3, 0);
    // `before` is undefined: it must still be on the wire, as null.
    QCOMPARE(compact(codec::toJson(a)),
             compact(parse(R"({"id":8,"actorId":1,"action":"job.update","entity":"job",
                 "entityId":"1001","before":null,"after":{"title":"'; DROP TABLE jobs;--"},
                 "address":"192.0.2.1","at":"2026-11-23T03:00:00.000Z"})")));
}

// --- round trips -----------------------------------------------------------

void TestCodecs::profileRoundTrip_data()
{
    QTest::addColumn<WorkerProfile>("profile");

    QTest::newRow("default") << WorkerProfile();
    WorkerProfile full;
    full.skills = {{QStringLiteral("logo-design"), 5},
                   {QStringLiteral("copywriting"), 1},
                   {QStringLiteral("3d"), 3}};
    full.hourlyRateCents = 10'000'000;
    full.capacity = 50;
    full.timeZone = QStringLiteral("America/New_York");
    full.availability = {{1, 0, 1440}, {7, 1439, 1440}, {3, 600, 601}};
    QTest::newRow("full") << full;
    WorkerProfile minimal;
    minimal.capacity = 1;
    minimal.timeZone = QStringLiteral("Asia/Kolkata");
    QTest::newRow("minimal") << minimal;
}

void TestCodecs::profileRoundTrip()
{
    QFETCH(WorkerProfile, profile);

    // Start from a base that differs in every member, so nothing passes by default.
    WorkerProfile base;
    base.skills = {{QStringLiteral("research"), 2}};
    base.hourlyRateCents = 1;
    base.capacity = 7;
    base.timeZone = QStringLiteral("Europe/Berlin");
    base.availability = {{2, 10, 20}};

    FieldErrors errors;
    const std::optional<WorkerProfile> back =
        codec::profileFromJson(codec::toJson(profile), base, errors);
    QVERIFY2(back, qPrintable(errors.summary()));
    QCOMPARE(back->skills, profile.skills);
    QCOMPARE(back->hourlyRateCents, profile.hourlyRateCents);
    QCOMPARE(back->capacity, profile.capacity);
    QCOMPARE(back->timeZone, profile.timeZone);
    QCOMPARE(back->availability, profile.availability);
}

void TestCodecs::timeEntryRoundTrip_data()
{
    QTest::addColumn<TimeEntry>("entry");

    TimeEntry plain;
    plain.id = QUuid::createUuid();
    plain.jobId = 12;
    plain.startedAt = utc(2026, 11, 22, 8, 0, 0, 123);
    plain.endedAt = utc(2026, 11, 22, 8, 45, 0, 456);
    QTest::newRow("plain") << plain;

    TimeEntry everything = plain;
    everything.id = QUuid::createUuid();
    everything.workerId = 0; // never read back, so 0 on both sides
    everything.note = kSqlInjection + QLatin1Char(' ') + kMarkup;
    everything.source = TimeEntrySource::Manual;
    everything.deleted = true;
    everything.revision = 1'000'000'000;
    everything.jobId = qint64(1) << 53;
    QTest::newRow("every member") << everything;

    TimeEntry offsets = plain;
    offsets.id = QUuid::createUuid();
    offsets.source = TimeEntrySource::Recovered;
    offsets.startedAt = QDateTime(QDate(2026, 11, 22), QTime(23, 30), Qt::OffsetFromUTC, -5 * 3600);
    offsets.endedAt = offsets.startedAt.addSecs(24 * 3600);
    offsets.note = QStringLiteral("Arbeit \u00fcber Nacht \U0001F319");
    QTest::newRow("local time, full 24 h") << offsets;
}

void TestCodecs::timeEntryRoundTrip()
{
    QFETCH(TimeEntry, entry);
    FieldErrors errors;
    const std::optional<TimeEntry> back = codec::timeEntryFromJson(codec::toJson(entry), errors);
    QVERIFY2(back, qPrintable(errors.summary()));
    QVERIFY(back->sameContent(entry));
    QCOMPARE(back->id, entry.id);
    QCOMPARE(back->note, entry.note);
    QCOMPARE(back->startedAt, entry.startedAt);
    QCOMPARE(back->startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(back->seconds(), entry.seconds());
}

void TestCodecs::jobRoundTrip()
{
    Job j;
    j.title = kSqlInjection;
    j.description = kMarkup;
    j.clientRef = QStringLiteral("C-1");
    j.category = QStringLiteral("writing");
    j.requiredSkills = {{QStringLiteral("copywriting"), 2}, {QStringLiteral("seo"), 5}};
    j.urgency = Urgency::High;
    j.estimateMinutes = 100000;
    j.dueAt = utc(2027, 1, 31, 23, 59, 59, 999);

    // What an admin form would send back: the input members of the encoded job.
    const QJsonObject full = codec::toJson(j);
    QJsonObject input;
    for (const char *key : {"title", "description", "clientRef", "category", "requiredSkills",
                            "urgency", "estimateMinutes", "dueAt"}) {
        const QString k = QString::fromLatin1(key);
        input.insert(k, full.value(k));
    }
    FieldErrors errors;
    const std::optional<JobInput> in = codec::jobInputFromJson(input, codec::Mode::Create, errors);
    QVERIFY2(in, qPrintable(errors.summary()));
    QCOMPARE(in->title, std::optional<QString>(j.title));
    QCOMPARE(in->description, std::optional<QString>(j.description));
    QCOMPARE(in->clientRef, std::optional<QString>(j.clientRef));
    QCOMPARE(in->category, std::optional<QString>(j.category));
    QVERIFY(in->requiredSkills);
    QCOMPARE(*in->requiredSkills, j.requiredSkills);
    QVERIFY(in->urgency == j.urgency);
    QCOMPARE(in->estimateMinutes, std::optional<int>(j.estimateMinutes));
    QCOMPARE(in->dueAt, std::optional<QDateTime>(j.dueAt));

    // The full encoded job is not an input: server-owned members are unknown fields.
    errors = FieldErrors();
    QVERIFY(!codec::jobInputFromJson(full, codec::Mode::Patch, errors));
    for (const char *key : {"id", "status", "workerId", "version", "attachments", "createdBy",
                            "rating", "assignedAt", "completedAt"})
        QCOMPARE(errors.first(QString::fromLatin1(key)), QStringLiteral("unknown field"));
}

QTEST_APPLESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
