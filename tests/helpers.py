"""What the test modules share that is neither a fixture nor a night (tests/nights.py): the repository's
paths, and small disks of their own. No test module imports another; they import from here."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from benchmarks.disks import NoSmallDisk, mount_small_disk, unmount
from benchmarks.disks import fill as fill  # shared with the soak (benchmarks.soak)

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SAMPLE_ARTICLE = SEEDS / "landing" / "sample-article.txt"  # the article the tests pin


@contextmanager
def small_disk(folder: Path, size_bytes: int) -> Iterator[Path]:
    """`folder` made a disk of its own, `size_bytes` big (a tmpfs), so that filling it fills nothing else;
    the test is skipped, saying why, where none can be mounted."""
    try:
        mount_small_disk(folder, size_bytes)
    except NoSmallDisk as error:
        pytest.skip(str(error))
    try:
        yield folder
    finally:
        unmount(folder)
