from datetime import datetime

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from transforms.entities import (
    FCT_ENTITY_COOCCURRENCE_SCHEMA,
    KNOWN_ENTITY_SCHEMA,
    alias_partials,
    canonical_surface,
    entity_partials,
    fct_entity_cooccurrence,
    fct_entity_mention,
    known_entity_candidates,
    stg_mentions,
)
from transforms.gazetteer import ALIAS_SCHEMA, DEMONYM_SCHEMA, TEAM_SCHEMA, Gazetteer
from transforms.geocoding import MENTION_PLACE_SCHEMA
from transforms.keys import stable_key
from transforms.ner import SPAN_SCHEMA, extract_spans
from transforms.spans import repair_spans

NO_KNOWN = pl.DataFrame(schema=KNOWN_ENTITY_SCHEMA)


@pytest.fixture(scope="module")
def gazetteer():
    aliases = pl.DataFrame([("U.S.", "United States", "PLACE", "US"), ("America", "United States", "PLACE", "US"),
                            ("Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani", "PERSON", "IQ")],
                           schema=ALIAS_SCHEMA, orient="row")
    demonyms = pl.DataFrame([("Iraqi", "Iraqis", "IQ")], schema=DEMONYM_SCHEMA, orient="row")
    return Gazetteer(aliases, demonyms)


def articles(*bodies: str, titles=None) -> pl.DataFrame:
    ids = [f"a{i}" for i in range(len(bodies))]
    return pl.DataFrame({"article_id": ids, "body": list(bodies), "title": titles or [None] * len(bodies),
                         "published_at": [datetime(2024, 2, 1 + i) for i in range(len(bodies))]})


def spans_of(body: str, *marks: tuple[str, str], article_id: str = "a0", nth: dict | None = None) -> list[tuple]:
    rows, offset = [], 0
    for surface, label in marks:
        start = body.index(surface, offset)
        offset = start + len(surface)
        rows.append((article_id, start, offset, surface, label, body[:start].count(". ")))
    return rows


def resolve(frame: pl.DataFrame, rows: list[tuple], gazetteer, known=NO_KNOWN) -> pl.DataFrame:
    return stg_mentions(pl.DataFrame(rows, schema=SPAN_SCHEMA, orient="row"), frame, gazetteer, known)


def names(mentions: pl.DataFrame) -> list[tuple[str, str]]:
    return mentions.select("text", "canonical_name").rows()


def test_surname_links_to_the_full_name_used_earlier(gazetteer):
    body = "Spokesman Yehia Rasool said the talks failed. Rasool added more."
    result = resolve(articles(body), spans_of(body, ("Yehia Rasool", "PERSON"), ("Rasool", "PERSON")), gazetteer)
    assert names(result) == [("Yehia Rasool", "Yehia Rasool"), ("Rasool", "Yehia Rasool")]
    assert result["entity_id"].n_unique() == 1


def test_two_people_sharing_a_surname_are_never_merged(gazetteer):
    body = "Imran Khan met Sadiq Khan. Later Khan said no."
    result = resolve(articles(body), spans_of(body, ("Imran Khan", "PERSON"), ("Sadiq Khan", "PERSON"),
                                              ("Khan", "PERSON")), gazetteer)
    assert result["entity_id"].n_unique() == 2
    assert names(result)[2] == ("Khan", "Sadiq Khan")  # the nearest earlier full name


def test_acronym_defined_in_the_text_links_to_its_expansion(gazetteer):
    body = "the Popular Mobilization Forces (PMF) said. The PMF lost 16 members."
    result = resolve(articles(body), spans_of(body, ("Popular Mobilization Forces", "ORG"), ("PMF", "ORG"),
                                              ("PMF", "ORG")), gazetteer)
    assert result["canonical_name"].unique().to_list() == ["Popular Mobilization Forces"]
    assert result["learned_from"].to_list() == ["observed", "acronym", "acronym"]


