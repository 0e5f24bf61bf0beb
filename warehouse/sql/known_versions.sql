SELECT article_id, content_hash, body_hash, version, duplicate_of_article_id FROM raw_article;
