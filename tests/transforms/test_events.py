"""Events coded as analysts code them, on short hand-written reports whose right answer is known."""

from datetime import date, datetime

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from dateline.extraction.reference import load_count_rules, load_event_codebook, load_incident_cues
from tests.helpers import SEEDS
from tests.strategies import reported_articles
from transforms.counts import count_context, stg_counts
from transforms.entities import STG_MENTION_SCHEMA
from transforms.events import EVENT_SCHEMA, coded_events
from transforms.incidents import Place, article_incidents, count_readings

PUBLISHED = datetime(2024, 3, 14)  # a Thursday
PLACES = {
    "PLACE|kano": Place("geonames:2335204", "NG", "region:NG:29", "town"),
    "PLACE|makurdi": Place("geonames:2331140", "NG", "region:NG:26", "town"),
    "PLACE|nairobi": Place("geonames:184745", "KE", "region:KE:05", "town"),
    "PLACE|kharkiv": Place("geonames:706483", "UA", "region:UA:07", "town"),
}
ACTORS = {"al-Shabaab": "ORG", "Boko Haram": "ORG", "Russian": "GROUP"}
COUNTRY_OF = {"Russian": "RU"}


@pytest.fixture(scope="module")
def rules():
    return load_count_rules(SEEDS), load_incident_cues(SEEDS), load_event_codebook(SEEDS)


def events(body: str, rules, published=PUBLISHED) -> list[dict]:
    count_rules, cues, codebook = rules
    articles = pl.DataFrame({"article_id": ["a"], "body": [body], "title": [None], "published_at": [published],
                             "dateline_raw": [None]},
                            schema={"article_id": pl.String, "body": pl.String, "title": pl.String,
                                    "published_at": pl.Datetime("us"), "dateline_raw": pl.String})
    mentions = pl.DataFrame(sorted(_mentions(body), key=lambda m: m[1]), schema=STG_MENTION_SCHEMA, orient="row")
    counts = count_context(stg_counts(articles, count_rules), mentions)
    counted, _ = article_incidents(counts, count_readings(counts, articles, cues), mentions, articles, {"a": PLACES},
                                   cues)
    found = coded_events(counted, mentions, articles, {"a": PLACES}, codebook, cues)
    assert found.schema == pl.Schema(EVENT_SCHEMA)
    return found.select("incident_id", "event_type", "sub_event_type", "event_date", "date_precision", "date_source",
                        "place_entity_id", "actor1", "actor2", "killed_best").to_dicts()


def _mentions(body: str) -> list[tuple]:
    found = []
    for entity_id in PLACES:
        name = entity_id.split("|")[1].title()
        if name in body:
            start = body.index(name)
            found.append(("a", start, start + len(name), name, "PLACE", 0, name, entity_id,
                          PLACES[entity_id].country_code, "test"))
    for name, label in ACTORS.items():
        if name in body:
            start = body.index(name)
            found.append(("a", start, start + len(name), name, label, 0, name, f"{label}|{name.lower()}",
                          COUNTRY_OF.get(name), "test"))
    return found


def brief(event: dict) -> tuple:
    return event["sub_event_type"], event["actor1"], event["actor2"], event["place_entity_id"]


def test_a_clash_without_a_number_is_an_event_with_its_day_place_and_both_sides(rules):
    [event] = events("Clashes erupted between the army and al-Shabaab fighters near Kano on Tuesday, residents said.",
                     rules)
    assert brief(event) == ("Armed clash", "Military Forces (Nigeria)", "al-Shabaab", "PLACE|kano")
    assert (event["event_type"], event["event_date"], event["date_source"]) == ("Battles", date(2024, 3, 12), "text")
    assert event["killed_best"] is None


def test_a_protest_the_police_break_up_is_one_event_with_intervention(rules):
    [event] = events("Thousands of teachers protested outside parliament in Nairobi on Wednesday. "
                     "Police fired tear gas to disperse them.", rules)
    assert brief(event) == ("Protest with intervention", "Protesters (Kenya)", "Police Forces (Kenya)", "PLACE|nairobi")
    assert event["event_date"] == date(2024, 3, 13)


def test_in_the_passive_voice_who_acted_follows_by(rules):
    [event] = events("Three villagers were killed by gunmen in Makurdi late on Sunday.", rules)
    assert brief(event) == ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "PLACE|makurdi")
    assert (event["event_type"], event["killed_best"], event["event_date"]) == (
        "Violence against civilians", 3, date(2024, 3, 10))


def test_soldiers_attacked_is_a_battle_and_civilians_attacked_is_violence_against_them(rules):
    [battle] = events("Boko Haram fighters attacked soldiers at a checkpoint near Kano.", rules)
    [attack] = events("Boko Haram fighters attacked villagers at a market near Kano.", rules)
    assert brief(battle) == ("Armed clash", "Boko Haram", "Military Forces (Nigeria)", "PLACE|kano")
    assert brief(attack) == ("Attack", "Boko Haram", "Civilians (Nigeria)", "PLACE|kano")


def test_a_demonym_gives_generic_actors_their_country(rules):
    [event] = events("Russian forces shelled residential areas of Kharkiv overnight, officials said.", rules)
    assert event["event_type"] == "Explosions/Remote violence"
    assert brief(event)[:2] == ("Shelling/artillery/missile attack", "Military Forces (Russia)")


