"""The landing folder: every regular file below it, in a stable order, read up to the size limit."""

from pathlib import Path
from typing import Iterator

from transforms.raw_articles import LandingFile


def landing_files(landing: Path, max_bytes: int) -> Iterator[LandingFile]:
    """Files below `landing` (hidden ones and links skipped); a file over `max_bytes` is not read."""
    for path in sorted(landing.rglob("*")):
        rel_path = path.relative_to(landing).as_posix()
        if any(part.startswith(".") for part in path.relative_to(landing).parts):
            continue
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        yield LandingFile(rel_path, size, path.read_bytes() if size <= max_bytes else None)
