-- The window's strongest ties between actors: pairs by articles naming both, then sentences naming both.
SELECT actor_a, type_a, actor_b, type_b, sum(articles)::BIGINT AS articles,
       sum(shared_sentences)::BIGINT AS shared_sentences
FROM mart_actor_network_daily
WHERE date BETWEEN $since AND $until
GROUP BY ALL
ORDER BY articles DESC, shared_sentences DESC, actor_a, actor_b
LIMIT $max_pairs;
