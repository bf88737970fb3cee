#include "demoseeder.h"

#include "codecs.h"
#include "database.h"
#include "jobstore.h"
#include "passwordhasher.h"
#include "timecodec.h"
#include "timeentrystore.h"
#include "timesheetstore.h"
#include "userstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace jobdesk::server {

namespace {

const QString AdminPassword = QStringLiteral("admin-demo-pass");
const QString WorkerPassword = QStringLiteral("worker-demo-pass");

struct DemoWorker
{
    const char *email;
    const char *name;
    const char *timeZone;
    qint64 rateCents;
    int capacity;
    QList<SkillLevel> skills;
    AccountStatus status;
};

struct DemoJob
{
    const char *title;
    const char *category;
    JobStatus status;
    int worker; // index into the workers, -1 for none
    Urgency urgency;
    int estimateMinutes;
    int dueInHours;
    QList<RequiredSkill> skills;
};

QList<DemoWorker> demoWorkers()
{
    using S = SkillLevel;
    return {
        {"sokha@demo.jobdesk",
         "Sokha Chan",
         "Asia/Phnom_Penh",
         800,
         3,
         {S{QStringLiteral("logo-design"), 4}, S{QStringLiteral("illustration"), 3}},
         AccountStatus::Active},
        {"dara@demo.jobdesk",
         "Dara Kim",
         "Asia/Phnom_Penh",
         600,
         4,
         {S{QStringLiteral("data-entry"), 5}, S{QStringLiteral("spreadsheets"), 4},
          S{QStringLiteral("transcription"), 3}},
         AccountStatus::Active},
        {"vanna@demo.jobdesk",
         "Vanna Sok",
         "Asia/Phnom_Penh",
         900,
         2,
         {S{QStringLiteral("copywriting"), 4}, S{QStringLiteral("translation-km"), 5}},
         AccountStatus::Active},
        {"linh@demo.jobdesk",
         "Linh Nguyen",
         "Asia/Ho_Chi_Minh",
         1000,
         3,
         {S{QStringLiteral("research"), 5}, S{QStringLiteral("copywriting"), 3}},
         AccountStatus::Active},
        {"maria@demo.jobdesk",
         "Maria Santos",
         "Asia/Manila",
         1100,
         3,
         {S{QStringLiteral("photo-editing"), 4}, S{QStringLiteral("logo-design"), 3},
          S{QStringLiteral("illustration"), 4}},
         AccountStatus::Active},
        {"rithy@demo.jobdesk",
         "Rithy Heng",
         "Asia/Phnom_Penh",
         500,
         2,
         {S{QStringLiteral("data-entry"), 2}},
         AccountStatus::Pending},
    };
}

QList<DemoJob> demoJobs()
{
    using R = RequiredSkill;
    using J = JobStatus;
    using U = Urgency;
    return {
        {"Logo for Mekong Coffee roasters",
         "Design",
         J::Pending,
         -1,
         U::High,
         240,
         48,
         {R{QStringLiteral("logo-design"), 3}}},
        {"Enter 2,000 supplier invoices",
         "Data entry",
         J::Pending,
         -1,
         U::Normal,
         900,
         120,
         {R{QStringLiteral("data-entry"), 3}}},
        {"Market scan: solar pumps in Takeo",
         "Research",
         J::Pending,
         -1,
         U::Critical,
         360,
         20,
         {R{QStringLiteral("research"), 4}}},
        {"Product photos retouch, batch 7",
         "Design",
         J::Matching,
         -1,
         U::Normal,
         300,
         72,
         {R{QStringLiteral("photo-editing"), 3}}},
        {"Khmer captions for training video",
         "Translation",
         J::Matching,
         -1,
         U::High,
         180,
         36,
         {R{QStringLiteral("translation-km"), 4}}},
        {"Clean the CRM export",
         "Data entry",
         J::Assigned,
         1,
         U::Normal,
         480,
         96,
         {R{QStringLiteral("spreadsheets"), 3}}},
        {"Mascot sketches for Angkor Kids",
         "Design",
         J::Assigned,
         4,
         U::Low,
         600,
         240,
         {R{QStringLiteral("illustration"), 3}}},
        {"Brand refresh for Tonle Tours",
         "Design",
         J::InProgress,
         0,
         U::High,
         720,
         60,
         {R{QStringLiteral("logo-design"), 4}}},
        {"Interview transcripts, 12 hours",
         "Transcription",
         J::InProgress,
         1,
         U::Normal,
         1440,
         100,
         {R{QStringLiteral("transcription"), 3}}},
        {"Blog series: saving with mobile money",
         "Writing",
         J::InProgress,
         2,
         U::Normal,
         600,
         130,
         {R{QStringLiteral("copywriting"), 3}}},
        {"Competitor pricing table",
         "Research",
         J::InProgress,
         3,
         U::High,
         420,
         30,
         {R{QStringLiteral("research"), 3}, R{QStringLiteral("spreadsheets"), 1}}},
        {"Menu translation for Riverside Cafe",
         "Translation",
         J::Review,
         2,
         U::Normal,
         120,
         24,
         {R{QStringLiteral("translation-km"), 3}}},
        {"Icon set for the field app",
         "Design",
         J::Review,
         4,
         U::Normal,
         480,
         50,
         {R{QStringLiteral("illustration"), 3}}},
        {"Supplier contact research",
         "Research",
         J::Review,
         3,
         U::Low,
         300,
         150,
         {R{QStringLiteral("research"), 2}}},
        {"Letterhead and business cards",
         "Design",
         J::Revision,
         0,
         U::Normal,
         180,
         40,
         {R{QStringLiteral("logo-design"), 3}}},
        {"Payroll spreadsheet tidy-up",
         "Data entry",
         J::Revision,
         1,
         U::High,
         240,
         16,
         {R{QStringLiteral("spreadsheets"), 4}}},
        {"Website copy for Kampot Pepper",
         "Writing",
         J::Completed,
         2,
         U::Normal,
         360,
         -120,
         {R{QStringLiteral("copywriting"), 3}}},
        {"Catalogue photo clipping",
         "Design",
         J::Completed,
         4,
         U::Low,
         420,
         -200,
         {R{QStringLiteral("photo-editing"), 2}}},
        {"Survey data entry, wave 3",
         "Data entry",
         J::Completed,
         1,
         U::Normal,
         960,
         -300,
         {R{QStringLiteral("data-entry"), 3}}},
        {"NGO annual report research",
         "Research",
         J::Completed,
         3,
         U::Normal,
         600,
         -400,
         {R{QStringLiteral("research"), 4}}},
        {"Festival poster",
         "Design",
         J::Completed,
         0,
         U::High,
         300,
         -500,
         {R{QStringLiteral("illustration"), 2}}},
        {"Duplicate order: cancelled by client",
         "Data entry",
         J::Cancelled,
         -1,
         U::Low,
         60,
         48,
         {R{QStringLiteral("data-entry"), 1}}},
        {"Rush flyer (client withdrew)",
         "Design",
         J::Cancelled,
         0,
         U::Critical,
         90,
         12,
         {R{QStringLiteral("logo-design"), 2}}},
    };
}

const QList<std::pair<const char *, const char *>> DemoSkills = {
    {"logo-design", "Logo design"},     {"illustration", "Illustration"},
    {"photo-editing", "Photo editing"}, {"data-entry", "Data entry"},
    {"spreadsheets", "Spreadsheets"},   {"transcription", "Transcription"},
    {"copywriting", "Copywriting"},     {"translation-km", "Translation to Khmer"},
    {"research", "Desk research"},
};

} // namespace

