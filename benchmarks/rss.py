"""Peak memory and output timings of a whole process tree, from /proc (Linux; no psutil).

    measured = run_measured([sys.executable, "-m", "benchmarks.peers", "naive", ...])
    measured.peak_rss_bytes, measured.seconds, measured.first_line_at("first article read")

The command runs under subprocess; every `interval` seconds the process and all its descendants
(found by parent pid in /proc/<pid>/stat) are summed: VmRSS, and PSS from smaps_rollup. The RSS sum
counts pages shared by forked workers once per process, so it overstates a tree that forks after
loading a model; the PSS sum splits shared pages between their sharers and is the tree's footprint.
A peak shorter than `interval`, or one in a process orphaned by its parent's exit, can be missed.

Both output streams are read line by line in background threads, each line stamped with the seconds
since start. Python block-buffers a piped stdout, so PYTHONUNBUFFERED=1 is set unless `env` sets it.
"""

import os
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

PROC = Path("/proc")


@dataclass(frozen=True)
class Measured:
    """One finished run: its outcome, wall seconds, peak memory of the tree and timed output lines."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_bytes: int  # sum of VmRSS over the tree, at the sample where that sum was highest
    peak_pss_bytes: int  # the same for PSS (0 where smaps_rollup cannot be read)
    line_times: list[tuple[float, str]] = field(default_factory=list)  # (seconds since start, line), stdout and stderr

    def first_line_at(self, marker: str) -> float | None:
        """Seconds from start to the first line, on either stream, that contains `marker`."""
        return next((at for at, line in self.line_times if marker in line), None)


def run_measured(cmd: list[str], env: dict[str, str] | None = None, cwd: str | Path | None = None,
                 interval: float = 0.05) -> Measured:
    """Run `cmd` to its end, sampling the memory of its process tree every `interval` seconds."""
    env = dict(os.environ if env is None else env)
    env.setdefault("PYTHONUNBUFFERED", "1")
    line_times: list[tuple[float, str]] = []
    lock = threading.Lock()
    started = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    streams = {"stdout": [], "stderr": []}
    readers = [threading.Thread(target=_read_lines, args=(pipe, streams[name], line_times, lock, started), daemon=True)
               for name, pipe in (("stdout", process.stdout), ("stderr", process.stderr))]
    for reader in readers:
        reader.start()

    peak_rss = peak_pss = 0
    while True:
        rss, pss = tree_memory(process.pid)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        if process.poll() is not None:
            break
        time.sleep(interval)
    for reader in readers:
        reader.join()
    seconds = time.perf_counter() - started
    return Measured(process.returncode, "".join(streams["stdout"]), "".join(streams["stderr"]), seconds,
                    peak_rss, peak_pss, sorted(line_times, key=lambda item: item[0]))


def _read_lines(pipe: IO[bytes], lines: list[str], line_times: list[tuple[float, str]],
                lock: threading.Lock, started: float) -> None:
    for raw in iter(pipe.readline, b""):
        at = time.perf_counter() - started
        line = raw.decode("utf-8", errors="replace")
        lines.append(line)
        with lock:
            line_times.append((at, line.rstrip("\r\n")))
    pipe.close()


def tree_memory(root: int) -> tuple[int, int]:
    """Bytes of VmRSS and of PSS summed over `root` and its descendants, as they are now."""
    pids = descendants(root) | {root}
    return sum(_rss(pid) for pid in pids), sum(_pss(pid) for pid in pids)


def descendants(root: int) -> set[int]:
    """Pids below `root`, from one scan of /proc (/proc/<pid>/task/<tid>/children needs a kernel
    option that is often off)."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            parent = _ppid(int(entry.name))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found, pending = set(), [root]
    while pending:
        for child in children.get(pending.pop(), []):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


def _ppid(pid: int) -> int | None:
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:  # gone since the listing
        return None
    return int(stat[stat.rindex(")") + 2:].split()[1])  # after "pid (comm) state"; comm may hold spaces


def _rss(pid: int) -> int:
    return _kilobytes(PROC / str(pid) / "status", "VmRSS:")


def _pss(pid: int) -> int:
    return _kilobytes(PROC / str(pid) / "smaps_rollup", "Pss:")


def _kilobytes(path: Path, key: str) -> int:
    """The `key` line of a /proc file in bytes; 0 for a process gone or a zombie (no such line)."""
    try:
        with path.open() as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0