def test_alias_table_merges_variants_across_articles(gazetteer):
    frame = articles("U.S. forces left.", "America said no.", "US troops stayed.")
    rows = [("a0", 0, 4, "U.S.", "PLACE", 0), ("a1", 0, 7, "America", "PLACE", 0), ("a2", 0, 2, "US", "PLACE", 0)]
    result = resolve(frame, rows, gazetteer)
    assert result["canonical_name"].unique().to_list() == ["United States"]


def test_lone_surname_links_to_the_one_known_person_with_it(gazetteer):
    body = "Iraqi PM Sudani said."
    result = resolve(articles(body), spans_of(body, ("Iraqi", "GROUP"), ("Sudani", "PERSON")), gazetteer)
    assert names(result) == [("Iraqi", "Iraqis"), ("Sudani", "Mohammed Shia al-Sudani")]


def test_known_entity_keeps_its_name_when_spelled_another_way(gazetteer):
    known = pl.DataFrame([("ORG|kataib hezbollah", "Kataib Hezbollah", "ORG", None)], schema=KNOWN_ENTITY_SCHEMA,
                         orient="row")
    body = "KATAIB HEZBOLLAH denied it."
    result = resolve(articles(body), spans_of(body, ("KATAIB HEZBOLLAH", "ORG")), gazetteer, known)
    assert names(result) == [("KATAIB HEZBOLLAH", "Kataib Hezbollah")]


def test_headline_capitals_are_undone_but_acronyms_kept():
    assert canonical_surface("ERBIL") == "Erbil"
    assert canonical_surface("AL-QAEM") == "al-Qaem"
    assert canonical_surface("NATO") == "NATO"


def test_demonym_links_to_its_country(gazetteer):
    body = "Iraqi officials met."
    frame = articles(body)
    mentions = resolve(frame, spans_of(body, ("Iraqi", "GROUP")), gazetteer)
    entities = entity_partials(mentions, frame, gazetteer)
    group = entities.filter(pl.col("entity_type") == "GROUP").row(0, named=True)
    country = entities.filter(pl.col("entity_type") == "PLACE").row(0, named=True)
    assert (group["canonical_name"], group["country_code"], group["mentions"]) == ("Iraqis", "IQ", 1)
    assert group["country_entity_key"] == country["entity_key"]
    assert (country["canonical_name"], country["mentions"]) == ("Iraq", 0)  # pointed to, not mentioned


def test_first_and_last_seen_are_publication_dates(gazetteer):
    frame = articles("Baghdad today.", "Baghdad again.")
    rows = [("a0", 0, 7, "Baghdad", "PLACE", 0), ("a1", 0, 7, "Baghdad", "PLACE", 0)]
    entity = entity_partials(resolve(frame, rows, gazetteer), frame, gazetteer).row(0, named=True)
    assert (entity["first_seen_date"].day, entity["last_seen_date"].day) == (1, 2)


def test_mention_facts_count_sentences_and_title(gazetteer):
    body = "Baghdad was quiet. Officials in Baghdad and Erbil met."
    frame = articles(body, titles=["Calm returns to Baghdad"])
    mentions = resolve(frame, spans_of(body, ("Baghdad", "PLACE"), ("Baghdad", "PLACE"), ("Erbil", "PLACE")),
                       gazetteer)
    baghdad = mentions.filter(pl.col("text") == "Baghdad")["entity_id"][0]
    places = pl.DataFrame([(frame["article_id"][0], baghdad, "geonames:98182", "context", None)],
                          schema=MENTION_PLACE_SCHEMA, orient="row")  # Erbil left unplaced: nothing joins
    facts = fct_entity_mention(mentions, frame, places, "v1").sort("first_offset")
    assert facts.select("mention_count", "first_offset", "first_sentence_index", "is_in_title", "geocoded_by").rows() == [
        (2, 0, 0, True, "context"), (1, 44, 1, False, None)]
    assert facts["place_key"].to_list() == [stable_key("geonames:98182"), None]


