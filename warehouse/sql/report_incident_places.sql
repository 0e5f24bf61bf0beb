-- The window's events per geocoded place and type: where, how precisely, how many and how deadly.
SELECT place, country_code, place_precision, latitude, longitude, coalesce(event_type, 'Not typed') AS event_type,
       count(*) AS incidents, coalesce(sum(killed), 0)::BIGINT AS killed, coalesce(sum(wounded), 0)::BIGINT AS wounded,
       sum(articles)::BIGINT AS articles,
       string_agg(DISTINCT sub_event_type, ', ' ORDER BY sub_event_type) AS types,
       min(coalesce(event_date, date)) AS first_date, max(coalesce(event_date, date)) AS last_date
FROM mart_incidents
WHERE coalesce(event_date, date) BETWEEN $since AND $until AND latitude IS NOT NULL
GROUP BY ALL ORDER BY incidents DESC, place, event_type;
