-- The latest publication day in the warehouse (NULL when it holds no dated article).
SELECT max(d.date) FROM dim_article a JOIN dim_date d ON d.date_key = a.published_date_key;
