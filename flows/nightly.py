"""The nightly flow: landing folder -> raw layer -> staged articles, entities and counts -> DuckDB star schema.

The night is one sequence, dateline.night.runner.run_night; this flow runs each of its steps as a Prefect
task (each chunk of landing files and each chunk of articles its own task run) and keeps the run's
summary and failed checks as artifacts. The night writes a private working copy of the warehouse and
publishes it whole after the commit, so a failure anywhere (a crash, a failed critical check) leaves
the published warehouse as it was; the failed run is still recorded in ops_runs.
"""

from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from dateline.night.pipeline import ArticleChunk, Extracted, Night
from dateline.night.runner import FLOW_NAME, Steps, run_night
from dateline.parameters import NightParameters
from warehouse.load import RunRecord

_STEPS = Steps()


class TaskSteps(Steps):
    """Each step of the night as a task run of the flow."""

    def ingest(self, night: Night, number: int, entries: list) -> dict:
        return ingest.with_options(task_run_name=f"ingest-chunk-{number}")(night, number, entries)

    def extract(self, night: Night, chunk: ArticleChunk) -> Extracted:
        return extract.with_options(task_run_name=f"extract-chunk-{chunk.index}")(night, chunk)

    def load(self, night: Night, extracted: Extracted) -> dict:
        return load.with_options(task_run_name=f"load-chunk-{extracted.chunk.index}")(night, extracted)

    def check_warehouse(self, night: Night) -> list:
        return check_warehouse(night)

    def commit(self, night: Night, record: RunRecord) -> dict:
        return commit(night, record)

    def write_pages(self, parameters: NightParameters) -> dict[str, Path]:
        return write_pages(parameters)

    def keep_summary(self, markdown: str) -> None:
        create_markdown_artifact(markdown, key="nightly-summary", description="Counts per stage and table")

    def keep_failed_checks(self, failed: list[dict]) -> None:
        create_table_artifact(failed or [{"suite": "-", "expectation": "no check failed", "on_failure": "",
                                          "unexpected_count": 0, "examples": ""}],
                              key="nightly-dq-failures", description="Data-quality checks that failed")


ingest = task(_STEPS.ingest, name="ingest", cache_policy=NO_CACHE)
extract = task(_STEPS.extract, name="extract", cache_policy=NO_CACHE)
load = task(_STEPS.load, name="load", cache_policy=NO_CACHE)
check_warehouse = task(_STEPS.check_warehouse, name="check-warehouse", task_run_name="check-warehouse",
                       cache_policy=NO_CACHE)
commit = task(_STEPS.commit, name="commit", task_run_name="commit", cache_policy=NO_CACHE)
write_pages = task(_STEPS.write_pages, name="write-report-and-docs", task_run_name="write-report-and-docs",
                   cache_policy=NO_CACHE)


@flow(name=FLOW_NAME, log_prints=True)
def nightly(parameters: NightParameters) -> dict:
    """Load the articles in the landing folder into the warehouse: a DuckDB file, or a DuckLake (where
    several runs may write at once); only new or changed ones unless `full_refresh`; with `since`/`until`,
    only articles published in that window, and with `backfill` also the loaded articles of that window
    whose facts an older extractor made. Each parameter is described in the form (NightParameters)."""
    return run_night(parameters, str(flow_run.id) if flow_run.id else None, TaskSteps())
