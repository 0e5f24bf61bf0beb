"""The nightly flow: landing folder -> raw layer -> staged articles, entities and counts -> DuckDB star schema.

The stages live once, in dateline.pipeline; this flow only orchestrates them: prepare, then each
chunk of landing files and each chunk of articles as its own task, then the warehouse checks, then
the commit. The night writes a private working copy of the warehouse and publishes it whole after
the commit, so a failure anywhere (a crash, a failed critical check) leaves the published warehouse
as it was; the failed run is still recorded in ops_runs.
"""

from datetime import date
from pathlib import Path
from uuid import uuid4

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from dateline.outputs import write_docs_for, write_report_for
from dateline.pipeline import ArticleChunk, Extracted, Night, record_failed_run
from dateline.progress import progress
from dateline.runtime import utc_now
from dateline.settings import (
    DEFAULT_CHUNK_SIZE, DEFAULT_MAX_FILE_BYTES, DEFAULT_WAIT_SECONDS, Settings, default_processes,
)
from dateline.stages import Run
from expectations.runner import DataQualityError
from flows.artifacts import publish_quality, publish_summary
from warehouse.load import RunRecord
from warehouse.publish import WarehouseBusy

FLOW_NAME = "nightly"


@task(cache_policy=NO_CACHE)
def ingest(night: Night, entries: list) -> dict:
    """Landing files to new raw versions, checked, into the raw layer."""
    return night.ingest(entries)


@task(cache_policy=NO_CACHE)
def extract(night: Night, chunk: ArticleChunk) -> Extracted:
    """The chunk's spans and counts from the workers, resolved to entities and checked."""
    return night.extract(chunk)


@task(cache_policy=NO_CACHE)
def load(night: Night, extracted: Extracted) -> dict:
    """The chunk's articles, facts and partial dimensions, into the run's transaction."""
    return night.load(extracted)


@task(cache_policy=NO_CACHE, task_run_name="check-warehouse")
def check_warehouse(night: Night) -> list:
    """Dimensions finalized over the run, then the warehouse checks, inside the transaction."""
    return night.check()


@task(cache_policy=NO_CACHE, task_run_name="commit")
def commit(night: Night, record: RunRecord) -> dict:
    """The run's record, then the last commit; row counts after it (published when the night closes)."""
    return night.commit(record)


@task(cache_policy=NO_CACHE, task_run_name="write-report-and-docs")
def write_pages(settings: Settings) -> dict[str, Path]:
    """The analysts' report and the schema docs, from the warehouse just published, beside it."""
    with settings.target.connect(read_only=True) as con:
        return {"Report": write_report_for(con, settings.target),
                "Schema docs": write_docs_for(con, settings.target)}


@flow(name=FLOW_NAME, log_prints=True)
def nightly(
    landing: str = "seeds/landing",
    warehouse: str = "data/dateline.duckdb",
    batch_size: int = 64,
    since: date | None = None,
    until: date | None = None,
    full_refresh: bool = False,
    backfill: bool = False,
    processes: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    expectations_dir: str | None = None,
    reference_dir: str | None = None,
    wait_seconds: float = DEFAULT_WAIT_SECONDS,
    dask: str | None = None,
    data_path: str | None = None,
) -> dict:
    """Load the articles in `landing` into the `warehouse`: a DuckDB file, or a DuckLake
    (`ducklake:postgres:<libpq connection string>` or `ducklake:sqlite:<file>`, its data files in
    `data_path`, where several runs may write at once); only new or changed ones unless
    `full_refresh`; with `since`/`until`, only articles published in that window, and with `backfill`
    also the loaded articles of that window whose facts an older extractor made. `processes`
    extraction workers (default: one per core); `chunk_size` articles at a time. Files larger than
    `max_file_bytes` are quarantined unread. `expectations_dir` replaces the bundled suites and
    `reference_dir` the bundled reference tables (seeds/*.csv). While another run writes the same
    warehouse, this one waits up to `wait_seconds`, then fails. With `dask` (a scheduler address,
    tcp://host:port) the extraction runs on that Dask cluster's workers instead of local processes,
    each batch a task run of this flow; the workers need this project installed and this Prefect API."""
    parameters = {"landing": landing, "warehouse": warehouse, "batch_size": batch_size, "since": since,
                  "until": until, "full_refresh": full_refresh, "backfill": backfill,
                  "processes": processes or default_processes(), "chunk_size": chunk_size,
                  "max_file_bytes": max_file_bytes, "expectations_dir": expectations_dir,
                  "reference_dir": reference_dir, "wait_seconds": wait_seconds, "dask": dask,
                  "data_path": data_path}
    settings = Settings.from_parameters(parameters)
    run = Run(run_id=str(flow_run.id or uuid4()), started_at=utc_now())
    night = None
    try:
        with Night.open(settings, run) as night:
            with progress("ingest", "files") as files:
                for number, entries in enumerate(night.landing_chunks(), start=1):
                    ingest.with_options(task_run_name=f"ingest-chunk-{number}")(night, entries)
                    files.update(len(entries))
            with progress("extract and load", "articles") as articles:
                for chunk in night.article_chunks():
                    articles.total = night.pending_articles
                    extracted = extract.with_options(task_run_name=f"extract-chunk-{chunk.index}")(night, chunk)
                    load.with_options(task_run_name=f"load-chunk-{chunk.index}")(night, extracted)
                    articles.update(chunk.size)
            check_warehouse(night)
            record = RunRecord(run.run_id, FLOW_NAME, parameters, run.started_at, utc_now(), "succeeded",
                               night.summary())
            tables = commit(night, record)
    except WarehouseBusy:
        raise  # another run is writing the warehouse: its record is its own, this run wrote nothing
    except Exception as error:
        checks = night.checks if night is not None else []
        if isinstance(error, DataQualityError) and not checks:
            checks = error.failures
        _record_failure(settings, run, RunRecord(run.run_id, FLOW_NAME, parameters, run.started_at, utc_now(),
                                                 "failed", night.summary() if night else {},
                                                 error=f"{type(error).__name__}: {error}"),
                        [c.as_row(run.run_id, run.started_at) for c in checks])
        publish_quality(settings, run.run_id, checks)
        raise
    summary = {"run_id": run.run_id, "stages": night.summary(), "tables": tables}
    report = publish_quality(settings, run.run_id, night.checks)
    publish_summary(summary, settings, report, write_pages(settings))
    return summary


def _record_failure(settings: Settings, run: Run, record: RunRecord, dq_rows: list[dict]) -> None:
    """A failed run still leaves its ops_runs and ops_dq_results rows, published on their own."""
    try:
        record_failed_run(settings, run, record, dq_rows)
    except Exception as error:  # the warehouse itself may be what failed; the original error matters more
        get_run_logger().warning("could not record the failed run in ops_runs: %s", error)
