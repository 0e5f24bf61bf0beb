import tempfile
from datetime import datetime
from pathlib import Path

import polars as pl
import pytest

from transforms.articles import stg_articles
from transforms.counts import COUNT_WORDS_SCHEMA, CountRules, count_context, stg_counts
from transforms.duplicates import minhash_signatures
from transforms.entities import KNOWN_ENTITY_SCHEMA, stg_mentions
from transforms.gazetteer import ALIAS_SCHEMA, DEMONYM_SCHEMA, Gazetteer
from transforms.incident_places import geocoded_places
from transforms.incidents import CUE_SCHEMA, EVENT_NOUN_SCHEMA, IncidentCues, article_incidents, count_readings
from transforms.keys import stable_key as key_of
from transforms.ner import SPAN_SCHEMA
from transforms.places import PLACE_NAME_SCHEMA, PLACE_SCHEMA, PlaceIndex
from transforms.quarantine import quarantine_frame, quarantine_row
from transforms.raw_articles import KNOWN_VERSIONS_SCHEMA, LandingFile, parse_landing_file, raw_article_versions, records_frame
from transforms.star import chunk_frames
from warehouse.incidents import finalize_incidents
from warehouse.load import TABLES, RunRecord, begin_run, commit_run, finalize_run, write_chunk
from warehouse.night import begin_last_transaction, chunk_schema, is_lake, night_connection

AT = datetime(2024, 2, 10, 3, 0)
GAZETTEER = Gazetteer(pl.DataFrame(schema=ALIAS_SCHEMA),
                      pl.DataFrame([("Iraqi", "Iraqis", "IQ")], schema=DEMONYM_SCHEMA, orient="row"))
# Two places of the real index's shape: Baghdad in its region, in Iraq.
PLACES = PlaceIndex(
    pl.DataFrame([(key_of("geonames:98182"), "geonames:98182", "Baghdad", "IQ", "Baghdad", "IQ-BG", 33.34, 44.40, "P",
                   "town", 7_216_000, "region:IQ:07"),
                  (key_of("region:IQ:07"), "region:IQ:07", "Baghdad", "IQ", "Baghdad", "IQ-BG", 33.3, 44.4, "A",
                   "region", 7_500_000, "country:IQ"),
                  (key_of("country:IQ"), "country:IQ", "Iraq", "IQ", None, None, 33.0, 44.0, "A", "country",
                   40_000_000, None)], schema=PLACE_SCHEMA, orient="row"),
    pl.DataFrame([("baghdad", "geonames:98182"), ("baghdad", "region:IQ:07"), ("iraq", "country:IQ")],
                 schema=PLACE_NAME_SCHEMA, orient="row"))
CUES = IncidentCues(pl.DataFrame(schema=CUE_SCHEMA), pl.DataFrame(schema=EVENT_NOUN_SCHEMA))
COUNT_RULES = CountRules(pl.DataFrame([("KILL", "killed", "after")], schema=COUNT_WORDS_SCHEMA, orient="row"))
STAGES = Path(tempfile.mkdtemp(prefix="dateline-test-stages-"))  # a lake night's stage files; per test process
TEXT = "BAGHDAD, Iraq, Feb 8 - Iraqi officials met in Baghdad on Thursday. Two guards were killed."


