-- One-to-ones that carry on (issue #18): standing agenda items per member, and regular one-to-ones
-- as a series whose calendar file keeps one UID and counts its changes in SEQUENCE.

-- A standing item is copied onto every scheduled meeting of the member (hint_key 'standing:<id>'),
-- so covering it at one meeting leaves it on the next.
CREATE TABLE one_to_one_standing_items (
  id          INTEGER PRIMARY KEY,
  member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  detail      TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 1000),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX one_to_one_standing_by_member ON one_to_one_standing_items (member_id, id);

-- A series: every `interval` weeks on the weekday of starts_at, or every `interval` months on its day
-- of the month. `sequence` is RFC 5545's SEQUENCE: raised by each change or the cancellation.
CREATE TABLE one_to_one_series (
  id                INTEGER PRIMARY KEY,
  member_id         INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  uid               TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 200),
  frequency         TEXT NOT NULL CHECK (frequency IN ('weekly','monthly')),
  interval          INTEGER NOT NULL CHECK (interval BETWEEN 1 AND 12),
  starts_at         TEXT NOT NULL CHECK (starts_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
  duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  location          TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 200),
  status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','cancelled')),
  sequence          INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX one_to_one_series_by_member ON one_to_one_series (member_id);

ALTER TABLE one_to_ones ADD COLUMN series_id INTEGER REFERENCES one_to_one_series(id) ON DELETE SET NULL;
CREATE INDEX one_to_ones_by_series ON one_to_ones (series_id, scheduled_at) WHERE series_id IS NOT NULL;

-- When the manager was reminded of the meeting (desktop notification or in-app message); cleared when
-- the meeting moves, so a new time is reminded again.
ALTER TABLE one_to_ones ADD COLUMN reminded_at TEXT;
