-- The outbox carries whole messages: parts beside the text (a calendar invitation) and extra
-- headers (List-Unsubscribe), as JSON. One job queue for all timed and background work.

ALTER TABLE outbox ADD COLUMN parts TEXT NOT NULL DEFAULT '[]';
ALTER TABLE outbox ADD COLUMN headers TEXT NOT NULL DEFAULT '[]';

CREATE TABLE jobs (
    id BLOB PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    dedupe_key TEXT,
    due_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    lease_until INTEGER,
    done_at INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX jobs_dedupe ON jobs(kind, dedupe_key);
CREATE INDEX jobs_due ON jobs(done_at, due_at);
