-- Grain: one row per pair of actors named together in the 30 days up to the latest publication day in the warehouse.
CREATE OR REPLACE VIEW mart_actor_network AS
WITH span AS (
    SELECT max(d.date) - 29 AS window_start, max(d.date) AS window_end
    FROM dim_article a JOIN dim_date d ON d.date_key = a.published_date_key
)
SELECT s.window_start, s.window_end, n.actor_a, n.type_a, n.actor_b, n.type_b,
       sum(n.articles)::BIGINT AS articles, sum(n.shared_sentences)::BIGINT AS shared_sentences,
       count(*) AS days, n.entity_key_a, n.entity_key_b
FROM mart_actor_network_daily n, span s
WHERE n.date BETWEEN s.window_start AND s.window_end
GROUP BY ALL;
