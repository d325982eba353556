-- Cross-domain links of the CPD log become real columns with foreign keys (issue #21).
--
-- Until now a CPD entry said where it came from in one encoded string, cpd_entries.source:
--   activities:alsMeeting:<meeting id>:member:<member id>
--   activities:buddying:<pair id>:<session date>:member:<member id>
--   activities:coaching:<record id>:member:<member id>
--   activities:shadowing:<visit id>:member:<member id>
--   member-pack:<pack id>:cpd:<row number>
-- with no foreign key, so a deleted activity left entries pointing at an id that a new record could take.
-- Now each kind of origin has its own column, REFERENCES the record it came from:
--   * ON DELETE SET NULL: deleting the activity (or the pack) keeps the person's CPD entry and its hours,
--     it only stops pointing at a record that is gone (erasure of one person never removes another's CPD);
--   * the link lives on the CPD entry, so deleting the entry lets the activity be logged again, and an
--     Undo that puts the entry back with its link shows the activity as logged once more;
--   * a partial UNIQUE index per origin replaces the UNIQUE index on source: an activity is in a
--     person's log at most once (a buddying session once per pair, date and person; a pack row once).
-- activity_cpd_links (migration 0006) only repeated what the entry now says, and was never read: dropped.
--
-- The source column is dropped, not left NULL-only: SQLite cannot drop a column that an index uses
-- (cpd_entries_source_unique) nor add a CHECK to a table in place, so the table is rebuilt as STRICT
-- with the same columns, CHECKs and index, less source. No table references cpd_entries, no trigger or
-- view reads it, so the rebuild (new table, copy, drop, rename) is safe with foreign keys on.
--
-- Moving the data: a value is linked only when it is exactly in the form above (re-built from the parsed
-- id and compared whole, so '12abc', '012', a missing or wrong member part, or a bad date do not match)
-- and the record it names still exists. Anything else (malformed, of an unknown kind, or naming a record
-- deleted since) leaves the entry as it is, with no link: its hours still count; it is never refused.
CREATE TABLE cpd_entries_linked (
  id                  INTEGER PRIMARY KEY,
  member_id           INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  done_on             TEXT NOT NULL CHECK (date(done_on) = done_on),
  activity_type       TEXT NOT NULL CHECK (activity_type IN ('course','reading','conversation','shadowing_visit',
                        'action_learning_set','coaching','buddying','conference','online','other')),
  hours               REAL NOT NULL CHECK (hours > 0 AND hours <= 24 AND hours * 4 = round(hours * 4)),
  title               TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  reflection          TEXT NOT NULL DEFAULT '' CHECK (length(reflection) <= 5000),
  sections            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sections) AND json_type(sections) = 'array'),
  als_meeting_id      INTEGER REFERENCES action_learning_meetings(id) ON DELETE SET NULL,
  buddy_pair_id       INTEGER REFERENCES buddy_pairs(id) ON DELETE SET NULL,
  -- Which session of the pair (a pair meets many times); kept when the pair is deleted, then meaningless.
  buddy_session_on    TEXT CHECK (buddy_session_on IS NULL OR date(buddy_session_on) = buddy_session_on),
  coaching_record_id  INTEGER REFERENCES coaching_records(id) ON DELETE SET NULL,
  shadowing_visit_id  INTEGER REFERENCES shadowing_visits(id) ON DELETE SET NULL,
  member_pack_id      TEXT REFERENCES member_packs(id) ON DELETE SET NULL,
  member_pack_row     INTEGER CHECK (member_pack_row IS NULL OR member_pack_row >= 1),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  -- One origin at most.
  CHECK ((als_meeting_id IS NOT NULL) + (buddy_pair_id IS NOT NULL) + (coaching_record_id IS NOT NULL)
         + (shadowing_visit_id IS NOT NULL) + (member_pack_id IS NOT NULL) <= 1),
  CHECK (buddy_pair_id IS NULL OR buddy_session_on IS NOT NULL),
  CHECK (member_pack_id IS NULL OR member_pack_row IS NOT NULL)
) STRICT;

