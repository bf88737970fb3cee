#pragma once

#include "testserver.h"

#include <QByteArray>
#include <QString>

namespace jobdesk::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// tus requests against a World's server, and deterministic test data.
class UploadKit final
{
public:
    explicit UploadKit(World &world)
        : m(world)
    {}

    static QByteArray bytes(qint64 size, quint32 seed);
    static QString sha256Hex(const QByteArray &data);
    static QByteArray sha256Base64(const QByteArray &data);

    // A job assigned to worker 1 and in progress.
    qint64 workingJob(const QString &title);
    Reply create(const QString &token, qint64 jobId, const QString &name, const QByteArray &content,
                 const QString &purpose = QStringLiteral("deliverable"));
    Reply createRaw(const QString &token, const QJsonObject &body);
    Reply patch(const QString &token, const QString &id, qint64 offset, const QByteArray &chunk,
                const Headers &extra = {},
                const QByteArray &contentType = "application/offset+octet-stream");
    Reply head(const QString &token, const QString &id);
    Reply remove(const QString &token, const QString &id);
    // PATCHes `content` from `from` in `chunk`-sized pieces, at most `maxChunks`
    // of them (-1: to the end); returns the last answer.
    Reply sendFrom(const QString &token, const QString &id, const QByteArray &content, qint64 from,
                   qint64 chunk, int maxChunks = -1);
    // Creates and sends a whole file; returns the upload id ("" on failure).
    QString upload(const QString &token, qint64 jobId, const QString &name,
                   const QByteArray &content,
                   const QString &purpose = QStringLiteral("deliverable"), qint64 chunk = 1 << 20);
    // The file in the server's data dir holding exactly `content` ("" if none).
    QString storedCopyOf(const QByteArray &content) const;

    // The same requests sent to another instance on the world's database.
    UploadKit through(const TestServer &server, Http &http) const
    {
        UploadKit kit(m);
        kit.m_server = &server;
        kit.m_http = &http;
        return kit;
    }

private:
    Http &http() const { return m_http ? *m_http : *m.http; }
    const TestServer &server() const { return m_server ? *m_server : m.server; }

    World &m;
    const TestServer *m_server = nullptr;
    Http *m_http = nullptr;
};

} // namespace jobdesk::test
