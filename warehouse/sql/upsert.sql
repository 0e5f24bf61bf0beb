-- Rows replace the row with the same primary key.
INSERT OR REPLACE INTO {table} BY NAME SELECT * FROM staged;
