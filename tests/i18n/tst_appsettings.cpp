// Language and "start when I sign in" settings, in the admin's and the worker's
// Preferences; the chosen language on screen.
#include "apiclient.h"
#include "apptranslations.h"
#include "autostart.h"
#include "generalsettings.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "session.h"
#include "settingsdialog.h"
#include "workerpreferences.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace jobdesk;

namespace {

bool hasKhmer(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x1780 && c.unicode() <= 0x17ff; });
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<QSettings> m_settings;

    QString entry() const
    {
        return m_config + QStringLiteral("/autostart/app.jobdesk.Jobdesk.desktop");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config = m_dir.filePath(QStringLiteral("config"));
        qputenv("XDG_CONFIG_HOME", m_config.toUtf8());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
    }

    void autostartEntryFollowsTheDesktopSpec()
    {
        QCOMPARE(ui::Autostart::entryPath(), entry());
        QVERIFY(!ui::Autostart::isEnabled());
        QString error;
        QVERIFY2(ui::Autostart::setEnabled(true, &error), qPrintable(error));
        QVERIFY(QFile::exists(entry()));
        QVERIFY(ui::Autostart::isEnabled());
        const QString text = readAll(entry());
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY(text.contains(QStringLiteral("\nType=Application\n")));
        QVERIFY(text.contains(QStringLiteral("\nIcon=app.jobdesk.Jobdesk\n")));
        // This test binary is not the `jobdesk` on PATH: the entry names it in full.
        const QString self = QCoreApplication::applicationFilePath();
        QVERIFY2(text.contains(QStringLiteral("\nExec=") + self + QStringLiteral(" --minimized\n")),
                 qPrintable(text));
        const QString validate =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validate.isEmpty()) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(validate, {entry()});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        }
        // Writing again replaces the entry; turning it off removes it, twice is fine.
        QVERIFY(ui::Autostart::setEnabled(true));
        QVERIFY(ui::Autostart::setEnabled(false, &error));
        QVERIFY(!QFile::exists(entry()));
        QVERIFY(ui::Autostart::setEnabled(false, &error));
    }

    void autostartFailureIsReported()
    {
        // A config "directory" that is a file: nothing can be written under it.
        const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
        QFile f(blocked);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        qputenv("XDG_CONFIG_HOME", blocked.toUtf8());
        QString error;
        QVERIFY(!ui::Autostart::setEnabled(true, &error));
        QVERIFY2(error.contains(QStringLiteral("app.jobdesk.Jobdesk.desktop")), qPrintable(error));
        QVERIFY(!ui::Autostart::isEnabled());
        qputenv("XDG_CONFIG_HOME", m_config.toUtf8());
    }

    void adminPreferencesStoreLanguageAndAutostart()
    {
        {
            ui::SettingsDialog dialog(m_settings.get());
            auto *language = dialog.findChild<QComboBox *>(QStringLiteral("prefLanguage"));
            auto *autostart = dialog.findChild<QCheckBox *>(QStringLiteral("prefAutostart"));
            auto *note = dialog.findChild<QLabel *>(QStringLiteral("prefLanguageNote"));
            QVERIFY(language && autostart && note);
            // System default first, then each language in its own script.
            QCOMPARE(language->count(), 4);
            QCOMPARE(language->currentIndex(), 0);
            QCOMPARE(language->itemText(2), QStringLiteral("ខ្មែរ"));
            QCOMPARE(language->itemText(3), QStringLiteral("Tiếng Việt"));
            QVERIFY(note->text().contains(QStringLiteral("restart")));
            QVERIFY(!autostart->isChecked());
            QVERIFY(!dialog.general()->restartNeeded());

            language->setCurrentIndex(language->findData(QStringLiteral("km")));
            QVERIFY(dialog.general()->restartNeeded());
            autostart->setChecked(true);
            dialog.show();
            QTest::mouseClick(static_cast<QWidget *>(dialog.findChild<QDialogButtonBox *>()->button(
                                  QDialogButtonBox::Ok)),
                              Qt::LeftButton);
            QVERIFY(!dialog.isVisible()); // accepted
        }
        QCOMPARE(m_settings->value(QStringLiteral("general/language")).toString(),
                 QStringLiteral("km"));
        QCOMPARE(ui::AppTranslations::chosen(*m_settings), QStringLiteral("km"));
        QVERIFY(m_settings->value(QStringLiteral("general/startAtSignIn")).toBool());
        QVERIFY(QFile::exists(entry()));

        // Opened again, it shows what is stored; back to the system's language and
        // no autostart.
        ui::SettingsDialog again(m_settings.get());
        auto *language = again.findChild<QComboBox *>(QStringLiteral("prefLanguage"));
        auto *autostart = again.findChild<QCheckBox *>(QStringLiteral("prefAutostart"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("km"));
        QVERIFY(autostart->isChecked());
        language->setCurrentIndex(0);
        autostart->setChecked(false);
        QVERIFY(again.save());
        QVERIFY(!m_settings->contains(QStringLiteral("general/language")));
        QVERIFY(!QFile::exists(entry()));
    }

    void unknownStoredLanguageMeansSystem()
    {
        m_settings->setValue(QStringLiteral("general/language"), QStringLiteral("xx"));
        QCOMPARE(ui::AppTranslations::chosen(*m_settings), QString());
        m_settings->remove(QStringLiteral("general/language"));
    }

    void workerPreferencesHoldTheGeneralSettings()
    {
        ui::WorkerPreferences prefs(m_settings.get());
        auto *language = prefs.findChild<QComboBox *>(QStringLiteral("prefLanguage"));
        auto *autostart = prefs.findChild<QCheckBox *>(QStringLiteral("prefAutostart"));
        QVERIFY(language && autostart);
        QVERIFY(prefs.findChild<QCheckBox *>(QStringLiteral("prefCloseToTray")));
        language->setCurrentIndex(language->findData(QStringLiteral("vi")));
        autostart->setChecked(true);
        prefs.save();
        QCOMPARE(ui::AppTranslations::chosen(*m_settings), QStringLiteral("vi"));
        QVERIFY(QFile::exists(entry()));
        QVERIFY(ui::Autostart::setEnabled(false));
    }

    void chosenLanguageIsOnScreen_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("signIn"); // the sign-in button
        QTest::newRow("km") << QStringLiteral("km") << QStringLiteral("ចូល");
        QTest::newRow("vi") << QStringLiteral("vi") << QStringLiteral("Đăng nhập");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Sign in");
    }

    void chosenLanguageIsOnScreen()
    {
        QFETCH(QString, code);
        QFETCH(QString, signIn);
        ui::AppTranslations::install(qApp, code);
        QCOMPARE(ui::AppTranslations::running(), code);
        QCOMPARE(QLocale().name().left(2), code);
        QNetworkAccessManager nam;
        net::ApiClient api(&nam);
        net::MemoryCredentialStore credentials;
        net::Session session(&api, &credentials);
        ui::LoginWindow login(&api, &session, m_settings.get());
        QCOMPARE(login.findChild<QAbstractButton *>(QStringLiteral("loginSignIn"))->text(), signIn);
        // Every text of the worker's Preferences is in the language, none left English.
        ui::WorkerPreferences prefs(m_settings.get());
        QStringList texts{prefs.windowTitle()};
        for (const QLabel *l : prefs.findChildren<QLabel *>())
            texts.append(l->text());
        for (const QAbstractButton *b : prefs.findChildren<QAbstractButton *>())
            texts.append(b->text());
        for (const QString &t : std::as_const(texts)) {
            if (code == QLatin1String("km"))
                QVERIFY2(hasKhmer(t), qPrintable(t));
        }
        if (code == QLatin1String("vi"))
            QVERIFY(texts.contains(QStringLiteral("Tùy chọn")));
        removeTranslators();
    }
};

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
