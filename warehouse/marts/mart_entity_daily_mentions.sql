-- Grain: one row per entity and publication day on which at least one article mentions it.
CREATE OR REPLACE VIEW mart_entity_daily_mentions AS
SELECT d.date, e.entity_key, e.canonical_name, e.entity_type, e.country_code,
       count(*) AS articles, sum(m.mention_count)::BIGINT AS mentions,
       count(DISTINCT a.source_key) AS sources, count(*) FILTER (WHERE m.is_in_title) AS title_articles
FROM fct_entity_mention m
JOIN dim_article a USING (article_key)
JOIN dim_date d ON d.date_key = a.published_date_key
JOIN dim_entity e USING (entity_key)
GROUP BY ALL;
