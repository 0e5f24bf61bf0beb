"""Small disks of their own (a tmpfs) and a filler that takes their room: a full disk on purpose, for the
soak (benchmarks.soak) and the tests (tests/helpers.py), filling nothing else."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FILLER = "filler"


class NoSmallDisk(RuntimeError):
    """A small disk of its own cannot be mounted here (no `mount` command, or not allowed to)."""


def mount_small_disk(folder: Path, size_bytes: int) -> None:
    """Make `folder` a disk of its own, `size_bytes` big (a tmpfs: it takes memory only as it is written)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_bytes}", "tmpfs", str(folder)],
                                 capture_output=True, text=True)
    except FileNotFoundError:
        raise NoSmallDisk("no `mount` command here to make a small disk of its own") from None
    if mounted.returncode != 0:
        raise NoSmallDisk("a small disk of its own cannot be mounted here: "
                          f"{(mounted.stderr.strip() or '?').splitlines()[0]}")


def unmount(folder: Path) -> None:
    subprocess.run(["umount", str(folder)], check=True)


@contextmanager
def small_disk(folder: Path, size_bytes: int) -> Iterator[Path]:
    """`folder` a disk of its own while inside; NoSmallDisk when none can be mounted."""
    mount_small_disk(folder, size_bytes)
    try:
        yield folder
    finally:
        unmount(folder)


def fill(disk: Path, leaving: int) -> Path:
    """Take all but `leaving` bytes of the disk, as another program's files would."""
    filler = disk / FILLER
    filler.unlink(missing_ok=True)
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        os.posix_fallocate(fd, 0, shutil.disk_usage(disk).free - leaving)
    finally:
        os.close(fd)
    return filler
