-- The time the series' rule booked a meeting of a series for (its slot). A meeting moved on its own keeps its slot:
-- the series' calendar file writes the move as an exception of that occurrence (RECURRENCE-ID), a single cancelled
-- meeting as an EXDATE, and "Schedule next" counts on from the slot rather than from where the meeting was moved to.
ALTER TABLE one_to_ones ADD COLUMN series_slot TEXT
  CHECK (series_slot IS NULL OR series_slot GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z');

-- Meetings of a series booked before this change: a move was not recorded then, so the slot is where they are.
UPDATE one_to_ones SET series_slot = scheduled_at WHERE series_id IS NOT NULL;