WITH parsed AS (
  SELECT e.*,
    -- CAST takes the leading integer of the text ('12:member:3' -> 12); the whole value is compared below.
    CASE WHEN substr(e.source, 1, 22) = 'activities:alsMeeting:' THEN CAST(substr(e.source, 23) AS INTEGER) END AS als,
    CASE WHEN substr(e.source, 1, 20) = 'activities:buddying:' THEN CAST(substr(e.source, 21) AS INTEGER) END AS pair,
    CASE WHEN substr(e.source, 1, 20) = 'activities:coaching:' THEN CAST(substr(e.source, 21) AS INTEGER) END AS coaching,
    CASE WHEN substr(e.source, 1, 21) = 'activities:shadowing:' THEN CAST(substr(e.source, 22) AS INTEGER) END AS visit
  FROM cpd_entries e
), linked AS (
  SELECT p.*,
    (SELECT g.id FROM action_learning_meetings g
      WHERE g.id = p.als AND p.source = 'activities:alsMeeting:' || g.id || ':member:' || p.member_id) AS als_meeting_id,
    (SELECT b.id FROM buddy_pairs b
      WHERE b.id = p.pair
        AND date(substr(p.source, 22 + length(b.id), 10)) IS substr(p.source, 22 + length(b.id), 10)
        AND p.source = 'activities:buddying:' || b.id || ':' || substr(p.source, 22 + length(b.id), 10) || ':member:' || p.member_id) AS buddy_pair_id,
    (SELECT c.id FROM coaching_records c
      WHERE c.id = p.coaching AND p.source = 'activities:coaching:' || c.id || ':member:' || p.member_id) AS coaching_record_id,
    (SELECT v.id FROM shadowing_visits v
      WHERE v.id = p.visit AND p.source = 'activities:shadowing:' || v.id || ':member:' || p.member_id) AS shadowing_visit_id,
    -- 'member-pack:' is 12 characters and ':cpd:' 5: the row number starts at 18 + the pack id's length.
    CASE WHEN substr(p.source, 1, 12) = 'member-pack:' THEN (SELECT k.id FROM member_packs k
      WHERE substr(p.source, 1, 17 + length(k.id)) = 'member-pack:' || k.id || ':cpd:'
        AND CAST(substr(p.source, 18 + length(k.id)) AS INTEGER) >= 1
        AND p.source = 'member-pack:' || k.id || ':cpd:' || CAST(substr(p.source, 18 + length(k.id)) AS INTEGER)
      LIMIT 1) END AS pack
  FROM parsed p
)
INSERT INTO cpd_entries_linked (id, member_id, done_on, activity_type, hours, title, reflection, sections,
  als_meeting_id, buddy_pair_id, buddy_session_on, coaching_record_id, shadowing_visit_id, member_pack_id, member_pack_row,
  created_at, updated_at)
SELECT id, member_id, done_on, activity_type, hours, title, reflection, sections,
  als_meeting_id, buddy_pair_id,
  CASE WHEN buddy_pair_id IS NOT NULL THEN substr(source, 22 + length(buddy_pair_id), 10) END,
  coaching_record_id, shadowing_visit_id, pack,
  CASE WHEN pack IS NOT NULL THEN CAST(substr(source, 18 + length(pack)) AS INTEGER) END,
  created_at, updated_at
FROM linked;

DROP TABLE cpd_entries;
ALTER TABLE cpd_entries_linked RENAME TO cpd_entries;
CREATE INDEX cpd_entries_by_member_date ON cpd_entries (member_id, done_on, hours);
CREATE UNIQUE INDEX cpd_entries_from_als_meeting ON cpd_entries (als_meeting_id, member_id) WHERE als_meeting_id IS NOT NULL;
CREATE UNIQUE INDEX cpd_entries_from_buddy_session ON cpd_entries (buddy_pair_id, buddy_session_on, member_id) WHERE buddy_pair_id IS NOT NULL;
CREATE UNIQUE INDEX cpd_entries_from_coaching ON cpd_entries (coaching_record_id, member_id) WHERE coaching_record_id IS NOT NULL;
CREATE UNIQUE INDEX cpd_entries_from_shadowing ON cpd_entries (shadowing_visit_id, member_id) WHERE shadowing_visit_id IS NOT NULL;
CREATE UNIQUE INDEX cpd_entries_from_member_pack ON cpd_entries (member_pack_id, member_pack_row) WHERE member_pack_id IS NOT NULL;

DROP TABLE activity_cpd_links;
