-- PKSB-style skills: frameworks as data (one row per framework version), self-assessments, coverage rules.

-- The rating scale: one row per level; labels are editable, the default is 0–4.
CREATE TABLE skill_scale_levels (
  level  INTEGER PRIMARY KEY CHECK (level BETWEEN 0 AND 10),
  label  TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 60)
) STRICT;
INSERT INTO skill_scale_levels (level, label) VALUES
  (0, 'No knowledge'), (1, 'Basic'), (2, 'Developing'), (3, 'Competent'), (4, 'Expert');

-- Each row is one version of a framework; versions of the same framework share its name.
CREATE TABLE skill_frameworks (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  version      TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 60),
  description  TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  is_demo      INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  is_default   INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  created_at   TEXT NOT NULL,
  UNIQUE (name, version)
) STRICT;
CREATE UNIQUE INDEX skill_frameworks_one_default ON skill_frameworks (is_default) WHERE is_default = 1;

CREATE TABLE skill_sections (
  id            INTEGER PRIMARY KEY,
  framework_id  INTEGER NOT NULL REFERENCES skill_frameworks(id) ON DELETE CASCADE,
  code          TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
  name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  position      INTEGER NOT NULL,
  is_local      INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
  UNIQUE (framework_id, code)
) STRICT;

CREATE TABLE skills (
  id            INTEGER PRIMARY KEY,
  framework_id  INTEGER NOT NULL REFERENCES skill_frameworks(id) ON DELETE CASCADE,
  section_id    INTEGER NOT NULL REFERENCES skill_sections(id) ON DELETE CASCADE,
  code          TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
  title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description   TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  position      INTEGER NOT NULL,
  retired_on    TEXT CHECK (retired_on IS NULL OR date(retired_on) = retired_on),
  UNIQUE (framework_id, code)
) STRICT;
CREATE INDEX skills_by_framework ON skills (framework_id, section_id, position);
CREATE INDEX skills_by_section ON skills (section_id);

-- Role profiles: which skills do NOT matter for a job; reusable across members.
CREATE TABLE skill_role_profiles (
  id            INTEGER PRIMARY KEY,
  framework_id  INTEGER NOT NULL REFERENCES skill_frameworks(id) ON DELETE CASCADE,
  name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  UNIQUE (framework_id, name)
) STRICT;

CREATE TABLE skill_profile_exclusions (
  profile_id  INTEGER NOT NULL REFERENCES skill_role_profiles(id) ON DELETE CASCADE,
  skill_id    INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  PRIMARY KEY (profile_id, skill_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE skill_member_profiles (
  member_id   INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
  profile_id  INTEGER NOT NULL REFERENCES skill_role_profiles(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX skill_member_profiles_by_profile ON skill_member_profiles (profile_id);

-- A member's own choice beats their role profile.
CREATE TABLE skill_member_relevance (
  member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  skill_id   INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  relevant   INTEGER NOT NULL CHECK (relevant IN (0, 1)),
  PRIMARY KEY (member_id, skill_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE skill_assessments (
  id            INTEGER PRIMARY KEY,
  member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  framework_id  INTEGER NOT NULL REFERENCES skill_frameworks(id) ON DELETE RESTRICT,
  kind          TEXT NOT NULL CHECK (kind IN ('initial', 'reassessment', 'ad_hoc')),
  assessed_on   TEXT NOT NULL CHECK (date(assessed_on) = assessed_on),
  shared        INTEGER NOT NULL CHECK (shared IN (0, 1)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
-- "Latest shared assessment per member" (heatmap, coverage, gaps) is a seek on this index.
CREATE INDEX skill_assessments_latest ON skill_assessments (member_id, framework_id, shared, assessed_on, id);
CREATE INDEX skill_assessments_by_framework ON skill_assessments (framework_id);

-- ≈2.4M rows at scale: clustered on (assessment, skill) so every per-assessment read is a range seek.
CREATE TABLE skill_ratings (
  assessment_id  INTEGER NOT NULL REFERENCES skill_assessments(id) ON DELETE CASCADE,
  skill_id       INTEGER NOT NULL REFERENCES skills(id) ON DELETE RESTRICT,
  current        INTEGER CHECK (current IS NULL OR current BETWEEN 0 AND 10),
  target         INTEGER CHECK (target IS NULL OR target BETWEEN 0 AND 10),
  notes          TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
  PRIMARY KEY (assessment_id, skill_id)
) STRICT, WITHOUT ROWID;
-- Rating history of one skill and foreign-key checks when a skill is deleted.
CREATE INDEX skill_ratings_by_skill ON skill_ratings (skill_id, assessment_id);

CREATE TABLE skill_coverage_rules (
  id             INTEGER PRIMARY KEY,
  framework_id   INTEGER NOT NULL REFERENCES skill_frameworks(id) ON DELETE CASCADE,
  skill_id       INTEGER REFERENCES skills(id) ON DELETE CASCADE,
  section_id     INTEGER REFERENCES skill_sections(id) ON DELETE CASCADE,
  min_people     INTEGER NOT NULL CHECK (min_people BETWEEN 1 AND 50),
  min_level      INTEGER NOT NULL CHECK (min_level BETWEEN 0 AND 10),
  -- NULL: the rule applies to each service point in turn.
  service_point  TEXT CHECK (service_point IS NULL OR length(service_point) BETWEEN 1 AND 120),
  created_at     TEXT NOT NULL,
  CHECK ((skill_id IS NULL) <> (section_id IS NULL))
) STRICT;
CREATE INDEX skill_coverage_rules_by_framework ON skill_coverage_rules (framework_id);
CREATE INDEX skill_coverage_rules_by_skill ON skill_coverage_rules (skill_id);
CREATE INDEX skill_coverage_rules_by_section ON skill_coverage_rules (section_id);
