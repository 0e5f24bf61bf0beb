-- Each report whose incident is new or changed gets its incident's key (staged: report_key, incident_key).
UPDATE fct_article_incident r SET incident_key = k.incident_key FROM staged k WHERE r.report_key = k.report_key;
