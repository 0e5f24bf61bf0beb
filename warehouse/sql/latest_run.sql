SELECT run_id FROM ops_runs ORDER BY started_at DESC LIMIT 1;
