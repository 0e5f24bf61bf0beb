-- One row that every night's publishing transaction updates. Two nights publishing into a DuckLake at
-- once then conflict, and the later one is retried against the warehouse the earlier left; without it
-- both could insert the same new entity key (a DuckLake has no primary key to conflict on).
CREATE TABLE ops_publish_token (
    run_id VARCHAR,          -- the run that published last
    published_at TIMESTAMP   -- when (UTC)
);
INSERT INTO ops_publish_token VALUES (NULL, NULL);
