-- Views an analyst starts from.

CREATE VIEW v_article AS
SELECT a.article_key, a.article_id, a.title, s.source_name, s.source_id, a.published_at,
       d.date AS published_date, a.dateline_place, a.language, a.word_count, a.url
FROM dim_article a
JOIN dim_source s USING (source_key)
LEFT JOIN dim_date d ON d.date_key = a.published_date_key;

CREATE VIEW v_entity_mention AS
SELECT e.canonical_name, e.entity_type, a.title, a.published_at, s.source_name,
       m.mention_count, m.first_offset, m.article_key, m.entity_key
FROM fct_entity_mention m
JOIN dim_entity e USING (entity_key)
JOIN dim_article a USING (article_key)
JOIN dim_source s ON s.source_key = a.source_key;

CREATE VIEW v_raw_duplicate AS
SELECT r.article_id, r.source_path, r.record_locator, r.duplicate_of_article_id,
       f.source_path AS first_copy_path, r.ingested_run_id
FROM raw_article r
JOIN raw_article f ON f.article_id = r.duplicate_of_article_id AND f.version = 1
WHERE r.duplicate_of_article_id IS NOT NULL;
