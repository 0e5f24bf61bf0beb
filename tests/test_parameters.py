"""NightParameters is the one declaration of a night's parameters: the flow's form, the CLI's options
and ops_runs all come from its fields."""

import json

import pytest
from prefect.exceptions import ParameterTypeError
from prefect.utilities.callables import parameter_schema
from typer.testing import CliRunner

from dateline.cli import app
from dateline.parameters import NightParameters, SettingsError, night_parameters
from flows.nightly import nightly
from tests.helpers import SEEDS

FIELDS = list(NightParameters.model_fields)
runner = CliRunner()


def test_every_field_is_in_the_flows_run_form_with_its_description():
    form = parameter_schema(nightly).definitions["NightParameters"]["properties"]
    assert list(form) == FIELDS
    assert all(form[name]["description"] == NightParameters.model_fields[name].description for name in FIELDS)


@pytest.mark.parametrize("command", ["run", "backfill", "serve"])
def test_every_field_is_an_option_of_the_night_commands(command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "300"})
    assert result.exit_code == 0
    fixed = {"backfill": {"backfill"}}.get(command, set())
    assert {name for name in FIELDS if f"--{name.replace('_', '-')}" in result.output} == set(FIELDS) - fixed


def test_a_field_default_is_the_options_default():
    result = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "300"})
    assert "[default: 64]" in result.output and "[default: 1000]" in result.output


@pytest.mark.parametrize(("values", "field", "why"), [
    ({"batch_size": 0}, "batch_size", "greater than or equal to 1"),
    ({"chunk_size": 100_001}, "chunk_size", "less than or equal to 100000"),
    ({"landing": "/nowhere/at/all"}, "landing", "does not exist"),
    ({"dask": "10.0.0.5:8786"}, "dask", "tcp://host:port"),
    ({"memory_limit": "lots"}, "memory_limit", "should match pattern"),
    ({"since": "2024-02-30"}, "since", "valid date"),
    ({"backfill": True, "since": "2024-02-01"}, "parameters", "needs both since and until"),
    ({"since": "2024-02-09", "until": "2024-02-08"}, "parameters", "is after until"),
    ({"warehouse": "ducklake:sqlite:c.sqlite"}, "parameters", "data-path"),
    ({"expectations_dir": str(SEEDS)}, "expectations_dir", "holds no suites"),
    ({"bogus": 1}, "bogus", "Extra inputs are not permitted"),
])
def test_an_unusable_value_is_refused_naming_the_field_and_why(values, field, why):
    with pytest.raises(SettingsError) as refused:
        night_parameters(**{"landing": str(SEEDS / "landing"), **values})
    assert str(refused.value).startswith(f"{field}: ")
    assert why in str(refused.value)


def test_the_cli_refuses_an_unusable_value_before_anything_starts(tmp_path):
    result = runner.invoke(app, ["run", "--landing", str(SEEDS / "landing"), "--warehouse",
                                 str(tmp_path / "w.duckdb"), "--batch-size", "0"])
    assert result.exit_code == 2
    assert "batch_size: Input should be greater than or equal to 1" in result.output
    assert not (tmp_path / "w.duckdb").exists()


def test_the_dump_round_trips_through_json():
    parameters = night_parameters(landing=str(SEEDS / "landing"), since="2024-02-08", until="2024-02-09",
                                  processes=3, dask="tcp://[::1]:8786")
    assert NightParameters(**json.loads(json.dumps(parameters.dump()))) == parameters


def test_defaults_resolve_to_the_bundled_tables_and_this_machines_cores(monkeypatch):
    monkeypatch.setenv("DATELINE_PROCESSES", "3")
    parameters = night_parameters(landing=str(SEEDS / "landing"))
    assert parameters.processes == 3
    assert (parameters.reference_dir / "entity_aliases.csv").is_file()
    assert (parameters.expectations_dir / "warehouse.yml").is_file()


def test_the_flow_takes_the_form_as_the_ui_sends_it():
    """The UI sends JSON; Prefect turns it into NightParameters before the run starts, or refuses it."""
    sent = {"parameters": {"landing": str(SEEDS / "landing"), "warehouse": "w.duckdb", "since": "2024-02-08",
                           "chunk_size": "200"}}
    taken = nightly.validate_parameters(sent)["parameters"]
    assert isinstance(taken, NightParameters)
    assert (str(taken.since), taken.chunk_size) == ("2024-02-08", 200)
    with pytest.raises(ParameterTypeError, match="chunk_size"):
        nightly.validate_parameters({"parameters": {**sent["parameters"], "chunk_size": 0}})
    with pytest.raises(ParameterTypeError, match="does not exist"):
        nightly.validate_parameters({"parameters": {**sent["parameters"], "landing": "/nowhere"}})
