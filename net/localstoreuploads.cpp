// LocalStore: the deliverable upload queue's rows, and UploadState names.
#include "localstore.h"

#include "localstoresql.h"

namespace jobdesk::net {

using namespace localsql;

namespace {

constexpr std::pair<UploadState, const char *> StateNames[] = {
    {UploadState::Hashing, "hashing"},     {UploadState::Queued, "queued"},
    {UploadState::Uploading, "uploading"}, {UploadState::Paused, "paused"},
    {UploadState::Verifying, "verifying"}, {UploadState::Done, "done"},
    {UploadState::Failed, "failed"},       {UploadState::WaitingForNetwork, "waiting-for-network"},
};

const QString UploadColumns =
    QStringLiteral("id, job_id, path, display_name, size, mtime, sha256, server_id, "
                   "upload_offset, state, error, created_at");

UploadItem readUpload(const QSqlQuery &q)
{
    UploadItem u;
    u.id = QUuid::fromString(q.value(0).toString());
    u.jobId = q.value(1).toLongLong();
    u.path = q.value(2).toString();
    u.displayName = q.value(3).toString();
    u.size = q.value(4).toLongLong();
    u.mtimeMs = q.value(5).toLongLong();
    u.sha256 = q.value(6).toString();
    u.serverId = q.value(7).toString();
    u.offset = q.value(8).toLongLong();
    u.state = uploadStateFromString(q.value(9).toString()).value_or(UploadState::Queued);
    u.error = q.value(10).toString();
    u.createdAt = fromMs(q.value(11));
    return u;
}

} // namespace

QString toString(UploadState s)
{
    for (const auto &[state, name] : StateNames) {
        if (state == s)
            return QLatin1String(name);
    }
    return {};
}

std::optional<UploadState> uploadStateFromString(QStringView s)
{
    for (const auto &[state, name] : StateNames) {
        if (s == QLatin1String(name))
            return state;
    }
    return std::nullopt;
}

Status LocalStore::addUpload(const UploadItem &u)
{
    if (u.id.isNull() || u.jobId <= 0 || u.path.isEmpty())
        return Status::failure(tr("The upload needs an id, a job and a file."));
    const qint64 now = nowMs();
    return exec(db(),
                QStringLiteral("INSERT INTO uploads (") + UploadColumns +
                    QStringLiteral(", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {u.id.toString(QUuid::WithoutBraces), u.jobId, u.path, text(u.displayName), u.size,
                 u.mtimeMs, text(u.sha256), text(u.serverId), u.offset, toString(u.state),
                 text(u.error), u.createdAt.isValid() ? u.createdAt.toMSecsSinceEpoch() : now,
                 now});
}

Status LocalStore::saveUpload(const UploadItem &u)
{
    const auto rows = execCount(
        db(),
        QStringLiteral("UPDATE uploads SET job_id = ?, path = ?, display_name = ?, size = ?, "
                       "mtime = ?, sha256 = ?, server_id = ?, upload_offset = ?, state = ?, "
                       "error = ?, updated_at = ? WHERE id = ?"),
        {u.jobId, u.path, text(u.displayName), u.size, u.mtimeMs, text(u.sha256), text(u.serverId),
         u.offset, toString(u.state), text(u.error), nowMs(), u.id.toString(QUuid::WithoutBraces)});
    if (!rows.ok())
        return Status::failure(rows.error);
    if (rows.value == 0)
        return Status::failure(tr("There is no such upload."));
    return {};
}

Status LocalStore::removeUpload(const QUuid &id)
{
    return exec(db(), QStringLiteral("DELETE FROM uploads WHERE id = ?"),
                {id.toString(QUuid::WithoutBraces)});
}

Result<QList<UploadItem>> LocalStore::uploads() const
{
    Result<QList<UploadItem>> r;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + UploadColumns +
                QStringLiteral(" FROM uploads ORDER BY created_at, id"))) {
        r.error = storeError(q.lastError());
        return r;
    }
    while (q.next())
        r.value.append(readUpload(q));
    return r;
}

Result<std::optional<UploadItem>> LocalStore::upload(const QUuid &id) const
{
    Result<std::optional<UploadItem>> r;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + UploadColumns +
              QStringLiteral(" FROM uploads WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec())
        r.error = storeError(q.lastError());
    else if (q.next())
        r.value = readUpload(q);
    return r;
}

} // namespace jobdesk::net
