#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace jobdesk::net {

class TokenSource;

// The app's end of /api/v1/ws (docs/realtime.md): signs in with the access token,
// resumes after the last event id it handled, reconnects with backoff, renews the
// token before it expires, and hands each event over once, in order.
class RealtimeClient final : public QObject
{
    Q_OBJECT

public:
    RealtimeClient(TokenSource *tokens, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RealtimeClient)

    enum class State { Disconnected, Connecting, Live };
    Q_ENUM(State)

    // serverUrl like http://host:port; the socket goes to ws(s)://host:port/api/v1/ws.
    // afterEventId < 0 starts from now (the caller loads current state once live);
    // reconnects always resume after the last event handed over.
    void start(const QUrl &serverUrl, qint64 afterEventId);
    void stop();
    State state() const { return m_state; }
    qint64 lastEventId() const { return m_lastId; }
    // Sends the current access token again (after a refresh).
    void renewToken();

Q_SIGNALS:
    void event(qint64 id, const QString &type, const QJsonObject &data);
    void stateChanged(jobdesk::net::RealtimeClient::State state);
    // The server says too much was missed: reload lists with GET /events?after=id.
    void resyncNeeded(qint64 afterEventId);

private:
    void open();
    void onText(const QString &text);
    void onDisconnected();
    void setState(State s);

    TokenSource *m_tokens;
    QWebSocket m_socket;
    QUrl m_url;
    qint64 m_lastId = 0;
    State m_state = State::Disconnected;
    bool m_running = false;
    int m_attempt = 0;
    QTimer m_retry;
};

} // namespace jobdesk::net
