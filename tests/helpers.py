"""What the test modules share that is neither a fixture nor a night (tests/nights.py): the repository's
paths, and small disks of their own. No test module imports another; they import from here."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SAMPLE_ARTICLE = SEEDS / "landing" / "sample-article.txt"  # the article the tests pin


@contextmanager
def small_disk(folder: Path, size_bytes: int) -> Iterator[Path]:
    """`folder` made a disk of its own, `size_bytes` big (a tmpfs), so that filling it fills nothing else."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_bytes}", "tmpfs", str(folder)],
                                 capture_output=True, text=True)
    except FileNotFoundError:
        pytest.skip("no `mount` command here to make a small disk of its own")
    if mounted.returncode != 0:
        pytest.skip(f"a small disk of its own cannot be mounted here: {(mounted.stderr.strip() or '?').splitlines()[0]}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def fill(disk: Path, leaving: int) -> Path:
    """Take all but `leaving` bytes of the disk, as another program's files would."""
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        os.posix_fallocate(fd, 0, shutil.disk_usage(disk).free - leaving)
    finally:
        os.close(fd)
    return filler
