-- One row per entity and spelling the run saw, as written at its first mention (by article, offset).
SELECT alias_id, first(alias ORDER BY article_id, start) AS alias, any_value(entity_key) AS entity_key,
       first(learned_from ORDER BY article_id, start) AS learned_from
FROM run_entity_alias
GROUP BY alias_id
