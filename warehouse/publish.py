"""Readers get a published warehouse; a night writes a private working copy of it and publishes that
copy by an atomic rename after its last commit. One night at a time holds the warehouse's run lock.

    with run_lock(published, holder, wait_seconds):
        with working_copy(published, run_id) as work:   # a copy of the published file, private to the run
            ...                                          # the night commits chunk after chunk into `work`
        # on a clean exit `work` has replaced `published`; on an error it is deleted, `published` untouched
        # (a full disk, met copying or writing, is raised as warehouse.disk.DiskFull, saying what ran out)

Why a copy and a rename rather than writing the published file: DuckDB lets one process write a
file and then no other process open it, not even read-only, while an analyst who opened it (read-only
or not) stops any writer. A rename never waits for a lock: an analyst who holds the old file keeps
reading it whole, and every connection opened after the rename sees the new night whole.
"""

import fcntl
import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from warehouse.disk import DiskFull, bytes_on_disk, disk_full, failing_folder, free_bytes, is_disk_full, same_disk, size

WAL = ".wal"  # DuckDB's write-ahead log beside a database file
# Room a night needs beyond its copy of the warehouse before it writes: its write-ahead log grows to
# DuckDB's checkpoint threshold (16 MiB) before it is folded into the file.
COPY_MARGIN_BYTES = 16 * 2**20
UNCHANGED = "the published warehouse is unchanged"


class WarehouseBusy(RuntimeError):
    """Another run held the warehouse's run lock for longer than this run would wait."""


def lock_path(published: Path) -> Path:
    return published.with_name(f".{published.name}.lock")


def working_path(published: Path, run_id: str) -> Path:
    return published.with_name(f".{published.name}.{run_id}.working")


@contextmanager
def run_lock(published: Path, holder: dict, wait_seconds: float,
             on_wait: Callable[[str], None] = print) -> Iterator[None]:
    """Hold the warehouse's run lock (an flock on a file beside it, released by the OS if the process
    dies); while another run holds it, say which run once and wait up to `wait_seconds`."""
    published.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(published), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline, told = time.monotonic() + wait_seconds, False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                other = _holder(fd)
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(f"{published} is being written by {other}; waited {wait_seconds:.0f} s "
                                        "(raise --wait, or try again when it has finished)") from None
                if not told:
                    on_wait(f"waiting for {other}, which is writing {published} (up to {wait_seconds:.0f} s)")
                    told = True
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder, default=str).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _holder(fd: int) -> str:
    try:
        holder = json.loads(os.pread(fd, 4096, 0) or b"{}")
    except ValueError:
        holder = {}
    if not holder:
        return "another run"
    return f"run {holder.get('run_id', '?')} (pid {holder.get('pid', '?')}, started {holder.get('started_at', '?')})"


@contextmanager
def working_copy(published: Path, run_id: str) -> Iterator[Path]:
    """A private copy of the published warehouse (empty when there is none yet) for the run to write.
    On a clean exit it replaces the published file atomically; on an error (a full disk included, said
    as DiskFull) it is deleted and the published file is left exactly as it was. Call it holding the
    run lock."""
    for stale in _working_files(published):  # left by a run that was killed
        remove_database(stale)
    work = working_path(published, run_id)
    copying = True
    try:
        if published.exists():
            _copy(published, work)
        copying = False
        yield work
        publish(work, published)
    except BaseException as error:
        grew_to = bytes_on_disk(work, _wal(work), _spill(work))
        remove_database(work)
        if isinstance(error, DiskFull) or not is_disk_full(error):
            raise
        # Said once the copy is gone: the free space is what the night had, and what a run started now has.
        folder = failing_folder(error, published.parent)
        if copying:
            raise disk_full(folder, "copying the warehouse", _bytes_to_copy(published), UNCHANGED) from error
        if same_disk(folder, published.parent):
            raise disk_full(folder, "writing the night's working copy", grew_to, UNCHANGED, at_least=True,
                            why=" (its size when the disk filled)") from error
        raise disk_full(folder, "the night", None, UNCHANGED) from error


def _copy(published: Path, work: Path) -> None:
    """The published file (and its log, when someone wrote to it: keep what they committed) to `work`;
    refused before a byte is written when the disk lacks room for it and COPY_MARGIN_BYTES more."""
    needed = _bytes_to_copy(published)
    free = free_bytes(published.parent)
    if free is not None and free < needed + COPY_MARGIN_BYTES:
        raise disk_full(published.parent, "copying the warehouse", needed + COPY_MARGIN_BYTES, UNCHANGED,
                        why=f" (its {size(needed)} and {size(COPY_MARGIN_BYTES)} to spare)", free=free)
    shutil.copyfile(published, work)
    if _wal(published).exists():
        shutil.copyfile(_wal(published), _wal(work))


def _bytes_to_copy(published: Path) -> int:
    return sum(part.stat().st_size for part in (published, _wal(published)) if part.exists())


def _working_files(published: Path) -> list[Path]:
    """This warehouse's working copies (and their logs and spill folders), not another's whose name
    starts the same: run ids have no dots."""
    pattern = re.compile(rf"\.{re.escape(published.name)}\.[^./]+\.working(?:{re.escape(WAL)}|\.tmp)?")
    return [path for path in published.parent.glob(f".{published.name}.*") if pattern.fullmatch(path.name)]


def publish(work: Path, published: Path) -> None:
    """Make `work` (closed, checkpointed) the published warehouse in one rename, durably."""
    if _wal(work).exists():
        raise RuntimeError(f"{work} still has a write-ahead log: close its connection before publishing")
    _fsync(work)
    os.replace(work, published)
    # A log left beside the published file belongs to the file just replaced; DuckDB would replay it
    # onto the new one.
    _wal(published).unlink(missing_ok=True)
    _fsync(published.parent)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + WAL)


def remove_database(path: Path) -> None:
    """A DuckDB file with its write-ahead log and spill folder, whichever exist."""
    for part in (path, _wal(path)):
        if part.is_dir():
            shutil.rmtree(part, ignore_errors=True)
        else:
            part.unlink(missing_ok=True)
    shutil.rmtree(_spill(path), ignore_errors=True)


def _spill(path: Path) -> Path:
    return path.with_name(path.name + ".tmp")  # DuckDB's spill folder beside a database file


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
