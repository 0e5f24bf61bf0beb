-- Grain: one row per day an event happened, event type and sub-type, place, and the two actors
-- (each real-world event once, however many articles report it; tolls and history left out).
CREATE OR REPLACE VIEW mart_events_daily AS
SELECT d.date AS event_date, i.date_precision, i.event_type, i.sub_event_type,
       p.name AS place, p.region, p.country_code, p.level AS place_level, i.actor1, i.actor2,
       count(*) AS events, coalesce(sum(i.killed_best), 0)::BIGINT AS killed,
       coalesce(sum(i.wounded_best), 0)::BIGINT AS wounded, sum(i.n_articles)::BIGINT AS articles,
       count(*) FILTER (WHERE i.date_source = 'publication') AS dated_by_publication,
       i.place_key, i.actor1_entity_key, i.actor2_entity_key
FROM fct_incident i
LEFT JOIN dim_date d ON d.date_key = i.event_date_key
LEFT JOIN dim_place p ON p.place_key = i.place_key
WHERE i.kind = 'incident'
GROUP BY ALL;
