"""Whole nights for the tests, given their one parameter model, and what the tests read of the DuckDB
file a night leaves. `run_night` runs a night as `dateline run` does without a Prefect server;
`flow_night` runs the nightly flow, which needs the session's Prefect server: a module running one says
so with `pytest.mark.usefixtures("prefect_server")` (tests/conftest.py)."""

import fcntl
import functools
import shutil
from pathlib import Path

import duckdb

from dateline.parameters import NightParameters, night_parameters
from dateline.runtime import user_cache_dir
from tests.helpers import SEEDS
from warehouse.load import TABLES  # ops_runs and ops_dq_results grow with every run

# What differs between two warehouses built from the same input by different runs.
RUN_COLUMNS = {"raw_article": "ingested_run_id, ingested_at", "ops_quarantine": "first_run_id, quarantined_at",
               "ops_landing_manifest": "last_run_id, read_at, modified_ns", "dim_entity": "first_loaded_at"}


def run_night(**values) -> dict:
    """A night on NightParameters(**values), without Prefect; an unusable value raises SettingsError naming
    it. The warehouse's folder starts with the reference data an earlier night built
    (`give_built_reference_data`)."""
    from dateline.night.runner import run_night as night

    parameters = night_parameters(**values)
    give_built_reference_data(parameters)
    return night(parameters)


def flow_night(**values) -> dict:
    """The same night as a run of the nightly flow, each step a task run."""
    from flows.nightly import nightly

    parameters = night_parameters(**values)
    give_built_reference_data(parameters)
    return nightly(parameters)


def give_built_reference_data(parameters: NightParameters) -> None:
    """The reference data a night builds beside its warehouse when it has none (the gazetteer, and the
    place index: half a minute), given to the warehouse's folder as an earlier night there would have
    left it. Each is named by a hash of its inputs, so a night with other inputs still builds its own.
    test_wheel.py's night is a first night in an empty folder, building it."""
    if not parameters.cache_dir.exists():
        parameters.cache_dir.mkdir(parents=True)
        for built in _built_reference_data():
            (shutil.copytree if built.is_dir() else shutil.copy)(built, parameters.cache_dir / built.name)


@functools.cache
def _built_reference_data() -> tuple[Path, ...]:
    from dateline.extraction.places import cached_place_index
    from dateline.extraction.reference import cached_gazetteer

    cache = built_reference_cache()
    return cached_gazetteer(SEEDS, cache), cached_place_index(SEEDS, cache)


@functools.cache
def built_reference_cache() -> Path:
    """The user's cache, where `dateline extract` keeps the reference data, holding the bundled tables'
    gazetteer and place index, built by the night's own loaders: once for all the session's test
    processes (the first builds, the others wait for it), and kept for the next session while their inputs
    are unchanged."""
    from dateline.extraction.places import load_place_index
    from dateline.extraction.reference import load_gazetteer

    cache = user_cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".tests-building.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        load_gazetteer(SEEDS, cache)
        load_place_index(SEEDS, cache)
    return cache


def copy_warehouse(warehouse: Path, copy: Path) -> Path:
    """A copy of a published DuckDB warehouse, for a test that changes it: the night checkpointed, so
    the file is the whole warehouse (no write-ahead log beside it)."""
    assert not warehouse.with_name(warehouse.name + ".wal").exists()
    shutil.copy(warehouse, copy)
    return copy


def query(warehouse, sql: str, *params) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def snapshot(warehouse) -> dict[str, list]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}


def content(warehouse) -> dict[str, list]:
    """Every table without the columns that name the run that wrote it."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {table: con.execute(f"SELECT * EXCLUDE ({RUN_COLUMNS[table]}) FROM {table} ORDER BY ALL"
                                   if table in RUN_COLUMNS else f"SELECT * FROM {table} ORDER BY ALL").fetchall()
                for table in TABLES}


def suites_failing_articles_over(words: int, suites: Path) -> Path:
    """The bundled suites in `suites`, with an article of more than `words` words failing the run."""
    shutil.copytree(SEEDS.parent / "expectations" / "suites", suites)
    strict = (suites / "stg_articles.yml").read_text().replace(
        "kwargs: {column: word_count, min_value: 1}\n    on_failure: quarantine",
        f"kwargs: {{column: word_count, min_value: 1, max_value: {words}}}\n    on_failure: fail_run")
    assert strict != (suites / "stg_articles.yml").read_text()
    (suites / "stg_articles.yml").write_text(strict)
    return suites
