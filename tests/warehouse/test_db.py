from pathlib import Path

import duckdb_extension_ducklake

from warehouse.db import connect


def test_ducklake_extension_loads_offline_from_its_package(tmp_path):
    """The way to outgrow one file stays open: the pinned DuckDB loads DuckLake with no network."""
    extension = next(Path(duckdb_extension_ducklake.__file__).parent.rglob("ducklake.duckdb_extension"))
    with connect(tmp_path / "w.duckdb") as con:
        con.execute(f"INSTALL '{extension}'")
        con.execute("LOAD ducklake")
        loaded = con.execute("SELECT loaded FROM duckdb_extensions() WHERE extension_name = 'ducklake'").fetchone()
    assert loaded == (True,)

