"""A full disk, said plainly: which folder ran out, what the write needed and what was free.

The OS and DuckDB each say it their own way: OSError ENOSPC from a copy, "No space left on device"
inside a duckdb.Error (a commit, a checkpoint), a spill that "failed to offload" once its folder's
free space was used up. The night turns each into one DiskFull whose message an operator can act on:

    disk full at /data: copying the warehouse needs 1.3 GB (its 1.2 GB and 16.8 MB to spare), 300 MB free;
    the published warehouse is unchanged
"""

import errno
import os
import re
import shutil
from pathlib import Path

import duckdb

FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)
_FULL_WORDS = {os.strerror(number) for number in FULL_ERRNOS} | {"No space left on device", "Disk quota exceeded"}
# DuckDB caps its spill at the free space of the spill folder's disk and says so by the setting's name.
_SPILL_FULL = ("failed to offload", "max_temp_directory_size")
_FILE_IN_MESSAGE = re.compile(r'file "([^"]+)"')  # DuckDB: Could not write file "<path>": No space left on device


class DiskFull(OSError):
    """A write found no room on its disk. The message names the folder, the bytes needed (when known)
    and the bytes free; `needed` and `free` hold them exactly."""

    def __init__(self, message: str, folder: Path, needed: int | None, free: int | None):
        super().__init__(errno.ENOSPC, message, str(folder))
        self.message, self.folder, self.needed, self.free = message, folder, needed, free

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):  # OSError's would rebuild it from (errno, message)
        return type(self), (self.message, self.folder, self.needed, self.free)


def is_disk_full(error: BaseException) -> bool:
    """Whether `error` says a disk (or the user's quota on it) was full."""
    if isinstance(error, OSError):
        return error.errno in FULL_ERRNOS
    if isinstance(error, duckdb.Error):
        text = str(error)
        return any(words in text for words in _FULL_WORDS) or all(words in text for words in _SPILL_FULL)
    return False


def failing_folder(error: BaseException, default: Path) -> Path:
    """The folder of the file a disk-full error names (the nearest that still exists: a spill folder is
    removed with its night), else `default`."""
    named = (error.filename2 or error.filename) if isinstance(error, OSError) else None  # a copy's: (from, to)
    if not named and (found := _FILE_IN_MESSAGE.search(str(error))):
        named = found.group(1)
    if not named:
        return default
    folder = Path(os.fsdecode(named)).absolute().parent
    return next((ancestor for ancestor in (folder, *folder.parents) if ancestor.exists()), folder)


def free_bytes(folder: Path) -> int | None:
    """Bytes free to this process on `folder`'s disk (None when it cannot be asked)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def same_disk(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def disk_full(folder: Path, doing: str, needed: int | None, outcome: str, *, at_least: bool = False, why: str = "",
              free: int | None = None) -> DiskFull:
    """The error for `doing` having found `folder`'s disk full: it needs `needed` bytes (more than
    that with `at_least`; `why` explains the figure), `free` are free (asked of the disk unless given)."""
    folder = folder.absolute()
    free = free_bytes(folder) if free is None else free
    said = f"{doing} needs {'more than ' if at_least else ''}{size(needed)}{why}" if needed is not None \
        else f"{doing} ran out of space"
    if free is not None:
        said += f", {size(free)} free"
    return DiskFull(f"disk full at {folder}: {said}; {outcome}", folder, needed, free)


def size(count: int) -> str:
    """Bytes as a person reads them: 950 bytes, 12.3 kB, 300 MB, 1.2 GB (powers of 1000, as `df -H`)."""
    if count < 1000:
        return f"{count} bytes"
    value = float(count)
    for unit in ("kB", "MB", "GB", "TB", "PB"):
        value /= 1000
        said = f"{value:.1f}" if value < 99.95 else f"{value:.0f}"
        if float(said) < 1000 or unit == "PB":
            return f"{said} {unit}"
    raise AssertionError("unreachable")


def bytes_on_disk(*paths: Path) -> int:
    """The bytes that files, and folders' files, take up (what removing them gives back)."""
    total = 0
    for path in paths:
        files = path.rglob("*") if path.is_dir() else [path]
        for file in files:
            try:
                total += file.lstat().st_blocks * 512
            except OSError:  # gone meanwhile
                pass
    return total
