#include "codecs.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace jobdesk;

Q_DECLARE_METATYPE(jobdesk::codec::Mode)

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", json.constData());
    return doc.object();
}

// Compact text with sorted keys: exact comparison with a readable failure message.
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject merged(QJsonObject base, const QByteArray &overrides, const QString &remove = {})
{
    const QJsonObject extra = parse(overrides);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        base.insert(it.key(), it.value());
    if (!remove.isEmpty())
        base.remove(remove);
    return base;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QByteArray repeated(char c, int n)
{
    return QByteArray(n, c);
}

// n copies of item, comma separated, inside [ ].
QByteArray arrayOf(const QByteArray &item, int n)
{
    QList<QByteArray> items;
    for (int i = 0; i < n; ++i)
        items.append(item);
    return '[' + items.join(',') + ']';
}

const QString kSqlInjection = QStringLiteral("'; DROP TABLE jobs;--");
const QString kMarkup = QStringLiteral("<script>alert(\"x\")</script>");

const QJsonObject &validEntry()
{
    static const QJsonObject entry = parse(R"({
        "id": "5b0e3c1a-9a53-4a7e-8d8e-1f2b3c4d5e6f",
        "jobId": 7,
        "startedAt": "2026-11-22T08:00:00Z",
        "endedAt": "2026-11-22T09:30:00Z"
    })");
    return entry;
}

} // namespace

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

    void jobInputErrors_data();
    void jobInputErrors();
    void jobInputReportsEveryError();
    void jobInputPatch();
    void jobInputNullClears();
    void jobInputKeepsTextVerbatim();

    void profileErrors_data();
    void profileErrors();
    void profilePatchKeepsBase();

    void timeEntryErrors_data();
    void timeEntryErrors();
    void timeEntryDefaults();
    void timeEntryEchoedServerMembersIgnored();
    void timeEntrySpan_data();
    void timeEntrySpan();
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
        "createdBy": 5, "createdAt": "2026-11-01T09:00:00.000Z",
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
    QCOMPARE(o.size(), 18);
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
                 "offeredAt":"2026-11-22T08:00:00.000Z","expiresAt":"2026-11-22T08:15:00.000Z",
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
    for (const char *key : {"id", "status", "workerId", "version", "attachments", "createdBy"})
        QCOMPARE(errors.first(QString::fromLatin1(key)), QStringLiteral("unknown field"));
}

// --- job input -------------------------------------------------------------

