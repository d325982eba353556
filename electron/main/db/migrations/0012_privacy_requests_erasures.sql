-- Subject access requests (UK GDPR Art. 15) with their deadlines, per-item exemptions and
-- mention decisions; and erasures whose file clean-up (backups, leftovers) is still to finish.
CREATE TABLE subject_access_requests (
  id               INTEGER PRIMARY KEY,
  member_id        INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  received_on      TEXT NOT NULL CHECK (date(received_on) = received_on),
  extension_months INTEGER NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
  extension_reason TEXT NOT NULL DEFAULT '' CHECK (length(extension_reason) <= 2000),
  told_of_extension_on TEXT CHECK (told_of_extension_on IS NULL OR date(told_of_extension_on) = told_of_extension_on),
  completed_on     TEXT CHECK (completed_on IS NULL OR date(completed_on) = completed_on),
  created_at       TEXT NOT NULL
) STRICT;
CREATE INDEX subject_access_requests_open ON subject_access_requests (completed_on, received_on);
CREATE INDEX subject_access_requests_by_member ON subject_access_requests (member_id);

-- A withheld item: one field of one record (its primary key as JSON), with the exemption relied on and why.
CREATE TABLE subject_access_withholdings (
  id            INTEGER PRIMARY KEY,
  request_id    INTEGER NOT NULL REFERENCES subject_access_requests(id) ON DELETE CASCADE,
  source_table  TEXT NOT NULL CHECK (length(source_table) BETWEEN 1 AND 100),
  source_key    TEXT NOT NULL CHECK (length(source_key) BETWEEN 1 AND 500),
  source_column TEXT NOT NULL CHECK (length(source_column) BETWEEN 1 AND 100),
  exemption     TEXT NOT NULL CHECK (length(exemption) BETWEEN 1 AND 60),
  reason        TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
  UNIQUE (request_id, source_table, source_key, source_column)
) STRICT;

-- The manager's decision on a mention of the person in someone else's record.
CREATE TABLE subject_access_mentions (
  id            INTEGER PRIMARY KEY,
  request_id    INTEGER NOT NULL REFERENCES subject_access_requests(id) ON DELETE CASCADE,
  source_table  TEXT NOT NULL CHECK (length(source_table) BETWEEN 1 AND 100),
  source_key    TEXT NOT NULL CHECK (length(source_key) BETWEEN 1 AND 500),
  source_column TEXT NOT NULL CHECK (length(source_column) BETWEEN 1 AND 100),
  include       INTEGER NOT NULL CHECK (include IN (0, 1)),
  UNIQUE (request_id, source_table, source_key, source_column)
) STRICT;

-- An erasure whose rows are gone but whose copies in files (backups, .partial and
-- moved-aside damaged files) may not be yet. No name is kept: only the id that was erased.
CREATE TABLE erasures (
  id            INTEGER PRIMARY KEY,
  member_id     INTEGER NOT NULL,
  erased_at     TEXT NOT NULL,
  files_done_at TEXT,
  finished_on_start INTEGER NOT NULL DEFAULT 0 CHECK (finished_on_start IN (0, 1)),
  files_removed INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX erasures_pending ON erasures (files_done_at);
