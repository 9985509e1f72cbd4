-- Stored states, roles, answers, countries, kinds and zones can only take the values of their
-- enums in the code. SQLite cannot add a CHECK constraint without rebuilding the table, and a
-- rebuild inside sqlx's migration transaction would cascade deletes (PRAGMA foreign_keys=OFF does
-- nothing there), so triggers refuse what a CHECK would.

CREATE INDEX applications_created ON applications(created_at);
CREATE INDEX applications_user ON applications(user_id);
CREATE INDEX api_tokens_user ON api_tokens(user_id);


CREATE TRIGGER applications_state_check_insert BEFORE INSERT ON applications
WHEN NEW.state NOT IN ('awaiting_email', 'awaiting_manager', 'awaiting_decision', 'admitted', 'waitlisted', 'rejected', 'manager_declined', 'manager_expired', 'withdrawn')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: applications.state'); END;

CREATE TRIGGER applications_state_check_update BEFORE UPDATE OF state ON applications
WHEN NEW.state NOT IN ('awaiting_email', 'awaiting_manager', 'awaiting_decision', 'admitted', 'waitlisted', 'rejected', 'manager_declined', 'manager_expired', 'withdrawn')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: applications.state'); END;

CREATE TRIGGER application_events_state_check_insert BEFORE INSERT ON application_events
WHEN NEW.state NOT IN ('awaiting_email', 'awaiting_manager', 'awaiting_decision', 'admitted', 'waitlisted', 'rejected', 'manager_declined', 'manager_expired', 'withdrawn')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: application_events.state'); END;

CREATE TRIGGER application_events_state_check_update BEFORE UPDATE OF state ON application_events
WHEN NEW.state NOT IN ('awaiting_email', 'awaiting_manager', 'awaiting_decision', 'admitted', 'waitlisted', 'rejected', 'manager_declined', 'manager_expired', 'withdrawn')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: application_events.state'); END;

CREATE TRIGGER network_roles_role_check_insert BEFORE INSERT ON network_roles
WHEN NEW.role NOT IN ('facilitator', 'convener', 'member', 'observer')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: network_roles.role'); END;

CREATE TRIGGER network_roles_role_check_update BEFORE UPDATE OF role ON network_roles
WHEN NEW.role NOT IN ('facilitator', 'convener', 'member', 'observer')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: network_roles.role'); END;

CREATE TRIGGER one_time_tokens_role_check_insert BEFORE INSERT ON one_time_tokens
WHEN NEW.role IS NOT NULL AND NEW.role NOT IN ('facilitator', 'convener', 'member', 'observer')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: one_time_tokens.role'); END;

CREATE TRIGGER one_time_tokens_role_check_update BEFORE UPDATE OF role ON one_time_tokens
WHEN NEW.role IS NOT NULL AND NEW.role NOT IN ('facilitator', 'convener', 'member', 'observer')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: one_time_tokens.role'); END;

CREATE TRIGGER seats_renewal_check_insert BEFORE INSERT ON seats
WHEN NEW.renewal IS NOT NULL AND NEW.renewal NOT IN ('continue', 'leave')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: seats.renewal'); END;

CREATE TRIGGER seats_renewal_check_update BEFORE UPDATE OF renewal ON seats
WHEN NEW.renewal IS NOT NULL AND NEW.renewal NOT IN ('continue', 'leave')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: seats.renewal'); END;

CREATE TRIGGER organisations_kind_check_insert BEFORE INSERT ON organisations
WHEN NEW.kind NOT IN ('municipality', 'region', 'state_agency', 'other')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: organisations.kind'); END;

CREATE TRIGGER organisations_kind_check_update BEFORE UPDATE OF kind ON organisations
WHEN NEW.kind NOT IN ('municipality', 'region', 'state_agency', 'other')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: organisations.kind'); END;

CREATE TRIGGER organisations_country_check_insert BEFORE INSERT ON organisations
WHEN NEW.country NOT IN ('DK', 'SE', 'NO', 'FI')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: organisations.country'); END;

CREATE TRIGGER organisations_country_check_update BEFORE UPDATE OF country ON organisations
WHEN NEW.country NOT IN ('DK', 'SE', 'NO', 'FI')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: organisations.country'); END;

CREATE TRIGGER networks_country_check_insert BEFORE INSERT ON networks
WHEN NEW.country NOT IN ('DK', 'SE', 'NO', 'FI')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: networks.country'); END;

CREATE TRIGGER networks_country_check_update BEFORE UPDATE OF country ON networks
WHEN NEW.country NOT IN ('DK', 'SE', 'NO', 'FI')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: networks.country'); END;

CREATE TRIGGER networks_time_zone_check_insert BEFORE INSERT ON networks
WHEN NEW.time_zone NOT IN ('Europe/Copenhagen', 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Helsinki')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: networks.time_zone'); END;

CREATE TRIGGER networks_time_zone_check_update BEFORE UPDATE OF time_zone ON networks
WHEN NEW.time_zone NOT IN ('Europe/Copenhagen', 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Helsinki')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: networks.time_zone'); END;
