-- The window's places in the news: every geocoded place the articles name, by articles naming it, with
-- the entities most often among those named beside it (on the most days). Continents are left out: a
-- dot in mid-ocean says nothing.
WITH daily AS (
    FROM mart_places_daily
    WHERE date BETWEEN $since AND $until AND latitude IS NOT NULL AND level IS DISTINCT FROM 'continent'
),
beside AS (
    SELECT place_key, entity, count(*) AS days
    FROM (SELECT place_key, unnest(top_entities) AS entity FROM daily)
    GROUP BY place_key, entity
    QUALIFY row_number() OVER (PARTITION BY place_key ORDER BY days DESC, entity) <= 5
)
SELECT place, level, country_code, region, any_value(latitude) AS latitude, any_value(longitude) AS longitude,
       sum(articles)::BIGINT AS articles, sum(mentions)::BIGINT AS mentions,
       coalesce((SELECT string_agg(entity, ', ' ORDER BY days DESC, entity) FROM beside b
                 WHERE b.place_key = daily.place_key), '') AS named_with,
       min(date) AS first_date, max(date) AS last_date
FROM daily
GROUP BY place_key, place, level, country_code, region
ORDER BY articles DESC, place
LIMIT $max_places;
