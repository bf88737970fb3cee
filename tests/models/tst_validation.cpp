// Input validation of the shared codecs: every wrong field is reported with its path.
#include "codectestdata.h"

class TestValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

// --- job input -------------------------------------------------------------

void TestValidation::jobInputErrors_data()
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

void TestValidation::jobInputErrors()
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

void TestValidation::jobInputReportsEveryError()
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

void TestValidation::jobInputPatch()
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

void TestValidation::jobInputNullClears()
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

void TestValidation::jobInputKeepsTextVerbatim()
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

void TestValidation::profileErrors_data()
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

void TestValidation::profileErrors()
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

void TestValidation::profilePatchKeepsBase()
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

void TestValidation::timeEntryErrors_data()
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

void TestValidation::timeEntryErrors()
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

void TestValidation::timeEntryDefaults()
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

void TestValidation::timeEntryEchoedServerMembersIgnored()
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

void TestValidation::timeEntrySpan_data()
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

void TestValidation::timeEntrySpan()
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

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
