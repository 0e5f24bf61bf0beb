"""The nightly flow: landing folder -> raw layer -> staged articles, entities and counts -> DuckDB star schema.

The stages live once, in dateline.night.pipeline; this flow only orchestrates them: prepare, then each
chunk of landing files and each chunk of articles as its own task, then the warehouse checks, then
the commit. The night writes a private working copy of the warehouse and publishes it whole after
the commit, so a failure anywhere (a crash, a failed critical check) leaves the published warehouse
as it was; the failed run is still recorded in ops_runs.
"""

from pathlib import Path
from uuid import uuid4

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from dateline.night.pipeline import ArticleChunk, Extracted, Night, record_failed_run
from dateline.night.progress import progress
from dateline.night.stages import Run
from dateline.pages.outputs import write_docs_for, write_report_for
from dateline.parameters import NightParameters
from dateline.runtime import utc_now
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
def write_pages(parameters: NightParameters) -> dict[str, Path]:
    """The analysts' report and the schema docs, from the warehouse just published, beside it."""
    with parameters.target.connect(read_only=True) as con:
        return {"Report": write_report_for(con, parameters.target),
                "Schema docs": write_docs_for(con, parameters.target)}


@flow(name=FLOW_NAME, log_prints=True)
def nightly(parameters: NightParameters) -> dict:
    """Load the articles in the landing folder into the warehouse: a DuckDB file, or a DuckLake (where
    several runs may write at once); only new or changed ones unless `full_refresh`; with `since`/`until`,
    only articles published in that window, and with `backfill` also the loaded articles of that window
    whose facts an older extractor made. Each parameter is described in the form (NightParameters)."""
    run = Run(run_id=str(flow_run.id or uuid4()), started_at=utc_now())
    night = None
    try:
        with Night.open(parameters, run) as night:
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
            record = RunRecord(run.run_id, FLOW_NAME, parameters.dump(), run.started_at, utc_now(), "succeeded",
                               night.summary())
            tables = commit(night, record)
    except WarehouseBusy:
        raise  # another run is writing the warehouse: its record is its own, this run wrote nothing
    except Exception as error:
        checks = night.checks if night is not None else []
        if isinstance(error, DataQualityError) and not checks:
            checks = error.failures
        _record_failure(parameters, run, RunRecord(run.run_id, FLOW_NAME, parameters.dump(), run.started_at, utc_now(),
                                                 "failed", night.summary() if night else {},
                                                 error=f"{type(error).__name__}: {error}"),
                        [c.as_row(run.run_id, run.started_at) for c in checks])
        _publish_failed_quality(parameters, run, checks)
        raise
    summary = {"run_id": run.run_id, "stages": night.summary(), "tables": tables}
    report = publish_quality(parameters, run.run_id, night.checks)
    publish_summary(summary, parameters, report, write_pages(parameters))
    return summary


def _publish_failed_quality(parameters: NightParameters, run: Run, checks: list) -> None:
    """The failed run's data-quality report, when it can be written: a full disk that failed the night
    may refuse the report too, and the night's own error is the one to raise."""
    try:
        publish_quality(parameters, run.run_id, checks)
    except OSError as error:
        get_run_logger().warning("could not write the failed run's data-quality report: %s", error)


def _record_failure(parameters: NightParameters, run: Run, record: RunRecord, dq_rows: list[dict]) -> None:
    """A failed run still leaves its ops_runs and ops_dq_results rows, published on their own."""
    try:
        record_failed_run(parameters, run, record, dq_rows)
    except Exception as error:  # the warehouse itself may be what failed; the original error matters more
        get_run_logger().warning("could not record the failed run in ops_runs: %s", error)
