-- Dismissed and snoozed dashboard items get a table of their own (issue #21): they lived in the key-value
-- settings store as 'dashboard.dismissed:<item key>' with the snooze date or the marker 'changed' as value.
-- until: the snooze date; NULL hides the item until it changes (its key names its state).
CREATE TABLE dashboard_dismissals (
  item_key  TEXT PRIMARY KEY CHECK (length(item_key) BETWEEN 1 AND 300),
  until     TEXT CHECK (until IS NULL OR date(until) = until)
) STRICT, WITHOUT ROWID;

INSERT INTO dashboard_dismissals (item_key, until)
SELECT substr(key, 21), CASE WHEN value = 'changed' THEN NULL ELSE value END
FROM settings
WHERE substr(key, 1, 20) = 'dashboard.dismissed:'
  AND length(key) BETWEEN 21 AND 320
  AND (value = 'changed' OR date(value) IS value);

DELETE FROM settings WHERE substr(key, 1, 20) = 'dashboard.dismissed:';
