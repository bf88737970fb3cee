#include "fielderrors.h"
#include "jsonreader.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

// Wraps a JSON value text as {"v": <text>} so the reader sees what a parser produced.
QJsonObject wrap(const QByteArray &valueText)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("{\"v\": " + valueText + "}", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", valueText.constData());
    return doc.object();
}

const QString kV = QStringLiteral("v");

} // namespace

class TestJsonReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integer_data();
    void integer();
    void string_data();
    void string();
    void boolean_data();
    void boolean();
    void uuid_data();
    void uuid();
    void timestamp_data();
    void timestamp();
    void timestampKeepsMilliseconds();
    void arrayAndObject();
    void absentAndNull_data();
    void absentAndNull();
    void rejectUnknownUsesPrefix();
    void wireTimeFormat_data();
    void wireTimeFormat();
    void wireTimeMatchesQtFormatting();
    void fieldErrors();
};

void TestJsonReader::integer_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("error");

    const qint64 big = qint64(1) << 53;
    const QString notInt = QStringLiteral("must be an integer");
    const QString range = QStringLiteral("must be between 1 and 5");
    const QString wide = QStringLiteral("must be between -9007199254740992 and 9007199254740992");

    QTest::newRow("plain") << QByteArray("3") << qint64(1) << qint64(5) << true << qint64(3)
                           << QString();
    QTest::newRow("lower bound") << QByteArray("1") << qint64(1) << qint64(5) << true << qint64(1)
                                 << QString();
    QTest::newRow("upper bound") << QByteArray("5") << qint64(1) << qint64(5) << true << qint64(5)
                                 << QString();
    QTest::newRow("below") << QByteArray("0") << qint64(1) << qint64(5) << false << qint64(0)
                           << range;
    QTest::newRow("above") << QByteArray("6") << qint64(1) << qint64(5) << false << qint64(0)
                           << range;
    QTest::newRow("negative") << QByteArray("-4") << qint64(1) << qint64(5) << false << qint64(0)
                              << range;
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(1) << qint64(5) << false << qint64(0)
                              << notInt;
    QTest::newRow("whole double") << QByteArray("2.0") << qint64(1) << qint64(5) << true
                                  << qint64(2) << QString();
    QTest::newRow("exponent") << QByteArray("4e0") << qint64(1) << qint64(5) << true << qint64(4)
                              << QString();
    QTest::newRow("1e308") << QByteArray("1e308") << qint64(1) << qint64(5) << false << qint64(0)
                           << range;
    QTest::newRow("-1e308") << QByteArray("-1e308") << qint64(1) << qint64(5) << false << qint64(0)
                            << range;
    QTest::newRow("2^53") << QByteArray("9007199254740992") << -big << big << true << big
                          << QString();
    QTest::newRow("-2^53") << QByteArray("-9007199254740992") << -big << big << true << -big
                           << QString();
    QTest::newRow("2^53+1") << QByteArray("9007199254740993") << -big << big << false << qint64(0)
                            << wide;
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << -big << big << false << qint64(0)
                          << wide;
    QTest::newRow("string") << QByteArray("\"3\"") << qint64(1) << qint64(5) << false << qint64(0)
                            << notInt;
    QTest::newRow("bool") << QByteArray("true") << qint64(1) << qint64(5) << false << qint64(0)
                          << notInt;
    QTest::newRow("array") << QByteArray("[3]") << qint64(1) << qint64(5) << false << qint64(0)
                           << notInt;
    QTest::newRow("object") << QByteArray("{}") << qint64(1) << qint64(5) << false << qint64(0)
                            << notInt;
}

void TestJsonReader::integer()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    QFETCH(QString, error);

    FieldErrors errors;
    JsonReader reader(wrap(json), errors);
    const std::optional<qint64> got = reader.integer(kV, true, min, max);
    QCOMPARE(got.has_value(), ok);
    if (ok) {
        QCOMPARE(*got, value);
        QVERIFY(errors.isEmpty());
    } else {
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first(kV), error);
    }
}

