"""Numbered DDL files applied in order, each once, recorded in ops_schema_migrations; then the marts
(warehouse/marts/*.sql, views that are code rather than history: replaced when one is missing or differs
from its file).

A DuckLake takes the same migrations with two differences it cannot do otherwise: no PRIMARY KEY
(DuckLake has no indexes; the loader writes by key and the warehouse checks refuse a duplicate key),
and a migration it refuses as written has a variant of the same number in migrations/ducklake/."""

import graphlib
import hashlib
import re
from importlib import resources
from pathlib import Path

import duckdb

from warehouse.catalog import VIEW_HEAD, apply_comments, relations_read
from warehouse.db import rollback_quietly
from warehouse.target import is_ducklake

MIGRATIONS_DIR = Path(str(resources.files("warehouse") / "migrations"))
MARTS_DIR = Path(str(resources.files("warehouse") / "marts"))
DUCKLAKE_VARIANTS = MIGRATIONS_DIR / "ducklake"
MIGRATION_FILE = re.compile(r"^(\d{3})_(\w+)\.sql$")


class MigrationError(RuntimeError):
    pass


def migrations(directory: Path = MIGRATIONS_DIR) -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration file, in version order."""
    found = []
    for path in sorted(directory.glob("[0-9]*.sql")):
        match = MIGRATION_FILE.match(path.name)
        if match is None:
            raise MigrationError(f"migration file {path.name!r} is not named NNN_name.sql")
        found.append((int(match.group(1)), match.group(2), path.read_text()))
    versions = [version for version, _, _ in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"two migration files share a version: {versions}")
    return found


def migrate(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR,
            marts: Path | None = MARTS_DIR) -> list[int]:
    """Apply the migrations the database lacks, each in its own transaction, then (re)create the marts
    (none when `marts` is None); return the versions applied."""
    lake = is_ducklake(con)
    con.execute("""
        CREATE TABLE IF NOT EXISTS ops_schema_migrations (
            version INTEGER NOT NULL, name VARCHAR NOT NULL, checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)
    """)
    known = dict(con.execute("SELECT version, checksum FROM ops_schema_migrations").fetchall())
    newly_applied = []
    variants = {version: text for version, _, text in migrations(DUCKLAKE_VARIANTS)} if lake else {}
    for version, name, text in migrations(directory):
        if lake:
            text = without_primary_keys(variants.get(version, text))
        checksum = hashlib.sha256(text.encode()).hexdigest()
        if version in known:
            _same(version, name, known[version], checksum)
            continue
        con.begin()
        try:
            # Asked inside the transaction: another run may have applied it a moment ago (a lake's
            # writers migrate at once; two applying the same one conflict, and one is retried).
            applied = con.execute("SELECT checksum FROM ops_schema_migrations WHERE version = ?", [version]).fetchone()
            if applied is None:
                con.execute(text)
                con.execute("INSERT INTO ops_schema_migrations (version, name, checksum, applied_at) "
                            "VALUES (?, ?, ?, now() AT TIME ZONE 'UTC')", [version, name, checksum])
            con.commit()
        except Exception:
            rollback_quietly(con)
            raise
        if applied is None:
            newly_applied.append(version)
        else:
            _same(version, name, applied[0], checksum)
    if marts is not None:
        create_marts(con, marts)
        # Only a whole schema is described: schema.yml names columns a partial one lacks.
        apply_comments(con)
    return newly_applied


def _same(version: int, name: str, applied: str, checksum: str) -> None:
    if applied != checksum:
        raise MigrationError(f"migration {version:03d}_{name} changed after it was applied; "
                             "add a new migration instead of editing an applied one")


def without_primary_keys(text: str) -> str:
    """DDL as DuckLake takes it: table-level PRIMARY KEY clauses left out, an inline one made NOT NULL."""
    text = re.sub(r",([ \t]*--[^\n]*)?\s*PRIMARY KEY\s*\([^)]*\)", r"\1", text)
    return re.sub(r"\bPRIMARY KEY\b", "NOT NULL", text)


def create_marts(con: duckdb.DuckDBPyConnection, directory: Path = MARTS_DIR) -> list[str]:
    """(Re)create every mart view, those another mart reads first, in one transaction, unless each
    already stands as its file defines it; returns the views in creation order. A mart's file is
    named after its view."""
    texts = {path.stem: path.read_text() for path in sorted(directory.glob("*.sql"))}
    selects = {name: VIEW_HEAD.sub("", text) for name, text in texts.items()}
    reads = {name: relations_read(con, select, set(texts) - {name}) for name, select in selects.items()}
    try:
        order = list(graphlib.TopologicalSorter(reads).static_order())
    except graphlib.CycleError as error:
        raise MigrationError(f"marts read each other in a cycle: {error.args[1]}") from None
    if _marts_stand_as_defined(con, selects):
        return order  # on a DuckLake, replacing them anyway would add a snapshot every night
    con.begin()
    try:
        for name in order:
            con.execute(texts[name])
        con.commit()
    except Exception:
        rollback_quietly(con)
        raise
    return order


def _marts_stand_as_defined(con: duckdb.DuckDBPyConnection, selects: dict[str, str]) -> bool:
    """Whether every mart's view is stored as the SELECT of its file, in DuckDB's own normal form
    (json_serialize_sql and back). A query it cannot put in that form counts as changed."""
    stored = dict(con.execute("SELECT view_name, sql FROM duckdb_views() WHERE database_name = current_database() "
                              "AND schema_name = current_schema()").fetchall())
    try:
        for name, select in selects.items():
            normal = con.execute("SELECT json_deserialize_sql(json_serialize_sql(?))", [select]).fetchone()[0]
            if stored.get(name) != f"CREATE VIEW {name} AS {normal};":
                return False
    except duckdb.Error:
        return False
    return True
