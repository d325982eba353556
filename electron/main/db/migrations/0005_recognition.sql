-- recognition tables (filled in by the recognition feature before release).
SELECT 1;
