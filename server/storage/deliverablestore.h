#pragma once

#include "records.h"

#include <QList>
#include <QStringList>

namespace jobdesk::server {

class Database;

// Deliverable versions of jobs and the uploaded files each one holds.
class DeliverableStore final
{
public:
    explicit DeliverableStore(Database &db)
        : m_db(db)
    {}

    // Stores `d` as the job's next version with the uploads `uploadIds` in order;
    // fills in its id, version and files.
    void create(Deliverable &d, const QStringList &uploadIds);
    // The job's versions, newest first, with their files.
    QList<Deliverable> list(qint64 jobId);
    // Sets the review note of the job's newest version (an admin's verdict).
    void setReviewNote(qint64 jobId, const QString &note);

private:
    Database &m_db;
};

} // namespace jobdesk::server
