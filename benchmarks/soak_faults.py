"""The soak's faults: which night meets which (a schedule fixed by a seed), what each does before, during
and after its night, and what the night should then do."""

import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.disks import FILLER, fill
from warehouse.disk import bytes_on_disk, size
from warehouse.publish import COPY_MARGIN_BYTES

NONE = "none"
KILLED = "killed"
STOPPED = "stopped"
DISK_FULL_BEFORE = "disk full before the copy"
DISK_FULL_DURING = "disk full during the night"
CORRUPT = "corrupt files"
ANALYST_READING = "analyst holding it read-only"
ANALYST_WRITING = "analyst holding it read-write"
KINDS = (KILLED, STOPPED, DISK_FULL_BEFORE, DISK_FULL_DURING, CORRUPT, ANALYST_READING, ANALYST_WRITING)
# Log lines of a night (dateline.night.runner) that a signal follows, and the most seconds it waits after
# each: the first spans the reading of the files and the model's load, the others the shorter steps after.
TRIGGERS = (("ingest: landing files chunk", 8.0), ("extract and load: articles chunk", 2.0),
            ("checking the warehouse", 0.3), ("committing and publishing", 0.3))
SIGNALS = {KILLED: signal.SIGKILL, STOPPED: signal.SIGTERM}
LEFT_DURING_NIGHT = 64 * 1024  # bytes another program leaves free once the night's working copy is whole
MIB = 2**20


@dataclass(frozen=True)
class Fault:
    kind: str = NONE
    trigger: str = ""  # KILLED and STOPPED: the log line the signal follows...
    delay: float = 0.0  # ... and how many seconds after it


