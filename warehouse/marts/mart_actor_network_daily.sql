-- Grain: one row per publication day and pair of actors (people, organizations, groups) named in the same article that day.
CREATE OR REPLACE VIEW mart_actor_network_daily AS
SELECT d.date, ea.canonical_name AS actor_a, ea.entity_type AS type_a, eb.canonical_name AS actor_b,
       eb.entity_type AS type_b, count(*) AS articles, sum(c.shared_sentences)::BIGINT AS shared_sentences,
       c.entity_key_a, c.entity_key_b
FROM fct_entity_cooccurrence c
JOIN dim_article a USING (article_key)
JOIN dim_date d ON d.date_key = a.published_date_key
JOIN dim_entity ea ON ea.entity_key = c.entity_key_a
JOIN dim_entity eb ON eb.entity_key = c.entity_key_b
WHERE ea.entity_type IN ('PERSON', 'ORG', 'GROUP') AND eb.entity_type IN ('PERSON', 'ORG', 'GROUP')
GROUP BY ALL;
