-- Entities a chunk's names may resolve to (transforms.entities.known_entity_candidates): the same
-- name key; a person whose last name is one of the keys; a person or organization whose name has
-- the same initials (a spelling variant). entity_id is 'TYPE|name key'.
WITH known AS (
    SELECT entity_id, canonical_name, entity_type, country_code, split_part(entity_id, '|', 2) AS name_key
    FROM dim_entity
)
SELECT entity_id, canonical_name, entity_type, country_code FROM known
WHERE name_key IN (SELECT name_key FROM candidate_names)
   OR (entity_type = 'PERSON' AND string_split(name_key, ' ')[-1] IN (SELECT name_key FROM candidate_names))
   OR (entity_type IN ('PERSON', 'ORG') AND contains(name_key, ' ')
       AND array_to_string(list_transform(string_split(name_key, ' '), w -> left(w, 1)), '')
           IN (SELECT initials FROM candidate_names WHERE length(initials) > 1))
ORDER BY entity_id;
