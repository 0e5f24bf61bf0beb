"""Spike: what the warehouse code does on DuckLake, with a PostgreSQL catalog and a SQLite catalog.

A test that pins a failure (`pytest.raises(..., match=...)`) records DuckLake 1.5.5's exact error: when
DuckLake gains the feature, the test fails and says so. What the spike had to change to get further
is in `ducklake_migrations` (no PRIMARY KEY, 010 without ALTER ... SET DEFAULT) and in
`publish_night` (partials in TEMP tables, every lake write of a night in one transaction that also
updates a one-row token, retried whole on a conflict)."""

import dataclasses
import importlib
import json
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tests.postgres import _unavailable, postgres_dsn, postgres_server  # noqa: F401  (fixtures)
from tests.warehouse.test_load import (
    AT, COUNT_RULES, CUES, GAZETTEER, PLACES, TEXT, frames_for, run_record,
)
from transforms.counts import count_context, stg_counts
from transforms.articles import stg_articles
from transforms.duplicates import minhash_signatures
from transforms.entities import KNOWN_ENTITY_SCHEMA, stg_mentions
from transforms.incident_places import geocoded_places
from transforms.incidents import article_incidents, count_readings
from transforms.ner import SPAN_SCHEMA
from transforms.quarantine import quarantine_frame
from transforms.raw_articles import (
    KNOWN_VERSIONS_SCHEMA, LandingFile, parse_landing_file, raw_article_versions, records_frame,
)
from transforms.star import chunk_frames
from warehouse.catalog import apply_comments, load_schema_docs
from warehouse.db import connect, sql
from warehouse.incidents import finalize_incidents
from warehouse.load import TABLES, WRITES, _write, begin_run, commit_run, finalize_run, record_run, write_chunk
from warehouse.migrate import MIGRATIONS_DIR, create_marts, migrate, migrations

# Not in requirements.lock yet: without them this spike is skipped, not an error.
for package in ("duckdb_extension_postgres", "duckdb_extension_sqlite"):
    pytest.importorskip(package, reason=f"pip install {package.replace('_', '-')}==1.5.5")

REPO = Path(__file__).resolve().parents[2]
# Registry package -> (file in the package, the name DuckDB knows the extension by).
EXTENSIONS = {"duckdb_extension_ducklake": ("ducklake", "ducklake"),
              "duckdb_extension_postgres": ("postgres", "postgres_scanner"),
              "duckdb_extension_sqlite": ("sqlite", "sqlite_scanner")}
