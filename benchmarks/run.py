"""Speed and memory of a whole night, against its peers, in one run (`make bench`).

    python -m benchmarks.run [--articles 2000] [--landing DIR] [--scale 5000,30000] [--new 1000] [--scale-out [1000]]

Every row is a whole process (python -m ...), model load and start-up counted, measured from outside
(benchmarks.rss: wall seconds, peak RSS and PSS of the process tree):

- fixed cost: `dateline run` on one article into a new warehouse, end to end and to its first landing
  file read, against bare spaCy's whole process on the same article (the model's own start-up);
- dateline run: the real night (`dateline run`, no Prefect server: the same runner the nightly
  deployment's flow runs as tasks) on the corpus; its per-stage seconds come from the run's own
  summary (ops_runs.counts);
- bare spaCy: the model with only `ner`, `nlp.pipe(n_process=cores)`, nothing else (the reference);
- naive: the tutorial pipeline (`nlp(text)` per article, pandas, `executemany` into DuckDB);
- scale: dateline run on --scale articles, for peak memory against the night's size;
- incremental: --new new articles into the largest scale's warehouse (its landing files still in the
  folder, skipped as unchanged) against the same articles into an empty warehouse;
- publish: what a night pays to publish each scale's warehouse (copy to a working file, fsync, atomic
  rename: warehouse.publish.working_copy with nothing written), against that night's own seconds;
- pages: `dateline report` (the 30 days up to the latest article) and `dateline docs` on each
  scale's warehouse as whole processes: seconds and size, against that night's own seconds (the night
  writes both as it ends);
- backfill: `dateline backfill` of the largest warehouse's busiest publication day after a reference
  table changed (every fact then has an older extractor);
- incidents: what the night's incidents cost its main process (readings and grouping, geocoding,
  MinHash signatures, then near-duplicates and clustering when it ends), against bare spaCy's NER;
  and near-duplicate detection on its own (benchmarks.duplicates: throughput, threshold, accuracy);
- scale-out (with --scale-out): the same night on local processes, then with `dateline run --dask` on a
  local Dask cluster of 1 and of 2 single-threaded worker processes (started before the run, so their
  start-up is not counted; their model loads are), words/s in all and per worker.

The corpus (benchmarks.corpus) is generated news of about 400 words; --landing measures any folder.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from benchmarks.corpus import articles as generate_articles
from benchmarks.corpus import write_jsonl
from benchmarks.duplicates import near_duplicate_rows, print_rows
from benchmarks.rss import run_measured
from dateline.parameters import default_processes
from warehouse.publish import working_copy

TARGET_BARE_RATIO = 0.80
TARGET_NAIVE_RATIO = 3.0
TARGET_PEAK_MB = 1536
TARGET_SCALE_GROWTH = 1.10
TARGET_INCREMENTAL_RATIO = 1.10
TARGET_INCIDENTS_SHARE = 0.10  # of the NER's time
TARGET_ONE_ARTICLE_SECONDS = 6.0  # a whole one-article night, end to end
TARGET_FIRST_READ_SECONDS = 3.0  # from the command's start to the first landing file read
SCALE_OUT_ARTICLES = 1000  # about 40 s a night on 2 cores: long enough that the model loads do not dominate
MB = 1024 * 1024
SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "landing"


@dataclass(frozen=True)
class Row:
    name: str
    articles: int | None
    words: int | None
    seconds: float
    peak_rss: int | None = None
    peak_pss: int | None = None

    @property
    def words_per_second(self) -> float | None:
        return self.words / self.seconds if self.words and self.seconds else None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="generated articles for the comparison rows")
    parser.add_argument("--landing", type=Path, help="measure this folder instead of a generated corpus")
    parser.add_argument("--scale", default="5000,30000", help="night sizes for the memory rows ('' to skip)")
    parser.add_argument("--new", type=int, default=1000, help="articles of the incremental night")
    parser.add_argument("--processes", type=int, default=default_processes())
    parser.add_argument("--scale-out", type=int, nargs="?", const=SCALE_OUT_ARTICLES, metavar="ARTICLES",
                        help=f"also run the night on 1 and 2 local Dask workers [{SCALE_OUT_ARTICLES} articles]")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    env = {**os.environ, "PREFECT_HOME": str(work / "prefect")}
    try:
        run_dateline("warm-up", work / "seeds.duckdb", SEEDS, env, args.processes)  # creates Prefect's database
        scales = sorted(int(n) for n in args.scale.split(",") if n.strip())
        largest = max(scales + [args.articles, args.scale_out or 0]) + args.new
        corpus = list(generate_articles(largest)) if scales or not args.landing else []
        landing = args.landing or write_jsonl(corpus[:args.articles], work / "landing")[0].parent
        fixed = fixed_cost_rows(work, env, args.processes)
        rows = compare(landing, work, env, args.processes)
        scale_rows, incremental, publishing, pages, backfill = [], [], [], [], []
        for size in scales:
            folder = write_jsonl(corpus[:size], work / f"landing-{size}")[0].parent
            scale_rows.append(run_dateline(f"dateline run, {size:,} articles", work / f"scale-{size}.duckdb", folder,
                                           env, args.processes).row)
            publishing.append(publish_row(size, work / f"scale-{size}.duckdb", scale_rows[-1]))
            pages.append(pages_row(size, work / f"scale-{size}.duckdb", scale_rows[-1], work, env))
        if scales and args.new:
            incremental = incremental_rows(corpus[scales[-1]:scales[-1] + args.new], scales[-1], work, env,
                                           args.processes)
        if scales:
            backfill = [backfill_row(work / f"scale-{scales[-1]}.duckdb", work / f"landing-{scales[-1]}", work, env,
                                     args.processes)]
        print_fixed_cost(*fixed)
        print_report(rows, scale_rows, [night.row for night in incremental], args)
        for night in incremental:
            print_stages(night)
        print_publishing(publishing)
        print_pages(pages)
        if backfill:
            print_table(backfill)
        print_incidents(rows["night"], rows["bare"])
        if args.scale_out:
            folder = args.landing or write_jsonl(corpus[:args.scale_out], work / "landing-scale-out")[0].parent
            print_scale_out(scale_out_rows(folder, work, env, args.processes))
        if corpus:
            print("\nnear-duplicates on their own (benchmarks.duplicates), on the generated articles:")
            print_rows(near_duplicate_rows([a["maintext"] for a in corpus[:args.articles]]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


@dataclass(frozen=True)
class Night:
    row: Row
    summary: dict  # the run's own tallies (ops_runs.counts)
    first_article_seconds: float | None  # from the command's start to the first landing file read


def compare(landing: Path, work: Path, env: dict, processes: int) -> dict:
    night = run_dateline(f"dateline run ({processes} processes)", work / "bench.duckdb", landing, env, processes)
    bare = run_peer(f"bare spaCy NER (n_process={processes})",
                    ["bare-spacy", "--landing", str(landing), "--processes", str(processes)], env)
    naive = run_peer("naive tutorial pipeline",
                     ["naive", "--landing", str(landing), "--warehouse", str(work / "naive.duckdb")], env)
    return {"dateline": night.row, "bare": bare, "naive": naive, "night": night}


def fixed_cost_rows(work: Path, env: dict, processes: int) -> tuple[Night, Row]:
    """What a night pays around its work: `dateline run` on one article into a new warehouse (its folder's
    reference data built by the warm-up), against bare spaCy's whole process on the same article."""
    landing = work / "one-article"
    landing.mkdir()
    shutil.copy(SEEDS / "sample-article.txt", landing)
    night = run_dateline(f"dateline run, one article ({processes} processes)", work / "one-article.duckdb", landing,
                         env, processes)
    bare = run_peer("bare spaCy NER, one article", ["bare-spacy", "--landing", str(landing), "--processes", "1"], env)
    return night, bare


