-- Recognition: a scheme's named voting panel, and where each external award's facts come from.

CREATE TABLE recognition_panel_members (
  scheme_id  INTEGER NOT NULL REFERENCES recognition_schemes(id) ON DELETE CASCADE,
  member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  PRIMARY KEY (scheme_id, member_id)
) STRICT;
CREATE INDEX recognition_panel_members_by_member ON recognition_panel_members (member_id);

-- A panel scheme from before named no panel; the people who have voted in it acted as its panel,
-- so they become it (current team members only). The manager can change it in the scheme's settings.
INSERT INTO recognition_panel_members (scheme_id, member_id)
  SELECT DISTINCT c.scheme_id, v.voter_id
  FROM recognition_votes v
  JOIN recognition_cycles c ON c.id = v.cycle_id
  JOIN recognition_schemes s ON s.id = c.scheme_id
  JOIN members m ON m.id = v.voter_id
  WHERE s.decided_by = 'panel' AND m.left_on IS NULL;

-- The page the facts were taken from, the day the manager last checked them, how often a round runs,
-- and whether the award may have ended.
ALTER TABLE external_awards ADD COLUMN source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 500);
ALTER TABLE external_awards ADD COLUMN last_checked TEXT CHECK (last_checked IS NULL OR date(last_checked) = last_checked);
ALTER TABLE external_awards ADD COLUMN every_years INTEGER NOT NULL DEFAULT 1 CHECK (every_years BETWEEN 1 AND 10);
ALTER TABLE external_awards ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','possibly_discontinued'));

-- Awards added from the earlier suggested catalogue get the facts checked since (docs/recognition.md):
-- where they come from, that Sally Hernando runs every two years (entries around March), and that
-- Libraries Change Lives may have ended. A manager's own edits (a window already set) are kept.
UPDATE external_awards SET status = 'possibly_discontinued',
  source = 'https://www.cilip.org.uk/page/LCLAPastWinnersandFinalists'
  WHERE name = 'Libraries Change Lives Award';
UPDATE external_awards SET every_years = 2,
  source = 'https://kfh.libraryservices.nhs.uk/category/quality-and-impact/',
  window_closes = CASE WHEN window_closes = '' THEN '03-09' ELSE window_closes END
  WHERE name = 'Sally Hernando Award for innovation in NHS library and knowledge services';
UPDATE external_awards SET source = 'https://www.sla.org.uk/awards' WHERE name = 'School Librarian of the Year' AND source = '';
UPDATE external_awards SET every_years = 3, source = 'https://www.sconul.ac.uk/services-for-members/library-design-awards/'
  WHERE name = 'Library Design Awards' AND source = '';
UPDATE external_awards SET source = 'https://ilovelibraries.org/love-my-librarian/' WHERE name = 'I Love My Librarian Award' AND source = '';
