"""Nights in turn on one warehouse, each test with a landing folder of its own: a date window that
leaves articles to a later night, a changed file read again, two landing folders loading one warehouse,
the entities new in the latest night. Real Prefect, DuckDB and spaCy, as in test_nightly.py."""

import shutil
from datetime import date

import pytest

from tests.helpers import SAMPLE_ARTICLE, SEEDS
from tests.nights import query, run_night

# Whole nights (`make test-fast` leaves them out), on the session's Prefect server.
pytestmark = pytest.mark.night


def test_date_window_defers_articles_to_a_later_run(tmp_path):
    warehouse = tmp_path / "window.duckdb"
    windowed = run_night(landing=str(SEEDS / "landing"), warehouse=str(warehouse),
                       since=date(2024, 2, 7), until=date(2024, 2, 8))
    inside = query(warehouse, "SELECT count(*), min(published_at)::DATE, max(published_at)::DATE FROM dim_article")
    assert inside[0][0] == windowed["stages"]["stage"]["articles"] > 0
    assert date(2024, 2, 7) <= inside[0][1] <= inside[0][2] <= date(2024, 2, 8)
    deferred = windowed["stages"]["stage"]["deferred_outside_window"]
    later = run_night(landing=str(SEEDS / "landing"), warehouse=str(warehouse))
    assert later["stages"]["stage"]["articles"] == deferred


def test_changed_file_is_read_again_and_full_refresh_reads_every_file(tmp_path):
    landing = tmp_path / "landing"
    shutil.copytree(SEEDS / "landing", landing)
    warehouse = tmp_path / "w.duckdb"
    run_night(landing=str(landing), warehouse=str(warehouse))
    story = landing / "wire-kyiv-2024-02-09.txt"
    story.write_text(story.read_text() + "\nOfficials in Kyiv confirmed the figures on Friday.\n")
    changed = run_night(landing=str(landing), warehouse=str(warehouse))["stages"]
    assert (changed["ingest"]["files_read"], changed["ingest"]["new_versions"], changed["stage"]["articles"]) == (1, 1, 1)
    assert query(warehouse, "SELECT max(version) FROM raw_article WHERE source_path = ?", story.name) == [(2,)]
    refreshed = run_night(landing=str(landing), warehouse=str(warehouse), full_refresh=True)["stages"]
    assert refreshed["ingest"]["files_read"] == refreshed["ingest"]["files_seen"]
    assert refreshed["ingest"]["new_versions"] == 0
    assert refreshed["stage"]["articles"] == query(warehouse, "SELECT count(*) FROM dim_article")[0][0]


def test_two_landing_folders_holding_the_same_file_name_each_skip_their_own_unchanged_file(tmp_path):
    """Nights split by source, each with its own folder, loading one warehouse (a DuckLake, or in turn)."""
    warehouse = tmp_path / "w.duckdb"
    folders = {"wire": "BAGHDAD - Iraqi officials met on Monday.\n", "feed": "LAGOS - Nigerian officials met on Monday.\n"}
    for name, text in folders.items():
        (tmp_path / name / "2024-02-08").mkdir(parents=True)
        (tmp_path / name / "2024-02-08" / "story.txt").write_text(text)
    for name in folders:
        assert run_night(landing=str(tmp_path / name), warehouse=str(warehouse))["stages"]["ingest"]["files_read"] == 1
    for name in folders:  # the other folder's night changed nothing of this one's
        again = run_night(landing=str(tmp_path / name), warehouse=str(warehouse))["stages"]["ingest"]
        assert (again.get("files_read", 0), again["files_unchanged_skipped"]) == (0, 1)
    assert query(warehouse, "SELECT count(*), count(DISTINCT landing) FROM ops_landing_manifest") == [(2, 2)]


def test_new_entities_are_those_of_the_latest_night_that_loaded_any(tmp_path):
    warehouse = tmp_path / "dateline.duckdb"
    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy(SAMPLE_ARTICLE, landing)
    run_night(landing=str(landing), warehouse=str(warehouse))
    first_night = set(query(warehouse, "SELECT canonical_name FROM mart_new_entities"))
    assert first_night == set(query(warehouse, "SELECT canonical_name FROM dim_entity"))
    (landing / "second.txt").write_text("LAGOS, Nigeria - Zubairu Okonkwo, a Lagos fisherman, met the "
                                        "Ogunwale Rowing Club on Tuesday.\n")
    run_night(landing=str(landing), warehouse=str(warehouse))
    second_night = set(query(warehouse, "SELECT canonical_name FROM mart_new_entities"))
    assert second_night and not second_night & first_night
    assert ("Ogunwale Rowing Club",) in second_night
