-- Every validation result of every run.

CREATE TABLE ops_dq_results (
    run_id           VARCHAR NOT NULL,
    suite            VARCHAR NOT NULL,   -- the table validated: raw_article, stg_articles, ..., warehouse
    expectation      VARCHAR NOT NULL,   -- e.g. expect_column_values_to_be_between(word_count)
    on_failure       VARCHAR NOT NULL,   -- fail_run | quarantine | warn
    success          BOOLEAN NOT NULL,
    observed_value   VARCHAR,
    element_count    BIGINT,
    unexpected_count BIGINT,
    examples         JSON,               -- up to 10 unexpected values
    checked_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, suite, expectation)
);
