-- The member's way in (issue #18): packs sent to a member and read back, self-assessments with the
-- manager's view beside them, agenda items raised by the member, and one-to-ones that carry on.

-- Each pack sent: its id is written (hidden) into the workbook, so a returned file is matched to
-- the person it was sent to, and an older or foreign pack is noticed.
CREATE TABLE member_packs (
  id            TEXT PRIMARY KEY CHECK (length(id) BETWEEN 8 AND 64),
  member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  framework_id  INTEGER REFERENCES skill_frameworks(id) ON DELETE SET NULL,
  meeting_id    INTEGER REFERENCES one_to_ones(id) ON DELETE SET NULL,
  sent_on       TEXT NOT NULL CHECK (date(sent_on) = sent_on),
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX member_packs_by_member ON member_packs (member_id, created_at);

-- An assessment the member filled in; pack_id makes a second import of the same pack a no-op.
ALTER TABLE skill_assessments ADD COLUMN self_assessed INTEGER NOT NULL DEFAULT 0 CHECK (self_assessed IN (0, 1));
ALTER TABLE skill_assessments ADD COLUMN pack_id TEXT REFERENCES member_packs(id) ON DELETE SET NULL;
CREATE UNIQUE INDEX skill_assessments_by_pack ON skill_assessments (pack_id) WHERE pack_id IS NOT NULL;

-- The manager's view of the same skill, beside the member's own current rating.
ALTER TABLE skill_ratings ADD COLUMN manager_current INTEGER CHECK (manager_current IS NULL OR manager_current BETWEEN 0 AND 10);

-- Who raised an agenda item, and whether it was covered (an item not covered carries forward).
ALTER TABLE one_to_one_agenda_items ADD COLUMN raised_by TEXT NOT NULL DEFAULT 'manager' CHECK (raised_by IN ('manager', 'member'));
ALTER TABLE one_to_one_agenda_items ADD COLUMN covered INTEGER NOT NULL DEFAULT 0 CHECK (covered IN (0, 1));
-- Before this version nobody could mark a topic covered: take the topics of meetings already held as covered,
-- so an upgrade does not suddenly carry them all forward.
UPDATE one_to_one_agenda_items SET covered = 1 WHERE meeting_id IN (SELECT id FROM one_to_ones WHERE status = 'held');
