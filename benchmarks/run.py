"""Throughput of the nightly path, stage by stage, on a generated corpus (`make bench N=2000`).

    python -m benchmarks.run --articles 2000 [--batch-size 64] [--processes 1] [--chunk 500]

The corpus (benchmarks.corpus) is written as JSONL files into a temporary landing folder, then
one process times the nightly flow's own functions:

- setup: gazetteer, count rules, SpacyExtractor, the bare model and a fresh migrated DuckDB file (once,
  not part of end-to-end);
- ingest: landing files to raw records to new raw versions (no versions known);
- stage: latest versions to stg_articles, with the date window and date quarantine of the flow;
- bare spaCy: the model alone (`exclude=UNUSED_COMPONENTS`) over the same staged bodies, the reference;
- entities, counts, validation, load: the staged articles in chunks of --chunk, each through
  extract_mentions, stg_counts, the Great Expectations suites, then warehouse_frames and load_run with
  the warehouse checks (one transaction per chunk); nothing of a chunk is kept but tallies.

End-to-end is ingest + stage + entities + counts + validation + load (load runs the warehouse checks). New stages go in PIPELINE: a `Stage` runs once on the
whole run (`Bench`) or, with per_chunk=True, once per chunk (`Chunk`), and returns what it processed.
"""

import argparse
import gc
import hashlib
import importlib
import resource
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable
from uuid import uuid4

import polars as pl

from benchmarks.corpus import DEFAULT_SEED, RECORDS_PER_FILE, articles as generate_articles, write_jsonl
from dateline.landing import landing_files
from dateline.reference import load_count_rules, load_gazetteer
from dateline.runtime import utc_now
from dateline.settings import DEFAULT_MAX_FILE_BYTES, DEFAULT_MODEL, MAX_BATCH_SIZE, REFERENCE_DIR
from expectations.runner import Validator, failing_rows, run_warehouse_checks, with_article, with_place_check
from expectations.suites import load_suite
from flows.artifacts import LANGUAGES
from transforms.articles import FUTURE_TOLERANCE, WORD, date_quarantine, in_window, stg_articles
from transforms.counts import CountRules, stg_counts
from transforms.entities import KNOWN_ENTITY_SCHEMA, extract_mentions
from transforms.gazetteer import Gazetteer
from transforms.ner import UNUSED_COMPONENTS, SpacyExtractor
from transforms.quarantine import quarantine_frame
from transforms.raw_articles import (
    KNOWN_VERSIONS_SCHEMA, RAW_ARTICLE_SCHEMA, latest_versions, parse_landing_file, raw_article_versions,
    records_frame,
)
from transforms.star import warehouse_frames
from warehouse.db import connect, sql
from warehouse.load import RunRecord, load_run
from warehouse.migrate import migrate

FLOW_NAME = "benchmark"
TARGET_RATIO = 0.85
TARGET_PEAK_MB = 2048
WARM_UP_TEXT = "BAGHDAD, Iraq (Northwire) - Prime Minister Mohammed Shia al-Sudani met NATO officials on Monday."


@dataclass(frozen=True)
class Work:
    """What a stage processed: its row's articles and words."""

    articles: int
    words: int


@dataclass
class Row:
    """One line of the table; seconds add up over chunks."""

    stage: str
    articles: int | None = None
    words: int | None = None
    seconds: float = 0.0
    in_end_to_end: bool = True

    def add(self, seconds: float, work: Work | None) -> None:
        self.seconds += seconds
        if work is not None:
            self.articles = (self.articles or 0) + work.articles
            self.words = (self.words or 0) + work.words


@dataclass
class Chunk:
    index: int
    articles: pl.DataFrame
    mentions: pl.DataFrame | None = None
    counts: pl.DataFrame | None = None  # stg_counts

    @property
    def work(self) -> Work:
        return Work(self.articles.height, int(self.articles["word_count"].sum()))


@dataclass
class Bench:
    """The run's settings, what setup built and what the stages hand to each other."""

    args: argparse.Namespace
    landing: Path
    warehouse: Path
    run_id: str
    started_at: datetime
    gazetteer: Gazetteer | None = None
    count_rules: CountRules | None = None
    extractor: SpacyExtractor | None = None
    validator: Validator | None = None
    warehouse_suite: object = None
    nlp: object = None  # the bare model
    con: object = None  # DuckDB connection
    new_versions: pl.DataFrame | None = None
    quarantine: list[dict] = field(default_factory=list)
    articles: pl.DataFrame | None = None  # staged
    raw_by_chunk: dict[int, pl.DataFrame] | None = None
    known_entities: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=KNOWN_ENTITY_SCHEMA))
    counts: Counter = field(default_factory=Counter)
    digests: dict[str, "hashlib._Hash"] = field(default_factory=dict)

    def digest(self, name: str, texts: Iterable[str]) -> None:
        """Fold texts into a running hash, to prove two stages read the same bodies."""
        digest = self.digests.setdefault(name, hashlib.sha256())
        for text in texts:
            digest.update(text.encode("utf-8"))
            digest.update(b"\x00")


