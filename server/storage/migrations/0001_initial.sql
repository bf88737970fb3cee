-- Jobdesk schema, version 1. Written in the SQL that SQLite and PostgreSQL share;
-- {{ID_PK}} is expanded by the dialect. Times are milliseconds since the epoch (UTC).

CREATE TABLE users (
    id {{ID_PK}},
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('worker', 'admin')),
    status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'disabled')),
    password_hash TEXT NOT NULL,
    hourly_rate_cents BIGINT NOT NULL DEFAULT 0,
    capacity INTEGER NOT NULL DEFAULT 1,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    availability TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE skills (
    skill_key TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE worker_skills (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    skill_key TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (user_id, skill_key)
);
CREATE INDEX worker_skills_skill ON worker_skills(skill_key, level);

CREATE TABLE jobs (
    id {{ID_PK}},
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    client_ref TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    urgency TEXT NOT NULL,
    estimate_minutes INTEGER NOT NULL DEFAULT 0,
    due_at BIGINT,
    status TEXT NOT NULL,
    worker_id BIGINT REFERENCES users(id),
    revision_count INTEGER NOT NULL DEFAULT 0,
    needs_attention INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX jobs_status ON jobs(status, id);
CREATE INDEX jobs_worker ON jobs(worker_id, id);
CREATE INDEX jobs_created ON jobs(created_at, id);

CREATE TABLE job_skills (
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    skill_key TEXT NOT NULL,
    min_level INTEGER NOT NULL CHECK (min_level BETWEEN 1 AND 5),
    PRIMARY KEY (job_id, skill_key)
);
CREATE INDEX job_skills_skill ON job_skills(skill_key, job_id);

CREATE TABLE job_attachments (
    id TEXT PRIMARY KEY,
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX job_attachments_job ON job_attachments(job_id);

CREATE TABLE offers (
    id {{ID_PK}},
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    worker_id BIGINT NOT NULL REFERENCES users(id),
    status TEXT NOT NULL,
    rank INTEGER NOT NULL DEFAULT 0,
    offered_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    responded_at BIGINT,
    decline_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX offers_worker ON offers(worker_id, status);
CREATE INDEX offers_job ON offers(job_id, status);

CREATE TABLE time_entries (
    id TEXT PRIMARY KEY,
    job_id BIGINT NOT NULL REFERENCES jobs(id),
    worker_id BIGINT NOT NULL REFERENCES users(id),
    started_at BIGINT NOT NULL,
    ended_at BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL,
    updated_at BIGINT NOT NULL,
    locked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX time_entries_worker ON time_entries(worker_id, started_at);
CREATE INDEX time_entries_job ON time_entries(job_id, started_at);

-- Every change others must see. recipient_id names the one worker who may see it
-- (NULL: admins only); admins see every row.
CREATE TABLE events (
    id {{ID_PK}},
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    job_id BIGINT,
    recipient_id BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX events_recipient ON events(recipient_id, id);

CREATE TABLE audit_log (
    id {{ID_PK}},
    actor_id BIGINT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    address TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id);
CREATE INDEX audit_log_actor ON audit_log(actor_id, id);

CREATE TABLE refresh_tokens (
    id {{ID_PK}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    family TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX refresh_tokens_family ON refresh_tokens(family);

CREATE TABLE login_attempts (
    id {{ID_PK}},
    account TEXT NOT NULL,
    address TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX login_attempts_account ON login_attempts(account, created_at);
CREATE INDEX login_attempts_address ON login_attempts(address, created_at);

CREATE TABLE idempotency_keys (
    user_id BIGINT NOT NULL,
    idem_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
