from datetime import date, datetime

import polars as pl
from polars.testing import assert_frame_equal

from transforms.incident_clusters import (
    ASSIGNMENT_SCHEMA,
    CLUSTER_REPORT_SCHEMA,
    SIGNAL_CONFIDENCE,
    article_names,
    article_words,
    incident_keys,
    same_event,
)
from transforms.keys import stable_key

KANO = ("geonames:2335204", "NG", "region:NG:29", "town")
KANO_STATE = ("region:NG:29", "NG", None, "region")
KADUNA = ("geonames:2335727", "NG", "region:NG:23", "town")
NIGERIA = ("country:NG", "NG", None, "country")


def report(key: int, day: date, place=KANO, killed=5, family="shooting", incident_key=None, kind="incident",
           names=(), article=None, text="") -> dict:
    place_id, country, region, precision = place
    return {"report_key": key, "article_key": article or key * 100, "incident_key": incident_key, "kind": kind,
            "incident_type": "KILL", "event_type": None, "event_family": family, "killed_best": killed, "event_date": day,
            "published_at": datetime.combine(day, datetime.min.time()), "place_id": place_id, "country_code": country,
            "region_id": region, "precision": precision, "minhash": None, "names": list(names),
            "words": article_words(text)}


def keys(*reports: dict) -> dict[int, int]:
    assigned = incident_keys(pl.DataFrame(list(reports), schema=CLUSTER_REPORT_SCHEMA))
    known = {r["report_key"]: r["incident_key"] for r in reports}
    return known | dict(zip(assigned["report_key"], assigned["incident_key"]))


def test_reports_of_one_attack_the_next_day_are_one_incident():
    found = keys(report(1, date(2024, 3, 4)), report(2, date(2024, 3, 5), killed=7))
    assert found[1] == found[2] == stable_key("incident", "1")  # the earliest report names it


def test_a_town_inside_the_named_state_is_the_same_place():
    assert same_event(report(1, date(2024, 3, 4)), report(2, date(2024, 3, 4), place=KANO_STATE))


def test_same_kind_in_the_same_country_months_apart_stays_apart():
    found = keys(report(1, date(2024, 3, 4)), report(2, date(2024, 6, 4)))
    assert found[1] != found[2]


def test_other_towns_and_other_kinds_of_event_stay_apart():
    assert not same_event(report(1, date(2024, 3, 4)), report(2, date(2024, 3, 4), place=KADUNA))
    assert not same_event(report(1, date(2024, 3, 4)), report(2, date(2024, 3, 4), family="flood"))
    assert not same_event(report(1, date(2024, 3, 4), killed=3), report(2, date(2024, 3, 4), killed=40))


def test_country_only_reports_need_more_than_the_country():
    plain = report(2, date(2024, 3, 4), place=NIGERIA, killed=9)
    assert not same_event(report(1, date(2024, 3, 4)), plain)
    shared = report(2, date(2024, 3, 4), place=NIGERIA, killed=9, names=["kurmin", "dutse", "jnim", "bello"])
    assert same_event(report(1, date(2024, 3, 4), names=["kurmin", "dutse", "zango"]), shared)


def test_proper_names_leave_out_sentence_starts_countries_and_weekdays():
    body = "Gunmen killed five people in Kurmin Dutse on Monday. Police in Nigeria said the Ansaru group did it."
    assert article_names(body, {"nigeria"}) == ["ansaru", "dutse", "kurmin"]


def test_tolls_and_reports_of_one_article_are_never_merged():
    assert not same_event(report(1, date(2024, 3, 4), kind="toll"), report(2, date(2024, 3, 4), kind="toll"))
    assert not same_event(report(1, date(2024, 3, 4), article=7), report(2, date(2024, 3, 4), article=7))


def test_a_new_report_joins_the_incident_already_in_the_warehouse():
    found = keys(report(1, date(2024, 3, 4), incident_key=42), report(2, date(2024, 3, 5)))
    assert found[2] == 42


def test_keys_are_the_same_on_a_rerun_whatever_the_order():
    reports = [report(3, date(2024, 3, 6)), report(1, date(2024, 3, 4)), report(2, date(2024, 3, 5), place=KADUNA)]
    first = incident_keys(pl.DataFrame(reports, schema=CLUSTER_REPORT_SCHEMA))
    again = incident_keys(pl.DataFrame(reports[::-1], schema=CLUSTER_REPORT_SCHEMA))
    assert_frame_equal(first, again)
    assert first.schema == pl.Schema(ASSIGNMENT_SCHEMA)


NO_PLACE = (None, None, None, None)
QUAKE = ("The earthquake flattened mud-brick houses in the hills, and rescuers dug through the rubble with their "
         "hands while aftershocks shook the valley.")
QUAKE_FOLLOW_UP = ("Rescuers were still digging through rubble on Tuesday; most of the houses the earthquake flattened "
                   "were mud-brick, and aftershocks kept villagers out of those still standing.")
FLOOD = "Floodwaters swept away a bridge and cut the highway, and boats carried families from flooded farms."


def test_article_words_are_lower_case_without_stop_words_or_numbers_with_their_repeats():
    assert article_words("The quake, the QUAKE and 3 aftershocks in 2024: they were felt.") == [
        "quake", "quake", "aftershocks", "felt"]


def test_unplaced_reports_of_one_event_in_other_words_meet_by_the_words_they_share():
    quake = dict(place=NO_PLACE, family="earthquake", killed=9)
    first, follow_up = report(1, date(2024, 3, 4), text=QUAKE, **quake), report(2, date(2024, 3, 5), text=QUAKE_FOLLOW_UP, **quake)
    assert same_event(first, follow_up)
    assert not same_event(first, report(2, date(2024, 3, 5), text=FLOOD, **quake))
    found = keys(first, follow_up)  # paired by a shared uncommon word: no place, no proper name
    assert found[1] == found[2]


def test_alike_words_never_join_reports_at_places_apart_or_weeks_apart():
    quake = dict(family="earthquake", killed=9, text=QUAKE)
    assert not same_event(report(1, date(2024, 3, 4), **quake), report(2, date(2024, 3, 4), place=KADUNA, **quake))
    assert not same_event(report(1, date(2024, 3, 4), place=NIGERIA, **quake),
                          report(2, date(2024, 4, 4), place=NIGERIA, **quake))


def test_each_report_but_the_first_of_its_incident_says_the_link_that_joined_it():
    reports = [report(1, date(2024, 3, 4)), report(2, date(2024, 3, 5), killed=7),
               report(3, date(2024, 3, 5), place=KANO_STATE)]
    assigned = incident_keys(pl.DataFrame(reports, schema=CLUSTER_REPORT_SCHEMA)).sort("report_key")
    assert assigned.select("joined_by", "join_confidence").rows() == [
        (None, None), ("same place", SIGNAL_CONFIDENCE["same place"]),
        ("place inside the other", SIGNAL_CONFIDENCE["place inside the other"])]
