-- Trainee expectations agreements: versioned content, signatures, and the running of the placement
-- (off-the-job training, progress reviews, learning log, visits).
CREATE TABLE agreements (
  id              INTEGER PRIMARY KEY,
  member_id       INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  scheme          TEXT NOT NULL CHECK (scheme IN ('apprenticeship','graduate_traineeship','work_placement')),
  -- Copied from the newest version so dashboards can filter without parsing JSON.
  start_date      TEXT NOT NULL CHECK (date(start_date) = start_date),
  end_date        TEXT NOT NULL CHECK (date(end_date) = end_date),
  hours_per_week  REAL NOT NULL CHECK (hours_per_week BETWEEN 0 AND 48),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (end_date >= start_date)
) STRICT;
CREATE INDEX agreements_by_member ON agreements (member_id);
CREATE INDEX agreements_by_end ON agreements (end_date);

CREATE TABLE agreement_versions (
  id            INTEGER PRIMARY KEY,
  agreement_id  INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  number        INTEGER NOT NULL CHECK (number >= 1),
  status        TEXT NOT NULL CHECK (status IN ('draft','ready','signed')),
  content       TEXT NOT NULL CHECK (json_valid(content)),
  created_at    TEXT NOT NULL,
  ready_at      TEXT,
  signed_at     TEXT,
  UNIQUE (agreement_id, number)
) STRICT;

CREATE TABLE agreement_signatures (
  id           INTEGER PRIMARY KEY,
  version_id   INTEGER NOT NULL REFERENCES agreement_versions(id) ON DELETE CASCADE,
  role         TEXT NOT NULL CHECK (role IN ('trainee','manager','provider')),
  name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  signed_on    TEXT NOT NULL CHECK (date(signed_on) = signed_on),
  recorded_at  TEXT NOT NULL,
  UNIQUE (version_id, role)
) STRICT;

CREATE TABLE agreement_otj_entries (
  id            INTEGER PRIMARY KEY,
  agreement_id  INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  date          TEXT NOT NULL CHECK (date(date) = date),
  hours         REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
  activity      TEXT NOT NULL CHECK (length(activity) BETWEEN 1 AND 500),
  outcome       TEXT NOT NULL DEFAULT '' CHECK (length(outcome) <= 500),
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX agreement_otj_by_agreement ON agreement_otj_entries (agreement_id, date);

CREATE TABLE agreement_reviews (
  id                  INTEGER PRIMARY KEY,
  agreement_id        INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  due_on              TEXT NOT NULL CHECK (date(due_on) = due_on),
  held_on             TEXT CHECK (held_on IS NULL OR date(held_on) = held_on),
  notes               TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
  trainee_signed_on   TEXT CHECK (trainee_signed_on IS NULL OR date(trainee_signed_on) = trainee_signed_on),
  manager_signed_on   TEXT CHECK (manager_signed_on IS NULL OR date(manager_signed_on) = manager_signed_on),
  provider_signed_on  TEXT CHECK (provider_signed_on IS NULL OR date(provider_signed_on) = provider_signed_on),
  completed_on        TEXT CHECK (completed_on IS NULL OR date(completed_on) = completed_on),
  UNIQUE (agreement_id, due_on)
) STRICT;
-- The dashboard and agenda ask "which open reviews fall due before X?".
CREATE INDEX agreement_reviews_open_by_due ON agreement_reviews (completed_on, due_on);

CREATE TABLE agreement_log_entries (
  id            INTEGER PRIMARY KEY,
  agreement_id  INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  date          TEXT NOT NULL CHECK (date(date) = date),
  did           TEXT NOT NULL CHECK (length(did) BETWEEN 1 AND 2000),
  learned       TEXT NOT NULL DEFAULT '' CHECK (length(learned) <= 2000),
  next          TEXT NOT NULL DEFAULT '' CHECK (length(next) <= 2000),
  reviewed_on   TEXT CHECK (reviewed_on IS NULL OR date(reviewed_on) = reviewed_on),
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX agreement_log_by_agreement ON agreement_log_entries (agreement_id, reviewed_on, date);

CREATE TABLE agreement_visits (
  id            INTEGER PRIMARY KEY,
  agreement_id  INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  date          TEXT NOT NULL CHECK (date(date) = date),
  contact       TEXT NOT NULL CHECK (length(contact) BETWEEN 1 AND 200),
  purpose       TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
  notes         TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX agreement_visits_by_agreement ON agreement_visits (agreement_id, date);
