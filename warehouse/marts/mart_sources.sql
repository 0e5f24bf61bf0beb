-- Grain: one row per source: its volume, and how often it was the first to report an incident that several sources reported.
CREATE OR REPLACE VIEW mart_sources AS
WITH reports AS (
    SELECT DISTINCT r.incident_key, a.source_key, a.published_at, a.article_key
    FROM fct_article_incident r
    JOIN fct_incident i USING (incident_key)
    JOIN dim_article a ON a.article_key = r.article_key
    WHERE i.kind = 'incident'
), incidents AS (
    SELECT incident_key, first(source_key ORDER BY published_at NULLS LAST, article_key) AS first_source_key,
           count(DISTINCT source_key) AS sources
    FROM reports GROUP BY incident_key
), reported AS (
    SELECT r.source_key, count(DISTINCT r.incident_key) AS incidents_reported,
           count(DISTINCT r.incident_key) FILTER (WHERE i.sources > 1) AS shared_incidents_reported
    FROM reports r JOIN incidents i USING (incident_key) GROUP BY r.source_key
), firsts AS (
    SELECT first_source_key AS source_key, count(*) AS incidents_first,
           count(*) FILTER (WHERE sources > 1) AS shared_incidents_first
    FROM incidents GROUP BY first_source_key
), volume AS (
    SELECT source_key, count(*) AS articles, sum(word_count)::BIGINT AS words,
           min(published_at) AS first_published_at, max(published_at) AS last_published_at,
           count(DISTINCT published_date_key) AS active_days
    FROM dim_article GROUP BY source_key
)
SELECT s.source_name, v.articles, v.words, v.active_days, v.first_published_at, v.last_published_at,
       coalesce(r.incidents_reported, 0) AS incidents_reported,
       coalesce(f.incidents_first, 0) AS incidents_first,
       coalesce(r.shared_incidents_reported, 0) AS shared_incidents_reported,
       coalesce(f.shared_incidents_first, 0) AS shared_incidents_first,
       round(f.shared_incidents_first / nullif(r.shared_incidents_reported, 0), 3) AS first_to_report_share,
       s.source_id, s.source_key
FROM dim_source s
JOIN volume v USING (source_key)
LEFT JOIN reported r USING (source_key)
LEFT JOIN firsts f USING (source_key);
