-- Every place an article names is geocoded (transforms/geocoding.py), not only where incidents are:
-- dim_place gains GeoNames ids and the level of each place (town, admin2, admin1, country, continent,
-- feature), and each entity an article names carries its place, or why it has none.

ALTER TABLE dim_place ADD COLUMN geonameid BIGINT;
ALTER TABLE dim_place ADD COLUMN level VARCHAR;
ALTER TABLE dim_place ADD COLUMN admin2_id VARCHAR;
-- Places loaded before were towns, first-level regions and countries.
UPDATE dim_place
SET level = CASE precision WHEN 'region' THEN 'admin1' ELSE precision END,
    geonameid = CASE WHEN place_id LIKE 'geonames:%' THEN CAST(substr(place_id, 10) AS BIGINT) END;

ALTER TABLE fct_entity_mention ADD COLUMN place_key BIGINT;
ALTER TABLE fct_entity_mention ADD COLUMN geocoded_by VARCHAR;
ALTER TABLE fct_entity_mention ADD COLUMN not_geocoded_because VARCHAR;
