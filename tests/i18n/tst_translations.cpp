// The shipped translations are complete, well-formed and in step with the sources:
// a new tr() text without a translation fails here, not in front of a user.
#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace jobdesk::test;

namespace {

struct Shipped
{
    const char *code;
    // Plural slots Qt's tools give the language. Khmer and Vietnamese have one
    // plural form (CLDR); Qt 6.4's lupdate/lrelease know that for Vietnamese but
    // give Khmer two slots, like English: both must then hold the same text.
    int pluralSlots;
    bool oneForm;    // the language has no plural forms
    bool pluralOnly; // English: only the plural forms of "%n" texts
};

const Shipped Files[] = {{"en", 2, false, true}, {"km", 2, true, false}, {"vi", 1, true, false}};

QString tsPath(const QString &code)
{
    return QStringLiteral(JOBDESK_SOURCE_DIR "/translations/jobdesk_%1.ts").arg(code);
}

void addFileRows()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("forms");
    QTest::addColumn<bool>("oneForm");
    QTest::addColumn<bool>("pluralOnly");
    for (const Shipped &f : Files)
        QTest::newRow(f.code) << QString::fromLatin1(f.code) << f.pluralSlots << f.oneForm
                              << f.pluralOnly;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"%3")
        .arg(m.context, m.source,
             m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
}

// %1..%99, %L1, %n, %Ln: what arg() and tr(..., n) fill in; %p %v %m: progress bars.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[0-9]{1,2}|n)|%[pvm]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// Keyboard accelerators: "&x", not "&&" (a literal ampersand).
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&(?![a-zA-Z]+;)(?=\\S)"));
    return int(text.count(re));
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0).toLower());
    found.sort();
    return found;
}

QStringList keys(const QList<TsMessage> &messages)
{
    QStringList out;
    for (const TsMessage &m : messages)
        out.append(m.key());
    out.sort();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsFinished_data() { addFileRows(); }
    void everyMessageIsFinished();
    void translationsKeepWhatTheCodeFillsIn_data() { addFileRows(); }
    void translationsKeepWhatTheCodeFillsIn();
    void filesMatchTheSources_data() { addFileRows(); }
    void filesMatchTheSources();
    void theAppCarriesTheCurrentTranslations_data() { addFileRows(); }
    void theAppCarriesTheCurrentTranslations();
    void checksCatchMistakes();
};

