// Resumable uploads with tus 1.0 semantics on a subset: creation (with the
// whole file's size and SHA-256), HEAD for the offset, PATCH chunks at that
// offset with the optional checksum extension, termination. The state lives in
// the database so a restarted server, or another instance, resumes.
#include "apisupport.h"
#include "fielderrors.h"
#include "filenames.h"
#include "httpwire.h"
#include "jobstatus.h"
#include "jsonreader.h"
#include "lifecycle.h"
#include "routes.h"
#include "services.h"
#include "timecodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace jobdesk::server {

namespace {

constexpr qint64 ChunkBytes = 8 * 1024 * 1024;   // PATCH body limit
constexpr qint64 UploadTtlMs = 24 * 3600 * 1000; // an upload must finish within a day
const QByteArray TusVersion = QByteArrayLiteral("1.0.0");

QJsonObject uploadJson(const Upload &u)
{
    return QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("jobId"), u.jobId},
        {QStringLiteral("purpose"), u.purpose},
        {QStringLiteral("filename"), u.filename},
        {QStringLiteral("size"), u.size},
        {QStringLiteral("sha256"), u.sha256},
        {QStringLiteral("offset"), u.offset},
        {QStringLiteral("status"), toString(u.status)},
        {QStringLiteral("chunkBytes"), ChunkBytes},
        {QStringLiteral("createdAt"), toWireTime(u.createdAt)},
        {QStringLiteral("expiresAt"), toWireTime(u.expiresAt)},
    };
}

// Every tus answer, problems included, says Tus-Resumable; a problem about the
// offset also carries the offset the client must resume from.
void tusRoute(Router &router, const QByteArray &method, const QString &path, ApiHandler handler,
              RouteOptions options = {})
{
    route(
        router, method, path,
        [handler = std::move(handler)](HttpRequest &request) {
            HttpResponse r;
            try {
                if (request.hasHeader("Tus-Resumable") &&
                    request.header("Tus-Resumable").trimmed() != TusVersion)
                    fail(412, QStringLiteral("tus-version-unsupported"),
                         QStringLiteral("Only tus 1.0.0 is supported"));
                r = handler(request);
            } catch (const ApiError &e) {
                r = e.problem.toResponse();
                if (e.problem.status == 401)
                    r.withHeader(QByteArrayLiteral("WWW-Authenticate"),
                                 QByteArrayLiteral("Bearer realm=\"jobdesk\""));
                if (e.problem.status == 412)
                    r.withHeader(QByteArrayLiteral("Tus-Version"), TusVersion);
                const QJsonValue offset = e.problem.extra.value(QStringLiteral("offset"));
                if (offset.isDouble())
                    r.withHeader(QByteArrayLiteral("Upload-Offset"),
                                 QByteArray::number(offset.toInteger()));
            }
            return r.withHeader(QByteArrayLiteral("Tus-Resumable"), TusVersion);
        },
        options);
}

[[noreturn]] void failWithOffset(int status, const QString &slug, const QString &title,
                                 const QString &detail, qint64 offset)
{
    Problem p{status, slug, title, detail, {}, {}};
    p.extra.insert(QStringLiteral("offset"), offset);
    throw ApiError{p};
}

// The caller's own upload (or, with `adminMay`, any upload for an admin); 404 otherwise.
Upload loadUpload(Services &s, const Principal &p, const HttpRequest &request, bool adminMay)
{
    const QString id = request.param(QStringLiteral("id"));
    const auto upload = QUuid::fromString(id).isNull() ? std::nullopt : s.uploads.find(id);
    if (!upload || (upload->ownerId != p.userId && !(adminMay && p.isAdmin())))
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such upload"));
    return *upload;
}

