"""The marts on a hand-built warehouse whose right answers are known."""

from datetime import date, datetime

import pytest

from tests.warehouse.tiny import Tiny
from warehouse.migrate import MigrationError, create_marts


@pytest.fixture
def tiny(migrated) -> Tiny:
    """The hand-built warehouse, in each kind of warehouse (conftest.py)."""
    con = migrated.connect()
    yield Tiny(con)
    con.close()


def rows(tiny: Tiny, query: str) -> list[tuple]:
    return tiny.con.execute(query).fetchall()


def test_daily_mentions_count_articles_mentions_and_sources_per_entity_and_day(tiny):
    for key, source in ((1, "Wire"), (2, "Post")):
        tiny.article(key, source, datetime(2024, 3, 1, 9))
    tiny.article(3, "Wire", datetime(2024, 3, 2, 9))
    tiny.entity("Ana Diaz")
    tiny.mention(1, "Ana Diaz", count=3, in_title=True)
    tiny.mention(2, "Ana Diaz", count=1)
    tiny.mention(3, "Ana Diaz", count=2)
    assert rows(tiny, "SELECT date, articles, mentions, sources, title_articles FROM mart_entity_daily_mentions "
                      "ORDER BY date") == [(date(2024, 3, 1), 2, 4, 2, 1), (date(2024, 3, 2), 1, 2, 1, 0)]


def test_places_in_the_news_count_articles_and_mentions_per_place_and_day_with_who_is_named_beside(tiny):
    tiny.place("Goma", "CD", -1.68, 29.22)
    tiny.place("Iraq", "IQ", 33.0, 44.0, precision="country")
    for name, kind in (("Goma", "PLACE"), ("Iraqis", "GROUP"), ("UN", "ORG"), ("M23", "GROUP"), ("Ana Diaz", "PERSON")):
        tiny.entity(name, kind)
    for key in (1, 2):
        tiny.article(key, "Wire", datetime(2024, 3, 1, 9))
        tiny.mention(key, "Goma", count=2, place="Goma")
        tiny.mention(key, "UN")
    tiny.mention(2, "M23")
    tiny.mention(1, "Iraqis", place="Iraq")  # a nationality names its country
    tiny.article(3, "Post", datetime(2024, 3, 2, 9))
    tiny.mention(3, "Goma", place="Goma")
    tiny.mention(3, "Ana Diaz")
    assert rows(tiny, "SELECT date, place, level, articles, mentions, top_entities FROM mart_places_daily "
                      "ORDER BY date, place") == [
        (date(2024, 3, 1), "Goma", "town", 2, 4, ["UN", "Iraqis", "M23"]),
        (date(2024, 3, 1), "Iraq", "country", 1, 1, ["UN"]),  # the place entities themselves are not 'beside'
        (date(2024, 3, 2), "Goma", "town", 1, 1, ["Ana Diaz"])]


def test_top_entities_rank_by_articles_then_mentions_per_source_and_day(tiny):
    for key in (1, 2):
        tiny.article(key, "Wire", datetime(2024, 3, 1, 9), dateline="Kyiv")
    tiny.article(3, "Post", datetime(2024, 3, 1, 9))
    for name in ("Ana Diaz", "Bo Chen", "Cy Lee"):
        tiny.entity(name)
    tiny.mention(1, "Ana Diaz")
    tiny.mention(2, "Ana Diaz")
    tiny.mention(1, "Bo Chen", count=5)
    tiny.mention(1, "Cy Lee", count=1)
    tiny.mention(3, "Cy Lee", count=9)
    assert rows(tiny, "SELECT rank, canonical_name FROM mart_top_entities_by_day ORDER BY rank") == [
        (1, "Cy Lee"), (2, "Ana Diaz"), (3, "Bo Chen")]  # two articles each, Cy Lee with more mentions
    assert rows(tiny, "SELECT source_name, rank, canonical_name FROM mart_top_entities_by_source_day "
                      "WHERE source_name = 'Wire' ORDER BY rank") == [
        ("Wire", 1, "Ana Diaz"), ("Wire", 2, "Bo Chen"), ("Wire", 3, "Cy Lee")]
    assert rows(tiny, "SELECT DISTINCT place FROM mart_top_entities_by_place_day") == [("Kyiv",)]


