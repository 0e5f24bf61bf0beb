"""The nightly flow: landing folder -> raw layer -> staged articles and entities -> DuckDB star schema.

Every stage is a task; nothing is written until `load`, which commits the whole run in one
transaction, so a failure anywhere leaves the warehouse as it was.
"""

from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from uuid import uuid4

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from dateline.landing import landing_files
from dateline.settings import DEFAULT_MAX_FILE_BYTES, Settings
from transforms.articles import date_quarantine, in_window, stg_articles
from dateline.reference import load_count_rules, load_gazetteer
from transforms.counts import stg_counts
from transforms.entities import KNOWN_ENTITY_SCHEMA, extract_mentions
from transforms.gazetteer import Gazetteer
from transforms.ner import SpacyExtractor
from transforms.quarantine import quarantine_frame
from transforms.raw_articles import (
    KNOWN_VERSIONS_SCHEMA, RAW_ARTICLE_SCHEMA, latest_versions, parse_landing_file, raw_article_versions,
    records_frame,
)
from transforms.star import warehouse_frames
from warehouse.db import connect
from warehouse.load import RunRecord, load_run, read_frame, record_run, row_counts
from warehouse.migrate import migrate

FLOW_NAME = "nightly"


@dataclass(frozen=True)
class Run:
    run_id: str
    started_at: datetime  # naive UTC


@dataclass(frozen=True)
class Ingested:
    new_versions: pl.DataFrame
    quarantine: list[dict]
    counts: dict


@dataclass(frozen=True)
class Staged:
    articles: pl.DataFrame
    quarantine: list[dict]
    counts: dict


@dataclass(frozen=True)
class WarehouseState:
    versions: pl.DataFrame  # every raw version stored
    pending: pl.DataFrame  # raw articles waiting to be loaded
    entities: pl.DataFrame  # entities known


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=5)
def prepare_warehouse(settings: Settings) -> WarehouseState:
    """Upgrade the schema, then read what the run needs to know of the warehouse."""
    with connect(settings.warehouse) as con:
        applied = migrate(con)
        if applied:
            get_run_logger().info("applied migrations %s", applied)
        return WarehouseState(
            versions=read_frame(con, "known_versions").cast(KNOWN_VERSIONS_SCHEMA),
            pending=read_frame(con, "pending_raw", {"full_refresh": settings.full_refresh}).cast(RAW_ARTICLE_SCHEMA),
            entities=read_frame(con, "known_entities").cast(KNOWN_ENTITY_SCHEMA),
        )


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=5)
def ingest(settings: Settings, known: pl.DataFrame, run: Run) -> Ingested:
    """Read every landing file; new versions and quarantine rows out, nothing written yet."""
    records, quarantine, files = [], [], 0
    for file in landing_files(settings.landing, settings.max_file_bytes):
        files += 1
        found, rejected = parse_landing_file(file, settings.max_file_bytes, run.run_id, run.started_at)
        records += found
        quarantine += rejected
    new_versions = raw_article_versions(records_frame(records), known, run.run_id, run.started_at)
    duplicates = new_versions["duplicate_of_article_id"].is_not_null().sum()
    counts = {
        "files": files, "records": len(records), "unchanged": len(records) - new_versions.height,
        "new_versions": new_versions.height, "duplicates": int(duplicates), "quarantined": len(quarantine),
    }
    return Ingested(new_versions, quarantine, counts)


@task(cache_policy=NO_CACHE)
def stage(settings: Settings, pending: pl.DataFrame, ingested: Ingested, run: Run) -> Staged:
    """Clean, date and source the articles to load; those outside the date window wait for a later run."""
    raw = latest_versions(pending, ingested.new_versions)
    staged = stg_articles(raw, as_of=run.started_at)
    inside = in_window(staged, settings.since, settings.until)
    articles = staged.filter(inside)
    quarantine = date_quarantine(raw, articles, run.run_id, run.started_at)
    counts = {"articles": articles.height, "deferred_outside_window": staged.height - articles.height,
              "dates_repaired": len(quarantine)}
    return Staged(articles, quarantine, counts)


@task(cache_policy=NO_CACHE)
def extract_entities(settings: Settings, articles: pl.DataFrame, gazetteer: Gazetteer,
                     known: pl.DataFrame) -> pl.DataFrame:
    """Entity mentions from spaCy's NER and the gazetteer over the article bodies, in batches, resolved."""
    extractor = SpacyExtractor(settings.model, settings.batch_size, settings.processes, gazetteer.ruler_patterns)
    return extract_mentions(extractor, articles, gazetteer, known)