def frames_for(text: str, run_id: str = "run-1", path: str = "a.txt") -> dict[str, pl.DataFrame]:
    records, rejected = parse_landing_file(LandingFile(path, len(text), text.encode()), 10_000, run_id, AT)
    new_versions = raw_article_versions(records_frame(records), pl.DataFrame(schema=KNOWN_VERSIONS_SCHEMA), run_id, AT)
    articles = stg_articles(new_versions, as_of=AT)
    article_id = articles["article_id"][0]
    spans = pl.DataFrame([(article_id, 0, 7, "BAGHDAD", "PLACE", 0), (article_id, 23, 28, "Iraqi", "GROUP", 0),
                          (article_id, 46, 53, "Baghdad", "PLACE", 0)], schema=SPAN_SCHEMA, orient="row")
    quarantine = quarantine_frame(rejected + [quarantine_row(
        source_path="bad.json", record_locator="", stage="ingest", reason="invalid_json", detail="broken",
        disposition="rejected", file_hash="f", excerpt="{", run_id=run_id, at=AT)])
    mentions = stg_mentions(spans, articles, GAZETTEER, pl.DataFrame(schema=KNOWN_ENTITY_SCHEMA))
    counts = count_context(stg_counts(articles, COUNT_RULES), mentions)
    places, dim_place = geocoded_places(mentions, articles, PLACES)
    incidents, count_incidents = article_incidents(counts, count_readings(counts, articles, CUES), mentions, articles,
                                                   places, CUES)
    counts = counts.join(count_incidents, on=["article_id", "start"], how="left")
    frames = chunk_frames(quarantine, articles, mentions, counts, incidents, places, dim_place,
                          minhash_signatures(articles.select("article_id", "body")), GAZETTEER, "v1")
    return {**frames, "raw_article": new_versions}


def load_run(warehouse, frames: dict[str, pl.DataFrame], run: RunRecord, verify=None) -> None:
    """A run of one chunk, as the pipeline loads it (into a working copy of a DuckDB file, or a
    lake's stage) and publishes it only when it ends well: write (committed), finalize, verify, commit."""
    with night_connection(warehouse, run.run_id, STAGES) as con:
        begin_run(con)
        write_chunk(con, frames, chunk_schema(warehouse))
        begin_last_transaction(con, warehouse, run.run_id)
        finalize_run(con)
        finalize_incidents(con, set())
        commit_run(con, run, verify(con) if verify else [], drop_partials=not is_lake(warehouse))


def run_record(run_id: str) -> RunRecord:
    return RunRecord(run_id, "nightly", {}, AT, AT, "succeeded", {})


def snapshot(warehouse) -> dict[str, list]:
    with warehouse.connect(read_only=True) as con:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}


def query(warehouse, text: str) -> list[tuple]:
    with warehouse.connect(read_only=True) as con:
        return con.execute(text).fetchall()


@pytest.fixture
def warehouse(migrated):
    """The published warehouse, migrated and empty: a DuckDB file or a DuckLake (conftest.py)."""
    return migrated


def test_loading_the_same_frames_twice_changes_nothing_but_ops_runs(warehouse):
    load_run(warehouse, frames_for(TEXT), run_record("run-1"))
    before = snapshot(warehouse)
    load_run(warehouse, frames_for(TEXT, "run-2"), run_record("run-2"))
    assert snapshot(warehouse) == before
    assert query(warehouse, "SELECT count(*) FROM ops_runs")[0] == (2,)


def test_every_table_gets_rows(warehouse):
    load_run(warehouse, frames_for(TEXT), run_record("run-1"))
    # One article has no near-duplicate.
    assert all(rows for table, rows in snapshot(warehouse).items()
               if table not in ("ops_landing_manifest", "fct_near_duplicate"))
    assert query(warehouse, "SELECT canonical_name FROM dim_entity WHERE entity_type = 'PLACE' "
                       "ORDER BY 1") == [("Baghdad",), ("Iraq",)]


def test_failure_in_the_last_table_rolls_back_the_whole_run(warehouse):
    load_run(warehouse, frames_for(TEXT), run_record("run-1"))
    before = snapshot(warehouse)
    frames = frames_for(TEXT.replace("Thursday", "Friday"), "run-2")
    # A crash after every table was written and committed in the working copy.
    frames["fct_entity_mention"] = frames["fct_entity_mention"].with_columns(pl.lit(None).alias("mention_count"))
    with pytest.raises(Exception, match="(?i)constraint|null"):
        load_run(warehouse, frames, run_record("run-2"))
    assert snapshot(warehouse) == before
    assert query(warehouse, "SELECT run_id FROM ops_runs") == [("run-1",)]


