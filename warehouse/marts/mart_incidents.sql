-- Grain: one row per real-world incident (each once, however many articles report it), with the day it was first
-- reported, the day it happened, its type, place and actors named, and how sure the clustering is; the
-- incidents several sources report first.
CREATE OR REPLACE VIEW mart_incidents AS
SELECT i.incident_key, d.date, i.incident_type, i.event_family, i.event_type, i.sub_event_type,
       e.date AS event_date, i.date_precision, i.date_source, i.actor1, i.actor2,
       p.name AS place, p.region, p.country_code, p.precision AS place_precision, p.latitude, p.longitude,
       a.canonical_name AS actor, a.entity_type AS actor_type,
       i.killed_best AS killed, i.killed_low, i.killed_high, i.wounded_best AS wounded, i.wounded_low, i.wounded_high,
       i.n_articles AS articles, i.n_sources AS sources, i.first_reported_at, i.last_reported_at,
       i.is_hedged, i.reconciliation, i.joined_by, i.confidence, i.place_key, i.actor_entity_key
FROM fct_incident i
LEFT JOIN dim_date d ON d.date_key = i.date_key
LEFT JOIN dim_date e ON e.date_key = i.event_date_key
LEFT JOIN dim_place p ON p.place_key = i.place_key
LEFT JOIN dim_entity a ON a.entity_key = i.actor_entity_key
WHERE i.kind = 'incident'
ORDER BY i.n_sources DESC, i.n_articles DESC, i.first_reported_at, i.incident_key;
