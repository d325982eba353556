-- Drafts of free text as it is typed (one-to-one notes, reflections, statements), so that
-- leaving the page, a reload or a restart loses nothing. One row per field; the key names
-- the form and record (e.g. 'oneToOne:12:sharedNotes'). member_id ties a draft to the person
-- it is about, so erasing that person removes their drafts too.
CREATE TABLE drafts (
  key         TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
  member_id   INTEGER REFERENCES members(id) ON DELETE CASCADE,
  body        TEXT NOT NULL CHECK (length(body) <= 50000),
  updated_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX drafts_by_member ON drafts (member_id) WHERE member_id IS NOT NULL;

-- Who came to an action learning set meeting: CPD from a meeting goes only to those who attended.
CREATE TABLE action_learning_attendance (
  meeting_id  INTEGER NOT NULL REFERENCES action_learning_meetings(id) ON DELETE CASCADE,
  member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  status      TEXT NOT NULL CHECK (status IN ('attended','apologies','absent')),
  PRIMARY KEY (meeting_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_learning_attendance_by_member ON action_learning_attendance (member_id);

-- Meetings recorded before attendance existed: everyone then in the set is taken to have attended,
-- which is what the CPD logging of those meetings already assumed.
INSERT INTO action_learning_attendance (meeting_id, member_id, status)
SELECT g.id, x.member_id, 'attended'
FROM action_learning_meetings g JOIN action_learning_set_members x ON x.set_id = g.set_id;

-- CPD entries logged from activities used to repeat the type in the title, and the CPD log shows the
-- type too ("Action learning set: Action learning set: …"): keep only the activity's own name.
UPDATE cpd_entries SET title = substr(title, 22) WHERE source LIKE 'activities:alsMeeting:%' AND title LIKE 'Action learning set: %';
UPDATE cpd_entries SET title = substr(title, 18) WHERE source LIKE 'activities:shadowing:%' AND title LIKE 'Shadowing visit: %';
UPDATE cpd_entries SET title = substr(title, 11) WHERE source LIKE 'activities:buddying:%' AND title LIKE 'Buddying: %';
UPDATE cpd_entries SET title = 'GROW session' WHERE source LIKE 'activities:coaching:%' AND title = 'Coaching session (GROW)';
