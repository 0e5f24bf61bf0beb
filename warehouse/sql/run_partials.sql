-- What the run's chunks add to the dimensions that are aggregated over the whole run; added up
-- by the finalize_* queries before the run commits, then dropped (drop_run_partials). Tables of
-- the working copy, not TEMP tables: those live in memory, a block per column for every chunk's
-- commit, and a night's memory grew with its size.
CREATE OR REPLACE TABLE run_entity (
    entity_key BIGINT, entity_id VARCHAR, canonical_name VARCHAR, entity_type VARCHAR, country_code VARCHAR,
    country_entity_key BIGINT, mentions BIGINT, first_seen_date DATE, last_seen_date DATE
);
CREATE OR REPLACE TABLE run_entity_alias (
    alias_id VARCHAR, alias VARCHAR, entity_key BIGINT, learned_from VARCHAR, article_id VARCHAR, start INTEGER
);
CREATE OR REPLACE TABLE run_source (
    source_key BIGINT, source_id VARCHAR, source_name VARCHAR, is_domain BOOLEAN, articles BIGINT
);
CREATE OR REPLACE TABLE run_article (
    article_key BIGINT  -- an article whose facts the run wrote: what the fact checks look at
);
