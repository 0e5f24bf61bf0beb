-- MinHash signatures of the articles this run wrote (is_new) and of the warehouse's articles
-- published within $window_days of them: near-duplicates are looked for among these.
WITH run_days AS (
    SELECT min(a.published_at) - to_days($window_days) AS first_at, max(a.published_at) + to_days($window_days) AS last_at
    FROM dim_article a SEMI JOIN run_article USING (article_key)
)
SELECT a.article_id, s.minhash, a.article_key IN (SELECT article_key FROM run_article) AS is_new
FROM fct_article_signature s
JOIN dim_article a USING (article_key), run_days
WHERE a.article_key IN (SELECT article_key FROM run_article) OR a.published_at BETWEEN run_days.first_at AND run_days.last_at;
