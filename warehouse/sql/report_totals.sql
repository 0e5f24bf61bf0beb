-- The window at a glance: one row.
SELECT (SELECT coalesce(sum(articles), 0) FROM mart_source_daily WHERE date BETWEEN $since AND $until) AS articles,
       (SELECT count(DISTINCT source_key) FROM mart_source_daily WHERE date BETWEEN $since AND $until) AS sources,
       (SELECT count(DISTINCT entity_key) FROM mart_entity_daily_mentions WHERE date BETWEEN $since AND $until)
           AS entities,
       count(*) AS incidents, coalesce(sum(killed), 0) AS killed, coalesce(sum(wounded), 0) AS wounded,
       count(*) FILTER (WHERE latitude IS NULL) AS incidents_without_place
FROM mart_incidents WHERE date BETWEEN $since AND $until;