void checkWritable(const Upload &u)
{
    if (u.status == Upload::Status::Failed)
        fail(410, QStringLiteral("upload-failed"), QStringLiteral("This upload failed"),
             QStringLiteral("The file did not match its SHA-256; start a new upload."));
    if (u.status == Upload::Status::Open && u.expiresAt.toMSecsSinceEpoch() < nowMs())
        fail(410, QStringLiteral("upload-expired"), QStringLiteral("This upload expired"),
             QStringLiteral("Start a new upload."));
}

void appendUploadEvent(Services &s, const QString &type, const Upload &u, const Principal &p)
{
    s.events.append(type, {{QStringLiteral("upload"), uploadJson(u)}}, u.jobId,
                    p.isAdmin() ? std::nullopt : std::optional<qint64>(u.ownerId));
}

HttpResponse createUpload(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    // Read as is: NUL and the like are sanitised away, not refused.
    const QJsonValue rawName = body.value(QStringLiteral("filename"));
    if (!rawName.isString() || rawName.toString().isEmpty())
        errors.add(QStringLiteral("filename"), QStringLiteral("must be a non-empty string"));
    else if (rawName.toString().size() > 4096)
        errors.add(QStringLiteral("filename"), QStringLiteral("must be at most 4096 characters"));
    const auto size = r.integer(QStringLiteral("size"), true, 1, 9007199254740991LL);
    const auto sha = r.string(QStringLiteral("sha256"), true, 64, 64);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (sha && !hex.match(*sha).hasMatch())
        errors.add(QStringLiteral("sha256"), QStringLiteral("must be 64 hexadecimal digits"));
    const auto purpose = r.string(QStringLiteral("purpose"), true, 1, 32);
    const auto jobId = r.integer(QStringLiteral("jobId"), true, 1, 9007199254740991LL);
    r.rejectUnknown({QStringLiteral("filename"), QStringLiteral("size"), QStringLiteral("sha256"),
                     QStringLiteral("purpose"), QStringLiteral("jobId")});
    const QString wanted =
        p.isAdmin() ? QStringLiteral("attachment") : QStringLiteral("deliverable");
    if (purpose && *purpose != wanted)
        errors.add(QStringLiteral("purpose"), p.isAdmin() ? QStringLiteral("must be attachment")
                                                          : QStringLiteral("must be deliverable"));
    if (jobId) {
        // The same answer whether the job is missing or not the caller's: ids do not leak.
        const auto job = s.jobs.find(*jobId);
        if (p.isAdmin() && (!job || Lifecycle::isTerminal(job->status)))
            errors.add(QStringLiteral("jobId"), QStringLiteral("must be an open job"));
        if (!p.isAdmin() &&
            (!job || job->workerId != p.userId ||
             (job->status != JobStatus::InProgress && job->status != JobStatus::Revision)))
            errors.add(QStringLiteral("jobId"),
                       QStringLiteral("must be a job of yours that is in progress or in "
                                      "revision"));
    }
    if (!errors.isEmpty())
        failValidation(errors);
    if (*size > s.config.maxUploadBytes) {
        Problem tooLarge{
            413,
            QStringLiteral("upload-too-large"),
            QStringLiteral("The file is too large"),
            QStringLiteral("A file may be at most %1 bytes.").arg(s.config.maxUploadBytes),
            {},
            {}};
        tooLarge.extra.insert(QStringLiteral("maxBytes"), s.config.maxUploadBytes);
        throw ApiError{tooLarge};
    }

    Upload u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.ownerId = p.userId;
    u.jobId = *jobId;
    u.purpose = wanted;
    u.filename = sanitizeFilename(rawName.toString());
    u.size = *size;
    u.sha256 = sha->toLower();
    u.storageName = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.createdAt = u.updatedAt = QDateTime::currentDateTimeUtc();
    u.expiresAt = u.createdAt.addMSecs(UploadTtlMs);
    QString error;
    if (!s.files.create(u.storageName, &error))
        throw DbError("file store: " + error.toStdString());
    try {
        Transaction tx(s.db);
        s.uploads.create(u);
        appendUploadEvent(s, QStringLiteral("upload.created"), u, p);
        if (p.isAdmin())
            s.audit.record(p.userId, QStringLiteral("upload.create"), QStringLiteral("upload"),
                           u.id, QJsonValue::Null, uploadJson(u), clientAddress(request));
        tx.commit();
    } catch (...) {
        s.files.remove(u.storageName);
        throw;
    }
    const QByteArray location = "/api/v1/uploads/" + u.id.toLatin1();
    return HttpResponse::json(201, uploadJson(u))
        .withHeader(QByteArrayLiteral("Location"), location)
        .withHeader(QByteArrayLiteral("Upload-Offset"), QByteArrayLiteral("0"))
        .withHeader(QByteArrayLiteral("Upload-Expires"), wire::httpDate(u.expiresAt))
        .withHeader(QByteArrayLiteral("Tus-Extension"),
                    QByteArrayLiteral("creation,termination,checksum"))
        .withHeader(QByteArrayLiteral("Tus-Checksum-Algorithm"), QByteArrayLiteral("sha256"))
        .withHeader(QByteArrayLiteral("Tus-Max-Size"), QByteArray::number(s.config.maxUploadBytes));
}

