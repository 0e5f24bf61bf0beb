"""One night, in chunks, into a private working copy published whole: the code the flow and
`make bench` run.

    with Night.open(settings, run) as night:    # run lock, working copy of the published warehouse
        for entries in night.landing_chunks():   # changed landing files, a chunk at a time
            night.ingest(entries)                 # read -> raw versions -> checks -> raw layer
        for chunk in night.article_chunks():     # staged, checked and sent to the extraction workers ahead
            night.load(night.extract(chunk))      # spans and counts -> mentions -> checks -> tables
        night.check()                             # dimensions finalized, warehouse checks
        night.commit(record)
    # here the working copy has replaced the published warehouse (warehouse.publish)

On a DuckLake the chunks commit into a private stage instead, and check() opens the one lake
transaction that applies it (warehouse.stage); a commit that loses to another night publishing at
the same moment is retried with check() against the lake as that night left it.

Nothing is visible to readers until the night is published: a crash or a failed critical check
anywhere leaves the published warehouse exactly as it was. Each chunk commits in the working copy, so
memory depends on the chunk size, not on the night's. New versions, new entities and unchanged files
are asked of DuckDB per chunk (a registered Arrow frame and a join), never read whole into memory.
"""

import dataclasses
import logging
import os
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import duckdb
import polars as pl

from dateline.extraction.versions import extractor_version
from dateline.extraction.workers import Findings
from dateline.night.chunks import Checks, ChunkFacts, StagedChunk, extracted_chunk, staged_chunk
from dateline.night.landing import LandingEntry, landing_entries, read_landing_file, still_being_written
from dateline.night.resources import Resources, take_resources
from dateline.night.stages import Run, StageOutput, raw_versions, read_files
from dateline.parameters import NightParameters
from dateline.runtime import utc_now
from expectations.runner import CheckResult, DataQualityError, Validator, critical_failures, merge_results, run_warehouse_checks
from expectations.suites import load_suite
from transforms.names import name_key
from transforms.places import PlaceIndex
from transforms.raw_articles import KNOWN_VERSIONS_SCHEMA, RAW_ARTICLE_SCHEMA, manifest_rows
from transforms.star import chunk_frames
from warehouse.db import rollback_quietly, sql
from warehouse.incidents import finalize_incidents
from warehouse.load import (
    RunRecord,
    begin_run,
    commit_run,
    finalize_run,
    known_entities,
    read_frame,
    record_run,
    row_counts,
    write_chunk,
)
from warehouse.migrate import migrate
from warehouse.night import begin_last_transaction, chunk_schema, is_lake, night_connection
from warehouse.stage import retrying

log = logging.getLogger("dateline.night.pipeline")
CHUNK_BYTES = 64 * 1024 * 1024  # landing files read at once, at most (one larger file is read alone)
LOOKAHEAD = 1  # chunks staged and handed to the workers beyond the one being finished


@dataclass
class ArticleChunk:
    index: int
    size: int  # pending articles taken, before the window and the checks
    staged: StagedChunk
    findings: Findings


@dataclass(frozen=True)
class Extracted:
    chunk: ArticleChunk
    facts: ChunkFacts


