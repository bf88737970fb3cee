-- Job chat and per-user notifications.

CREATE TABLE messages (
    id {{ID_PK}},
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX messages_job ON messages(job_id, id);

-- How far each user has read each job's chat.
CREATE TABLE message_reads (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    last_read_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, job_id)
);

CREATE TABLE notifications (
    id {{ID_PK}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT
);
CREATE INDEX notifications_user ON notifications(user_id, id);
