SELECT 'raw_article' AS table_name, count(*) AS rows FROM raw_article
UNION ALL SELECT 'dim_date', count(*) FROM dim_date
UNION ALL SELECT 'dim_source', count(*) FROM dim_source
UNION ALL SELECT 'dim_article', count(*) FROM dim_article
UNION ALL SELECT 'dim_entity', count(*) FROM dim_entity
UNION ALL SELECT 'dim_entity_alias', count(*) FROM dim_entity_alias
UNION ALL SELECT 'fct_entity_mention', count(*) FROM fct_entity_mention
UNION ALL SELECT 'fct_entity_cooccurrence', count(*) FROM fct_entity_cooccurrence
UNION ALL SELECT 'fct_event_count', count(*) FROM fct_event_count
UNION ALL SELECT 'dim_place', count(*) FROM dim_place
UNION ALL SELECT 'fct_article_incident', count(*) FROM fct_article_incident
UNION ALL SELECT 'fct_incident', count(*) FROM fct_incident
UNION ALL SELECT 'fct_near_duplicate', count(*) FROM fct_near_duplicate
UNION ALL SELECT 'ops_runs', count(*) FROM ops_runs
UNION ALL SELECT 'ops_quarantine', count(*) FROM ops_quarantine
UNION ALL SELECT 'ops_dq_results', count(*) FROM ops_dq_results;