void TestJsonReader::string_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("minLen");
    QTest::addColumn<int>("maxLen");
    QTest::addColumn<QString>("expected"); // null = rejected
    QTest::addColumn<QString>("error");

    QTest::newRow("plain") << QByteArray("\"abc\"") << 1 << 10 << QStringLiteral("abc")
                           << QString();
    QTest::newRow("empty allowed")
        << QByteArray("\"\"") << 0 << 10 << QStringLiteral("") << QString();
    QTest::newRow("empty refused")
        << QByteArray("\"\"") << 1 << 10 << QString() << QStringLiteral("must not be empty");
    QTest::newRow("too short") << QByteArray("\"ab\"") << 3 << 10 << QString()
                               << QStringLiteral("must be at least 3 characters");
    QTest::newRow("at max") << QByteArray("\"abcde\"") << 0 << 5 << QStringLiteral("abcde")
                            << QString();
    QTest::newRow("too long") << QByteArray("\"abcdef\"") << 0 << 5 << QString()
                              << QStringLiteral("must be at most 5 characters");
    QTest::newRow("NUL") << QByteArray("\"a\\u0000b\"") << 0 << 10 << QString()
                         << QStringLiteral("must not contain NUL characters");
    QTest::newRow("number") << QByteArray("12") << 0 << 10 << QString()
                            << QStringLiteral("must be a string");
    QTest::newRow("array") << QByteArray("[\"a\"]") << 0 << 10 << QString()
                           << QStringLiteral("must be a string");
    QTest::newRow("sql injection kept verbatim")
        << QByteArray("\"'; DROP TABLE jobs;--\"") << 1 << 100
        << QStringLiteral("'; DROP TABLE jobs;--") << QString();
    QTest::newRow("markup kept verbatim")
        << QByteArray("\"<script>alert(1)</script>\"") << 1 << 100
        << QStringLiteral("<script>alert(1)</script>") << QString();
    QTest::newRow("whitespace kept")
        << QByteArray("\"  a \\n\"") << 1 << 100 << QStringLiteral("  a \n") << QString();
    // U+1F600 is two UTF-16 code units.
    QTest::newRow("emoji counts code units")
        << QByteArray("\"\\ud83d\\ude00\"") << 0 << 1 << QString()
        << QStringLiteral("must be at most 1 characters");
}

void TestJsonReader::string()
{
    QFETCH(QByteArray, json);
    QFETCH(int, minLen);
    QFETCH(int, maxLen);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    FieldErrors errors;
    JsonReader reader(wrap(json), errors);
    const std::optional<QString> got = reader.string(kV, true, minLen, maxLen);
    QCOMPARE(got.has_value(), !expected.isNull());
    if (got) {
        QCOMPARE(*got, expected);
        QVERIFY(errors.isEmpty());
    } else {
        QCOMPARE(errors.first(kV), error);
    }
}

void TestJsonReader::boolean_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("expected"); // -1 = rejected
    QTest::newRow("true") << QByteArray("true") << 1;
    QTest::newRow("false") << QByteArray("false") << 0;
    QTest::newRow("string") << QByteArray("\"true\"") << -1;
    QTest::newRow("number") << QByteArray("1") << -1;
}

void TestJsonReader::boolean()
{
    QFETCH(QByteArray, json);
    QFETCH(int, expected);
    FieldErrors errors;
    JsonReader reader(wrap(json), errors);
    const std::optional<bool> got = reader.boolean(kV, true);
    QCOMPARE(got.has_value(), expected >= 0);
    if (got)
        QCOMPARE(int(*got), expected);
    else
        QCOMPARE(errors.first(kV), QStringLiteral("must be true or false"));
}

void TestJsonReader::uuid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // without braces; null = rejected
    QTest::addColumn<QString>("error");

    const QString id = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    const QString notUuid = QStringLiteral("must be a UUID");
    QTest::newRow("bare") << QByteArray("\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"") << id
                          << QString();
    QTest::newRow("braces") << QByteArray("\"{3f2504e0-4f89-11d3-9a0c-0305e82c3301}\"") << id
                            << QString();
    QTest::newRow("upper case") << QByteArray("\"3F2504E0-4F89-11D3-9A0C-0305E82C3301\"") << id
                                << QString();
    QTest::newRow("nil") << QByteArray("\"00000000-0000-0000-0000-000000000000\"") << QString()
                         << QStringLiteral("must not be the nil UUID");
    QTest::newRow("garbage") << QByteArray("\"not-a-uuid\"") << QString() << notUuid;
    QTest::newRow("no dashes") << QByteArray("\"3f2504e04f8911d39a0c0305e82c3301\"") << QString()
                               << notUuid;
    QTest::newRow("one brace") << QByteArray("\"{3f2504e0-4f89-11d3-9a0c-0305e82c3301\"")
                               << QString() << notUuid;
    QTest::newRow("trailing text")
        << QByteArray("\"3f2504e0-4f89-11d3-9a0c-0305e82c3301x\"") << QString() << notUuid;
    QTest::newRow("not hex") << QByteArray("\"3f2504e0-4f89-11d3-9a0c-0305e82c330g\"") << QString()
                             << notUuid;
    QTest::newRow("number") << QByteArray("42") << QString() << notUuid;
    QTest::newRow("empty") << QByteArray("\"\"") << QString() << notUuid;
}

