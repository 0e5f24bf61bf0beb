-- Canonical entities: country links, first and last seen, aliases, sentence positions, co-occurrence.

ALTER TABLE dim_entity ADD COLUMN country_code VARCHAR;
ALTER TABLE dim_entity ADD COLUMN country_entity_key BIGINT;  -- the PLACE entity of that country
ALTER TABLE dim_entity ADD COLUMN first_seen_date DATE;
ALTER TABLE dim_entity ADD COLUMN last_seen_date DATE;

CREATE TABLE dim_entity_alias (
    alias_id     VARCHAR PRIMARY KEY,  -- entity_id|alias name key
    alias        VARCHAR NOT NULL,     -- the spelling first seen
    entity_key   BIGINT NOT NULL,
    learned_from VARCHAR NOT NULL      -- alias_table, demonyms, pycountry, geonames, acronym,
                                       -- surname_in_article, surname_known, warehouse, observed
);

ALTER TABLE fct_entity_mention ADD COLUMN first_sentence_index INTEGER;
ALTER TABLE fct_entity_mention ADD COLUMN is_in_title BOOLEAN;

CREATE TABLE fct_entity_cooccurrence (
    article_key      BIGINT NOT NULL,
    entity_key_a     BIGINT NOT NULL,  -- entity_key_a < entity_key_b
    entity_key_b     BIGINT NOT NULL,
    shared_sentences INTEGER NOT NULL, -- sentences of the article that name both
    PRIMARY KEY (article_key, entity_key_a, entity_key_b)
);

CREATE VIEW v_entity_cooccurrence AS
SELECT a.canonical_name AS entity_a, a.entity_type AS type_a, b.canonical_name AS entity_b,
       b.entity_type AS type_b, count(*) AS articles, sum(c.shared_sentences) AS shared_sentences
FROM fct_entity_cooccurrence c
JOIN dim_entity a ON a.entity_key = c.entity_key_a
JOIN dim_entity b ON b.entity_key = c.entity_key_b
GROUP BY ALL;
