-- Incidents: one row per real-world event, however many articles report it (transforms.incidents,
-- transforms.incident_clusters), places geocoded offline (transforms.places), near-duplicate articles.

-- What each count is: this report's event, a running toll or an earlier event; hedged; a subset of
-- another count ('including three children'); a victim without a number ('a man was killed').
ALTER TABLE fct_event_count ADD COLUMN count_key BIGINT;     -- stable: article and offset
ALTER TABLE fct_event_count ADD COLUMN report_key BIGINT;    -- the article's incident it reports (fct_article_incident)
ALTER TABLE fct_event_count ADD COLUMN kind VARCHAR;         -- incident, toll, historical
ALTER TABLE fct_event_count ADD COLUMN is_implicit BOOLEAN;
ALTER TABLE fct_event_count ADD COLUMN is_hedged BOOLEAN;
ALTER TABLE fct_event_count ADD COLUMN is_subset BOOLEAN;

-- One row per place an incident is at, from GeoNames data in registry packages.
CREATE TABLE dim_place (
    place_key     BIGINT NOT NULL,
    place_id      VARCHAR NOT NULL,  -- geonames:<id> (town), region:<CC>:<admin1> or country:<CC>
    name          VARCHAR NOT NULL,
    country_code  VARCHAR,
    region        VARCHAR,           -- first-level region (province, governorate, state)
    region_code   VARCHAR,           -- its ISO 3166-2 code, when known
    region_id     VARCHAR,           -- its place_id, for a town: what 'a town inside the province' matches
    latitude      DOUBLE,
    longitude     DOUBLE,
    feature_class VARCHAR,           -- P: populated place; A: administrative area
    precision     VARCHAR NOT NULL,  -- town, region, country: never a town's coordinates for a country
    population    BIGINT
);

-- One row per incident as one article reports it: its totals as that article reads them.
CREATE TABLE fct_article_incident (
    report_key        BIGINT NOT NULL,  -- stable: article and the incident's number in it
    article_key       BIGINT NOT NULL,
    incident_key      BIGINT,           -- the real-world incident (fct_incident); set when the run ends
    date_key          INTEGER,          -- the article's publication day
    kind              VARCHAR NOT NULL, -- incident, toll, historical
    incident_type     VARCHAR NOT NULL,
    killed_low        BIGINT, killed_high BIGINT, killed_best BIGINT,
    wounded_low       BIGINT, wounded_high BIGINT, wounded_best BIGINT,
    quantity_low      BIGINT, quantity_high BIGINT, quantity_best BIGINT,  -- of incident_type
    place_key         BIGINT,
    place_entity_key  BIGINT,
    actor_entity_key  BIGINT,
    event_family      VARCHAR,          -- violence, earthquake, flood, fire, crash... (seeds/event_nouns.csv)
    is_hedged         BOOLEAN NOT NULL,
    has_known_zero    BOOLEAN NOT NULL, -- 'no one was killed'
    first_offset      INTEGER NOT NULL, -- where its first reporting sentence starts in the body
    last_offset       INTEGER NOT NULL,
    extractor_version VARCHAR
);

-- One row per real-world incident, its reports reconciled: the most conservative credible figure
-- (the lowest unhedged best), the range kept (lowest low, highest high).
CREATE TABLE fct_incident (
    incident_key       BIGINT NOT NULL,
    kind               VARCHAR NOT NULL,
    incident_type      VARCHAR NOT NULL,
    date_key           INTEGER,         -- the day it was first reported
    place_key          BIGINT,          -- the most precise place its reports give
    actor_entity_key   BIGINT,
    event_family       VARCHAR,
    killed_low         BIGINT, killed_high BIGINT, killed_best BIGINT,
    wounded_low        BIGINT, wounded_high BIGINT, wounded_best BIGINT,
    n_articles         INTEGER NOT NULL,
    n_sources          INTEGER NOT NULL,
    first_reported_at  TIMESTAMP,
    last_reported_at   TIMESTAMP,
    is_hedged          BOOLEAN NOT NULL, -- every report of it hedges
    reconciliation     VARCHAR NOT NULL  -- how the totals were chosen
);

-- One row per article's MinHash signature (transforms.duplicates), for near-duplicates across nights.
CREATE TABLE fct_article_signature (
    article_key BIGINT NOT NULL,
    minhash     UINTEGER[] NOT NULL
);

-- One row per pair of near-duplicate (syndicated, lightly edited) articles.
CREATE TABLE fct_near_duplicate (
    article_key              BIGINT NOT NULL,
    duplicate_of_article_key BIGINT NOT NULL,  -- the earlier of the two
    similarity               DOUBLE NOT NULL   -- estimated Jaccard of their word shingles
);

-- One row per incident, article and count that reports it.
CREATE VIEW fct_incident_report AS
SELECT r.incident_key, r.article_key, c.count_key, r.report_key, c.count_type, c.quantity, c.kind
FROM fct_article_incident r
LEFT JOIN fct_event_count c ON c.report_key = r.report_key;

-- Casualties of real-world incidents by place and day: each incident once, tolls and history left out.
CREATE OR REPLACE VIEW v_casualties_by_place_day AS
SELECT d.date, p.name AS place, p.precision, p.country_code, p.region,
       sum(i.killed_best) AS killed, sum(i.wounded_best) AS wounded,
       count(*) AS incidents, sum(i.n_articles) AS articles
FROM fct_incident i
LEFT JOIN dim_date d ON d.date_key = i.date_key
LEFT JOIN dim_place p ON p.place_key = i.place_key
WHERE i.kind = 'incident' AND i.incident_type IN ('KILL', 'WOUND')
GROUP BY ALL;

-- Casualties of real-world incidents by the actor their reports name.
CREATE OR REPLACE VIEW v_casualties_by_actor AS
SELECT a.canonical_name AS actor, a.entity_type AS actor_type,
       sum(i.killed_best) AS killed, sum(i.wounded_best) AS wounded,
       count(*) AS incidents, sum(i.n_articles) AS articles
FROM fct_incident i
JOIN dim_entity a ON a.entity_key = i.actor_entity_key
WHERE i.kind = 'incident' AND i.incident_type IN ('KILL', 'WOUND')
GROUP BY ALL;

-- The latest toll per place and type, with the article that gave it.
CREATE VIEW v_tolls AS
SELECT p.name AS place, p.country_code, t.incident_type, t.quantity_best AS toll, t.killed_best AS killed,
       d.date AS reported_date, a.title, s.source_name, t.article_key
FROM fct_article_incident t
JOIN dim_article a USING (article_key)
JOIN dim_source s ON s.source_key = a.source_key
LEFT JOIN dim_date d ON d.date_key = t.date_key
LEFT JOIN dim_place p ON p.place_key = t.place_key
WHERE t.kind = 'toll'
QUALIFY row_number() OVER (PARTITION BY t.place_key, t.incident_type ORDER BY a.published_at DESC, t.report_key) = 1;

-- Pairs of near-duplicate articles with their titles and sources.
CREATE VIEW v_near_duplicate AS
SELECT n.similarity, a.title, sa.source_name, a.published_at, b.title AS duplicate_of_title,
       sb.source_name AS duplicate_of_source, b.published_at AS duplicate_of_published_at,
       n.article_key, n.duplicate_of_article_key
FROM fct_near_duplicate n
JOIN dim_article a ON a.article_key = n.article_key
JOIN dim_source sa ON sa.source_key = a.source_key
JOIN dim_article b ON b.article_key = n.duplicate_of_article_key
JOIN dim_source sb ON sb.source_key = b.source_key;
