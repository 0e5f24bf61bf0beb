"""A night on a DuckDB file that finds its disk full: DiskFull saying what ran out, no working copy
left, the published warehouse byte for byte as it was. The disk is real and small: a tmpfs mounted
for each test (root only; the tests skip, saying why, where mounting is not permitted)."""

import errno
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.helpers import fill, small_disk
from warehouse import publish
from warehouse.disk import DiskFull, is_disk_full, size
from warehouse.migrate import migrate
from warehouse.night import night_connection
from warehouse.target import DuckDBFile, DuckLake

DISK_BYTES = 64 * 2**20
MARGIN = size(publish.COPY_MARGIN_BYTES)
UNCHANGED = "the published warehouse is unchanged"
PUBLISHED_ONLY = [".w.duckdb.lock", "w.duckdb"]  # all a night leaves beside the warehouse: the run lock's file is the lock
LOCK_PAGE = 4096  # what the run lock's file takes while a night holds it: free space differs by that after


@pytest.fixture
def disk(tmp_path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk", DISK_BYTES) as folder:
        yield folder


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A published, migrated warehouse with one row in table t (migrating takes seconds: done once)."""
    target = DuckDBFile(tmp_path_factory.mktemp("template") / "w.duckdb")
    night(target, "run-1", 1)
    return target.path


@pytest.fixture
def warehouse(disk, template) -> DuckDBFile:
    """The template, published on the small disk."""
    (disk / "warehouse").mkdir()
    shutil.copyfile(template, disk / "warehouse" / "w.duckdb")
    return DuckDBFile(disk / "warehouse" / "w.duckdb")


def night(target: DuckDBFile, run_id: str, *values: int) -> None:
    with night_connection(target, run_id, target.path.parent / "stage") as con:
        con.execute("CREATE TABLE IF NOT EXISTS t (v INTEGER)")
        con.executemany("INSERT INTO t VALUES (?)", [[v] for v in values])


def rows(target: DuckDBFile) -> list[int]:
    with duckdb.connect(str(target.path), read_only=True) as con:
        return [v for (v,) in con.execute("SELECT v FROM t ORDER BY v").fetchall()]


def left_beside(target: DuckDBFile) -> list[str]:
    return sorted(path.name for path in target.path.parent.iterdir())


def write_until_full(con: duckdb.DuckDBPyConnection) -> None:
    """Commit a chunk of about a megabyte after another, as a night does, until a write fails."""
    con.execute("CREATE TABLE IF NOT EXISTS big (v BIGINT, pad VARCHAR)")
    for chunk in range(DISK_BYTES // 2**20):
        con.execute("INSERT INTO big SELECT range, md5(range::VARCHAR) || md5((range + ?)::VARCHAR) FROM range(15000)",
                    [chunk])
    raise AssertionError("the disk never filled")


def test_a_disk_without_room_for_the_copy_refuses_the_night_before_writing(disk, warehouse):
    before = warehouse.path.read_bytes()
    needed = len(before) + publish.COPY_MARGIN_BYTES
    filler = fill(disk, leaving=needed - 2**20)
    with pytest.raises(DiskFull) as raised:
        night(warehouse, "run-2", 2)
    error = raised.value
    assert str(error) == (f"disk full at {warehouse.path.parent}: copying the warehouse needs {size(needed)} "
                          f"(its {size(len(before))} and {MARGIN} to spare), {size(error.free)} free; {UNCHANGED}")
    assert (error.needed, error.errno) == (needed, errno.ENOSPC)
    assert error.free == pytest.approx(shutil.disk_usage(disk).free, abs=LOCK_PAGE)
    assert left_beside(warehouse) == PUBLISHED_ONLY
    assert warehouse.path.read_bytes() == before
    filler.unlink()
    night(warehouse, "run-3", 3)
    assert rows(warehouse) == [1, 3]


def test_a_disk_that_fills_during_the_night_leaves_no_working_copy(disk, warehouse):
    before = warehouse.path.read_bytes()
    fill(disk, leaving=len(before) + publish.COPY_MARGIN_BYTES + 4 * 2**20)
    with pytest.raises(DiskFull) as raised:
        with night_connection(warehouse, "run-2", disk / "stage") as con:
            write_until_full(con)
    error = raised.value
    assert str(error) == (f"disk full at {warehouse.path.parent}: writing the night's working copy needs more than "
                          f"{size(error.needed)} (its size when the disk filled), {size(error.free)} free; {UNCHANGED}")
    # The copy had taken what the disk had, give or take DuckDB's last partial block.
    assert error.needed > len(before) + publish.COPY_MARGIN_BYTES
    assert abs(error.free - error.needed) < 2**20
    assert error.free == pytest.approx(shutil.disk_usage(disk).free, abs=LOCK_PAGE)
    assert isinstance(error.__cause__, duckdb.Error) and is_disk_full(error.__cause__)
    assert left_beside(warehouse) == PUBLISHED_ONLY
    assert warehouse.path.read_bytes() == before
    night(warehouse, "run-3", 3)  # the same disk: room enough for a night that writes less
    assert rows(warehouse) == [1, 3]


def test_a_night_whose_last_checkpoint_finds_the_disk_full_is_not_published(disk, warehouse):
    before = warehouse.path.read_bytes()
    with pytest.raises(DiskFull, match="writing the night's working copy needs more than"):
        with night_connection(warehouse, "run-2", disk / "stage") as con:
            fill(disk, leaving=9 * 2**20)  # after the copy: another program took the room meanwhile
            con.begin()
            con.execute("CREATE TABLE big AS SELECT range AS v, md5(range::VARCHAR) || md5((range + 1)::VARCHAR) AS pad "
                        "FROM range(100000)")
            con.commit()  # fits in the log; folding the log into the file at the end does not
            assert (warehouse.path.parent / ".w.duckdb.run-2.working.wal").exists()
    assert left_beside(warehouse) == PUBLISHED_ONLY
    assert warehouse.path.read_bytes() == before


def test_a_spill_that_fills_the_disk_is_a_full_disk_and_its_folder_is_removed(disk, warehouse):
    before = warehouse.path.read_bytes()
    fill(disk, leaving=len(before) + publish.COPY_MARGIN_BYTES + 2**20)
    target = DuckDBFile(warehouse.path)
    with pytest.raises(DiskFull, match="writing the night's working copy needs more than") as raised:
        with night_connection(target, "run-2", disk / "stage", memory_limit="30MB") as con:
            con.execute("SELECT count(*) FROM (SELECT md5(range::VARCHAR) || md5((range + 1)::VARCHAR) AS pad "
                        "FROM range(1500000) ORDER BY pad)").fetchall()
    assert "max_temp_directory_size" in str(raised.value.__cause__)  # DuckDB's words for a full spill disk
    assert left_beside(warehouse) == PUBLISHED_ONLY
    assert warehouse.path.read_bytes() == before


def test_a_copy_that_runs_out_of_room_midway_is_removed(disk, warehouse, monkeypatch):
    """As when another program fills the disk while the copy runs, after the check found room."""
    before = warehouse.path.read_bytes()
    fill(disk, leaving=len(before) // 2)
    monkeypatch.setattr(publish, "COPY_MARGIN_BYTES", -len(before))  # the check passes; the disk is still full
    with pytest.raises(DiskFull) as raised:
        night(warehouse, "run-2", 2)
    assert str(raised.value) == (f"disk full at {warehouse.path.parent}: copying the warehouse needs {size(len(before))}, "
                                 f"{size(raised.value.free)} free; {UNCHANGED}")
    assert raised.value.free == pytest.approx(shutil.disk_usage(disk).free, abs=LOCK_PAGE)
    assert isinstance(raised.value.__cause__, OSError) and raised.value.__cause__.errno == errno.ENOSPC
    assert left_beside(warehouse) == PUBLISHED_ONLY
    assert warehouse.path.read_bytes() == before


def test_a_lake_night_whose_stage_fills_the_disk_publishes_nothing(disk, tmp_path):
    lake = DuckLake(f"sqlite:{tmp_path / 'catalog.sqlite'}", tmp_path / "lake")
    with lake.connect() as con:
        migrate(con)
        snapshots = con.execute("SELECT count(*) FROM lake.snapshots()").fetchone()
    fill(disk, leaving=2 * 2**20)
    stage = disk / "stage"
    with pytest.raises(DiskFull) as raised:
        with night_connection(lake, "run-2", stage) as con:
            write_until_full(con)  # into the night's stage, a DuckDB file on the small disk
    assert str(raised.value) == (f"disk full at {stage}: the night ran out of space, {size(raised.value.free)} free; "
                                 "nothing of the night was published to the lake")
    assert list(stage.iterdir()) == []
    with lake.connect(read_only=True) as con:
        assert con.execute("SELECT count(*) FROM lake.snapshots()").fetchone() == snapshots


@pytest.mark.parametrize(("error", "full"), [
    (OSError(errno.ENOSPC, "No space left on device"), True),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), True),
    (OSError(errno.EACCES, "Permission denied"), False),
    (duckdb.IOException('IO Error: Could not write file "/data/w.duckdb.wal": No space left on device'), True),
    (duckdb.OutOfMemoryException("Out of Memory Error: failed to offload data block of size 256.0 KiB (7.1 MiB/7.1 MiB "
                                 "used).\nThis limit was set by the 'max_temp_directory_size' setting."), True),
    (duckdb.OutOfMemoryException("Out of Memory Error: could not allocate block of size 256.0 KiB"), False),
    (duckdb.ConstraintException("Constraint Error: Duplicate key"), False),
    (RuntimeError("No space left on device"), False),  # not what the OS or DuckDB raise
])
def test_what_counts_as_a_full_disk(error, full):
    assert is_disk_full(error) is full


@pytest.mark.parametrize(("count", "said"), [
    (0, "0 bytes"), (999, "999 bytes"), (1000, "1.0 kB"), (99_960, "100 kB"), (999_600, "1.0 MB"),
    (16 * 2**20, "16.8 MB"), (300_000_000, "300 MB"), (1_234_567_890, "1.2 GB")])
def test_sizes_read_as_people_say_them(count, said):
    assert size(count) == said


def test_disk_full_survives_pickling_whole():
    import pickle

    error = DiskFull("disk full at /data: copying the warehouse needs 1.2 GB, 300 MB free", Path("/data"), 1, 2)
    again = pickle.loads(pickle.dumps(error))
    assert (str(again), again.folder, again.needed, again.free, again.errno) == (str(error), Path("/data"), 1, 2,
                                                                                errno.ENOSPC)
