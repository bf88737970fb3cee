#include "codecs.h"
#include "codecsupport.h"

#include <QJsonArray>

namespace jobdesk::codec {

using detail::timeValue;

QJsonObject toJson(const Offer &o)
{
    return QJsonObject{
        {QStringLiteral("id"), o.id},
        {QStringLiteral("jobId"), o.jobId},
        {QStringLiteral("workerId"), o.workerId},
        {QStringLiteral("status"), toString(o.status)},
        {QStringLiteral("rank"), o.rank},
        {QStringLiteral("runId"), o.runId ? QJsonValue(*o.runId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("offeredAt"), timeValue(o.offeredAt)},
        {QStringLiteral("expiresAt"), timeValue(o.expiresAt)},
        {QStringLiteral("respondedAt"), timeValue(o.respondedAt)},
        {QStringLiteral("declineReason"), o.declineReason},
    };
}

QJsonObject toJson(const Deliverable &d)
{
    QJsonArray files;
    for (const DeliverableFile &f : d.files)
        files.append(QJsonObject{{QStringLiteral("id"), f.id},
                                 {QStringLiteral("name"), f.name},
                                 {QStringLiteral("size"), f.size},
                                 {QStringLiteral("sha256"), f.sha256}});
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("jobId"), d.jobId},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("note"), d.note},
        {QStringLiteral("files"), files},
        {QStringLiteral("submittedBy"), d.submittedBy},
        {QStringLiteral("submittedAt"), timeValue(d.submittedAt)},
        {QStringLiteral("reviewNote"), d.reviewNote},
    };
}

QJsonObject toJson(const Message &m)
{
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("jobId"), m.jobId},
        {QStringLiteral("authorId"), m.authorId},
        {QStringLiteral("body"), m.body},
        {QStringLiteral("sentAt"), timeValue(m.sentAt)},
    };
}

QJsonObject toJson(const Notification &n)
{
    return QJsonObject{
        {QStringLiteral("id"), n.id},
        {QStringLiteral("userId"), n.userId},
        {QStringLiteral("kind"), n.kind},
        {QStringLiteral("data"), n.data},
        {QStringLiteral("createdAt"), timeValue(n.createdAt)},
        {QStringLiteral("readAt"), timeValue(n.readAt)},
    };
}

namespace {

// QJsonObject drops a member whose value is undefined; the wire says null instead.
QJsonValue definedOrNull(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

} // namespace

QJsonObject toJson(const AuditEvent &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("actorId"), a.actorId},
        {QStringLiteral("action"), a.action},
        {QStringLiteral("entity"), a.entity},
        {QStringLiteral("entityId"), a.entityId},
        {QStringLiteral("before"), definedOrNull(a.before)},
        {QStringLiteral("after"), definedOrNull(a.after)},
        {QStringLiteral("address"), a.address},
        {QStringLiteral("at"), timeValue(a.at)},
    };
}

QJsonObject toJson(const Event &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("type"), e.type},
        {QStringLiteral("data"), e.data},
        {QStringLiteral("at"), timeValue(e.at)},
    };
}

} // namespace jobdesk::codec
