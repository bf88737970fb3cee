// The job editor against the real server: the server's field errors appear next
// to the fields, a job is created with an attachment uploaded through the
// resumable queue, and a stale edit (412) reloads without losing what was typed.
#include "adminclient.h"
#include "adminworld.h"
#include "attachmentlinker.h"
#include "attachmentlist.h"
#include "jobeditordialog.h"
#include "localstore.h"
#include "skillrequirementsedit.h"
#include "uploadqueue.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace jobdesk;

class TestJobEditor final : public QObject
{
    Q_OBJECT

private:
    test::World m_world;
    test::AdminClient m_client;
    QTemporaryDir m_dir;
    QJsonArray m_skills;
    net::LocalStore m_store;
    std::unique_ptr<net::UploadQueue> m_uploads;
    std::unique_ptr<net::AttachmentLinker> m_linker;

    std::unique_ptr<ui::JobEditorDialog> editor()
    {
        auto d = std::make_unique<ui::JobEditorDialog>(&m_client.api, m_skills,
                                                       QStringList{QStringLiteral("Design")});
        d->setUploads(m_uploads.get(), m_linker.get());
        d->show();
        return d;
    }
    static QLineEdit *line(QWidget *d, const char *name)
    {
        return d->findChild<QLineEdit *>(QLatin1String(name));
    }
    static void clickSave(QWidget *d)
    {
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("saveJob")), Qt::LeftButton);
    }
    int jobCount() const
    {
        return int(m_world.http->get(QStringLiteral("/api/v1/jobs?limit=200"), m_world.admin)
                       .items()
                       .size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_world.setUp());
        QVERIFY(
            test::putSkill(m_world, QStringLiteral("logo-design"), QStringLiteral("Logo design")));
        QVERIFY(test::putSkill(m_world, QStringLiteral("illustration"),
                               QStringLiteral("Illustration")));
        m_skills = m_world.http->get(QStringLiteral("/api/v1/skills"), m_world.admin).items();
        QCOMPARE(m_skills.size(), 2);
        QVERIFY(m_client.signIn(m_world.server));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("admin.sqlite"))).ok());
        m_uploads = std::make_unique<net::UploadQueue>(&m_store, &m_client.api);
        m_uploads->setPurpose(QStringLiteral("attachment"));
        m_uploads->setChunkSize(64 * 1024); // several chunks: progress in steps
        m_linker = std::make_unique<net::AttachmentLinker>(m_uploads.get(), &m_client.api);
    }

    void serverErrorsAppearNextToTheirFields()
    {
        auto d = editor();
        QCOMPARE(d->windowTitle(), QStringLiteral("New job"));
        line(d.get(), "jobTitle")->setText(QStringLiteral("   "));
        line(d.get(), "jobClientRef")->setText(QString(150, QLatin1Char('x')));
        auto *skills = d->findChild<ui::SkillRequirementsEdit *>();
        skills->addRow(QStringLiteral("logo-design"), 3);
        skills->addRow(QStringLiteral("logo-design"), 4); // the same skill twice
        clickSave(d.get());
        QTRY_VERIFY(!d->generalError().isEmpty());
        QCOMPARE(d->generalError(), QStringLiteral("Please correct the marked fields."));
        QVERIFY2(!d->fieldError(QStringLiteral("title")).isEmpty(), "title");
        QVERIFY(d->fieldError(QStringLiteral("clientRef")).contains(QStringLiteral("100")));
        QCOMPARE(d->fieldError(QStringLiteral("requiredSkills")),
                 QStringLiteral("Row 2: Duplicate skill"));
        QVERIFY(d->fieldError(QStringLiteral("description")).isEmpty());
        QVERIFY(d->isVisible()); // nothing typed is lost
        QCOMPARE(line(d.get(), "jobClientRef")->text().size(), 150);
        QCOMPARE(jobCount(), 0);

        // Corrected, it saves; the old errors go.
        line(d.get(), "jobTitle")->setText(QStringLiteral("Poster for the fair"));
        line(d.get(), "jobClientRef")->setText(QStringLiteral("FAIR-9"));
        skills->table()->removeRow(1);
        QSignalSpy saved(d.get(), &ui::JobEditorDialog::saved);
        clickSave(d.get());
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY(!d->isVisible());
        const QJsonObject job = saved.first().first().toJsonObject();
        QCOMPARE(job.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Poster for the fair"));
        QCOMPARE(job.value(QStringLiteral("requiredSkills")).toArray().size(), 1);
        QCOMPARE(jobCount(), 1);
    }

    void newJobUploadsItsAttachments()
    {
        const QString path = m_dir.filePath(QStringLiteral("brief.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("%PDF brief ").repeated(30000)); // 330 KB: six chunks
        f.close();
        auto d = editor();
        line(d.get(), "jobTitle")->setText(QStringLiteral("Menu illustrations"));
        d->findChild<QComboBox *>(QStringLiteral("jobUrgency"))->setCurrentIndex(2);
        d->attachments()->addFiles({path});
        QCOMPARE(d->attachments()->pendingFiles(), QStringList{path});
        QSignalSpy saved(d.get(), &ui::JobEditorDialog::saved);
        QSignalSpy done(d->attachments(), &ui::AttachmentList::allDone);
        clickSave(d.get());
        QVERIFY(saved.wait(10000));
        QVERIFY(d->isVisible()); // stays to show the upload
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toInt(), 1);
        QCOMPARE(done.first().at(1).toInt(), 0);
        QCOMPARE(d->attachments()->tree()->topLevelItem(0)->text(2), QStringLiteral("Attached"));
        const qint64 id =
            saved.first().first().toJsonObject().value(QStringLiteral("id")).toInteger();
        const QJsonObject job =
            m_world.http->get(QStringLiteral("/api/v1/jobs/%1").arg(id), m_world.admin).json();
        QCOMPARE(job.value(QStringLiteral("urgency")).toString(), QStringLiteral("high"));
        const QJsonArray attachments = job.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("brief.pdf"));
        QVERIFY(m_uploads->items().isEmpty()); // joined, then left the queue
    }

    void staleEditReloadsKeepingWhatWasTyped()
    {
        const QJsonObject original =
            m_world.createJob(QStringLiteral("Flyer"),
                              {{QStringLiteral("description"), QStringLiteral("A5, two sides")},
                               {QStringLiteral("clientRef"), QStringLiteral("FLY-1")}});
        const qint64 id = original.value(QStringLiteral("id")).toInteger();
        auto d = editor();
        d->editJob(original);
        QCOMPARE(line(d.get(), "jobTitle")->text(), QStringLiteral("Flyer"));
        line(d.get(), "jobTitle")->setText(QStringLiteral("Flyer for the autumn sale"));
        // Meanwhile another admin changes the description.
        QCOMPARE(m_world.http
                     ->patch(QStringLiteral("/api/v1/jobs/%1").arg(id),
                             {{QStringLiteral("description"), QStringLiteral("A4, one side")}},
                             m_world.admin, "\"1\"")
                     .status,
                 200);
        QCOMPARE(d->changes().keys(), QStringList{QStringLiteral("title")});
        clickSave(d.get());
        QTRY_VERIFY(d->isStale());
        QCOMPARE(line(d.get(), "jobTitle")->text(), QStringLiteral("Flyer for the autumn sale"));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("reloadKeepEdits")),
                          Qt::LeftButton);
        QCOMPARE(line(d.get(), "jobTitle")->text(), QStringLiteral("Flyer for the autumn sale"));
        QCOMPARE(d->findChild<QPlainTextEdit *>(QStringLiteral("jobDescription"))->toPlainText(),
                 QStringLiteral("A4, one side"));
        QCOMPARE(d->changes().keys(), QStringList{QStringLiteral("title")});
        QSignalSpy saved(d.get(), &ui::JobEditorDialog::saved);
        clickSave(d.get());
        QVERIFY(saved.wait(10000));
        const QJsonObject after =
            m_world.http->get(QStringLiteral("/api/v1/jobs/%1").arg(id), m_world.admin).json();
        QCOMPARE(after.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Flyer for the autumn sale"));
        QCOMPARE(after.value(QStringLiteral("description")).toString(),
                 QStringLiteral("A4, one side"));
        QCOMPARE(after.value(QStringLiteral("clientRef")).toString(), QStringLiteral("FLY-1"));
    }

    void offlineSaveKeepsTheInput()
    {
        auto d = editor();
        line(d.get(), "jobTitle")->setText(QStringLiteral("Typed while offline"));
        const QUrl real = m_client.api.baseUrl();
        m_client.api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        clickSave(d.get());
        QTRY_VERIFY(d->generalError().contains(QStringLiteral("Nothing was lost")));
        m_client.api.setBaseUrl(real);
        QCOMPARE(line(d.get(), "jobTitle")->text(), QStringLiteral("Typed while offline"));
        QVERIFY(d->isVisible());
    }

    void cleanupTestCase()
    {
        m_linker.reset();
        m_uploads.reset();
        m_store.close();
    }
};

QTEST_MAIN(TestJobEditor)
#include "tst_jobeditor.moc"
