-- One-to-ones (meetings, agendas, notes, actions) and development activities
-- (action learning sets, buddying, coaching, shadowing visits).

CREATE TABLE one_to_ones (
  id                INTEGER PRIMARY KEY,
  member_id         INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  scheduled_at      TEXT NOT NULL CHECK (scheduled_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
  duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  location          TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 200),
  status            TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','held','cancelled')),
  recurrence        TEXT NOT NULL DEFAULT 'none' CHECK (recurrence IN ('none','weekly','fortnightly','monthly','quarterly')),
  private_notes     TEXT NOT NULL DEFAULT '' CHECK (length(private_notes) <= 20000),
  shared_notes      TEXT NOT NULL DEFAULT '' CHECK (length(shared_notes) <= 20000),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX one_to_ones_by_member ON one_to_ones (member_id, scheduled_at);
CREATE INDEX one_to_ones_by_status_time ON one_to_ones (status, scheduled_at);

CREATE TABLE one_to_one_agenda_items (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES one_to_ones(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  detail      TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 1000),
  link        TEXT NOT NULL DEFAULT '' CHECK (length(link) <= 300),
  source      TEXT NOT NULL CHECK (source IN ('manual','registration','skills','agreements','recognition','actions','oneToOnes')),
  hint_key    TEXT CHECK (hint_key IS NULL OR length(hint_key) BETWEEN 1 AND 200),
  UNIQUE (meeting_id, hint_key)
) STRICT;
CREATE INDEX one_to_one_agenda_by_meeting ON one_to_one_agenda_items (meeting_id, position);

-- Suggestions the manager removed for a member: not suggested again.
CREATE TABLE one_to_one_dismissed_hints (
  member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  hint_key      TEXT NOT NULL CHECK (length(hint_key) BETWEEN 1 AND 200),
  dismissed_at  TEXT NOT NULL,
  PRIMARY KEY (member_id, hint_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE one_to_one_actions (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES one_to_ones(id) ON DELETE CASCADE,
  -- Denormalised from the meeting so "open actions of this member" needs no join.
  member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  owner       TEXT NOT NULL CHECK (owner IN ('manager','member')),
  due_on      TEXT CHECK (due_on IS NULL OR date(due_on) = due_on),
  done_at     TEXT,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX one_to_one_actions_by_meeting ON one_to_one_actions (meeting_id);
CREATE INDEX one_to_one_actions_open_by_member ON one_to_one_actions (member_id, due_on) WHERE done_at IS NULL;
CREATE INDEX one_to_one_actions_open_by_due ON one_to_one_actions (due_on) WHERE done_at IS NULL;

-- Action learning sets.
CREATE TABLE action_learning_sets (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  facilitator   TEXT NOT NULL DEFAULT '' CHECK (length(facilitator) <= 200),
  rhythm        TEXT NOT NULL DEFAULT '' CHECK (length(rhythm) <= 100),
  session_type  TEXT NOT NULL CHECK (session_type IN ('open','planned','combined')),
  started_on    TEXT CHECK (started_on IS NULL OR date(started_on) = started_on),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE action_learning_set_members (
  set_id     INTEGER NOT NULL REFERENCES action_learning_sets(id) ON DELETE CASCADE,
  member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  PRIMARY KEY (set_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_learning_set_members_by_member ON action_learning_set_members (member_id);

CREATE TABLE action_learning_meetings (
  id       INTEGER PRIMARY KEY,
  set_id   INTEGER NOT NULL REFERENCES action_learning_sets(id) ON DELETE CASCADE,
  held_on  TEXT NOT NULL CHECK (date(held_on) = held_on),
  hours    REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
  notes    TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX action_learning_meetings_by_set ON action_learning_meetings (set_id, held_on);

-- Each presenter leaves a meeting with an action plan and reports progress at the next one.
CREATE TABLE action_learning_plans (
  id            INTEGER PRIMARY KEY,
  meeting_id    INTEGER NOT NULL REFERENCES action_learning_meetings(id) ON DELETE CASCADE,
  presenter_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  plan          TEXT NOT NULL CHECK (length(plan) BETWEEN 1 AND 2000),
  progress      TEXT NOT NULL DEFAULT '' CHECK (length(progress) <= 2000),
  UNIQUE (meeting_id, presenter_id)
) STRICT;

CREATE TABLE buddy_pairs (
  id              INTEGER PRIMARY KEY,
  buddy_id        INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  new_starter_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  started_on      TEXT NOT NULL CHECK (date(started_on) = started_on),
  ended_on        TEXT CHECK (ended_on IS NULL OR (date(ended_on) = ended_on AND ended_on >= started_on)),
  focus           TEXT NOT NULL DEFAULT '' CHECK (length(focus) <= 500),
  buddy_notes     TEXT NOT NULL DEFAULT '' CHECK (length(buddy_notes) <= 5000),
  starter_notes   TEXT NOT NULL DEFAULT '' CHECK (length(starter_notes) <= 5000),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (buddy_id <> new_starter_id)
) STRICT;
CREATE INDEX buddy_pairs_by_buddy ON buddy_pairs (buddy_id);
CREATE INDEX buddy_pairs_by_starter ON buddy_pairs (new_starter_id);

CREATE TABLE coaching_records (
  id               INTEGER PRIMARY KEY,
  coachee_id       INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  coach_member_id  INTEGER REFERENCES members(id) ON DELETE SET NULL,
  coach_name       TEXT NOT NULL DEFAULT '' CHECK (length(coach_name) <= 200),
  held_on          TEXT NOT NULL CHECK (date(held_on) = held_on),
  hours            REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
  goal             TEXT NOT NULL CHECK (length(goal) BETWEEN 1 AND 2000),
  reality          TEXT NOT NULL DEFAULT '' CHECK (length(reality) <= 4000),
  options          TEXT NOT NULL DEFAULT '' CHECK (length(options) <= 4000),
  way_forward      TEXT NOT NULL DEFAULT '' CHECK (length(way_forward) <= 4000),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK (coach_member_id IS NULL OR coach_member_id <> coachee_id)
) STRICT;
CREATE INDEX coaching_records_by_coachee ON coaching_records (coachee_id, held_on);
CREATE INDEX coaching_records_by_coach ON coaching_records (coach_member_id);

CREATE TABLE coaching_actions (
  id         INTEGER PRIMARY KEY,
  record_id  INTEGER NOT NULL REFERENCES coaching_records(id) ON DELETE CASCADE,
  text       TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  due_on     TEXT CHECK (due_on IS NULL OR date(due_on) = due_on),
  done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;
CREATE INDEX coaching_actions_by_record ON coaching_actions (record_id);

CREATE TABLE shadowing_visits (
  id            INTEGER PRIMARY KEY,
  member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  host_library  TEXT NOT NULL CHECK (length(host_library) BETWEEN 1 AND 200),
  host_person   TEXT NOT NULL DEFAULT '' CHECK (length(host_person) <= 200),
  mode          TEXT NOT NULL CHECK (mode IN ('in_person','virtual')),
  visit_on      TEXT NOT NULL CHECK (date(visit_on) = visit_on),
  hours         REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
  objectives    TEXT NOT NULL DEFAULT '' CHECK (length(objectives) <= 4000),
  reflection    TEXT NOT NULL DEFAULT '' CHECK (length(reflection) <= 4000),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX shadowing_visits_by_member ON shadowing_visits (member_id, visit_on);
CREATE INDEX shadowing_visits_by_date ON shadowing_visits (visit_on);

-- CPD entries made from an activity, one per person: stops the same activity being logged twice.
-- cpd_entry_id is the registration domain's id, kept without a foreign key on purpose.
CREATE TABLE activity_cpd_links (
  source        TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
  member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  cpd_entry_id  INTEGER NOT NULL,
  created_at    TEXT NOT NULL,
  PRIMARY KEY (source, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_cpd_links_by_member ON activity_cpd_links (member_id);
