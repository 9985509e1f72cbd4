-- Reminders to managers before their link expires, and visitors waiting to be told when a
-- network opens for applications.

ALTER TABLE applications ADD COLUMN manager_reminded_at TIMESTAMPTZ;

CREATE TABLE admission_watchers (
    id UUID PRIMARY KEY NOT NULL,
    network_id UUID NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    lang TEXT NOT NULL,
    confirm_hash TEXT NOT NULL UNIQUE,
    unsubscribe_hash TEXT NOT NULL UNIQUE,
    confirmed_at TIMESTAMPTZ,
    notified_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (network_id, email)
);
