-- Each run's record, with the rows it left in the raw layer and in the landing manifest.
SELECT r.run_id, r.status, r.counts,
       (SELECT count(*) FROM raw_article a WHERE a.ingested_run_id = r.run_id) AS raw_rows,
       (SELECT count(*) FROM ops_landing_manifest m WHERE m.last_run_id = r.run_id) AS manifest_rows
FROM ops_runs r;
