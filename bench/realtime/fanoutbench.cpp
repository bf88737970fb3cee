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

namespace {

struct Peer
{
    std::unique_ptr<QWebSocket> socket;
    bool ready = false;
    qint64 arrivedNs = -1; // this round's event, from the round's clock
};

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
    FanOut(QStringList urls, QString token, int sockets, int rounds, int inFlight)
        : m_urls(std::move(urls))
        , m_token(std::move(token))
        , m_total(sockets)
        , m_rounds(rounds)
        , m_inFlight(inFlight)
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
        if (++m_arrived == m_ready)
            finishRound();
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
    std::vector<Peer> m_peers;
    int m_opened = 0, m_ready = 0, m_failed = 0, m_arrived = 0, m_roundNo = 0;
    bool m_started = false;
    QString m_roundTitle;
    double m_restMs = 0; // until the REST answer that made the event arrived
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
    p.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("Instances, http://HOST:PORT."));
    p.process(app);
    if (p.positionalArguments().isEmpty() || p.value(QStringLiteral("token")).isEmpty()) {
        std::fprintf(stderr, "usage: jobdesk-bench-fanout --token T [--sockets N] URL...\n");
        return 2;
    }
    FanOut bench(p.positionalArguments(), p.value(QStringLiteral("token")),
                 qBound(1, p.value(QStringLiteral("sockets")).toInt(), 50000),
                 qBound(1, p.value(QStringLiteral("rounds")).toInt(), 100),
                 qBound(1, p.value(QStringLiteral("in-flight")).toInt(), 5000));
    QTimer::singleShot(0, &bench, [&bench] { bench.start(); });
    // Bounded: the whole run ends after ten minutes whatever happens.
    QTimer::singleShot(600000, &app, [] {
        std::fprintf(stderr, "fan-out benchmark timed out\n");
        QCoreApplication::exit(3);
    });
    return QCoreApplication::exec();
}