CONFLICT = r"Failed to commit DuckLake transaction\.\nTransaction conflict - "
# migrate() creates ops_schema_migrations with a PRIMARY KEY itself; on DuckLake it must exist first.
MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS ops_schema_migrations (version INTEGER NOT NULL,
    name VARCHAR NOT NULL, checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"""
TOKEN_TABLE = "CREATE TABLE ops_publish_token (run_id VARCHAR)"


def extension_directory(root: Path) -> Path:
    """A DuckDB extension directory (`<root>/v1.5.5/<platform>/<name>.duckdb_extension`) of links to
    the registry packages' files, each under the name DuckDB loads it by: then `LOAD postgres` and
    the autoload of `ATTACH 'ducklake:postgres:...'` find them, with nothing fetched."""
    platform = duckdb.execute("PRAGMA platform").fetchone()[0]
    folder = root / f"v{duckdb.__version__}" / platform
    folder.mkdir(parents=True, exist_ok=True)
    for package, (file, name) in EXTENSIONS.items():
        source = next(Path(importlib.import_module(package).__file__).parent.rglob(f"{file}.duckdb_extension"))
        link = folder / f"{name}.duckdb_extension"
        if not link.exists():
            link.symlink_to(source)
    return root


@dataclass(frozen=True)
class Lake:
    catalog: str          # what follows `ducklake:`: `postgres:<libpq dsn>` or `sqlite:<file>`
    data_path: Path
    extensions: Path

    def connect(self, *, read_only: bool = False, snapshot_version: int | None = None,
                alias: str = "lake") -> duckdb.DuckDBPyConnection:
        """A new DuckDB instance with the lake attached and in use (its default schema: `main`)."""
        con = duckdb.connect(config={"autoinstall_known_extensions": False,
                                     "extension_directory": str(self.extensions)})
        options = [f"DATA_PATH '{self.data_path}/'"]
        if read_only:
            options.append("READ_ONLY")
        if snapshot_version is not None:
            options.append(f"SNAPSHOT_VERSION {snapshot_version}")
        # ATTACH takes no parameters: the catalog string is quoted into the statement.
        con.execute(f"ATTACH 'ducklake:{self.catalog}' AS {alias} ({', '.join(options)})")
        con.execute(f"USE {alias}")
        return con


@pytest.fixture(scope="session")
def extensions(tmp_path_factory) -> Path:
    return extension_directory(tmp_path_factory.mktemp("duckdb-extensions"))


@pytest.fixture(params=["postgres", "sqlite"])
def lake(request, tmp_path, extensions) -> Lake:
    """An empty lake: its catalog in a new PostgreSQL database or a SQLite file, its data in tmp_path."""
    if request.param == "postgres":
        catalog = "postgres:" + request.getfixturevalue("postgres_dsn")
    else:
        catalog = f"sqlite:{tmp_path / 'catalog.sqlite'}"
    return Lake(catalog, tmp_path / "data", extensions)


@pytest.fixture
def postgres_lake(postgres_dsn, tmp_path, extensions) -> Lake:
    return Lake(f"postgres:{postgres_dsn}", tmp_path / "data", extensions)


def ducklake_migrations(target: Path) -> Path:
    """The project's migrations as DuckLake takes them: PRIMARY KEYs left out (a key column stays
    NOT NULL), and 010's default set by rebuilding dim_entity (ALTER ... SET DEFAULT is refused)."""
    target.mkdir(parents=True, exist_ok=True)
    for version, name, text in migrations():
        text = re.sub(r",([ \t]*--[^\n]*)?\s*PRIMARY KEY\s*\([^)]*\)", r"\1", text)
        text = re.sub(r"\bPRIMARY KEY\b", "NOT NULL", text)
        if version == 10:
            text = text.replace(
                "ALTER TABLE dim_entity ALTER COLUMN first_loaded_at SET DEFAULT (now() AT TIME ZONE 'UTC');", """
                CREATE TABLE dim_entity_v10 (
                    entity_key BIGINT NOT NULL, entity_id VARCHAR NOT NULL, canonical_name VARCHAR NOT NULL,
                    entity_type VARCHAR NOT NULL, country_code VARCHAR, country_entity_key BIGINT,
                    first_seen_date DATE, last_seen_date DATE,
                    first_loaded_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'UTC'));
                INSERT INTO dim_entity_v10 SELECT * FROM dim_entity;
                DROP TABLE dim_entity;
                ALTER TABLE dim_entity_v10 RENAME TO dim_entity;""")
        (target / f"{version:03d}_{name}.sql").write_text(text)
    return target


def docs_without_view_columns(con: duckdb.DuckDBPyConnection):
    """schema.yml less what DuckLake cannot store: comments on a view's columns."""
    docs = load_schema_docs()
    views = {name for (name,) in con.execute("SELECT view_name FROM duckdb_views() "
                                             "WHERE database_name = current_database() AND NOT internal").fetchall()}
    return dataclasses.replace(docs, relations={
        name: dataclasses.replace(doc, columns={}, columns_from=()) if name in views else doc
        for name, doc in docs.relations.items()})


def migrate_lake(con: duckdb.DuckDBPyConnection, directory: Path) -> list[int]:
    con.execute(MIGRATIONS_TABLE)
    applied = migrate(con, ducklake_migrations(directory), marts=None)
    create_marts(con)
    apply_comments(con, docs_without_view_columns(con))
    return applied


@pytest.fixture
def migrated(lake, tmp_path) -> Lake:
    with lake.connect() as con:
        migrate_lake(con, tmp_path / "migrations")
        con.execute(TOKEN_TABLE)
        con.execute("INSERT INTO ops_publish_token VALUES (NULL)")
    return lake


