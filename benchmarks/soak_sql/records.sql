-- One row per record the soak wrote into its landing folder (landed_records, registered by the soak), with
-- where the warehouse keeps it. In the raw layer: a version read from the same bytes (its file's hash and
-- its place in the file) or, for a JSON record, a version with its URL and body (the same record read
-- first from another file, or from an earlier version of its file). In quarantine: a row naming its
-- file's bytes, its place in it and the reason planned. `found`: article, duplicate (a raw version linked
-- to the first copy of its body), quarantined, repaired (both: read with its bad bytes replaced) or lost.
WITH raw AS (
    SELECT file_hash, record_locator, url, sha256(body) AS body_sha256,
           duplicate_of_article_id IS NOT NULL AS is_duplicate
    FROM raw_article
), in_raw AS (
    SELECT l.source_path, l.file_hash, l.record_locator, bool_or(r.is_duplicate) AS is_duplicate
    FROM landed_records l
    JOIN raw r ON (r.file_hash = l.file_hash AND r.record_locator = l.record_locator)
               OR (r.url = l.url AND r.body_sha256 = l.body_sha256)
    GROUP BY ALL
), in_quarantine AS (
    SELECT DISTINCT l.source_path, l.file_hash, l.record_locator
    FROM landed_records l
    JOIN ops_quarantine q ON q.source_path = l.source_path AND q.file_hash = l.file_hash
                         AND q.record_locator = l.record_locator AND q.reason = l.reason
)
SELECT l.night, l.source_path, l.record_locator, l.outcome AS expected,
       CASE WHEN q.source_path IS NOT NULL AND r.source_path IS NOT NULL THEN 'repaired'
            WHEN q.source_path IS NOT NULL THEN 'quarantined'
            WHEN r.is_duplicate THEN 'duplicate'
            WHEN r.source_path IS NOT NULL THEN 'article'
            ELSE 'lost' END AS found
FROM landed_records l
LEFT JOIN in_raw r USING (source_path, file_hash, record_locator)
LEFT JOIN in_quarantine q USING (source_path, file_hash, record_locator)
ORDER BY l.night, l.source_path, l.record_locator;
