-- Agreements: a placement's university or college tutor signs like an apprenticeship's training provider,
-- and a version that was ready (perhaps partly signed) can go back to draft with a recorded reason.

CREATE TABLE agreement_signatures_new (
  id           INTEGER PRIMARY KEY,
  version_id   INTEGER NOT NULL REFERENCES agreement_versions(id) ON DELETE CASCADE,
  role         TEXT NOT NULL CHECK (role IN ('trainee','manager','provider','tutor')),
  name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  signed_on    TEXT NOT NULL CHECK (date(signed_on) = signed_on),
  recorded_at  TEXT NOT NULL,
  UNIQUE (version_id, role)
) STRICT;
INSERT INTO agreement_signatures_new (id, version_id, role, name, signed_on, recorded_at)
  SELECT id, version_id, role, name, signed_on, recorded_at FROM agreement_signatures;
DROP TABLE agreement_signatures;
ALTER TABLE agreement_signatures_new RENAME TO agreement_signatures;

-- Each return to draft: why, when, and whose signatures it set aside (JSON array of {role, name, signedOn}).
CREATE TABLE agreement_version_returns (
  id           INTEGER PRIMARY KEY,
  version_id   INTEGER NOT NULL REFERENCES agreement_versions(id) ON DELETE CASCADE,
  reason       TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
  set_aside    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(set_aside)),
  returned_at  TEXT NOT NULL
) STRICT;
CREATE INDEX agreement_version_returns_by_version ON agreement_version_returns (version_id);
