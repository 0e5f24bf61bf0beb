-- Landing files as last read: a file with the same path, size and modification time is not read again.

CREATE TABLE ops_landing_manifest (
    source_path  VARCHAR PRIMARY KEY,  -- relative to the landing folder
    size_bytes   BIGINT NOT NULL,
    modified_ns  BIGINT NOT NULL,      -- st_mtime_ns when read
    file_hash    VARCHAR,              -- sha256 of the bytes read; null when too large to read
    records      INTEGER NOT NULL,     -- raw records found in it
    last_run_id  VARCHAR NOT NULL,
    read_at      TIMESTAMP NOT NULL
);