def test_new_version_replaces_the_facts_of_its_article(warehouse):
    load_run(warehouse, frames_for(TEXT), run_record("run-1"))
    changed = frames_for(TEXT.replace("Iraqi officials", "Officials"), "run-2")
    changed["fct_entity_mention"] = changed["fct_entity_mention"].head(1)
    load_run(warehouse, changed, run_record("run-2"))
    assert query(warehouse, "SELECT count(*) FROM fct_entity_mention")[0] == (1,)
    assert query(warehouse, "SELECT count(*) FROM dim_article")[0] == (1,)


def test_frame_with_the_wrong_shape_is_refused_before_anything_is_written(warehouse):
    frames = frames_for(TEXT)
    frames["run_source"] = frames["run_source"].drop("is_domain")
    with pytest.raises(ValueError, match="run_source"):
        load_run(warehouse, frames, run_record("run-1"))
    assert all(not rows for rows in snapshot(warehouse).values())


def test_warehouse_check_failure_inside_the_transaction_rolls_everything_back(warehouse):
    from expectations.runner import DataQualityError, critical_failures, run_warehouse_checks
    from expectations.suites import load_suite
    from warehouse.db import sql

    load_run(warehouse, frames_for(TEXT), run_record("run-1"))
    before = snapshot(warehouse)
    frames = frames_for(TEXT.replace("Thursday", "Friday"), "run-2")
    # A mention of an entity that the run does not load: an orphan key.
    frames["fct_entity_mention"] = frames["fct_entity_mention"].head(1).with_columns(pl.lit(42, pl.Int64).alias("entity_key"))
    frames["fct_entity_cooccurrence"] = frames["fct_entity_cooccurrence"].clear()

    def verify(connection):
        failures = critical_failures(run_warehouse_checks(connection, load_suite("warehouse"), sql,
                                                          {"read": 1, "loaded": 1}))
        if failures:
            raise DataQualityError(failures)
        return []

    with pytest.raises(DataQualityError, match="fct_entity_mention.entity_key"):
        load_run(warehouse, frames, run_record("run-2"), verify)
    assert snapshot(warehouse) == before


def test_dimensions_are_added_up_over_chunks_in_any_order(warehouse):
    one, two = frames_for(TEXT), frames_for(TEXT.replace("Iraqi officials", "Officials from Iraq"), "run-1")
    # Two chunks naming the same source differently: the name most of its articles give wins.
    renamed = two["run_source"].with_columns(pl.lit("Other Name").alias("source_name"))
    into = chunk_schema(warehouse)
    with night_connection(warehouse, "run-1", STAGES) as con:
        begin_run(con)
        write_chunk(con, {"run_source": one["run_source"], "run_entity": one["run_entity"]}, into)
        write_chunk(con, {"run_source": one["run_source"], "run_entity": two["run_entity"]}, into)
        write_chunk(con, {"run_source": renamed}, into)
        begin_last_transaction(con, warehouse, "run-1")
        finalize_run(con)
        commit_run(con, run_record("run-1"), [], drop_partials=not is_lake(warehouse))
    assert query(warehouse, "SELECT count(*), any_value(source_name) FROM dim_source")[0] == (1, "Unknown")
    rows = query(warehouse, "SELECT canonical_name, country_code FROM dim_entity ORDER BY 1")
    assert rows == [("Baghdad", "IQ"), ("Iraq", "IQ"), ("Iraqis", "IQ")]


def test_a_key_written_twice_is_refused_by_the_warehouse_checks(warehouse):
    from expectations.runner import critical_failures, run_warehouse_checks
    from expectations.suites import load_suite
    from warehouse.db import sql

    frames = frames_for(TEXT)
    frames["fct_entity_mention"] = pl.concat([frames["fct_entity_mention"]] * 2)
    found = []
    load_run(warehouse, frames, run_record("run-1"), lambda con: found.extend(critical_failures(
        run_warehouse_checks(con, load_suite("warehouse"), sql, {"read": 1, "loaded": 1}))) or [])
    assert [f.expectation for f in found] == ["expect_table_keys_unique(dq_duplicate_keys)"]
    assert {key for key, _ in found[0].examples} == {"fct_entity_mention.article_key+entity_key"}
