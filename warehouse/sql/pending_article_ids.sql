-- Articles to load, by id: the latest version of each article that is not a duplicate and is not
-- loaded as it is now (or every latest version, for a full refresh); for a backfill, also the loaded
-- articles published from $since to $until whose facts another extractor made (or that have none).
WITH latest AS (
    SELECT article_id, content_hash, duplicate_of_article_id FROM raw_article
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1
), outdated AS (
    SELECT a.article_id FROM dim_article a
    WHERE $backfill AND a.published_at::DATE BETWEEN $since AND $until
      AND NOT EXISTS (SELECT 1 FROM fct_entity_mention m
                      WHERE m.article_key = a.article_key AND m.extractor_version = $extractor_version)
)
SELECT article_id FROM latest
WHERE duplicate_of_article_id IS NULL
  AND ($full_refresh OR content_hash NOT IN (SELECT content_hash FROM dim_article)
       OR article_id IN (SELECT article_id FROM outdated))
ORDER BY article_id;
