-- fct_incident again for every incident a report of this run belongs to or that a report moved to or
-- from; incidents no report belongs to any more are gone. Reports are reconciled: the most
-- conservative credible figure (the lowest best of the unhedged reports, else of all), the range kept.
CREATE OR REPLACE TEMP TABLE touched_incidents AS
SELECT DISTINCT incident_key FROM (
    SELECT incident_key FROM fct_article_incident SEMI JOIN run_article USING (article_key)
    UNION ALL SELECT incident_key FROM staged
);
DELETE FROM fct_incident
WHERE incident_key IN (SELECT incident_key FROM touched_incidents)
   OR incident_key NOT IN (SELECT incident_key FROM fct_article_incident WHERE incident_key IS NOT NULL);
INSERT INTO fct_incident BY NAME
SELECT g.* EXCLUDE (text_date_key, text_precision), t.event_type, t.sub_event_type,
       CASE WHEN g.text_date_key IS NOT NULL THEN g.text_date_key WHEN g.kind = 'incident' THEN g.date_key END AS event_date_key,
       CASE WHEN g.text_date_key IS NOT NULL THEN g.text_precision WHEN g.kind = 'incident' AND g.date_key IS NOT NULL THEN 'day' END
           AS date_precision,
       CASE WHEN g.text_date_key IS NOT NULL THEN 'text' WHEN g.kind = 'incident' AND g.date_key IS NOT NULL THEN 'publication' END
           AS date_source
FROM (
SELECT r.incident_key,
       CASE WHEN bool_or(r.kind = 'toll') THEN 'toll' WHEN bool_or(r.kind = 'historical') THEN 'historical'
            ELSE 'incident' END AS kind,
       CASE WHEN bool_or(r.incident_type = 'KILL') THEN 'KILL' WHEN bool_or(r.incident_type = 'WOUND') THEN 'WOUND'
            ELSE mode(r.incident_type) END AS incident_type,
       min(r.date_key) AS date_key,
       arg_min(r.place_key, CASE p.precision WHEN 'town' THEN 0 WHEN 'region' THEN 1 WHEN 'country' THEN 2 END
                             * 1e15 + epoch(a.published_at)) AS place_key,
       arg_min(r.actor_entity_key, epoch(a.published_at)) FILTER (WHERE r.actor_entity_key IS NOT NULL) AS actor_entity_key,
       arg_min(r.event_family, epoch(a.published_at)) FILTER (WHERE r.event_family IS NOT NULL) AS event_family,
       -- The day it happened: the finest precision any report's text gives, the earliest day among those.
       arg_min(r.event_date_key, CASE r.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 ELSE 2 END * 1e9
                                 + r.event_date_key) FILTER (WHERE r.date_source = 'text') AS text_date_key,
       arg_min(r.date_precision, CASE r.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 ELSE 2 END * 1e9
                                 + r.event_date_key) FILTER (WHERE r.date_source = 'text') AS text_precision,
       arg_min(r.actor1, epoch(a.published_at)) FILTER (WHERE r.actor1 IS NOT NULL) AS actor1,
       arg_min(r.actor1_entity_key, epoch(a.published_at)) FILTER (WHERE r.actor1 IS NOT NULL) AS actor1_entity_key,
       arg_min(r.actor2, epoch(a.published_at)) FILTER (WHERE r.actor2 IS NOT NULL) AS actor2,
       arg_min(r.actor2_entity_key, epoch(a.published_at)) FILTER (WHERE r.actor2 IS NOT NULL) AS actor2_entity_key,
       min(r.killed_low) AS killed_low,
       CASE WHEN max(r.killed_high) >= coalesce(max(r.killed_low), 0) THEN max(r.killed_high) END AS killed_high,
       coalesce(min(r.killed_best) FILTER (WHERE NOT r.is_hedged), min(r.killed_best)) AS killed_best,
       min(r.wounded_low) AS wounded_low,
       CASE WHEN max(r.wounded_high) >= coalesce(max(r.wounded_low), 0) THEN max(r.wounded_high) END AS wounded_high,
       coalesce(min(r.wounded_best) FILTER (WHERE NOT r.is_hedged), min(r.wounded_best)) AS wounded_best,
       count(DISTINCT r.article_key) AS n_articles,
       count(DISTINCT a.source_key) AS n_sources,
       min(a.published_at) AS first_reported_at,
       max(a.published_at) AS last_reported_at,
       bool_and(r.is_hedged) AS is_hedged,
       -- The links that joined its reports, and how sure the weakest is; NULL for an incident of one report.
       list(DISTINCT r.joined_by ORDER BY r.joined_by) FILTER (WHERE r.joined_by IS NOT NULL) AS joined_by,
       min(r.join_confidence) AS confidence,
       CASE WHEN count(*) = 1 THEN 'one report'
            WHEN count(DISTINCT r.killed_best) <= 1 AND count(DISTINCT r.wounded_best) <= 1 THEN 'reports agree'
            ELSE 'lowest credible of ' || count(*) || ' reports (killed ' || coalesce(min(r.killed_best)::VARCHAR, '?')
                 || '-' || coalesce(max(r.killed_best)::VARCHAR, '?') || ', wounded '
                 || coalesce(min(r.wounded_best)::VARCHAR, '?') || '-' || coalesce(max(r.wounded_best)::VARCHAR, '?') || ')'
       END AS reconciliation
FROM fct_article_incident r
JOIN dim_article a USING (article_key)
LEFT JOIN dim_place p ON p.place_key = r.place_key
WHERE r.incident_key IN (SELECT incident_key FROM touched_incidents)
GROUP BY r.incident_key
) g
-- Its type: the one most of its reports give (the earliest among equals), with that type's commonest sub-type.
LEFT JOIN (
    SELECT incident_key, arg_max(event_type, weight) AS event_type, arg_max(sub_event_type, weight) AS sub_event_type
    FROM (SELECT r.incident_key, r.event_type, r.sub_event_type,
                 count(*) OVER (PARTITION BY r.incident_key, r.event_type) * 1e12
                 + count(*) OVER (PARTITION BY r.incident_key, r.event_type, r.sub_event_type) * 1e10
                 - coalesce(epoch(a.published_at), 0) / 1e3 AS weight
          FROM fct_article_incident r JOIN dim_article a USING (article_key)
          WHERE r.incident_key IN (SELECT incident_key FROM touched_incidents) AND r.event_type IS NOT NULL)
    GROUP BY incident_key
) t USING (incident_key);
DROP TABLE touched_incidents;
