-- One row per natural key held by more than one row of its dimension.
SELECT 'dim_article.article_id' AS key, article_id AS value FROM dim_article GROUP BY article_id HAVING count(*) > 1
UNION ALL SELECT 'dim_entity.entity_id', entity_id FROM dim_entity GROUP BY entity_id HAVING count(*) > 1
UNION ALL SELECT 'dim_source.source_id', source_id FROM dim_source GROUP BY source_id HAVING count(*) > 1
UNION ALL SELECT 'raw_article.article_id+version', article_id || '#' || version
FROM raw_article GROUP BY article_id, version HAVING count(*) > 1;
