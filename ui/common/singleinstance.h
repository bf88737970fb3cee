#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace jobdesk::ui {

// One running app per user session: the first instance listens on a local
// socket; a later launch finds it, asks it to come to the front and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // `socketPath` empty: <runtime dir>/jobdesk-<user>.sock.
    explicit SingleInstance(QString socketPath = {}, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    // True when this process is the first: it now listens. False when another
    // instance answered; it has been asked to raise its window. Waits at most
    // `timeoutMs` for the other instance to answer; a stale socket left by a
    // crashed instance is taken over.
    bool claim(int timeoutMs = 1000);

    QString socketPath() const { return m_path; }

Q_SIGNALS:
    // Another launch asked this instance to show its window.
    void activationRequested();

private:
    void acceptConnections();

    QString m_path;
    QLocalServer *m_server = nullptr;
};

} // namespace jobdesk::ui
