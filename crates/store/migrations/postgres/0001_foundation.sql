-- Foundation: accounts, sessions, one-time links, API tokens, organisations, networks and their
-- roles, and the e-mail outbox. Times are TIMESTAMPTZ.

CREATE TABLE organisations (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    parent_id UUID REFERENCES organisations(id),
    registration_number TEXT,
    gln TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX organisations_parent ON organisations(parent_id);

CREATE TABLE users (
    id UUID PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT,
    is_platform_admin BOOLEAN NOT NULL,
    lang TEXT NOT NULL,
    organisation_id UUID REFERENCES organisations(id),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Single-use links sent by e-mail: sign-in, password reset, invitation.
CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    purpose TEXT NOT NULL,
    email TEXT NOT NULL,
    user_id UUID REFERENCES users(id) ON DELETE CASCADE,
    network_id UUID,
    role TEXT,
    invited_by UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
);
CREATE INDEX one_time_tokens_email ON one_time_tokens(email, purpose);

CREATE TABLE api_tokens (
    id UUID PRIMARY KEY NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ
);

-- Failed sign-ins, counted per account and per address for rate limiting.
CREATE TABLE sign_in_failures (
    id UUID PRIMARY KEY NOT NULL,
    subject TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sign_in_failures_subject ON sign_in_failures(subject, at);

CREATE TABLE networks (
    id UUID PRIMARY KEY NOT NULL,
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
    created_by UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE network_roles (
    network_id UUID NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (network_id, user_id)
);
CREATE INDEX network_roles_user ON network_roles(user_id);

CREATE TABLE outbox (
    id UUID PRIMARY KEY NOT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_until TIMESTAMPTZ,
    sent_at TIMESTAMPTZ,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox(sent_at, next_attempt_at);