void TestCodecs::jobInputErrors_data()
{
    QTest::addColumn<codec::Mode>("mode");
    QTest::addColumn<QByteArray>("json"); // merged over {"title": "Logo"}
    QTest::addColumn<QString>("remove");  // member to drop from the result
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const auto C = codec::Mode::Create;
    const auto P = codec::Mode::Patch;
    const QString title = QStringLiteral("title");
    const auto row = [](const char *name, codec::Mode mode, const QByteArray &json,
                        const char *field, const char *message, const QString &remove = {}) {
        QTest::newRow(name) << mode << json << remove << QString::fromLatin1(field)
                            << QString::fromLatin1(message);
    };

    row("title missing on create", C, "{}", "title", "is required", title);
    row("title null on create", C, R"({"title": null})", "title", "is required");
    row("title null on patch", P, R"({"title": null})", "title", "must not be null");
    row("title empty", C, R"({"title": ""})", "title", "must not be empty");
    row("title blank", P, R"({"title": "   "})", "title", "must not be empty");
    row("title too long", C, "{\"title\": \"" + repeated('a', 201) + "\"}", "title",
        "must be at most 200 characters");
    row("title number", C, R"({"title": 12})", "title", "must be a string");
    row("title object", C, R"({"title": {"$ne": ""}})", "title", "must be a string");
    row("title NUL", C, R"({"title": "a\u0000b"})", "title", "must not contain NUL characters");
    row("description too long", P, "{\"description\": \"" + repeated('d', 20001) + "\"}",
        "description", "must be at most 20000 characters");
    row("clientRef too long", P, "{\"clientRef\": \"" + repeated('c', 101) + "\"}", "clientRef",
        "must be at most 100 characters");
    row("category too long", P, "{\"category\": \"" + repeated('c', 101) + "\"}", "category",
        "must be at most 100 characters");
    row("category array", P, R"({"category": ["a"]})", "category", "must be a string");
    row("skills not array", C, R"({"requiredSkills": "logo-design"})", "requiredSkills",
        "must be an array");
    row("skills too many", C, "{\"requiredSkills\": " + arrayOf(R"({"skill": "a"})", 21) + "}",
        "requiredSkills", "must have at most 20 items");
    row("skill item not object", C, R"({"requiredSkills": ["logo-design"]})", "requiredSkills[0]",
        "must be an object");
    row("skill key upper case", C,
        R"({"requiredSkills": [{"skill": "seo"}, {"skill": "Logo Design"}]})",
        "requiredSkills[1].skill", "must be a skill key: lower-case letters, digits and dashes");
    row("skill key leading dash", C, R"({"requiredSkills": [{"skill": "-logo"}]})",
        "requiredSkills[0].skill", "must be a skill key: lower-case letters, digits and dashes");
    row("skill key injection", C, R"({"requiredSkills": [{"skill": "x'; DROP TABLE jobs;--"}]})",
        "requiredSkills[0].skill", "must be a skill key: lower-case letters, digits and dashes");
    row("skill key too long", C,
        "{\"requiredSkills\": [{\"skill\": \"" + repeated('k', 65) + "\"}]}",
        "requiredSkills[0].skill", "must be at most 64 characters");
    row("skill key missing", C, R"({"requiredSkills": [{"minLevel": 2}]})",
        "requiredSkills[0].skill", "is required");
    row("skill duplicate", C,
        R"({"requiredSkills": [{"skill": "seo"}, {"skill": "seo", "minLevel": 2}]})",
        "requiredSkills[1].skill", "duplicate skill");
    row("minLevel too high", C, R"({"requiredSkills": [{"skill": "seo", "minLevel": 6}]})",
        "requiredSkills[0].minLevel", "must be between 1 and 5");
    row("minLevel zero", C, R"({"requiredSkills": [{"skill": "seo", "minLevel": 0}]})",
        "requiredSkills[0].minLevel", "must be between 1 and 5");
    row("minLevel fraction", C, R"({"requiredSkills": [{"skill": "seo", "minLevel": 2.5}]})",
        "requiredSkills[0].minLevel", "must be an integer");
    row("skill unknown member", C, R"({"requiredSkills": [{"skill": "seo", "level": 2}]})",
        "requiredSkills[0].level", "unknown field");
    row("urgency unknown", C, R"({"urgency": "urgent"})", "urgency",
        "must be one of low, normal, high, critical");
    row("urgency upper case", C, R"({"urgency": "HIGH"})", "urgency",
        "must be one of low, normal, high, critical");
    row("urgency number", C, R"({"urgency": 3})", "urgency", "must be a string");
    row("urgency null", P, R"({"urgency": null})", "urgency", "must not be null");
    row("estimate negative", C, R"({"estimateMinutes": -1})", "estimateMinutes",
        "must be between 0 and 100000");
    row("estimate too big", C, R"({"estimateMinutes": 100001})", "estimateMinutes",
        "must be between 0 and 100000");
    row("estimate huge", C, R"({"estimateMinutes": 1e308})", "estimateMinutes",
        "must be between 0 and 100000");
    row("estimate beyond 2^63", C, R"({"estimateMinutes": 99999999999999999999})",
        "estimateMinutes", "must be between 0 and 100000");
    row("estimate fraction", C, R"({"estimateMinutes": 30.5})", "estimateMinutes",
        "must be an integer");
    row("estimate string", C, R"({"estimateMinutes": "60"})", "estimateMinutes",
        "must be an integer");
    row("dueAt word", C, R"({"dueAt": "yesterday"})", "dueAt", "not an RFC 3339 timestamp");
    row("dueAt impossible date", C, R"({"dueAt": "2026-13-40T00:00:00Z"})", "dueAt",
        "not an RFC 3339 timestamp");
    row("dueAt without zone", C, R"({"dueAt": "2026-11-22T08:30:00"})", "dueAt",
        "not an RFC 3339 timestamp");
    row("dueAt epoch number", C, R"({"dueAt": 1795000000})", "dueAt", "not an RFC 3339 timestamp");
    row("unknown status", P, R"({"status": "completed"})", "status", "unknown field");
    row("unknown workerId", C, R"({"workerId": 3})", "workerId", "unknown field");
    row("unknown id", C, R"({"id": 1})", "id", "unknown field");
    row("unknown case-different", P, R"({"Title": "x"})", "Title", "unknown field");
}