def print_fixed_cost(night: Night, bare: Row) -> None:
    print_table([night.row, bare])
    verdict("one-article night, seconds end to end", night.row.seconds, TARGET_ONE_ARTICLE_SECONDS,
            higher_is_better=False)
    verdict("one-article night, seconds to the first landing file read", night.first_article_seconds or 0,
            TARGET_FIRST_READ_SECONDS, higher_is_better=False)
    print(f"fixed cost beyond the model's own start-up (bare spaCy's process): {night.row.seconds - bare.seconds:.1f} s\n")


def incremental_rows(new: list[dict], held: int, work: Path, env: dict, processes: int) -> list[Night]:
    only_new = write_jsonl(new, work / "new-only", prefix="new")[0].parent
    into_empty = run_dateline(f"{len(new):,} new into an empty warehouse", work / "new-only.duckdb", only_new, env,
                              processes)
    landing = work / f"landing-{held}"
    write_jsonl(new, landing, prefix="new")  # beside the night before's files, which are skipped as unchanged
    into_full = run_dateline(f"{len(new):,} new into {held:,} held", work / f"scale-{held}.duckdb", landing, env,
                             processes)
    return [into_empty, into_full]


@dataclass(frozen=True)
class Publishing:
    articles: int
    warehouse_bytes: int
    seconds: float  # copy, fsync, rename
    night_seconds: float


