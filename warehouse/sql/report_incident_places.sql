-- The window's incidents per geocoded place: where, how precisely, how many and how deadly.
SELECT place, country_code, place_precision, latitude, longitude, count(*) AS incidents,
       coalesce(sum(killed), 0)::BIGINT AS killed, coalesce(sum(wounded), 0)::BIGINT AS wounded,
       sum(articles)::BIGINT AS articles, string_agg(DISTINCT incident_type, ', ' ORDER BY incident_type) AS types,
       min(date) AS first_date, max(date) AS last_date
FROM mart_incidents
WHERE date BETWEEN $since AND $until AND latitude IS NOT NULL
GROUP BY ALL ORDER BY incidents DESC, place;
