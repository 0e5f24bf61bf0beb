"""A night's connection to its warehouse, whichever kind: what the pipeline and the loader's tests
both write through.

    with night_connection(target, run_id, stage_dir) as con:   # migrated; private to the night
        write_chunk(con, frames, into=chunk_schema(target))     # chunk after chunk
        begin_last_transaction(con, target, run_id)             # the run's last transaction
        finalize_run(con); ...; commit_run(con, ..., drop_partials=not is_lake(target))
    # a DuckDB file: the working copy published; a DuckLake: the stage deleted (published by the commit)
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from warehouse.db import connect, rollback_quietly
from warehouse.disk import DiskFull, disk_full, failing_folder, is_disk_full
from warehouse.migrate import migrate
from warehouse.publish import run_lock, working_copy
from warehouse.stage import STAGED, begin_publish, staged_night
from warehouse.target import DuckLake, Warehouse

log = logging.getLogger("dateline.warehouse")


@contextmanager
def night_connection(target: Warehouse, run_id: str, stage_dir: Path, *, holder: dict | None = None,
                     wait_seconds: float = 0.0, memory_limit: str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection for the night, its warehouse migrated. A DuckDB file: the run lock (waiting up to
    `wait_seconds` for another run's), then a working copy of the published file, published on a
    clean exit. A DuckLake: a stage of its own in `stage_dir` (warehouse.stage), published by the
    night's commit; any number of nights at once."""
    if isinstance(target, DuckLake):
        try:
            with staged_night(target, stage_dir / f"{run_id}.duckdb", memory_limit) as con:
                yield con
        except Exception as error:
            if isinstance(error, DiskFull) or not is_disk_full(error):
                raise
            # The stage is gone already (staged_night); the lake's last snapshot is still the one before.
            raise disk_full(failing_folder(error, stage_dir), "the night", None,
                            "nothing of the night was published to the lake") from error
        return
    with run_lock(target.path, holder or {"run_id": run_id}, wait_seconds, on_wait=log.warning):
        with working_copy(target.path, run_id) as work:
            con = connect(work, memory_limit=memory_limit)
            try:
                applied = migrate(con)
                if applied:
                    log.info("applied migrations %s", applied)
                yield con
                rollback_quietly(con)
                # The file whole before it is published. Not left to close(), which checkpoints too but
                # keeps quiet when it fails (a full disk): the log would be left and the night lost.
                con.execute("CHECKPOINT")
            finally:
                rollback_quietly(con)
                con.close()


def is_lake(target: Warehouse) -> bool:
    return isinstance(target, DuckLake)


def chunk_schema(target: Warehouse) -> str:
    """What write_chunk qualifies the tables it writes with: a lake's night writes its stage."""
    return STAGED if is_lake(target) else ""


def begin_last_transaction(con: duckdb.DuckDBPyConnection, target: Warehouse, run_id: str) -> dict[str, int]:
    """Open the run's last transaction; on a lake, the stage is applied to the lake in it (rows per table)."""
    if is_lake(target):
        return begin_publish(con, run_id)
    con.begin()
    return {}
