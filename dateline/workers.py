"""Extraction in worker processes: each loads the model, the gazetteer's rulers and the count rules
once, then finds spans and counts in batch after batch while the main process stages, resolves,
checks and writes the chunks before and after.

Workers are spawned (never forked: the main process runs Prefect's and DuckDB's threads).
"""

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor

import polars as pl

from dateline.stages import Finder
from transforms.counts import CountRules, STG_COUNT_SCHEMA
from transforms.gazetteer import Gazetteer
from transforms.ner import SPAN_SCHEMA

_finder: Finder | None = None  # the worker's own


def _start_worker(model: str, batch_size: int, gazetteer: Gazetteer, count_rules: CountRules) -> None:
    global _finder
    _finder = Finder(model, batch_size, gazetteer, count_rules)


def _find(articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    return _finder.find(articles)


class Findings:
    """The spans and counts of one chunk, as its batches finish."""

    def __init__(self, parts: list[Future] | list[tuple[pl.DataFrame, pl.DataFrame]]):
        self._parts = parts

    def result(self) -> tuple[pl.DataFrame, pl.DataFrame]:
        done = [part.result() if isinstance(part, Future) else part for part in self._parts]
        spans = pl.concat([s for s, _ in done]) if done else pl.DataFrame(schema=SPAN_SCHEMA)
        counts = pl.concat([c for _, c in done]) if done else pl.DataFrame(schema=STG_COUNT_SCHEMA)
        return spans, counts


class FinderPool:
    """`processes` workers; with one, extraction runs here, in this process, when asked."""

    def __init__(self, model: str, batch_size: int, processes: int, gazetteer: Gazetteer, count_rules: CountRules):
        self.batch_size = batch_size
        self._args = (model, batch_size, gazetteer, count_rules)
        self._local: Finder | None = None
        self._executor = None
        if processes > 1:
            self._executor = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_start_worker, initargs=self._args)
            for _ in range(processes):  # start the workers now: the model loads while the night reads
                self._executor.submit(int)

    def submit(self, articles: pl.DataFrame) -> Findings:
        """Spans and counts of `articles` (article_id, body), computed in batches of batch_size."""
        batches = [articles.slice(offset, self.batch_size) for offset in range(0, articles.height, self.batch_size)]
        if self._executor is not None:
            return Findings([self._executor.submit(_find, batch) for batch in batches])
        if self._local is None:
            self._local = Finder(*self._args)
        return Findings([self._local.find(batch) for batch in batches])

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
