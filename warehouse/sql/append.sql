-- Every row, as it is.
INSERT INTO {table} BY NAME SELECT * FROM staged;
