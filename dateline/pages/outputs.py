"""What a night leaves beside the warehouse for people to open: the analysts' report, the schema
docs and each run's data-quality page. Paths are decided here once."""

from datetime import date
from pathlib import Path

import duckdb

from warehouse.db import sql
from warehouse.target import Warehouse


def report_path(warehouse: Warehouse) -> Path:
    return warehouse.data_dir / "report.html"


def docs_dir(warehouse: Warehouse) -> Path:
    return warehouse.data_dir / "docs"


def dq_report_path(warehouse: Warehouse, run_id: str) -> Path:
    return warehouse.data_dir / "dq" / f"{run_id}.html"


def write_report_for(con: duckdb.DuckDBPyConnection, warehouse: Warehouse, out: Path | None = None, *,
                     since: date | None = None, until: date | None = None) -> Path:
    """The report of `con` (the warehouse at `warehouse`), linking its latest run's data-quality page."""
    from dateline.pages.report import write_report

    latest = con.execute(sql("latest_run")).fetchone()
    dq_report = dq_report_path(warehouse, latest[0]) if latest else None
    return write_report(con, out or report_path(warehouse), since=since, until=until, warehouse=str(warehouse),
                        dq_report=dq_report)


def write_docs_for(con: duckdb.DuckDBPyConnection, warehouse: Warehouse, out: Path | None = None) -> Path:
    from dateline.pages.docs_site import write_docs_site

    return write_docs_site(con, out or docs_dir(warehouse))
