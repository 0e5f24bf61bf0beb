"""The warehouse tests run against every kind of warehouse: a DuckDB file, and a DuckLake whose
catalog is a PostgreSQL database (a private cluster on loopback, tests/postgres.py) or a SQLite file."""

import shutil
from pathlib import Path

import pytest

from tests.postgres import new_database_name, postgres_dsn, postgres_server  # noqa: F401  (fixtures)
from warehouse.migrate import migrate
from warehouse.target import DuckDBFile, DuckLake, Warehouse

BACKENDS = ["duckdb", "ducklake-postgres", "ducklake-sqlite"]
TEMPLATE = "lake_template"


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path) -> Warehouse:
    """An empty warehouse of each kind, nothing created in it yet."""
    if request.param == "duckdb":
        return DuckDBFile(tmp_path / "w.duckdb")
    if request.param == "ducklake-postgres":
        return DuckLake("postgres:" + request.getfixturevalue("postgres_dsn"), tmp_path / "lake")
    return DuckLake(f"sqlite:{tmp_path / 'catalog.sqlite'}", tmp_path / "lake")


@pytest.fixture(scope="session")
def lake_templates(tmp_path_factory) -> dict:
    """Lakes migrated once per session, by catalog kind, that `migrated` copies (migrating a lake
    takes seconds: a catalog transaction per migration)."""
    return {"folder": tmp_path_factory.mktemp("lake-templates")}


@pytest.fixture(params=BACKENDS)
def migrated(request, tmp_path, lake_templates) -> Warehouse:
    """A migrated, empty warehouse of each kind. A lake's catalog is a copy of the session's migrated
    one; its data folder is shared with the other copies, which is safe: every write adds files of
    its own (uniquely named), and nothing here compacts or deletes files."""
    kind = request.param
    if kind == "duckdb":
        warehouse = DuckDBFile(tmp_path / "w.duckdb")
        with warehouse.connect() as con:
            migrate(con)
        return warehouse
    if kind not in lake_templates:
        lake_templates[kind] = _template(kind, lake_templates["folder"] / kind, request)
    template = lake_templates[kind]
    if kind == "ducklake-sqlite":
        copy = tmp_path / "catalog.sqlite"
        shutil.copy(template.catalog.removeprefix("sqlite:"), copy)
        return DuckLake(f"sqlite:{copy}", template.data_path)
    server = request.getfixturevalue("postgres_server")
    return DuckLake("postgres:" + server.create_database(new_database_name(), template=TEMPLATE), template.data_path)


def _template(kind: str, folder: Path, request) -> DuckLake:
    if kind == "ducklake-sqlite":
        lake = DuckLake(f"sqlite:{folder / 'catalog.sqlite'}", folder / "data")
    else:
        lake = DuckLake("postgres:" + request.getfixturevalue("postgres_server").create_database(TEMPLATE),
                        folder / "data")
    with lake.connect() as con:
        migrate(con)
    return lake
