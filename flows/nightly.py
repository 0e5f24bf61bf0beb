"""The nightly flow: landing folder -> raw layer -> staged articles, entities and counts -> DuckDB star schema.

Every stage is a task and every stage's output is validated (expectations/suites): refused rows go to
ops_quarantine, a failed critical check stops the run. Nothing is written until `load`, which checks
the warehouse and commits the whole run in one transaction, so a failure anywhere leaves the
warehouse as it was.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from uuid import uuid4

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from dateline.landing import landing_files
from dateline.reference import load_count_rules, load_gazetteer
from dateline.runtime import utc_now
from dateline.settings import DEFAULT_MAX_FILE_BYTES, Settings
from expectations.runner import (
    CheckResult, DataQualityError, Validator, critical_failures, failing_rows, quarantine_failures,
    run_warehouse_checks, with_article, with_place_check,
)
from expectations.suites import load_suite
from flows.artifacts import LANGUAGES, publish_quality, publish_summary
from transforms.articles import FUTURE_TOLERANCE, date_quarantine, in_window, stg_articles
from transforms.counts import STG_COUNT_SCHEMA, stg_counts
from transforms.entities import KNOWN_ENTITY_SCHEMA, STG_MENTION_SCHEMA, extract_mentions
from transforms.gazetteer import Gazetteer
from transforms.ner import SpacyExtractor
from transforms.quarantine import quarantine_frame
from transforms.raw_articles import (
    KNOWN_VERSIONS_SCHEMA, RAW_ARTICLE_SCHEMA, latest_versions, parse_landing_file, raw_article_versions,
    records_frame,
)
from transforms.star import warehouse_frames
from warehouse.db import connect, sql
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
    read = records_frame(records)
    new_versions = raw_article_versions(read, known, run.run_id, run.started_at)
    unchanged = read.height - read.filter(~pl.col("content_hash").is_in(known["content_hash"].implode())).unique(
        "content_hash").height
    duplicates = new_versions["duplicate_of_article_id"].is_not_null().sum()
    counts = {
        "files": files, "records": len(records), "unchanged": unchanged,
        "new_versions": new_versions.height, "duplicates": int(duplicates), "quarantined": len(quarantine),
    }
    return Ingested(new_versions, quarantine, counts)


@task(cache_policy=NO_CACHE)
def stage(settings: Settings, pending: pl.DataFrame, new_versions: pl.DataFrame, run: Run) -> Staged:
    """Clean, date and source the articles to load; those outside the date window wait for a later run."""
    candidates = pending.height + new_versions["duplicate_of_article_id"].is_null().sum()
    raw = latest_versions(pending, new_versions)
    staged = stg_articles(raw, as_of=run.started_at)
    inside = in_window(staged, settings.since, settings.until)
    articles = staged.filter(inside)
    quarantine = date_quarantine(raw, articles, run.run_id, run.started_at)
    counts = {"pending": pending.height, "articles": articles.height, "superseded": candidates - raw.height,
              "deferred_outside_window": staged.height - articles.height, "dates_repaired": len(quarantine)}
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
def load(settings: Settings, frames: dict[str, pl.DataFrame], run: RunRecord, dq_rows: list[dict],
         accounting: dict[str, int]) -> dict:
    """Commit the run as one transaction, after the warehouse checks pass inside it; return the
    warehouse's row counts after it, and the checks under `_checks`."""
    suite = load_suite("warehouse", settings.expectations_dir)
    results: list[CheckResult] = []

    def verify(con) -> list[dict]:
        results.extend(run_warehouse_checks(con, suite, sql, accounting))
        failures = critical_failures(results)
        if failures:
            raise DataQualityError(failures)
        return dq_rows + [r.as_row(run.run_id, run.started_at) for r in results]

    with connect(settings.warehouse) as con:
        try:
            load_run(con, frames, run, verify)
        except DataQualityError as error:
            error.failures = results  # every warehouse result, passed ones too, for the record
            raise
        return {**row_counts(con), "_checks": results}


@dataclass(frozen=True)
class Validated:
    frame: pl.DataFrame  # the rows that passed
    results: list[CheckResult]
    quarantine: list[dict]


