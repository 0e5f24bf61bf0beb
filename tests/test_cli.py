from typer.testing import CliRunner

from dateline.cli import app
from prefect.utilities.callables import parameter_schema

from flows.deployment import nightly_deployment
from flows.nightly import nightly
from warehouse.db import connect
from warehouse.migrate import migrate

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


def test_run_refuses_a_missing_landing_folder(tmp_path):
    result = runner.invoke(app, ["run", "--landing", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_deployment_runs_nightly_on_a_cron_schedule_in_the_given_timezone(tmp_path):
    deployment = nightly_deployment(tmp_path, tmp_path / "w.duckdb", "30 1 * * *", "Europe/Berlin")
    schedule = deployment.schedules[0].schedule
    assert deployment.name == "nightly"
    assert (schedule.cron, schedule.timezone) == ("30 1 * * *", "Europe/Berlin")
    assert deployment.parameters == {"landing": str(tmp_path), "warehouse": str(tmp_path / "w.duckdb")}
    assert deployment.enforce_parameter_schema


def test_ui_parameters_are_typed():
    properties = parameter_schema(nightly).properties
    assert properties["batch_size"]["type"] == "integer"
    assert properties["full_refresh"]["type"] == "boolean"
    assert {"format": "date", "type": "string"} in properties["since"]["anyOf"]


def test_run_as_a_whole_process_starts_and_stops_its_own_prefect_server(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    from tests.conftest import SAMPLE_ARTICLE

    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy(SAMPLE_ARTICLE, landing / "sample.txt")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    result = subprocess.run([sys.executable, "-m", "dateline.cli", "run", "--landing", str(landing), "--warehouse",
                             str(tmp_path / "w.duckdb"), "--processes", "2"], env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    with connect(tmp_path / "w.duckdb") as con:
        assert con.execute("SELECT status FROM ops_runs").fetchall() == [("succeeded",)]
        assert con.execute("SELECT count(*) FROM dim_article").fetchone() == (1,)
    running = subprocess.run(["pgrep", "-f", f"prefect server start.*{tmp_path}"], capture_output=True)
    assert running.returncode == 1  # no server left behind


def test_run_refuses_a_chunk_size_of_zero_before_anything_starts(tmp_path):
    result = runner.invoke(app, ["run", "--chunk-size", "0", "--warehouse", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "chunk_size must be between 1 and" in result.output
    assert not (tmp_path / "w.duckdb").exists()