void TestCodecs::jobInputErrors()
{
    QFETCH(codec::Mode, mode);
    QFETCH(QByteArray, json);
    QFETCH(QString, remove);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const QJsonObject body =
        merged(QJsonObject{{QStringLiteral("title"), QStringLiteral("Logo")}}, json, remove);
    FieldErrors errors;
    QVERIFY(!codec::jobInputFromJson(body, mode, errors));
    QCOMPARE(errors.first(field), message);
    QCOMPARE(errors.count(), 1);
}

void TestCodecs::jobInputReportsEveryError()
{
    FieldErrors errors;
    errors.add(QStringLiteral("earlier"), QStringLiteral("kept")); // from the caller
    const QJsonObject body = parse(R"({"title": "", "urgency": "soon", "estimateMinutes": -5,
        "requiredSkills": [{"skill": "ok"}, {"skill": "BAD"}], "dueAt": "never", "extra": 1})");
    QVERIFY(!codec::jobInputFromJson(body, codec::Mode::Create, errors));
    QCOMPARE(errors.count(), 7);
    QVERIFY(errors.has(QStringLiteral("earlier")));
    for (const char *field :
         {"title", "urgency", "estimateMinutes", "requiredSkills[1].skill", "dueAt", "extra"})
        QVERIFY2(errors.has(QString::fromLatin1(field)), field);
}

void TestCodecs::jobInputPatch()
{
    FieldErrors errors;
    std::optional<JobInput> in = codec::jobInputFromJson(QJsonObject(), codec::Mode::Patch, errors);
    QVERIFY(in);
    QVERIFY(!in->title && !in->description && !in->clientRef && !in->category);
    QVERIFY(!in->requiredSkills && !in->urgency && !in->estimateMinutes && !in->dueAt);

    in = codec::jobInputFromJson(
        parse(R"({"urgency": "low", "dueAt": "2026-11-22T10:30:00.250+02:00",
                  "requiredSkills": [{"skill": "data-entry"}]})"),
        codec::Mode::Patch, errors);
    QVERIFY2(in, qPrintable(errors.summary()));
    QVERIFY(!in->title);
    QVERIFY(in->urgency == Urgency::Low);
    QCOMPARE(in->dueAt, std::optional<QDateTime>(utc(2026, 11, 22, 8, 30, 0, 250)));
    QCOMPARE(in->dueAt->timeSpec(), Qt::UTC);
    QVERIFY(in->requiredSkills);
    QCOMPARE(*in->requiredSkills,
             (QList<RequiredSkill>{{QStringLiteral("data-entry"), 1}})); // minLevel defaults to 1
    QVERIFY(errors.isEmpty());
}

void TestCodecs::jobInputNullClears()
{
    FieldErrors errors;
    const std::optional<JobInput> in =
        codec::jobInputFromJson(parse(R"({"description": null, "clientRef": null, "category": null,
                  "requiredSkills": null, "estimateMinutes": null, "dueAt": null})"),
                                codec::Mode::Patch, errors);
    QVERIFY2(in, qPrintable(errors.summary()));
    QCOMPARE(in->description, std::optional<QString>(QString()));
    QCOMPARE(in->clientRef, std::optional<QString>(QString()));
    QCOMPARE(in->category, std::optional<QString>(QString()));
    QVERIFY(in->requiredSkills && in->requiredSkills->isEmpty());
    QCOMPARE(in->estimateMinutes, std::optional<int>(0));
    QVERIFY(in->dueAt);
    QVERIFY(!in->dueAt->isValid());
}

