-- Rows whose primary key is not there yet; existing rows stay exactly as they are.
INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM staged;