def test_top_entities_keep_ten_a_day(tiny):
    tiny.article(1, "Wire", datetime(2024, 3, 1))
    for number in range(12):
        tiny.entity(f"Person {number:02d}")
        tiny.mention(1, f"Person {number:02d}")
    assert rows(tiny, "SELECT max(rank), count(*) FROM mart_top_entities_by_day") == [(10, 10)]


def test_incidents_each_once_with_place_actor_and_day_and_tolls_left_out(tiny):
    tiny.article(1, "Wire", datetime(2024, 3, 1, 8))
    tiny.article(2, "Post", datetime(2024, 3, 1, 9))
    tiny.place("Goma", "CD", -1.68, 29.22)
    tiny.entity("M23", "GROUP")
    tiny.incident(1, date(2024, 3, 1), [1, 2], place="Goma", actor="M23", killed=12)
    tiny.incident(2, date(2024, 3, 1), [2], place="Goma", killed=400, kind="toll")
    assert rows(tiny, "SELECT date, place, place_precision, actor, killed, articles FROM mart_incidents") == [
        (date(2024, 3, 1), "Goma", "town", "M23", 12, 2)]
    assert rows(tiny, "SELECT place, actor, incidents, killed, wounded FROM mart_incidents_daily") == [
        ("Goma", "M23", 1, 12, 0)]


def test_events_count_by_the_day_they_happened_with_type_place_and_both_actors(tiny):
    tiny.article(1, "Wire", datetime(2024, 3, 4, 8))
    tiny.article(2, "Post", datetime(2024, 3, 4, 9))
    tiny.place("Goma", "CD", -1.68, 29.22)
    battle = ("Battles", "Armed clash")
    tiny.incident(1, date(2024, 3, 4), [1, 2], place="Goma", type="EVENT", event=battle, happened=date(2024, 3, 2),
                  actors=("M23", "Military Forces (Democratic Republic of the Congo)"))
    tiny.incident(2, date(2024, 3, 4), [2], place="Goma", killed=3, event=battle, happened=date(2024, 3, 2),
                  actors=("M23", "Military Forces (Democratic Republic of the Congo)"))
    tiny.incident(3, date(2024, 3, 4), [1], place="Goma", type="PROTEST", event=("Protests", "Peaceful protest"),
                  actors=("Protesters (Democratic Republic of the Congo)", None))
    tiny.incident(4, date(2024, 3, 4), [1], place="Goma", killed=400, kind="toll", event=battle)
    assert rows(tiny, "SELECT event_date, sub_event_type, place, actor1, events, killed, articles, dated_by_publication "
                      "FROM mart_events_daily ORDER BY event_date") == [
        (date(2024, 3, 2), "Armed clash", "Goma", "M23", 2, 3, 3, 0),  # the day it happened, not reported
        (date(2024, 3, 4), "Peaceful protest", "Goma", "Protesters (Democratic Republic of the Congo)", 1, 0, 1, 1)]
    assert rows(tiny, "SELECT date, event_date, event_type FROM mart_incidents WHERE incident_key = 1") == [
        (date(2024, 3, 4), date(2024, 3, 2), "Battles")]


def test_latest_toll_per_place_with_the_one_before(tiny):
    tiny.place("Gaza", "PS", 31.5, 34.47, "region")
    for key, day in ((1, 1), (2, 3), (3, 2)):
        tiny.article(key, "Wire", datetime(2024, 3, day))
    tiny.report(11, 1, date(2024, 3, 1), place="Gaza", kind="toll", quantity=100)
    tiny.report(12, 2, date(2024, 3, 3), place="Gaza", kind="toll", quantity=130)
    tiny.report(13, 3, date(2024, 3, 2), place="Gaza", kind="toll", quantity=120)
    tiny.report(14, 3, date(2024, 3, 2), kind="toll", quantity=7)  # no place: not a toll of anywhere
    assert rows(tiny, "SELECT place, toll, reported_date, previous_toll, previous_reported_date, reports "
                      "FROM mart_latest_tolls") == [("Gaza", 130, date(2024, 3, 3), 120, date(2024, 3, 2), 3)]


