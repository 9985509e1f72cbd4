-- An organisation's region: the ISO 3166-2 code of a Danish region or a Swedish län (the list in
-- domain::regions). Empty on a unit, which takes its parent's.

ALTER TABLE organisations ADD COLUMN region TEXT;

ALTER TABLE organisations ADD CONSTRAINT organisations_region_check CHECK (region IN ('DK-84', 'DK-82', 'DK-81', 'DK-85', 'DK-83', 'SE-K', 'SE-W', 'SE-I', 'SE-X', 'SE-N', 'SE-Z', 'SE-F', 'SE-H', 'SE-G', 'SE-BD', 'SE-M', 'SE-AB', 'SE-D', 'SE-C', 'SE-S', 'SE-AC', 'SE-Y', 'SE-U', 'SE-O', 'SE-E', 'SE-T'));
