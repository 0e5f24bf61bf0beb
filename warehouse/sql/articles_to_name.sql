-- The bodies of the articles whose reports are clustered (`reported`: their article_key), read in
-- batches for their proper names.
SELECT a.article_key, a.body FROM dim_article a SEMI JOIN reported USING (article_key);
