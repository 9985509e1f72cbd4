-- The buyer's own reference for invoices (mandatory in Peppol), asked on the application and kept on the seat.

ALTER TABLE applications ADD COLUMN buyer_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE seats ADD COLUMN buyer_reference TEXT;