def frames_at(path: str, text: str, run_id: str) -> dict[str, pl.DataFrame]:
    """tests/warehouse/test_load.py's frames_for, for a landing file at `path` (its own article)."""
    records, rejected = parse_landing_file(LandingFile(path, len(text), text.encode()), 10_000, run_id, AT)
    new_versions = raw_article_versions(records_frame(records), pl.DataFrame(schema=KNOWN_VERSIONS_SCHEMA), run_id, AT)
    articles = stg_articles(new_versions, as_of=AT)
    article_id = articles["article_id"][0]
    spans = pl.DataFrame([(article_id, 0, 7, "BAGHDAD", "PLACE", 0), (article_id, 23, 28, "Iraqi", "GROUP", 0),
                          (article_id, 46, 53, "Baghdad", "PLACE", 0)], schema=SPAN_SCHEMA, orient="row")
    mentions = stg_mentions(spans, articles, GAZETTEER, pl.DataFrame(schema=KNOWN_ENTITY_SCHEMA))
    counts = count_context(stg_counts(articles, COUNT_RULES), mentions)
    places, dim_place = geocoded_places(mentions, articles, PLACES)
    incidents, count_incidents = article_incidents(counts, count_readings(counts, articles, CUES), mentions, articles,
                                                   places, CUES)
    counts = counts.join(count_incidents, on=["article_id", "start"], how="left")
    frames = chunk_frames(quarantine_frame(rejected), articles, mentions, counts, incidents, places, dim_place,
                          minhash_signatures(articles.select("article_id", "body")), GAZETTEER, "v1")
    return {**frames, "raw_article": new_versions}


def load_night(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], run_id: str) -> list:
    """The loader's calls for a night of one chunk (no working copy); the warehouse checks' failures."""
    from expectations.runner import critical_failures, run_warehouse_checks
    from expectations.suites import load_suite

    begin_run(con)
    write_chunk(con, frames)
    finalize_run(con)
    finalize_incidents(con, set())
    failures = critical_failures(run_warehouse_checks(con, load_suite("warehouse"), sql, {"read": 1, "loaded": 1}))
    commit_run(con, run_record(run_id), [])
    return failures


def publish_night(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], run_id: str) -> None:
    """Every lake write of a night in one transaction: its partials in TEMP tables (a transaction
    writes one database, and the temporary one does not count), the chunk's tables in their declared
    modes, the dimensions finalized, incidents, the token every publishing night updates (so two
    overlapping publishes always conflict, even when each only inserts), the run recorded."""
    con.begin()
    try:
        con.execute(sql("run_partials").replace("CREATE OR REPLACE TABLE", "CREATE OR REPLACE TEMP TABLE"))
        con.register("loaded_articles", frames["dim_article"].select("article_key").to_arrow())
        for write in WRITES:
            if write.table in frames:
                _write(con, write, frames[write.table].to_arrow())
        for write in WRITES:
            if write.finalize is not None:
                _write(con, write, con.execute(sql(write.finalize)).to_arrow_table())
        finalize_incidents(con, set())
        con.execute("UPDATE ops_publish_token SET run_id = ?", [run_id])
        record_run(con, run_record(run_id))
        con.execute(sql("drop_run_partials"))
        con.commit()
    except duckdb.TransactionException:
        raise  # a commit that failed has rolled back already: rollback() would raise "no transaction is active"
    except BaseException:
        con.rollback()
        raise
    finally:
        con.unregister("loaded_articles")


def publish_with_retries(lake_json: str, path: str, text: str, run_id: str, start_at: float) -> None:
    """One writer process of the concurrency test: wait for the common start, publish, retry a
    conflict with jittered exponential back-off; print the attempts as JSON."""
    lake = Lake(**{k: Path(v) if k != "catalog" else v for k, v in json.loads(lake_json).items()})
    con = lake.connect()
    frames = frames_at(path, text, run_id)
    errors = []
    time.sleep(max(0.0, start_at - time.time()))
    for attempt in range(1, 16):
        try:
            publish_night(con, frames, run_id)
            break
        except duckdb.TransactionException as error:
            errors.append(str(error).splitlines()[-1])
            time.sleep(random.uniform(0.05, 0.2) * 1.5 ** attempt)
    else:
        raise RuntimeError(f"{run_id} gave up: {errors}")
    print(json.dumps({"run_id": run_id, "attempts": attempt, "errors": errors}))


def rows(con: duckdb.DuckDBPyConnection, table: str, exclude: tuple[str, ...] = ()) -> list[tuple]:
    columns = {name for (name,) in con.execute(f"SELECT column_name FROM (DESCRIBE {table})").fetchall()}
    dropped = ", ".join(c for c in exclude if c in columns)
    return con.execute(f"SELECT * {f'EXCLUDE ({dropped})' if dropped else ''} FROM {table} ORDER BY ALL").fetchall()


