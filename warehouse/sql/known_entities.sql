SELECT entity_id, canonical_name, entity_type, country_code FROM dim_entity;