# A stage returns what it processed, or a function computing that after its timer stopped.
Outcome = Work | Callable[[], Work | None] | None


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[..., Outcome]  # (Bench) -> Outcome, or (Bench, Chunk) -> Outcome when per_chunk
    per_chunk: bool = False
    in_end_to_end: bool = True


# --- stages -----------------------------------------------------------------------------------------------

def ingest(bench: Bench) -> Outcome:
    records, quarantine, files = [], [], 0
    for file in landing_files(bench.landing, DEFAULT_MAX_FILE_BYTES):
        files += 1
        found, rejected = parse_landing_file(file, DEFAULT_MAX_FILE_BYTES, bench.run_id, bench.started_at)
        records += found
        quarantine += rejected
    known = pl.DataFrame(schema=KNOWN_VERSIONS_SCHEMA)
    bench.new_versions = raw_article_versions(records_frame(records), known, bench.run_id, bench.started_at)
    bench.quarantine = quarantine

    def work() -> Work:
        bench.counts.update(files=files, records=len(records), quarantined=len(quarantine))
        words = bench.new_versions.select(pl.col("body").str.count_matches(WORD).sum()).item()
        return Work(len(records), int(words or 0))
    return work


def stage(bench: Bench) -> Outcome:
    pending = pl.DataFrame(schema=RAW_ARTICLE_SCHEMA)
    raw = latest_versions(pending, bench.new_versions)
    staged = stg_articles(raw, as_of=bench.started_at)
    bench.articles = staged.filter(in_window(staged, None, None))
    bench.quarantine = bench.quarantine + date_quarantine(raw, bench.articles, bench.run_id, bench.started_at)
    return lambda: Work(bench.articles.height, int(bench.articles["word_count"].sum()))


def bare_spacy(bench: Bench) -> Outcome:
    """The reference: the model alone over the staged bodies, docs consumed and their entities read."""
    bodies = bench.articles["body"].to_list()
    entities = 0
    for doc in bench.nlp.pipe(bodies, batch_size=bench.args.batch_size, n_process=bench.args.processes):
        entities += len(doc.ents)

    def work() -> Work:
        bench.counts["bare_spacy_entities"] += entities
        bench.digest("bare spaCy", bodies)
        return Work(len(bodies), int(bench.articles["word_count"].sum()))
    return work


def entities(bench: Bench, chunk: Chunk) -> Outcome:
    """The nightly flow's entity path: SpacyExtractor (model, ruler, sentencizer) and extract_mentions."""
    chunk.mentions = extract_mentions(bench.extractor, chunk.articles, bench.gazetteer, bench.known_entities)

    def work() -> Work:
        bench.counts["mentions"] += chunk.mentions.height
        bench.digest("entities", chunk.articles["body"])
        return chunk.work
    return work


def counts(bench: Bench, chunk: Chunk) -> Outcome:
    """The nightly flow's count path: killed, wounded, arrested... from the bodies (stg_counts)."""
    chunk.counts = stg_counts(chunk.articles, bench.count_rules)

    def work() -> Work:
        bench.counts["event_counts"] += chunk.counts.height
        return chunk.work
    return work


def validation(bench: Bench, chunk: Chunk) -> Outcome:
    """The nightly flow's Great Expectations suites on the chunk: its raw versions (with the first
    chunk), staged articles, mentions and counts. Rows refused go, as in the flow."""
    parameters = {"latest_publication": bench.started_at + FUTURE_TOLERANCE, "languages": LANGUAGES}
    if chunk.index == 0:
        bench.validator.validate(bench.new_versions, load_suite("raw_article"), parameters)
    staged = with_place_check(chunk.articles, bench.gazetteer.place_names())
    for table, frame in (("stg_articles", staged), ("stg_mentions", with_article(chunk.mentions, chunk.articles)),
                         ("stg_counts", with_article(chunk.counts, chunk.articles))):
        refused = failing_rows(bench.validator.validate(frame, load_suite(table), parameters))
        bench.counts["refused_by_checks"] += len(refused)
    return chunk.work


