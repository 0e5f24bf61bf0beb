from datetime import datetime

import polars as pl
import pytest
from hypothesis import given
from polars.testing import assert_frame_equal

from dateline.extraction.reference import load_count_rules, load_incident_cues
from tests.helpers import SEEDS
from tests.strategies import reported_articles
from transforms.counts import count_context, stg_counts
from transforms.entities import STG_MENTION_SCHEMA
from transforms.incidents import COUNT_INCIDENT_SCHEMA, INCIDENT_SCHEMA, Place, article_incidents, count_readings

PLACES = {
    "PLACE|baghdad": Place("geonames:98182", "IQ", "region:IQ:07", "town"),
    "PLACE|kano": Place("geonames:2335204", "NG", "region:NG:29", "town"),
    "PLACE|makurdi": Place("geonames:2331140", "NG", "region:NG:26", "town"),
    "PLACE|otukpo": Place("geonames:2326696", "NG", "region:NG:26", "town"),
    "PLACE|kaduna": Place("geonames:2335727", "NG", "region:NG:23", "town"),
}


@pytest.fixture(scope="module")
def rules():
    return load_count_rules(SEEDS), load_incident_cues(SEEDS)


def incidents(body: str, rules, published=datetime(2024, 3, 1)) -> list[tuple]:
    """(kind, type, killed low, killed high, wounded low, wounded high, place entity) per incident."""
    count_rules, cues = rules
    articles = pl.DataFrame({"article_id": ["a"], "body": [body], "title": [None], "published_at": [published],
                             "dateline_raw": [None]},
                            schema={"article_id": pl.String, "body": pl.String, "title": pl.String,
                                    "published_at": pl.Datetime("us"), "dateline_raw": pl.String})
    mentions = pl.DataFrame([_mention(body, entity_id) for entity_id in PLACES
                             if entity_id.split("|")[1].title() in body], schema=STG_MENTION_SCHEMA, orient="row")
    counts = count_context(stg_counts(articles, count_rules), mentions)
    found, _ = article_incidents(counts, count_readings(counts, articles, cues), mentions, articles, {"a": PLACES},
                                 cues)
    assert found.schema == pl.Schema(INCIDENT_SCHEMA)
    return found.select("kind", "incident_type", "killed_low", "killed_high", "wounded_low", "wounded_high",
                        "place_entity_id").rows()


def _mention(body: str, entity_id: str) -> tuple:
    name = entity_id.split("|")[1].title()
    start = body.index(name)
    return ("a", start, start + len(name), name, "PLACE", 0, name, entity_id, PLACES[entity_id].country_code, "test")


def test_victim_groups_of_one_sentence_add_up(rules):
    assert incidents("Attackers killed a retired catechist and three other worshippers in Kaduna.", rules) == [
        ("incident", "KILL", 4, 4, None, None, "PLACE|kaduna")]


def test_the_same_event_told_again_gives_a_range_not_a_sum(rules):
    body = ("A US drone strike in Baghdad killed two militia officials on Wednesday. The US said it had killed a "
            "commander. Three people were killed in the car.")
    assert incidents(body, rules) == [("incident", "KILL", 2, 3, None, None, "PLACE|baghdad")]


def test_a_later_figure_that_is_only_at_least_leaves_the_high_open(rules):
    body = "Gunmen killed five people in Kano on Monday. At least eight people have died, officials said later."
    assert incidents(body, rules) == [("incident", "KILL", 5, None, None, None, "PLACE|kano")]


def test_a_running_toll_is_apart_from_the_days_incident(rules):
    body = "The strike in Kano killed 12 people, bringing the death toll since October to 27,000."
    assert incidents(body, rules) == [("incident", "KILL", 12, 12, None, None, "PLACE|kano"),
                                      ("toll", "KILL", 27000, 27000, None, None, "PLACE|kano")]


def test_two_more_dead_and_the_new_total_agree(rules):
    body = ("Gunmen killed seven soldiers in an ambush near Kano on Saturday. Two more soldiers died on Monday, "
            "bringing the death toll from the ambush to nine.")
    assert incidents(body, rules) == [("incident", "KILL", 9, 9, None, None, "PLACE|kano")]


