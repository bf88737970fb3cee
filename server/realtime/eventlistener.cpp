#include "eventlistener.h"

#include "eventbell.h"

#include <QLoggingCategory>
#include <QSqlDriver>

#include <limits>

Q_LOGGING_CATEGORY(lcListener, "jobdesk.server.realtime", QtInfoMsg)

namespace jobdesk::server {

namespace {
constexpr int CheckIntervalMs = 30000; // the listening connection is renewed this often
}

EventListener::EventListener(DatabaseConfig config, EventBell *bell, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_bell(bell)
{
    m_renew.setInterval(CheckIntervalMs);
    connect(&m_renew, &QTimer::timeout, this, &EventListener::renew);
}

EventListener::~EventListener() = default;

bool EventListener::start(QString *error)
{
    const bool ok = connectAndListen(error);
    m_renew.start();
    return ok;
}

bool EventListener::connectAndListen(QString *error)
{
    m_db = Database::open(m_config, error);
    if (!m_db)
        return false;
    QSqlDriver *driver = m_db->connection().driver();
    if (!driver->subscribeToNotification(Database::eventChannel())) {
        *error = QStringLiteral("cannot LISTEN on %1").arg(Database::eventChannel());
        m_db.reset();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                m_bell->ring(payload.toLongLong());
            });
    return true;
}

void EventListener::renew()
{
    // A query on the listening connection would leave the driver deaf to later
    // notifications (measured: deliveries fell back to the hubs' one-second poll),
    // so its health is never probed. A new connection takes over instead, LISTENing
    // before the old one closes; one that cannot be had keeps the old one.
    QString error;
    std::unique_ptr<Database> old = std::move(m_db);
    if (connectAndListen(&error)) {
        if (!old)
            qCInfo(lcListener) << "listening for events again";
        m_bell->ring(std::numeric_limits<qint64>::max()); // whatever fell between the two
        return;
    }
    if (old)
        qCWarning(lcListener) << "cannot renew the event listener, keeping the old one:" << error;
    else
        qCWarning(lcListener) << "event notifications unavailable, the poll delivers:" << error;
    m_db = std::move(old);
}

} // namespace jobdesk::server
