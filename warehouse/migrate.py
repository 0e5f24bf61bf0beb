"""Numbered DDL files applied in order, each once, recorded in ops_schema_migrations."""

import hashlib
import re
from pathlib import Path

import duckdb

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
MIGRATION_FILE = re.compile(r"^(\d{3})_(\w+)\.sql$")


class MigrationError(RuntimeError):
    pass


def migrations(directory: Path = MIGRATIONS_DIR) -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration file, in version order."""
    found = []
    for path in sorted(directory.glob("*.sql")):
        match = MIGRATION_FILE.match(path.name)
        if match is None:
            raise MigrationError(f"migration file {path.name!r} is not named NNN_name.sql")
        found.append((int(match.group(1)), match.group(2), path.read_text()))
    versions = [version for version, _, _ in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"two migration files share a version: {versions}")
    return found


def migrate(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR) -> list[int]:
    """Apply the migrations the database lacks, each in its own transaction; return their versions."""
    con.execute("""
        CREATE TABLE IF NOT EXISTS ops_schema_migrations (
            version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, checksum VARCHAR NOT NULL,
            applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)
    """)
    applied = dict(con.execute("SELECT version, checksum FROM ops_schema_migrations").fetchall())
    newly_applied = []
    for version, name, text in migrations(directory):
        checksum = hashlib.sha256(text.encode()).hexdigest()
        if version in applied:
            if applied[version] != checksum:
                raise MigrationError(f"migration {version:03d}_{name} changed after it was applied; "
                                     "add a new migration instead of editing an applied one")
            continue
        con.begin()
        try:
            con.execute(text)
            con.execute("INSERT INTO ops_schema_migrations (version, name, checksum) VALUES (?, ?, ?)",
                        [version, name, checksum])
            con.commit()
        except Exception:
            con.rollback()
            raise
        newly_applied.append(version)
    return newly_applied
