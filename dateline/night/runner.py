"""A whole night, from its parameters to the published warehouse and its pages: the one sequence that
`dateline run` runs here and the Prefect flow runs as tasks.

    summary = run_night(parameters)                      # plain calls, no Prefect (a local run)
    summary = run_night(parameters, run_id, TaskSteps())  # each step a Prefect task (flows/nightly.py)

Each step is a method of `Steps`; the flow's subclass runs the same methods as task runs and keeps the
summary and the failed checks as artifacts. A failure anywhere leaves the published warehouse as it was
and still records the run in ops_runs, with its data-quality page.
"""

import logging
from pathlib import Path
from uuid import uuid4

from dateline.files import write_atomically
from dateline.night.pipeline import ArticleChunk, Extracted, Night, record_failed_run
from dateline.night.progress import progress
from dateline.night.stages import Run
from dateline.pages.dq_page import render_report
from dateline.pages.outputs import dq_report_path, write_docs_for, write_report_for
from dateline.parameters import NightParameters
from dateline.runtime import Stopped, hold_stops, release_stops, stop_received, utc_now
from expectations.runner import CheckResult, DataQualityError
from warehouse.load import RunRecord
from warehouse.publish import WarehouseBusy

FLOW_NAME = "nightly"  # ops_runs.flow_name, and the Prefect flow's name
log = logging.getLogger("dateline.night")


class Steps:
    """How each step of a night runs: here, a plain call."""

    def ingest(self, night: Night, number: int, entries: list) -> dict:
        """Landing files to new raw versions, checked, into the raw layer."""
        return night.ingest(entries)

    def extract(self, night: Night, chunk: ArticleChunk) -> Extracted:
        """The chunk's spans and counts from the workers, resolved to entities and checked."""
        return night.extract(chunk)

    def load(self, night: Night, extracted: Extracted) -> dict:
        """The chunk's articles, facts and partial dimensions, into the run's transaction."""
        return night.load(extracted)

    def check_warehouse(self, night: Night) -> list:
        """Dimensions finalized over the run, then the warehouse checks, inside the transaction."""
        return night.check()

    def commit(self, night: Night, record: RunRecord) -> dict:
        """The run's record, then the last commit; row counts after it (published when the night closes)."""
        return night.commit(record)

    def write_pages(self, parameters: NightParameters) -> dict[str, Path]:
        """The analysts' report and the schema docs, from the warehouse just published, beside it."""
        with parameters.target.connect(read_only=True) as con:
            return {"Report": write_report_for(con, parameters.target),
                    "Schema docs": write_docs_for(con, parameters.target)}

    def keep_summary(self, markdown: str) -> None:
        """Where the operator finds the run's summary besides standard output: nowhere else here."""

    def keep_failed_checks(self, failed: list[dict]) -> None:
        """Where the operator finds the failed checks besides the data-quality page: nowhere else here."""


