-- New entities are inserted; known ones keep their name and widen their first/last seen dates.
MERGE INTO {table} USING staged USING ({key})
WHEN MATCHED THEN UPDATE SET
    first_seen_date = least({table}.first_seen_date, staged.first_seen_date),
    last_seen_date = greatest({table}.last_seen_date, staged.last_seen_date),
    country_code = coalesce({table}.country_code, staged.country_code),
    country_entity_key = coalesce({table}.country_entity_key, staged.country_entity_key)
WHEN NOT MATCHED THEN INSERT BY NAME;
