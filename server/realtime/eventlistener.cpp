#include "eventlistener.h"

#include "eventbell.h"

#include <QLoggingCategory>
#include <QSqlDriver>

#include <limits>

Q_LOGGING_CATEGORY(lcListener, "jobdesk.server.realtime", QtInfoMsg)

namespace jobdesk::server {

namespace {
constexpr int CheckIntervalMs = 5000;
}

EventListener::EventListener(DatabaseConfig config, EventBell *bell, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_bell(bell)
{
    m_check.setInterval(CheckIntervalMs);
    connect(&m_check, &QTimer::timeout, this, &EventListener::check);
}

EventListener::~EventListener() = default;

bool EventListener::start(QString *error)
{
    const bool ok = connectAndListen(error);
    m_check.start();
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

void EventListener::check()
{
    if (m_db) {
        try {
            m_db->scalar(QStringLiteral("SELECT 1"));
            return;
        } catch (const DbError &e) {
            qCWarning(lcListener) << "event notifications lost, reconnecting:" << e.what();
            m_db.reset();
        }
    }
    QString error;
    if (connectAndListen(&error)) {
        qCInfo(lcListener) << "listening for events again";
        m_bell->ring(std::numeric_limits<qint64>::max()); // catch up on what was missed
    }
}

} // namespace jobdesk::server
