#include "demodeliverables.h"

#include "database.h"
#include "deliverablestore.h"
#include "filestore.h"
#include "timecodec.h"
#include "upload.h"
#include "uploadstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace jobdesk::server {

namespace {

struct DemoFile
{
    const char *name;
    QByteArray content;
};

struct DemoVersion
{
    const char *note;
    QList<DemoFile> files;
    const char *reviewNote; // empty: not reviewed yet
};

QByteArray svgIcons(int variant)
{
    QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 96\">\n";
    for (int i = 0; i < 5; ++i)
        svg += "  <circle cx=\"" + QByteArray::number(48 + i * 96) + "\" cy=\"48\" r=\"" +
               QByteArray::number(30 + variant * 2) + "\" stroke-width=\"" +
               QByteArray::number(variant == 1 ? 1 + i % 3 : 2) + "\" fill=\"none\"/>\n";
    return svg.repeated(40) + "</svg>\n";
}

QByteArray csvRows(const char *header, int rows)
{
    QByteArray csv = header;
    csv += "\r\n";
    for (int i = 1; i <= rows; ++i)
        csv += "Supplier " + QByteArray::number(i) + ",Phnom Penh,+855 23 " +
               QByteArray::number(400000 + i * 37) + ",contact" + QByteArray::number(i) +
               "@example.com\r\n";
    return csv;
}

QByteArray text(const char *line, int times)
{
    return QByteArray(line).repeated(times);
}

// What each job's worker delivered, by the job's title in the demo seed.
QList<DemoVersion> versionsFor(const QString &title)
{
    if (title.startsWith(QLatin1String("Menu translation")))
        return {{"Menu in Khmer, both layouts. Prices unchanged.",
                 {{"menu-km.docx", text("ម្ហូបខ្មែរ Khmer menu line\n", 900)},
                  {"menu-km-print.pdf", text("%PDF-1.4 demo page\n", 2400)}},
                 ""}};
    if (title.startsWith(QLatin1String("Icon set")))
        return {{"First pass of the twelve icons.",
                 {{"icons-v1.svg", svgIcons(1)}},
                 "Line weights differ between icons; please use 2 px throughout."},
                {"Unified to 2 px, added the dark variant.",
                 {{"icons-v2.svg", svgIcons(2)},
                  {"icons-v2-dark.svg", svgIcons(3)},
                  {"preview.png", text("PNG demo preview bytes ", 5000)}},
                 ""}};
    if (title.startsWith(QLatin1String("Supplier contact")))
        return {{"48 suppliers with verified phone numbers.",
                 {{"suppliers.csv", csvRows("name,city,phone,email", 48)}},
                 ""}};
    if (title.startsWith(QLatin1String("Letterhead")))
        return {{"Letterhead and two card layouts.",
                 {{"letterhead.pdf", text("%PDF-1.4 letterhead\n", 1800)},
                  {"cards.pdf", text("%PDF-1.4 cards\n", 1200)}},
                 "The logo on the cards is cropped at the right edge; keep a 3 mm margin."}};
    if (title.startsWith(QLatin1String("Payroll")))
        return {{"Sheet tidied, formulas checked.",
                 {{"payroll-2025.xlsx", text("PK demo spreadsheet ", 3000)}},
                 "Overtime in column H is still summed as text; please fix before we send it."}};
    return {};
}

} // namespace

bool seedDemoDeliverables(Database &db, const QString &filesDir, QString *error)
{
    const FileStore files(filesDir);
    QStringList written;
    try {
        struct Held
        {
            qint64 id, worker;
            QString title;
            QDateTime updated;
        };
        QList<Held> jobs;
        QSqlQuery &q = db.exec(QStringLiteral(
            "SELECT id, worker_id, title, updated_at FROM jobs "
            "WHERE status IN ('review', 'revision') AND worker_id IS NOT NULL ORDER BY id"));
        while (q.next())
            jobs.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                         fromDb(q.value(3))});
        q.finish();

        Transaction tx(db);
        UploadStore uploads(db);
        DeliverableStore deliverables(db);
        for (const Held &job : jobs) {
            const QList<DemoVersion> versions = versionsFor(job.title);
            for (qsizetype v = 0; v < versions.size(); ++v) {
                // Versions a day apart, the last one just before the job's last change.
                const QDateTime at = job.updated.addDays(-(versions.size() - 1 - v)).addSecs(-1800);
                QStringList ids;
                for (const DemoFile &f : versions.at(v).files) {
                    Upload u;
                    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    u.ownerId = job.worker;
                    u.jobId = job.id;
                    u.purpose = QStringLiteral("deliverable");
                    u.filename = QString::fromUtf8(f.name);
                    u.size = f.content.size();
                    u.sha256 = QString::fromLatin1(
                        QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex());
                    u.offset = u.size;
                    u.status = Upload::Status::Complete;
                    u.storageName = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    u.createdAt = u.updatedAt = at.addSecs(-300);
                    u.expiresAt = at.addDays(1);
                    if (!files.create(u.storageName, error) ||
                        !files.writeAt(u.storageName, 0, f.content, error))
                        throw DbError(error->toStdString());
                    written << u.storageName;
                    uploads.create(u);
                    ids << u.id;
                }
                Deliverable d;
                d.jobId = job.id;
                d.note = QString::fromUtf8(versions.at(v).note);
                d.submittedBy = job.worker;
                d.submittedAt = at;
                d.reviewNote = QString::fromUtf8(versions.at(v).reviewNote);
                deliverables.create(d, ids);
            }
            // Each reviewed version was a revision round.
            int reviewed = 0;
            for (const DemoVersion &v : versions)
                reviewed += QByteArray(v.reviewNote).isEmpty() ? 0 : 1;
            if (reviewed > 0)
                db.exec(QStringLiteral("UPDATE jobs SET revision_count = ? WHERE id = ?"),
                        {reviewed, job.id});
        }
        tx.commit();
    } catch (const DbError &e) {
        for (const QString &name : written)
            files.remove(name);
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

} // namespace jobdesk::server