void TestCodecs::jobInputKeepsTextVerbatim()
{
    const QString description = kMarkup + QStringLiteral("\n<img src=x onerror=alert(1)> & \" \\");
    FieldErrors errors;
    const std::optional<JobInput> in = codec::jobInputFromJson(
        QJsonObject{{QStringLiteral("title"), kSqlInjection},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("clientRef"), QStringLiteral("1 OR 1=1")},
                    {QStringLiteral("category"), QStringLiteral("d\u00e9sign \u6f22\u5b57")}},
        codec::Mode::Create, errors);
    QVERIFY2(in, qPrintable(errors.summary()));
    QCOMPARE(*in->title, kSqlInjection);
    QCOMPARE(*in->description, description);
    QCOMPARE(*in->clientRef, QStringLiteral("1 OR 1=1"));
    QCOMPARE(*in->category, QStringLiteral("d\u00e9sign \u6f22\u5b57"));
}

// --- worker profile --------------------------------------------------------

void TestCodecs::profileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // without the "profile." prefix the test adds
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &json, const char *field,
                        const char *message) {
        QTest::newRow(name) << json << QString::fromLatin1(field) << QString::fromLatin1(message);
    };
    row("skills not array", R"({"skills": {}})", "skills", "must be an array");
    row("skills too many", "{\"skills\": " + arrayOf(R"({"skill": "a"})", 51) + "}", "skills",
        "must have at most 50 items");
    row("skill level zero", R"({"skills": [{"skill": "seo", "level": 0}]})", "skills[0].level",
        "must be between 1 and 5");
    row("skill level six", R"({"skills": [{"skill": "a"}, {"skill": "seo", "level": 6}]})",
        "skills[1].level", "must be between 1 and 5");
    row("skill bad key", R"({"skills": [{"skill": "SEO!"}]})", "skills[0].skill",
        "must be a skill key: lower-case letters, digits and dashes");
    row("skill duplicate", R"({"skills": [{"skill": "seo"}, {"skill": "seo", "level": 3}]})",
        "skills[1].skill", "duplicate skill");
    row("skill minLevel is not a profile member",
        R"({"skills": [{"skill": "seo", "minLevel": 3}]})", "skills[0].minLevel", "unknown field");
    row("rate negative", R"({"hourlyRateCents": -1})", "hourlyRateCents",
        "must be between 0 and 10000000");
    row("rate too high", R"({"hourlyRateCents": 10000001})", "hourlyRateCents",
        "must be between 0 and 10000000");
    row("rate fraction", R"({"hourlyRateCents": 12.5})", "hourlyRateCents", "must be an integer");
    row("rate huge", R"({"hourlyRateCents": -1e308})", "hourlyRateCents",
        "must be between 0 and 10000000");
    row("rate null", R"({"hourlyRateCents": null})", "hourlyRateCents", "must not be null");
    row("capacity zero", R"({"capacity": 0})", "capacity", "must be between 1 and 50");
    row("capacity 51", R"({"capacity": 51})", "capacity", "must be between 1 and 50");
    row("capacity bool", R"({"capacity": true})", "capacity", "must be an integer");
    row("capacity null", R"({"capacity": null})", "capacity", "must not be null");
    row("zone unknown", R"({"timeZone": "Mars/Olympus_Mons"})", "timeZone",
        "must be an IANA time zone id");
    row("zone path traversal", R"({"timeZone": "../../../etc/passwd"})", "timeZone",
        "must be an IANA time zone id");
    row("zone absolute path", R"({"timeZone": "/usr/share/zoneinfo/UTC"})", "timeZone",
        "must be an IANA time zone id");
    row("zone empty", R"({"timeZone": ""})", "timeZone", "must not be empty");
    row("zone number", R"({"timeZone": 2})", "timeZone", "must be a string");
    row("zone null", R"({"timeZone": null})", "timeZone", "must not be null");
    row("zone NUL", R"({"timeZone": "UTC\u0000"})", "timeZone", "must not contain NUL characters");
    row("slots not array", R"({"availability": 1})", "availability", "must be an array");
    row("slots too many",
        "{\"availability\": " +
            arrayOf(R"({"weekday": 1, "startMinute": 0, "endMinute": 60})", 51) + "}",
        "availability", "must have at most 50 items");
    row("slot not object", R"({"availability": ["mon 9-17"]})", "availability[0]",
        "must be an object");
    row("weekday zero", R"({"availability": [{"weekday": 0, "startMinute": 0, "endMinute": 60}]})",
        "availability[0].weekday", "must be between 1 and 7");
    row("weekday eight", R"({"availability": [{"weekday": 8, "startMinute": 0, "endMinute": 60}]})",
        "availability[0].weekday", "must be between 1 and 7");
    row("start 1440",
        R"({"availability": [{"weekday": 1, "startMinute": 1440, "endMinute": 1440}]})",
        "availability[0].startMinute", "must be between 0 and 1439");
    row("end before start",
        R"({"availability": [{"weekday": 1, "startMinute": 600, "endMinute": 540}]})",
        "availability[0].endMinute", "must be between 601 and 1440");
    row("end equals start",
        R"({"availability": [{"weekday": 1, "startMinute": 600, "endMinute": 600}]})",
        "availability[0].endMinute", "must be between 601 and 1440");
    row("end past midnight",
        R"({"availability": [{"weekday": 1, "startMinute": 600, "endMinute": 1441}]})",
        "availability[0].endMinute", "must be between 1 and 1440");
    row("slot member missing", R"({"availability": [{"weekday": 1, "startMinute": 600}]})",
        "availability[0].endMinute", "is required");
    row("slot unknown member",
        R"({"availability": [{"weekday": 1, "startMinute": 0, "endMinute": 60, "tz": "UTC"}]})",
        "availability[0].tz", "unknown field");
    row("unknown member", R"({"email": "x@example.org"})", "email", "unknown field");
}

