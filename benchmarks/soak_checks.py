"""What the soak checks: after each night, that the published warehouse is whole and that a night that did
not publish left it as it was; at the end, every record landed found again (benchmarks/soak_sql/)."""

import hashlib
import json
import signal
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from benchmarks.soak_faults import Expect, working_files
from benchmarks.soak_landing import Landing
from warehouse.db import connect, sql
from warehouse.load import TABLES  # ops_runs and ops_dq_results aside: a night that fails still adds to them

SOAK_SQL = Path(__file__).with_name("soak_sql")
WAREHOUSE_CHECKS = ("dq_orphan_keys", "dq_duplicate_keys", "dq_duplicate_natural_keys")


def soak_sql(name: str) -> str:
    return (SOAK_SQL / f"{name}.sql").read_text()


@dataclass(frozen=True)
class Run:
    status: str
    counts: dict  # the run's own tallies, per stage
    raw_rows: int  # raw_article rows it wrote
    manifest_rows: int  # ops_landing_manifest rows it wrote last


@dataclass(frozen=True)
class State:
    """What the published warehouse holds: a fingerprint of each table's rows, and its runs."""

    tables: dict[str, str]
    runs: dict[str, Run]


NO_WAREHOUSE = State({}, {})


def state_of(warehouse: Path) -> State:
    with connect(warehouse, read_only=True) as con:
        tables = {table: hashlib.sha256(repr(con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()).encode())
                  .hexdigest() for table in TABLES}
        runs = {run_id: Run(status, json.loads(counts), raw_rows, manifest_rows)
                for run_id, status, counts, raw_rows, manifest_rows in con.execute(soak_sql("runs")).fetchall()}
    return State(tables, runs)


def problems_in_whole(warehouse: Path) -> list[str]:
    """The warehouse's own key checks, over every article rather than one night's, and the soak's own
    (soak_sql/whole.sql): one line per problem."""
    with connect(warehouse, read_only=True) as con:
        con.execute("CREATE TEMP VIEW run_article AS SELECT article_key FROM dim_article")
        rows = [row for query in WAREHOUSE_CHECKS for row in con.execute(sql(query)).fetchall()]
        rows += con.execute(soak_sql("whole")).fetchall()
    return [f"{what}: {value}" for what, value in rows]


@dataclass(frozen=True)
class Outcome:
    """A night as the warehouse shows it afterwards."""

    run: Run | None  # the run it recorded, if it recorded one
    published: bool
    problems: list[str]


def night_outcome(before: State, warehouse: Path, exit_code: int, output: str, expect: Expect) -> tuple[Outcome, State]:
    """What the night left, checked against what it should have done; and the warehouse's state after it."""
    after = state_of(warehouse)
    new = [after.runs[run_id] for run_id in after.runs.keys() - before.runs.keys()]
    run = new[0] if new else None
    published = run is not None and run.status == "succeeded"
    problems = problems_in_whole(warehouse)
    if len(new) > 1:
        problems.append(f"{len(new)} runs recorded by one night")
    if exit_code not in expect.exit_codes:
        problems.append(f"exit code {exit_code}, expected {' or '.join(map(str, sorted(expect.exit_codes)))}")
    if expect.publishes is not None and published != expect.publishes:
        problems.append("did not publish" if expect.publishes else "published")
    if expect.says and expect.says not in output:
        problems.append(f"its output does not say {expect.says!r}")
    if published:
        problems += _not_whole(run)
    else:
        changed = [table for table in TABLES if after.tables.get(table) != before.tables.get(table)]
        if changed:
            problems.append(f"did not publish, yet changed {', '.join(changed)}")
        status = run.status if run else None
        if status not in expect.unpublished_status:
            problems.append(f"recorded its run as {status or 'nothing'}")
    # A killed night's working copy stays until the next night deletes it (docs/operations.md).
    if exit_code != -signal.SIGKILL and working_files(warehouse):
        problems.append(f"left {', '.join(path.name for path in working_files(warehouse))}")
    if ", which is writing " in output:  # warehouse.publish.run_lock: another run holds the lock
        problems.append("waited for the run lock: a night before it still held it")
    return Outcome(run, published, problems), after


def _not_whole(run: Run) -> list[str]:
    """A published run's rows against its own record of what it read."""
    ingest = run.counts.get("ingest", {})
    raw_rows = ingest.get("new_versions", 0) - ingest.get("refused_by_checks", 0)
    problems = []
    if run.raw_rows != raw_rows:
        problems.append(f"published {run.raw_rows} raw versions of the {raw_rows} its record says it read")
    if run.manifest_rows != ingest.get("files_read", 0):
        problems.append(f"published {run.manifest_rows} manifest rows for the {ingest.get('files_read', 0)} files it read")
    return problems


@dataclass(frozen=True)
class Accounting:
    records: pl.DataFrame  # soak_sql/records.sql: one row per record landed, expected and found
    files: pl.DataFrame  # soak_sql/files.sql: one row per file landed, its last version read or not
    unplanned: pl.DataFrame  # soak_sql/unplanned_quarantine.sql

    @property
    def is_whole(self) -> bool:
        """Every record found where planned, every file read in its last version."""
        return not (self.lost.height or self.misplaced.height or self.unread_files.height)

    @property
    def lost(self) -> pl.DataFrame:
        return self.records.filter(pl.col("found") == "lost")

    @property
    def misplaced(self) -> pl.DataFrame:
        """Found, but not as planned (a record loaded that should have been refused, say)."""
        return self.records.filter((pl.col("found") != "lost") & (pl.col("found") != pl.col("expected")))

    @property
    def unread_files(self) -> pl.DataFrame:
        return self.files.filter(~pl.col("is_last_version").fill_null(False) | (pl.col("read") != pl.col("written")))


def account(warehouse: Path, landing: Landing) -> Accounting:
    """Every record and file the soak landed, looked for in the published warehouse."""
    with connect(warehouse, read_only=True) as con:
        con.register("landed_records", landing.records_frame())
        con.register("landed_files", landing.files_frame())
        return Accounting(*(con.execute(soak_sql(name)).pl() for name in ("records", "files", "unplanned_quarantine")))
