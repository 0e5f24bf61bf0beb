INSERT INTO ops_runs (run_id, flow_name, parameters, started_at, ended_at, status, error, counts)
VALUES ($run_id, $flow_name, $parameters, $started_at, $ended_at, $status, $error, $counts);
