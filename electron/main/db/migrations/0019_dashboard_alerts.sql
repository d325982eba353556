-- Announced dashboard items get a table of their own (issue #21), as dismissals did in 0016: they lived in the
-- key-value settings store as 'dashboard.alerted:<item key>' with the day announced as value.
-- alerted_on: the day the item was announced (each urgent item is announced once).
CREATE TABLE dashboard_alerts (
  item_key    TEXT PRIMARY KEY CHECK (length(item_key) BETWEEN 1 AND 300),
  alerted_on  TEXT NOT NULL CHECK (date(alerted_on) = alerted_on)
) STRICT, WITHOUT ROWID;

-- A value that is not a day keeps the item announced (so nobody is told twice), dated the day of the migration.
INSERT INTO dashboard_alerts (item_key, alerted_on)
SELECT substr(key, 19), CASE WHEN date(value) IS value THEN value ELSE date('now') END
FROM settings
WHERE substr(key, 1, 18) = 'dashboard.alerted:'
  AND length(key) BETWEEN 19 AND 318;

DELETE FROM settings WHERE substr(key, 1, 18) = 'dashboard.alerted:';
