-- Raw layer, star schema and operations tables. Keys ending in _key are stable hashes of
-- the natural key (_id), so they are the same in every run and every rebuild.

CREATE TABLE raw_article (
    content_hash            VARCHAR PRIMARY KEY,  -- one row per version of an article
    article_id              VARCHAR NOT NULL,
    version                 INTEGER NOT NULL,
    body_hash               VARCHAR NOT NULL,
    duplicate_of_article_id VARCHAR,              -- the same body arrived first under this article
    source_path             VARCHAR NOT NULL,
    record_locator          VARCHAR NOT NULL,
    format                  VARCHAR NOT NULL,
    file_hash               VARCHAR,
    encoding                VARCHAR,
    replaced_chars          INTEGER,
    title                   VARCHAR,
    body                    VARCHAR NOT NULL,
    url                     VARCHAR,
    source_domain           VARCHAR,
    published_raw           VARCHAR,
    authors                 VARCHAR[],
    language_raw            VARCHAR,
    description             VARCHAR,
    site_name               VARCHAR,
    ingested_run_id         VARCHAR NOT NULL,
    ingested_at             TIMESTAMP NOT NULL
);

CREATE TABLE dim_date (
    date_key    INTEGER PRIMARY KEY,  -- yyyymmdd
    date        DATE NOT NULL,
    year        INTEGER NOT NULL,
    quarter     TINYINT NOT NULL,
    month       TINYINT NOT NULL,
    month_name  VARCHAR NOT NULL,
    day         TINYINT NOT NULL,
    day_of_week TINYINT NOT NULL,     -- ISO, Monday = 1
    day_name    VARCHAR NOT NULL,
    iso_week    TINYINT NOT NULL,
    is_weekend  BOOLEAN NOT NULL
);

CREATE TABLE dim_source (
    source_key  BIGINT PRIMARY KEY,
    source_id   VARCHAR NOT NULL,     -- normalized domain, else the dateline's agency, else 'unknown'
    source_name VARCHAR NOT NULL,
    is_domain   BOOLEAN NOT NULL
);

CREATE TABLE dim_article (
    article_key         BIGINT PRIMARY KEY,
    article_id          VARCHAR NOT NULL,
    title               VARCHAR,
    url                 VARCHAR,
    source_key          BIGINT NOT NULL,
    published_at        TIMESTAMP,     -- UTC
    published_date_key  INTEGER,
    published_at_source VARCHAR,       -- metadata | dateline
    dateline_place      VARCHAR,
    dateline_raw        VARCHAR,
    language            VARCHAR,
    word_count          INTEGER NOT NULL,
    authors             VARCHAR[],
    body                VARCHAR NOT NULL,
    content_hash        VARCHAR NOT NULL,  -- the raw_article version loaded
    source_path         VARCHAR NOT NULL,
    format              VARCHAR NOT NULL
);

CREATE TABLE dim_entity (
    entity_key     BIGINT PRIMARY KEY,
    entity_id      VARCHAR NOT NULL,   -- type|normalized name
    canonical_name VARCHAR NOT NULL,
    entity_type    VARCHAR NOT NULL
);

CREATE TABLE fct_entity_mention (
    article_key   BIGINT NOT NULL,
    entity_key    BIGINT NOT NULL,
    mention_count INTEGER NOT NULL,
    first_offset  INTEGER NOT NULL,
    PRIMARY KEY (article_key, entity_key)
);

CREATE TABLE ops_runs (
    run_id       VARCHAR PRIMARY KEY,  -- the Prefect flow run id
    flow_name    VARCHAR NOT NULL,
    parameters   JSON NOT NULL,
    started_at   TIMESTAMP NOT NULL,
    ended_at     TIMESTAMP NOT NULL,
    status       VARCHAR NOT NULL,     -- succeeded | failed
    error        VARCHAR,
    counts       JSON NOT NULL         -- rows per stage
);

CREATE TABLE ops_quarantine (
    quarantine_id  VARCHAR PRIMARY KEY,
    source_path    VARCHAR NOT NULL,
    record_locator VARCHAR NOT NULL,
    stage          VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    detail         VARCHAR NOT NULL,
    disposition    VARCHAR NOT NULL,   -- rejected: not loaded | repaired: loaded with the field nulled
    file_hash      VARCHAR,
    excerpt        VARCHAR,
    first_run_id   VARCHAR NOT NULL,
    quarantined_at TIMESTAMP NOT NULL
);
