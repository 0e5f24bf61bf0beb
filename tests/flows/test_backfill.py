"""Backfills: facts record their extractor; a backfill re-extracts one window's articles only."""

import json
import shutil
from datetime import date

import pytest

from dateline.parameters import SettingsError
from tests.helpers import SEEDS
from tests.nights import copy_warehouse, query, run_night

# Whole nights (`make test-fast` leaves them out), on the session's Prefect server.
pytestmark = pytest.mark.night

ARTICLES = [
    {"url": "https://example.org/a", "title": "Strike in Baghdad", "date_publish": "2024-02-05 09:00:00",
     "maintext": "BAGHDAD, Iraq - A drone strike in Baghdad killed three people on Monday, Iraqi police said. "
                 "The Iraqi government condemned the attack and Prime Minister Mohammed Shia al-Sudani "
                 "ordered an inquiry into the strike near the airport."},
    {"url": "https://example.org/b", "title": "Protest in Basra", "date_publish": "2024-02-06 09:00:00",
     "maintext": "BASRA, Iraq - Thousands of protesters gathered in Basra on Tuesday to demand jobs and "
                 "electricity, and police arrested 12 people, the provincial governor said. The protest "
                 "was the largest in Basra this year, according to local officials."},
]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """A landing folder of two articles on two days, reference tables of its own, loaded once for the
    module: a test that changes the warehouse or the tables takes `night`, copies of its own."""
    folder = tmp_path_factory.mktemp("loaded")
    landing, reference = folder / "landing", folder / "reference"
    landing.mkdir()
    (landing / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n")
    shutil.copytree(SEEDS, reference, ignore=shutil.ignore_patterns("landing", "broken"))
    warehouse = folder / "w.duckdb"
    first = run_night(landing=str(landing), warehouse=str(warehouse), reference_dir=str(reference))
    return landing, reference, warehouse, first


@pytest.fixture
def night(loaded, tmp_path):
    """The loaded night, its warehouse and reference tables copied for this test (the landing folder,
    which no test changes, is the same)."""
    landing, reference, warehouse, first = loaded
    shutil.copytree(reference, tmp_path / "reference")
    return landing, tmp_path / "reference", copy_warehouse(warehouse, tmp_path / "w.duckdb"), first


def versions_by_day(warehouse) -> dict:
    return dict(query(warehouse, """
        SELECT a.published_at::DATE, list(DISTINCT f.extractor_version ORDER BY f.extractor_version)
        FROM (SELECT article_key, extractor_version FROM fct_entity_mention
              UNION ALL SELECT article_key, extractor_version FROM fct_event_count) f
        JOIN dim_article a USING (article_key) GROUP BY ALL"""))


def test_every_fact_records_the_extractor_that_made_it(loaded):
    _, _, warehouse, first = loaded
    version = first["stages"]["extractor"]["version"]
    assert len(version) == 12
    assert versions_by_day(warehouse) == {date(2024, 2, 5): [version], date(2024, 2, 6): [version]}
    assert query(warehouse, "SELECT count(*) FROM fct_entity_cooccurrence WHERE extractor_version <> ?",
                 version) == [(0,)]


def test_backfill_after_a_reference_table_changed_replaces_only_that_days_facts(night):
    landing, reference, warehouse, first = night
    old = first["stages"]["extractor"]["version"]
    entities_before = query(warehouse, "SELECT entity_key, entity_id FROM dim_entity ORDER BY ALL")
    other_day = query(warehouse, "SELECT m.* FROM fct_entity_mention m JOIN dim_article a USING (article_key) "
                                 "WHERE a.published_at::DATE = DATE '2024-02-06' ORDER BY ALL")
    with (reference / "count_types.csv").open("a") as table:
        table.write("PROTEST,gathered in,after\n")

    backfill = run_night(landing=str(landing), warehouse=str(warehouse), reference_dir=str(reference),
                       since=date(2024, 2, 5), until=date(2024, 2, 5), backfill=True)
    new = backfill["stages"]["extractor"]["version"]
    assert new != old
    assert backfill["stages"]["stage"]["articles"] == 1
    assert versions_by_day(warehouse) == {date(2024, 2, 5): [new], date(2024, 2, 6): [old]}
    assert query(warehouse, "SELECT m.* FROM fct_entity_mention m JOIN dim_article a USING (article_key) "
                            "WHERE a.published_at::DATE = DATE '2024-02-06' ORDER BY ALL") == other_day
    assert query(warehouse, "SELECT entity_key, entity_id FROM dim_entity ORDER BY ALL") == entities_before
    older = query(warehouse, "SELECT (SELECT count(*) FROM fct_entity_mention WHERE extractor_version = ?) "
                             "+ (SELECT count(*) FROM fct_entity_cooccurrence WHERE extractor_version = ?) "
                             "+ (SELECT count(*) FROM fct_event_count WHERE extractor_version = ?)", old, old, old)
    assert backfill["stages"]["load"]["facts_of_older_extractors"] == older[0][0] > 0

    again = run_night(landing=str(landing), warehouse=str(warehouse), reference_dir=str(reference),
                    since=date(2024, 2, 5), until=date(2024, 2, 5), backfill=True)
    assert again["stages"]["stage"]["candidates"] == 0  # the same backfill again re-extracts nothing
    plain = run_night(landing=str(landing), warehouse=str(warehouse), reference_dir=str(reference))
    assert plain["stages"]["stage"]["candidates"] == 0  # and a plain night never re-extracts old facts


def test_a_backfill_without_its_window_is_refused(tmp_path):
    with pytest.raises(SettingsError, match="backfill needs both since and until"):
        run_night(landing=str(SEEDS / "landing"), warehouse=str(tmp_path / "w.duckdb"), backfill=True,
                since=date(2024, 2, 5))
