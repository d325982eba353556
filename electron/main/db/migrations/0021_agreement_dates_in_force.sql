-- An agreement's dates (and hours) are those of the version in force: the newest signed version, or the
-- draft while nothing is signed. Earlier releases also copied them from a later draft (version 2 …) as it
-- was typed, so a running placement could show as ended before anyone agreed to the change. Put back the
-- newest signed version's values wherever a version is signed. A signed version whose stored content lacks
-- usable dates or hours leaves its agreement as it is: this migration must never stop the store opening.
UPDATE agreements
SET start_date = s.start_date, end_date = s.end_date, hours_per_week = s.hours
FROM (
  SELECT v.agreement_id,
         json_extract(v.content, '$.startDate') AS start_date,
         json_extract(v.content, '$.endDate') AS end_date,
         json_extract(v.content, '$.hoursPerWeek') AS hours,
         row_number() OVER (PARTITION BY v.agreement_id ORDER BY v.number DESC) AS n
  FROM agreement_versions v
  WHERE v.status = 'signed' AND json_valid(v.content)
) AS s
WHERE s.agreement_id = agreements.id AND s.n = 1
  AND typeof(s.start_date) = 'text' AND date(s.start_date) = s.start_date
  AND typeof(s.end_date) = 'text' AND date(s.end_date) = s.end_date
  AND s.end_date >= s.start_date
  AND typeof(s.hours) IN ('integer', 'real') AND s.hours BETWEEN 0 AND 48;