def test_cooccurrence_counts_shared_sentences_once_per_pair(gazetteer):
    body = "Baghdad and Erbil. Erbil only. Baghdad and Erbil again."
    mentions = resolve(articles(body), spans_of(body, ("Baghdad", "PLACE"), ("Erbil", "PLACE"), ("Erbil", "PLACE"),
                                                ("Baghdad", "PLACE"), ("Erbil", "PLACE")), gazetteer)
    result = fct_entity_cooccurrence(mentions, "v1")
    a, b = sorted([stable_key("PLACE|baghdad"), stable_key("PLACE|erbil")])
    expected = pl.DataFrame({"article_key": [stable_key("a0")], "entity_key_a": [a], "entity_key_b": [b],
                             "shared_sentences": [2], "extractor_version": ["v1"]},
                            schema=FCT_ENTITY_COOCCURRENCE_SCHEMA)
    assert_frame_equal(result, expected)


def test_alias_rows_record_each_spelling_once(gazetteer):
    frame = articles("U.S. and US and U.S. again.")
    rows = spans_of("U.S. and US and U.S. again.", ("U.S.", "PLACE"), ("US", "PLACE"), ("U.S.", "PLACE"))
    aliases = alias_partials(resolve(frame, rows, gazetteer))
    assert aliases.select("alias", "learned_from").rows() == [("U.S.", "alias_table")]


def test_real_model_on_a_small_text(extractor, gazetteer):
    frame = articles("President Joe Biden flew to Germany on Monday. Biden met Olaf Scholz.")
    spans = extract_spans(extractor, frame, lambda text, found: repair_spans(text, found, gazetteer))
    result = stg_mentions(spans, frame, gazetteer, NO_KNOWN)
    assert ("Biden", "Joe Biden") in names(result)
    assert all(frame["body"][0][s:e] == t for s, e, t in result.select("start", "end", "text").rows())


@pytest.mark.parametrize(("spelling", "expected"), [
    ("Mohammad Shia al-Sudani", "Mohammed Shia al-Sudani"),
    ("Joan Smith", "Joan Smith"),
    ("Imran Smith", "Imran Smith"),
])
def test_spelling_variant_of_a_known_person_joins_it_but_different_people_do_not(spelling, expected, gazetteer):
    known = pl.DataFrame([("PERSON|john smith", "John Smith", "PERSON", None)], schema=KNOWN_ENTITY_SCHEMA,
                         orient="row")
    body = f"{spelling} spoke."
    result = resolve(articles(body), spans_of(body, (spelling, "PERSON")), gazetteer, known)
    assert result["canonical_name"].to_list() == [expected]


def test_new_spelling_of_a_warehouse_entity_attaches_to_it(gazetteer):
    known = pl.DataFrame([("ORG|kataib hezbollah", "Kataib Hezbollah", "ORG", None)], schema=KNOWN_ENTITY_SCHEMA,
                         orient="row")
    body = "Kataib Hizbollah denied it."
    result = resolve(articles(body), spans_of(body, ("Kataib Hizbollah", "ORG")), gazetteer, known)
    assert result.select("canonical_name", "entity_id", "learned_from").rows() == [
        ("Kataib Hezbollah", "ORG|kataib hezbollah", "fuzzy")]
    aliases = alias_partials(result)
    assert aliases["alias"].to_list() == ["Kataib Hizbollah"]
    assert aliases["entity_key"].to_list() == [stable_key("ORG|kataib hezbollah")]


def test_company_short_name_taken_for_a_person_is_the_company(gazetteer):
    body = "Brightwater Analytics Inc. rose 5%. Brightwater said demand was strong."
    result = resolve(articles(body), spans_of(body, ("Brightwater Analytics Inc.", "ORG"), ("Brightwater", "PERSON")),
                     gazetteer)
    assert result.select("text", "label", "canonical_name").rows() == [
        ("Brightwater Analytics Inc.", "ORG", "Brightwater Analytics"), ("Brightwater", "ORG", "Brightwater Analytics")]


