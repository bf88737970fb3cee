#include "filestreamer.h"

#include "httplog.h"

#include <QTcpSocket>

#include <algorithm>

namespace jobdesk::server {

void FileStreamer::start(QTcpSocket *socket, std::unique_ptr<QFile> file, qint64 length,
                         std::function<void()> done)
{
    auto *streamer = new FileStreamer(socket, std::move(file), length, std::move(done));
    streamer->fill();
}

FileStreamer::FileStreamer(QTcpSocket *socket, std::unique_ptr<QFile> file, qint64 length,
                           std::function<void()> done)
    : QObject(socket)
    , m_socket(socket)
    , m_file(std::move(file))
    , m_remaining(length)
    , m_done(std::move(done))
{
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, &FileStreamer::onStall);
    connect(m_socket, &QIODevice::bytesWritten, this, &FileStreamer::fill);
}

void FileStreamer::fill()
{
    if (m_finished)
        return;
    while (m_remaining > 0 && m_socket->bytesToWrite() < MaxQueuedBytes) {
        const QByteArray chunk = m_file->read(std::min(ChunkBytes, m_remaining));
        if (chunk.isEmpty()) {
            // The head promised more bytes than the file has: the response cannot
            // be completed, and only closing tells the client so.
            qCWarning(lcHttp) << "file ended early while streaming" << m_file->fileName();
            m_finished = true;
            m_socket->abort();
            return;
        }
        m_socket->write(chunk);
        m_remaining -= chunk.size();
    }
    if (m_remaining > 0) {
        m_stall.start(StallTimeoutMs);
        return;
    }
    m_finished = true;
    m_stall.stop();
    m_file.reset();
    disconnect(m_socket, &QIODevice::bytesWritten, this, &FileStreamer::fill);
    const std::function<void()> done = std::move(m_done);
    deleteLater();
    if (done)
        done();
}

void FileStreamer::onStall()
{
    qCInfo(lcHttp) << "download stalled for" << StallTimeoutMs << "ms; closing"
                   << m_socket->peerAddress().toString();
    m_finished = true;
    m_socket->abort();
}

} // namespace jobdesk::server
