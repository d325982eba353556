-- One rule, one place (issue #21).
--
-- Hours of an activity become CPD hours, so they follow the CPD log's rule (shared/domains/hours.ts):
-- more than 0, at most 24, in quarter-hour steps. The tables of migration 0006 check only the range;
-- adding a CHECK to a table means rebuilding it, so the quarter-hour part is enforced by triggers.
-- tests/db/hours-rule.test.ts checks every hours column accepts exactly what the shared rule accepts.
CREATE TRIGGER action_learning_meetings_hours_insert BEFORE INSERT ON action_learning_meetings
WHEN NEW.hours * 4 <> round(NEW.hours * 4)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: hours in quarter-hour steps'); END;
CREATE TRIGGER action_learning_meetings_hours_update BEFORE UPDATE OF hours ON action_learning_meetings
WHEN NEW.hours * 4 <> round(NEW.hours * 4)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: hours in quarter-hour steps'); END;

CREATE TRIGGER coaching_records_hours_insert BEFORE INSERT ON coaching_records
WHEN NEW.hours * 4 <> round(NEW.hours * 4)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: hours in quarter-hour steps'); END;
CREATE TRIGGER coaching_records_hours_update BEFORE UPDATE OF hours ON coaching_records
WHEN NEW.hours * 4 <> round(NEW.hours * 4)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: hours in quarter-hour steps'); END;

CREATE TRIGGER shadowing_visits_hours_insert BEFORE INSERT ON shadowing_visits
WHEN NEW.hours * 4 <> round(NEW.hours * 4)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: hours in quarter-hour steps'); END;
CREATE TRIGGER shadowing_visits_hours_update BEFORE UPDATE OF hours ON shadowing_visits
WHEN NEW.hours * 4 <> round(NEW.hours * 4)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: hours in quarter-hour steps'); END;
