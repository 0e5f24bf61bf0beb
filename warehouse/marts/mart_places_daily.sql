-- Grain: one row per geocoded place and publication day on which an article names it (a place entity,
-- a nationality of its country, a name after 'in'): where the news is, for maps and "what is happening
-- in Borno this week".
CREATE OR REPLACE VIEW mart_places_daily AS
WITH named AS (
    SELECT d.date, m.place_key, m.article_key, m.mention_count
    FROM fct_entity_mention m
    JOIN dim_article a USING (article_key)
    JOIN dim_date d ON d.date_key = a.published_date_key
    WHERE m.place_key IS NOT NULL
),
daily AS (
    SELECT date, place_key, count(DISTINCT article_key) AS articles, sum(mention_count)::BIGINT AS mentions
    FROM named
    GROUP BY ALL
),
-- The people, organizations, groups and events named in the same articles (not the place's own
-- mentions, such as a nationality of its country), by articles that day.
beside AS (
    SELECT n.date, n.place_key, e.canonical_name, count(DISTINCT n.article_key) AS articles
    FROM (SELECT DISTINCT date, place_key, article_key FROM named) n
    JOIN fct_entity_mention m USING (article_key)
    JOIN dim_entity e ON e.entity_key = m.entity_key
    WHERE m.place_key IS DISTINCT FROM n.place_key AND e.entity_type IN ('PERSON', 'ORG', 'GROUP', 'EVENT')
    GROUP BY n.date, n.place_key, e.canonical_name
    QUALIFY row_number() OVER (PARTITION BY n.date, n.place_key ORDER BY articles DESC, e.canonical_name) <= 5
),
top_entities AS (
    SELECT date, place_key, list(canonical_name ORDER BY articles DESC, canonical_name) AS top_entities
    FROM beside
    GROUP BY ALL
)
SELECT daily.date, daily.place_key, p.name AS place, p.level, p.country_code, p.region, p.region_code,
       p.latitude, p.longitude, p.geonameid, daily.articles, daily.mentions,
       coalesce(t.top_entities, []::VARCHAR[]) AS top_entities
FROM daily
JOIN dim_place p USING (place_key)
LEFT JOIN top_entities t USING (date, place_key);
