-- When each entity first entered the warehouse, for the "new today" mart. Entities loaded before this
-- migration keep NULL: when they arrived was not recorded.
ALTER TABLE dim_entity ADD COLUMN first_loaded_at TIMESTAMP;
ALTER TABLE dim_entity ALTER COLUMN first_loaded_at SET DEFAULT (now() AT TIME ZONE 'UTC');
