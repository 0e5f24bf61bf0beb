"""What a night needs before it reads anything, slow to load, loaded one way for every caller: the
night, `dateline extract` and `make quality`."""

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.extraction.places import load_place_index
from dateline.extraction.reference import load_event_codebook, load_gazetteer, load_incident_cues
from dateline.extraction.workers import FinderPool
from dateline.parameters import NightParameters
from expectations.runner import Validator
from transforms.event_codebook import EventCodebook
from transforms.gazetteer import Gazetteer
from transforms.incidents import IncidentCues
from transforms.places import PlaceIndex

if TYPE_CHECKING:
    from dateline.extraction.dask_workers import DaskFinderPool


@dataclass(frozen=True)
class Resources:
    """The gazetteer, the extraction workers (each loading the model), the Great Expectations validator
    (seconds to import) and the place index, the last two built on a background thread."""

    gazetteer: Gazetteer
    pool: "FinderPool | DaskFinderPool"
    cues: IncidentCues
    codebook: EventCodebook
    expectations_dir: Path
    _validator: Future
    _places: Future

    @property
    def validator(self) -> Validator:
        return self._validator.result()

    @property
    def places(self) -> PlaceIndex:
        return self._places.result()

    def close(self, abandon: bool = False) -> None:
        """Stop the workers (at once when the night is `abandon`ed: failed or stopped)."""
        self.pool.close(abandon)


def load_resources(*, model: str, batch_size: int, processes: int, reference_dir: Path, expectations_dir: Path,
                   cache_dir: Path, dask: str | None = None) -> Resources:
    """The resources of a night with these parameters; the gazetteer and the place index are cached in
    `cache_dir`."""
    gazetteer = load_gazetteer(reference_dir, cache_dir)
    validator, places = in_background(Validator, lambda: load_place_index(reference_dir, cache_dir))
    return Resources(gazetteer, _finder_pool(model, batch_size, processes, reference_dir, cache_dir, dask),
                     load_incident_cues(reference_dir), load_event_codebook(reference_dir), expectations_dir,
                     validator, places)


def in_background(*loads: Callable[[], object]) -> list[Future]:
    """Each load in turn on one daemon thread, a future for each: a night that stops while they load
    exits without waiting for them (a ThreadPoolExecutor's threads are joined at exit: seconds of Great
    Expectations' import)."""
    futures = [Future() for _ in loads]

    def run() -> None:
        for load, future in zip(loads, futures):
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(load())
                except BaseException as error:
                    future.set_exception(error)

    threading.Thread(target=run, name="dateline-resources", daemon=True).start()
    return futures


def _finder_pool(model: str, batch_size: int, processes: int, reference_dir: Path, cache_dir: Path,
                 dask: str | None) -> "FinderPool | DaskFinderPool":
    """The workers of a Dask cluster when `dask` names its scheduler, else local processes."""
    if dask:
        from dateline.extraction.dask_workers import DaskFinderPool  # Dask's client only for nights that use it

        return DaskFinderPool(dask, model, batch_size, reference_dir)
    return FinderPool(model, batch_size, processes, reference_dir, cache_dir)


_prepared: dict[NightParameters, Resources] = {}  # keyed by the whole of a night's parameters


def prepare_resources(parameters: NightParameters) -> None:
    """Start loading a night's resources now; the next Night.open with these parameters takes them.
    The CLI calls this before Prefect's server starts, so both load at once."""
    if parameters not in _prepared:
        _prepared[parameters] = night_resources(parameters)


def take_resources(parameters: NightParameters) -> Resources:
    return _prepared.pop(parameters, None) or night_resources(parameters)


def night_resources(parameters: NightParameters) -> Resources:
    return load_resources(model=parameters.model, batch_size=parameters.batch_size, processes=parameters.processes,
                          reference_dir=parameters.reference_dir, expectations_dir=parameters.expectations_dir,
                          cache_dir=parameters.cache_dir, dask=parameters.dask)
