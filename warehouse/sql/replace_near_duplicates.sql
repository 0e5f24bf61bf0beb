-- The near-duplicate pairs of the run's articles, found again (staged: article_key, duplicate_of_article_key, similarity).
DELETE FROM fct_near_duplicate
WHERE article_key IN (SELECT article_key FROM run_article) OR duplicate_of_article_key IN (SELECT article_key FROM run_article);
INSERT INTO fct_near_duplicate BY NAME SELECT * FROM staged;
