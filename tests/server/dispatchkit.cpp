#include "dispatchkit.h"

#include <QSignalSpy>
#include <QTest>

namespace jobdesk::test {

namespace {

qint64 jobOfEvent(const QJsonObject &frame)
{
    const QJsonObject data = frame.value(QStringLiteral("data")).toObject();
    if (data.contains(QStringLiteral("job")))
        return data.value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toInteger();
    if (data.contains(QStringLiteral("offer")))
        return data.value(QStringLiteral("offer"))
            .toObject()
            .value(QStringLiteral("jobId"))
            .toInteger();
    return data.value(QStringLiteral("jobId")).toInteger();
}

} // namespace

bool AdminSocket::open(quint16 port, const QString &token)
{
    QObject::connect(&ws, &QWebSocket::textMessageReceived, &ws, [this](const QString &t) {
        frames << QJsonDocument::fromJson(t.toUtf8()).object();
    });
    ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(port)));
    QSignalSpy up(&ws, &QWebSocket::connected);
    if (!up.wait(5000))
        return false;
    ws.sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                  {QStringLiteral("accessToken"), token}})
            .toJson(QJsonDocument::Compact)));
    return QTest::qWaitFor(
        [this] {
            return std::any_of(frames.cbegin(), frames.cend(), [](const QJsonObject &f) {
                return f.value(QStringLiteral("type")).toString() == QLatin1String("ready");
            });
        },
        5000);
}

QList<QJsonObject> AdminSocket::events(const QString &type, qint64 jobId) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &f : frames) {
        if (f.value(QStringLiteral("type")).toString() == type && jobOfEvent(f) == jobId)
            out << f;
    }
    return out;
}

QStringList AdminSocket::types(qint64 jobId) const
{
    QStringList out;
    for (const QJsonObject &f : frames) {
        if (f.contains(QStringLiteral("id")) && jobOfEvent(f) == jobId)
            out << f.value(QStringLiteral("type")).toString();
    }
    return out;
}

bool DispatchKit::setUp(int windowSeconds)
{
    qputenv("JOBDESK_DISPATCH_WINDOW_SECONDS", QByteArray::number(windowSeconds));
    return m.setUp();
}

DispatchWorker DispatchKit::worker(const QString &name, const QJsonObject &skills, int capacity,
                                   const QString &status)
{
    QJsonArray skillList;
    for (auto it = skills.begin(); it != skills.end(); ++it)
        skillList.append(QJsonObject{{QStringLiteral("skill"), it.key()},
                                     {QStringLiteral("level"), it.value().toInt()}});
    const QString email =
        QStringLiteral("w%1-%2@dispatch.test").arg(++m_serial).arg(name.toLower());
    const QString password = QStringLiteral("dispatch worker pass");
    const Reply r = m.http->post(
        QStringLiteral("/api/v1/users"),
        {{QStringLiteral("email"), email},
         {QStringLiteral("name"), name},
         {QStringLiteral("role"), QStringLiteral("worker")},
         {QStringLiteral("password"), password},
         {QStringLiteral("status"), status},
         {QStringLiteral("profile"), QJsonObject{{QStringLiteral("skills"), skillList},
                                                 {QStringLiteral("capacity"), capacity}}}},
        m.admin);
    if (r.status != 201) {
        qWarning("worker: %d %s", r.status, r.body.constData());
        return {};
    }
    DispatchWorker w{r.json().value(QStringLiteral("id")).toInteger(), {}};
    if (status == QLatin1String("active"))
        w.token = m.http->login(email, password);
    return w;
}

qint64 DispatchKit::job(const QString &title, const QString &skill, int minLevel, QJsonObject extra)
{
    if (!skill.isEmpty())
        extra.insert(QStringLiteral("requiredSkills"),
                     QJsonArray{QJsonObject{{QStringLiteral("skill"), skill},
                                            {QStringLiteral("minLevel"), minLevel}}});
    return m.createJob(title, extra).value(QStringLiteral("id")).toInteger();
}

Reply DispatchKit::dispatch(qint64 jobId, int windowSeconds, int shortlistSize)
{
    QJsonObject body;
    if (windowSeconds)
        body.insert(QStringLiteral("windowSeconds"), windowSeconds);
    if (shortlistSize)
        body.insert(QStringLiteral("shortlistSize"), shortlistSize);
    return m.http->post(QStringLiteral("/api/v1/jobs/%1/dispatch").arg(jobId), body, m.admin);
}

QJsonObject DispatchKit::jobJson(qint64 id)
{
    return m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(id), m.admin).json();
}

QJsonArray DispatchKit::offers(qint64 jobId)
{
    return m.http->get(QStringLiteral("/api/v1/offers?jobId=%1&limit=500").arg(jobId), m.admin)
        .items();
}

QJsonArray DispatchKit::audit(qint64 jobId)
{
    const QJsonArray newest =
        m.http
            ->get(QStringLiteral("/api/v1/audit?entity=job&entityId=%1&limit=500").arg(jobId),
                  m.admin)
            .items();
    QJsonArray out;
    for (qsizetype i = newest.size() - 1; i >= 0; --i)
        out.append(newest.at(i));
    return out;
}

QStringList DispatchKit::actions(qint64 jobId)
{
    QStringList out;
    for (const QJsonValue &v : audit(jobId))
        out << v.toObject().value(QStringLiteral("action")).toString();
    return out;
}

int DispatchKit::pendingOffers(qint64 jobId)
{
    int n = 0;
    for (const QJsonValue &v : offers(jobId))
        n += v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pending");
    return n;
}

Reply DispatchKit::decline(qint64 offerId, const DispatchWorker &w, const QString &reason)
{
    return m.http->post(QStringLiteral("/api/v1/offers/%1/decline").arg(offerId),
                        {{QStringLiteral("reason"), reason}}, w.token);
}

Reply DispatchKit::accept(qint64 offerId, const DispatchWorker &w)
{
    return m.http->post(QStringLiteral("/api/v1/offers/%1/accept").arg(offerId), {}, w.token);
}

QJsonObject offerOf(const QJsonArray &offers, qint64 workerId)
{
    for (const QJsonValue &v : offers) {
        if (v.toObject().value(QStringLiteral("workerId")).toInteger() == workerId)
            return v.toObject();
    }
    return {};
}

} // namespace jobdesk::test
