#include "uploadkit.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>

namespace jobdesk::test {

QByteArray UploadKit::bytes(qint64 size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray data(size, Qt::Uninitialized);
    qsizetype i = 0;
    for (; i + 4 <= data.size(); i += 4) {
        const quint32 v = gen.generate();
        memcpy(data.data() + i, &v, 4);
    }
    for (; i < data.size(); ++i)
        data[i] = char(gen.bounded(256));
    return data;
}

QString UploadKit::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray UploadKit::sha256Base64(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toBase64();
}

qint64 UploadKit::workingJob(const QString &title)
{
    const QJsonObject job = m.assignedJob(title, m.worker1Id);
    const qint64 id = job.value(QStringLiteral("id")).toInteger();
    const Reply r = http().post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(id),
                                {{QStringLiteral("to"), QStringLiteral("in_progress")}}, m.worker1);
    return r.status == 200 ? id : 0;
}

Reply UploadKit::createRaw(const QString &token, const QJsonObject &body)
{
    return http().post(QStringLiteral("/api/v1/uploads"), body, token);
}

Reply UploadKit::create(const QString &token, qint64 jobId, const QString &name,
                        const QByteArray &content, const QString &purpose)
{
    return createRaw(token, {{QStringLiteral("filename"), name},
                             {QStringLiteral("size"), qint64(content.size())},
                             {QStringLiteral("sha256"), sha256Hex(content)},
                             {QStringLiteral("purpose"), purpose},
                             {QStringLiteral("jobId"), jobId}});
}

Reply UploadKit::patch(const QString &token, const QString &id, qint64 offset,
                       const QByteArray &chunk, const Headers &extra, const QByteArray &contentType)
{
    Headers headers{{"Authorization", bearer(token)},
                    {"Tus-Resumable", "1.0.0"},
                    {"Content-Type", contentType},
                    {"Upload-Offset", QByteArray::number(offset)}};
    headers += extra;
    return http().send("PATCH", QStringLiteral("/api/v1/uploads/") + id, chunk, headers);
}

Reply UploadKit::head(const QString &token, const QString &id)
{
    // A real HEAD (QNetworkAccessManager then expects no body whatever Content-Length says).
    QNetworkAccessManager nam;
    QNetworkRequest request(server().url(QStringLiteral("/api/v1/uploads/") + id));
    request.setRawHeader("Authorization", bearer(token));
    request.setRawHeader("Tus-Resumable", "1.0.0");
    QNetworkReply *reply = nam.head(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.headers = reply->rawHeaderPairs();
    delete reply;
    return r;
}

Reply UploadKit::remove(const QString &token, const QString &id)
{
    return http().send("DELETE", QStringLiteral("/api/v1/uploads/") + id, {},
                       {{"Authorization", bearer(token)}, {"Tus-Resumable", "1.0.0"}});
}

Reply UploadKit::sendFrom(const QString &token, const QString &id, const QByteArray &content,
                          qint64 from, qint64 chunk, int maxChunks)
{
    Reply last;
    for (int n = 0; from < content.size() && n != maxChunks; ++n) {
        last = patch(token, id, from, content.mid(from, chunk));
        if (last.status != 204)
            return last;
        from = last.header("Upload-Offset").toLongLong();
    }
    return last;
}

QString UploadKit::upload(const QString &token, qint64 jobId, const QString &name,
                          const QByteArray &content, const QString &purpose, qint64 chunk)
{
    const Reply created = create(token, jobId, name, content, purpose);
    if (created.status != 201)
        return {};
    const QString id = created.json().value(QStringLiteral("id")).toString();
    return sendFrom(token, id, content, 0, chunk).status == 204 ? id : QString();
}

QString UploadKit::storedCopyOf(const QByteArray &content) const
{
    const QString hash = sha256Hex(content);
    QDirIterator it(QDir(server().dataDir()).filePath(QStringLiteral("files")), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.size() == content.size() && file.open(QIODevice::ReadOnly) &&
            sha256Hex(file.readAll()) == hash)
            return path;
    }
    return {};
}

} // namespace jobdesk::test
