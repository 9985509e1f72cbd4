-- Stored states, roles, answers, countries, kinds and zones can only take the values of their
-- enums in the code. PostgreSQL checks them with CHECK constraints.

CREATE INDEX applications_created ON applications(created_at);
CREATE INDEX applications_user ON applications(user_id);
CREATE INDEX api_tokens_user ON api_tokens(user_id);


ALTER TABLE applications ADD CONSTRAINT applications_state_check CHECK (state IN ('awaiting_email', 'awaiting_manager', 'awaiting_decision', 'admitted', 'waitlisted', 'rejected', 'manager_declined', 'manager_expired', 'withdrawn'));

ALTER TABLE application_events ADD CONSTRAINT application_events_state_check CHECK (state IN ('awaiting_email', 'awaiting_manager', 'awaiting_decision', 'admitted', 'waitlisted', 'rejected', 'manager_declined', 'manager_expired', 'withdrawn'));

ALTER TABLE network_roles ADD CONSTRAINT network_roles_role_check CHECK (role IN ('facilitator', 'convener', 'member', 'observer'));

ALTER TABLE one_time_tokens ADD CONSTRAINT one_time_tokens_role_check CHECK (role IN ('facilitator', 'convener', 'member', 'observer'));

ALTER TABLE seats ADD CONSTRAINT seats_renewal_check CHECK (renewal IN ('continue', 'leave'));

ALTER TABLE organisations ADD CONSTRAINT organisations_kind_check CHECK (kind IN ('municipality', 'region', 'state_agency', 'other'));

ALTER TABLE organisations ADD CONSTRAINT organisations_country_check CHECK (country IN ('DK', 'SE', 'NO', 'FI'));

ALTER TABLE networks ADD CONSTRAINT networks_country_check CHECK (country IN ('DK', 'SE', 'NO', 'FI'));

ALTER TABLE networks ADD CONSTRAINT networks_time_zone_check CHECK (time_zone IN ('Europe/Copenhagen', 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Helsinki'));
