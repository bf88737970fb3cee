-- Synthetic year of operations for bench/run-analytics, for the sqlite3 shell on a
-- migrated, empty jobdesk database whose only account is the admin (id 1). The
-- shell's parameters set the size: @year_start (ms, a UTC midnight), @workers,
-- @jobs, @entries_per_job. Everything derives from the row numbers: the same
-- parameters give the same database.
--
-- Workers 2..@workers+1: hourly rates 15..34 EUR, every other one with weekday
-- slots 09:00-17:00, the rest with none (40 h/week for analytics).
-- Jobs: created evenly over the year; 80% completed, 5% each cancelled, pending,
-- in progress, review; assigned 5 minutes to 8 hours after creation, completed
-- 1 hour to 5 days after assignment; every 7th completed job had a revision round.
-- Offers: three per job, the last one to the job's worker (accepted when assigned).
-- Time entries: @entries_per_job per job by its worker, 5 to 35 minutes each (with
-- the defaults about 32 hours a week per worker), 2% deleted. Timesheets: every worker's 52 weeks approved.

PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;

WITH RECURSIVE w(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM w WHERE n + 1 < @workers)
INSERT INTO users (id, email, name, role, status, password_hash, hourly_rate_cents, capacity,
                   time_zone, availability, created_at, updated_at, version)
SELECT n + 2, printf('worker%03d@bench.invalid', n), printf('Worker %03d', n), 'worker', 'active',
       '!', 1500 + (n % 20) * 100, 3, 'UTC',
       CASE n % 2 WHEN 0 THEN '[[1,540,1020],[2,540,1020],[3,540,1020],[4,540,1020],[5,540,1020]]'
                  ELSE '[]' END,
       @year_start, @year_start, 1
FROM w;

CREATE TEMP TABLE bench_jobs AS
WITH RECURSIVE j(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM j WHERE i + 1 < @jobs)
SELECT i,
       @year_start + i * (365 * 86400000 / @jobs) + (i * 7919) % 3600000 AS created,
       CASE i % 20 WHEN 0 THEN 'cancelled' WHEN 1 THEN 'pending' WHEN 2 THEN 'in_progress'
                   WHEN 3 THEN 'review' ELSE 'completed' END AS status,
       2 + i % @workers AS worker
FROM j;

INSERT INTO jobs (id, title, urgency, status, worker_id, revision_count, created_by, created_at,
                  updated_at, assigned_at, completed_at, estimate_minutes)
SELECT i + 1, 'Bench job ' || i, 'normal', status,
       CASE WHEN i % 20 < 2 THEN NULL ELSE worker END,
       CASE WHEN status = 'completed' AND i % 7 = 0 THEN 1 + (i % 2) ELSE 0 END,
       1, created, created, assigned,
       CASE WHEN status = 'completed' THEN assigned + ((i * 104729) % 7140 + 60) * 60000 END,
       60 + i % 240
FROM (SELECT *, CASE WHEN i % 20 < 2 THEN NULL
                     ELSE created + ((i * 7919) % 475 + 5) * 60000 END AS assigned
      FROM bench_jobs);

INSERT INTO offers (job_id, worker_id, status, rank, offered_at, expires_at, responded_at,
                    decline_reason)
SELECT i + 1,
       CASE k WHEN 2 THEN worker ELSE 2 + (i + 67 * (k + 1)) % @workers END,
       CASE k WHEN 2 THEN (CASE WHEN i % 20 < 2 THEN 'expired' ELSE 'accepted' END)
              WHEN 1 THEN (CASE WHEN i % 3 = 0 THEN 'expired' ELSE 'declined' END)
              ELSE 'declined' END,
       k + 1, created + k * 1200000, created + k * 1200000 + 900000,
       created + k * 1200000 + 300000, ''
FROM bench_jobs, (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2);

-- bench_jobs' rowid is i + 1 (inserted in order): each entry finds its job by rowid.
WITH RECURSIVE e(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM e
                        WHERE n + 1 < @jobs * @entries_per_job)
INSERT INTO time_entries (id, job_id, worker_id, started_at, ended_at, note, source, deleted,
                          revision, updated_at, locked)
SELECT printf('00000000-0000-4000-8000-%012d', n), i + 1, worker, start,
       start + (5 + (n * 53) % 31) * 60000, '', 'timer', CASE WHEN n % 50 = 0 THEN 1 ELSE 0 END,
       1, start, 0
FROM (SELECT e.n, j.i, j.worker,
             j.created + (e.n % @entries_per_job) * 14400000 + ((e.n * 37) % 60) * 60000 AS start
      FROM e JOIN bench_jobs j ON j.rowid = e.n / @entries_per_job + 1);

WITH RECURSIVE wk(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM wk WHERE k + 1 < 52)
INSERT INTO timesheet_weeks (worker_id, week_start, minutes, rate_cents, approved_by, approved_at)
SELECT u.id, date(@year_start / 1000, 'unixepoch', '-6 days', 'weekday 1',
                   printf('+%d days', 7 * wk.k)),
       1500 + (u.id * 31 + wk.k * 17) % 900, u.hourly_rate_cents, 1,
       @year_start + (wk.k + 1) * 7 * 86400000
FROM users u, wk
WHERE u.role = 'worker';

COMMIT;
