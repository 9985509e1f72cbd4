-- Foundation: accounts, sessions, one-time links, API tokens, organisations, networks and their
-- roles, and the e-mail outbox. Times are integer microseconds since the epoch (UTC).

CREATE TABLE organisations (
    id BLOB PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    parent_id BLOB REFERENCES organisations(id),
    registration_number TEXT,
    gln TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX organisations_parent ON organisations(parent_id);

CREATE TABLE users (
    id BLOB PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT,
    is_platform_admin BOOLEAN NOT NULL,
    lang TEXT NOT NULL,
    organisation_id BLOB REFERENCES organisations(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    user_id BLOB NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Single-use links sent by e-mail: sign-in, password reset, invitation.
CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    purpose TEXT NOT NULL,
    email TEXT NOT NULL,
    user_id BLOB REFERENCES users(id) ON DELETE CASCADE,
    network_id BLOB,
    role TEXT,
    invited_by BLOB REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX one_time_tokens_email ON one_time_tokens(email, purpose);

CREATE TABLE api_tokens (
    id BLOB PRIMARY KEY NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    user_id BLOB NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER
);

-- Failed sign-ins, counted per account and per address for rate limiting.
CREATE TABLE sign_in_failures (
    id BLOB PRIMARY KEY NOT NULL,
    subject TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_subject ON sign_in_failures(subject, at);

CREATE TABLE networks (
    id BLOB PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    purpose TEXT NOT NULL,
    content TEXT NOT NULL,
    admission_criteria TEXT NOT NULL,
    roles_description TEXT NOT NULL,
    meetings_per_year INTEGER NOT NULL,
    meeting_minutes INTEGER NOT NULL,
    venue TEXT NOT NULL,
    is_confidential BOOLEAN NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT,
    language TEXT NOT NULL,
    country TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    status TEXT NOT NULL,
    created_by BLOB REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE network_roles (
    network_id BLOB NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    user_id BLOB NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (network_id, user_id)
);
CREATE INDEX network_roles_user ON network_roles(user_id);

CREATE TABLE outbox (
    id BLOB PRIMARY KEY NOT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    lease_until INTEGER,
    sent_at INTEGER,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox(sent_at, next_attempt_at);
