-- Jobdesk schema, version 2: resumable uploads (tus 1.0 subset) and deliverable
-- versions. The same shared SQL subset as version 1.

-- One file being uploaded or uploaded. The state lives here, not in memory, so a
-- restarted server (or another instance) resumes at upload_offset. The bytes are
-- in <data-dir>/files/<storage_name>; filename is only the sanitised display name.
CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users(id),
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('deliverable', 'attachment')),
    filename TEXT NOT NULL,
    size BIGINT NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL,
    upload_offset BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('open', 'complete', 'failed')),
    storage_name TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX uploads_job ON uploads(job_id);
CREATE INDEX uploads_expiry ON uploads(status, expires_at);

-- Version N of a job's delivered work: 1, 2, ... per job.
CREATE TABLE deliverables (
    id {{ID_PK}},
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    submitted_by BIGINT NOT NULL REFERENCES users(id),
    submitted_at BIGINT NOT NULL,
    review_note TEXT NOT NULL DEFAULT '',
    UNIQUE (job_id, version)
);

-- An upload joins at most one deliverable.
CREATE TABLE deliverable_files (
    deliverable_id BIGINT NOT NULL REFERENCES deliverables(id) ON DELETE CASCADE,
    upload_id TEXT NOT NULL UNIQUE REFERENCES uploads(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (deliverable_id, position)
);
