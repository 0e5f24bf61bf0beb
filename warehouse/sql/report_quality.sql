-- The latest run's data-quality checks per suite, with its quarantined records.
WITH last_run AS (SELECT run_id, status, started_at FROM ops_runs ORDER BY started_at DESC LIMIT 1)
SELECT r.run_id, r.status, r.started_at, q.suite, count(*) FILTER (WHERE q.success) AS passed,
       count(*) FILTER (WHERE NOT q.success) AS failed,
       coalesce(sum(q.unexpected_count) FILTER (WHERE NOT q.success), 0)::BIGINT AS unexpected_rows,
       (SELECT count(*) FROM ops_quarantine o WHERE o.first_run_id = r.run_id) AS quarantined
FROM last_run r LEFT JOIN ops_dq_results q USING (run_id)
GROUP BY ALL ORDER BY q.suite;