def latest_snapshot(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("SELECT max(snapshot_id) FROM ducklake_snapshots('lake')").fetchone()[0]


def relation_shapes(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {}
    for table, column, data_type, nullable in con.execute(
            "SELECT table_name, column_name, data_type, is_nullable FROM duckdb_columns() "
            "WHERE database_name = current_database() AND schema_name = 'main' ORDER BY table_name, column_index"
    ).fetchall():
        found.setdefault(table, []).append((column, data_type, nullable))
    return found


# --- Extensions and the fixture -------------------------------------------------------------------

def test_extensions_load_offline_from_their_registry_packages(extensions):
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "extension_directory": str(extensions)})
    con.execute("LOAD ducklake; LOAD postgres; LOAD sqlite")
    loaded = con.execute("SELECT extension_name FROM duckdb_extensions() WHERE loaded "
                         "AND extension_name IN ('ducklake', 'postgres_scanner', 'sqlite_scanner') ORDER BY 1").fetchall()
    assert loaded == [("ducklake",), ("postgres_scanner",), ("sqlite_scanner",)]


def test_loading_the_postgres_package_file_by_its_own_name_fails():
    """The package ships `postgres.duckdb_extension`, whose entry point is postgres_scanner's."""
    file = next(Path(importlib.import_module("duckdb_extension_postgres").__file__).parent.rglob("*.duckdb_extension"))
    with pytest.raises(duckdb.IOException, match="did not contain the expected entrypoint function "
                                                 "'postgres_duckdb_cpp_init'"):
        duckdb.connect().execute(f"LOAD '{file}'")


def test_the_postgres_fixture_serves_a_database_on_loopback(postgres_server, postgres_dsn, extensions):
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "extension_directory": str(extensions)})
    con.execute(f"ATTACH '{postgres_dsn}' AS pg (TYPE postgres)")
    address, database = con.execute("SELECT * FROM postgres_query('pg', "
                                    "'SELECT host(inet_server_addr()), current_database()')").fetchone()
    assert (address, database) == ("127.0.0.1", postgres_dsn.split("dbname=")[1].split()[0])
    assert postgres_server.startup_seconds < 30


@pytest.mark.parametrize("required, outcome", [(None, pytest.skip.Exception), ("1", pytest.fail.Exception)])
def test_missing_postgres_skips_unless_required(monkeypatch, required, outcome):
    if required:
        monkeypatch.setenv("DATELINE_REQUIRE_POSTGRES", required)
    else:
        monkeypatch.delenv("DATELINE_REQUIRE_POSTGRES", raising=False)
    with pytest.raises(outcome, match="PostgreSQL binaries"):
        _unavailable("PostgreSQL binaries (initdb, pg_ctl) not found")


# --- Migrations, marts, comments ------------------------------------------------------------------

def test_the_project_migrations_stop_at_the_first_primary_key(lake):
    with lake.connect() as con, pytest.raises(duckdb.NotImplementedException,
                                              match="PRIMARY KEY/UNIQUE constraints are not supported in DuckLake"):
        migrate(con)


REFUSED = [
    ("ALTER TABLE t ALTER COLUMN seen_at SET DEFAULT (now() AT TIME ZONE 'UTC')", duckdb.NotImplementedException,
     "We cannot add a column with a non-literal default value"),
    ("ALTER TABLE t ALTER COLUMN seen_at SET DEFAULT TIMESTAMP '2000-01-01'", duckdb.NotImplementedException,
     "non-literal default value"),
    ("ALTER TABLE t ADD COLUMN later TIMESTAMP DEFAULT now()", duckdb.NotImplementedException,
     "non-literal default value"),
    ("CREATE INDEX t_k ON t (k)", duckdb.NotImplementedException, "DuckLake does not support indexes"),
    ("CREATE SEQUENCE s", duckdb.NotImplementedException, "DuckLake does not support sequences"),
    ("CREATE TABLE c (k INT CHECK (k > 0))", duckdb.NotImplementedException, "CHECK constraints are not supported"),
    ("INSERT INTO t (k) VALUES (1) ON CONFLICT DO NOTHING", duckdb.BinderException,
     "There are no UNIQUE/PRIMARY KEY constraints that refer to this table"),
    ("INSERT OR REPLACE INTO t (k) VALUES (1)", duckdb.BinderException, "There are no UNIQUE/PRIMARY KEY"),
    ("INSERT INTO t (k) VALUES (NULL)", duckdb.ConstraintException, "NOT NULL constraint failed: t.k"),
]


