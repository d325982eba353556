-- skills tables (filled in by the skills feature before release).
SELECT 1;
