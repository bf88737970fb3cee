#include "filehasher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

namespace jobdesk::net {

namespace {

constexpr qint64 ReadBytes = 1024 * 1024;
constexpr int ProgressSteps = 1000; // progress is an int: report per mille

FileDigest stat(const QString &path)
{
    FileDigest d;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        d.error = FileHasher::tr("The file %1 does not exist.").arg(path);
        return d;
    }
    d.size = info.size();
    d.mtimeMs = info.lastModified().toMSecsSinceEpoch();
    return d;
}

void hashFile(QPromise<FileDigest> &promise, const QString &path)
{
    FileDigest before = stat(path);
    if (!before.error.isEmpty()) {
        promise.addResult(before);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        before.error = FileHasher::tr("Cannot read %1: %2").arg(path, file.errorString());
        promise.addResult(before);
        return;
    }
    promise.setProgressRange(0, ProgressSteps);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 done = 0;
    while (!file.atEnd()) {
        if (promise.isCanceled())
            return;
        const QByteArray block = file.read(ReadBytes);
        if (block.isEmpty()) {
            before.error = FileHasher::tr("Cannot read %1: %2").arg(path, file.errorString());
            promise.addResult(before);
            return;
        }
        hash.addData(block);
        done += block.size();
        if (before.size > 0)
            promise.setProgressValue(int(done * ProgressSteps / before.size));
    }
    const FileDigest after = stat(path);
    if (!after.error.isEmpty() || after.size != before.size || after.mtimeMs != before.mtimeMs ||
        done != before.size) {
        before.error = FileHasher::tr("%1 changed while it was being checked; add it again once "
                                      "it is saved.")
                           .arg(QFileInfo(path).fileName());
        promise.addResult(before);
        return;
    }
    before.sha256 = QString::fromLatin1(hash.result().toHex());
    promise.addResult(before);
}

} // namespace

FileHasher::FileHasher(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<FileDigest>::progressValueChanged, this,
            [this](int v) { Q_EMIT progress(m_total * v / ProgressSteps, m_total); });
    connect(&m_watcher, &QFutureWatcher<FileDigest>::finished, this, [this] {
        const QFuture<FileDigest> f = m_watcher.future();
        if (f.isCanceled() || f.resultCount() == 0)
            return;
        Q_EMIT finished(f.result());
    });
}

FileHasher::~FileHasher()
{
    cancel();
    m_watcher.waitForFinished();
}

void FileHasher::start(const QString &path)
{
    m_total = QFileInfo(path).size();
    m_watcher.setFuture(QtConcurrent::run(hashFile, path));
}

void FileHasher::cancel()
{
    m_watcher.cancel();
}

} // namespace jobdesk::net
