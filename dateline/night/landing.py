"""The landing folder: every regular file below it, listed by path, size and modification time,
and read one at a time, up to the size limit. A file still being written (its size or modification
time changes between two looks) is left for the next night, never half-read."""

import time
from dataclasses import dataclass
from pathlib import Path

from transforms.raw_articles import LandingFile


@dataclass(frozen=True)
class LandingEntry:
    rel_path: str
    size: int
    modified_ns: int


def landing_entries(landing: Path) -> list[LandingEntry]:
    """Files below `landing` (hidden ones and links skipped), ordered by relative path as a string
    (the order records are versioned in)."""
    entries = []
    for path in landing.rglob("*"):
        parts = path.relative_to(landing).parts
        if any(part.startswith(".") for part in parts) or path.is_symlink() or not path.is_file():
            continue
        stat = path.stat()
        entries.append(LandingEntry("/".join(parts), stat.st_size, stat.st_mtime_ns))
    return sorted(entries, key=lambda e: e.rel_path)


SETTLE_SECONDS = 1.0  # a file modified more recently than this is looked at a second time


def still_being_written(landing: Path, entries: list[LandingEntry], settle_seconds: float = SETTLE_SECONDS,
                        now: float | None = None) -> set[str]:
    """Paths of the files modified within the last `settle_seconds` whose size or modification time
    has changed when looked at again, `settle_seconds` after their last change (one wait a night)."""
    now = time.time() if now is None else now
    recent = [e for e in entries if now - e.modified_ns / 1e9 < settle_seconds]
    if not recent:
        return set()
    time.sleep(max(0.0, settle_seconds - (now - max(e.modified_ns for e in recent) / 1e9)))
    return {e.rel_path for e in recent if _look(landing, e) != (e.size, e.modified_ns)}


def _look(landing: Path, entry: LandingEntry) -> tuple[int, int] | None:
    try:
        stat = (landing / entry.rel_path).stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def read_landing_file(landing: Path, entry: LandingEntry, max_bytes: int) -> LandingFile | None:
    """The file's bytes, or None for data when it is over `max_bytes` or cannot be read (it is then
    quarantined with the reason; the night goes on). None when it changed since it was listed: it
    is still being written, and is read on a later night."""
    if entry.size > max_bytes:
        return LandingFile(entry.rel_path, entry.size, None, entry.modified_ns)
    try:
        data = (landing / entry.rel_path).read_bytes()
    except OSError as error:  # removed since listed, no permission, an I/O error
        return LandingFile(entry.rel_path, entry.size, None, entry.modified_ns, f"{type(error).__name__}: {error}")
    if len(data) != entry.size or _look(landing, entry) != (entry.size, entry.modified_ns):
        return None
    return LandingFile(entry.rel_path, entry.size, data, entry.modified_ns)