def load(bench: Bench, chunk: Chunk) -> Outcome:
    """The chunk's star-schema frames committed in one load_run; raw versions go with their article's
    chunk (those of no staged article, and the quarantine, with the first)."""
    if bench.raw_by_chunk is None:
        chunk_of = bench.articles.select("article_id", (pl.int_range(pl.len()) // bench.args.chunk).alias("_chunk"))
        parts = (
            bench.new_versions.join(chunk_of, on="article_id", how="left")
            .with_columns(pl.col("_chunk").fill_null(0))
            .partition_by("_chunk", as_dict=True, include_key=False)
        )
        bench.raw_by_chunk = {key[0]: frame for key, frame in parts.items()}
    raw = bench.raw_by_chunk.pop(chunk.index, pl.DataFrame(schema=RAW_ARTICLE_SCHEMA))
    quarantine = quarantine_frame(bench.quarantine if chunk.index == 0 else [])
    frames = warehouse_frames(raw, quarantine, chunk.articles, chunk.mentions, chunk.counts, bench.gazetteer)
    record = RunRecord(f"{bench.run_id}-{chunk.index:05d}", FLOW_NAME, vars(bench.args), bench.started_at,
                       utc_now(), "succeeded", {"chunk": chunk.index, "articles": chunk.articles.height})
    accounting = {"read": 0}  # the flow's row accounting spans the run, not a chunk
    written = load_run(bench.con, frames, record,
                       lambda con: [r.as_row(record.run_id, record.started_at)
                                    for r in run_warehouse_checks(con, bench.warehouse_suite, sql, accounting)])

    def work() -> Work:
        bench.counts.update({f"written.{table}": rows for table, rows in written.items()})
        return chunk.work
    return work


# The nightly order. Per-chunk stages that follow each other run together, chunk after chunk.
PIPELINE: list[Stage] = [
    Stage("ingest", ingest),
    Stage("stage", stage),
    Stage("bare spaCy", bare_spacy, in_end_to_end=False),
    Stage("entities", entities, per_chunk=True),
    Stage("counts", counts, per_chunk=True),
    Stage("validation", validation, per_chunk=True),
    Stage("load", load, per_chunk=True),
]


# --- running ----------------------------------------------------------------------------------------------

def setup(bench: Bench) -> None:
    """What a run builds once: gazetteer, count rules, extractor, the bare model, a migrated warehouse."""
    bench.gazetteer = load_gazetteer(REFERENCE_DIR)
    bench.count_rules = load_count_rules(REFERENCE_DIR)
    bench.extractor = SpacyExtractor(bench.args.model, bench.args.batch_size, bench.args.processes,
                                     bench.gazetteer.ruler_patterns)
    bench.nlp = importlib.import_module(bench.args.model).load(exclude=UNUSED_COMPONENTS)
    bench.validator = Validator()
    bench.warehouse_suite = load_suite("warehouse")
    bench.con = connect(bench.warehouse)
    migrate(bench.con)
    # First calls allocate and fill caches: paid here by both pipelines alike, not by the first stage.
    bench.extractor.nlp(WARM_UP_TEXT)
    bench.nlp(WARM_UP_TEXT)


def timed(row: Row, call: Callable[[], Outcome]) -> None:
    started = time.perf_counter()
    outcome = call()
    seconds = time.perf_counter() - started
    row.add(seconds, outcome() if callable(outcome) else outcome)


def run_pipeline(bench: Bench, pipeline: list[Stage]) -> dict[str, Row]:
    rows = {stage.name: Row(stage.name, in_end_to_end=stage.in_end_to_end) for stage in pipeline}
    position = 0
    while position < len(pipeline):
        if not pipeline[position].per_chunk:
            stage_ = pipeline[position]
            timed(rows[stage_.name], lambda: stage_.run(bench))
            position += 1
            gc.collect()
            continue
        group = []
        while position < len(pipeline) and pipeline[position].per_chunk:
            group.append(pipeline[position])
            position += 1
        for index, start in enumerate(range(0, bench.articles.height, bench.args.chunk)):
            chunk = Chunk(index, bench.articles.slice(start, bench.args.chunk))
            for stage_ in group:
                timed(rows[stage_.name], lambda: stage_.run(bench, chunk))
            del chunk  # nothing of a chunk outlives it but the counts
    return rows


def table(rows: list[Row]) -> str:
    header = ("stage", "articles", "words", "seconds", "articles/s", "words/s")
    lines = [header]
    for row in rows:
        rate = (lambda count: "-" if count is None or row.seconds <= 0 else f"{count / row.seconds:,.1f}")
        lines.append((
            row.stage,
            "-" if row.articles is None else f"{row.articles:,}",
            "-" if row.words is None else f"{row.words:,}",
            f"{row.seconds:.2f}",
            rate(row.articles),
            "-" if row.words is None or row.seconds <= 0 else f"{row.words / row.seconds:,.0f}",
        ))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) if i == 0 else cell.rjust(width) for i, (cell, width) in enumerate(zip(line, widths)))
        for line in lines
    )


