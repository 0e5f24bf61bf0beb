-- The run's partials, added up into the dimensions already: not published.
DROP TABLE IF EXISTS run_entity;
DROP TABLE IF EXISTS run_entity_alias;
DROP TABLE IF EXISTS run_source;
DROP TABLE IF EXISTS run_article;
