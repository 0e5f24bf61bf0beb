-- Grain: one row per dateline place, publication day and rank (1 to 10): the entities the most articles datelined there mention that day.
CREATE OR REPLACE VIEW mart_top_entities_by_place_day AS
WITH daily AS (
    SELECT a.dateline_place AS place, d.date, m.entity_key, count(*) AS articles,
           sum(m.mention_count)::BIGINT AS mentions
    FROM fct_entity_mention m
    JOIN dim_article a USING (article_key)
    JOIN dim_date d ON d.date_key = a.published_date_key
    WHERE a.dateline_place IS NOT NULL
    GROUP BY ALL
)
SELECT place, date,
       row_number() OVER (PARTITION BY place, date ORDER BY articles DESC, mentions DESC, e.canonical_name) AS rank,
       entity_key, e.canonical_name, e.entity_type, articles, mentions
FROM daily JOIN dim_entity e USING (entity_key)
QUALIFY rank <= 10;
