#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace jobdesk::ui {

// The app's languages and their translations, built from translations/*.ts into
// the binary under :/i18n (see translations/README.md).
//
// install() loads English plural forms always (the source texts say "%n entries";
// jobdesk_en.ts gives "1 entry" / "2 entries"), then the chosen language on top when
// there is a translation for it, and Qt's own (qtbase_<lang>) when installed.
class AppTranslations final
{
    Q_DECLARE_TR_FUNCTIONS(jobdesk::ui::AppTranslations)

public:
    struct Language
    {
        QString code;       // "km"; empty for the system's language
        QString nativeName; // "ខ្មែរ": how its speakers name it, never translated
    };

    // English, Khmer, Vietnamese (no "system default" entry).
    static QList<Language> languages();
    // The language setting ("" = follow the system); applies from the next start.
    static QString chosen(const QSettings &settings);
    static void setChosen(QSettings &settings, const QString &code);
    // The language the app shows for `code` ("" = the system's, when translated;
    // English otherwise).
    static QString effective(const QString &code);
    static QString nativeName(const QString &code);
    // The language this run shows (set by install()).
    static QString running();

    // `language` is a code of languages() or "" for the system's. A chosen language
    // also becomes the default QLocale, so dates and numbers match the words.
    static void install(QCoreApplication *app, const QString &language = {});

private:
    // For Khmer on screen: a Khmer UI font as the app font, when installed.
    static void useKhmerFont();
};

} // namespace jobdesk::ui
