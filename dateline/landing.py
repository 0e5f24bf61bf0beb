"""The landing folder: every regular file below it, listed by path, size and modification time,
and read one at a time, up to the size limit."""

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


def read_landing_file(landing: Path, entry: LandingEntry, max_bytes: int) -> LandingFile:
    """The file's bytes, or None for data when it is over `max_bytes` or cannot be read (it is then
    quarantined with the reason; the night goes on)."""
    if entry.size > max_bytes:
        return LandingFile(entry.rel_path, entry.size, None, entry.modified_ns)
    try:
        data = (landing / entry.rel_path).read_bytes()
    except OSError as error:  # removed since listed, no permission, an I/O error
        return LandingFile(entry.rel_path, entry.size, None, entry.modified_ns, f"{type(error).__name__}: {error}")
    return LandingFile(entry.rel_path, entry.size, data, entry.modified_ns)