void TestCodecs::profileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);

    FieldErrors errors;
    const std::optional<WorkerProfile> p =
        codec::profileFromJson(parse(json), WorkerProfile(), errors, QStringLiteral("profile."));
    QVERIFY(!p);
    QCOMPARE(errors.first(QStringLiteral("profile.") + field), message);
    QCOMPARE(errors.count(), 1);
}

void TestCodecs::profilePatchKeepsBase()
{
    WorkerProfile base;
    base.skills = {{QStringLiteral("seo"), 3}};
    base.hourlyRateCents = 4200;
    base.capacity = 2;
    base.timeZone = QStringLiteral("Europe/Lisbon");
    base.availability = {{5, 60, 120}};

    FieldErrors errors;
    std::optional<WorkerProfile> p =
        codec::profileFromJson(parse(R"({"capacity": 4})"), base, errors);
    QVERIFY2(p, qPrintable(errors.summary()));
    QCOMPARE(p->capacity, 4);
    QCOMPARE(p->skills, base.skills);
    QCOMPARE(p->hourlyRateCents, base.hourlyRateCents);
    QCOMPARE(p->timeZone, base.timeZone);
    QCOMPARE(p->availability, base.availability);

    p = codec::profileFromJson(
        parse(R"({"skills": null, "availability": [], "timeZone": "Pacific/Auckland"})"), base,
        errors);
    QVERIFY2(p, qPrintable(errors.summary()));
    QVERIFY(p->skills.isEmpty());
    QVERIFY(p->availability.isEmpty());
    QCOMPARE(p->timeZone, QStringLiteral("Pacific/Auckland"));
    QCOMPARE(p->capacity, base.capacity);

    p = codec::profileFromJson(parse(R"({"skills": [{"skill": "data-entry"}]})"), base, errors);
    QVERIFY2(p, qPrintable(errors.summary()));
    QCOMPARE(p->skills, (QList<SkillLevel>{{QStringLiteral("data-entry"), 1}}));
    QVERIFY(errors.isEmpty());
}

// --- time entries ----------------------------------------------------------

