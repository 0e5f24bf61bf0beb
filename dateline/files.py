"""Writing a file so that no reader, and no other night writing the same file, ever sees half of it."""

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: str | bytes) -> Path:
    """Write `data` (text as UTF-8) to `path` through a temporary file of its own in the same folder,
    then rename it into place. The temporary name is unique per call, so nights writing the same path
    at once never rename each other's file; the last rename wins, and each is a whole file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(partial, 0o644)  # mkstemp makes it private; the file it replaces was readable
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return path
