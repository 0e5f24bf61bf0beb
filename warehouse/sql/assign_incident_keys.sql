-- Each report whose incident is new or changed gets its incident's key (staged: report_key, incident_key,
-- joined_by, join_confidence); a report moved with its whole incident keeps the link that joined it.
UPDATE fct_article_incident r
SET incident_key = k.incident_key, joined_by = coalesce(k.joined_by, r.joined_by),
    join_confidence = coalesce(k.join_confidence, r.join_confidence)
FROM staged k WHERE r.report_key = k.report_key;
