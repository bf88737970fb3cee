-- Jobdesk schema, version 4: the dispatch engine, review ratings, timesheet
-- approval and the timestamps analytics needs. Same shared SQL subset as before.

-- The admin's rating of the delivered work (1..5), set when a review approves it.
ALTER TABLE jobs ADD COLUMN rating INTEGER;
-- First time the job got a worker, and when it was completed (ms, UTC).
ALTER TABLE jobs ADD COLUMN assigned_at BIGINT;
ALTER TABLE jobs ADD COLUMN completed_at BIGINT;
CREATE INDEX jobs_completed ON jobs(completed_at);

-- One offer cascade of a job: offers go to the best remaining candidate until one
-- accepts or `shortlist_size` offers have failed. status: active, accepted,
-- exhausted, stopped.
CREATE TABLE dispatch_runs (
    id {{ID_PK}},
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    shortlist_size INTEGER NOT NULL,
    window_seconds INTEGER NOT NULL,
    offers_made INTEGER NOT NULL DEFAULT 0,
    started_by BIGINT NOT NULL,
    started_at BIGINT NOT NULL,
    ended_at BIGINT
);
CREATE INDEX dispatch_runs_job ON dispatch_runs(job_id, status);

-- Which cascade made an offer (NULL: an admin's direct offer).
ALTER TABLE offers ADD COLUMN run_id BIGINT;
CREATE INDEX offers_offered ON offers(worker_id, offered_at);

-- Runtime settings an admin changes from the console (e.g. auto-dispatch).
CREATE TABLE settings (
    setting_key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_by BIGINT,
    updated_at BIGINT NOT NULL
);

-- An approved (locked) week of one worker's time. week_start is the Monday of
-- the week in the worker's time zone, as YYYY-MM-DD.
CREATE TABLE timesheet_weeks (
    worker_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    week_start TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    rate_cents BIGINT NOT NULL,
    approved_by BIGINT NOT NULL,
    approved_at BIGINT NOT NULL,
    PRIMARY KEY (worker_id, week_start)
);
CREATE INDEX time_entries_started ON time_entries(started_at);
