-- The reports of incidents to cluster: every report of the articles this run wrote, and the
-- warehouse's incident reports dated within $window_days of them (already keyed: their clusters stay).
-- Without the articles' bodies (articles_to_name.sql streams them): a night's worth of bodies in one
-- result is what ran a 30,000-article night out of DuckDB's memory.
WITH run_reports AS (
    SELECT r.* FROM fct_article_incident r SEMI JOIN run_article USING (article_key)
), run_days AS (
    SELECT min(d.date) - to_days($window_days) AS first_day, max(d.date) + to_days($window_days) AS last_day
    FROM run_reports r JOIN dim_date d ON d.date_key = r.date_key
), reports AS (
    SELECT r.*, TRUE AS is_new FROM run_reports r
    UNION ALL
    SELECT r.*, FALSE FROM fct_article_incident r
    JOIN dim_date d ON d.date_key = r.date_key, run_days
    WHERE r.kind = 'incident' AND r.incident_key IS NOT NULL AND d.date BETWEEN run_days.first_day AND run_days.last_day
      AND r.article_key NOT IN (SELECT article_key FROM run_article)
)
-- The day of the event is the day its text dates it to, else the article's day (an undated event's window).
SELECT r.report_key, r.article_key, CASE WHEN NOT r.is_new THEN r.incident_key END AS incident_key, r.kind,
       r.incident_type, r.event_type, r.event_family, r.killed_best,
       CASE WHEN r.date_source = 'text' AND r.date_precision = 'day' THEN e.date ELSE d.date END AS event_date,
       a.published_at,
       p.place_id, p.country_code, p.region_id, p.admin2_id, p.precision, s.minhash
FROM reports r
JOIN dim_article a USING (article_key)
LEFT JOIN dim_date d ON d.date_key = r.date_key
LEFT JOIN dim_date e ON e.date_key = r.event_date_key
LEFT JOIN dim_place p ON p.place_key = r.place_key
LEFT JOIN fct_article_signature s ON s.article_key = r.article_key;