def test_given_name_after_the_full_name_is_that_person(gazetteer):
    body = "Farhan Ahmed scored twice. Farhan said the pitch was slow."
    result = resolve(articles(body), spans_of(body, ("Farhan Ahmed", "PERSON"), ("Farhan", "PERSON")), gazetteer)
    assert result["canonical_name"].to_list() == ["Farhan Ahmed", "Farhan Ahmed"]


def test_organization_names_spell_out_country_abbreviations_and_peoples_are_plural():
    assert canonical_surface("U.S. Soccer Federation", "ORG") == "United States Soccer Federation"
    assert canonical_surface("Microsoft Corp.", "ORG") == "Microsoft"
    assert canonical_surface("Hutu", "GROUP") == "Hutus"
    assert canonical_surface("Swiss", "GROUP") == "Swiss"
    assert canonical_surface("Scunthorpe", "GROUP") == "Scunthorpe"


def test_generic_bodies_of_different_countries_stay_apart(gazetteer):
    iraq = "BAGHDAD, Iraq - The Foreign Ministry protested."
    britain = "LONDON - The Foreign Ministry declined to comment."
    frame = articles(iraq, britain)
    rows = [("a0", iraq.index("Foreign"), iraq.index("Foreign") + 16, "Foreign Ministry", "ORG", 0),
            ("a1", britain.index("Foreign"), britain.index("Foreign") + 16, "Foreign Ministry", "ORG", 0)]
    result = resolve(frame, rows, gazetteer)
    assert result["canonical_name"].to_list() == ["Iraq Foreign Ministry", "United Kingdom Foreign Ministry"]
    assert result["entity_id"].n_unique() == 2


def test_candidates_for_the_warehouse_lookup_are_name_keys_and_initials(gazetteer):
    body = "The Popular Mobilization Forces (PMF) met Mohammed al-Sudani."
    rows = spans_of(body, ("PMF", "ORG"), ("Mohammed al-Sudani", "PERSON"))
    result = known_entity_candidates(pl.DataFrame(rows, schema=SPAN_SCHEMA, orient="row"), articles(body))
    assert result.rows() == [("mohammed sudani", "ms"), ("pmf", "p"), ("popular mobilization forces", "pmf")]


def test_a_person_named_only_in_another_article_of_the_run_does_not_resolve_a_surname(gazetteer):
    first, second = "Yehia Rasool spoke.", "Rasool said no."
    frame = articles(first, second)
    rows = spans_of(first, ("Yehia Rasool", "PERSON")) + spans_of(second, ("Rasool", "PERSON"), article_id="a1")
    result = resolve(frame, rows, gazetteer)
    # Each article is resolved on its own: a chunked night gives the same answer as a whole one.
    assert names(result) == [("Yehia Rasool", "Yehia Rasool"), ("Rasool", "Rasool")]


def test_a_city_read_as_a_team_is_its_club_and_the_city_stays_the_city():
    teams = pl.DataFrame([("Bayer Leverkusen", "Bayer Leverkusen", "ORG", "football", "DE", False),
                          ("Leverkusen", "Bayer Leverkusen", "ORG", "football", "DE", True)],
                         schema=TEAM_SCHEMA, orient="row")
    with_teams = Gazetteer(pl.DataFrame(schema=ALIAS_SCHEMA), pl.DataFrame(schema=DEMONYM_SCHEMA), teams)
    body = "Leverkusen beat Bayern. Fans in Leverkusen cheered Bayer Leverkusen."
    result = resolve(articles(body), spans_of(body, ("Leverkusen", "ORG"), ("Leverkusen", "PLACE"),
                                              ("Bayer Leverkusen", "PERSON")), with_teams)
    assert result.select("text", "label", "canonical_name").rows() == [
        ("Leverkusen", "ORG", "Bayer Leverkusen"), ("Leverkusen", "PLACE", "Leverkusen"),
        ("Bayer Leverkusen", "ORG", "Bayer Leverkusen")]
