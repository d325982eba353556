-- Announced dashboard items get a table of their own (issue #21), as dismissals did in 0016: they lived in the
-- key-value settings store as 'dashboard.alerted:<item key>' with the day announced as value.
-- alerted_on: the day the item was announced (each urgent item is announced once).
CREATE TABLE dashboard_alerts (
  item_key    TEXT PRIMARY KEY CHECK (length(item_key) BETWEEN 1 AND 300),
  alerted_on  TEXT NOT NULL CHECK (date(alerted_on) = alerted_on)
) STRICT, WITHOUT ROWID;

-- A row whose value is not a day is not carried over: at worst that item is announced once more.
INSERT INTO dashboard_alerts (item_key, alerted_on)
SELECT substr(key, 19), value
FROM settings
WHERE substr(key, 1, 18) = 'dashboard.alerted:'
  AND length(key) BETWEEN 19 AND 318
  AND date(value) IS value;

DELETE FROM settings WHERE substr(key, 1, 18) = 'dashboard.alerted:';
