-- Rows whose key is not there yet; existing rows stay exactly as they are.
MERGE INTO {table} USING staged USING ({key})
WHEN NOT MATCHED THEN INSERT BY NAME;
