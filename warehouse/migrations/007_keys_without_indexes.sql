-- Tables that grow with every night keep their keys without PRIMARY KEY indexes. DuckDB holds an
-- ART index wholly in memory, so a warehouse's memory grew with its size; the loader writes each
-- table by its declared key (MERGE, warehouse/load.py) and the warehouse checks refuse a duplicate
-- key in any of them before a night commits. Small tables (dates, sources, runs) keep theirs.

CREATE TABLE raw_article_v7 (
    content_hash VARCHAR NOT NULL, article_id VARCHAR NOT NULL, version INTEGER NOT NULL, body_hash VARCHAR NOT NULL,
    duplicate_of_article_id VARCHAR, source_path VARCHAR NOT NULL, record_locator VARCHAR NOT NULL,
    format VARCHAR NOT NULL, file_hash VARCHAR, encoding VARCHAR, replaced_chars INTEGER, title VARCHAR,
    body VARCHAR NOT NULL, url VARCHAR, source_domain VARCHAR, published_raw VARCHAR, authors VARCHAR[],
    language_raw VARCHAR, description VARCHAR, site_name VARCHAR, ingested_run_id VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
INSERT INTO raw_article_v7 SELECT * FROM raw_article;
DROP TABLE raw_article;
ALTER TABLE raw_article_v7 RENAME TO raw_article;

CREATE TABLE dim_article_v7 (
    article_key BIGINT NOT NULL, article_id VARCHAR NOT NULL, title VARCHAR, url VARCHAR, source_key BIGINT NOT NULL,
    published_at TIMESTAMP, published_date_key INTEGER, published_at_source VARCHAR, dateline_place VARCHAR,
    dateline_raw VARCHAR, language VARCHAR, word_count INTEGER NOT NULL, authors VARCHAR[], body VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL, source_path VARCHAR NOT NULL, format VARCHAR NOT NULL
);
INSERT INTO dim_article_v7 SELECT * FROM dim_article;
DROP TABLE dim_article;
ALTER TABLE dim_article_v7 RENAME TO dim_article;

CREATE TABLE dim_entity_v7 (
    entity_key BIGINT NOT NULL, entity_id VARCHAR NOT NULL, canonical_name VARCHAR NOT NULL,
    entity_type VARCHAR NOT NULL, country_code VARCHAR, country_entity_key BIGINT, first_seen_date DATE,
    last_seen_date DATE
);
INSERT INTO dim_entity_v7 SELECT * FROM dim_entity;
DROP TABLE dim_entity;
ALTER TABLE dim_entity_v7 RENAME TO dim_entity;

CREATE TABLE dim_entity_alias_v7 (
    alias_id VARCHAR NOT NULL, alias VARCHAR NOT NULL, entity_key BIGINT NOT NULL, learned_from VARCHAR NOT NULL
);
INSERT INTO dim_entity_alias_v7 SELECT * FROM dim_entity_alias;
DROP TABLE dim_entity_alias;
ALTER TABLE dim_entity_alias_v7 RENAME TO dim_entity_alias;

CREATE TABLE fct_entity_mention_v7 (
    article_key BIGINT NOT NULL, entity_key BIGINT NOT NULL, mention_count INTEGER NOT NULL,
    first_offset INTEGER NOT NULL, first_sentence_index INTEGER, is_in_title BOOLEAN
);
INSERT INTO fct_entity_mention_v7 SELECT * FROM fct_entity_mention;
DROP TABLE fct_entity_mention;
ALTER TABLE fct_entity_mention_v7 RENAME TO fct_entity_mention;

CREATE TABLE fct_entity_cooccurrence_v7 (
    article_key BIGINT NOT NULL, entity_key_a BIGINT NOT NULL, entity_key_b BIGINT NOT NULL,
    shared_sentences INTEGER NOT NULL
);
INSERT INTO fct_entity_cooccurrence_v7 SELECT * FROM fct_entity_cooccurrence;
DROP TABLE fct_entity_cooccurrence;
ALTER TABLE fct_entity_cooccurrence_v7 RENAME TO fct_entity_cooccurrence;

CREATE TABLE fct_event_count_v7 (
    article_key BIGINT NOT NULL, date_key INTEGER, count_type VARCHAR NOT NULL, quantity BIGINT NOT NULL,
    quantity_low BIGINT, quantity_high BIGINT, qualifier VARCHAR NOT NULL, object VARCHAR, place_entity_key BIGINT,
    actor_entity_key BIGINT, sentence VARCHAR NOT NULL, char_offset INTEGER NOT NULL, is_repeat BOOLEAN NOT NULL
);
INSERT INTO fct_event_count_v7 SELECT * FROM fct_event_count;
DROP TABLE fct_event_count;
ALTER TABLE fct_event_count_v7 RENAME TO fct_event_count;

CREATE TABLE ops_quarantine_v7 (
    quarantine_id VARCHAR NOT NULL, source_path VARCHAR NOT NULL, record_locator VARCHAR NOT NULL,
    stage VARCHAR NOT NULL, reason VARCHAR NOT NULL, detail VARCHAR NOT NULL, disposition VARCHAR NOT NULL,
    file_hash VARCHAR, excerpt VARCHAR, first_run_id VARCHAR NOT NULL, quarantined_at TIMESTAMP NOT NULL
);
INSERT INTO ops_quarantine_v7 SELECT * FROM ops_quarantine;
DROP TABLE ops_quarantine;
ALTER TABLE ops_quarantine_v7 RENAME TO ops_quarantine;

CREATE TABLE ops_landing_manifest_v7 (
    source_path VARCHAR NOT NULL, size_bytes BIGINT NOT NULL, modified_ns BIGINT NOT NULL, file_hash VARCHAR,
    records INTEGER NOT NULL, last_run_id VARCHAR NOT NULL, read_at TIMESTAMP NOT NULL
);
INSERT INTO ops_landing_manifest_v7 SELECT * FROM ops_landing_manifest;
DROP TABLE ops_landing_manifest;
ALTER TABLE ops_landing_manifest_v7 RENAME TO ops_landing_manifest;
