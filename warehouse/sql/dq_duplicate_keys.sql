-- One row per key held by more than one row of its table: the keys the loader writes by
-- (warehouse/load.py), kept without an index on the tables that grow every night. Facts are
-- replaced per article, so only the articles this run wrote (run_article) can hold a duplicate:
-- the check costs what the night does, not what the warehouse holds.
SELECT 'raw_article.content_hash' AS key, content_hash AS value FROM raw_article GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'dim_article.article_key', article_key::VARCHAR FROM dim_article GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'dim_entity.entity_key', entity_key::VARCHAR FROM dim_entity GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'dim_entity_alias.alias_id', alias_id FROM dim_entity_alias GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'fct_entity_mention.article_key+entity_key', article_key || '#' || entity_key
FROM fct_entity_mention SEMI JOIN run_article USING (article_key) GROUP BY article_key, entity_key HAVING count(*) > 1
UNION ALL SELECT 'fct_entity_cooccurrence.article_key+entity_key_a+entity_key_b',
       article_key || '#' || entity_key_a || '#' || entity_key_b
FROM fct_entity_cooccurrence SEMI JOIN run_article USING (article_key)
GROUP BY article_key, entity_key_a, entity_key_b HAVING count(*) > 1
UNION ALL SELECT 'fct_event_count.article_key+char_offset', article_key || '#' || char_offset
FROM fct_event_count SEMI JOIN run_article USING (article_key) GROUP BY article_key, char_offset HAVING count(*) > 1
UNION ALL SELECT 'fct_article_incident.report_key', report_key::VARCHAR
FROM fct_article_incident SEMI JOIN run_article USING (article_key) GROUP BY report_key HAVING count(*) > 1
UNION ALL SELECT 'fct_incident.incident_key', incident_key::VARCHAR FROM fct_incident GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'dim_place.place_key', place_key::VARCHAR FROM dim_place GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'ops_quarantine.quarantine_id', quarantine_id FROM ops_quarantine GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'ops_landing_manifest.landing+source_path', landing || '#' || source_path
FROM ops_landing_manifest GROUP BY landing, source_path HAVING count(*) > 1;
