"""A long run (`make soak`): thirty nights in a row over a changing landing folder, with faults between and
inside them, then an accounting of every record landed. Target: the soak loses nothing.

    python -m benchmarks.soak [--nights 30] [--articles-per-night 4] [--work DIR] [--processes 1] [--seed N]

Each night is a whole `dateline run` process, started as a user starts it, with no Prefect server. Before
it the landing folder changes (benchmarks.soak_landing: new articles in every format, files changed,
copied and touched, syndicated copies). Around it, a fault from a schedule the seed fixes
(benchmarks.soak_faults): the process killed outright (SIGKILL) or stopped (SIGTERM) a moment after a step
of the night begins, the disk filled before the night or during it, corrupt files among the new ones, an
analyst holding the published file open, read-only or read-write, all night. The warehouse lives on a
small disk of its own (a tmpfs: mounting one needs root; without it the full-disk faults are skipped,
saying so).

After each night (benchmarks.soak_checks) the published warehouse must open and be whole: the warehouse's
own key checks pass over every article, no row comes from a run that did not succeed, every article's
newest version is the one loaded, and a night that published wrote the rows its own record counts. A night
that did not publish must leave every table but ops_runs and ops_dq_results as it was and record itself as
its fault says (cancelled when stopped; failed, or not at all, on a full disk; nothing when killed). Its
exit code and message must be the fault's, no working copy may stay but a killed night's (the next night
deletes it), and no process of the night may outlive it.

At the end every record written is looked for (benchmarks/soak_sql/records.sql): in the raw layer, linked
as a duplicate of its first copy, or in quarantine with its reason; and every file's last version in
ops_landing_manifest. It exits 1 when a record is lost or not where planned, a file was not read, or a
night's check failed.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from benchmarks.disks import NoSmallDisk, mount_small_disk, unmount
from benchmarks.run import verdict
from benchmarks.soak_checks import NO_WAREHOUSE, Accounting, Outcome, State, account, night_outcome
from benchmarks.soak_faults import CORRUPT, KINDS, NONE, Fault, Injection, Where, injection_for, schedule
from benchmarks.soak_landing import Landing

SEED = 20261205
WAREHOUSE = "dateline.duckdb"
DISK_BYTES = 256 * 2**20  # the warehouse, a working copy, the reference data and the pages, with room to spare
NIGHT_TIMEOUT_SECONDS = 900
EXIT_GRACE_SECONDS = 5.0  # for a night's other processes to follow it out
SHOWN_ROWS = 20  # of each kind of problem the accounting finds


@dataclass(frozen=True)
class Night:
    number: int
    fault: Fault
    changes: str  # what changed in the landing folder before it
    exit_code: int
    seconds: float
    outcome: Outcome
    notes: list[str]  # what the fault did
    problems: list[str]  # the outcome's, the fault's, and processes left behind
    missed: bool  # the fault could not act

    @property
    def ok(self) -> bool:
        return not self.problems


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nights", type=int, default=30)
    parser.add_argument("--articles-per-night", type=int, default=4, help="new generated articles each night")
    parser.add_argument("--work", type=Path, help="an empty folder to work in, kept afterwards (default: a temporary one)")
    parser.add_argument("--processes", type=int, default=1, help="extraction processes of each night")
    parser.add_argument("--seed", type=int, default=SEED, help="the faults' schedule and the landing folder's changes")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="dateline-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.work and any(work.iterdir()):
        parser.error(f"--work {work} is not empty")
    try:
        with warehouse_folder(work, keep=args.work is not None) as (folder, is_small_disk):
            whole = soak(args, work, folder / WAREHOUSE, folder if is_small_disk else None)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    sys.exit(0 if whole else 1)


@contextmanager
def warehouse_folder(work: Path, keep: bool) -> Iterator[tuple[Path, bool]]:
    """The warehouse's folder, and whether it is a small disk of its own (the full-disk faults need one).
    A kept work folder keeps a copy of the warehouse once the small disk is gone."""
    folder = work / "disk"
    try:
        mount_small_disk(folder, DISK_BYTES)
    except NoSmallDisk as error:
        print(f"{error}: the full-disk faults are skipped\n")
        yield folder, False
        return
    try:
        yield folder, True
    finally:
        if keep and (folder / WAREHOUSE).exists():
            shutil.copy(folder / WAREHOUSE, work / WAREHOUSE)
        unmount(folder)


def soak(args: argparse.Namespace, work: Path, warehouse: Path, small_disk: Path | None) -> bool:
    """Every night in turn, then the accounting; whether nothing was lost and every check passed."""
    started = time.perf_counter()
    landing = Landing(work / "landing", args.articles_per_night, args.seed)
    logs = work / "logs"
    logs.mkdir()
    print(f"{args.nights} nights, {args.articles_per_night} new articles each, in {work}\n")
    print(f"{'night':>5}  {'fault':<29} {'exit':>4} {'seconds':>7} {'read':>4} {'quar.':>5} {'published':>9} "
          f"{'check':<6} what happened")
    nights, state = [], NO_WAREHOUSE
    for number, fault in enumerate(schedule(args.nights, args.seed), start=1):
        changes = landing.prepare(number, corrupt=fault.kind == CORRUPT)
        where = Where(warehouse, logs / f"night-{number:02d}.log", small_disk)
        night, state = run_night(number, fault, changes, where, landing.folder, args.processes, state)
        if night.outcome.published:
            landing.published_through = number
        print_night(night)
        nights.append(night)
    accounting = account(warehouse, landing)
    print_summary(nights, accounting, time.perf_counter() - started)
    return all(night.ok for night in nights) and accounting.is_whole


def run_night(number: int, fault: Fault, changes: str, where: Where, landing: Path, processes: int,
              before: State) -> tuple[Night, State]:
    """One night as a whole `dateline run` process, its fault around it; checked once it has ended."""
    injection = injection_for(fault, where)
    try:
        injection.before()
        with where.log.open("w") as log:
            started = time.perf_counter()
            process = subprocess.Popen(night_command(landing, where.warehouse, processes), stdout=log,
                                       stderr=subprocess.STDOUT, env=night_env(), cwd=where.log.parent,
                                       start_new_session=True)  # its own session: what outlives it can be found
        try:
            injection.during(process)
            exit_code, problems = wait_for(process)
        finally:
            if process.poll() is None:  # the soak itself stopped
                process.kill()
        seconds = time.perf_counter() - started
        problems += stop_left_behind(process.pid)
    finally:
        injection.after()
    outcome, after = checked_outcome(before, where, exit_code, injection)
    night = Night(number, fault, changes, exit_code, seconds, outcome, injection.notes,
                  outcome.problems + injection.problems + problems, injection.missed)
    return night, after


def night_command(landing: Path, warehouse: Path, processes: int) -> list[str]:
    return [sys.executable, "-m", "dateline.cli", "run", "--landing", str(landing), "--warehouse", str(warehouse),
            "--processes", str(processes)]


def night_env() -> dict[str, str]:
    """The soak's environment without a Prefect API to report to: each night runs plainly, as `dateline
    run` does for a user with no Prefect server."""
    return {name: value for name, value in os.environ.items() if name != "PREFECT_API_URL"}


def wait_for(process: subprocess.Popen) -> tuple[int, list[str]]:
    try:
        return process.wait(timeout=NIGHT_TIMEOUT_SECONDS), []
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait(), [f"still running after {NIGHT_TIMEOUT_SECONDS} s: killed"]


def checked_outcome(before: State, where: Where, exit_code: int, injection: Injection) -> tuple[Outcome, State]:
    try:
        return night_outcome(before, where.warehouse, exit_code, where.log.read_text(errors="replace"),
                             injection.expect)
    except duckdb.Error as error:
        return Outcome(None, False, [f"the published warehouse cannot be read: {error}"]), before


def stop_left_behind(session: int) -> list[str]:
    """Processes of the night's session still running a moment after it ended (its extraction workers, say):
    named as a problem, then killed, so that the next nights do not pay for them."""
    deadline = time.monotonic() + EXIT_GRACE_SECONDS
    while (left := processes_in_session(session)) and time.monotonic() < deadline:
        time.sleep(0.1)
    if not left:
        return []
    said = [f"{pid} ({command_line(pid)[:80]})" for pid in left]
    for pid in left:
        with suppress(ProcessLookupError):  # ended meanwhile
            os.kill(pid, signal.SIGKILL)
    return [f"{len(left)} of its processes outlived it: {'; '.join(said)}"]


def command_line(pid: int) -> str:
    """Its arguments, without the interpreter's path."""
    try:
        arguments = (Path("/proc") / str(pid) / "cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:  # ended meanwhile
        return "?"
    return " ".join(arguments[1:]).strip()


def processes_in_session(session: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, _, _, process_session = stat.read_text().rsplit(")", 1)[1].split()[:4]
        except OSError:  # ended meanwhile
            continue
        if int(process_session) == session and state != "Z":
            found.append(int(stat.parent.name))
    return found


def print_night(night: Night) -> None:
    ingest = night.outcome.run.counts.get("ingest", {}) if night.outcome.run else {}
    fault = night.fault.kind if night.fault.kind != NONE else ""
    print(f"{night.number:>5}  {fault:<29} {night.exit_code:>4} {night.seconds:>7.1f} {ingest.get('records', '-'):>4} "
          f"{ingest.get('quarantined', '-'):>5} {'yes' if night.outcome.published else 'no':>9} "
          f"{'ok' if night.ok else 'FAILED':<6} {'; '.join([night.changes, *night.notes])}", flush=True)
    for problem in night.problems:
        print(f"{'':>7}! {problem}")


def print_summary(nights: list[Night], accounting: Accounting, seconds: float) -> None:
    published = sum(night.outcome.published for night in nights)
    planned = Counter(night.fault.kind for night in nights)
    acted = Counter(night.fault.kind for night in nights if not night.missed)
    print(f"\n{len(nights)} nights in {seconds / 60:.1f} min: {published} published, {len(nights) - published} not")
    print("faults that acted (of those planned): "
          + ", ".join(f"{kind} {acted[kind]}" + (f" (of {planned[kind]})" if acted[kind] != planned[kind] else "")
                      for kind in KINDS if planned[kind]))
    found = Counter(dict(accounting.records.group_by("found").len().iter_rows()))
    print(f"records written: {accounting.records.height:,} in {accounting.files.height:,} files; found "
          f"in the raw layer {found['article'] + found['duplicate'] + found['repaired']:,} "
          f"({found['duplicate']} of them duplicates linked to their first copy, {found['repaired']} read with "
          f"bad bytes replaced), in quarantine {found['quarantined'] + found['repaired']:,} "
          f"({found['repaired']} of them as repaired); lost {found['lost']}")
    print(f"files whose last version ops_landing_manifest holds, with its records: "
          f"{accounting.files.height - accounting.unread_files.height:,} of {accounting.files.height:,}")
    show("lost", accounting.lost)
    show("found, but not as planned", accounting.misplaced)
    show("files not read in their last version", accounting.unread_files)
    show("quarantine rows the soak did not plan (not a loss)", accounting.unplanned)
    print()
    verdict("records lost", found["lost"], 0, higher_is_better=False)
    verdict("nights whose checks failed", sum(not night.ok for night in nights), 0, higher_is_better=False)


def show(title: str, rows: pl.DataFrame) -> None:
    if rows.height:
        print(f"{title}:")
        with pl.Config(tbl_rows=SHOWN_ROWS, tbl_width_chars=140, fmt_str_lengths=60):
            print(rows.head(SHOWN_ROWS))


if __name__ == "__main__":
    main()
