"""The scores `make quality` gives: B-cubed clustering scores, and the TF-IDF baseline the event
clustering is measured against."""

from dateline.evaluation.quality import bcubed, tfidf_baseline


def test_bcubed_is_perfect_for_the_gold_clustering_and_penalizes_a_merge_and_a_split():
    gold = {"a": "E1", "b": "E1", "c": "E2"}
    assert bcubed(gold, {"a": 1, "b": 1, "c": 2}) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed(gold, {"a": 1, "b": 1, "c": 1})
    assert (round(precision, 3), recall) == (0.556, 1.0)
    precision, recall, _ = bcubed(gold, {"a": 1, "b": 2, "c": 3})
    assert (precision, round(recall, 3)) == (1.0, 0.667)


def test_the_tfidf_baseline_groups_reports_that_share_their_words():
    texts = {
        "q1": "An earthquake of magnitude 6.1 struck Bajhang district, flattening houses in Chainpur.",
        "q2": "Rescuers in Chainpur dug through houses flattened by the Bajhang earthquake.",
        "f1": "Floodwaters swept through Sylhet after the Surma river burst its banks.",
        "f2": "The Surma river flooded Sylhet, and boats carried families from the water.",
    }
    gold = {"q1": "quake", "q2": "quake", "f1": "flood", "f2": "flood"}
    cut, scores = tfidf_baseline(texts, gold)
    assert scores == (1.0, 1.0, 1.0) and 0 < cut < 1