@task(cache_policy=NO_CACHE)
def validate(settings: Settings, validator: Validator, frame: pl.DataFrame, table: str, parameters: dict, run: Run,
             locator: str = "") -> Validated:
    """Run the table's suite: rows refused by quarantine checks leave the frame for ops_quarantine;
    a failed critical check stops the run."""
    results = validator.validate(frame, load_suite(table, settings.expectations_dir), parameters)
    refused = failing_rows(results)
    kept = frame.with_row_index("_position").filter(~pl.col("_position").is_in(list(refused))).drop("_position")
    validated = Validated(kept, results, quarantine_failures(frame, results, run.run_id, run.started_at, locator))
    failures = critical_failures(results)
    if failures:
        raise DataQualityError(failures)
    return validated


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
    expectations_dir: str | None = None,
) -> dict:
    """Load the articles in `landing` into the DuckDB `warehouse`; only new or changed ones unless
    `full_refresh`; with `since`/`until`, only articles published in that window. Files larger than
    `max_file_bytes` are quarantined unread. `expectations_dir` replaces the bundled suites."""
    settings = Settings(landing=Path(landing), warehouse=Path(warehouse), batch_size=batch_size, since=since,
                        until=until, full_refresh=full_refresh, processes=processes,
                        max_file_bytes=max_file_bytes,
                        **({"expectations_dir": Path(expectations_dir)} if expectations_dir else {}))
    run = Run(run_id=str(flow_run.id or uuid4()), started_at=utc_now())
    parameters = {"landing": landing, "warehouse": warehouse, "batch_size": batch_size, "since": since,
                  "until": until, "full_refresh": full_refresh, "processes": processes,
                  "max_file_bytes": max_file_bytes, "expectations_dir": expectations_dir}
    counts: dict = {}
    checks: list[CheckResult] = []
    try:
        state = prepare_warehouse(settings)
        gazetteer = load_gazetteer(settings.reference_dir)
        validator = Validator()
        expected = {"latest_publication": run.started_at + FUTURE_TOLERANCE, "languages": LANGUAGES}

        ingested = ingest(settings, state.versions, run)
        raw = validate(settings, validator, ingested.new_versions, "raw_article", expected, run, "{record_locator}")
        checks += raw.results
        counts["ingest"] = {**ingested.counts, "refused_by_checks": len(raw.quarantine)}

        staged = stage(settings, state.pending, raw.frame, run)
        articles = validate(settings, validator, with_place_check(staged.articles, gazetteer.place_names()),
                            "stg_articles", expected, run)
        checks += articles.results
        counts["stage"] = {**staged.counts, "refused_by_checks": len(articles.quarantine)}

        found = extract_entities(settings, articles.frame, gazetteer, state.entities)
        mentions = validate(settings, validator, with_article(found, articles.frame), "stg_mentions", expected, run,
                            "mention {start}-{end}")
        checks += mentions.results
        counts["entities"] = {"mentions": mentions.frame.height, "entities": mentions.frame["entity_id"].n_unique(),
                              "refused_by_checks": len(mentions.quarantine)}

        reported = extract_counts(settings, articles.frame)
        event_counts = validate(settings, validator, with_article(reported, articles.frame), "stg_counts", expected, run,
                                "count at {start}")
        checks += event_counts.results
        counts["counts"] = {"counts": event_counts.frame.height, "repeats": int(event_counts.frame["is_repeat"].sum()),
                            "refused_by_checks": len(event_counts.quarantine)}

        quarantine = quarantine_frame(ingested.quarantine + raw.quarantine + staged.quarantine
                                      + articles.quarantine + mentions.quarantine + event_counts.quarantine)
        frames = warehouse_frames(raw.frame, quarantine, articles.frame, mentions.frame.select(list(STG_MENTION_SCHEMA)),
                                  event_counts.frame.select(list(STG_COUNT_SCHEMA)), gazetteer)
        accounting = {
            "read": ingested.counts["records"] + staged.counts["pending"],
            "unchanged": ingested.counts["unchanged"], "duplicates": ingested.counts["duplicates"],
            "refused_raw": len(raw.quarantine), "superseded": staged.counts["superseded"],
            "deferred": staged.counts["deferred_outside_window"], "refused_staged": len(articles.quarantine),
            "loaded": frames["dim_article"].height,
        }
        record = RunRecord(run.run_id, FLOW_NAME, parameters, run.started_at, utc_now(), "succeeded", counts)
        tables = load(settings, frames, record, [c.as_row(run.run_id, run.started_at) for c in checks], accounting)
        checks += tables.pop("_checks")
    except Exception as error:
        if isinstance(error, DataQualityError):
            checks += error.failures
        _record_failure(settings, RunRecord(run.run_id, FLOW_NAME, parameters, run.started_at, utc_now(),
                                            "failed", counts, error=f"{type(error).__name__}: {error}"),
                        [c.as_row(run.run_id, run.started_at) for c in checks])
        publish_quality(settings, run.run_id, checks)
        raise
    summary = {"run_id": run.run_id, "stages": counts, "tables": tables}
    report = publish_quality(settings, run.run_id, checks)
    publish_summary(summary, settings, report)
    return summary


def _record_failure(settings: Settings, record: RunRecord, dq_rows: list[dict]) -> None:
    """A failed run still leaves its ops_runs and ops_dq_results rows, written after the rollback."""
    try:
        with connect(settings.warehouse) as con:
            migrate(con)
            record_run(con, record, dq_rows)
    except Exception as error:  # the warehouse itself may be what failed; the original error matters more
        get_run_logger().warning("could not record the failed run in ops_runs: %s", error)
