"""Progress of a night's long stages on the terminal: done, rate and time left, redrawn in place on
standard error when it is a terminal and absent otherwise, so Prefect's logs and CI output get none."""

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from tqdm import tqdm


@contextmanager
def progress(description: str, unit: str, total: int | None = None,
             stream: TextIO | None = None) -> Iterator[tqdm]:
    """A bar to `update(n)` as work is done; `total` may be set later (bar.total = n)."""
    stream = stream or sys.stderr
    # The size when it starts: a terminal that reports none (0 x 0, as a bare pseudo-terminal does) gets
    # 100 x 24, since tqdm hides every bar below a screen of 0 rows.
    columns, rows = shutil.get_terminal_size((100, 24))
    bar = tqdm(desc=description, unit=f" {unit}", total=total, file=stream, disable=not _is_terminal(stream),
               ncols=columns, nrows=rows, smoothing=0.1, leave=True)
    try:
        yield bar
    finally:
        bar.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False
