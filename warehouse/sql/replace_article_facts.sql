-- Facts of every article loaded in this run are replaced as a whole: none left from an older version.
DELETE FROM {table} WHERE article_key IN (SELECT article_key FROM loaded_articles);
INSERT INTO {table} BY NAME SELECT * FROM staged;
