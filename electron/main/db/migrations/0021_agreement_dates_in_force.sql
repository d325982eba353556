-- An agreement's dates (and hours) are those of the version in force: the newest signed version, or the
-- draft while nothing is signed. Earlier releases also copied them from a later draft (version 2 …) as it
-- was typed, so a running placement could show as ended before anyone agreed to the change. Put back the
-- newest signed version's values wherever a version is signed.
UPDATE agreements
SET start_date = (
      SELECT json_extract(v.content, '$.startDate') FROM agreement_versions v
      WHERE v.agreement_id = agreements.id AND v.status = 'signed' ORDER BY v.number DESC LIMIT 1),
    end_date = (
      SELECT json_extract(v.content, '$.endDate') FROM agreement_versions v
      WHERE v.agreement_id = agreements.id AND v.status = 'signed' ORDER BY v.number DESC LIMIT 1),
    hours_per_week = (
      SELECT json_extract(v.content, '$.hoursPerWeek') FROM agreement_versions v
      WHERE v.agreement_id = agreements.id AND v.status = 'signed' ORDER BY v.number DESC LIMIT 1)
WHERE EXISTS (SELECT 1 FROM agreement_versions v WHERE v.agreement_id = agreements.id AND v.status = 'signed');
