SELECT suite, expectation, on_failure, success, unexpected_count
FROM ops_dq_results WHERE run_id = $run_id
ORDER BY success, CASE on_failure WHEN 'fail_run' THEN 0 WHEN 'quarantine' THEN 1 ELSE 2 END, suite, expectation;
