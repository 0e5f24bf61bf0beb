-- Latest version of each article that is not a duplicate and is not loaded as it is now
-- (or every latest version, for a full refresh).
WITH latest AS (
    SELECT * FROM raw_article
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1
)
SELECT latest.* EXCLUDE (version, duplicate_of_article_id, ingested_run_id, ingested_at),
       version, duplicate_of_article_id, ingested_run_id, ingested_at
FROM latest
WHERE duplicate_of_article_id IS NULL
  AND ($full_refresh OR content_hash NOT IN (SELECT content_hash FROM dim_article));
