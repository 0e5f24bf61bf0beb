INSERT OR REPLACE INTO ops_dq_results BY NAME SELECT * REPLACE (examples::JSON AS examples) FROM dq_rows;
