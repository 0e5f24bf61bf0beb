import polars as pl
import pytest

from tests.warehouse.loads import STAGES, TEXT, frames_for, load_run, query, run_record, snapshot
from warehouse.load import begin_run, commit_run, finalize_run, write_chunk
from warehouse.night import begin_last_transaction, chunk_schema, is_lake, night_connection


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
