"""A night on a DuckLake: its chunks commit into a private local DuckDB file, the stage, while the
night reads the lake and its own earlier chunks as one; then one lake transaction applies the stage
in each table's write mode, finalizes, checks and records the run. Readers see the whole night or
none of it.

    with staged_night(lake, stage_file) as con:   # lake migrated; stage attached, migrated and in use
        write_chunk(con, frames, into=STAGED)      # chunk after chunk, into the stage
        begin_publish(con)                         # one lake transaction: the stage applied ...
        finalize_run(con); ...; commit_run(...)    # ... then as on a DuckDB file

Why a stage rather than a lake commit per chunk (readers would see half a night) or one lake
transaction for the whole night (a night that lost a conflict with another would redo its
extraction): the stage keeps memory flat as the working copy does, and what is retried on a
conflict is only the publishing transaction, seconds long. Every publish updates one token row
(ops_publish_token), so two nights publishing at once always conflict and the later is retried
against the warehouse the earlier left: with no primary keys in a lake, both could otherwise insert
the same new entity.
"""

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import duckdb

from warehouse.db import rollback_quietly
from warehouse.load import TABLES, apply_stage
from warehouse.migrate import migrate
from warehouse.publish import remove_database
from warehouse.target import LAKE, DuckLake, conflict, literal

log = logging.getLogger("dateline.warehouse")
STAGE = "stage"
STAGED = f"{STAGE}.main."  # what write_chunk's `into` qualifies a table with
ATTEMPTS = 8  # a lake transaction lost to other writers is tried this many times in all
ABANDONED_AFTER_SECONDS = 600.0  # a stage file this old that no process holds is a killed night's
T = TypeVar("T")
_open_stages: set[Path] = set()  # this process's nights' stages: DuckDB's file lock does not guard
_open_stages_lock = threading.Lock()  # a file against another connection of the same process


@contextmanager
def staged_night(lake: DuckLake, stage: Path, memory_limit: str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to `lake` (migrated) with a new stage file attached and in use: each warehouse
    table read unqualified is a view of the lake's rows and the stage's together. The stage file is
    deleted when the block ends, published or not."""
    con = lake.connect(memory_limit=memory_limit)
    with _open_stages_lock:
        _open_stages.add(stage)
    try:
        applied = retrying(lambda: migrate(con), "migrating the lake")
        if applied:
            log.info("applied migrations %s to the lake", applied)
        remove_database(stage)
        stage.parent.mkdir(parents=True, exist_ok=True)
        for abandoned in remove_abandoned_stages(stage.parent):
            log.warning("removed the stage of a night that ended without removing it: %s", abandoned)
        con.execute(f"SET temp_directory = {literal(f'{stage}.tmp')}")  # an in-memory DuckDB spills there
        con.execute(f"ATTACH {literal(str(stage))} AS {STAGE}")
        con.execute(f"USE {STAGE}")
        migrate(con, marts=None)
        for table in TABLES:
            con.execute(f"CREATE TEMP VIEW {table} AS SELECT * FROM {LAKE}.main.{table} "
                        f"UNION ALL BY NAME SELECT * FROM {STAGE}.main.{table}")
        yield con
    finally:
        rollback_quietly(con)
        con.close()
        remove_database(stage)
        with _open_stages_lock:
            _open_stages.discard(stage)


def remove_abandoned_stages(folder: Path, older_than: float = ABANDONED_AFTER_SECONDS) -> list[Path]:
    """Remove the stage files in `folder` left by killed nights; return them. A stage is abandoned
    when it is older than `older_than` seconds (a night starting now is never taken for one) and no
    night holds it: a living night's DuckDB holds the file's lock, so opening it here fails."""
    removed = []
    for path in sorted(folder.glob("*.duckdb")):
        with _open_stages_lock:
            ours = path in _open_stages
        try:
            if ours or time.time() - path.stat().st_mtime < older_than:
                continue
            duckdb.connect(str(path), read_only=True).close()
        except (duckdb.Error, OSError):  # held by a living night, unreadable, or removed meanwhile
            continue
        remove_database(path)
        removed.append(path)
    return removed


def begin_publish(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, int]:
    """Open the lake transaction that publishes the night and apply the stage to the lake in it;
    rows written per table. The run's partials stay readable (search_path: the lake, then the stage)."""
    for table in TABLES:
        con.execute(f"DROP VIEW IF EXISTS temp.main.{table}")
    con.execute(f"USE {LAKE}")
    con.execute(f"SET search_path = '{LAKE}.main,{STAGE}.main'")
    con.begin()
    # Analysts find each night among the lake's snapshots by this message.
    con.execute(f"CALL {LAKE}.set_commit_message('dateline', {literal(f'night {run_id}')})")
    return apply_stage(con, f"{STAGE}.main")


def retrying(attempt: Callable[[], T], what: str, on_conflict: Callable[[], None] = lambda: None) -> T:
    """`attempt()` (a whole lake transaction), tried again after a jittered, growing pause while it
    loses to another writer; `on_conflict` runs before each new try."""
    for number in range(1, ATTEMPTS + 1):
        try:
            if number > 1:
                on_conflict()
            return attempt()
        except duckdb.TransactionException as error:
            if not conflict(error) or number == ATTEMPTS:
                raise
            pause = random.uniform(0.5, 1.5) * min(30.0, 0.25 * 2 ** number)
            log.warning("%s lost to another writer (%s); trying again in %.1f s (%d of %d)", what,
                        str(error).splitlines()[-1], pause, number + 1, ATTEMPTS)
            time.sleep(pause)
    raise AssertionError("unreachable")
