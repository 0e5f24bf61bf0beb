-- The window's most-reported incidents, those several sources report first: what happened, where, and how
-- sure the clustering that joined their articles is.
SELECT coalesce(event_date, date) AS event_date, coalesce(event_type, 'Not typed') AS event_type, place, country_code,
       killed, wounded, articles, sources, round(confidence, 2) AS clustering_confidence
FROM mart_incidents
WHERE coalesce(event_date, date) BETWEEN $since AND $until
ORDER BY sources DESC, articles DESC, killed DESC NULLS LAST, event_date, incident_key
LIMIT $max_incidents;
