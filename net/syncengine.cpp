#include "syncengine.h"

#include "apiclient.h"
#include "localstore.h"

#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSync, "jobdesk.net.sync", QtInfoMsg)

namespace jobdesk::net {

namespace {

std::optional<SyncOutcome> outcomeFromString(const QString &s)
{
    for (const SyncOutcome o : {SyncOutcome::Applied, SyncOutcome::Unchanged, SyncOutcome::Conflict,
                                SyncOutcome::Rejected}) {
        if (s == toString(o))
            return o;
    }
    return std::nullopt;
}

} // namespace

SyncEngine::SyncEngine(LocalStore *store, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (!m_retry.isActive()) // offline: the retry comes soon enough
            syncNow();
    });
    connect(m_store, &LocalStore::entriesChanged, this, [this] {
        publishCounts();
        if (m_autoSync && !m_busy && m_counts.pending > 0)
            m_debounce.start();
    });
    connect(m_api, &ApiClient::reachabilityChanged, this, [this](bool online) {
        if (online && m_autoSync && m_retry.isActive())
            syncNow();
    });
    publishCounts();
}

void SyncEngine::setBatchSize(int entries)
{
    m_batchSize = qBound(1, entries, int(MaxBatch));
}

void SyncEngine::setRetryDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = qMax(1, firstMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxMs);
}

void SyncEngine::setAutoSync(bool on)
{
    m_autoSync = on;
    if (on)
        syncNow();
    else
        m_retry.stop();
}

void SyncEngine::publishCounts()
{
    const auto counts = m_store->counts();
    if (!counts.ok() || counts.value == m_counts)
        return;
    m_counts = counts.value;
    Q_EMIT stateChanged(m_counts);
}

void SyncEngine::syncNow()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_retry.stop();
    m_debounce.stop();
    m_busy = true;
    m_again = false;
    publishCounts();
    m_total = m_counts.pending;
    m_answered = 0;
    Q_EMIT syncStarted();
    sendBatch();
}

void SyncEngine::sendBatch()
{
    const auto pending = m_store->pendingBatch(m_batchSize);
    if (!pending.ok())
        return fail(pending.error, true);
    QList<LocalEntry> sent;
    QJsonArray entries;
    qsizetype bytes = 0;
    for (const LocalEntry &l : pending.value) {
        const QJsonObject o = toSyncJson(l.entry);
        bytes += QJsonDocument(o).toJson(QJsonDocument::Compact).size() + 1;
        if (bytes > MaxBatchBytes && !sent.isEmpty())
            break;
        entries.append(o);
        sent.append(l);
    }
    if (sent.isEmpty()) {
        m_nextDelayMs = 0;
        m_lastError.clear();
        return finish();
    }
    m_total = qMax(m_total, m_answered + int(sent.size()));
    m_api->post(QStringLiteral("/time-entries/sync"), {{QStringLiteral("entries"), entries}}, this,
                [this, sent](const ApiResult &result) { handle(sent, result); });
}

void SyncEngine::handle(const QList<LocalEntry> &sent, const ApiResult &result)
{
    if (result.status == 413 && m_batchSize > 1) {
        m_batchSize = qMax(1, m_batchSize / 2);
        return sendBatch();
    }
    if (result.status == 401 || result.status == 403) // the session layer asks to sign in
        return fail(result.message(), false);
    if (!result.ok())
        return fail(result.message(), true);
    const int answered = applyResults(sent, result);
    if (answered == 0)
        return fail(tr("The server's answer to the time sync was not understood."), true);
    m_answered += answered;
    publishCounts();
    Q_EMIT progress(m_answered, m_total);
    sendBatch();
}

int SyncEngine::applyResults(const QList<LocalEntry> &sent, const ApiResult &result)
{
    QHash<QString, QJsonObject> byId;
    const QJsonArray results = result.json.value(QStringLiteral("results")).toArray();
    for (const auto &v : results) {
        const QJsonObject o = v.toObject();
        byId.insert(o.value(QStringLiteral("id")).toString(), o);
    }
    QList<LocalStore::Answer> answers;
    for (const LocalEntry &l : sent) {
        const QJsonObject r = byId.value(l.entry.id.toString(QUuid::WithoutBraces));
        const auto outcome = outcomeFromString(r.value(QStringLiteral("outcome")).toString());
        if (!outcome)
            continue; // stays pending and goes out again
        if (*outcome == SyncOutcome::Rejected || *outcome == SyncOutcome::Conflict)
            qCInfo(lcSync) << l.entry.id << toString(*outcome)
                           << r.value(QStringLiteral("reason")).toString();
        answers.append({l.entry.id, l.entry.revision, *outcome,
                        r.value(QStringLiteral("reason")).toString(),
                        entryFromServerJson(r.value(QStringLiteral("entry")).toObject())});
    }
    // One transaction for the batch: with synchronous=FULL, one disk sync instead of 500.
    if (const Status s = m_store->markResults(answers); !s) {
        qCWarning(lcSync) << "cannot record the answers:" << s.error;
        return 0;
    }
    const int answered = int(answers.size());
    return answered;
}

void SyncEngine::fail(const QString &error, bool retry)
{
    m_lastError = error;
    qCInfo(lcSync) << "time sync failed:" << error;
    if (retry) {
        m_nextDelayMs = m_nextDelayMs == 0 ? m_firstDelayMs : qMin(m_maxDelayMs, m_nextDelayMs * 2);
        const int jitter = int(QRandomGenerator::global()->bounded(m_nextDelayMs / 5 + 1));
        const int delay = qMin(m_maxDelayMs, m_nextDelayMs + jitter);
        m_retry.start(delay);
        Q_EMIT retryIn(delay);
    }
    finish();
}

void SyncEngine::finish()
{
    m_busy = false;
    publishCounts();
    Q_EMIT syncFinished(m_lastError.isEmpty(), m_lastError);
    if (m_again && !m_retry.isActive())
        syncNow();
}

} // namespace jobdesk::net
