-- One row per entity the run mentioned (or pointed to as a country): the name and country code
-- most of its mentions give (ties: alphabetical), first and last seen over the whole run.
WITH names AS (
    SELECT entity_key, canonical_name, sum(mentions) AS mentions FROM run_entity GROUP BY ALL
), countries AS (
    SELECT entity_key, country_code, country_entity_key, sum(mentions) AS mentions
    FROM run_entity WHERE country_code IS NOT NULL GROUP BY ALL
)
SELECT e.entity_key, any_value(e.entity_id) AS entity_id,
       (SELECT first(n.canonical_name ORDER BY n.mentions DESC, n.canonical_name) FROM names n
        WHERE n.entity_key = e.entity_key) AS canonical_name,
       any_value(e.entity_type) AS entity_type,
       (SELECT first(c.country_code ORDER BY c.mentions DESC, c.country_code) FROM countries c
        WHERE c.entity_key = e.entity_key) AS country_code,
       (SELECT first(c.country_entity_key ORDER BY c.mentions DESC, c.country_code) FROM countries c
        WHERE c.entity_key = e.entity_key) AS country_entity_key,
       min(e.first_seen_date) AS first_seen_date, max(e.last_seen_date) AS last_seen_date
FROM run_entity e
GROUP BY e.entity_key
