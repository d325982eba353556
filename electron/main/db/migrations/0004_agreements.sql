-- agreements tables (filled in by the agreements feature before release).
SELECT 1;
