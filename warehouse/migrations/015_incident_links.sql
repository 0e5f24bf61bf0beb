-- How sure the clustering of each incident is: the link that joined each report to its incident, and
-- for the incident the links that made it and the confidence of the weakest (transforms/incident_clusters.py).
-- Reports clustered before kept no link: their incidents' confidence is unknown until a full refresh.

ALTER TABLE fct_article_incident ADD COLUMN joined_by VARCHAR;
ALTER TABLE fct_article_incident ADD COLUMN join_confidence DOUBLE;

ALTER TABLE fct_incident ADD COLUMN joined_by VARCHAR[];
ALTER TABLE fct_incident ADD COLUMN confidence DOUBLE;
