import shutil

import duckdb
import pytest

from warehouse.migrate import DUCKLAKE_VARIANTS, MIGRATIONS_DIR, MigrationError, migrate, migrations, without_primary_keys


def tables(con) -> set[str]:
    return {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_catalog = current_database()").fetchall()}


@pytest.fixture
def con(target):
    """A connection to an empty warehouse of each kind (conftest.py)."""
    connection = target.connect()
    yield connection
    connection.close()


def test_new_warehouse_gets_every_migration_once(con):
    assert migrate(con) == [version for version, _, _ in migrations()]
    assert migrate(con) == []
    assert {"dim_article", "fct_entity_mention", "ops_runs", "ops_quarantine", "v_article"} <= tables(con)


def test_older_warehouse_is_upgraded(tmp_path, con):
    old = tmp_path / "migrations"
    old.mkdir()
    shutil.copy(MIGRATIONS_DIR / "001_core.sql", old)
    assert migrate(con, old, marts=None) == [1]
    assert "v_article" not in tables(con)
    assert migrate(con) == [version for version, _, _ in migrations() if version > 1]
    assert "v_article" in tables(con)


def test_places_loaded_before_levels_get_their_level_and_geonames_id(tmp_path, con):
    old = tmp_path / "migrations"
    old.mkdir()
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        if int(path.name[:3]) < 13:
            shutil.copy(path, old)
    migrate(con, old, marts=None)
    con.execute("INSERT INTO dim_place (place_key, place_id, name, country_code, precision) VALUES "
                "(1, 'geonames:92138', 'Al Qaim', 'IQ', 'town'), (2, 'region:IQ:01', 'Al Anbar', 'IQ', 'region'), "
                "(3, 'country:IQ', 'Iraq', 'IQ', 'country')")
    assert 13 in migrate(con)
    assert con.execute("SELECT place_key, level, geonameid FROM dim_place ORDER BY 1").fetchall() == [
        (1, "town", 92138), (2, "admin1", None), (3, "country", None)]
    assert con.execute("SELECT count(*) FROM fct_entity_mention WHERE place_key IS NOT NULL").fetchone() == (0,)


def test_editing_an_applied_migration_is_refused(tmp_path, con):
    changed = tmp_path / "migrations"
    changed.mkdir()
    (changed / "001_core.sql").write_text("CREATE TABLE t (x INTEGER);")
    migrate(con, changed, marts=None)
    (changed / "001_core.sql").write_text("CREATE TABLE t (x INTEGER, y INTEGER);")
    with pytest.raises(MigrationError, match="changed after it was applied"):
        migrate(con, changed, marts=None)


def test_failed_migration_leaves_no_trace(tmp_path, con):
    broken = tmp_path / "migrations"
    broken.mkdir()
    (broken / "001_broken.sql").write_text("CREATE TABLE t (x INTEGER); CREATE TABLE oops (;")
    with pytest.raises(duckdb.Error):
        migrate(con, broken, marts=None)
    assert "t" not in tables(con)
    assert con.execute("SELECT count(*) FROM ops_schema_migrations").fetchone() == (0,)


def test_a_lake_takes_the_migrations_without_primary_keys():
    ddl = ("CREATE TABLE a (k VARCHAR PRIMARY KEY, v INT);\n"
           "CREATE TABLE b (x INT, y INT,  -- why\n    PRIMARY KEY (x, y)\n);")
    assert without_primary_keys(ddl) == ("CREATE TABLE a (k VARCHAR NOT NULL, v INT);\n"
                                         "CREATE TABLE b (x INT, y INT  -- why\n);")


def test_a_lake_variant_replaces_only_its_own_migration():
    variants = {version for version, _, _ in migrations(DUCKLAKE_VARIANTS)}
    assert variants and variants <= {version for version, _, _ in migrations()}
