-- Per-assessment, per-section rating totals, kept in step with skill_ratings by triggers,
-- so the team heatmap and section coverage read ~15 rows per member instead of ~120.
CREATE TABLE skill_section_totals (
  assessment_id  INTEGER NOT NULL REFERENCES skill_assessments(id) ON DELETE CASCADE,
  section_id     INTEGER NOT NULL REFERENCES skill_sections(id) ON DELETE CASCADE,
  total          INTEGER NOT NULL,
  rated          INTEGER NOT NULL CHECK (rated >= 0),
  PRIMARY KEY (assessment_id, section_id)
) STRICT, WITHOUT ROWID;

INSERT INTO skill_section_totals (assessment_id, section_id, total, rated)
  SELECT r.assessment_id, s.section_id, sum(r.current), count(r.current)
  FROM skill_ratings r JOIN skills s ON s.id = r.skill_id
  WHERE r.current IS NOT NULL
  GROUP BY r.assessment_id, s.section_id;

CREATE TRIGGER skill_ratings_add_total AFTER INSERT ON skill_ratings WHEN NEW.current IS NOT NULL
BEGIN
  INSERT INTO skill_section_totals (assessment_id, section_id, total, rated)
    SELECT NEW.assessment_id, s.section_id, NEW.current, 1 FROM skills s WHERE s.id = NEW.skill_id
  ON CONFLICT (assessment_id, section_id) DO UPDATE SET total = total + excluded.total, rated = rated + 1;
END;

CREATE TRIGGER skill_ratings_remove_total AFTER DELETE ON skill_ratings WHEN OLD.current IS NOT NULL
BEGIN
  UPDATE skill_section_totals SET total = total - OLD.current, rated = rated - 1
  WHERE assessment_id = OLD.assessment_id AND section_id = (SELECT section_id FROM skills WHERE id = OLD.skill_id);
END;

CREATE TRIGGER skill_ratings_change_total AFTER UPDATE OF current, skill_id, assessment_id ON skill_ratings
BEGIN
  UPDATE skill_section_totals SET total = total - OLD.current, rated = rated - 1
  WHERE OLD.current IS NOT NULL
    AND assessment_id = OLD.assessment_id AND section_id = (SELECT section_id FROM skills WHERE id = OLD.skill_id);
  INSERT INTO skill_section_totals (assessment_id, section_id, total, rated)
    SELECT NEW.assessment_id, s.section_id, NEW.current, 1 FROM skills s WHERE s.id = NEW.skill_id AND NEW.current IS NOT NULL
  ON CONFLICT (assessment_id, section_id) DO UPDATE SET total = total + excluded.total, rated = rated + 1;
END;

-- The totals assume a rated skill stays in its section.
CREATE TRIGGER skills_keep_section BEFORE UPDATE OF section_id ON skills
WHEN NEW.section_id <> OLD.section_id AND EXISTS (SELECT 1 FROM skill_ratings WHERE skill_id = OLD.id)
BEGIN
  SELECT RAISE(ABORT, 'a skill that has ratings cannot move to another section');
END;