def publish_row(articles: int, warehouse: Path, night: Row) -> Publishing:
    size = warehouse.stat().st_size
    started = time.perf_counter()
    with working_copy(warehouse, "bench"):
        pass
    return Publishing(articles, size, time.perf_counter() - started, night.seconds)


@dataclass(frozen=True)
class Pages:
    articles: int
    report_seconds: float
    report_bytes: int
    docs_seconds: float
    docs_bytes: int
    night_seconds: float


def pages_row(articles: int, warehouse: Path, night: Row, work: Path, env: dict) -> Pages:
    report, docs = work / f"report-{articles}.html", work / f"docs-{articles}"
    seconds = []
    for command in (["report", "--out", str(report)], ["docs", "--out", str(docs)]):
        measured = run_measured([sys.executable, "-m", "dateline.cli", *command, "--warehouse", str(warehouse)],
                                env=env)
        if measured.returncode != 0:
            raise RuntimeError(f"dateline {command[0]} failed:\n{measured.stderr[-3000:]}")
        seconds.append(measured.seconds)
    docs_bytes = sum(path.stat().st_size for path in docs.rglob("*") if path.is_file())
    return Pages(articles, seconds[0], report.stat().st_size, seconds[1], docs_bytes, night.seconds)


def backfill_row(warehouse: Path, landing: Path, work: Path, env: dict, processes: int) -> Row:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        day, = con.execute("SELECT published_at::DATE FROM dim_article GROUP BY 1 ORDER BY count(*) DESC, 1 "
                           "LIMIT 1").fetchone()
    reference = work / "reference-changed"
    shutil.copytree(SEEDS.parent, reference, ignore=shutil.ignore_patterns("landing", "broken"))
    with (reference / "entity_aliases.csv").open("a", encoding="utf-8") as table:
        table.write("Benchmark Authority,Benchmark Authority,ORG,\n")
    night = run_dateline(f"backfill of {day} after a reference change", warehouse, landing, env, processes,
                         ["backfill", "--since", str(day), "--until", str(day), "--reference-dir", str(reference)])
    return night.row


@dataclass(frozen=True)
class ScaleOut:
    row: Row
    workers: int  # extraction processes: local ones, or Dask workers


