-- Stored versions a chunk of records needs to know of: the same content (already stored), the
-- same article (its last version number) or the same body first stored elsewhere (a duplicate).
SELECT article_id, content_hash, body_hash, version, duplicate_of_article_id FROM raw_article
WHERE content_hash IN (SELECT content_hash FROM chunk_records)
   OR article_id IN (SELECT article_id FROM chunk_records)
   OR (body_hash IN (SELECT body_hash FROM chunk_records) AND duplicate_of_article_id IS NULL);