def test_actor_network_pairs_people_organizations_and_groups_over_the_last_30_days(tiny):
    tiny.article(1, "Wire", datetime(2024, 1, 1))  # 31 days before the latest: outside the window
    tiny.article(2, "Wire", datetime(2024, 1, 31))
    tiny.article(3, "Post", datetime(2024, 2, 1))
    tiny.entity("Ana Diaz", "PERSON")
    tiny.entity("UN", "ORG")
    tiny.entity("Goma", "PLACE")
    for article in (1, 2, 3):
        tiny.cooccurrence(article, "Ana Diaz", "UN", shared_sentences=1)
        tiny.cooccurrence(article, "Ana Diaz", "Goma", shared_sentences=1)
    assert rows(tiny, "SELECT window_start, window_end, actor_a, actor_b, articles, shared_sentences, days "
                      "FROM mart_actor_network") == [
        (date(2024, 1, 3), date(2024, 2, 1), "Ana Diaz", "UN", 2, 2, 2)]


def test_new_entities_are_those_the_latest_successful_run_loaded_first(tiny):
    tiny.run("monday", datetime(2024, 3, 4, 2))
    tiny.run("tuesday", datetime(2024, 3, 5, 2))
    tiny.run("tuesday-retry", datetime(2024, 3, 5, 3), status="failed")
    tiny.entity("Old Name", first_loaded_at=datetime(2024, 3, 4, 2, 5))
    tiny.entity("New Name", first_loaded_at=datetime(2024, 3, 5, 2, 5))
    tiny.entity("Before Records")  # loaded before first_loaded_at was kept
    assert rows(tiny, "SELECT canonical_name, run_id FROM mart_new_entities") == [("New Name", "tuesday")]


def test_a_night_marks_the_entities_it_loads_first(tiny):
    """first_loaded_at comes from the column's default when the loader inserts an entity."""
    tiny.con.execute("INSERT INTO dim_entity (entity_key, entity_id, canonical_name, entity_type) "
                     "VALUES (1, 'x', 'X', 'ORG')")
    assert rows(tiny, "SELECT first_loaded_at IS NOT NULL FROM dim_entity") == [(True,)]


def test_sources_by_volume_and_first_reports(tiny):
    tiny.article(1, "Wire", datetime(2024, 3, 1, 8), words=200)
    tiny.article(2, "Post", datetime(2024, 3, 1, 10), words=50)
    tiny.article(3, "Post", datetime(2024, 3, 2, 10), words=50)
    tiny.incident(1, date(2024, 3, 1), [1, 2], killed=3)  # Wire first, Post second
    tiny.incident(2, date(2024, 3, 2), [3], killed=1)  # Post alone
    assert rows(tiny, "SELECT source_name, articles, words, active_days, incidents_reported, incidents_first, "
                      "shared_incidents_reported, shared_incidents_first, first_to_report_share "
                      "FROM mart_sources ORDER BY source_name") == [
        ("Post", 2, 100, 2, 2, 1, 1, 0, 0.0), ("Wire", 1, 200, 1, 1, 1, 1, 1, 1.0)]


def test_marts_are_created_after_the_marts_they_read_whatever_their_names(tmp_path, tiny):
    (tmp_path / "a_reads_b.sql").write_text("CREATE OR REPLACE VIEW a_reads_b AS SELECT * FROM b_base;")
    (tmp_path / "b_base.sql").write_text("CREATE OR REPLACE VIEW b_base AS SELECT 1 AS x;")
    assert create_marts(tiny.con, tmp_path) == ["b_base", "a_reads_b"]
    (tmp_path / "b_base.sql").write_text("CREATE OR REPLACE VIEW b_base AS SELECT 2 AS x;")
    create_marts(tiny.con, tmp_path)  # an edited mart needs no migration: it is replaced
    assert rows(tiny, "SELECT x FROM a_reads_b") == [(2,)]


def test_marts_reading_each_other_in_a_cycle_are_refused(tmp_path, tiny):
    (tmp_path / "p.sql").write_text("CREATE OR REPLACE VIEW p AS SELECT * FROM q;")
    (tmp_path / "q.sql").write_text("CREATE OR REPLACE VIEW q AS SELECT * FROM p;")
    with pytest.raises(MigrationError, match="cycle"):
        create_marts(tiny.con, tmp_path)


def test_a_mart_named_only_in_another_marts_comment_is_not_read_by_it(tmp_path, tiny):
    """What a mart reads comes from its parsed SELECT (as the docs' lineage does), not from its words."""
    (tmp_path / "a.sql").write_text("-- Grain: one row, as in b.\nCREATE OR REPLACE VIEW a AS SELECT 1 AS x;")
    (tmp_path / "b.sql").write_text("-- Grain: one row.\nCREATE OR REPLACE VIEW b AS SELECT x FROM a;")
    assert create_marts(tiny.con, tmp_path) == ["a", "b"]
