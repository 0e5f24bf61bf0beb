-- Grain: one row per day, place, actor and incident type (place or actor NULL where no report names one).
CREATE OR REPLACE VIEW mart_incidents_daily AS
SELECT d.date, p.name AS place, p.country_code, p.precision AS place_precision, a.canonical_name AS actor,
       i.incident_type, count(*) AS incidents, coalesce(sum(i.killed_best), 0)::BIGINT AS killed,
       coalesce(sum(i.wounded_best), 0)::BIGINT AS wounded, sum(i.n_articles)::BIGINT AS articles,
       i.place_key, i.actor_entity_key
FROM fct_incident i
LEFT JOIN dim_date d ON d.date_key = i.date_key
LEFT JOIN dim_place p ON p.place_key = i.place_key
LEFT JOIN dim_entity a ON a.entity_key = i.actor_entity_key
WHERE i.kind = 'incident'
GROUP BY ALL;
