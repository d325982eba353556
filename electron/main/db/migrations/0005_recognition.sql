-- Recognition: internal schemes (employee of the month, annual awards) and external awards.

CREATE TABLE recognition_schemes (
  id                     INTEGER PRIMARY KEY,
  name                   TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  cadence                TEXT NOT NULL CHECK (cadence IN ('monthly','quarterly','annual','one_off')),
  -- JSON arrays of short strings: small, always read with the scheme, never queried on their own.
  categories             TEXT NOT NULL CHECK (json_valid(categories) AND json_type(categories) = 'array'),
  org_values             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(org_values) AND json_type(org_values) = 'array'),
  reward                 TEXT NOT NULL DEFAULT '' CHECK (length(reward) <= 500),
  allow_self_nomination  INTEGER NOT NULL CHECK (allow_self_nomination IN (0,1)),
  anonymous              INTEGER NOT NULL CHECK (anonymous IN (0,1)),
  cooldown_cycles        INTEGER NOT NULL CHECK (cooldown_cycles BETWEEN 0 AND 24),
  decided_by             TEXT NOT NULL CHECK (decided_by IN ('manager','panel','team_vote')),
  tie_break              TEXT NOT NULL CHECK (tie_break IN ('manager','earliest_nomination','fewest_past_wins')),
  min_reason_length      INTEGER NOT NULL CHECK (min_reason_length BETWEEN 0 AND 1000),
  archived_on            TEXT CHECK (archived_on IS NULL OR date(archived_on) = archived_on),
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL
) STRICT;

CREATE TABLE recognition_cycles (
  id                  INTEGER PRIMARY KEY,
  scheme_id           INTEGER NOT NULL REFERENCES recognition_schemes(id) ON DELETE CASCADE,
  label               TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
  period_start        TEXT NOT NULL CHECK (date(period_start) = period_start),
  period_end          TEXT NOT NULL CHECK (date(period_end) = period_end AND period_end >= period_start),
  status              TEXT NOT NULL CHECK (status IN ('open','closed','shortlisted','decided','announced','rewarded')),
  winner_member_id    INTEGER REFERENCES members(id) ON DELETE SET NULL,
  winner_nomination_id INTEGER,
  decision_method     TEXT CHECK (decision_method IS NULL OR decision_method IN ('votes','tie_break_rule','manager')),
  decision_reason     TEXT NOT NULL DEFAULT '' CHECK (length(decision_reason) <= 2000),
  decided_on          TEXT CHECK (decided_on IS NULL OR date(decided_on) = decided_on),
  announced_on        TEXT CHECK (announced_on IS NULL OR date(announced_on) = announced_on),
  reward_given_on     TEXT CHECK (reward_given_on IS NULL OR date(reward_given_on) = reward_given_on),
  created_at          TEXT NOT NULL,
  UNIQUE (scheme_id, period_start)
) STRICT;
CREATE INDEX recognition_cycles_by_status ON recognition_cycles (status, period_end);
-- Equity view: wins in the last 12 months per member.
CREATE INDEX recognition_cycles_wins ON recognition_cycles (decided_on, winner_member_id) WHERE winner_member_id IS NOT NULL;
CREATE INDEX recognition_cycles_by_winner ON recognition_cycles (winner_member_id);

CREATE TABLE recognition_cycle_events (
  id          INTEGER PRIMARY KEY,
  cycle_id    INTEGER NOT NULL REFERENCES recognition_cycles(id) ON DELETE CASCADE,
  at          TEXT NOT NULL,
  to_status   TEXT NOT NULL CHECK (to_status IN ('open','closed','shortlisted','decided','announced','rewarded')),
  note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000)
) STRICT;
CREATE INDEX recognition_cycle_events_by_cycle ON recognition_cycle_events (cycle_id, id);

CREATE TABLE recognition_nominations (
  id            INTEGER PRIMARY KEY,
  cycle_id      INTEGER NOT NULL REFERENCES recognition_cycles(id) ON DELETE CASCADE,
  nominee_id    INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  -- Kept even in anonymous schemes so the rules can be enforced. The kind survives erasure of the
  -- nominator (id set to NULL), so an erased colleague's nomination never reads as the manager's.
  nominator_kind TEXT NOT NULL CHECK (nominator_kind IN ('manager','member')),
  nominator_id  INTEGER REFERENCES members(id) ON DELETE SET NULL CHECK (nominator_kind = 'member' OR nominator_id IS NULL),
  category      TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 80),
  reason        TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
  evidence      TEXT NOT NULL DEFAULT '' CHECK (length(evidence) <= 2000),
  nominated_on  TEXT NOT NULL CHECK (date(nominated_on) = nominated_on),
  shortlisted   INTEGER NOT NULL DEFAULT 0 CHECK (shortlisted IN (0,1)),
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX recognition_nominations_by_cycle ON recognition_nominations (cycle_id);
-- Equity view and member history: nominations per member in a date window.
CREATE INDEX recognition_nominations_by_date ON recognition_nominations (nominated_on, nominee_id);
CREATE INDEX recognition_nominations_by_nominee ON recognition_nominations (nominee_id, cycle_id);
CREATE INDEX recognition_nominations_by_nominator ON recognition_nominations (nominator_id);

CREATE TABLE recognition_votes (
  id             INTEGER PRIMARY KEY,
  cycle_id       INTEGER NOT NULL REFERENCES recognition_cycles(id) ON DELETE CASCADE,
  voter_id       INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  nomination_id  INTEGER NOT NULL REFERENCES recognition_nominations(id) ON DELETE CASCADE,
  cast_at        TEXT NOT NULL,
  UNIQUE (cycle_id, voter_id)
) STRICT;
CREATE INDEX recognition_votes_by_nomination ON recognition_votes (nomination_id);
CREATE INDEX recognition_votes_by_voter ON recognition_votes (voter_id);

CREATE TABLE external_awards (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  organiser       TEXT NOT NULL CHECK (length(organiser) BETWEEN 1 AND 200),
  category        TEXT NOT NULL DEFAULT '' CHECK (length(category) <= 200),
  eligibility     TEXT NOT NULL DEFAULT '' CHECK (length(eligibility) <= 2000),
  url             TEXT NOT NULL DEFAULT '' CHECK (length(url) <= 500),
  -- Usual nomination window as month-day ('MM-DD'), '' when not known.
  window_opens    TEXT NOT NULL DEFAULT '' CHECK (window_opens = '' OR window_opens GLOB '[01][0-9]-[0-3][0-9]'),
  window_closes   TEXT NOT NULL DEFAULT '' CHECK (window_closes = '' OR window_closes GLOB '[01][0-9]-[0-3][0-9]'),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE external_award_nominations (
  id            INTEGER PRIMARY KEY,
  award_id      INTEGER NOT NULL REFERENCES external_awards(id) ON DELETE CASCADE,
  -- NULL: the whole team or service is nominated.
  member_id     INTEGER REFERENCES members(id) ON DELETE CASCADE,
  year          INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  deadline      TEXT NOT NULL CHECK (date(deadline) = deadline),
  status        TEXT NOT NULL CHECK (status IN ('planned','submitted','shortlisted','won','not_successful','withdrawn')),
  submitted_on  TEXT CHECK (submitted_on IS NULL OR date(submitted_on) = submitted_on),
  notes         TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX external_award_nominations_by_deadline ON external_award_nominations (deadline, status);
CREATE INDEX external_award_nominations_by_award ON external_award_nominations (award_id, year);
CREATE INDEX external_award_nominations_by_member ON external_award_nominations (member_id);