@pytest.mark.parametrize("statement, error, message", REFUSED, ids=[statement for statement, _, _ in REFUSED])
def test_what_ducklake_refuses(lake, statement, error, message):
    """An expression default is refused on a column added by ALTER TABLE (as 010 does), whatever
    the message says; on a column CREATE TABLE declared it is taken (test_what_ducklake_takes)."""
    with lake.connect() as con:
        con.execute("CREATE TABLE t (k INT NOT NULL)")
        con.execute("ALTER TABLE t ADD COLUMN seen_at TIMESTAMP")
        with pytest.raises(error, match=re.escape(message)):
            con.execute(statement)


def test_what_ducklake_takes(lake):
    """Expression defaults in CREATE TABLE or set later on a column it declared, literal ones on an
    added column, renames, type changes, comments."""
    with lake.connect() as con:
        con.execute("CREATE TABLE t (k INT NOT NULL, seen_at TIMESTAMP)")
        con.execute("ALTER TABLE t ALTER COLUMN seen_at SET DEFAULT (now() AT TIME ZONE 'UTC')")
        con.execute("ALTER TABLE t ADD COLUMN n INT DEFAULT 7")
        con.execute("ALTER TABLE t ADD COLUMN m INT")
        con.execute("ALTER TABLE t ALTER COLUMN m SET DEFAULT 5")
        con.execute("ALTER TABLE t ALTER COLUMN m SET DATA TYPE BIGINT")
        con.execute("ALTER TABLE t RENAME TO u")
        con.execute("COMMENT ON TABLE u IS 'a table'")
        con.execute("COMMENT ON COLUMN u.k IS 'a key'")
        con.execute("INSERT INTO u (k) VALUES (1)")
    with lake.connect() as con:
        k, seen_at, n, m = con.execute("FROM u").fetchone()
        assert (k, n, m, seen_at is not None) == (1, 7, 5, True)
        assert con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 'u'").fetchone() == ("a table",)


def test_comments_on_view_columns_are_refused(lake):
    with lake.connect() as con:
        con.execute("CREATE VIEW v AS SELECT 1 AS x")
        con.execute("COMMENT ON VIEW v IS 'a view'")
        with pytest.raises(duckdb.BinderException, match="Cannot comment on columns for entry v - it is not a table"):
            con.execute("COMMENT ON COLUMN v.x IS 'a column'")


def test_rewritten_migrations_marts_and_comments_give_the_duckdb_file_shapes(lake, tmp_path):
    with lake.connect() as con:
        assert migrate_lake(con, tmp_path / "migrations") == list(range(1, 11))
        assert migrate_lake(con, tmp_path / "migrations") == []
        lake_shapes = relation_shapes(con)
        commented = con.execute("SELECT count(*) FROM duckdb_columns() WHERE comment IS NOT NULL").fetchone()[0]
    with connect(tmp_path / "w.duckdb") as con:
        migrate(con)
        file_shapes = relation_shapes(con)
    assert lake_shapes == file_shapes
    assert commented > 150


def test_apply_comments_with_view_columns_fails_on_the_lake(lake, tmp_path):
    with lake.connect() as con:
        con.execute(MIGRATIONS_TABLE)
        migrate(con, ducklake_migrations(tmp_path / "migrations"), marts=None)
        create_marts(con)
        with pytest.raises(duckdb.BinderException, match="Cannot comment on columns for entry"):
            apply_comments(con)


# --- The loader's write modes ---------------------------------------------------------------------

def test_the_loader_writes_what_it_writes_into_a_duckdb_file(migrated, tmp_path):
    """MERGE (insert_new, upsert, merge_seen_dates), INSERT BY NAME, DELETE + INSERT, UPDATE ... FROM,
    TEMP tables, registered Arrow frames: the same rows as the DuckDB file (bar the load time)."""
    with migrated.connect() as con:
        assert load_night(con, frames_for(TEXT), "run-1") == []
        lake_rows = {table: rows(con, table, ("first_loaded_at",)) for table in TABLES}
        views = [name for (name,) in con.execute("SELECT view_name FROM duckdb_views() "
                                                 "WHERE database_name = 'lake' AND NOT internal").fetchall()]
        lake_views = {view: rows(con, view, ("first_loaded_at",)) for view in views}
    with connect(tmp_path / "w.duckdb") as con:
        migrate(con)
        load_night(con, frames_for(TEXT), "run-1")
        assert {table: rows(con, table, ("first_loaded_at",)) for table in TABLES} == lake_rows
        assert {view: rows(con, view, ("first_loaded_at",)) for view in views} == lake_views
    assert all(lake_rows[table] for table in TABLES if table not in ("ops_landing_manifest", "fct_near_duplicate"))