class Night:
    """One run's connection to its working copy, extraction workers, validator and tallies."""

    def __init__(self, settings: NightParameters, run: Run, con, resources: "Resources"):
        self.settings, self.run, self.con = settings, run, con
        self.resources = resources
        self.gazetteer, self.pool = resources.gazetteer, resources.pool
        self.cues, self.codebook = resources.cues, resources.codebook
        self.tallies: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.seconds: dict[str, float] = defaultdict(float)
        self.results: list[CheckResult] = []
        self.first_article_read_at: float | None = None
        self.extractor_version = extractor_version(settings.model, settings.reference_dir)
        self.lake = is_lake(settings.target)
        self.into = chunk_schema(settings.target)  # where the chunks are written: on a lake, its stage
        self.landing = str(settings.landing.resolve())  # the manifest names a file by folder and path

    @classmethod
    @contextmanager
    def open(cls, settings: NightParameters, run: Run) -> Iterator["Night"]:
        """Take the run lock and a working copy of the published warehouse, migrate it, begin the
        run; on a clean exit the copy is published. The workers and the validator come from
        prepare_resources (already loading when the CLI prepared them)."""
        resources = take_resources(settings)
        try:
            with writing(settings, run) as con:
                # Entities resolve against the warehouse as it was before the run: dim_entity is
                # written only by the run's last transaction (finalize_run).
                begin_run(con)
                night = cls(settings, run, con, resources)
                night.tallies["prepare"]["pending_before_run"] = night._pending_ids().height
                yield night
        except BaseException:
            resources.close(abandon=True)
            raise
        resources.close()

    @property
    def validator(self) -> Validator:
        return self.resources.validator

    @property
    def places(self) -> PlaceIndex:
        return self.resources.places

    @property
    def checks_of_stage(self) -> Checks:
        return Checks(self.validator, self.settings.expectations_dir, self.run)

    # Ingest: landing files to the raw layer.

    def landing_chunks(self) -> Iterator[list[LandingEntry]]:
        """Landing files to read, in path order, grouped up to chunk_size files or CHUNK_BYTES; files
        unchanged since they were last read (path, size, modification time) are skipped, and files
        still being written are left for the next night."""
        entries = landing_entries(self.settings.landing)
        unchanged = set() if self.settings.full_refresh else self._unchanged(entries)
        busy = still_being_written(self.settings.landing, [e for e in entries if e.rel_path not in unchanged])
        self.tallies["ingest"]["files_seen"] += len(entries)
        self.tallies["ingest"]["files_unchanged_skipped"] += len(unchanged)
        self.tallies["ingest"]["files_still_being_written"] += len(busy)
        chunk, size = [], 0
        for entry in entries:
            if entry.rel_path in unchanged or entry.rel_path in busy:
                continue
            if chunk and (len(chunk) >= self.settings.chunk_size or size + entry.size > CHUNK_BYTES):
                yield chunk
                chunk, size = [], 0
            chunk.append(entry)
            size += min(entry.size, self.settings.max_file_bytes)
        if chunk:
            yield chunk

    def ingest(self, entries: list[LandingEntry]) -> dict[str, int]:
        """Read the files, keep their new raw versions that pass the raw checks, write them."""
        started = time.perf_counter()
        files = [read_landing_file(self.settings.landing, e, self.settings.max_file_bytes) for e in entries]
        changing = sum(file is None for file in files)
        files = [file for file in files if file is not None]
        if self.first_article_read_at is None:
            self.first_article_read_at = time.time()
        read = read_files(files, self.settings.max_file_bytes, self.run)
        versions = raw_versions(read.frame, self._known_versions(read.frame), self.run)
        raw = self.checks_of_stage(versions.frame, "raw_article", "{record_locator}")
        manifest = manifest_rows(files, read.frame, self.run.run_id, self.run.started_at, self.landing)
        write_chunk(self.con, {"raw_article": raw.frame, "ops_landing_manifest": manifest,
                               "ops_quarantine": _quarantine(read, raw)}, self.into)
        tallies = {**read.tallies, **versions.tallies, "refused_by_checks": raw.tallies["refused_by_checks"],
                   "files_still_being_written": changing}
        self._add("ingest", tallies, raw.checks, started)
        return tallies

    # Articles: staged, extracted, checked, written.

    def article_chunks(self) -> Iterator[ArticleChunk]:
        """Articles to load (new or changed, or every one for a full refresh) in chunks of
        chunk_size, each staged, checked and handed to the workers LOOKAHEAD chunks ahead."""
        ids = self._pending_ids()["article_id"]
        self.tallies["stage"]["candidates"] += ids.len()
        ahead: deque[ArticleChunk] = deque()
        for index, offset in enumerate(range(0, ids.len(), self.settings.chunk_size), start=1):
            ahead.append(self._stage(index, ids.slice(offset, self.settings.chunk_size)))
            if len(ahead) > LOOKAHEAD:
                yield ahead.popleft()
        yield from ahead

    @property
    def pending_articles(self) -> int:
        """Articles this night loads: known once article_chunks has started."""
        return self.tallies["stage"]["candidates"]

    def _stage(self, index: int, ids: pl.Series) -> ArticleChunk:
        started = time.perf_counter()
        raw = read_frame(self.con, "pending_raw", chunk_ids=pl.DataFrame(ids)).cast(RAW_ARTICLE_SCHEMA)
        staged = staged_chunk(raw, self.settings.since, self.settings.until, self.checks_of_stage, self.gazetteer)
        findings = self.pool.submit(staged.articles.frame.select("article_id", "body"))
        self._add("stage", {**staged.staged.tallies, "refused_by_checks": staged.articles.tallies["refused_by_checks"]},
                  staged.articles.checks, started)
        return ArticleChunk(index, ids.len(), staged, findings)

    def extract(self, chunk: ArticleChunk) -> Extracted:
        """Wait for the chunk's spans and counts, then resolve, read and check them (dateline.night.chunks)."""
        started = time.perf_counter()
        findings = chunk.findings.result()
        self.seconds["extract_wait"] += time.perf_counter() - started
        articles = chunk.staged.articles.frame
        known = known_entities(self.con, findings[0], articles)
        facts = extracted_chunk(articles, findings, known, self.gazetteer, self.places, self.cues,
                                self.codebook, self.checks_of_stage)
        for step, spent in facts.seconds.items():
            self.seconds[step] += spent
        self._add("entities", facts.tallies["entities"], facts.mentions.checks)
        self._add("places", facts.tallies["places"], facts.places.checks)
        self._add("counts", facts.tallies["counts"], facts.counts.checks)
        self._add("incidents", facts.tallies["incidents"], facts.reports.checks)
        return Extracted(chunk, facts)

    def load(self, extracted: Extracted) -> dict[str, int]:
        """Write the chunk's articles, facts and partial dimensions into the run's transaction."""
        started = time.perf_counter()
        staged, facts = extracted.chunk.staged, extracted.facts
        quarantine = _quarantine(staged.staged, staged.articles, facts.mentions, facts.counts, facts.reports)
        incidents = facts.incidents
        frames = chunk_frames(quarantine, staged.articles.frame, facts.mentions.frame, facts.places.frame,
                              incidents.counts, incidents.incidents, incidents.places, facts.dim_place,
                              facts.signatures, self.gazetteer, self.extractor_version)
        written = write_chunk(self.con, frames, self.into)
        self._add("load", {"articles": frames["dim_article"].height}, (), started)
        return written

    # The end of the run.

    def check(self) -> list[CheckResult]:
        """Open the run's last transaction (on a lake: the stage applied to it), finalize its dimensions
        and run the warehouse checks; a failed critical check raises DataQualityError (the night is
        then not published)."""
        started = time.perf_counter()
        applied = begin_last_transaction(self.con, self.settings.target, self.run.run_id)
        if applied:  # a lake's stage, applied: rows per table, and the seconds it took
            self.tallies["publish"].update(applied)
            self.seconds["publish"] += time.perf_counter() - started
        self.tallies["load"].update(finalize_run(self.con))
        tallies, seconds = finalize_incidents(self.con, {name_key(n) for n in self.gazetteer.countries.values()})
        self.tallies["incidents"].update(tallies)
        for step, spent in seconds.items():
            self.seconds[f"{step}_at_the_end"] += spent
        versions = read_frame(self.con, "facts_by_extractor", {"current": self.extractor_version})
        self.tallies["load"]["facts_of_older_extractors"] = int(versions.filter(~pl.col("is_current"))["rows"].sum())
        results = run_warehouse_checks(self.con, self._suite("warehouse"), sql, self.accounting())
        self._add("warehouse", {"checks": len(results)}, results, started)
        return results

    def commit(self, record: RunRecord) -> dict[str, int]:
        """The run's record and check results, then the commit; the warehouse's row counts after it.
        A lake commit that lost to another night is retried from check(), its checks run again."""
        def attempt() -> None:
            commit_run(self.con, record, [c.as_row(self.run.run_id, self.run.started_at) for c in self.checks],
                       drop_partials=not self.lake)

        def again() -> None:  # the lake as the other night left it: apply, finalize and check again
            nonlocal record
            rollback_quietly(self.con)
            self.results = [r for r in self.results if r.suite != "warehouse"]
            self.tallies["publish"]["retries"] += 1
            self.check()
            record = dataclasses.replace(record, ended_at=utc_now(), counts=self.summary())

        if self.lake:
            retrying(attempt, f"publishing run {self.run.run_id}", on_conflict=again)
        else:
            attempt()
        return row_counts(self.con)

    @property
    def checks(self) -> list[CheckResult]:
        """Every check of the run, one result per suite and expectation over all chunks."""
        return merge_results(self.results)

    def summary(self) -> dict:
        """Tallies per stage with the seconds the main process spent in each (extraction itself runs
        in the workers meanwhile; `extract_wait` is the time spent waiting for it), and when the
        first landing file was read (Unix time)."""
        stages = {stage: {**tallies, "seconds": round(self.seconds[stage], 3)} for stage, tallies in self.tallies.items()}
        return {**stages, "timing": {"extract_wait_seconds": round(self.seconds["extract_wait"], 3),
                                     "first_article_read_at": self.first_article_read_at,
                                     **{f"{step}_seconds": round(self.seconds[step], 3) for step in
                                        ("incident_checks", "near_duplicates_at_the_end", "clustering_at_the_end")}},
                "extractor": {"version": self.extractor_version}}

    def accounting(self) -> dict[str, int]:
        """Every record read and every article waiting before the run, accounted for as unchanged,
        refused, a duplicate, superseded by a newer version, deferred or loaded."""
        ingest, stage, prepare = self.tallies["ingest"], self.tallies["stage"], self.tallies["prepare"]
        new_originals = ingest["new_versions"] - ingest["duplicates"]
        return {
            "read": ingest["records"] + prepare["pending_before_run"],
            "unchanged": ingest["unchanged"] + ingest["repeated_in_run"], "duplicates": ingest["duplicates"],
            "refused_raw": ingest["refused_by_checks"],
            "superseded": new_originals + prepare["pending_before_run"] - stage["candidates"],
            "deferred": stage["deferred_outside_window"],
            "refused_staged": stage["refused_by_checks"] + stage["refused_too_long"],
            "loaded": self.tallies["load"]["articles"],
        }

    def _add(self, stage: str, tallies: dict[str, int], results, started: float | None = None) -> None:
        """Count a step's tallies, results and time; a failed critical check stops the night here."""
        for name, value in tallies.items():
            self.tallies[stage][name] += value
        self.results.extend(results)
        if started is not None:
            self.seconds[stage] += time.perf_counter() - started
        failures = critical_failures(list(results))
        if failures:
            raise DataQualityError(failures)

    def _suite(self, table: str):
        return load_suite(table, self.settings.expectations_dir)

    def _pending_ids(self) -> pl.DataFrame:
        return read_frame(self.con, "pending_article_ids", {
            "full_refresh": self.settings.full_refresh, "backfill": self.settings.backfill,
            "since": self.settings.since, "until": self.settings.until, "extractor_version": self.extractor_version})

    def _unchanged(self, entries: list[LandingEntry]) -> set[str]:
        candidates = pl.DataFrame([e.__dict__ for e in entries], schema={
            "rel_path": pl.String, "size": pl.Int64, "modified_ns": pl.Int64}).rename(
            {"rel_path": "source_path", "size": "size_bytes"}).with_columns(landing=pl.lit(self.landing))
        return set(read_frame(self.con, "unchanged_landing_files", landing_candidates=candidates)["source_path"])

    def _known_versions(self, records: pl.DataFrame) -> pl.DataFrame:
        return read_frame(self.con, "known_versions_for", chunk_records=records.select(
            "article_id", "content_hash", "body_hash")).cast(KNOWN_VERSIONS_SCHEMA)