void TestCodecs::timeEntryErrors_data()
{
    QTest::addColumn<QByteArray>("json"); // merged over a valid entry
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("field"); // without the "entries[2]." prefix the test adds
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &json, const char *field,
                        const char *message, const char *remove = "") {
        QTest::newRow(name) << json << QString::fromLatin1(remove) << QString::fromLatin1(field)
                            << QString::fromLatin1(message);
    };
    row("id missing", "{}", "id", "is required", "id");
    row("id null", R"({"id": null})", "id", "is required");
    row("id malformed", R"({"id": "abc"})", "id", "must be a UUID");
    row("id injection", R"({"id": "'; DROP TABLE time_entries;--"})", "id", "must be a UUID");
    row("id nil", R"({"id": "00000000-0000-0000-0000-000000000000"})", "id",
        "must not be the nil UUID");
    row("id number", R"({"id": 5})", "id", "must be a UUID");
    row("jobId missing", "{}", "jobId", "is required", "jobId");
    row("jobId zero", R"({"jobId": 0})", "jobId", "must be between 1 and 9007199254740992");
    row("jobId huge", R"({"jobId": 1e308})", "jobId", "must be between 1 and 9007199254740992");
    row("jobId 2^53+1", R"({"jobId": 9007199254740993})", "jobId",
        "must be between 1 and 9007199254740992");
    row("jobId string", R"({"jobId": "7"})", "jobId", "must be an integer");
    row("jobId fraction", R"({"jobId": 7.25})", "jobId", "must be an integer");
    row("startedAt missing", "{}", "startedAt", "is required", "startedAt");
    row("startedAt no zone", R"({"startedAt": "2026-11-22T08:00:00"})", "startedAt",
        "not an RFC 3339 timestamp");
    row("endedAt missing", "{}", "endedAt", "is required", "endedAt");
    row("endedAt garbage", R"({"endedAt": "soon"})", "endedAt", "not an RFC 3339 timestamp");
    row("endedAt before start", R"({"endedAt": "2026-11-22T07:59:59Z"})", "endedAt",
        "must be after startedAt");
    row("endedAt equal start", R"({"endedAt": "2026-11-22T08:00:00Z"})", "endedAt",
        "must be after startedAt");
    row("endedAt equal start via offset", R"({"endedAt": "2026-11-22T10:00:00+02:00"})", "endedAt",
        "must be after startedAt");
    row("span over 24 h", R"({"endedAt": "2026-11-23T08:00:00.001Z"})", "endedAt",
        "an entry may span at most 24 hours; split longer work");
    row("span days", R"({"endedAt": "2026-12-22T08:00:00Z"})", "endedAt",
        "an entry may span at most 24 hours; split longer work");
    row("note too long", "{\"note\": \"" + repeated('n', 2001) + "\"}", "note",
        "must be at most 2000 characters");
    row("note NUL", R"({"note": "\u0000"})", "note", "must not contain NUL characters");
    row("note number", R"({"note": 1})", "note", "must be a string");
    row("source unknown", R"({"source": "stopwatch"})", "source",
        "must be one of timer, manual, recovered");
    row("source upper case", R"({"source": "Timer"})", "source",
        "must be one of timer, manual, recovered");
    row("deleted string", R"({"deleted": "yes"})", "deleted", "must be true or false");
    row("deleted number", R"({"deleted": 1})", "deleted", "must be true or false");
    row("revision zero", R"({"revision": 0})", "revision", "must be between 1 and 1000000000");
    row("revision too big", R"({"revision": 1000000001})", "revision",
        "must be between 1 and 1000000000");
    row("revision fraction", R"({"revision": 1.5})", "revision", "must be an integer");
    row("unknown member", R"({"password": "hunter2"})", "password", "unknown field");
    row("unknown member injection", R"({"<script>": 1})", "<script>", "unknown field");
}

void TestCodecs::timeEntryErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, remove);
    QFETCH(QString, field);
    QFETCH(QString, message);

    FieldErrors errors;
    const std::optional<TimeEntry> e = codec::timeEntryFromJson(
        merged(validEntry(), json, remove), errors, QStringLiteral("entries[2]."));
    QVERIFY(!e);
    QCOMPARE(errors.first(QStringLiteral("entries[2].") + field), message);
    QCOMPARE(errors.count(), 1);
}