HttpResponse headUpload(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const Upload u = loadUpload(s, p, request, true);
    checkWritable(u);
    return HttpResponse::raw(200, {}, {})
        .withHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(u.offset))
        .withHeader(QByteArrayLiteral("Upload-Length"), QByteArray::number(u.size))
        .withHeader(QByteArrayLiteral("Upload-Expires"), wire::httpDate(u.expiresAt))
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

// tus checksum extension: "sha256 <base64 digest of this chunk>".
void checkChunkDigest(const QByteArray &header, const QByteArray &chunk, qint64 offset)
{
    const QList<QByteArray> parts = header.simplified().split(' ');
    if (parts.size() != 2)
        fail(400, QStringLiteral("bad-checksum"), QStringLiteral("Upload-Checksum is malformed"),
             QStringLiteral("Send 'sha256 <base64 digest of the chunk>'."));
    if (parts.at(0).toLower() != "sha256")
        fail(400, QStringLiteral("checksum-algorithm-unsupported"),
             QStringLiteral("Only sha256 checksums are supported"));
    const auto digest =
        QByteArray::fromBase64Encoding(parts.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!digest || digest.decoded.size() != 32)
        fail(400, QStringLiteral("bad-checksum"), QStringLiteral("Upload-Checksum is malformed"),
             QStringLiteral("The digest must be 32 bytes in base64."));
    if (QCryptographicHash::hash(chunk, QCryptographicHash::Sha256) != digest.decoded)
        failWithOffset(460, QStringLiteral("checksum-mismatch"),
                       QStringLiteral("The chunk does not match its Upload-Checksum"),
                       QStringLiteral("Nothing was written; send the chunk again."), offset);
}