void TestJsonReader::uuid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    FieldErrors errors;
    JsonReader reader(wrap(json), errors);
    const std::optional<QUuid> got = reader.uuid(kV, true);
    QCOMPARE(got.has_value(), !expected.isNull());
    if (got)
        QCOMPARE(got->toString(QUuid::WithoutBraces), expected);
    else
        QCOMPARE(errors.first(kV), error);
}

void TestJsonReader::timestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedUtc"); // toWireTime of the result; null = rejected

    const auto ok = [](const char *name, const char *text, const char *utc) {
        QTest::newRow(name) << QString::fromLatin1(text) << QString::fromLatin1(utc);
    };
    const auto bad = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString();
    };

    ok("Z", "2026-11-22T08:30:00Z", "2026-11-22T08:30:00.000Z");
    ok("lower case t and z", "2026-11-22t08:30:00z", "2026-11-22T08:30:00.000Z");
    ok("fraction 1 digit", "2026-11-22T08:30:00.5Z", "2026-11-22T08:30:00.500Z");
    ok("fraction 3 digits", "2026-11-22T08:30:00.123Z", "2026-11-22T08:30:00.123Z");
    ok("fraction 9 digits truncated", "2026-11-22T08:30:00.123987654Z", "2026-11-22T08:30:00.123Z");
    ok("positive offset", "2026-11-22T10:30:00+02:00", "2026-11-22T08:30:00.000Z");
    ok("negative offset with minutes", "2026-11-22T03:00:00-05:30", "2026-11-22T08:30:00.000Z");
    ok("offset crosses the year", "2026-12-31T23:30:00-01:00", "2027-01-01T00:30:00.000Z");
    ok("offset crosses back", "2027-01-01T00:15:00.250+00:30", "2026-12-31T23:45:00.250Z");
    ok("zero offset", "2026-11-22T08:30:00+00:00", "2026-11-22T08:30:00.000Z");
    ok("minus zero offset", "2026-11-22T08:30:00-00:00", "2026-11-22T08:30:00.000Z");
    ok("leap day", "2028-02-29T12:00:00Z", "2028-02-29T12:00:00.000Z");

    bad("month 13 day 40", "2026-13-40T00:00:00Z");
    bad("February 30", "2026-02-30T00:00:00Z");
    bad("not a leap year", "2026-02-29T00:00:00Z");
    bad("yesterday", "yesterday");
    bad("empty", "");
    bad("no zone", "2026-11-22T08:30:00");
    bad("date only", "2026-11-22");
    bad("space separator", "2026-11-22 08:30:00Z");
    bad("no seconds", "2026-11-22T08:30Z");
    bad("hour 24", "2026-11-22T24:00:00Z");
    bad("minute 60", "2026-11-22T08:60:00Z");
    bad("leap second", "2026-12-31T23:59:60Z");
    bad("offset without colon", "2026-11-22T08:30:00+0200");
    bad("offset hour 24", "2026-11-22T08:30:00+24:00");
    bad("offset minute 60", "2026-11-22T08:30:00+01:60");
    bad("empty fraction", "2026-11-22T08:30:00.Z");
    bad("leading space", " 2026-11-22T08:30:00Z");
    bad("trailing newline", "2026-11-22T08:30:00Z\n");
    bad("two-digit year", "26-11-22T08:30:00Z");
    bad("non-ASCII digits", "\xd9\xa2"
                            "026-11-22T08:30:00Z"); // ARABIC-INDIC DIGIT TWO
    bad("zone name", "2026-11-22T08:30:00 UTC");
}

