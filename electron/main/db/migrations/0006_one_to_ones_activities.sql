-- one_to_ones_activities tables (filled in by the one_to_ones_activities feature before release).
SELECT 1;
