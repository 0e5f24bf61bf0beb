-- The one row every publishing transaction updates: two nights publishing into a DuckLake at once
-- conflict here, and the later one is retried (warehouse/migrations/011_publish_token.sql).
UPDATE ops_publish_token SET run_id = $run_id, published_at = now() AT TIME ZONE 'UTC';
