import shutil

import duckdb
import pytest

from warehouse.migrate import MIGRATIONS_DIR, MigrationError, migrate, migrations


def tables(con) -> set[str]:
    return {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def test_new_warehouse_gets_every_migration_once():
    con = duckdb.connect()
    assert migrate(con) == [version for version, _, _ in migrations()]
    assert migrate(con) == []
    assert {"dim_article", "fct_entity_mention", "ops_runs", "ops_quarantine", "v_article"} <= tables(con)


def test_older_warehouse_is_upgraded(tmp_path):
    old = tmp_path / "migrations"
    old.mkdir()
    shutil.copy(MIGRATIONS_DIR / "001_core.sql", old)
    con = duckdb.connect()
    assert migrate(con, old, marts=None) == [1]
    assert "v_article" not in tables(con)
    assert migrate(con) == [version for version, _, _ in migrations() if version > 1]
    assert "v_article" in tables(con)


def test_editing_an_applied_migration_is_refused(tmp_path):
    changed = tmp_path / "migrations"
    changed.mkdir()
    (changed / "001_core.sql").write_text("CREATE TABLE t (x INTEGER);")
    con = duckdb.connect()
    migrate(con, changed, marts=None)
    (changed / "001_core.sql").write_text("CREATE TABLE t (x INTEGER, y INTEGER);")
    with pytest.raises(MigrationError, match="changed after it was applied"):
        migrate(con, changed, marts=None)


def test_failed_migration_leaves_no_trace(tmp_path):
    broken = tmp_path / "migrations"
    broken.mkdir()
    (broken / "001_broken.sql").write_text("CREATE TABLE t (x INTEGER); CREATE TABLE oops (;")
    con = duckdb.connect()
    with pytest.raises(duckdb.Error):
        migrate(con, broken, marts=None)
    assert "t" not in tables(con)
    assert con.execute("SELECT count(*) FROM ops_schema_migrations").fetchone() == (0,)
