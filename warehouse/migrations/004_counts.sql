-- Numbers reported in the text as counts: killed, wounded, arrested, displaced...

CREATE TABLE fct_event_count (
    article_key      BIGINT NOT NULL,
    date_key         INTEGER,           -- the article's publication day
    count_type       VARCHAR NOT NULL,  -- KILL, WOUND, ARREST, KIDNAP, MISSING, DISPLACE, AFFECT, PROTEST, SEIZE, STRIKE
    quantity         BIGINT NOT NULL,   -- the number to add up (a range's low end, a vague amount's lower bound)
    quantity_low     BIGINT,
    quantity_high    BIGINT,
    qualifier        VARCHAR NOT NULL,  -- exact, at_least, at_most, approximately, range
    object           VARCHAR,           -- what was counted, singular: 'militia official'
    place_entity_key BIGINT,
    actor_entity_key BIGINT,
    sentence         VARCHAR NOT NULL,
    char_offset      INTEGER NOT NULL,  -- where the amount starts in the article body
    is_repeat        BOOLEAN NOT NULL,  -- the same count was reported earlier in the article
    PRIMARY KEY (article_key, char_offset)
);

-- Casualties (killed and wounded, repeats left out) by place and day.
CREATE VIEW v_casualties_by_place_day AS
SELECT d.date, p.canonical_name AS place, p.country_code,
       sum(quantity) FILTER (WHERE count_type = 'KILL') AS killed,
       sum(quantity) FILTER (WHERE count_type = 'WOUND') AS wounded,
       count(DISTINCT c.article_key) AS articles
FROM fct_event_count c
LEFT JOIN dim_date d ON d.date_key = c.date_key
LEFT JOIN dim_entity p ON p.entity_key = c.place_entity_key
WHERE NOT c.is_repeat AND c.count_type IN ('KILL', 'WOUND')
GROUP BY ALL;

-- Casualties by the actor the sentence names.
CREATE VIEW v_casualties_by_actor AS
SELECT a.canonical_name AS actor, a.entity_type AS actor_type,
       sum(quantity) FILTER (WHERE count_type = 'KILL') AS killed,
       sum(quantity) FILTER (WHERE count_type = 'WOUND') AS wounded,
       count(DISTINCT c.article_key) AS articles
FROM fct_event_count c
JOIN dim_entity a ON a.entity_key = c.actor_entity_key
WHERE NOT c.is_repeat AND c.count_type IN ('KILL', 'WOUND')
GROUP BY ALL;
