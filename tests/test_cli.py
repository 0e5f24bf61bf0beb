import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from prefect.utilities.callables import parameter_schema
from typer.testing import CliRunner

from dateline.cli import app
from dateline.parameters import NightParameters, night_parameters
from flows.deployment import nightly_deployment
from flows.nightly import nightly
from tests.helpers import SAMPLE_ARTICLE
from tests.nights import give_built_reference_data
from warehouse.db import connect
from warehouse.migrate import migrate, migrations

runner = CliRunner()


def test_sql_prints_the_answer_as_a_table(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    with connect(warehouse) as con:
        migrate(con)
    result = runner.invoke(app, ["sql", "SELECT version, name FROM ops_schema_migrations ORDER BY 1",
                                 "--warehouse", str(warehouse)])
    assert result.exit_code == 0
    assert "core" in result.output and "analyst_views" in result.output


def test_sql_error_is_reported_not_raised(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    with connect(warehouse) as con:
        migrate(con)
    result = runner.invoke(app, ["sql", "SELECT * FROM no_such_table", "--warehouse", str(warehouse)])
    assert result.exit_code == 1
    assert "no_such_table" in result.output


@pytest.fixture
def small_warehouse(tmp_path):
    """A migrated warehouse file holding two runs, one with a title that needs quoting in every format."""
    warehouse = tmp_path / "w.duckdb"
    with connect(warehouse) as con:
        migrate(con)
        con.execute("""INSERT INTO ops_runs (run_id, flow_name, parameters, started_at, ended_at, status, error, counts)
                       VALUES ('r1', 'nightly', '{}', '2024-03-01 02:00', '2024-03-01 02:05', 'succeeded', NULL, '{}'),
                              ('r2', 'nightly', '{}', '2024-03-02 02:00', '2024-03-02 02:01', 'failed',
                               'a | b, "c"' || chr(10) || 'next line', '{}')""")
    return warehouse


QUERY = "SELECT run_id, started_at, error FROM ops_runs ORDER BY run_id"


def test_sql_writes_csv_that_reads_back_the_same(small_warehouse):
    import csv
    import io

    result = runner.invoke(app, ["sql", QUERY, "--format", "csv", "--warehouse", str(small_warehouse)])
    assert result.exit_code == 0
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["run_id", "started_at", "error"], ["r1", "2024-03-01T02:00:00", ""],
        ["r2", "2024-03-02T02:00:00", 'a | b, "c"\nnext line']]


def test_sql_writes_json_as_one_array_of_objects(small_warehouse):
    import json

    result = runner.invoke(app, ["sql", QUERY, "--format", "json", "--warehouse", str(small_warehouse)])
    assert json.loads(result.stdout) == [
        {"run_id": "r1", "started_at": "2024-03-01T02:00:00", "error": None},
        {"run_id": "r2", "started_at": "2024-03-02T02:00:00", "error": 'a | b, "c"\nnext line'}]


def test_sql_writes_markdown_whose_cells_keep_their_rows(small_warehouse):
    result = runner.invoke(app, ["sql", QUERY, "--format", "markdown", "--warehouse", str(small_warehouse)])
    assert result.stdout.splitlines() == [
        "| run_id | started_at | error |", "|---|---|---|", "| r1 | 2024-03-01T02:00:00 |  |",
        '| r2 | 2024-03-02T02:00:00 | a \\| b, "c"<br>next line |']


def test_sql_reads_the_query_from_a_file_or_standard_input(small_warehouse, tmp_path):
    query = tmp_path / "q.sql"
    query.write_text("-- how many runs\nSELECT count(*) AS runs FROM ops_runs;\n")
    from_file = runner.invoke(app, ["sql", "--file", str(query), "--format", "csv", "--warehouse", str(small_warehouse)])
    from_stdin = runner.invoke(app, ["sql", "-", "--format", "csv", "--warehouse", str(small_warehouse)],
                               input=query.read_text())
    assert from_file.stdout == from_stdin.stdout == "runs\n2\n"


@pytest.mark.parametrize("arguments, message", [
    (["SELECT 1", "--format", "xml"], "unknown --format 'xml'"),
    (["-"], "the SQL is empty"),
    (["SELECT 1", "--file", "q.sql"], "not both"),
    (["--file", "missing.sql"], "no SQL file at missing.sql"),
])
def test_sql_refuses_what_it_cannot_run_saying_why(small_warehouse, arguments, message):
    result = runner.invoke(app, ["sql", *arguments, "--warehouse", str(small_warehouse)], input="")
    assert result.exit_code == 2
    assert message in result.output


def test_report_refuses_a_window_that_ends_before_it_starts(small_warehouse):
    result = runner.invoke(app, ["report", "--warehouse", str(small_warehouse), "--since", "2024-03-02",
                                 "--until", "2024-03-01"])
    assert result.exit_code == 2
    assert "starts (2024-03-02) after it ends (2024-03-01)" in result.output


def test_report_of_a_warehouse_older_than_the_marts_says_how_to_bring_it_up_to_date(tmp_path):
    warehouse = tmp_path / "old.duckdb"
    with connect(warehouse) as con:
        migrate(con, marts=None)
    result = runner.invoke(app, ["report", "--warehouse", str(warehouse)])
    assert result.exit_code == 2
    assert "lacks the marts the report reads" in result.output and "`dateline run` migrates it" in result.output


def test_report_of_an_empty_warehouse_is_written_beside_it_and_says_it_is_empty(small_warehouse):
    result = runner.invoke(app, ["report", "--warehouse", str(small_warehouse), "--since", "2024-03-01",
                                 "--until", "2024-03-07"])
    assert result.exit_code == 0, result.output
    page = (small_warehouse.parent / "report.html").read_text(encoding="utf-8")
    assert "No article was published from 2024-03-01 to 2024-03-07." in page


def test_run_refuses_a_missing_landing_folder(tmp_path):
    result = runner.invoke(app, ["run", "--landing", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_deployment_runs_nightly_on_a_cron_schedule_in_the_given_timezone(tmp_path):
    defaults = NightParameters(landing=tmp_path, warehouse=str(tmp_path / "w.duckdb"))
    deployment = nightly_deployment(defaults, "30 1 * * *", "Europe/Berlin")
    schedule = deployment.schedules[0].schedule
    assert deployment.name == "nightly"
    assert (schedule.cron, schedule.timezone) == ("30 1 * * *", "Europe/Berlin")
    assert deployment.parameters == {"parameters": {"landing": str(tmp_path), "warehouse": str(tmp_path / "w.duckdb")}}
    assert deployment.enforce_parameter_schema
    assert (deployment.concurrency_limit, deployment.concurrency_options.collision_strategy.value) == (1, "ENQUEUE")


def test_deployment_gives_every_run_its_chosen_parameters(tmp_path):
    defaults = NightParameters(landing=tmp_path, warehouse=str(tmp_path / "w.duckdb"), dask="tcp://10.0.0.5:8786",
                               chunk_size=200)
    parameters = nightly_deployment(defaults).parameters["parameters"]
    assert (parameters["dask"], parameters["chunk_size"]) == ("tcp://10.0.0.5:8786", 200)
    assert NightParameters(**parameters) == defaults.model_copy(update={"landing": tmp_path.resolve(),
                                                                         "warehouse": str(tmp_path / "w.duckdb")})


@pytest.mark.parametrize("command", ["run", "serve"])
@pytest.mark.parametrize(("address", "error"), [("10.0.0.5:8786", "tcp://host:port"),
                                                ("tcp://10.0.0.5:8786", "PREFECT_API_URL")])
def test_dask_option_is_refused_before_anything_starts(command, address, error, tmp_path, monkeypatch):
    """A bad address, or a scheduler on another host without PREFECT_API_URL: its workers could not reach
    the temporary Prefect server on this host's loopback."""
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    result = runner.invoke(app, [command, "--landing", str(tmp_path), "--warehouse", str(tmp_path / "w.duckdb"),
                                 "--dask", address])
    assert result.exit_code == 2
    assert error in result.output


def test_ui_parameters_are_typed():
    schema = parameter_schema(nightly)
    assert schema.properties["parameters"]["$ref"] == "#/definitions/NightParameters"
    properties = schema.definitions["NightParameters"]["properties"]
    assert properties["batch_size"]["type"] == "integer"
    assert properties["full_refresh"]["type"] == "boolean"
    assert {"format": "date", "type": "string"} in properties["since"]["anyOf"]


def start_run(tmp_path, landing, warehouse, name: str, *options: str, processes: int = 1) -> subprocess.Popen:
    """`dateline run` as a whole process with its own Prefect home and no Prefect API named (so a plain
    night, no Prefect server): the tests that start one are marked `night`, as heavy as one (`make test-fast` leaves them out). Its
    folder has the reference data an earlier night built (test_wheel.py's night is a first one)."""
    give_built_reference_data(night_parameters(landing=str(landing), warehouse=str(warehouse)))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env["PREFECT_HOME"] = str(tmp_path / f"prefect-{name}")
    return subprocess.Popen([sys.executable, "-m", "dateline.cli", "run", "--landing", str(landing), "--warehouse",
                             str(warehouse), "--processes", str(processes), *options], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finished(process: subprocess.Popen) -> str:
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr[-3000:]
    return stderr


@pytest.fixture
def one_article(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy(SAMPLE_ARTICLE, landing / "sample.txt")
    return landing


@pytest.mark.night
def test_run_as_a_whole_process_needs_no_prefect_server_and_publishes_the_night_whole(tmp_path, one_article):
    warehouse = tmp_path / "w.duckdb"
    with connect(warehouse) as con:  # an earlier night's warehouse, empty
        migrate(con)
    # An analyst opening the file read-only again and again all night: (runs, articles, facts) each time.
    poller = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        seen = set()
        while True:
            with duckdb.connect({str(warehouse)!r}, read_only=True) as con:
                seen.add(con.execute("SELECT (SELECT count(*) FROM ops_runs), (SELECT count(*) FROM dim_article),"
                                     " (SELECT count(*) FROM fct_entity_mention) > 0").fetchone())
            print(sorted(seen), flush=True)
            time.sleep(0.05)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        finished(start_run(tmp_path, one_article, warehouse, "only", processes=2))  # workers, as by default
        last = poller.stdout.readline()
        while "(1, 1, True)" not in last:  # until the poller has seen the published night
            assert last, "the read-only poller died: it could not open the warehouse during the night"
            last = poller.stdout.readline()
        assert last.strip() == "[(0, 0, False), (1, 1, True)]"  # before or after the night, never a part
    finally:
        poller.kill()
        poller.wait()
    with connect(warehouse, read_only=True) as con:
        assert con.execute("SELECT status FROM ops_runs").fetchall() == [("succeeded",)]
        assert con.execute("SELECT count(*) FROM dim_article").fetchone() == (1,)
    assert not (tmp_path / "prefect-only").exists()  # Prefect was never imported (it creates its home)


@pytest.mark.night
def test_an_analyst_holding_the_warehouse_open_read_write_never_stops_the_night(tmp_path, one_article):
    warehouse = tmp_path / "w.duckdb"
    with connect(warehouse) as con:  # an earlier night's warehouse, empty
        migrate(con)
    # The DuckDB CLI's default: the file opened read-write, held for the whole night.
    analyst = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys
        con = duckdb.connect({str(warehouse)!r})
        print(con.execute("SELECT count(*) FROM dim_article").fetchone()[0], flush=True)
        sys.stdin.readline()
        print(con.execute("SELECT count(*) FROM dim_article").fetchone()[0], flush=True)
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert analyst.stdout.readline().strip() == "0"
        finished(start_run(tmp_path, one_article, warehouse, "night"))
        with connect(warehouse, read_only=True) as con:  # a new connection sees the night
            assert con.execute("SELECT count(*) FROM dim_article").fetchone() == (1,)
        analyst.stdin.write("\n")
        analyst.stdin.flush()
        assert analyst.stdout.readline().strip() == "0"  # the analyst's session keeps the night it opened
    finally:
        analyst.kill()
        analyst.wait()


@pytest.mark.night
def test_a_run_waits_for_the_run_writing_the_warehouse_then_gives_up_saying_which(tmp_path, one_article):
    warehouse = tmp_path / "w.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from pathlib import Path
        from warehouse.publish import run_lock
        with run_lock(Path({str(warehouse)!r}), {{"run_id": "night-1", "pid": 1}}, 0):
            print("ready", flush=True)
            time.sleep(120)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        waiting = start_run(tmp_path, one_article, warehouse, "second", "--wait", "3")
        _, stderr = waiting.communicate(timeout=300)
    finally:
        holder.kill()
        holder.wait()
    assert waiting.returncode != 0
    assert "waiting for run night-1" in stderr
    assert "WarehouseBusy" in stderr and "being written by run night-1" in stderr
    assert not warehouse.exists()  # nothing written, not even a failed run's record


@pytest.mark.night
def test_two_runs_started_together_end_as_if_run_one_after_the_other(tmp_path, one_article):
    warehouse = tmp_path / "w.duckdb"
    first, second = (start_run(tmp_path, one_article, warehouse, name) for name in ("a", "b"))
    finished(first), finished(second)
    with connect(warehouse, read_only=True) as con:
        runs = con.execute("SELECT status, counts->'$.ingest.files_unchanged_skipped' FROM ops_runs "
                           "ORDER BY started_at").fetchall()
        assert sorted(runs) == [("succeeded", "0"), ("succeeded", "1")]  # the later one found it all done
        assert con.execute("SELECT count(*) FROM raw_article").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM dim_article").fetchone() == (1,)


def test_run_refuses_a_chunk_size_of_zero_before_anything_starts(tmp_path):
    result = runner.invoke(app, ["run", "--chunk-size", "0", "--warehouse", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "chunk_size: Input should be greater than or equal to 1" in result.output
    assert not (tmp_path / "w.duckdb").exists()


def test_sql_report_and_docs_read_a_ducklake_named_by_warehouse_and_data_path(tmp_path):
    from warehouse.target import DuckLake

    lake = DuckLake(f"sqlite:{tmp_path / 'catalog.sqlite'}", tmp_path / "lake")
    with lake.connect() as con:
        migrate(con)
    where = ["--warehouse", f"ducklake:{lake.catalog}", "--data-path", str(lake.data_path)]
    result = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM ops_schema_migrations", "--format", "csv", *where])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == str(len(migrations()))
    for command, written in (("report", lake.data_path / "report.html"), ("docs", lake.data_path / "docs" / "index.html")):
        result = runner.invoke(app, [command, *where])
        assert result.exit_code == 0, result.output
        assert written.is_file()
    # A lake keeps no comment on a view's column; the docs take the description from schema.yml.
    assert "The UTC day of published_at" in (lake.data_path / "docs" / "v_article.html").read_text()


@pytest.mark.parametrize("arguments, message", [
    (["--warehouse", "ducklake:sqlite:x.sqlite"], "needs --data-path"),
    (["--warehouse", "ducklake:oracle:x", "--data-path", "d"], "ducklake:postgres:"),
    (["--data-path", "d"], "--data-path is for a DuckLake"),
])
def test_a_warehouse_the_options_do_not_name_is_refused_saying_why(tmp_path, arguments, message):
    result = runner.invoke(app, ["sql", "SELECT 1", *arguments])
    assert result.exit_code == 2
    assert message in result.output
