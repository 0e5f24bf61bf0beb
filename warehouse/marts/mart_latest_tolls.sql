-- Grain: one row per place and toll type: the latest cumulative toll reported there, with the one reported before it (tolls with no place are left out: they would mix unrelated counts).
CREATE OR REPLACE VIEW mart_latest_tolls AS
WITH tolls AS (
    SELECT t.place_key, t.incident_type, t.quantity_best AS toll, d.date AS reported_date, a.published_at,
           a.title, s.source_name, t.article_key,
           row_number() OVER recent AS recency,
           lead(t.quantity_best) OVER recent AS previous_toll,
           lead(d.date) OVER recent AS previous_reported_date,
           count(*) OVER (PARTITION BY t.place_key, t.incident_type) AS reports
    FROM fct_article_incident t
    JOIN dim_article a USING (article_key)
    JOIN dim_source s ON s.source_key = a.source_key
    LEFT JOIN dim_date d ON d.date_key = t.date_key
    WHERE t.kind = 'toll' AND t.place_key IS NOT NULL
    WINDOW recent AS (PARTITION BY t.place_key, t.incident_type ORDER BY a.published_at DESC NULLS LAST, t.report_key)
)
SELECT p.name AS place, p.country_code, t.incident_type, t.toll, t.reported_date, t.previous_toll,
       t.previous_reported_date, t.reports, t.title, t.source_name, t.article_key, t.place_key
FROM tolls t
LEFT JOIN dim_place p USING (place_key)
WHERE t.recency = 1;
