"""Whole nights on a disk that fills: the flow fails with DiskFull saying what ran out, records the
failed run when the disk has room for that once the night's working copy is gone, and a later night
with room publishes as usual. The disk is a small tmpfs of its own (tests/helpers.py: small_disk)."""

import re
import threading
import time

import duckdb
import pytest

from tests.helpers import SEEDS, fill, small_disk
from tests.nights import run_night
from warehouse import publish
from warehouse.disk import DiskFull
from warehouse.load import TABLES
from warehouse.publish import COPY_MARGIN_BYTES

# Whole nights (`make test-fast` leaves them out), on the session's Prefect server.
pytestmark = pytest.mark.night
# The night's caches, report and docs live beside the warehouse too; a tmpfs takes memory only as it
# is written, but the filler writes all of it.
DISK_BYTES = 96 * 2**20


RECORDS = ("ops_runs", "ops_dq_results")  # what a failed run publishes of itself


def tables(warehouse) -> dict[str, list]:
    """Every table but the runs' records."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES
                if table not in RECORDS}


def working_files(warehouse) -> list[str]:
    return sorted(path.name for path in warehouse.parent.glob(f".{warehouse.name}.*.working*"))


def fill_once_copied(disk, warehouse, leaving: int) -> threading.Thread:
    """Another program filling the disk while a night runs: once the night's working copy is whole, all
    but `leaving` bytes are taken."""
    size = warehouse.stat().st_size

    def wait_then_fill() -> None:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            copies = list(warehouse.parent.glob(f".{warehouse.name}.*.working"))
            if copies and copies[0].stat().st_size >= size:
                fill(disk, leaving)
                return
            time.sleep(0.005)

    filler = threading.Thread(target=wait_then_fill, daemon=True)
    filler.start()
    return filler


def test_a_full_disk_fails_the_night_plainly_and_a_later_night_with_room_works(tmp_path, monkeypatch):
    with small_disk(tmp_path / "disk", DISK_BYTES) as disk:
        warehouse = disk / "data" / "dateline.duckdb"
        night = {"landing": str(SEEDS / "landing"), "warehouse": str(warehouse), "full_refresh": True}
        said = f"^disk full at {re.escape(str(warehouse.parent))}: "
        run_night(**night)
        before = warehouse.read_bytes()

        # No room for the working copy: refused before a byte is copied; no room to record the run either.
        fill(disk, leaving=len(before) + COPY_MARGIN_BYTES - 2**20)
        with pytest.raises(DiskFull, match=said + "copying the warehouse needs "):
            run_night(**night)
        assert working_files(warehouse) == []
        assert warehouse.read_bytes() == before

        # Room for the copy, then another program fills the disk during the night, leaving 2 MiB (a night of
        # the seeds needs about 4 beyond its copy): the copy goes, and the record of the failed run, refused
        # the copy's margin, is not written either.
        (disk / "filler").unlink()
        filling = fill_once_copied(disk, warehouse, leaving=2 * 2**20)
        with pytest.raises(DiskFull, match=said + "writing the night's working copy "):
            run_night(**night)
        filling.join()
        assert working_files(warehouse) == []
        assert warehouse.read_bytes() == before

        # The same with no margin asked of a copy (recording a run needs about 1 MiB beyond it): the failed
        # run is recorded, saying plainly what ran out.
        (disk / "filler").unlink()
        monkeypatch.setattr(publish, "COPY_MARGIN_BYTES", 0)
        filling = fill_once_copied(disk, warehouse, leaving=2 * 2**20)
        with pytest.raises(DiskFull, match=said + "writing the night's working copy ") as raised:
            run_night(**night)
        filling.join()
        assert working_files(warehouse) == []
        with duckdb.connect(str(warehouse), read_only=True) as con:
            assert con.execute("SELECT status, error FROM ops_runs ORDER BY started_at").fetchall() == [
                ("succeeded", None), ("failed", f"DiskFull: {raised.value}")]
        (tmp_path / "before.duckdb").write_bytes(before)
        assert tables(warehouse) == tables(tmp_path / "before.duckdb")  # all else as it was
        monkeypatch.undo()

        (disk / "filler").unlink()
        run_night(**night)
        with duckdb.connect(str(warehouse), read_only=True) as con:
            assert con.execute("SELECT status FROM ops_runs ORDER BY started_at").fetchall() == [
                ("succeeded",), ("failed",), ("succeeded",)]
        assert working_files(warehouse) == []
