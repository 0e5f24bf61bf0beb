"""The scores `make quality` gives: B-cubed clustering scores, and the TF-IDF baseline the event
clustering is measured against."""

from dateline.evaluation.quality import bcubed, span_scores_by_genre, tfidf_baseline


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


def test_entity_spans_are_scored_within_each_genre():
    gold = [{"doc_id": "b", "topic": "business", "entities": [{"start": 0, "end": 4, "label": "ORG"}]},
            {"doc_id": "s", "topic": "sport", "entities": [{"start": 0, "end": 5, "label": "ORG"}]}]
    found = [{"doc_id": "b", "entities": [{"start": 0, "end": 4, "label": "ORG"}]},
             {"doc_id": "s", "entities": [{"start": 0, "end": 5, "label": "PLACE"}]}]
    scores = {genre: {s.label: s.f1 for s in found_scores}
              for genre, found_scores in span_scores_by_genre(gold, found).items()}
    assert scores["business"]["ALL"] == 1.0 and scores["sport"]["ALL"] == 0.0 and scores["sport"]["ORG"] == 0.0
