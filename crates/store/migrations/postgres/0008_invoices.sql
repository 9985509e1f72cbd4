-- Invoices and credit notes (issue 12): the organisations' postal address and VAT number, the
-- issuer of each network's invoices, a gapless counter per issuing organisation, and the issued
-- documents, frozen as printed.

ALTER TABLE organisations ADD COLUMN street TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN vat_number TEXT;

CREATE TABLE invoice_issuers (
    network_id UUID PRIMARY KEY NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL REFERENCES organisations(id),
    payment TEXT NOT NULL,
    payment_days INTEGER NOT NULL,
    fskatt BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE invoice_counters (
    organisation_id UUID PRIMARY KEY NOT NULL REFERENCES organisations(id),
    last_number BIGINT NOT NULL
);

CREATE TABLE invoices (
    id UUID PRIMARY KEY NOT NULL,
    network_id UUID NOT NULL REFERENCES networks(id),
    term INTEGER NOT NULL,
    issuer_id UUID NOT NULL REFERENCES organisations(id),
    buyer_id UUID NOT NULL REFERENCES organisations(id),
    kind TEXT NOT NULL,
    number BIGINT NOT NULL,
    state TEXT NOT NULL,
    credits_id UUID REFERENCES invoices(id),
    currency TEXT NOT NULL,
    net BIGINT NOT NULL,
    vat BIGINT NOT NULL,
    gross BIGINT NOT NULL,
    document TEXT NOT NULL,
    issued_by UUID REFERENCES users(id) ON DELETE SET NULL,
    issued_at TIMESTAMPTZ NOT NULL,
    paid_at TIMESTAMPTZ,
    credited_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX invoices_number ON invoices(issuer_id, number);
CREATE UNIQUE INDEX invoices_one_credit ON invoices(credits_id);
CREATE INDEX invoices_network_term ON invoices(network_id, term);

-- Which seats an invoice bills; a seat is billed again only once its invoice is credited.
CREATE TABLE invoice_seats (
    invoice_id UUID NOT NULL REFERENCES invoices(id),
    seat_id UUID NOT NULL,
    PRIMARY KEY (invoice_id, seat_id)
);
CREATE INDEX invoice_seats_seat ON invoice_seats(seat_id);
