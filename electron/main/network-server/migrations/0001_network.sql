-- Regional network schema, version 1. Run by the region's database owner (never by a
-- library service). Each library service logs in with its own role, a member of
-- workbench_service; row-level security keys every row to that role (owner = current_user).

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'workbench_service') THEN
    CREATE ROLE workbench_service NOLOGIN;
  END IF;
END
$$;

CREATE TABLE services (
  owner       name PRIMARY KEY DEFAULT current_user,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  region      text NOT NULL CHECK (length(region) BETWEEN 1 AND 100),
  sector      text NOT NULL CHECK (sector IN ('public','health','academic','school','special','other')),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX services_by_region ON services (lower(region));

CREATE TABLE offers (
  owner         name PRIMARY KEY DEFAULT current_user REFERENCES services(owner) ON DELETE CASCADE,
  published     boolean NOT NULL,
  summary       text NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
  sections      text[] NOT NULL,
  roles         text[] NOT NULL,
  in_person     boolean NOT NULL,
  virtual       boolean NOT NULL,
  contacts      jsonb NOT NULL CHECK (jsonb_typeof(contacts) = 'array'),
  availability  text NOT NULL DEFAULT '' CHECK (length(availability) <= 2000),
  -- one more per change applied: the exactly-once tests read it
  revision      integer NOT NULL DEFAULT 1,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX offers_by_section ON offers USING gin (sections) WHERE published;

-- Anonymised skills coverage: people per level in one PKSB section, never who.
CREATE TABLE coverage (
  owner       name NOT NULL DEFAULT current_user REFERENCES services(owner) ON DELETE CASCADE,
  section     text NOT NULL CHECK (length(section) BETWEEN 1 AND 20),
  level       smallint NOT NULL CHECK (level BETWEEN 0 AND 10),
  people      integer NOT NULL CHECK (people >= 0),
  -- the server refuses a group smaller than the regional minimum, whatever a client sends
  group_size  integer NOT NULL CHECK (group_size >= 5),
  PRIMARY KEY (owner, section, level)
);
CREATE INDEX coverage_by_section ON coverage (section);

-- Idempotency keys of changes already applied: a retried delivery is applied once.
CREATE TABLE applied_changes (
  owner            name NOT NULL DEFAULT current_user,
  idempotency_key  text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 64),
  kind             text NOT NULL,
  applied_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner, idempotency_key)
);

ALTER TABLE services ENABLE ROW LEVEL SECURITY;
ALTER TABLE offers ENABLE ROW LEVEL SECURITY;
ALTER TABLE coverage ENABLE ROW LEVEL SECURITY;
ALTER TABLE applied_changes ENABLE ROW LEVEL SECURITY;

-- Read: the directory of services, published offers (and one's own), published coverage.
CREATE POLICY services_read ON services FOR SELECT TO workbench_service USING (true);
CREATE POLICY offers_read ON offers FOR SELECT TO workbench_service USING (published OR owner = current_user);
CREATE POLICY coverage_read ON coverage FOR SELECT TO workbench_service USING (true);
-- Write: only one's own rows.
CREATE POLICY services_write ON services FOR INSERT TO workbench_service WITH CHECK (owner = current_user);
CREATE POLICY services_update ON services FOR UPDATE TO workbench_service USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY offers_write ON offers FOR INSERT TO workbench_service WITH CHECK (owner = current_user);
CREATE POLICY offers_update ON offers FOR UPDATE TO workbench_service USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY offers_delete ON offers FOR DELETE TO workbench_service USING (owner = current_user);
CREATE POLICY coverage_write ON coverage FOR INSERT TO workbench_service WITH CHECK (owner = current_user);
CREATE POLICY coverage_update ON coverage FOR UPDATE TO workbench_service USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY coverage_delete ON coverage FOR DELETE TO workbench_service USING (owner = current_user);
CREATE POLICY applied_own ON applied_changes FOR ALL TO workbench_service USING (owner = current_user) WITH CHECK (owner = current_user);

REVOKE ALL ON services, offers, coverage, applied_changes FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON services TO workbench_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON offers, coverage TO workbench_service;
GRANT SELECT, INSERT ON applied_changes TO workbench_service;
GRANT SELECT ON network_schema_version TO workbench_service;