def test_disasters_have_no_actors_and_take_the_type_before_the_deaths(rules):
    [event] = events("An earthquake killed at least 12 people near Kano on Monday.", rules)
    assert brief(event) == ("Earthquake", None, None, "PLACE|kano")
    assert (event["event_type"], event["killed_best"], event["event_date"]) == ("Disasters", 12, date(2024, 3, 11))


def test_the_reason_for_an_arrest_is_not_the_event(rules):
    [event] = events("Police arrested a local politician in Kano over the riots that broke out last week.", rules)
    assert brief(event) == ("Arrests", "Police Forces (Nigeria)", None, "PLACE|kano")


def test_history_threats_and_the_words_of_business_and_sport_are_no_events(rules):
    for body in ("The group vowed to attack the town before the elections.",
                 "Since the 2014 war, the city has been rebuilt twice.",
                 "Shares rallied on Tuesday, while Liverpool's attack struggled in the second half.",
                 "The minister will meet protest leaders next week to discuss their demands."):
        assert events(body, rules) == [], body


def test_events_without_numbers_are_numbered_after_the_counted_ones(rules):
    body = ("Gunmen killed four farmers near Makurdi on Saturday. "
            "In Kano, hundreds of traders protested against new taxes on Wednesday.")
    found = events(body, rules)
    assert [(e["incident_id"], e["event_type"]) for e in found] == [("a#1", "Violence against civilians"),
                                                                    ("a#2", "Protests")]
    assert [e["event_date"] for e in found] == [date(2024, 3, 9), date(2024, 3, 13)]


def test_an_undated_event_takes_the_publication_day_and_says_so(rules):
    [event] = events("Police arrested 37 protesters in Nairobi.", rules)
    assert (event["event_date"], event["date_precision"], event["date_source"]) == (
        PUBLISHED.date(), "day", "publication")


def test_weapons_supplied_or_named_as_modifiers_are_no_attack(rules):
    for body in ("Allies promised to supply long-range missiles and to buy artillery shells for Ukraine.",
                 "The bill would restock the missile defense system and fund riot police training."):
        assert events(body, rules) == [], body


def test_riot_police_breaking_up_demonstrators_is_an_intervention_not_a_riot(rules):
    [event] = events("Riot police used water cannon to clear demonstrators from outside parliament in Nairobi "
                     "early on Wednesday.", rules)
    assert brief(event) == ("Protest with intervention", "Protesters (Kenya)", "Police Forces (Kenya)", "PLACE|nairobi")


def test_an_event_dated_long_before_publication_is_background(rules):
    assert events("On 3 March 2019, gunmen attacked a convoy near Kano.", rules) == []
    [event] = events("In Nairobi, families of the victims of the 2019 attack gathered to demand justice on Tuesday.",
                     rules)
    assert (event["sub_event_type"], event["event_date"]) == ("Peaceful protest", date(2024, 3, 12))


def test_deaths_counted_after_a_flood_is_told_are_the_flood(rules):
    [event] = events("Floods swept through Kano on Monday after days of heavy rain. "
                     "At least 30 people were killed, officials said.", rules)
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["killed_best"]) == ("Flood", None, None, 30)
    assert event["event_date"] == date(2024, 3, 11)


def test_an_arrest_after_a_murder_is_part_of_its_story(rules):
    found = events("A woman was stabbed to death in Nairobi on Tuesday. Police arrested her former partner.", rules)
    assert [e["sub_event_type"] for e in found] == ["Murder"]


def test_a_crowd_burning_houses_is_mob_violence(rules):
    [event] = events("A crowd looted and set fire to houses in a village near Kano on Sunday.", rules)
    assert brief(event) == ("Mob violence", "Rioters (Nigeria)", "Civilians (Nigeria)", "PLACE|kano")


@settings(max_examples=60, deadline=None)
@given(text=st.lists(st.sampled_from(list("abc ,.;'-") + ["killed", "protest", "gunmen", "on Tuesday", "Kano",
                                                            "police", "by", "were", "2019", "floods", " "]),
                     max_size=40).map("".join),
       published=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_any_text_gives_events_of_the_taxonomy_dated_no_later_than_publication(rules, text, published):
    for event in events(text, rules, published=datetime.combine(published, datetime.min.time())):
        assert event["event_type"] in rules[2].event_type.values()
        assert event["event_date"] is None or event["event_date"] <= published


@pytest.mark.fuzz
@given(reported_articles(PLACES, ["ORG|al-Shabaab", "ORG|Boko Haram", "GROUP|Russian", "PERSON|Ali"]))
def test_any_report_gives_coded_events_of_the_declared_schema_inside_the_body(rules, article):
    count_rules, cues, codebook = rules
    articles, mentions = article
    body, published = articles["body"].item(), articles["published_at"].item()

    def coded() -> pl.DataFrame:
        counts = count_context(stg_counts(articles, count_rules), mentions)
        counted, _ = article_incidents(counts, count_readings(counts, articles, cues), mentions, articles,
                                       {"a": PLACES}, cues)
        return coded_events(counted, mentions, articles, {"a": PLACES}, codebook, cues)

    found = coded()
    assert found.schema == pl.Schema(EVENT_SCHEMA)
    assert found["incident_id"].is_unique().all()
    for event in found.iter_rows(named=True):
        assert 0 <= event["first_offset"] <= event["last_offset"] <= len(body)
        assert event["event_type"] is None or event["event_type"] in codebook.event_type.values()
        assert event["event_date"] is None or (published is not None and event["event_date"] <= published.date())
    assert_frame_equal(coded(), found)
