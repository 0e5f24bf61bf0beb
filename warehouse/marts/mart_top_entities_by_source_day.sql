-- Grain: one row per source, publication day and rank (1 to 10): the entities the most of that source's articles mention that day.
CREATE OR REPLACE VIEW mart_top_entities_by_source_day AS
WITH daily AS (
    SELECT a.source_key, d.date, m.entity_key, count(*) AS articles, sum(m.mention_count)::BIGINT AS mentions
    FROM fct_entity_mention m
    JOIN dim_article a USING (article_key)
    JOIN dim_date d ON d.date_key = a.published_date_key
    GROUP BY ALL
)
SELECT s.source_name, date,
       row_number() OVER (PARTITION BY source_key, date ORDER BY articles DESC, mentions DESC, e.canonical_name) AS rank,
       entity_key, e.canonical_name, e.entity_type, articles, mentions, source_key
FROM daily
JOIN dim_entity e USING (entity_key)
JOIN dim_source s USING (source_key)
QUALIFY rank <= 10;
