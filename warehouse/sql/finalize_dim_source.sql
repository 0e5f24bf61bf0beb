-- One row per source of the run's articles, named as most of them name it (ties: alphabetical).
SELECT source_key, any_value(source_id) AS source_id,
       first(source_name ORDER BY articles DESC, source_name) AS source_name, any_value(is_domain) AS is_domain
FROM (SELECT source_key, source_id, source_name, is_domain, sum(articles) AS articles FROM run_source GROUP BY ALL)
GROUP BY source_key