def test_a_rerun_on_the_same_frames_changes_nothing_but_ops_runs(migrated):
    with migrated.connect() as con:
        load_night(con, frames_for(TEXT), "run-1")
        before = {table: rows(con, table) for table in TABLES}
        load_night(con, frames_for(TEXT, "run-2"), "run-2")
        assert {table: rows(con, table) for table in TABLES} == before
        assert con.execute("SELECT count(*) FROM ops_runs").fetchone() == (2,)


def test_a_failing_statement_rolls_back_a_transaction_of_many(migrated):
    frames = frames_for(TEXT)
    frames["fct_entity_mention"] = frames["fct_entity_mention"].with_columns(pl.lit(None).alias("mention_count"))
    with migrated.connect() as con:
        before = latest_snapshot(con)
        with pytest.raises(duckdb.ConstraintException, match="NOT NULL constraint failed: fct_entity_mention"):
            publish_night(con, frames, "run-1")
        assert latest_snapshot(con) == before
        assert all(not rows(con, table) for table in TABLES)


def test_each_chunk_commit_is_a_snapshot_readers_see_before_the_night_ends(migrated):
    """Chunk commits into the lake are not private, as the working copy's are: a reader sees a
    night's articles before its dimensions are finalized."""
    with migrated.connect() as con:
        begin_run(con)
        write_chunk(con, frames_for(TEXT))
        with migrated.connect(read_only=True) as reader:
            assert reader.execute("SELECT count(*) FROM dim_article").fetchone() == (1,)
            assert reader.execute("SELECT count(*) FROM dim_entity").fetchone() == (0,)
            assert reader.execute("SELECT count(*) FROM run_entity").fetchone() == (3,)  # partials too


def test_one_transaction_cannot_write_the_lake_and_a_local_duckdb_file(migrated, tmp_path):
    with migrated.connect() as con:
        con.execute(f"ATTACH '{tmp_path / 'stage.duckdb'}' AS stage")
        con.execute("CREATE TABLE stage.run_entity AS SELECT 1::BIGINT AS entity_key")
        con.begin()
        con.execute("INSERT INTO stage.run_entity VALUES (2)")
        with pytest.raises(duckdb.TransactionException, match="a single transaction can only write to a single "
                                                              "attached database"):
            con.execute("DELETE FROM dim_entity")
        con.rollback()


def test_a_lake_transaction_reads_a_staging_file_through_the_search_path(migrated, tmp_path):
    """The staged design: chunks written to a local DuckDB file, published by one lake transaction
    that reads it; unqualified names resolve lake first, then the stage."""
    with migrated.connect() as con:
        con.execute(f"ATTACH '{tmp_path / 'stage.duckdb'}' AS stage")
        con.execute("CREATE TABLE stage.run_article AS SELECT 42::BIGINT AS article_key")
        con.execute("SET search_path = 'lake.main,stage.main'")
        con.begin()
        con.execute("INSERT INTO fct_near_duplicate SELECT article_key, article_key, 1.0 FROM run_article")
        con.commit()
        assert con.execute("SELECT article_key FROM lake.fct_near_duplicate").fetchall() == [(42,)]


# --- Concurrent writers ---------------------------------------------------------------------------

