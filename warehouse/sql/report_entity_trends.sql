-- Entities rising and falling: articles a day mentioning each after $pivot (the recent part of the window)
-- against before it; the ten largest rises and the ten largest falls.
WITH split AS (
    SELECT entity_key, any_value(canonical_name) AS canonical_name, any_value(entity_type) AS entity_type,
           coalesce(sum(articles) FILTER (WHERE date > $pivot), 0) / $recent_days AS recent_per_day,
           coalesce(sum(articles) FILTER (WHERE date <= $pivot), 0) / $earlier_days AS earlier_per_day
    FROM mart_entity_daily_mentions
    WHERE date BETWEEN $since AND $until
    GROUP BY entity_key
), changes AS (
    SELECT canonical_name, entity_type, round(recent_per_day, 3) AS recent_per_day,
           round(earlier_per_day, 3) AS earlier_per_day, round(recent_per_day - earlier_per_day, 3) AS change
    FROM split WHERE recent_per_day <> earlier_per_day
)
(SELECT *, 'rising' AS direction FROM changes WHERE change > 0 ORDER BY change DESC, canonical_name LIMIT 10)
UNION ALL
(SELECT *, 'falling' AS direction FROM changes WHERE change < 0 ORDER BY change, canonical_name LIMIT 10);
