-- Fact rows per extractor version (NULL: loaded before versions were recorded), current one first.
SELECT extractor_version, sum(rows)::BIGINT AS rows, extractor_version IS NOT DISTINCT FROM $current AS is_current
FROM (
    SELECT extractor_version, count(*) AS rows FROM fct_entity_mention GROUP BY ALL
    UNION ALL SELECT extractor_version, count(*) FROM fct_entity_cooccurrence GROUP BY ALL
    UNION ALL SELECT extractor_version, count(*) FROM fct_event_count GROUP BY ALL
)
GROUP BY ALL
ORDER BY is_current DESC, rows DESC;
