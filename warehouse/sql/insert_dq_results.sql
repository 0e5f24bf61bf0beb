-- A run's check results; a result recorded already for the same run, suite and expectation is replaced.
MERGE INTO ops_dq_results USING (SELECT * REPLACE (examples::JSON AS examples) FROM dq_rows) AS dq
USING (run_id, suite, expectation)
WHEN MATCHED THEN UPDATE BY NAME
WHEN NOT MATCHED THEN INSERT BY NAME;
