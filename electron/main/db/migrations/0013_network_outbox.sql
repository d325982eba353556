-- Regional network (issue #20): connection settings, this service's shadowing offer,
-- and the outbox of changes waiting to reach the region's PostgreSQL database.
-- The outbox row is written in the same transaction as the local change it reports.

CREATE TABLE network_settings (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  service_name     TEXT NOT NULL CHECK (length(service_name) BETWEEN 1 AND 200),
  region           TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 100),
  sector           TEXT NOT NULL CHECK (sector IN ('public','health','academic','school','special','other')),
  -- connection string encrypted by the OS keychain (Electron safeStorage); NULL in the web version,
  -- which asks each session or reads WORKBENCH_NETWORK_URL. The plain string is never stored or logged.
  connection_enc   BLOB,
  tls_mode         TEXT NOT NULL DEFAULT 'require' CHECK (tls_mode IN ('disable','require','verify-full')),
  tls_ca           TEXT NOT NULL DEFAULT '' CHECK (length(tls_ca) <= 20000),
  enabled          INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0,1)),
  share_coverage   INTEGER NOT NULL DEFAULT 0 CHECK (share_coverage IN (0,1)),
  min_group_size   INTEGER NOT NULL DEFAULT 5 CHECK (min_group_size BETWEEN 3 AND 100),
  last_published_at TEXT,
  last_error       TEXT NOT NULL DEFAULT '' CHECK (length(last_error) <= 500),
  updated_at       TEXT NOT NULL
) STRICT;

CREATE TABLE network_offer (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  status        TEXT NOT NULL CHECK (status IN ('published','withdrawn')),
  summary       TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
  sections      TEXT NOT NULL CHECK (json_valid(sections)),
  roles         TEXT NOT NULL CHECK (json_valid(roles)),
  in_person     INTEGER NOT NULL CHECK (in_person IN (0,1)),
  virtual       INTEGER NOT NULL CHECK (virtual IN (0,1)),
  contacts      TEXT NOT NULL CHECK (json_valid(contacts)),
  availability  TEXT NOT NULL DEFAULT '' CHECK (length(availability) <= 2000),
  updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE network_outbox (
  id               INTEGER PRIMARY KEY,
  idempotency_key  TEXT NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 64),
  kind             TEXT NOT NULL CHECK (kind IN ('offer','withdraw','coverage')),
  payload          TEXT NOT NULL CHECK (json_valid(payload)),
  created_at       TEXT NOT NULL,
  attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_attempt_at  TEXT,
  last_error       TEXT NOT NULL DEFAULT '' CHECK (length(last_error) <= 500),
  sent_at          TEXT
) STRICT;
CREATE INDEX network_outbox_pending ON network_outbox (id) WHERE sent_at IS NULL;
