// WebSocket fan-out: N authenticated sockets (spread over the given instances),
// then one event per round made through REST; for each socket, the time from just
// before the REST request left until that event's frame arrived. Single-threaded
// on purpose: on a 2-core machine the server needs the other core.
//
//   jobdesk-bench-fanout --token T --sockets 5000 --rounds 5 URL [URL...]
// URLs are http://HOST:PORT of instances; the event is made through the first.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <time.h>
#include <unistd.h>

namespace {

struct Peer
{
    std::unique_ptr<QWebSocket> socket;
    bool ready = false;
    qint64 arrivedNs = -1; // this round's event, from the round's clock
};

// CPU time of this process (ms): with client and server on the same two cores, a
// client that needs most of a round's wall time for itself is part of the figure.
double ownCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// User + system CPU time (ms) of other processes (the servers), from /proc/PID/stat.
double processesCpuMs(const QList<qint64> &pids)
{
    static const double msPerTick = 1000.0 / double(sysconf(_SC_CLK_TCK));
    double sum = 0;
    for (qint64 pid : pids) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = f.readAll();
        // Fields after the command name, which is in parentheses and may hold spaces.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            sum += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * msPerTick;
    }
    return sum;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size() - 1) + 0.5));
    return v[i];
}

class FanOut final : public QObject
{
public:
    FanOut(QStringList urls, QString token, int sockets, int rounds, int inFlight,
           QList<qint64> serverPids)
        : m_urls(std::move(urls))
        , m_token(std::move(token))
        , m_total(sockets)
        , m_rounds(rounds)
        , m_inFlight(inFlight)
        , m_serverPids(std::move(serverPids))
    {}

