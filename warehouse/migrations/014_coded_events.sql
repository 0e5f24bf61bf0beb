-- Incidents become coded events (transforms/events.py): every event an article reports, with or without
-- a number, with its type and sub-type (ACLED's labels, seeds/event_types.csv), the day it happened as
-- the text says it, and who acted against whom. `date_key` keeps meaning the day it was first reported.

ALTER TABLE fct_article_incident ADD COLUMN event_type VARCHAR;
ALTER TABLE fct_article_incident ADD COLUMN sub_event_type VARCHAR;
ALTER TABLE fct_article_incident ADD COLUMN event_date_key INTEGER;
ALTER TABLE fct_article_incident ADD COLUMN date_precision VARCHAR;
ALTER TABLE fct_article_incident ADD COLUMN date_source VARCHAR;
ALTER TABLE fct_article_incident ADD COLUMN actor1 VARCHAR;
ALTER TABLE fct_article_incident ADD COLUMN actor1_entity_key BIGINT;
ALTER TABLE fct_article_incident ADD COLUMN actor2 VARCHAR;
ALTER TABLE fct_article_incident ADD COLUMN actor2_entity_key BIGINT;

ALTER TABLE fct_incident ADD COLUMN event_type VARCHAR;
ALTER TABLE fct_incident ADD COLUMN sub_event_type VARCHAR;
ALTER TABLE fct_incident ADD COLUMN event_date_key INTEGER;
ALTER TABLE fct_incident ADD COLUMN date_precision VARCHAR;
ALTER TABLE fct_incident ADD COLUMN date_source VARCHAR;
ALTER TABLE fct_incident ADD COLUMN actor1 VARCHAR;
ALTER TABLE fct_incident ADD COLUMN actor1_entity_key BIGINT;
ALTER TABLE fct_incident ADD COLUMN actor2 VARCHAR;
ALTER TABLE fct_incident ADD COLUMN actor2_entity_key BIGINT;

-- Reports loaded before were not coded: their event day is the day they were reported, said as such
-- (`dateline backfill` codes them).
UPDATE fct_article_incident SET event_date_key = date_key, date_precision = 'day', date_source = 'publication'
WHERE kind = 'incident';
UPDATE fct_incident SET event_date_key = date_key, date_precision = 'day', date_source = 'publication'
WHERE kind = 'incident';