CASES = {  # (first writer, second writer): what the later commit meets
    "insert_and_insert": ("INSERT INTO t VALUES (3, 3)", "INSERT INTO t VALUES (4, 4)", None),
    "insert_into_two_tables": ("INSERT INTO t VALUES (3, 3)", "INSERT INTO u VALUES (3, 3)", None),
    "same_new_key_by_merge": ("MERGE INTO t USING (SELECT 9 AS k, 1 AS v) s USING (k) WHEN NOT MATCHED THEN INSERT BY NAME",
                              "MERGE INTO t USING (SELECT 9 AS k, 2 AS v) s USING (k) WHEN NOT MATCHED THEN INSERT BY NAME",
                              None),
    "delete_nothing_and_insert": ("DELETE FROM t WHERE k = 99", "INSERT INTO t VALUES (4, 4)", None),
    "delete_and_insert": ("DELETE FROM t WHERE k = 1", "INSERT INTO t VALUES (4, 4)",
                          "attempting to delete from table with index \"1\" - but another transaction has inserted into it"),
    "update_and_update": ("UPDATE t SET v = 10 WHERE k = 1", "UPDATE t SET v = 20 WHERE k = 2",
                          "attempting to insert into table with index \"1\" - but another transaction has deleted "
                          "inlined data from it"),
    "delete_and_delete": ("DELETE FROM t WHERE k = 1", "DELETE FROM t WHERE k = 1",
                          "attempting to delete from table with index \"1\" - but another transaction has deleted from it"),
    "create_the_same_table": ("CREATE OR REPLACE TABLE run_x (k INT)", "CREATE OR REPLACE TABLE run_x (k INT)",
                              "attempting to create table \"run_x\" in schema \"main\" - but this table has been "
                              "created by another transaction already"),
    "insert_and_add_column": ("INSERT INTO u VALUES (1, 1)", "ALTER TABLE u ADD COLUMN w INT",
                              "attempting to insert into table with index \"2\" - but another transaction has altered it"),
}


@pytest.mark.parametrize("case", CASES)
def test_two_writers_on_a_postgres_catalog(postgres_lake, case):
    """Two DuckDB instances (as two processes would be): both begin, both write, the second commits
    first; then the first commits. A conflict is a duckdb.TransactionException, the transaction is
    already rolled back, and the same work retried in a new transaction commits."""
    first_sql, second_sql, conflict = CASES[case]
    with postgres_lake.connect() as con:
        con.execute("CREATE TABLE t (k INT NOT NULL, v INT)")
        con.execute("CREATE TABLE u (k INT NOT NULL, v INT)")
        con.execute("INSERT INTO t VALUES (1, 1), (2, 2)")
    first, second = postgres_lake.connect(), postgres_lake.connect()
    first.begin()
    second.begin()
    first.execute(first_sql)
    second.execute(second_sql)
    second.commit()
    if conflict is None:
        first.commit()
    else:
        with pytest.raises(duckdb.TransactionException, match=CONFLICT + re.escape(conflict)):
            first.commit()
        with pytest.raises(duckdb.TransactionException, match="cannot rollback - no transaction is active"):
            first.rollback()
        if case != "insert_and_add_column":  # the retry must be written for the new column
            first.begin()
            first.execute(first_sql)
            first.commit()
    if case == "same_new_key_by_merge":  # no key, no conflict: both rows land
        assert first.execute("SELECT v FROM t WHERE k = 9 ORDER BY v").fetchall() == [(1,), (2,)]


def test_a_token_both_writers_update_turns_a_duplicate_key_into_a_conflict(postgres_lake):
    with postgres_lake.connect() as con:
        con.execute("CREATE TABLE t (k INT NOT NULL, v INT)")
        con.execute(TOKEN_TABLE)
        con.execute("INSERT INTO ops_publish_token VALUES (NULL)")
    first, second = postgres_lake.connect(), postgres_lake.connect()
    merge = "MERGE INTO t USING (SELECT 9 AS k, ? AS v) s USING (k) WHEN NOT MATCHED THEN INSERT BY NAME"

    def write(con, value):
        con.execute(merge, [value])
        con.execute("UPDATE ops_publish_token SET run_id = ?", [str(value)])

    first.begin()
    second.begin()
    write(first, 1)
    write(second, 2)
    second.commit()
    with pytest.raises(duckdb.TransactionException, match=CONFLICT):
        first.commit()
    first.begin()
    write(first, 1)
    first.commit()
    assert first.execute("SELECT k, v FROM t").fetchall() == [(9, 2)]


