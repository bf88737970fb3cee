#include "filedownload.h"

#include "apiclient.h"
#include "certificatetrust.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace jobdesk::net {

namespace {

// "sha-256=:<base64>:" (RFC 9530) to the raw digest; empty when absent or malformed.
QByteArray digestFrom(const QByteArray &header)
{
    for (QByteArray part : header.split(',')) {
        part = part.trimmed();
        if (!part.startsWith("sha-256=:") || !part.endsWith(':'))
            continue;
        const QByteArray raw = QByteArray::fromBase64(part.mid(9, part.size() - 10));
        return raw.size() == 32 ? raw : QByteArray();
    }
    return {};
}

} // namespace

FileDownload::FileDownload(ApiClient *api, TokenSource *tokens, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_tokens(tokens)
{}

FileDownload::~FileDownload()
{
    cancel();
}

void FileDownload::start(const QString &fileId, const QString &targetPath, qint64 expectedSize)
{
    cancel();
    m_fileId = fileId;
    m_target = targetPath;
    m_total = expectedSize;
    m_renewed = false;
    open();
}

void FileDownload::open()
{
    m_received = 0;
    m_streaming = false;
    m_expectedDigest.clear();
    m_hash.reset();
    m_file.reset();
    QNetworkRequest request(m_api->url(QStringLiteral("/files/") + m_fileId));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    // Stalls fail; a long download that keeps moving does not.
    request.setTransferTimeout(60000);
    if (m_tokens)
        request.setRawHeader("Authorization", "Bearer " + m_tokens->accessToken());
    m_clock.start();
    QNetworkReply *reply = m_nam.get(request);
    m_reply = reply;
    m_certificateProblem.clear();
    // Never ignored: the reasons only make the refusal readable.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_certificateProblem = CertificateTrust::describe(errors);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &FileDownload::onHead);
    connect(reply, &QNetworkReply::readyRead, this, &FileDownload::onData);
    connect(reply, &QNetworkReply::finished, this, &FileDownload::onFinished);
}

void FileDownload::onHead()
{
    if (!m_reply || m_streaming)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error body: small, read when finished
    m_file = std::make_unique<QSaveFile>(m_target);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2")
                        .arg(QFileInfo(m_target).fileName(), m_file->errorString()));
    m_expectedDigest = digestFrom(m_reply->rawHeader("Repr-Digest"));
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > 0)
        m_total = length;
    m_streaming = true;
}

void FileDownload::onData()
{
    if (!m_reply)
        return;
    if (!m_streaming)
        onHead();
    if (!m_streaming || !m_reply)
        return;
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty())
        return;
    if (m_file->write(chunk) != chunk.size())
        return fail(tr("%1 cannot be written: %2")
                        .arg(QFileInfo(m_target).fileName(), m_file->errorString()));
    m_hash.addData(chunk);
    m_received += chunk.size();
    const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
    Q_EMIT progress(m_received, m_total, double(m_received) / seconds);
}

void FileDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    onData();
    if (!m_reply)
        return; // failed while writing
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || reply->error() == QNetworkReply::OperationCanceledError ||
        (status == 200 && reply->error() != QNetworkReply::NoError)) {
        m_file.reset();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError &&
            !m_certificateProblem.isEmpty())
            return fail(CertificateTrust::untrustedMessage(m_certificateProblem));
        return fail(tr("The download stopped: %1").arg(reply->errorString()));
    }
    if (status != 200) {
        const QJsonObject problem = QJsonDocument::fromJson(reply->readAll()).object();
        const QString type = problem.value(QStringLiteral("type")).toString();
        if (status == 401 && type.endsWith(QLatin1String(":token-expired")) && !m_renewed &&
            m_tokens) {
            m_renewed = true;
            QPointer<FileDownload> self(this);
            m_tokens->refreshAccessToken([self](bool renewed) {
                if (!self)
                    return;
                if (renewed)
                    self->open();
                else
                    self->fail(tr("Please sign in again."));
            });
            return;
        }
        const QString title = problem.value(QStringLiteral("title")).toString();
        return fail(title.isEmpty() ? tr("The server answered %1.").arg(status) : title);
    }
    if (m_total >= 0 && m_received != m_total)
        return fail(tr("The download ended early (%1 of %2 bytes).").arg(m_received).arg(m_total));
    if (!m_expectedDigest.isEmpty() && m_hash.result() != m_expectedDigest)
        return fail(tr("The file arrived damaged (its SHA-256 does not match). Try again."));
    if (!m_file || !m_file->commit()) {
        const QString why = m_file ? m_file->errorString() : tr("nothing was received");
        m_file.reset();
        return fail(tr("%1 cannot be saved: %2").arg(QFileInfo(m_target).fileName(), why));
    }
    m_file.reset();
    Q_EMIT finished(m_target);
}

void FileDownload::cancel()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_file.reset(); // uncommitted: nothing is left at the target
    m_streaming = false;
}

void FileDownload::fail(const QString &reason)
{
    cancel();
    Q_EMIT failed(reason);
}

} // namespace jobdesk::net