QList<DemoLogin> seedDemoData(Database &db, QString *error)
{
    QList<DemoLogin> logins;
    try {
        if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt() > 0) {
            *error = QStringLiteral("this data directory already has accounts; seed an empty one");
            return {};
        }
        const QString adminHash = PasswordHasher::hash(AdminPassword);
        const QString workerHash = PasswordHasher::hash(WorkerPassword);
        QRandomGenerator rng(20261122); // the same demo every time
        const QDateTime now = QDateTime::currentDateTimeUtc();

        Transaction tx(db);
        for (const auto &[key, name] : DemoSkills)
            db.exec(QStringLiteral("INSERT INTO skills (skill_key, name) VALUES (?, ?)"),
                    {QLatin1String(key), QLatin1String(name)});
        UserStore users(db);
        User admin;
        admin.email = QStringLiteral("admin@demo.jobdesk");
        admin.name = QStringLiteral("Chenda Ops");
        admin.role = Role::Admin;
        admin.status = AccountStatus::Active;
        admin.createdAt = admin.updatedAt = now.addDays(-60);
        admin.id = users.create(admin, adminHash);
        logins.append({QStringLiteral("admin"), admin.email, AdminPassword});

        // Backdated audit rows, written in time order at the end, so the audit log
        // reads like weeks of operations.
        struct DemoAudit
        {
            QDateTime at;
            QString action, entity, entityId;
            QJsonValue before, after;
        };
        QList<DemoAudit> audit;
        QList<qint64> workerIds;
        for (const DemoWorker &w : demoWorkers()) {
            User u;
            u.email = QLatin1String(w.email);
            u.name = QLatin1String(w.name);
            u.role = Role::Worker;
            u.status = w.status;
            u.profile.timeZone = QLatin1String(w.timeZone);
            u.profile.hourlyRateCents = w.rateCents;
            u.profile.capacity = w.capacity;
            u.profile.skills = w.skills;
            for (int day = 1; day <= 5; ++day)
                u.profile.availability.append({day, 8 * 60, 17 * 60});
            u.profile.availability.append({6, 9 * 60, 12 * 60});
            u.createdAt = u.updatedAt = now.addDays(-45);
            workerIds.append(users.create(u, workerHash));
            u.id = workerIds.last();
            User registered = u;
            registered.status = AccountStatus::Pending;
            audit.append({u.createdAt, QStringLiteral("user.create"), QStringLiteral("user"),
                          QString::number(u.id), QJsonValue::Null, codec::toJson(registered)});
            if (w.status == AccountStatus::Active)
                audit.append({u.createdAt.addSecs(3 * 3600), QStringLiteral("user.approve"),
                              QStringLiteral("user"), QString::number(u.id),
                              codec::toJson(registered), codec::toJson(u)});
            if (workerIds.size() == 1) { // Sokha's rate and capacity went up after a month
                User earlier = u;
                earlier.profile.capacity = 2;
                earlier.profile.hourlyRateCents = 700;
                audit.append({now.addDays(-12), QStringLiteral("user.update"),
                              QStringLiteral("user"), QString::number(u.id), codec::toJson(earlier),
                              codec::toJson(u)});
            }
            if (w.status == AccountStatus::Active)
                logins.append({QStringLiteral("worker"), u.email, WorkerPassword});
        }

        JobStore jobs(db);
        TimeEntryStore entries(db);
        int n = 0;
        for (const DemoJob &d : demoJobs()) {
            Job j;
            j.title = QLatin1String(d.title);
            j.description =
                QStringLiteral("Demo job. Brief, files and acceptance notes would be here.");
            j.clientRef = QStringLiteral("CL-%1").arg(1040 + n * 7);
            j.category = QLatin1String(d.category);
            j.requiredSkills = d.skills;
            j.urgency = d.urgency;
            j.estimateMinutes = d.estimateMinutes;
            j.dueAt = now.addSecs(qint64(d.dueInHours) * 3600);
            j.status = d.status;
            if (d.worker >= 0)
                j.workerId = workerIds.at(d.worker);
            j.revisionCount = d.status == JobStatus::Revision ? 1 : 0;
            j.needsAttention = n == 2; // the critical research job fell through a cascade
            j.createdBy = admin.id;
            j.createdAt = now.addDays(-(28 - n));
            j.updatedAt = now.addDays(-(n % 3));
            // Lifecycle times and ratings, as the analytics charts read them.
            if (j.workerId)
                j.assignedAt = j.createdAt.addSecs(3600 * (1 + n % 7));
            if (d.status == JobStatus::Completed) {
                j.completedAt = j.createdAt.addDays(2 + n % 4).addSecs(3600 * (n % 5));
                j.dueAt = j.completedAt.addSecs(3600 * (n % 3 == 0 ? -6 : 20)); // one was late
                j.rating = 3 + n % 3;
                j.revisionCount = n % 2;
            }
            j.id = jobs.create(j);
            Job fresh = j;
            fresh.status = JobStatus::Pending;
            fresh.workerId.reset();
            audit.append({j.createdAt, QStringLiteral("job.create"), QStringLiteral("job"),
                          QString::number(j.id), QJsonValue::Null, codec::toJson(fresh)});
            if (j.assignedAt.isValid()) {
                Job assigned = j;
                assigned.status = JobStatus::Assigned;
                audit.append({j.assignedAt, QStringLiteral("job.assign"), QStringLiteral("job"),
                              QString::number(j.id), codec::toJson(fresh),
                              codec::toJson(assigned)});
                // The offers that led there: some were declined or ran out first.
                const auto offer = [&](qint64 worker, const QString &status, int minutesBefore,
                                       const QString &reason) {
                    const QDateTime at = j.assignedAt.addSecs(-60 * minutesBefore);
                    db.exec(QStringLiteral("INSERT INTO offers (job_id, worker_id, status, rank, "
                                           "offered_at, expires_at, responded_at, "
                                           "decline_reason) VALUES (?, ?, ?, 1, ?, ?, ?, ?)"),
                            {j.id, worker, status, toDb(at), toDb(at.addSecs(15 * 60)),
                             status == QLatin1String("expired")
                                 ? QVariant(QMetaType::fromType<qint64>())
                                 : QVariant(toDb(at.addSecs(4 * 60))),
                             reason});
                };
                if (n % 3 == 0)
                    offer(workerIds.at((d.worker + 1) % 5), QStringLiteral("declined"), 50,
                          QStringLiteral("Fully booked this week"));
                if (n % 4 == 1)
                    offer(workerIds.at((d.worker + 2) % 5), QStringLiteral("expired"), 30, {});
                offer(*j.workerId, QStringLiteral("accepted"), 10, {});
            }
            if (j.completedAt.isValid()) {
                Job review = j;
                review.status = JobStatus::Review;
                review.completedAt = QDateTime();
                review.rating.reset();
                audit.append({j.completedAt, QStringLiteral("job.transition"),
                              QStringLiteral("job"), QString::number(j.id), codec::toJson(review),
                              codec::toJson(j)});
            }
            if (d.status == JobStatus::Matching) {
                db.exec(QStringLiteral("INSERT INTO offers (job_id, worker_id, status, rank, "
                                       "offered_at, expires_at) VALUES (?, ?, 'pending', 1, ?, ?)"),
                        {j.id, workerIds.at(n == 3 ? 4 : 2), toDb(now.addSecs(-120)),
                         toDb(now.addSecs(13 * 60))});
            }
            const bool tracked =
                j.workerId && d.status != JobStatus::Assigned && d.status != JobStatus::Cancelled;
            // A few sessions of 30 min to 3 h on weekdays of the past four weeks.
            for (int k = 0; tracked && k < 3 + n % 4; ++k) {
                TimeEntry e;
                e.id = QUuid::createUuid();
                e.jobId = j.id;
                e.workerId = *j.workerId;
                const QDate day = now.date().addDays(-int(rng.bounded(1, 27)));
                e.startedAt = QDateTime(day, QTime(1 + int(rng.bounded(0, 6)), 0), Qt::UTC)
                                  .addSecs(qint64(rng.bounded(0, 4)) * 900);
                e.endedAt = e.startedAt.addSecs(qint64(rng.bounded(2, 13)) * 900);
                e.note = k == 0 ? QStringLiteral("First pass") : QString();
                e.source = k % 3 == 2 ? TimeEntrySource::Manual : TimeEntrySource::Timer;
                e.updatedAt = e.endedAt;
                entries.insert(e);
            }
            ++n;
        }
        // Weeks two to four back are approved, as payroll would have them.
        TimesheetStore timesheets(db);
        const QDate thisMonday = now.date().addDays(1 - now.date().dayOfWeek());
        for (int weeksAgo = 4; weeksAgo >= 2; --weeksAgo) {
            const QDate monday = thisMonday.addDays(-7 * weeksAgo);
            const QDateTime at(monday.addDays(8), QTime(3, 30), Qt::UTC);
            for (qsizetype i = 0; i < workerIds.size(); ++i) {
                if (demoWorkers().at(i).status != AccountStatus::Active ||
                    (weeksAgo == 2 && i == 3) || // Linh's week is still waiting
                    !timesheets.approve(workerIds.at(i), monday, admin.id, at))
                    continue;
                const QString id =
                    QStringLiteral("%1/%2").arg(workerIds.at(i)).arg(monday.toString(Qt::ISODate));
                audit.append(
                    {at, QStringLiteral("timesheet.approve"), QStringLiteral("timesheet"), id,
                     QJsonValue::Null,
                     QJsonObject{{QStringLiteral("workerId"), workerIds.at(i)},
                                 {QStringLiteral("name"), QLatin1String(demoWorkers().at(i).name)},
                                 {QStringLiteral("weekStart"), monday.toString(Qt::ISODate)},
                                 {QStringLiteral("status"), QStringLiteral("approved")}}});
            }
        }
        std::sort(audit.begin(), audit.end(),
                  [](const DemoAudit &a, const DemoAudit &b) { return a.at < b.at; });
        const auto json = [](const QJsonValue &v) {
            return v.isObject() ? QVariant(QString::fromUtf8(
                                      QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)))
                                : QVariant(QMetaType::fromType<QString>());
        };
        for (const DemoAudit &a : audit)
            db.exec(QStringLiteral("INSERT INTO audit_log (actor_id, action, entity, entity_id, "
                                   "before_json, after_json, address, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {admin.id, a.action, a.entity, a.entityId, json(a.before), json(a.after),
                     QStringLiteral("203.0.113.10"), toDb(a.at)});
        tx.commit();
    } catch (const DbError &e) {
        *error = QString::fromUtf8(e.what());
        return {};
    }
    return logins;
}

} // namespace jobdesk::server