@pytest.mark.parametrize(("body", "kind"), [
    ("Last year's earthquake killed 50,000 people, officials recalled.", "historical"),
    ("In 2019, a similar attack killed 30 people.", "historical"),
    ("Rights groups said 181 activists were killed last year.", "toll"),
    ("More than 1,100 people were killed in January alone.", "toll"),
    ("So far this year, at least 300 people have been killed.", "toll"),
    ("The Oct. 7 attack on southern Israel killed about 1,200 people.", "historical"),
    ("Gunmen killed 12 people on Tuesday, the largest such attack since 2019.", "incident"),
])
def test_kind_of_a_count(body, kind, rules):
    assert [row[0] for row in incidents(body, rules, published=datetime(2024, 2, 9))] == [kind]


def test_a_subset_adds_nothing(rules):
    assert incidents("The explosion in Kano killed eight people, including two children.", rules) == [
        ("incident", "KILL", 8, 8, None, None, "PLACE|kano")]


def test_no_one_killed_is_a_known_zero(rules):
    assert incidents("Gunmen wounded five people in Kano on Monday. No one was killed.", rules) == [
        ("incident", "WOUND", 0, 0, 5, 5, "PLACE|kano")]


def test_a_hedged_figure_is_kept(rules):
    count_rules, cues = rules
    body = "Air strikes on Kano may have killed as many as 20 people."
    assert incidents(body, rules) == [("incident", "KILL", None, 20, None, None, "PLACE|kano")]
    articles = pl.DataFrame({"article_id": ["a"], "body": [body], "published_at": [datetime(2024, 3, 1)],
                             "title": [None]})
    assert count_readings(stg_counts(articles, count_rules).with_columns(actor_entity_id=pl.lit(None)), articles,
                          cues)["is_hedged"].to_list() == [True]


def test_separate_attacks_in_one_sentence_are_two_incidents(rules):
    body = "Gunmen killed four farmers near Makurdi on Monday, and in a separate attack in Otukpo, herders killed seven."
    assert incidents(body, rules) == [("incident", "KILL", 4, 4, None, None, "PLACE|makurdi"),
                                      ("incident", "KILL", 7, 7, None, None, "PLACE|otukpo")]


def test_events_in_two_towns_are_two_incidents(rules):
    body = "Gunmen killed five people in Kano on Monday. In Kaduna, a bomb killed three soldiers."
    assert incidents(body, rules) == [("incident", "KILL", 5, 5, None, None, "PLACE|kano"),
                                      ("incident", "KILL", 3, 3, None, None, "PLACE|kaduna")]


@pytest.mark.fuzz
@given(reported_articles(PLACES, ["ORG|boko haram", "GROUP|iraqi", "PERSON|ali"]))
def test_any_report_gives_incidents_of_the_declared_schema_inside_the_body(rules, article):
    count_rules, cues = rules
    articles, mentions = article
    body = articles["body"].item()

    def incidents() -> tuple[pl.DataFrame, pl.DataFrame]:
        counts = count_context(stg_counts(articles, count_rules), mentions)
        return article_incidents(counts, count_readings(counts, articles, cues), mentions, articles, {"a": PLACES}, cues)

    found, assigned = incidents()
    assert (found.schema, assigned.schema) == (pl.Schema(INCIDENT_SCHEMA), pl.Schema(COUNT_INCIDENT_SCHEMA))
    assert found["incident_id"].is_unique().all() and set(assigned["incident_id"]) <= set(found["incident_id"])
    assert assigned["start"].is_unique().all()
    for incident in found.iter_rows(named=True):
        assert 0 <= incident["first_offset"] <= incident["last_offset"] <= len(body)
        assert incident["kind"] in ("incident", "toll", "historical")
        for figure in ("killed", "wounded", "quantity"):
            low, high, best = (incident[f"{figure}_{bound}"] for bound in ("low", "high", "best"))
            assert all(value is None or value >= 0 for value in (low, high, best))
            assert low is None or high is None or low <= high
    again = incidents()
    assert_frame_equal(again[0], found)
    assert_frame_equal(again[1], assigned)
