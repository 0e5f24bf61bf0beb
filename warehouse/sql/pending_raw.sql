-- The latest raw version of each article of a chunk of pending ids.
SELECT r.* FROM raw_article r SEMI JOIN chunk_ids USING (article_id)
QUALIFY row_number() OVER (PARTITION BY r.article_id ORDER BY r.version DESC) = 1
ORDER BY r.article_id;
