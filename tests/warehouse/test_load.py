from datetime import datetime

import polars as pl
import pytest

from transforms.articles import stg_articles
from transforms.counts import COUNT_WORDS_SCHEMA, CountRules, stg_counts
from transforms.entities import KNOWN_ENTITY_SCHEMA, stg_mentions
from transforms.gazetteer import ALIAS_SCHEMA, DEMONYM_SCHEMA, Gazetteer
from transforms.ner import SPAN_SCHEMA
from transforms.quarantine import quarantine_frame, quarantine_row
from transforms.raw_articles import KNOWN_VERSIONS_SCHEMA, LandingFile, parse_landing_file, raw_article_versions, records_frame
from transforms.star import chunk_frames
from warehouse.db import connect
from warehouse.load import TABLES, RunRecord, begin_run, commit_run, finalize_run, write_chunk
from warehouse.migrate import migrate

AT = datetime(2024, 2, 10, 3, 0)
GAZETTEER = Gazetteer(pl.DataFrame(schema=ALIAS_SCHEMA),
                      pl.DataFrame([("Iraqi", "Iraqis", "IQ")], schema=DEMONYM_SCHEMA, orient="row"))
COUNT_RULES = CountRules(pl.DataFrame([("KILL", "killed", "after")], schema=COUNT_WORDS_SCHEMA, orient="row"))
TEXT = "BAGHDAD, Iraq, Feb 8 - Iraqi officials met in Baghdad on Thursday. Two guards were killed."


def frames_for(text: str, run_id: str = "run-1") -> dict[str, pl.DataFrame]:
    records, rejected = parse_landing_file(LandingFile("a.txt", len(text), text.encode()), 10_000, run_id, AT)
    new_versions = raw_article_versions(records_frame(records), pl.DataFrame(schema=KNOWN_VERSIONS_SCHEMA), run_id, AT)
    articles = stg_articles(new_versions, as_of=AT)
    article_id = articles["article_id"][0]
    spans = pl.DataFrame([(article_id, 0, 7, "BAGHDAD", "PLACE", 0), (article_id, 23, 28, "Iraqi", "GROUP", 0),
                          (article_id, 46, 53, "Baghdad", "PLACE", 0)], schema=SPAN_SCHEMA, orient="row")
    quarantine = quarantine_frame(rejected + [quarantine_row(
        source_path="bad.json", record_locator="", stage="ingest", reason="invalid_json", detail="broken",
        disposition="rejected", file_hash="f", excerpt="{", run_id=run_id, at=AT)])
    mentions = stg_mentions(spans, articles, GAZETTEER, pl.DataFrame(schema=KNOWN_ENTITY_SCHEMA))
    counts = stg_counts(articles, COUNT_RULES)
    return {**chunk_frames(quarantine, articles, mentions, counts, GAZETTEER), "raw_article": new_versions}


def load_run(con, frames: dict[str, pl.DataFrame], run: RunRecord, verify=None) -> None:
    """A run of one chunk, as the pipeline loads it: begin, write, finalize, verify, commit."""
    begin_run(con)
    try:
        write_chunk(con, frames)
        finalize_run(con)
        commit_run(con, run, verify(con) if verify else [])
    except Exception:
        con.rollback()
        raise


def run_record(run_id: str) -> RunRecord:
    return RunRecord(run_id, "nightly", {}, AT, AT, "succeeded", {})


def snapshot(con) -> dict[str, list]:
    return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}


@pytest.fixture
def con(tmp_path):
    with connect(tmp_path / "w.duckdb") as con:
        migrate(con)
        yield con


def test_loading_the_same_frames_twice_changes_nothing_but_ops_runs(con):
    load_run(con, frames_for(TEXT), run_record("run-1"))
    before = snapshot(con)
    load_run(con, frames_for(TEXT, "run-2"), run_record("run-2"))
    assert snapshot(con) == before
    assert con.execute("SELECT count(*) FROM ops_runs").fetchone() == (2,)


def test_every_table_gets_rows(con):
    load_run(con, frames_for(TEXT), run_record("run-1"))
    assert all(rows for table, rows in snapshot(con).items() if table != "ops_landing_manifest")
    assert con.execute("SELECT canonical_name FROM dim_entity WHERE entity_type = 'PLACE' "
                       "ORDER BY 1").fetchall() == [("Baghdad",), ("Iraq",)]


def test_failure_in_the_last_table_rolls_back_the_whole_run(con):
    load_run(con, frames_for(TEXT), run_record("run-1"))
    before = snapshot(con)
    frames = frames_for(TEXT.replace("Thursday", "Friday"), "run-2")
    # Two rows for one (article, entity): the primary key fails after every dimension was written.
    frames["fct_entity_mention"] = pl.concat([frames["fct_entity_mention"]] * 2)
    with pytest.raises(Exception, match="(?i)constraint|duplicate"):
        load_run(con, frames, run_record("run-2"))
    assert snapshot(con) == before
    assert con.execute("SELECT run_id FROM ops_runs").fetchall() == [("run-1",)]


def test_new_version_replaces_the_facts_of_its_article(con):
    load_run(con, frames_for(TEXT), run_record("run-1"))
    changed = frames_for(TEXT.replace("Iraqi officials", "Officials"), "run-2")
    changed["fct_entity_mention"] = changed["fct_entity_mention"].head(1)
    load_run(con, changed, run_record("run-2"))
    assert con.execute("SELECT count(*) FROM fct_entity_mention").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM dim_article").fetchone() == (1,)


def test_frame_with_the_wrong_shape_is_refused_before_anything_is_written(con):
    frames = frames_for(TEXT)
    frames["run_source"] = frames["run_source"].drop("is_domain")
    with pytest.raises(ValueError, match="run_source"):
        load_run(con, frames, run_record("run-1"))
    assert all(not rows for rows in snapshot(con).values())


def test_warehouse_check_failure_inside_the_transaction_rolls_everything_back(con):
    from expectations.runner import DataQualityError, critical_failures, run_warehouse_checks
    from expectations.suites import load_suite
    from warehouse.db import sql

    load_run(con, frames_for(TEXT), run_record("run-1"))
    before = snapshot(con)
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
        load_run(con, frames, run_record("run-2"), verify)
    assert snapshot(con) == before


def test_dimensions_are_added_up_over_chunks_in_any_order(con):
    one, two = frames_for(TEXT), frames_for(TEXT.replace("Iraqi officials", "Officials from Iraq"), "run-1")
    # Two chunks naming the same source differently: the name most of its articles give wins.
    renamed = two["run_source"].with_columns(pl.lit("Other Name").alias("source_name"))
    begin_run(con)
    write_chunk(con, {"run_source": one["run_source"], "run_entity": one["run_entity"]})
    write_chunk(con, {"run_source": one["run_source"], "run_entity": two["run_entity"]})
    write_chunk(con, {"run_source": renamed})
    finalize_run(con)
    commit_run(con, run_record("run-1"), [])
    assert con.execute("SELECT count(*), any_value(source_name) FROM dim_source").fetchone() == (1, "Unknown")
    rows = con.execute("SELECT canonical_name, country_code FROM dim_entity ORDER BY 1").fetchall()
    assert rows == [("Baghdad", "IQ"), ("Iraq", "IQ"), ("Iraqis", "IQ")]