    void start()
    {
        m_clock.start();
        m_peers.resize(size_t(m_total));
        for (int i = 0; i < std::min(m_inFlight, m_total); ++i)
            openNext();
    }

private:
    void openNext()
    {
        if (m_opened >= m_total)
            return;
        const int index = m_opened++;
        Peer &peer = m_peers[size_t(index)];
        peer.socket = std::make_unique<QWebSocket>();
        QWebSocket *ws = peer.socket.get();
        ws->setMaxAllowedIncomingMessageSize(1 << 20);
        connect(ws, &QWebSocket::connected, this, [this, ws] {
            ws->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                          {QStringLiteral("accessToken"), m_token}})
                    .toJson(QJsonDocument::Compact)));
        });
        connect(ws, &QWebSocket::textMessageReceived, this,
                [this, index](const QString &text) { onFrame(index, text); });
        connect(ws, &QWebSocket::disconnected, this, [this, index] {
            if (!m_peers[size_t(index)].ready)
                ++m_failed;
            openNext(); // a failed open frees its slot too
            checkAllReady();
        });
        const QString base = m_urls.at(index % m_urls.size());
        QUrl url(base);
        url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                             : QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/ws"));
        ws->open(url);
    }

    void onFrame(int index, const QString &text)
    {
        Peer &peer = m_peers[size_t(index)];
        if (!peer.ready) {
            if (text.contains(QLatin1String("\"ready\""))) {
                peer.ready = true;
                ++m_ready;
                openNext();
                checkAllReady();
            }
            return;
        }
        if (m_roundTitle.isEmpty() || peer.arrivedNs >= 0 || !text.contains(m_roundTitle))
            return;
        peer.arrivedNs = m_round.nsecsElapsed();
        if (m_atMs < 0)
            m_atMs = commitStamp(text);
        if (++m_arrived == m_ready)
            finishRound();
    }

    // The event's "at" (the server's clock when it was committed, ms), from the first
    // frame only: parsing 5,000 frames would add to the very delay being measured.
    static qint64 commitStamp(const QString &text)
    {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        const QDateTime at =
            QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        return at.isValid() ? at.toMSecsSinceEpoch() : -1;
    }

    void checkAllReady()
    {
        if (m_started || m_ready + m_failed < m_total)
            return;
        m_started = true;
        std::printf("FANOUT sockets_ready=%d failed=%d connect_seconds=%.2f\n", m_ready, m_failed,
                    double(m_clock.elapsed()) / 1000.0);
        std::printf("FANOUT_READY\n"); // the runner reads server memory here
        std::fflush(stdout);
        // Let the runner sample memory, then start the rounds.
        QTimer::singleShot(3000, this, [this] { nextRound(); });
    }

    void nextRound()
    {
        if (m_roundNo >= m_rounds) {
            QCoreApplication::exit(m_failed ? 1 : 0);
            return;
        }
        ++m_roundNo;
        for (Peer &p : m_peers)
            p.arrivedNs = -1;
        m_arrived = 0;
        m_roundTitle = QStringLiteral("Fan-out round %1 at %2")
                           .arg(m_roundNo)
                           .arg(QDateTime::currentMSecsSinceEpoch());
        QNetworkRequest request(QUrl(m_urls.first() + QStringLiteral("/api/v1/jobs")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        m_atMs = -1;
        m_sentWallMs = QDateTime::currentMSecsSinceEpoch();
        m_ownCpu0 = ownCpuMs();
        m_serverCpu0 = processesCpuMs(m_serverPids);
        m_round.start();
        QNetworkReply *reply =
            m_nam.post(request, QJsonDocument(QJsonObject{{QStringLiteral("title"), m_roundTitle}})
                                    .toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_restMs = double(m_round.nsecsElapsed()) / 1e6;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 201)
                std::fprintf(stderr, "creating the round's job answered %d\n", status);
            reply->deleteLater();
        });
        QTimer::singleShot(10000, this, [this, round = m_roundNo] {
            if (round == m_roundNo && m_arrived < m_ready)
                finishRound();
        });
    }

    void finishRound()
    {
        // Until the last frame (or the timeout): the REST answer may still be on its way.
        const double clientCpu = ownCpuMs() - m_ownCpu0;
        const double serverCpu = processesCpuMs(m_serverPids) - m_serverCpu0;
        std::vector<double> ms;
        for (const Peer &p : m_peers) {
            if (p.ready && p.arrivedNs >= 0)
                ms.push_back(double(p.arrivedNs) / 1e6);
        }
        std::printf("FANOUT round=%d received=%zu/%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f "
                    "max_ms=%.1f first_ms=%.1f rest_ms=%.1f",
                    m_roundNo, ms.size(), m_ready, percentile(ms, 50), percentile(ms, 90),
                    percentile(ms, 99), ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()),
                    percentile(ms, 0), m_restMs);
        // Per instance: the event is made through the first; the others hear of it
        // through the database's notification.
        for (int u = 0; m_urls.size() > 1 && u < m_urls.size(); ++u) {
            std::vector<double> mine;
            for (size_t i = size_t(u); i < m_peers.size(); i += size_t(m_urls.size())) {
                if (m_peers[i].ready && m_peers[i].arrivedNs >= 0)
                    mine.push_back(double(m_peers[i].arrivedNs) / 1e6);
            }
            std::printf(" instance%d_p50_ms=%.1f instance%d_p99_ms=%.1f", u + 1,
                        percentile(mine, 50), u + 1, percentile(mine, 99));
        }
        // From the event's "at" (stamped in the transaction; same machine, same clock, ms
        // resolution): the hub's and the sockets' share, without the REST request.
        if (m_atMs >= 0 && !ms.empty()) {
            const double stamped = double(m_atMs - m_sentWallMs);
            std::vector<double> after;
            after.reserve(ms.size());
            for (double v : ms)
                after.push_back(v - stamped);
            std::printf(" at_ms=%.0f from_at_p50_ms=%.1f from_at_p99_ms=%.1f", stamped,
                        percentile(after, 50), percentile(after, 99));
        }
        std::printf(" client_cpu_ms=%.0f", clientCpu);
        if (!m_serverPids.isEmpty())
            std::printf(" server_cpu_ms=%.0f", serverCpu); // clock ticks: 10 ms steps
        std::printf("\n");
        std::fflush(stdout);
        m_roundTitle.clear();
        QTimer::singleShot(1000, this, [this] { nextRound(); });
    }

    QStringList m_urls;
    QString m_token;
    int m_total;
    int m_rounds;
    int m_inFlight;
    QList<qint64> m_serverPids;
    double m_ownCpu0 = 0, m_serverCpu0 = 0; // at the round's start
    std::vector<Peer> m_peers;
    int m_opened = 0, m_ready = 0, m_failed = 0, m_arrived = 0, m_roundNo = 0;
    bool m_started = false;
    QString m_roundTitle;
    double m_restMs = 0;     // until the REST answer that made the event arrived
    qint64 m_sentWallMs = 0; // wall clock when the round's REST request left
    qint64 m_atMs = -1;      // the round's event's "at"
    QElapsedTimer m_clock, m_round;
    QNetworkAccessManager m_nam;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("token"), QStringLiteral("An admin's access token."), QStringLiteral("T")});
    p.addOption({QStringLiteral("sockets"), QStringLiteral("Sockets to open (default 5000)."),
                 QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("rounds"), QStringLiteral("Events to time (default 5)."),
                 QStringLiteral("R"), QStringLiteral("5")});
    p.addOption({QStringLiteral("in-flight"),
                 QStringLiteral("Handshakes under way at once (default 200)."), QStringLiteral("K"),
                 QStringLiteral("200")});
    p.addOption({QStringLiteral("server-pids"),
                 QStringLiteral("Server processes whose CPU time to report per round (a,b)."),
                 QStringLiteral("PIDS")});
    p.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("Instances, http://HOST:PORT."));
    p.process(app);
    if (p.positionalArguments().isEmpty() || p.value(QStringLiteral("token")).isEmpty()) {
        std::fprintf(stderr, "usage: jobdesk-bench-fanout --token T [--sockets N] URL...\n");
        return 2;
    }
    QList<qint64> pids;
    const QStringList pidList =
        p.value(QStringLiteral("server-pids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pid : pidList)
        pids << pid.toLongLong();
    FanOut bench(p.positionalArguments(), p.value(QStringLiteral("token")),
                 qBound(1, p.value(QStringLiteral("sockets")).toInt(), 50000),
                 qBound(1, p.value(QStringLiteral("rounds")).toInt(), 100),
                 qBound(1, p.value(QStringLiteral("in-flight")).toInt(), 5000), pids);
    QTimer::singleShot(0, &bench, [&bench] { bench.start(); });
    // Bounded: the whole run ends after ten minutes whatever happens.
    QTimer::singleShot(600000, &app, [] {
        std::fprintf(stderr, "fan-out benchmark timed out\n");
        QCoreApplication::exit(3);
    });
    return QCoreApplication::exec();
}