void TestTranslations::everyMessageIsFinished()
{
    QFETCH(QString, code);
    QFETCH(int, forms);
    QFETCH(bool, oneForm);
    QFETCH(bool, pluralOnly);
    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(code), qPrintable(ts.language));
    QVERIFY(!ts.messages.isEmpty());
    QStringList wrong;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty()) {
            wrong.append(m.type + QStringLiteral(": ") + describe(m));
            continue;
        }
        if (pluralOnly && !m.numerus)
            wrong.append(QStringLiteral("not a plural text: ") + describe(m));
        const int expected = m.numerus ? forms : 1;
        if (m.translations.size() != expected)
            wrong.append(QStringLiteral("%1 forms instead of %2: ")
                             .arg(m.translations.size())
                             .arg(expected) +
                         describe(m));
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                wrong.append(QStringLiteral("empty: ") + describe(m));
        }
        if (oneForm && m.translations.size() > 1 &&
            m.translations.count(m.translations.first()) != m.translations.size())
            wrong.append(QStringLiteral("one plural form, written differently: ") + describe(m));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestTranslations::translationsKeepWhatTheCodeFillsIn()
{
    QFETCH(QString, code);
    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList wrong;
    for (const TsMessage &m : ts.messages) {
        for (const QString &t : m.translations) {
            if (t.isEmpty())
                continue; // everyMessageIsFinished reports it
            // One plural form stands for every count, so it must show the count
            // wherever the English forms do.
            if (placeholders(t) != placeholders(m.source))
                wrong.append(
                    QStringLiteral("placeholders %1 vs %2: ")
                        .arg(placeholders(t).join(u' '), placeholders(m.source).join(u' ')) +
                    describe(m));
            if (accelerators(t) != accelerators(m.source))
                wrong.append(QStringLiteral("accelerator: ") + describe(m) + QStringLiteral(" → ") +
                             t);
            if (tags(t) != tags(m.source))
                wrong.append(QStringLiteral("HTML tags: ") + describe(m) + QStringLiteral(" → ") +
                             t);
            if (m.source.contains(QLatin1String("Jobdesk")) &&
                !t.contains(QLatin1String("Jobdesk")))
                wrong.append(QStringLiteral("product name: ") + describe(m) +
                             QStringLiteral(" → ") + t);
            // Texts joined to others keep the spaces they are joined with.
            if ((m.source.startsWith(u' ') && !t.startsWith(u' ')) ||
                (m.source.endsWith(u' ') && !t.endsWith(u' ')))
                wrong.append(QStringLiteral("edge spaces: ") + describe(m) +
                             QStringLiteral(" → \"") + t + u'"');
            if (m.source.contains(u'…') && !t.contains(u'…'))
                wrong.append(QStringLiteral("ellipsis: ") + describe(m) + QStringLiteral(" → ") +
                             t);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestTranslations::filesMatchTheSources()
{
    QFETCH(QString, code);
    QFETCH(bool, pluralOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("jobdesk_%1.ts").arg(code));
    QVERIFY(QFile::copy(tsPath(code), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    // The same run as `update_translations`, into the copy.
    QStringList args = QStringLiteral(JOBDESK_LUPDATE_OPTIONS).split(u',', Qt::SkipEmptyParts);
    if (pluralOnly)
        args.append(QStringLiteral("-pluralonly"));
    args << QStringLiteral("@" JOBDESK_LUPDATE_SOURCES) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(JOBDESK_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    const TsFile shipped = readTs(tsPath(code));
    const TsFile fresh = readTs(copy);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    const QStringList have = keys(shipped.messages);
    const QStringList want = keys(fresh.messages);
    QStringList report;
    for (const TsMessage &m : fresh.messages) {
        if (!have.contains(m.key()))
            report.append(QStringLiteral("new in the sources: ") + describe(m));
    }
    for (const TsMessage &m : shipped.messages) {
        if (!want.contains(m.key()))
            report.append(QStringLiteral("gone from the sources: ") + describe(m));
    }
    if (!report.isEmpty())
        report.prepend(QStringLiteral("translations/jobdesk_%1.ts is out of date: run "
                                      "`cmake --build <build dir> --target update_translations`, "
                                      "then translate:")
                           .arg(code));
    QVERIFY2(report.isEmpty(), qPrintable(report.join(u'\n')));
}

void TestTranslations::theAppCarriesTheCurrentTranslations()
{
    QFETCH(QString, code);
    // jobdesk_ui embeds the .qm files (ui/CMakeLists.txt); this test links it.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/jobdesk_%1.qm").arg(code)));
    const TsFile ts = readTs(tsPath(code));
    QStringList stale;
    for (const TsMessage &m : ts.messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got = translator.translate(
            context.constData(), source.constData(),
            m.comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
        if (got != m.translations.value(0))
            stale.append(describe(m));
    }
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u'\n')));
}

void TestTranslations::checksCatchMistakes()
{
    QCOMPARE(placeholders(QStringLiteral("%1 of %n, %L2")),
             (QStringList{QStringLiteral("%1"), QStringLiteral("%L2"), QStringLiteral("%n")}));
    QCOMPARE(accelerators(QStringLiteral("&Reload jobs")), 1);
    QCOMPARE(accelerators(QStringLiteral("Fish && chips")), 0);
    QCOMPARE(accelerators(QStringLiteral("a &amp; b")), 0);
    QCOMPARE(accelerators(QStringLiteral("ផ្ទុកឡើងវិញ (&R)")), 1);
    QCOMPARE(tags(QStringLiteral("<h3>%1</h3><p>x</p>")),
             (QStringList{QStringLiteral("</h3"), QStringLiteral("</p"), QStringLiteral("<h3"),
                          QStringLiteral("<p")}));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