def schedule(nights: int, seed: int) -> list[Fault]:
    """Each night's fault, the same for the same seed. The first night (which builds the reference data)
    and the last (after which everything landed has been offered to a night that met none) meet none;
    three in four of the others meet one, every kind in turn (a short soak meets some), in shuffled order."""
    rng = random.Random(seed)
    middle = max(0, nights - 2)
    in_turn = rng.sample(KINDS, len(KINDS))
    kinds = [in_turn[n % len(KINDS)] for n in range(middle * 3 // 4)]
    kinds += [NONE] * (middle - len(kinds))
    rng.shuffle(kinds)
    faults = []
    for kind in ([NONE, *kinds, NONE] if nights > 1 else [NONE]):
        if kind in SIGNALS:
            trigger, longest = rng.choice(TRIGGERS)
            faults.append(Fault(kind, trigger, round(rng.uniform(0, longest), 2)))
        else:
            faults.append(Fault(kind))
    return faults


@dataclass(frozen=True)
class Expect:
    """What a night should do."""

    exit_codes: frozenset[int]
    publishes: bool | None  # None: either (a signal may arrive once the night has published)
    unpublished_status: frozenset[str | None] = frozenset()  # its ops_runs status when it does not (None: no row)
    says: str = ""  # in its output


PUBLISHES = Expect(frozenset({0}), True)
EXPECT = {
    KILLED: Expect(frozenset({-signal.SIGKILL}), None, frozenset({None})),
    STOPPED: Expect(frozenset({128 + signal.SIGTERM}), None, frozenset({"cancelled"})),
    DISK_FULL_BEFORE: Expect(frozenset({1}), False, frozenset({None, "failed"}), "error: disk full at "),
    DISK_FULL_DURING: Expect(frozenset({1}), False, frozenset({None, "failed"}), "error: disk full at "),
}


@dataclass(frozen=True)
class Where:
    warehouse: Path
    log: Path  # the night's standard output and error
    disk: Path | None  # the small disk the warehouse is on, if there is one


def working_files(warehouse: Path) -> list[Path]:
    """Working copies beside the warehouse (warehouse.publish), with their logs and spill folders."""
    return sorted(warehouse.parent.glob(f".{warehouse.name}.*.working*"))


@dataclass
class Injection:
    """What a fault does around its night: before it starts, while it runs, once it has ended. `missed` when
    it could not act (the night ended first, no small disk): the night should then do what any night does."""

    fault: Fault
    where: Where
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    missed: bool = False

    @property
    def expect(self) -> Expect:
        return PUBLISHES if self.missed else EXPECT.get(self.fault.kind, PUBLISHES)

    def before(self) -> None:
        pass

    def during(self, process: subprocess.Popen) -> None:
        pass

    def after(self) -> None:
        pass


class Signal(Injection):
    """SIGKILL or SIGTERM to the night's process, `delay` seconds after its log says `trigger`."""

    def during(self, process: subprocess.Popen) -> None:
        name = SIGNALS[self.fault.kind].name
        while self.fault.trigger not in self.where.log.read_text(errors="replace") and process.poll() is None:
            time.sleep(0.05)
        try:
            process.wait(timeout=self.fault.delay)
        except subprocess.TimeoutExpired:
            process.send_signal(SIGNALS[self.fault.kind])
            self.notes.append(f"{name} {self.fault.delay:.2f} s after '{self.fault.trigger}'")
            return
        self.missed = True
        self.notes.append(f"{name} missed: the night ended within {self.fault.delay:.2f} s of '{self.fault.trigger}'")


class DiskFullBeforeCopy(Injection):
    """The disk filled before the night, leaving less room than its copy of the warehouse needs."""

    def before(self) -> None:
        # A working copy a killed night left is deleted first: the room it frees counts.
        stale = bytes_on_disk(*working_files(self.where.warehouse))
        leaving = self.where.warehouse.stat().st_size + COPY_MARGIN_BYTES - MIB - stale
        fill(self.where.disk, leaving)
        self.notes.append(f"{size(leaving + stale)} left free")

    def after(self) -> None:
        (self.where.disk / FILLER).unlink()


class DiskFullDuringNight(Injection):
    """Another program filling the disk while the night runs, once the night's working copy is whole."""

    def before(self) -> None:
        self.stale = set(working_files(self.where.warehouse))  # a killed night's: never the one to wait for
        self.filled = threading.Event()

    def during(self, process: subprocess.Popen) -> None:
        self.filler = threading.Thread(target=self._fill_once_copied, args=(process,), daemon=True)
        self.filler.start()

    def _fill_once_copied(self, process: subprocess.Popen) -> None:
        published = self.where.warehouse.stat().st_size
        while process.poll() is None:
            for copy in set(working_files(self.where.warehouse)) - self.stale:
                try:
                    whole = copy.suffix == ".working" and copy.stat().st_size >= published
                except OSError:  # deleted meanwhile
                    whole = False
                if whole:
                    fill(self.where.disk, LEFT_DURING_NIGHT)
                    self.filled.set()
                    return
            time.sleep(0.005)

    def after(self) -> None:
        self.filler.join()
        if self.filled.is_set():
            (self.where.disk / FILLER).unlink()
            self.notes.append(f"filled once the working copy was whole, {size(LEFT_DURING_NIGHT)} left free")
        else:
            self.missed = True
            self.notes.append("missed: the night ended before its working copy was whole")


# An analyst's session on the published file: what it sees when it opens it, and again when told to.
ANALYST = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "read-only")
def seen():
    return con.execute("SELECT (SELECT count(*) FROM raw_article), (SELECT count(*) FROM dim_article)").fetchone()
print(*seen(), flush=True)
sys.stdin.readline()
print(*seen(), flush=True)
"""


class Analyst(Injection):
    """A separate process holding the published file open for the whole night; its session should keep
    the night it opened, whatever the night publishes meanwhile."""

    def before(self) -> None:
        mode = "read-only" if self.fault.kind == ANALYST_READING else "read-write"
        self.analyst = subprocess.Popen([sys.executable, "-c", ANALYST, str(self.where.warehouse), mode],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.opened = self.analyst.stdout.readline().strip()
        if not self.opened:
            self.problems.append("the analyst could not open the warehouse")

    def after(self) -> None:
        try:
            at_the_end = self.analyst.communicate("\n", timeout=60)[0].strip()
        finally:
            self.analyst.kill()
        if at_the_end != self.opened:
            self.problems.append(f"the analyst's session saw {self.opened!r} raw and loaded articles, then {at_the_end!r}")
        else:
            self.notes.append(f"the analyst's session kept its night ({self.opened.replace(' ', ' raw, ')} loaded)")


class WithoutSmallDisk(Injection):
    def before(self) -> None:
        self.missed = True
        self.notes.append("skipped: no small disk of its own here")


def injection_for(fault: Fault, where: Where) -> Injection:
    if fault.kind in (DISK_FULL_BEFORE, DISK_FULL_DURING) and where.disk is None:
        return WithoutSmallDisk(fault, where)
    kinds = {KILLED: Signal, STOPPED: Signal, DISK_FULL_BEFORE: DiskFullBeforeCopy, DISK_FULL_DURING: DiskFullDuringNight,
             ANALYST_READING: Analyst, ANALYST_WRITING: Analyst}
    return kinds.get(fault.kind, Injection)(fault, where)
