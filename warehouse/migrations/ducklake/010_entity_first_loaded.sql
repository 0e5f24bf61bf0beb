-- 010 on a DuckLake, which refuses ALTER COLUMN ... SET DEFAULT on an added column: dim_entity rebuilt
-- with the column and its default, as 007 rebuilt tables.
CREATE TABLE dim_entity_v10 (
    entity_key BIGINT NOT NULL, entity_id VARCHAR NOT NULL, canonical_name VARCHAR NOT NULL,
    entity_type VARCHAR NOT NULL, country_code VARCHAR, country_entity_key BIGINT, first_seen_date DATE,
    last_seen_date DATE, first_loaded_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'UTC')
);
INSERT INTO dim_entity_v10 SELECT *, NULL FROM dim_entity;
DROP TABLE dim_entity;
ALTER TABLE dim_entity_v10 RENAME TO dim_entity;
