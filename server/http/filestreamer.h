#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace jobdesk::server {

// Writes a file's bytes to a socket after the response head, a chunk at a time,
// keeping at most a bounded amount queued in the socket (refilled on
// bytesWritten), so a download costs the same memory whatever its size.
// Lives as a child of the socket and dies with it.
class FileStreamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileStreamer)

public:
    static constexpr qint64 ChunkBytes = 64 * 1024;
    static constexpr qint64 MaxQueuedBytes = 256 * 1024;
    static constexpr int StallTimeoutMs = 60000; // no byte left for this long -> abort

    // Starts streaming `length` bytes of the open `file`; `done` runs once the last
    // byte is queued. A file that turns out shorter aborts the connection.
    static void start(QTcpSocket *socket, std::unique_ptr<QFile> file, qint64 length,
                      std::function<void()> done);

private:
    FileStreamer(QTcpSocket *socket, std::unique_ptr<QFile> file, qint64 length,
                 std::function<void()> done);
    void fill();
    void onStall();

    QTcpSocket *m_socket;
    std::unique_ptr<QFile> m_file;
    qint64 m_remaining;
    std::function<void()> m_done;
    QTimer m_stall;
    bool m_finished = false;
};

} // namespace jobdesk::server
