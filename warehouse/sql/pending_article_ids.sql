-- Articles to load, by id: the latest version of each article that is not a duplicate and is not
-- loaded as it is now (or every latest version, for a full refresh).
WITH latest AS (
    SELECT article_id, content_hash, duplicate_of_article_id FROM raw_article
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1
)
SELECT article_id FROM latest
WHERE duplicate_of_article_id IS NULL
  AND ($full_refresh OR content_hash NOT IN (SELECT content_hash FROM dim_article))
ORDER BY article_id;
