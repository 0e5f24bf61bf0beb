-- Entities first mentioned in the window, with the articles of the window that mention them.
SELECT e.canonical_name, e.entity_type, e.first_seen_date, sum(m.articles)::BIGINT AS articles,
       sum(m.mentions)::BIGINT AS mentions
FROM dim_entity e
JOIN mart_entity_daily_mentions m USING (entity_key)
WHERE e.first_seen_date BETWEEN $since AND $until AND m.date BETWEEN $since AND $until
GROUP BY ALL
ORDER BY articles DESC, mentions DESC, e.canonical_name;
