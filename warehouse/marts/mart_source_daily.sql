-- Grain: one row per source and publication day: how much it published.
CREATE OR REPLACE VIEW mart_source_daily AS
SELECT s.source_name, d.date, count(*) AS articles, sum(a.word_count)::BIGINT AS words, a.source_key
FROM dim_article a
JOIN dim_source s USING (source_key)
JOIN dim_date d ON d.date_key = a.published_date_key
GROUP BY ALL;
