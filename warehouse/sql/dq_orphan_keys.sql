-- One row per fact or dimension key with no row in the dimension it points to. Dimensions never
-- lose rows, so only the facts of the articles this run wrote (run_article) can point nowhere.
SELECT 'fct_entity_mention.article_key' AS key, article_key::VARCHAR AS value
FROM (FROM fct_entity_mention SEMI JOIN run_article USING (article_key)) ANTI JOIN dim_article USING (article_key)
UNION ALL SELECT 'fct_entity_mention.entity_key', entity_key::VARCHAR
FROM (FROM fct_entity_mention SEMI JOIN run_article USING (article_key)) ANTI JOIN dim_entity USING (entity_key)
UNION ALL SELECT 'fct_entity_mention.place_key', m.place_key::VARCHAR
FROM (FROM fct_entity_mention SEMI JOIN run_article USING (article_key)) m ANTI JOIN dim_place p USING (place_key)
WHERE m.place_key IS NOT NULL
UNION ALL SELECT 'fct_entity_cooccurrence.entity_key_a', c.entity_key_a::VARCHAR
FROM (FROM fct_entity_cooccurrence SEMI JOIN run_article USING (article_key)) c ANTI JOIN dim_entity e ON e.entity_key = c.entity_key_a
UNION ALL SELECT 'fct_entity_cooccurrence.entity_key_b', c.entity_key_b::VARCHAR
FROM (FROM fct_entity_cooccurrence SEMI JOIN run_article USING (article_key)) c ANTI JOIN dim_entity e ON e.entity_key = c.entity_key_b
UNION ALL SELECT 'fct_event_count.article_key', article_key::VARCHAR
FROM (FROM fct_event_count SEMI JOIN run_article USING (article_key)) ANTI JOIN dim_article USING (article_key)
UNION ALL SELECT 'fct_event_count.place_entity_key', c.place_entity_key::VARCHAR
FROM (FROM fct_event_count SEMI JOIN run_article USING (article_key)) c ANTI JOIN dim_entity e ON e.entity_key = c.place_entity_key
WHERE c.place_entity_key IS NOT NULL
UNION ALL SELECT 'fct_event_count.actor_entity_key', c.actor_entity_key::VARCHAR
FROM (FROM fct_event_count SEMI JOIN run_article USING (article_key)) c ANTI JOIN dim_entity e ON e.entity_key = c.actor_entity_key
WHERE c.actor_entity_key IS NOT NULL
UNION ALL SELECT 'fct_article_incident.place_key', r.place_key::VARCHAR
FROM (FROM fct_article_incident SEMI JOIN run_article USING (article_key)) r ANTI JOIN dim_place p USING (place_key)
WHERE r.place_key IS NOT NULL
UNION ALL SELECT 'fct_article_incident.incident_key', r.report_key::VARCHAR
FROM (FROM fct_article_incident SEMI JOIN run_article USING (article_key)) r ANTI JOIN fct_incident i USING (incident_key)
UNION ALL SELECT 'dim_article.source_key', a.source_key::VARCHAR
FROM dim_article a ANTI JOIN dim_source s USING (source_key)
UNION ALL SELECT 'dim_article.published_date_key', a.published_date_key::VARCHAR
FROM dim_article a ANTI JOIN dim_date d ON d.date_key = a.published_date_key
WHERE a.published_date_key IS NOT NULL
UNION ALL SELECT 'dim_entity_alias.entity_key', a.entity_key::VARCHAR
FROM dim_entity_alias a ANTI JOIN dim_entity USING (entity_key);
