-- The titles and bodies of the articles whose reports are clustered (`reported`: their article_key), read
-- in batches for their proper names and words.
SELECT a.article_key, a.title, a.body FROM dim_article a SEMI JOIN reported USING (article_key);
