"""What only a DuckLake warehouse does: snapshots an analyst can query as of an earlier night, and
nights that publish at the same moment, one of them retried against what the other left."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.warehouse.loads import STAGES, TEXT, frames_for, load_run, query, run_record
from warehouse.incidents import finalize_incidents
from warehouse.load import begin_run, commit_run, finalize_run, write_chunk
from warehouse.migrate import migrate
from warehouse.night import begin_last_transaction, chunk_schema, night_connection
from warehouse.stage import retrying
from warehouse.target import DuckDBFile, DuckLake, WarehouseSpecError, conflict, parse_warehouse

OTHER = TEXT.replace("Iraqi officials met", "Iraqi and Kurdish officials met")  # same entities
OTHER_PATH = "b.txt"  # another article


LAKES = ["ducklake-postgres", "ducklake-sqlite"]  # a DuckDB file has no snapshots and one writer


@pytest.fixture
def lake(migrated) -> DuckLake:
    return migrated


@pytest.mark.parametrize("migrated", LAKES, indirect=True)
def test_an_earlier_night_is_queried_as_it_was_from_its_snapshot(lake):
    load_run(lake, frames_for(TEXT), run_record("run-1"))
    load_run(lake, frames_for(OTHER, "run-2", OTHER_PATH), run_record("run-2"))
    with lake.connect(read_only=True) as con:
        nights = con.execute("SELECT snapshot_id, commit_message FROM lake.snapshots() "
                             "WHERE commit_message LIKE 'night %' ORDER BY snapshot_id").fetchall()
        assert [message for _, message in nights] == ["night run-1", "night run-2"]
        first = nights[0][0]
        assert con.execute(f"SELECT count(*) FROM dim_article AT (VERSION => {first})").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM dim_article").fetchone() == (2,)
    with lake.connect(snapshot_version=first) as con:  # the whole warehouse as the first night left it
        assert con.execute("SELECT run_id FROM ops_runs").fetchall() == [("run-1",)]


@pytest.mark.parametrize("migrated", LAKES, indirect=True)
def test_a_night_is_invisible_to_readers_until_it_publishes(lake):
    load_run(lake, frames_for(TEXT), run_record("run-1"))
    with night_connection(lake, "run-2", STAGES) as con:
        begin_run(con)
        write_chunk(con, frames_for(OTHER, "run-2", OTHER_PATH), chunk_schema(lake))
        assert query(lake, "SELECT count(*) FROM dim_article") == [(1,)]  # staged, not published
        assert con.execute("SELECT count(*) FROM dim_article").fetchone() == (2,)  # the night sees both
    assert query(lake, "SELECT count(*) FROM dim_article") == [(1,)]  # it ended without publishing
    assert not list(STAGES.glob("run-2.duckdb*"))  # and left no stage behind


# A SQLite catalog locks whole: two publishing transactions cannot even overlap.
@pytest.mark.parametrize("migrated", ["ducklake-postgres"], indirect=True)
def test_two_nights_publishing_at_once_conflict_and_the_later_retried_adds_no_duplicate(lake):
    load_run(lake, frames_for(TEXT), run_record("run-0"))  # migrated, with one night in it
    with night_connection(lake, "run-a", STAGES) as a, night_connection(lake, "run-b", STAGES) as b:
        nights = ((a, TEXT.replace("Two", "Three"), "run-a", "c.txt"), (b, OTHER, "run-b", OTHER_PATH))
        for con, text, run_id, path in nights:
            begin_run(con)
            write_chunk(con, frames_for(text, run_id, path), chunk_schema(lake))

        def last_transaction(con, run_id):
            begin_last_transaction(con, lake, run_id)
            finalize_run(con)
            finalize_incidents(con, set())

        last_transaction(a, "run-a")
        last_transaction(b, "run-b")  # both open, each sure the new entities are new
        commit_run(b, run_record("run-b"), [], drop_partials=False)
        with pytest.raises(duckdb.TransactionException) as lost:
            commit_run(a, run_record("run-a"), [], drop_partials=False)
        assert conflict(lost.value)
        tries = []

        def publish_a():  # again, against the lake as run-b left it
            tries.append(1)
            last_transaction(a, "run-a")
            commit_run(a, run_record("run-a"), [], drop_partials=False)
        retrying(publish_a, "run-a")
        assert len(tries) == 1
    assert query(lake, "SELECT run_id FROM ops_runs ORDER BY run_id") == [("run-0",), ("run-a",), ("run-b",)]
    assert query(lake, "SELECT count(*) FROM dim_article") == [(3,)]
    assert query(lake, "SELECT entity_id FROM dim_entity GROUP BY ALL HAVING count(*) > 1") == []
    assert query(lake, "SELECT entity_key FROM dim_entity GROUP BY ALL HAVING count(*) > 1") == []


@pytest.mark.parametrize("spec, data_path, problem", [
    ("ducklake:postgres:host=x", None, "needs --data-path"),
    ("ducklake:mysql:host=x", "d", "ducklake:postgres:"),
    ("ducklake:sqlite:", "d", "ducklake:sqlite:<file>"),
    ("w.duckdb", "d", "--data-path is for a DuckLake"),
])
def test_a_warehouse_that_names_no_warehouse_is_refused_saying_why(spec, data_path, problem):
    with pytest.raises(WarehouseSpecError, match=re.escape(problem)):
        parse_warehouse(spec, data_path)


def test_a_lake_shown_to_people_hides_its_password(tmp_path):
    lake = parse_warehouse("ducklake:postgres:host=db dbname=lake password=secret", tmp_path)
    assert "secret" not in str(lake) and "dbname=lake" in str(lake)
    assert parse_warehouse(tmp_path / "w.duckdb") == DuckDBFile(tmp_path / "w.duckdb")


@pytest.mark.parametrize("migrated", ["ducklake-sqlite"], indirect=True)
def test_a_night_removes_the_stages_killed_nights_left_and_no_other(lake, tmp_path):
    stages = tmp_path / "stage"
    stages.mkdir()
    hour_ago = time.time() - 3600

    def stage_file(name: str, old: bool) -> Path:
        path = stages / f"{name}.duckdb"
        with duckdb.connect(str(path)) as con:
            con.execute("CREATE TABLE dim_article AS SELECT 1 AS article_key")
        if old:
            os.utime(path, (hour_ago, hour_ago))
        return path

    killed, starting, running = stage_file("killed", True), stage_file("starting", False), stage_file("running", True)
    os.makedirs(f"{killed}.tmp")  # its spill folder
    # A night of another process, still writing its stage: DuckDB holds the file's lock.
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; con = duckdb.connect(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.readline()", str(running)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "open\n"
        with night_connection(lake, "run-new", stages):
            assert sorted(p.name for p in stages.glob("*.duckdb")) == ["run-new.duckdb", "running.duckdb",
                                                                       "starting.duckdb"]
    finally:
        holder.communicate("\n", timeout=30)
    assert not killed.exists() and not Path(f"{killed}.tmp").exists()
    assert running.exists() and starting.exists()


@pytest.mark.parametrize("migrated", LAKES, indirect=True)
def test_migrating_a_lake_that_is_up_to_date_adds_no_snapshot_and_brings_back_a_dropped_mart(lake):
    with lake.connect() as con:
        snapshots = con.execute("SELECT count(*) FROM lake.snapshots()").fetchone()
        assert migrate(con) == []  # every night starts with this
        assert con.execute("SELECT count(*) FROM lake.snapshots()").fetchone() == snapshots
        con.execute("DROP VIEW mart_sources")
        migrate(con)
        assert con.execute("SELECT count(*) FROM mart_sources").fetchone() == (0,)
