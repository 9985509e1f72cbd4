-- A member's answer for the next term: 'continue' or 'leave' (NULL until they answer).

ALTER TABLE seats ADD COLUMN renewal TEXT;
