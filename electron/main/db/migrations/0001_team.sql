-- Team members and app settings.
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE members (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  preferred_name   TEXT NOT NULL DEFAULT '' CHECK (length(preferred_name) <= 200),
  job_title        TEXT NOT NULL CHECK (length(job_title) BETWEEN 1 AND 200),
  grade            TEXT NOT NULL DEFAULT '' CHECK (length(grade) <= 50),
  team             TEXT NOT NULL CHECK (length(team) BETWEEN 1 AND 120),
  fte              REAL NOT NULL CHECK (fte > 0 AND fte <= 1),
  start_date       TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
  line_manager_id  INTEGER REFERENCES members(id) ON DELETE SET NULL CHECK (line_manager_id IS NULL OR line_manager_id <> id),
  employment_type  TEXT NOT NULL CHECK (employment_type IN
                     ('permanent','fixed_term','apprentice','graduate_trainee','placement_student','volunteer')),
  cilip_number     TEXT NOT NULL DEFAULT '' CHECK (length(cilip_number) <= 20),
  email            TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 254),
  notes            TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
  left_on          TEXT CHECK (left_on IS NULL OR date(left_on) = left_on),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX members_email_unique ON members (lower(email)) WHERE email <> '';
CREATE UNIQUE INDEX members_cilip_unique ON members (cilip_number) WHERE cilip_number <> '';
CREATE INDEX members_by_team ON members (team, left_on);
CREATE INDEX members_by_line_manager ON members (line_manager_id);