void TestJsonReader::timestamp()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedUtc);

    const std::optional<QDateTime> parsed = fromWireTime(text);
    QCOMPARE(parsed.has_value(), !expectedUtc.isNull());
    if (parsed) {
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        QCOMPARE(toWireTime(*parsed), expectedUtc);
    }

    // The reader agrees and reports the field.
    FieldErrors errors;
    JsonReader reader(QJsonObject{{kV, text}}, errors, QStringLiteral("entries[2]."));
    const std::optional<QDateTime> read = reader.timestamp(kV, true);
    QCOMPARE(read, parsed);
    QCOMPARE(errors.has(QStringLiteral("entries[2].v")), !parsed.has_value());
    if (!parsed)
        QCOMPARE(errors.first(QStringLiteral("entries[2].v")),
                 QStringLiteral("not an RFC 3339 timestamp"));
}

void TestJsonReader::timestampKeepsMilliseconds()
{
    const std::optional<QDateTime> t = fromWireTime(QStringLiteral("2026-11-22T08:30:00.042Z"));
    QVERIFY(t);
    QCOMPARE(*t, QDateTime(QDate(2026, 11, 22), QTime(8, 30, 0, 42), Qt::UTC));

    FieldErrors errors;
    JsonReader reader(QJsonObject{{kV, 20261122}}, errors);
    QVERIFY(!reader.timestamp(kV, true));
    QCOMPARE(errors.first(kV), QStringLiteral("not an RFC 3339 timestamp"));
}

void TestJsonReader::arrayAndObject()
{
    FieldErrors errors;
    const QJsonObject o{{QStringLiteral("list"), QJsonArray{1, 2, 3}},
                        {QStringLiteral("obj"), QJsonObject{{QStringLiteral("a"), 1}}},
                        {QStringLiteral("text"), QStringLiteral("x")}};
    JsonReader reader(o, errors, QStringLiteral("p."));
    QCOMPARE(reader.array(QStringLiteral("list"), true, 3), (QJsonArray{1, 2, 3}));
    QVERIFY(errors.isEmpty());
    QVERIFY(!reader.array(QStringLiteral("list"), true, 2));
    QCOMPARE(errors.first(QStringLiteral("p.list")), QStringLiteral("must have at most 2 items"));
    QVERIFY(!reader.array(QStringLiteral("text"), true));
    QCOMPARE(errors.first(QStringLiteral("p.text")), QStringLiteral("must be an array"));

    QCOMPARE(reader.object(QStringLiteral("obj"), true), (QJsonObject{{QStringLiteral("a"), 1}}));
    QVERIFY(!reader.object(QStringLiteral("list"), true));
    QCOMPARE(errors.first(QStringLiteral("p.list")), QStringLiteral("must have at most 2 items"));
    QCOMPARE(errors.count(), 3);
    QCOMPARE(errors.toJson().value(QStringLiteral("p.list")).toArray(),
             (QJsonArray{QStringLiteral("must have at most 2 items"),
                         QStringLiteral("must be an object")}));
}

void TestJsonReader::absentAndNull_data()
{
    QTest::addColumn<QByteArray>("json"); // the whole object
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("expectError");
    QTest::addColumn<bool>("isNull");

    QTest::newRow("absent optional") << QByteArray("{}") << false << false << false;
    QTest::newRow("absent required") << QByteArray("{}") << true << true << false;
    QTest::newRow("null optional") << QByteArray("{\"v\": null}") << false << false << true;
    QTest::newRow("null required") << QByteArray("{\"v\": null}") << true << true << true;
}

void TestJsonReader::absentAndNull()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, required);
    QFETCH(bool, expectError);
    QFETCH(bool, isNull);

    const QJsonObject o = QJsonDocument::fromJson(json).object();
    // Every typed reader treats absent and null alike.
    FieldErrors errors;
    JsonReader reader(o, errors);
    QCOMPARE(reader.isNull(kV), isNull);
    QCOMPARE(reader.has(kV), isNull);
    QVERIFY(!reader.string(kV, required));
    QVERIFY(!reader.integer(kV, required, 0, 10));
    QVERIFY(!reader.boolean(kV, required));
    QVERIFY(!reader.timestamp(kV, required));
    QVERIFY(!reader.uuid(kV, required));
    QVERIFY(!reader.array(kV, required));
    QVERIFY(!reader.object(kV, required));
    QCOMPARE(errors.count(), expectError ? 7 : 0);
    if (expectError)
        QCOMPARE(errors.first(kV), QStringLiteral("is required"));
}

