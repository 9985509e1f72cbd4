-- Confidentiality agreements (versioned per network), their acceptances, and members' profiles.

CREATE TABLE agreements (
    network_id BLOB NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    text TEXT NOT NULL,
    editorial BOOLEAN NOT NULL,
    created_by BLOB REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (network_id, version)
);

CREATE TABLE agreement_acceptances (
    network_id BLOB NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    user_id BLOB NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    accepted_at INTEGER NOT NULL,
    PRIMARY KEY (network_id, user_id, version),
    FOREIGN KEY (network_id, version) REFERENCES agreements(network_id, version) ON DELETE CASCADE
);

CREATE TABLE member_profiles (
    user_id BLOB PRIMARY KEY NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    presentation TEXT NOT NULL,
    competences TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
