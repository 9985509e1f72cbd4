-- Invoices and credit notes (issue 12): the organisations' postal address and VAT number, the
-- issuer of each network's invoices, a gapless counter per issuing organisation, and the issued
-- documents, frozen as printed.

ALTER TABLE organisations ADD COLUMN street TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN vat_number TEXT;

CREATE TABLE invoice_issuers (
    network_id BLOB PRIMARY KEY NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    payment TEXT NOT NULL,
    payment_days INTEGER NOT NULL,
    fskatt BOOLEAN NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE invoice_counters (
    organisation_id BLOB PRIMARY KEY NOT NULL REFERENCES organisations(id),
    last_number INTEGER NOT NULL
);

CREATE TABLE invoices (
    id BLOB PRIMARY KEY NOT NULL,
    network_id BLOB NOT NULL REFERENCES networks(id),
    term INTEGER NOT NULL,
    issuer_id BLOB NOT NULL REFERENCES organisations(id),
    buyer_id BLOB NOT NULL REFERENCES organisations(id),
    kind TEXT NOT NULL,
    number INTEGER NOT NULL,
    state TEXT NOT NULL,
    credits_id BLOB REFERENCES invoices(id),
    currency TEXT NOT NULL,
    net INTEGER NOT NULL,
    vat INTEGER NOT NULL,
    gross INTEGER NOT NULL,
    document TEXT NOT NULL,
    issued_by BLOB REFERENCES users(id) ON DELETE SET NULL,
    issued_at INTEGER NOT NULL,
    paid_at INTEGER,
    credited_at INTEGER
);
CREATE UNIQUE INDEX invoices_number ON invoices(issuer_id, number);
CREATE UNIQUE INDEX invoices_one_credit ON invoices(credits_id);
CREATE INDEX invoices_network_term ON invoices(network_id, term);

-- Which seats an invoice bills; a seat is billed again only once its invoice is credited.
CREATE TABLE invoice_seats (
    invoice_id BLOB NOT NULL REFERENCES invoices(id),
    seat_id BLOB NOT NULL,
    PRIMARY KEY (invoice_id, seat_id)
);
CREATE INDEX invoice_seats_seat ON invoice_seats(seat_id);
