"""Extraction in worker processes: each loads the model, the gazetteer's rulers and the count rules
once, then finds spans and counts in batch after batch while the main process stages, resolves,
checks and writes the chunks before and after.

Workers are spawned (never forked: the main process runs Prefect's and DuckDB's threads), and this
module imports only what extraction needs, so each worker stays small. dateline.extraction.dask_workers runs the
same Finder on the workers of a Dask cluster.
"""

import functools
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Protocol

import polars as pl

from dateline.extraction.reference import load_count_rules, load_gazetteer
from dateline.extraction.versions import extractor_version
from transforms.counts import STG_COUNT_SCHEMA, CountRules, stg_counts
from transforms.duplicates import SIGNATURE_SCHEMA, minhash_signatures
from transforms.gazetteer import Gazetteer
from transforms.ner import SPAN_SCHEMA, SpacyExtractor, extract_spans
from transforms.spans import repair_spans


class Finder:
    """Entity spans (spaCy NER between the gazetteer's rulers, then span repair), counts and MinHash
    signatures of article bodies: what each extraction worker holds, loaded once."""

    def __init__(self, model: str, batch_size: int, gazetteer: Gazetteer, count_rules: CountRules):
        self.extractor = SpacyExtractor(model, batch_size, gazetteer.ruler_patterns)
        self.gazetteer = gazetteer
        self.count_rules = count_rules

    def find(self, articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
        """Spans (SPAN_SCHEMA), counts (STG_COUNT_SCHEMA) and MinHash signatures (SIGNATURE_SCHEMA) of
        `articles` (article_id, body)."""
        spans = extract_spans(self.extractor, articles, lambda text, found: repair_spans(text, found, self.gazetteer))
        return spans, stg_counts(articles, self.count_rules), minhash_signatures(articles)


_finder: Finder | None = None  # the worker's own


def _start_worker(model: str, batch_size: int, reference_dir: Path, cache_dir: Path) -> None:
    global _finder
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the main process decides
    _exit_with_parent()
    gazetteer = load_gazetteer(reference_dir, cache_dir)  # built by the main process, read from its cache
    _finder = Finder(model, batch_size, gazetteer, load_count_rules(reference_dir))


def _exit_with_parent() -> None:
    """End this worker when the night's process ends, however it ends: a process killed outright
    (SIGKILL, the kernel's out-of-memory killer) cannot tell its workers, which would wait for work for
    ever, each holding a model's memory (the soak found them)."""
    parent = multiprocessing.parent_process()

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="dateline-parent-watch", daemon=True).start()


def _find(articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    return _finder.find(articles)


_local_lock = threading.Lock()  # nights on threads of one process share its Finder, one batch at a time


def local_finder(model: str, batch_size: int, reference_dir: Path, cache_dir: Path) -> Finder:
    """This process's own Finder, kept from one night to the next in one process (a script or
    notebook calling the flow again, a test session) and built again when the model or a reference
    table changes."""
    with _local_lock:
        return _cached_local_finder(model, batch_size, reference_dir, cache_dir,
                                    extractor_version(model, reference_dir))


@functools.lru_cache(maxsize=1)  # one model in memory: a night with other tables replaces it
def _cached_local_finder(model: str, batch_size: int, reference_dir: Path, cache_dir: Path, version: str) -> Finder:
    return Finder(model, batch_size, load_gazetteer(reference_dir, cache_dir), load_count_rules(reference_dir))


def batches(articles: pl.DataFrame, batch_size: int) -> list[pl.DataFrame]:
    """`articles` in slices of batch_size rows: the unit a worker extracts at once."""
    return [articles.slice(offset, batch_size) for offset in range(0, articles.height, batch_size)]


class Pending(Protocol):
    """A batch still being extracted: a process pool's Future or a Prefect task run's PrefectFuture."""

    def result(self) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]: ...


class Findings:
    """The spans, counts and signatures of one chunk, as its batches finish."""

    def __init__(self, parts: list[Pending] | list[tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]]):
        self._parts = parts

    def result(self) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
        done = [part if isinstance(part, tuple) else part.result() for part in self._parts]
        return tuple(pl.concat([part[i] for part in done]) if done else pl.DataFrame(schema=schema)
                     for i, schema in enumerate((SPAN_SCHEMA, STG_COUNT_SCHEMA, SIGNATURE_SCHEMA)))


class FinderPool:
    """`processes` workers; with one, extraction runs here, in this process, when asked. The
    gazetteer must be in `cache_dir` already (dateline.extraction.reference.load_gazetteer puts it there)."""

    def __init__(self, model: str, batch_size: int, processes: int, reference_dir: Path, cache_dir: Path):
        self.batch_size = batch_size
        self._args = (model, batch_size, reference_dir, cache_dir)
        self._local: Finder | None = None  # taken at the first batch, then the same all night
        self._executor = None
        if processes > 1:
            # Only paths go to the workers: a large argument would hold this process until each
            # worker had started and read it.
            self._executor = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_start_worker, initargs=self._args)
            # One worker starts now, loading the model while the night reads; the pool starts the others
            # when a batch finds no worker idle (a small night never pays for a model it does not use).
            self._executor.submit(int)

    def submit(self, articles: pl.DataFrame) -> Findings:
        """Spans, counts and signatures of `articles` (article_id, body), in batches of batch_size."""
        if self._executor is not None:
            return Findings([self._executor.submit(_find, batch) for batch in batches(articles, self.batch_size)])
        if self._local is None:
            self._local = local_finder(*self._args)
        with _local_lock:
            return Findings([self._local.find(batch) for batch in batches(articles, self.batch_size)])

    def close(self, abandon: bool = False) -> None:
        """Stop the workers: told to exit once their batches are done, without waiting for them (a process
        holding the model takes a second to exit, while the night writes its pages; the interpreter joins
        them at its exit), or at once when the night is `abandon`ed (it failed or was stopped, and nobody
        waits for its batches)."""
        if self._executor is None:
            return
        processes = list((getattr(self._executor, "_processes", None) or {}).values())  # no public handle before 3.14
        self._executor.shutdown(wait=False, cancel_futures=True)
        if abandon:
            for process in processes:
                process.terminate()
            for process in processes:
                process.join(timeout=5)