void TestCodecs::timeEntryDefaults()
{
    FieldErrors errors;
    const std::optional<TimeEntry> e = codec::timeEntryFromJson(validEntry(), errors);
    QVERIFY2(e, qPrintable(errors.summary()));
    QCOMPARE(e->id, QUuid(QStringLiteral("5b0e3c1a-9a53-4a7e-8d8e-1f2b3c4d5e6f")));
    QCOMPARE(e->jobId, qint64(7));
    QCOMPARE(e->workerId, qint64(0));
    QCOMPARE(e->startedAt, utc(2026, 11, 22, 8, 0));
    QCOMPARE(e->endedAt, utc(2026, 11, 22, 9, 30));
    QCOMPARE(e->seconds(), qint64(5400));
    QCOMPARE(e->note, QString());
    QVERIFY(e->source == TimeEntrySource::Timer);
    QCOMPARE(e->deleted, false);
    QCOMPARE(e->revision, 1);
    QCOMPARE(e->locked, false);
    QVERIFY(!e->updatedAt.isValid());

    // Braces are accepted too.
    const std::optional<TimeEntry> braced = codec::timeEntryFromJson(
        merged(validEntry(), R"({"id": "{5b0e3c1a-9a53-4a7e-8d8e-1f2b3c4d5e6f}"})"), errors);
    QVERIFY(braced);
    QCOMPARE(braced->id, e->id);
    QVERIFY(errors.isEmpty());
}

void TestCodecs::timeEntryEchoedServerMembersIgnored()
{
    // What the server sent, echoed back: accepted, and the server-owned members ignored.
    FieldErrors errors;
    const std::optional<TimeEntry> e = codec::timeEntryFromJson(
        merged(validEntry(), R"({"workerId": 99, "seconds": 1, "locked": true,
            "updatedAt": "2026-11-22T10:00:00.000Z", "source": "manual", "deleted": true,
            "revision": 3, "note": "'; DROP TABLE jobs;--"})"),
        errors);
    QVERIFY2(e, qPrintable(errors.summary()));
    QCOMPARE(e->workerId, qint64(0));
    QCOMPARE(e->seconds(), qint64(5400));
    QCOMPARE(e->locked, false);
    QVERIFY(!e->updatedAt.isValid());
    QVERIFY(e->source == TimeEntrySource::Manual);
    QCOMPARE(e->deleted, true);
    QCOMPARE(e->revision, 3);
    QCOMPARE(e->note, kSqlInjection);
}

void TestCodecs::timeEntrySpan_data()
{
    QTest::addColumn<QString>("startedAt");
    QTest::addColumn<QString>("endedAt");
    QTest::addColumn<qint64>("seconds"); // -1 = rejected

    QTest::newRow("one millisecond") << QStringLiteral("2026-11-22T08:00:00.000Z")
                                     << QStringLiteral("2026-11-22T08:00:00.001Z") << qint64(0);
    QTest::newRow("exactly 24 h") << QStringLiteral("2026-11-22T08:00:00Z")
                                  << QStringLiteral("2026-11-23T08:00:00Z") << qint64(86400);
    QTest::newRow("24 h across offsets") << QStringLiteral("2026-11-22T08:00:00+05:00")
                                         << QStringLiteral("2026-11-23T03:00:00Z") << qint64(86400);
    QTest::newRow("24 h + 1 s across offsets")
        << QStringLiteral("2026-11-22T08:00:00+05:00") << QStringLiteral("2026-11-23T03:00:01Z")
        << qint64(-1);
    QTest::newRow("end looks earlier but is later")
        << QStringLiteral("2026-11-22T08:00:00Z") << QStringLiteral("2026-11-22T07:00:00-02:00")
        << qint64(3600);
}

void TestCodecs::timeEntrySpan()
{
    QFETCH(QString, startedAt);
    QFETCH(QString, endedAt);
    QFETCH(qint64, seconds);

    QJsonObject o = validEntry();
    o.insert(QStringLiteral("startedAt"), startedAt);
    o.insert(QStringLiteral("endedAt"), endedAt);
    FieldErrors errors;
    const std::optional<TimeEntry> e = codec::timeEntryFromJson(o, errors);
    QCOMPARE(e.has_value(), seconds >= 0);
    if (e) {
        QCOMPARE(e->seconds(), seconds);
        QCOMPARE(e->startedAt.timeSpec(), Qt::UTC);
        QCOMPARE(e->endedAt.timeSpec(), Qt::UTC);
    } else {
        QVERIFY(errors.has(QStringLiteral("endedAt")));
    }
}

QTEST_APPLESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
