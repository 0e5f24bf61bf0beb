import polars as pl
from polars.testing import assert_frame_equal

from transforms.entities import (
    DIM_ENTITY_SCHEMA, FCT_ENTITY_MENTION_SCHEMA, canonical_name, dim_entity, fct_entity_mention, stg_mentions,
)
from transforms.keys import stable_key
from transforms.ner import SPAN_SCHEMA, extract_spans


def spans(*rows) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=SPAN_SCHEMA, orient="row")


def test_labels_are_mapped_and_numbers_dropped():
    result = stg_mentions(spans(("a", 0, 4, "Iraq", "GPE"), ("a", 10, 15, "three", "CARDINAL"),
                                ("a", 20, 26, "Iraqis", "NORP"), ("a", 30, 36, "Monday", "DATE")))
    assert result.select("text", "label").rows() == [("Iraq", "PLACE"), ("Iraqis", "GROUP")]


def test_leading_article_and_possessive_are_not_part_of_the_name():
    assert canonical_name("The US Central Command") == "US Central Command"
    assert canonical_name("Kataib Hezbollah’s") == "Kataib Hezbollah"
    assert canonical_name("the Pentagon's") == "Pentagon"


def test_mentions_of_one_entity_are_counted_per_article():
    mentions = stg_mentions(spans(("a", 5, 9, "Iraq", "GPE"), ("a", 40, 44, "Iraq", "GPE"),
                                  ("a", 50, 60, "Joe Biden", "PERSON"), ("b", 7, 11, "IRAQ", "GPE")))
    expected = pl.DataFrame(
        {"article_key": [stable_key("a"), stable_key("a"), stable_key("b")],
         "entity_key": [stable_key("PLACE|iraq"), stable_key("PERSON|joe biden"), stable_key("PLACE|iraq")],
         "mention_count": [2, 1, 1], "first_offset": [5, 50, 7]},
        schema=FCT_ENTITY_MENTION_SCHEMA,
    ).sort("article_key", "entity_key")
    assert_frame_equal(fct_entity_mention(mentions), expected)


def test_entity_takes_its_most_frequent_spelling():
    mentions = stg_mentions(spans(("a", 0, 4, "IRAQ", "GPE"), ("a", 9, 13, "Iraq", "GPE"), ("b", 0, 4, "Iraq", "GPE")))
    expected = pl.DataFrame({"entity_key": [stable_key("PLACE|iraq")], "entity_id": ["PLACE|iraq"],
                             "canonical_name": ["Iraq"], "entity_type": ["PLACE"]}, schema=DIM_ENTITY_SCHEMA)
    assert_frame_equal(dim_entity(mentions), expected)


def test_spacy_spans_carry_offsets_into_the_body(extractor):
    articles = pl.DataFrame({"article_id": ["a"], "body": ["President Joe Biden flew to Germany on Monday."]})
    result = extract_spans(extractor, articles)
    body = articles["body"][0]
    assert ("Joe Biden", "PERSON") in result.select("text", "model_label").rows()
    assert all(body[s:e] == t for s, e, t in result.select("start", "end", "text").rows())