def scale_out_rows(landing: Path, work: Path, env: dict, processes: int) -> list[ScaleOut]:
    """The same night with `processes` local extraction processes, then on local Dask clusters of 1 and 2
    workers; each Dask night reports to its own temporary Prefect server, whose address travels with its tasks."""
    from distributed import LocalCluster

    from dateline.runtime import OFFLINE_ENV

    # The workers' task runs would log every batch into this report; the night's own server keeps them.
    worker_env = {**OFFLINE_ENV, "PREFECT_HOME": env["PREFECT_HOME"], "PREFECT_LOGGING_LEVEL": "WARNING"}
    local = run_dateline(f"local processes ({processes})", work / "scale-out-local.duckdb", landing, env, processes)
    rows = [ScaleOut(local.row, processes)]
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, env=worker_env) as cluster:
            night = run_dateline(f"Dask, {workers} worker{'s' if workers > 1 else ''}",
                                 work / f"scale-out-dask-{workers}.duckdb", landing, env, processes,
                                 ["run", "--dask", cluster.scheduler_address])
        rows.append(ScaleOut(night.row, workers))
    return rows


def run_dateline(name: str, warehouse: Path, landing: Path, env: dict, processes: int,
                 command: list[str] | None = None) -> Night:
    started = time.time()
    measured = run_measured([sys.executable, "-m", "dateline.cli", *(command or ["run"]), "--landing", str(landing),
                             "--warehouse", str(warehouse), "--processes", str(processes)], env=env)
    if measured.returncode != 0:
        raise RuntimeError(f"dateline run failed:\n{measured.stderr[-3000:]}")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        summary = json.loads(con.execute("SELECT counts FROM ops_runs ORDER BY started_at DESC LIMIT 1").fetchone()[0])
    stage = summary.get("stage", {})
    read_at = summary.get("timing", {}).get("first_article_read_at")
    return Night(Row(name, stage.get("articles", 0), stage.get("words", 0), measured.seconds, measured.peak_rss_bytes,
                     measured.peak_pss_bytes), summary, read_at - started if read_at else None)


def run_peer(name: str, arguments: list[str], env: dict) -> Row:
    measured = run_measured([sys.executable, "-m", "benchmarks.peers", *arguments], env=env)
    if measured.returncode != 0:
        raise RuntimeError(f"peer {arguments[0]} failed:\n{measured.stderr[-3000:]}")
    result = json.loads(measured.stdout.strip().splitlines()[-1])
    return Row(name, result["articles"], result["words"], measured.seconds, measured.peak_rss_bytes,
               measured.peak_pss_bytes)


def print_table(table: list[Row]) -> None:
    print(f"{'run':<44} {'articles':>9} {'words':>11} {'seconds':>8} {'words/s':>8} {'peak RSS MB':>12} "
          f"{'PSS MB':>7}")
    for row in table:
        print(f"{row.name:<44} {row.articles or 0:>9,} {row.words or 0:>11,} {row.seconds:>8.1f} "
              f"{row.words_per_second or 0:>8,.0f} {(row.peak_rss or 0) / MB:>12,.0f} {(row.peak_pss or 0) / MB:>7,.0f}")


def print_publishing(publishing: list[Publishing]) -> None:
    if not publishing:
        return
    print(f"\n{'publishing a warehouse of':<28} {'MB':>8} {'seconds':>8} {'share of its night':>19}")
    for row in publishing:
        print(f"{row.articles:>19,} articles {row.warehouse_bytes / MB:>8,.0f} {row.seconds:>8.2f} "
              f"{row.seconds / row.night_seconds:>19.1%}")


def print_pages(pages: list[Pages]) -> None:
    if not pages:
        return
    print(f"\n{'report and docs of':<28} {'report s':>9} {'report MB':>10} {'docs s':>7} {'docs MB':>8} "
          f"{'share of its night':>19}")
    for row in pages:
        print(f"{row.articles:>19,} articles {row.report_seconds:>9.1f} {row.report_bytes / MB:>10.2f} "
              f"{row.docs_seconds:>7.1f} {row.docs_bytes / MB:>8.2f} "
              f"{(row.report_seconds + row.docs_seconds) / row.night_seconds:>19.1%}")