def peak_memory_mb(processes: int) -> tuple[float, str]:
    """Peak resident memory: this process, plus (with workers) the largest worker once per worker, an
    upper bound since forked workers share pages with the parent. ru_maxrss is in KiB on Linux."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if processes <= 1:
        return own, "this process"
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own + processes * worker, f"parent {own:,.0f} MB + {processes} workers x {worker:,.0f} MB"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles to generate (default 2000)")
    parser.add_argument("--batch-size", type=int, default=64, help="spaCy batch size (default 64)")
    parser.add_argument("--processes", type=int, default=1, help="spaCy processes (default 1)")
    parser.add_argument("--chunk", type=int, default=500, help="articles per entities+load chunk (default 500)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy model package")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    if not 1 <= args.batch_size <= MAX_BATCH_SIZE:
        parser.error(f"--batch-size must be between 1 and {MAX_BATCH_SIZE}")
    if not 1 <= args.processes <= 64:
        parser.error("--processes must be between 1 and 64")
    if args.chunk < 1:
        parser.error("--chunk must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as work_dir:
        bench = Bench(args, Path(work_dir) / "landing", Path(work_dir) / "bench.duckdb",
                      run_id=f"bench-{uuid4()}", started_at=utc_now())
        started = time.perf_counter()
        files = write_jsonl(generate_articles(args.articles, args.seed), bench.landing, RECORDS_PER_FILE)
        corpus_seconds = time.perf_counter() - started
        setup_row = Row("setup", in_end_to_end=False)
        try:
            timed(setup_row, lambda: setup(bench))
            rows = [setup_row, *run_pipeline(bench, PIPELINE).values()]
        finally:
            if bench.con is not None:
                bench.con.close()

    if bench.digests["bare spaCy"].digest() != bench.digests["entities"].digest():
        raise RuntimeError("bare spaCy and the entities stage did not read the same texts")
    parts = [row for row in rows if row.in_end_to_end]
    end_to_end = Row("end-to-end", bench.articles.height, int(bench.articles["word_count"].sum()),
                     sum(row.seconds for row in parts))
    bare = next(row for row in rows if row.stage == "bare spaCy")
    ratio = (end_to_end.words / end_to_end.seconds) / (bare.words / bare.seconds)
    peak, peak_detail = peak_memory_mb(args.processes)

    print(f"Dateline benchmark: {args.articles:,} generated articles (seed {args.seed}) in {len(files)} JSONL files "
          f"({corpus_seconds:.1f} s to generate); model {args.model}, batch size {args.batch_size}, "
          f"processes {args.processes}, chunk {args.chunk}")
    print()
    print(table(rows + [end_to_end]))
    print()
    print(f"end-to-end = {' + '.join(row.stage for row in parts)}; setup and bare spaCy are outside it")
    print(f"mentions {bench.counts['mentions']:,} (bare spaCy entities {bench.counts['bare_spacy_entities']:,}), "
          f"counts {bench.counts['event_counts']:,}; "
          f"rows written: " + ", ".join(f"{key.split('.', 1)[1]} {value:,}" for key, value in bench.counts.items()
                                   if key.startswith("written.") and value))
    print(f"peak memory: {peak:,.0f} MB (target < {TARGET_PEAK_MB} MB; {peak_detail})")
    print(f"end-to-end / bare spaCy words/s: {ratio:.2f} (target >= {TARGET_RATIO})")
    seconds = {row.stage: row.seconds for row in rows}
    ner = seconds["bare spaCy"]
    extraction_only = end_to_end.seconds - seconds["counts"] - seconds["validation"]
    print(f"the same without the counts and validation stages (ingest, stage, entities, load): "
          f"{(end_to_end.words / extraction_only) / (bare.words / bare.seconds):.2f}")
    print(f"counts cost {seconds['counts'] / ner:.1%} of the NER time (target < 5%); validation adds "
          f"{seconds['validation'] / (end_to_end.seconds - seconds['validation']):.1%} to end-to-end (target < 10%)")
    return 0



if __name__ == "__main__":
    sys.exit(main())
