-- New entities are inserted; known ones keep their name and widen their first/last seen dates.
INSERT INTO {table} BY NAME SELECT * FROM staged
ON CONFLICT (entity_key) DO UPDATE SET
    first_seen_date = least({table}.first_seen_date, excluded.first_seen_date),
    last_seen_date = greatest({table}.last_seen_date, excluded.last_seen_date),
    country_code = coalesce({table}.country_code, excluded.country_code),
    country_entity_key = coalesce({table}.country_entity_key, excluded.country_entity_key);