void TestJsonReader::rejectUnknownUsesPrefix()
{
    FieldErrors errors;
    const QJsonObject o{{QStringLiteral("note"), QStringLiteral("x")},
                        {QStringLiteral("password"), QStringLiteral("y")},
                        {QStringLiteral("__proto__"), 1}};
    JsonReader reader(o, errors, QStringLiteral("entries[2]."));
    QCOMPARE(reader.path(QStringLiteral("note")), QStringLiteral("entries[2].note"));
    reader.rejectUnknown({QStringLiteral("note")});
    QCOMPARE(errors.count(), 2);
    QCOMPARE(errors.first(QStringLiteral("entries[2].password")), QStringLiteral("unknown field"));
    QCOMPARE(errors.first(QStringLiteral("entries[2].__proto__")), QStringLiteral("unknown field"));
    QVERIFY(!errors.has(QStringLiteral("entries[2].note")));
}

void TestJsonReader::wireTimeFormat_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utc") << QDateTime(QDate(2026, 11, 22), QTime(8, 30), Qt::UTC)
                         << QStringLiteral("2026-11-22T08:30:00.000Z");
    QTest::newRow("milliseconds") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC)
                                  << QStringLiteral("2026-01-02T03:04:05.006Z");
    QTest::newRow("offset converted")
        << QDateTime(QDate(2026, 11, 22), QTime(10, 30), Qt::OffsetFromUTC, 2 * 3600)
        << QStringLiteral("2026-11-22T08:30:00.000Z");
    QTest::newRow("zone converted") << QDateTime(QDate(2026, 7, 1), QTime(12, 0),
                                                 QTimeZone(QByteArrayLiteral("America/New_York")))
                                    << QStringLiteral("2026-07-01T16:00:00.000Z");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestJsonReader::wireTimeFormat()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(jobdesk::toWireTime(time), expected);
    if (!expected.isEmpty())
        QCOMPARE(fromWireTime(expected), std::optional<QDateTime>(time));
}

void TestJsonReader::fieldErrors()
{
    FieldErrors errors;
    QVERIFY(errors.isEmpty());
    QCOMPARE(errors.summary(), QString());
    errors.add(QStringLiteral("title"), QStringLiteral("must not be empty"));
    errors.add(QStringLiteral("dueAt"), QStringLiteral("not an RFC 3339 timestamp"));
    errors.add(QStringLiteral("title"), QStringLiteral("second"));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.count(), 3);
    QVERIFY(errors.has(QStringLiteral("dueAt")));
    QVERIFY(!errors.has(QStringLiteral("due")));
    QCOMPARE(errors.first(QStringLiteral("title")), QStringLiteral("must not be empty"));
    QCOMPARE(errors.first(QStringLiteral("nope")), QString());
    QCOMPARE(errors.summary(), QStringLiteral("title: must not be empty; dueAt: not an RFC 3339 "
                                              "timestamp; title: second"));
    const QJsonObject expected{
        {QStringLiteral("title"),
         QJsonArray{QStringLiteral("must not be empty"), QStringLiteral("second")}},
        {QStringLiteral("dueAt"), QJsonArray{QStringLiteral("not an RFC 3339 timestamp")}}};
    QCOMPARE(errors.toJson(), expected);
}

void TestJsonReader::wireTimeMatchesQtFormatting()
{
    // The hand-written formatter must agree with Qt's for any instant: a seeded
    // sweep from 1900 to 2200 plus the edges around the epoch and leap days.
    QRandomGenerator rng(42);
    QList<qint64> instants{0, -1, 1, 951782400000LL, 951868799999LL, 4107542399999LL,
                           -2208988800000LL, 1709164800000LL};
    for (int i = 0; i < 20000; ++i)
        instants << rng.bounded(qint64(-2208988800000LL), qint64(7258118400000LL));
    for (const qint64 ms : instants) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QString reference = t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
        if (toWireTime(t) != reference)
            QFAIL(qPrintable(QStringLiteral("%1: %2 != %3").arg(ms).arg(toWireTime(t), reference)));
        // Any time zone in, UTC out.
        QCOMPARE(toWireTime(t.toOffsetFromUtc(7 * 3600)), reference);
    }
}

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