def run_night(parameters: NightParameters, run_id: str | None = None, steps: Steps | None = None) -> dict:
    """Load the landing folder's new and changed articles into the warehouse and publish it whole, with
    its report, docs and data-quality page; the summary of counts per stage and table."""
    steps = steps or Steps()
    run = Run(run_id=run_id or str(uuid4()), started_at=utc_now())
    night = None
    try:
        with Night.open(parameters, run) as night:
            with progress("ingest", "files") as files:
                for number, entries in enumerate(night.landing_chunks(), start=1):
                    log.info("ingest: landing files chunk %d (%d files)", number, len(entries))
                    steps.ingest(night, number, entries)
                    files.update(len(entries))
            with progress("extract and load", "articles") as articles:
                for chunk in night.article_chunks():
                    articles.total = night.pending_articles
                    log.info("extract and load: articles chunk %d (%d articles)", chunk.index, chunk.size)
                    steps.load(night, steps.extract(night, chunk))
                    articles.update(chunk.size)
            log.info("checking the warehouse")
            steps.check_warehouse(night)
            hold_stops()  # the commit and the publishing end whole or not at all: a stop waits for them
            log.info("committing and publishing")
            tables = steps.commit(night, _record(parameters, run, "succeeded", night.summary()))
    except WarehouseBusy:
        release_stops()
        raise  # another run is writing the warehouse: its record is its own, this run wrote nothing
    except BaseException as raised:
        held = release_stops()  # a stop held through a publishing that failed: the failure is what to say
        # DuckDB answers a signal that arrives during a query with its own "Query interrupted" error.
        signal_name = None if held else stop_received()
        error = Stopped(signal_name) if signal_name and not isinstance(raised, Stopped) else raised
        checks = night.checks if night is not None else []
        if isinstance(error, DataQualityError) and not checks:
            checks = error.failures
        status = "failed" if isinstance(error, Exception) else "cancelled"  # Stopped, KeyboardInterrupt
        log.error("the night %s: %s; the published warehouse is as it was", status, error)
        _record_failure(parameters, run, _record(parameters, run, status, night.summary() if night else {},
                                                 error=f"{type(error).__name__}: {error}"),
                        [c.as_row(run.run_id, run.started_at) for c in checks])
        _write_failed_quality(parameters, run, checks, steps)
        if error is raised:
            raise
        raise error from raised
    stopped = release_stops()
    if stopped:
        raise _stopped_once_published(stopped, run)
    summary = {"run_id": run.run_id, "stages": night.summary(), "tables": tables}
    try:
        log.info("published run %s", run.run_id)
        quality = write_quality(parameters, run.run_id, night.checks, steps)
        markdown = summary_markdown(summary, parameters, quality, steps.write_pages(parameters))
        steps.keep_summary(markdown)
        print(markdown)
    except (Exception, Stopped) as error:  # during a query, DuckDB answers a stop with "Query interrupted"
        if stop_received() is None:
            raise
        raise _stopped_once_published(stop_received(), run) from error
    return summary


def write_quality(parameters: NightParameters, run_id: str, checks: list[CheckResult], steps: Steps) -> Path:
    """The run's data-quality page beside the warehouse; the failed checks kept by `steps`."""
    now = utc_now()
    rows = [check.as_row(run_id, now) for check in checks]
    path = dq_report_path(parameters.target, run_id).resolve()
    write_atomically(path, render_report(run_id, now, rows))
    steps.keep_failed_checks([{k: row[k] for k in ("suite", "expectation", "on_failure", "unexpected_count", "examples")}
                              for row in rows if not row["success"]])
    return path


def summary_markdown(summary: dict, parameters: NightParameters, quality: Path, pages: dict[str, Path]) -> str:
    """The counts per stage and table, with links to the pages the night wrote (`pages`: title -> file)."""
    stage_lines = [f"| {stage} | {name} | {value} |" for stage, values in summary["stages"].items()
                   for name, value in values.items()]
    table_lines = [f"| {table} | {rows} |" for table, rows in summary["tables"].items()]
    return "\n".join([
        f"# Nightly run `{summary['run_id']}`", f"Warehouse: `{parameters.target}`",
        f"Data-quality report: [{quality.name}]({quality.as_uri()}) (`{quality}`)",
        *(f"{title}: [{path.name}]({path.resolve().as_uri()}) (`{path.resolve()}`)" for title, path in pages.items()),
        "",
        "| stage | count | value |", "|---|---|---|", *stage_lines, "",
        "| table | rows after the run |", "|---|---|", *table_lines,
    ])


def _stopped_once_published(signal_name: str, run: Run) -> Stopped:
    return Stopped(signal_name, f" once run {run.run_id} was published; its report and docs were not written")


def _record(parameters: NightParameters, run: Run, status: str, counts: dict, error: str | None = None) -> RunRecord:
    return RunRecord(run.run_id, FLOW_NAME, parameters.dump(), run.started_at, utc_now(), status, counts, error=error)


def _write_failed_quality(parameters: NightParameters, run: Run, checks: list, steps: Steps) -> None:
    """The failed run's data-quality page, when it can be written: a full disk that failed the night
    may refuse the page too, and the night's own error is the one to raise."""
    try:
        write_quality(parameters, run.run_id, checks, steps)
    except Exception as error:
        log.warning("could not write the failed run's data-quality report: %s", error)


def _record_failure(parameters: NightParameters, run: Run, record: RunRecord, dq_rows: list[dict]) -> None:
    """A failed run still leaves its ops_runs and ops_dq_results rows, published on their own."""
    try:
        record_failed_run(parameters, run, record, dq_rows)
    except Exception as error:  # the warehouse itself may be what failed; the original error matters more
        log.warning("could not record the failed run in ops_runs: %s", error)
