-- Which extractor produced each fact: a short hash of the NER model (name and version), the
-- reference tables (seeds/*.csv) and the extraction code (dateline.versions.extractor_version).
-- Facts loaded before this migration have none: an older extractor, re-extracted by a backfill.

ALTER TABLE fct_entity_mention ADD COLUMN extractor_version VARCHAR;
ALTER TABLE fct_entity_cooccurrence ADD COLUMN extractor_version VARCHAR;
ALTER TABLE fct_event_count ADD COLUMN extractor_version VARCHAR;
