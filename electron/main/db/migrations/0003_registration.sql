-- CILIP registration journeys, portfolio, CPD log and revalidation.

-- One journey towards a level (or a revalidation cycle). `stage` and `stage_changed_on`
-- mirror the latest row of registration_stage_events so dashboards need no sub-query.
CREATE TABLE registration_journeys (
  id                        INTEGER PRIMARY KEY,
  member_id                 INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  level                     TEXT NOT NULL CHECK (level IN ('certification','chartership','fellowship')),
  kind                      TEXT NOT NULL DEFAULT 'registration' CHECK (kind IN ('registration','revalidation')),
  stage                     TEXT NOT NULL CHECK (stage IN ('joined','enrolled','mentor_agreed','initial_pksb',
                              'gathering_evidence','portfolio_assembly','submitted','assessment','awarded',
                              'further_information_requested','not_awarded')),
  stage_changed_on          TEXT NOT NULL CHECK (date(stage_changed_on) = stage_changed_on),
  mentor_name               TEXT NOT NULL DEFAULT '' CHECK (length(mentor_name) <= 200),
  mentor_contact            TEXT NOT NULL DEFAULT '' CHECK (length(mentor_contact) <= 254),
  support_officer           TEXT NOT NULL DEFAULT '' CHECK (length(support_officer) <= 200),
  regional_network          TEXT NOT NULL DEFAULT '' CHECK (length(regional_network) <= 200),
  planned_submission_on     TEXT CHECK (planned_submission_on IS NULL OR date(planned_submission_on) = planned_submission_on),
  statement                 TEXT NOT NULL DEFAULT '' CHECK (length(statement) <= 20000),
  statement_updated_on      TEXT CHECK (statement_updated_on IS NULL OR date(statement_updated_on) = statement_updated_on),
  notes                     TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
  created_at                TEXT NOT NULL,
  updated_at                TEXT NOT NULL
) STRICT;
CREATE INDEX registration_journeys_by_member ON registration_journeys (member_id, stage);
CREATE INDEX registration_journeys_by_stage ON registration_journeys (stage, level);

CREATE TABLE registration_stage_events (
  id           INTEGER PRIMARY KEY,
  journey_id   INTEGER NOT NULL REFERENCES registration_journeys(id) ON DELETE CASCADE,
  stage        TEXT NOT NULL CHECK (stage IN ('joined','enrolled','mentor_agreed','initial_pksb',
                 'gathering_evidence','portfolio_assembly','submitted','assessment','awarded',
                 'further_information_requested','not_awarded')),
  entered_on   TEXT NOT NULL CHECK (date(entered_on) = entered_on),
  reason       TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 1000),
  recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX registration_stage_events_by_journey ON registration_stage_events (journey_id, entered_on, id);

-- Portfolio evidence; `criteria` is a JSON array of criterion codes.
CREATE TABLE registration_evidence (
  id          INTEGER PRIMARY KEY,
  journey_id  INTEGER NOT NULL REFERENCES registration_journeys(id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  dated_on    TEXT CHECK (dated_on IS NULL OR date(dated_on) = dated_on),
  location    TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 1000),
  criteria    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(criteria) AND json_type(criteria) = 'array'),
  added_on    TEXT NOT NULL CHECK (date(added_on) = added_on),
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX registration_evidence_by_journey ON registration_evidence (journey_id, added_on);

-- A member's registered status at a level, for revalidation reminders.
CREATE TABLE registrations (
  id                   INTEGER PRIMARY KEY,
  member_id            INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  level                TEXT NOT NULL CHECK (level IN ('certification','chartership','fellowship')),
  registered_on        TEXT NOT NULL CHECK (date(registered_on) = registered_on),
  last_revalidated_on  TEXT CHECK (last_revalidated_on IS NULL
                         OR (date(last_revalidated_on) = last_revalidated_on AND last_revalidated_on >= registered_on)),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  UNIQUE (member_id, level)
) STRICT;

-- CPD log. Hours come in quarter-hour steps; `sections` is a JSON array of PKSB section codes;
-- `source` names the activity that produced the entry so it is never recorded twice.
CREATE TABLE cpd_entries (
  id             INTEGER PRIMARY KEY,
  member_id      INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  done_on        TEXT NOT NULL CHECK (date(done_on) = done_on),
  activity_type  TEXT NOT NULL CHECK (activity_type IN ('course','reading','conversation','shadowing_visit',
                   'action_learning_set','coaching','buddying','conference','online','other')),
  hours          REAL NOT NULL CHECK (hours > 0 AND hours <= 24 AND hours * 4 = round(hours * 4)),
  title          TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  reflection     TEXT NOT NULL DEFAULT '' CHECK (length(reflection) <= 5000),
  sections       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sections) AND json_type(sections) = 'array'),
  source         TEXT CHECK (source IS NULL OR length(source) BETWEEN 1 AND 200),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX cpd_entries_by_member_date ON cpd_entries (member_id, done_on, hours);
CREATE UNIQUE INDEX cpd_entries_source_unique ON cpd_entries (source) WHERE source IS NOT NULL;

-- The revalidation reflective statement (three prompts, 250 words in all), one draft per member.
CREATE TABLE revalidation_statements (
  member_id       INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
  personal        TEXT NOT NULL DEFAULT '' CHECK (length(personal) <= 5000),
  organisational  TEXT NOT NULL DEFAULT '' CHECK (length(organisational) <= 5000),
  wider           TEXT NOT NULL DEFAULT '' CHECK (length(wider) <= 5000),
  updated_at      TEXT NOT NULL
) STRICT;