@task(cache_policy=NO_CACHE)
def extract_counts(settings: Settings, articles: pl.DataFrame) -> pl.DataFrame:
    """Counts (killed, wounded, arrested...) reported in the article bodies."""
    return stg_counts(articles, load_count_rules(settings.reference_dir))


@task(cache_policy=NO_CACHE)
def load(settings: Settings, frames: dict[str, pl.DataFrame], run: RunRecord) -> dict[str, int]:
    """Commit the run as one transaction; return the warehouse's row counts after it."""
    with connect(settings.warehouse) as con:
        load_run(con, frames, run)
        return row_counts(con)


@flow(name=FLOW_NAME, log_prints=True)
def nightly(
    landing: str = "seeds/landing",
    warehouse: str = "data/dateline.duckdb",
    batch_size: int = 64,
    since: date | None = None,
    until: date | None = None,
    full_refresh: bool = False,
    processes: int = 1,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
) -> dict:
    """Load the articles in `landing` into the DuckDB `warehouse`; only new or changed ones unless
    `full_refresh`; with `since`/`until`, only articles published in that window. Files larger than
    `max_file_bytes` are quarantined unread."""
    settings = Settings(landing=Path(landing), warehouse=Path(warehouse), batch_size=batch_size, since=since,
                        until=until, full_refresh=full_refresh, processes=processes,
                        max_file_bytes=max_file_bytes)
    run = Run(run_id=str(flow_run.id or uuid4()), started_at=_utc_now())
    parameters = {"landing": landing, "warehouse": warehouse, "batch_size": batch_size, "since": since,
                  "until": until, "full_refresh": full_refresh, "processes": processes,
                  "max_file_bytes": max_file_bytes}
    counts: dict = {}
    try:
        state = prepare_warehouse(settings)
        gazetteer = load_gazetteer(settings.reference_dir)
        ingested = ingest(settings, state.versions, run)
        counts["ingest"] = ingested.counts
        staged = stage(settings, state.pending, ingested, run)
        counts["stage"] = staged.counts
        mentions = extract_entities(settings, staged.articles, gazetteer, state.entities)
        counts["entities"] = {"mentions": mentions.height, "entities": mentions["entity_id"].n_unique()}
        event_counts = extract_counts(settings, staged.articles)
        counts["counts"] = {"counts": event_counts.height, "repeats": int(event_counts["is_repeat"].sum())}
        frames = warehouse_frames(ingested.new_versions, quarantine_frame(ingested.quarantine + staged.quarantine),
                                  staged.articles, mentions, event_counts, gazetteer)
        record = RunRecord(run.run_id, FLOW_NAME, parameters, run.started_at, _utc_now(), "succeeded", counts)
        tables = load(settings, frames, record)
    except Exception as error:
        _record_failure(settings, RunRecord(run.run_id, FLOW_NAME, parameters, run.started_at, _utc_now(),
                                            "failed", counts, error=f"{type(error).__name__}: {error}"))
        raise
    summary = {"run_id": run.run_id, "stages": counts, "tables": tables}
    _report(summary, settings)
    return summary


def _record_failure(settings: Settings, record: RunRecord) -> None:
    """A failed run still leaves its ops_runs row, written after the load was rolled back."""
    try:
        with connect(settings.warehouse) as con:
            migrate(con)
            record_run(con, record)
    except Exception as error:  # the warehouse itself may be what failed; the original error matters more
        get_run_logger().warning("could not record the failed run in ops_runs: %s", error)


def _report(summary: dict, settings: Settings) -> None:
    stage_lines = [f"| {stage} | {name} | {value} |" for stage, values in summary["stages"].items()
                   for name, value in values.items()]
    table_lines = [f"| {table} | {rows} |" for table, rows in summary["tables"].items()]
    markdown = "\n".join([
        f"# Nightly run `{summary['run_id']}`", f"Warehouse: `{settings.warehouse}`", "",
        "| stage | count | value |", "|---|---|---|", *stage_lines, "",
        "| table | rows after the run |", "|---|---|", *table_lines,
    ])
    create_markdown_artifact(markdown, key="nightly-summary", description="Counts per stage and table")
    print(markdown)


def _utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
