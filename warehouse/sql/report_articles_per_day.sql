-- Articles per publication day and source in the window; sources past the eighth largest together as 'other sources'.
WITH ranked AS (
    SELECT source_key, dense_rank() OVER (ORDER BY sum(articles) DESC, any_value(source_name)) AS size_rank
    FROM mart_source_daily WHERE date BETWEEN $since AND $until GROUP BY source_key
)
SELECT d.date, CASE WHEN r.size_rank <= 8 THEN d.source_name ELSE 'other sources' END AS source,
       sum(d.articles)::BIGINT AS articles
FROM mart_source_daily d JOIN ranked r USING (source_key)
WHERE d.date BETWEEN $since AND $until
GROUP BY ALL ORDER BY d.date, source;
