"""Extraction on a Dask cluster: FinderPool's interface, with each batch of a chunk a Prefect task run
on a Dask worker (prefect_dask.DaskTaskRunner). Each worker process loads the model, the gazetteer's
rulers and the count rules once and keeps them for every later batch.

Only the batch (article_id, body) and a few names go to a worker, and its spans, counts and
signatures come back: the night's writes stay in the coordinating process, in its working copy. A
worker needs the project installed at the same version; its extractor version is checked against the
coordinator's, so facts are never stamped with a version that did not make them.
"""

import functools
import threading
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from distributed import Future, get_worker
from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect_dask import DaskTaskRunner

from dateline.extraction.reference import load_count_rules, load_gazetteer
from dateline.extraction.versions import extractor_version
from dateline.extraction.workers import Finder, Findings, batches
from dateline.parameters import bundled_reference_dir

WORKER_WAIT_SECONDS = 60  # for the cluster's first worker, then the night fails rather than wait unseen


class WorkerMismatch(RuntimeError):
    """A worker's installation would extract differently from the coordinator's."""


@dataclass(frozen=True)
class FinderSpec:
    """What a worker builds its Finder from: names and paths, a few bytes with every batch."""

    model: str
    batch_size: int
    reference_dir: str | None  # None: the tables bundled with the worker's own installation
    version: str  # the coordinator's extractor version, which the worker's must equal


_finder_lock = threading.Lock()


def worker_finder(spec: FinderSpec) -> Finder:
    """This worker process's Finder for `spec`, loaded on the first call."""
    with _finder_lock:  # a worker with several threads still loads the model once
        return _cached_finder(spec)


@functools.lru_cache(maxsize=1)  # one model per worker: a spec of another night replaces it
def _cached_finder(spec: FinderSpec) -> Finder:
    reference_dir = Path(spec.reference_dir) if spec.reference_dir else bundled_reference_dir()
    version = extractor_version(spec.model, reference_dir)
    if version != spec.version:
        raise WorkerMismatch(f"Dask worker {get_worker().address} has extractor version {version}, the coordinator "
                             f"{spec.version}: install the same Dateline version, model and reference tables on both")
    # Built in half a second into the worker's own scratch space: the coordinator's cache may be on another host.
    gazetteer = load_gazetteer(reference_dir, Path(get_worker().local_directory) / "dateline-cache")
    return Finder(spec.model, spec.batch_size, gazetteer, load_count_rules(reference_dir))


@task(name="find", cache_policy=NO_CACHE, persist_result=False)
def find(articles: pl.DataFrame, spec: FinderSpec) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Spans, counts and MinHash signatures of one batch of articles (article_id, body), on a Dask worker."""
    return worker_finder(spec).find(articles)


def _warm_up(spec: FinderSpec) -> None:
    worker_finder(spec)


class DaskFinderPool:
    """FinderPool on the Dask scheduler at `address`: a chunk's batches become Prefect task runs of the
    night's flow, run by the cluster's workers."""

    def __init__(self, address: str, model: str, batch_size: int, reference_dir: Path):
        self.batch_size = batch_size
        bundled = reference_dir.resolve() == bundled_reference_dir().resolve()
        self._spec = FinderSpec(model, batch_size, None if bundled else str(reference_dir.resolve()),
                                extractor_version(model, reference_dir))
        self._runner = DaskTaskRunner(address=address).__enter__()
        try:
            client = self._runner.client  # connects
            client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
        except BaseException:
            self.close()
            raise
        # Every worker loads its model now, while the night reads its landing files (held: a released
        # future's task is cancelled).
        self._warm_ups: list[Future] = [client.submit(_warm_up, self._spec, workers=[worker], pure=False)
                                        for worker in client.scheduler_info()["workers"]]

    def submit(self, articles: pl.DataFrame) -> Findings:
        """Spans, counts and signatures of `articles` (article_id, body), in batches of batch_size."""
        return Findings([self._runner.submit(find, {"articles": batch, "spec": self._spec})
                         for batch in batches(articles, self.batch_size)])

    def close(self, abandon: bool = False) -> None:
        """Leave the cluster (its workers are its own: they keep running either way)."""
        self._runner.__exit__(None, None, None)
