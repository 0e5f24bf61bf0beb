"""Connections and the SQL files they run."""

from functools import cache
from importlib import resources
from pathlib import Path

import duckdb

SQL_DIR = Path(str(resources.files("warehouse") / "sql"))


@cache
def sql(name: str) -> str:
    """The text of `warehouse/sql/<name>.sql`."""
    return (SQL_DIR / f"{name}.sql").read_text()


def connect(path: Path, read_only: bool = False, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to a DuckDB file; `memory_limit` caps DuckDB's buffers (it spills beyond it)."""
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    # No extension is fetched at run time: autoinstall would reach the internet.
    config = {"autoinstall_known_extensions": False, "enable_external_access": True}
    if memory_limit:
        config["memory_limit"] = memory_limit
    return duckdb.connect(str(path), read_only=read_only, config=config)


def rollback_quietly(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back what is open, if anything: a DuckLake commit that lost a conflict has rolled back already."""
    try:
        con.rollback()
    except duckdb.Error:
        pass
