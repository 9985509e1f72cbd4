-- The price of a seat per network and term (issue 12 builds invoices on it).

CREATE TABLE price_schedules (
    network_id BLOB NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    term INTEGER NOT NULL,
    kind TEXT NOT NULL,
    first_price BIGINT,
    further_price BIGINT,
    currency TEXT NOT NULL,
    vat_basis_points INTEGER,
    vat_exemption_reason TEXT,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (network_id, term)
);
