-- One row per way the published warehouse is not whole, beyond the warehouse's own checks: a row written
-- by a run not recorded as succeeded (the work of a night that was killed, failed or stopped), or an
-- article whose newest raw version is not the one loaded (nor refused with a reason).
WITH succeeded AS (
    SELECT run_id FROM ops_runs WHERE status = 'succeeded'
), newest AS (
    SELECT article_id, content_hash, source_path, record_locator
    FROM raw_article
    WHERE duplicate_of_article_id IS NULL
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1
)
SELECT 'raw_article written by a run not succeeded' AS problem, ingested_run_id AS value
FROM raw_article WHERE ingested_run_id NOT IN (FROM succeeded)
UNION ALL
SELECT 'ops_quarantine written by a run not succeeded', first_run_id
FROM ops_quarantine WHERE first_run_id NOT IN (FROM succeeded)
UNION ALL
SELECT 'ops_landing_manifest written by a run not succeeded', last_run_id
FROM ops_landing_manifest WHERE last_run_id NOT IN (FROM succeeded)
UNION ALL
SELECT 'dim_article is not its newest raw version', n.article_id
FROM newest n JOIN dim_article a USING (article_id)
WHERE a.content_hash <> n.content_hash
UNION ALL
SELECT 'raw article never loaded', n.article_id
FROM newest n
ANTI JOIN dim_article a USING (article_id)
ANTI JOIN (SELECT source_path, record_locator FROM ops_quarantine WHERE disposition = 'rejected') q
    USING (source_path, record_locator);
