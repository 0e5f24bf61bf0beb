"""Where the warehouse lives: a DuckDB file (the default), or a DuckLake whose catalog is a PostgreSQL
database (many writers and readers at once) or a SQLite file, and whose data files are Parquet in a
folder. Both hold the same star schema under the same names, written by the same loader.

    parse_warehouse("data/dateline.duckdb")                                   # DuckDBFile
    parse_warehouse("ducklake:postgres:host=db dbname=lake", Path("/lake"))   # DuckLake
    parse_warehouse("ducklake:sqlite:catalog.sqlite", Path("lake"))           # DuckLake
"""

import importlib
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.db import connect

LAKE = "lake"  # the name a DuckLake is attached under, and made the default catalog
PREFIX = "ducklake:"
CATALOGS = ("postgres", "sqlite")
INIT_ATTEMPTS = 5
# Registry package -> (its extension file, the name DuckDB loads it by).
EXTENSIONS = {"duckdb_extension_ducklake": ("ducklake", "ducklake"),
              "duckdb_extension_postgres": ("postgres", "postgres_scanner"),
              "duckdb_extension_sqlite": ("sqlite", "sqlite_scanner")}


class WarehouseSpecError(ValueError):
    """A --warehouse/--data-path pair names no warehouse; the message says why."""


@dataclass(frozen=True)
class DuckDBFile:
    path: Path

    @property
    def data_dir(self) -> Path:
        """Where the night leaves its report, docs and caches: beside the file."""
        return self.path.parent

    def exists(self) -> bool:
        return self.path.exists()

    def connect(self, read_only: bool = False, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
        return connect(self.path, read_only=read_only, memory_limit=memory_limit)

    def __str__(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class DuckLake:
    catalog: str  # what follows `ducklake:`: `postgres:<libpq dsn>` or `sqlite:<file>`
    data_path: Path  # the lake's Parquet files

    @property
    def data_dir(self) -> Path:
        return self.data_path

    def exists(self) -> bool:
        return True  # a catalog is created on first attach; whether it holds tables is for the caller

    def connect(self, read_only: bool = False, memory_limit: str | None = None,
                snapshot_version: int | None = None) -> duckdb.DuckDBPyConnection:
        """A new in-memory DuckDB with the lake attached as `lake` and in use (at `snapshot_version`,
        read only, when given: the warehouse as that night left it)."""
        config = {"autoinstall_known_extensions": False, "enable_external_access": True,
                  "extension_directory": str(extension_directory())}
        if memory_limit:
            config["memory_limit"] = memory_limit
        options = [f"DATA_PATH {literal(str(self.data_path) + '/')}"]
        if read_only or snapshot_version is not None:
            options.append("READ_ONLY")
        if snapshot_version is not None:
            options.append(f"SNAPSHOT_VERSION {int(snapshot_version)}")
        if not read_only:
            self.data_path.mkdir(parents=True, exist_ok=True)
        for attempt in range(1, INIT_ATTEMPTS + 1):
            con = duckdb.connect(config=config)
            try:
                # ATTACH takes no bound parameters: the catalog string is quoted into the statement.
                con.execute(f"ATTACH {literal(PREFIX + self.catalog)} AS {LAKE} ({', '.join(options)})")
                break
            except duckdb.Error as error:
                con.close()
                # Writers attaching a new catalog at once all create its tables; the losers find it made.
                if "Failed to initialize DuckLake" not in str(error) or attempt == INIT_ATTEMPTS:
                    raise
                time.sleep(0.2 * attempt)
        con.execute(f"USE {LAKE}")
        return con

    def __str__(self) -> str:
        kind, _, where = self.catalog.partition(":")
        # A DSN may carry a password: show the catalog's kind and database, never the whole string.
        if kind == "postgres":
            where = " ".join(part for part in where.split() if not part.startswith("password="))
        return f"{PREFIX}{kind}:{where} (data {self.data_path})"


Warehouse = DuckDBFile | DuckLake


def parse_warehouse(spec: str | Path, data_path: str | Path | None = None) -> Warehouse:
    """The warehouse a --warehouse value names; a DuckLake also needs its --data-path."""
    text = str(spec)
    if not text.startswith(PREFIX):
        if data_path is not None:
            raise WarehouseSpecError("--data-path is for a DuckLake warehouse (ducklake:postgres:... or "
                                     "ducklake:sqlite:...); a DuckDB file keeps its data in itself")
        path = Path(text)
        if path.is_dir():
            raise WarehouseSpecError(f"warehouse {text!r} is a folder; give a DuckDB file path")
        return DuckDBFile(path)
    kind, _, where = text[len(PREFIX):].partition(":")
    if kind not in CATALOGS or not where.strip():
        raise WarehouseSpecError(f"warehouse {text!r}: a DuckLake is ducklake:postgres:<libpq connection string> "
                                 "or ducklake:sqlite:<file>")
    if data_path is None or not str(data_path).strip():
        raise WarehouseSpecError(f"warehouse {text!r} needs --data-path: the folder of the lake's data files")
    if kind == "sqlite":
        where = str(Path(where).resolve())  # DuckLake resolves it against the working directory
    return DuckLake(f"{kind}:{where}", Path(data_path).resolve())


def is_ducklake(con: duckdb.DuckDBPyConnection, catalog: str | None = None) -> bool:
    """Whether `catalog` (default: the connection's default catalog) is a DuckLake."""
    found = con.execute("SELECT type FROM duckdb_databases() WHERE database_name = coalesce(?, current_database())",
                        [catalog]).fetchone()
    return bool(found) and found[0] == "ducklake"


def extension_directory() -> Path:
    """A DuckDB extension directory of links to the registry packages' extension files, each under
    the name DuckDB loads it by: `ATTACH 'ducklake:postgres:...'` then autoloads them offline (loading
    a file by path fails on its entry point's name)."""
    root = Path(tempfile.gettempdir()) / f"dateline-duckdb-extensions-{os.getuid()}"
    folder = root / f"v{duckdb.__version__}" / duckdb.execute("PRAGMA platform").fetchone()[0]
    folder.mkdir(parents=True, exist_ok=True)
    for package, (file, name) in EXTENSIONS.items():
        link = folder / f"{name}.duckdb_extension"
        if link.exists():
            continue
        source = next(Path(importlib.import_module(package).__file__).parent.rglob(f"{file}.duckdb_extension"))
        temporary = link.with_name(f".{name}.{os.getpid()}")
        temporary.unlink(missing_ok=True)
        temporary.symlink_to(source)
        os.replace(temporary, link)  # two processes making it at once both succeed
    return root


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def conflict(error: BaseException) -> bool:
    """Whether a failed DuckLake commit lost to another writer (and may be tried again): a conflicting
    transaction, or a SQLite catalog locked by another writer."""
    return isinstance(error, duckdb.TransactionException) and bool(
        re.search(r"Transaction conflict|database is locked", str(error)))