@contextmanager
def writing(settings: NightParameters, run: Run) -> Iterator[duckdb.DuckDBPyConnection]:
    """The night's connection to its warehouse (warehouse.night), migrated."""
    holder = {"run_id": run.run_id, "pid": os.getpid(), "started_at": run.started_at}
    with night_connection(settings.target, run.run_id, settings.cache_dir / "stage", holder=holder,
                          wait_seconds=settings.wait_seconds, memory_limit=settings.memory_limit) as con:
        yield con


def record_failed_run(settings: NightParameters, run: Run, record: RunRecord, dq_rows: list[dict]) -> None:
    """A failed night leaves nothing of its work, but its ops_runs and ops_dq_results rows are
    published on their own."""
    target = settings.target
    if is_lake(target):
        with target.connect() as con:
            def attempt() -> None:
                migrate(con)
                con.begin()
                record_run(con, record, dq_rows)
                con.commit()
            retrying(attempt, f"recording failed run {run.run_id}")
        return
    with writing(settings, run) as con:
        record_run(con, record, dq_rows)


def _quarantine(*outputs: StageOutput) -> pl.DataFrame:
    """The stages' quarantine rows, each once."""
    return pl.concat([o.quarantine for o in outputs]).unique("quarantine_id", keep="first", maintain_order=True)

