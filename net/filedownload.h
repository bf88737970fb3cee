#pragma once

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace jobdesk::net {

class ApiClient;
class TokenSource;

// One file from GET /api/v1/files/{id} streamed to disk: written as it arrives
// (never held in memory whole), checked against the server's Repr-Digest
// SHA-256, and only then put in place under the chosen name, so a broken or
// cancelled download never leaves a partial file there. An expired access
// token is renewed once and the download started again.
class FileDownload final : public QObject
{
    Q_OBJECT

public:
    FileDownload(ApiClient *api, TokenSource *tokens, QObject *parent = nullptr);
    ~FileDownload() override;
    Q_DISABLE_COPY_MOVE(FileDownload)

    // Starts at once; `expectedSize` (from the listing) is the total until the
    // server's headers say otherwise.
    void start(const QString &fileId, const QString &targetPath, qint64 expectedSize = -1);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }
    QString targetPath() const { return m_target; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total, double bytesPerSecond);
    void finished(const QString &targetPath);
    void failed(const QString &reason);

private:
    void open();
    void onHead();
    void onData();
    void onFinished();
    void fail(const QString &reason);

    ApiClient *m_api;
    TokenSource *m_tokens;
    QNetworkAccessManager m_nam;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QElapsedTimer m_clock;
    QString m_fileId;
    QString m_certificateProblem; // why the server's certificate was refused, if it was
    QString m_target;
    QByteArray m_expectedDigest; // raw SHA-256 from Repr-Digest; empty when not sent
    qint64 m_total = -1;
    qint64 m_received = 0;
    bool m_renewed = false;
    bool m_streaming = false; // the status was 200 and the body goes to the file
};

} // namespace jobdesk::net
