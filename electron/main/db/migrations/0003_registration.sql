-- registration tables (filled in by the registration feature before release).
SELECT 1;