def test_a_sqlite_catalog_fails_a_commit_while_another_transaction_is_open(lake):
    """SQLite locks the whole catalog: a writer's commit waits 5 s for an open transaction (a
    writer's, or an analyst's read) and then fails; PostgreSQL commits at once."""
    with lake.connect() as con:
        con.execute("CREATE TABLE t (k INT NOT NULL)")
    reader, writer = lake.connect(), lake.connect()
    reader.begin()
    assert reader.execute("SELECT count(*) FROM t").fetchone() == (0,)
    writer.begin()
    writer.execute("INSERT INTO t VALUES (1)")
    if lake.catalog.startswith("sqlite:"):
        started = time.perf_counter()
        with pytest.raises(duckdb.TransactionException, match="Failed to commit DuckLake transaction.\n"
                                                               "Failed to commit: Failed to execute query \"COMMIT\": "
                                                               "database is locked"):
            writer.commit()
        assert time.perf_counter() - started > 4
    else:
        writer.commit()
        assert reader.execute("SELECT count(*) FROM t").fetchone() == (0,)  # its snapshot, to its end
        reader.commit()
        assert reader.execute("SELECT count(*) FROM t").fetchone() == (1,)


def test_three_concurrent_nights_on_three_folders_land_every_article_once(migrated):
    """Three processes, one landing folder each, the same entities in all: each publishes its night
    in one transaction with the token, retrying conflicts with back-off."""
    lake_json = json.dumps({k: str(v) for k, v in dataclasses.asdict(migrated).items()})
    start_at = time.time() + 3  # after every process has imported and attached
    writers = [subprocess.Popen(
        [sys.executable, "-c", "import sys; from tests.warehouse.test_ducklake_spike import publish_with_retries as p; "
                               "p(*sys.argv[1:5], float(sys.argv[5]))",
         lake_json, f"source-{n}/a.txt", TEXT + f" Story {n}.", f"run-{n}", str(start_at)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(3)]
    reports = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    with migrated.connect(read_only=True) as con:
        assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM dim_article").fetchone() == (3, 3)
        assert con.execute("SELECT count(*) FROM ops_runs").fetchone() == (3,)
        assert con.execute("SELECT entity_id, count(*) FROM dim_entity GROUP BY ALL HAVING count(*) > 1").fetchall() == []
        con.execute("CREATE TEMP TABLE run_article AS SELECT article_key FROM dim_article")
        assert con.execute(sql("dq_duplicate_keys")).fetchall() == []
    print(reports)  # attempts and conflict messages, for the spike's report (pytest -s)


# --- Time travel and analysts ---------------------------------------------------------------------

def test_each_night_is_a_snapshot_to_query_as_of(lake):
    with lake.connect() as con:
        con.execute("CREATE TABLE t (k INT NOT NULL)")
        con.execute("CREATE VIEW v AS SELECT count(*) AS n FROM t")
        for night in (1, 2, 3):
            con.begin()
            con.execute("INSERT INTO t VALUES (?)", [night])
            con.execute("CALL lake.set_commit_message('dateline', ?, extra_info => ?)",
                        [f"night {night}", json.dumps({"run_id": f"run-{night}"})])
            con.commit()
        version, at = con.execute("SELECT snapshot_id, snapshot_time FROM ducklake_snapshots('lake') "
                                  "WHERE commit_extra_info::JSON->>'run_id' = 'run-2'").fetchone()
        assert con.execute("SELECT count(*) FROM t AT (VERSION => ?)", [version]).fetchone() == (2,)
        assert con.execute("SELECT n FROM v AT (VERSION => ?)", [version]).fetchone() == (2,)
        assert con.execute("SELECT count(*) FROM t AT (TIMESTAMP => ?)", [at]).fetchone() == (2,)
        assert con.execute("FROM lake.current_snapshot()").fetchone() == (version + 1,)
    with lake.connect(snapshot_version=version) as night_two:
        assert night_two.execute("SELECT n FROM v").fetchone() == (2,)
        with pytest.raises(duckdb.InvalidInputException, match="attached in read-only mode"):
            night_two.execute("INSERT INTO t VALUES (9)")


def test_an_analyst_attaches_read_only_without_naming_the_data_path(lake):
    with lake.connect() as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS k")
    config = {"autoinstall_known_extensions": False, "extension_directory": str(lake.extensions)}
    with duckdb.connect(config=config) as con:
        con.execute(f"ATTACH 'ducklake:{lake.catalog}' AS lake (READ_ONLY)")
        assert con.execute("SELECT * FROM lake.t").fetchall() == [(1,)]
        assert con.execute("SELECT data_path FROM ducklake_settings('lake')").fetchone() == (f"{lake.data_path}/",)
        with pytest.raises(duckdb.InvalidInputException, match="attached in read-only mode"):
            con.execute("INSERT INTO lake.t VALUES (2)")