HttpResponse patchUpload(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    Upload u = loadUpload(s, p, request, false);
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/offset+octet-stream")
        fail(415, QStringLiteral("unsupported-media-type"),
             QStringLiteral("The body must be application/offset+octet-stream"),
             QStringLiteral("Send the chunk's bytes with that Content-Type."));
    bool ok = false;
    const qint64 claimed = request.header("Upload-Offset").trimmed().toLongLong(&ok);
    if (!ok || claimed < 0)
        fail(400, QStringLiteral("bad-upload-offset"),
             QStringLiteral("Upload-Offset is missing or not a number"));
    checkWritable(u);
    if (claimed != u.offset)
        failWithOffset(409, QStringLiteral("offset-mismatch"),
                       QStringLiteral("Upload-Offset is not where the upload stands"),
                       QStringLiteral("Resume from offset %1.").arg(u.offset), u.offset);
    const QByteArray &chunk = request.body;
    if (u.offset + chunk.size() > u.size)
        failWithOffset(413, QStringLiteral("upload-length-exceeded"),
                       QStringLiteral("The chunk goes beyond the upload's length"),
                       QStringLiteral("%1 bytes remain.").arg(u.size - u.offset), u.offset);
    if (request.hasHeader("Upload-Checksum"))
        checkChunkDigest(request.header("Upload-Checksum"), chunk, u.offset);
    if (chunk.isEmpty() || u.status == Upload::Status::Complete)
        return HttpResponse::noContent().withHeader(QByteArrayLiteral("Upload-Offset"),
                                                    QByteArray::number(u.offset));

    QString error;
    if (!s.files.writeAt(u.storageName, u.offset, chunk, &error))
        throw DbError("file store: " + error.toStdString());
    const qint64 from = u.offset;
    u.offset += chunk.size();
    // The whole file is checked once, when its last byte is in.
    bool mismatch = false;
    if (u.offset == u.size) {
        mismatch = s.files.sha256(u.storageName, u.size) != u.sha256;
        u.status = mismatch ? Upload::Status::Failed : Upload::Status::Complete;
    }
    Transaction tx(s.db);
    if (!s.uploads.advance(u.id, from, u.offset, u.status, nowMs())) {
        // Another request moved it first; what it wrote is what the offset says.
        const auto now = s.uploads.find(u.id);
        failWithOffset(409, QStringLiteral("offset-mismatch"),
                       QStringLiteral("Upload-Offset is not where the upload stands"),
                       QStringLiteral("Another request moved the upload on."),
                       now ? now->offset : 0);
    }
    if (u.status == Upload::Status::Complete)
        appendUploadEvent(s, QStringLiteral("upload.completed"), u, p);
    else if (u.status == Upload::Status::Failed)
        appendUploadEvent(s, QStringLiteral("upload.failed"), u, p);
    tx.commit();
    if (mismatch) {
        s.files.remove(u.storageName);
        failWithOffset(460, QStringLiteral("checksum-mismatch"),
                       QStringLiteral("The file does not match its SHA-256"),
                       QStringLiteral("The upload failed and its bytes were deleted; start a "
                                      "new upload."),
                       u.offset);
    }
    return HttpResponse::noContent().withHeader(QByteArrayLiteral("Upload-Offset"),
                                                QByteArray::number(u.offset));
}

HttpResponse deleteUpload(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const Upload u = loadUpload(s, p, request, false);
    if (s.uploads.isLinked(u.id))
        fail(409, QStringLiteral("upload-in-use"), QStringLiteral("This file is in use"),
             QStringLiteral("It belongs to a deliverable or is a job attachment."));
    Transaction tx(s.db);
    s.uploads.remove(u.id);
    appendUploadEvent(s, QStringLiteral("upload.deleted"), u, p);
    if (p.isAdmin())
        s.audit.record(p.userId, QStringLiteral("upload.delete"), QStringLiteral("upload"), u.id,
                       uploadJson(u), QJsonValue::Null, clientAddress(request));
    tx.commit();
    s.files.remove(u.storageName);
    return HttpResponse::noContent();
}

} // namespace

void registerUploadRoutes(Router &router, Services &s)
{
    tusRoute(
        router, "POST", QStringLiteral("/api/v1/uploads"),
        [&s](HttpRequest &r) { return createUpload(s, r); }, RouteOptions{8 * 1024});
    tusRoute(router, "HEAD", QStringLiteral("/api/v1/uploads/{id}"),
             [&s](HttpRequest &r) { return headUpload(s, r); });
    tusRoute(
        router, "PATCH", QStringLiteral("/api/v1/uploads/{id}"),
        [&s](HttpRequest &r) { return patchUpload(s, r); }, RouteOptions{ChunkBytes});
    tusRoute(router, "DELETE", QStringLiteral("/api/v1/uploads/{id}"),
             [&s](HttpRequest &r) { return deleteUpload(s, r); });
}

} // namespace jobdesk::server
