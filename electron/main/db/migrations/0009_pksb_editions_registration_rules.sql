-- PKSB editions, carried-over ratings, the Knowledge Management Chartership route, the mentor
-- register, the per-level portfolio checklist, and evidence mapped only to CILIP's three criteria.

-- Which PKSB edition a framework's sections follow; NULL for a framework of the team's own.
ALTER TABLE skill_frameworks ADD COLUMN edition TEXT CHECK (edition IS NULL OR edition IN ('2012', '2021'));
-- Until now every shipped skeleton was the 2012 wheel.
UPDATE skill_frameworks SET edition = '2012'
  WHERE EXISTS (SELECT 1 FROM skill_sections s WHERE s.framework_id = skill_frameworks.id AND s.is_local = 0);

-- A reassessment may start from the previous assessment's ratings: 1 until the person changes the rating.
ALTER TABLE skill_ratings ADD COLUMN carried_over INTEGER NOT NULL DEFAULT 0 CHECK (carried_over IN (0, 1));
ALTER TABLE skill_assessments ADD COLUMN carried_from INTEGER REFERENCES skill_assessments(id) ON DELETE SET NULL;

ALTER TABLE registration_journeys ADD COLUMN route TEXT NOT NULL DEFAULT 'main'
  CHECK (route IN ('main', 'knowledge_management'));
-- NULL: not recorded yet.
ALTER TABLE registration_journeys ADD COLUMN mentor_on_register INTEGER
  CHECK (mentor_on_register IS NULL OR mentor_on_register IN (0, 1));

-- Documents of the portfolio, ticked off per journey; `note` holds e.g. who wrote a letter of support.
CREATE TABLE registration_portfolio_items (
  journey_id  INTEGER NOT NULL REFERENCES registration_journeys(id) ON DELETE CASCADE,
  item        TEXT NOT NULL CHECK (item IN ('pksb_initial', 'pksb_final', 'annotated_cv', 'annotated_job_description',
                'organisational_context', 'mentor_completion_form', 'evaluative_statement', 'evidence_mapped',
                'letter_of_support_mentor', 'letter_of_support_second')),
  done_on     TEXT CHECK (done_on IS NULL OR date(done_on) = done_on),
  note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  PRIMARY KEY (journey_id, item)
) STRICT, WITHOUT ROWID;

-- "Reflection" is not a criterion, and Fellowship's letters of support are documents (the checklist above).
UPDATE registration_evidence
  SET criteria = (SELECT json_group_array(value) FROM json_each(registration_evidence.criteria)
                  WHERE value NOT IN ('reflection', 'supporting'))
  WHERE EXISTS (SELECT 1 FROM json_each(registration_evidence.criteria) WHERE value IN ('reflection', 'supporting'));
