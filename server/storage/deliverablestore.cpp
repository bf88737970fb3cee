#include "deliverablestore.h"

#include "database.h"
#include "timecodec.h"

#include <QHash>

namespace jobdesk::server {

void DeliverableStore::create(Deliverable &d, const QStringList &uploadIds)
{
    d.version = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM "
                                           "deliverables WHERE job_id = ?"),
                            {d.jobId})
                    .toInt();
    d.id =
        m_db.insert(QStringLiteral("INSERT INTO deliverables (job_id, version, note, "
                                   "submitted_by, submitted_at, review_note) VALUES "
                                   "(?, ?, ?, ?, ?, ?) RETURNING id"),
                    {d.jobId, d.version, d.note, d.submittedBy, toDb(d.submittedAt), d.reviewNote});
    d.files.clear();
    for (int i = 0; i < uploadIds.size(); ++i) {
        m_db.exec(QStringLiteral("INSERT INTO deliverable_files (deliverable_id, upload_id, "
                                 "position) VALUES (?, ?, ?)"),
                  {d.id, uploadIds.at(i), i});
        QSqlQuery &q =
            m_db.exec(QStringLiteral("SELECT filename, size, sha256 FROM uploads WHERE id = ?"),
                      {uploadIds.at(i)});
        if (q.next())
            d.files.append({uploadIds.at(i), q.value(0).toString(), q.value(1).toLongLong(),
                            q.value(2).toString()});
        q.finish();
    }
}

QList<Deliverable> DeliverableStore::list(qint64 jobId)
{
    QList<Deliverable> list;
    QHash<qint64, int> index;
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id, version, note, submitted_by, "
                                            "submitted_at, review_note FROM deliverables "
                                            "WHERE job_id = ? ORDER BY version DESC"),
                             {jobId});
    while (q.next()) {
        Deliverable d;
        d.id = q.value(0).toLongLong();
        d.jobId = jobId;
        d.version = q.value(1).toInt();
        d.note = q.value(2).toString();
        d.submittedBy = q.value(3).toLongLong();
        d.submittedAt = fromDb(q.value(4));
        d.reviewNote = q.value(5).toString();
        index.insert(d.id, int(list.size()));
        list.append(d);
    }
    q.finish();
    QSqlQuery &files = m_db.exec(
        QStringLiteral("SELECT f.deliverable_id, u.id, u.filename, u.size, u.sha256 FROM "
                       "deliverable_files f JOIN deliverables d ON d.id = f.deliverable_id "
                       "JOIN uploads u ON u.id = f.upload_id WHERE d.job_id = ? "
                       "ORDER BY f.deliverable_id, f.position"),
        {jobId});
    while (files.next()) {
        const int at = index.value(files.value(0).toLongLong(), -1);
        if (at >= 0)
            list[at].files.append({files.value(1).toString(), files.value(2).toString(),
                                   files.value(3).toLongLong(), files.value(4).toString()});
    }
    files.finish();
    return list;
}

void DeliverableStore::setReviewNote(qint64 jobId, const QString &note)
{
    m_db.exec(QStringLiteral("UPDATE deliverables SET review_note = ? WHERE job_id = ? AND "
                             "version = (SELECT MAX(version) FROM deliverables WHERE job_id = ?)"),
              {note, jobId, jobId});
}

} // namespace jobdesk::server
