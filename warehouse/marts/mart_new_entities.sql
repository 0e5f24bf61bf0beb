-- Grain: one row per entity that the latest successful run loaded for the first time ("new today").
CREATE OR REPLACE VIEW mart_new_entities AS
WITH last_run AS (
    SELECT run_id, started_at FROM ops_runs WHERE status = 'succeeded' ORDER BY started_at DESC LIMIT 1
), mentioned AS (
    SELECT entity_key, count(*) AS articles, sum(mention_count)::BIGINT AS mentions
    FROM fct_entity_mention GROUP BY entity_key
)
SELECT e.canonical_name, e.entity_type, e.country_code, coalesce(m.articles, 0) AS articles,
       coalesce(m.mentions, 0) AS mentions, e.first_seen_date, e.first_loaded_at, r.run_id, e.entity_key
FROM dim_entity e
JOIN last_run r ON e.first_loaded_at >= r.started_at
LEFT JOIN mentioned m USING (entity_key);