def print_scale_out(rows: list[ScaleOut]) -> None:
    local = rows[0].row
    title = f"scale-out, {local.articles:,} articles"
    print(f"\n{title:<32} {'workers':>8} {'seconds':>8} {'words/s':>8} {'per worker':>11} {'vs local':>9}")
    for row in rows:
        words_per_second = row.row.words_per_second or 0
        print(f"{row.row.name:<32} {row.workers:>8} {row.row.seconds:>8.1f} {words_per_second:>8,.0f} "
              f"{words_per_second / row.workers:>11,.0f} {words_per_second / local.words_per_second:>8.2f}x")


def print_stages(night: Night) -> None:
    print(f"\nmain-process seconds per stage, {night.row.name} (extraction runs in the workers meanwhile):")
    stages = night.summary
    print("  " + ", ".join(f"{stage} {values['seconds']:.1f}" for stage, values in stages.items()
                           if isinstance(values, dict) and "seconds" in values)
          + f"; waiting for the workers {stages.get('timing', {}).get('extract_wait_seconds', 0):.1f}")


def print_report(rows: dict, scale_rows: list[Row], incremental: list[Row], args) -> None:
    print_table([rows["dateline"], rows["bare"], rows["naive"], *scale_rows, *incremental])
    print_stages(rows["night"])
    dateline, bare, naive = rows["dateline"], rows["bare"], rows["naive"]
    print()
    verdict("end-to-end / bare spaCy words/s", dateline.words_per_second / bare.words_per_second, TARGET_BARE_RATIO)
    verdict("end-to-end / naive words/s", dateline.words_per_second / naive.words_per_second, TARGET_NAIVE_RATIO)
    for row in scale_rows:
        verdict(f"peak RSS MB, {row.name}", row.peak_rss / MB, TARGET_PEAK_MB, higher_is_better=False)
    if len(scale_rows) > 1:
        verdict("peak RSS, largest / smallest night", scale_rows[-1].peak_rss / scale_rows[0].peak_rss,
                TARGET_SCALE_GROWTH, higher_is_better=False)
    if incremental:
        verdict("incremental night into a full / an empty warehouse, seconds",
                incremental[1].seconds / incremental[0].seconds, TARGET_INCREMENTAL_RATIO, higher_is_better=False)
    first = rows["night"].first_article_seconds
    if first is not None:
        print(f"time from `dateline run` to the first landing file read: {first:.1f} s")


def print_incidents(night: Night, bare: Row) -> None:
    """Incidents, near-duplicates and clustering in the night, against the NER time of bare spaCy."""
    timing = night.summary.get("timing", {})
    parts = {"incidents per chunk (readings, grouping, geocoding)":
             night.summary.get("incidents", {}).get("seconds", 0.0),
             "near-duplicates at the end (MinHash LSH)": timing.get("near_duplicates_at_the_end_seconds", 0.0),
             "clustering at the end": timing.get("clustering_at_the_end_seconds", 0.0)}
    print(f"\nincidents in {night.row.name} ({night.row.articles:,} articles), main-process seconds:")
    for label, seconds in parts.items():
        print(f"  {label:<66} {seconds:>7.2f}")
    print(f"  {'(their Great Expectations checks, per chunk)':<66} {timing.get('incident_checks_seconds', 0.0):>7.2f}")
    verdict("incidents, near-duplicates and clustering / bare spaCy NER seconds",
            sum(parts.values()) / bare.seconds, TARGET_INCIDENTS_SHARE, higher_is_better=False)


def verdict(label: str, value: float, target: float, higher_is_better: bool = True) -> None:
    met = value >= target if higher_is_better else value <= target
    print(f"{label}: {value:,.2f} (target {'>=' if higher_is_better else '<='} {target:,.2f}) "
          f"{'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
