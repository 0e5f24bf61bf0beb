-- Rows replace the row with the same key.
MERGE INTO {table} USING staged USING ({key})
WHEN MATCHED THEN UPDATE BY NAME
WHEN NOT MATCHED THEN INSERT BY NAME;
