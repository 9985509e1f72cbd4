-- Admission: each network's policy, applications with their history, and seats.

CREATE TABLE admission_policies (
    network_id UUID PRIMARY KEY NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    is_open BOOLEAN NOT NULL,
    criteria TEXT NOT NULL,
    org_kinds TEXT NOT NULL,
    countries TEXT NOT NULL,
    manager_endorsement BOOLEAN NOT NULL,
    intake_months TEXT NOT NULL,
    capacity INTEGER,
    waiting_list BOOLEAN NOT NULL,
    max_seats_per_org INTEGER,
    binding_terms TEXT NOT NULL,
    manager_link_days INTEGER NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE applications (
    id UUID PRIMARY KEY NOT NULL,
    network_id UUID NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    user_id UUID REFERENCES users(id) ON DELETE SET NULL,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation_id UUID NOT NULL REFERENCES organisations(id),
    manager_name TEXT NOT NULL,
    manager_email TEXT NOT NULL,
    justifications TEXT NOT NULL,
    state TEXT NOT NULL,
    decision_note TEXT NOT NULL,
    manager_comment TEXT NOT NULL,
    lang TEXT NOT NULL,
    email_token_hash TEXT UNIQUE,
    manager_token_hash TEXT UNIQUE,
    manager_token_expires_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX applications_network ON applications(network_id, state);
-- One application in progress per person and network: a second submit cannot slip in.
CREATE UNIQUE INDEX applications_active ON applications(network_id, email)
    WHERE state IN ('awaiting_email', 'awaiting_manager', 'awaiting_decision', 'waitlisted');

CREATE TABLE application_events (
    id UUID PRIMARY KEY NOT NULL,
    application_id UUID NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    note TEXT NOT NULL,
    actor_id UUID REFERENCES users(id) ON DELETE SET NULL,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX application_events_application ON application_events(application_id, at);

-- A personal seat for a term; a seat counts while it has not ended.
CREATE TABLE seats (
    id UUID PRIMARY KEY NOT NULL,
    network_id UUID NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    organisation_id UUID REFERENCES organisations(id),
    term INTEGER NOT NULL,
    application_id UUID REFERENCES applications(id) ON DELETE SET NULL,
    started_at TIMESTAMPTZ NOT NULL,
    ended_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX seats_active ON seats(network_id, user_id) WHERE ended_at IS NULL;
CREATE INDEX seats_network_org ON seats(network_id, organisation_id, ended_at);
