-- Recognition: a scheme's named voting panel, and where each external award's facts come from.

CREATE TABLE recognition_panel_members (
  scheme_id  INTEGER NOT NULL REFERENCES recognition_schemes(id) ON DELETE CASCADE,
  member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  PRIMARY KEY (scheme_id, member_id)
) STRICT;
CREATE INDEX recognition_panel_members_by_member ON recognition_panel_members (member_id);

-- The page the facts were taken from, the day the manager last checked them, how often a round runs,
-- and whether the award may have ended.
ALTER TABLE external_awards ADD COLUMN source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 500);
ALTER TABLE external_awards ADD COLUMN last_checked TEXT CHECK (last_checked IS NULL OR date(last_checked) = last_checked);
ALTER TABLE external_awards ADD COLUMN every_years INTEGER NOT NULL DEFAULT 1 CHECK (every_years BETWEEN 1 AND 10);
ALTER TABLE external_awards ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','possibly_discontinued'));
