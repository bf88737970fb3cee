#include "apptranslations.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace jobdesk::ui {

namespace {

const QString LanguageKey = QStringLiteral("general/language");
QString g_running; // what install() put on screen

QString resourceQm(const QString &code)
{
    return QStringLiteral(":/i18n/jobdesk_%1.qm").arg(code);
}

} // namespace

QList<AppTranslations::Language> AppTranslations::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("km"), QStringLiteral("ខ្មែរ")},
            {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")}};
}

QString AppTranslations::chosen(const QSettings &settings)
{
    const QString code = settings.value(LanguageKey).toString();
    for (const Language &l : languages()) {
        if (l.code == code)
            return code;
    }
    return {};
}

void AppTranslations::setChosen(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

QString AppTranslations::effective(const QString &code)
{
    if (!code.isEmpty())
        return code;
    // The first of the system's UI languages with a translation wins, as in install().
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &ui : wanted) {
        const QString lang = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (lang == QLatin1String("en"))
            return lang;
        if (QFile::exists(resourceQm(lang)))
            return lang;
    }
    return QStringLiteral("en");
}

QString AppTranslations::running()
{
    return g_running.isEmpty() ? effective(QString()) : g_running;
}

QString AppTranslations::nativeName(const QString &code)
{
    for (const Language &l : languages()) {
        if (l.code == code)
            return l.nativeName;
    }
    return code;
}

void AppTranslations::install(QCoreApplication *app, const QString &language)
{
    // Installed last is asked first: the user's language before English.
    const auto load = [app](const QString &name, const QString &dir, const QLocale &locale) {
        auto *t = new QTranslator(app);
        if (t->load(locale, name, QStringLiteral("_"), dir) &&
            QCoreApplication::installTranslator(t))
            return;
        delete t;
    };
    g_running = effective(language);
    load(QStringLiteral("jobdesk"), QStringLiteral(":/i18n"), QLocale(QLocale::English));
    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), locale);
        load(QStringLiteral("jobdesk"), QStringLiteral(":/i18n"), locale);
    }
    if (g_running == QLatin1String("km"))
        useKhmerFont();
}

void AppTranslations::useKhmerFont()
{
    // Khmer stacks vowels and subscript consonants above and below the line. Fields
    // and rows are as tall as the app font needs, so with a Latin UI font the Khmer
    // glyphs (found by fallback) are cut off at the top. A Khmer UI font as the app
    // font sizes every widget for Khmer; it has Latin letters too (fonts-khmeros).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    static const QString Khmer = QStringLiteral("Khmer OS System");
    if (!QFontDatabase::families().contains(Khmer))
        return;
    QFont font = QGuiApplication::font();
    font.setFamilies({Khmer, font.family()});
    QGuiApplication::setFont(font);
}

} // namespace jobdesk::ui
