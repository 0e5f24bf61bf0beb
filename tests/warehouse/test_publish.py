import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from warehouse.publish import WarehouseBusy, lock_path, run_lock, working_copy


def write_rows(path, *values: int) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE IF NOT EXISTS t (v INTEGER)")
        con.executemany("INSERT INTO t VALUES (?)", [[v] for v in values])


def rows(path) -> list[int]:
    with duckdb.connect(str(path), read_only=True) as con:
        return [v for (v,) in con.execute("SELECT v FROM t ORDER BY v").fetchall()]


def start(code: str) -> subprocess.Popen:
    """A separate process running `code`; it prints 'ready' once it holds what it takes."""
    process = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    return process


def test_a_clean_night_is_published_whole(tmp_path):
    published = tmp_path / "w.duckdb"
    write_rows(published, 1)
    with working_copy(published, "run-2") as work:
        write_rows(work, 2)
        assert rows(published) == [1]  # nothing shows before the night ends
    assert rows(published) == [1, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb"]


def test_a_failed_night_leaves_the_published_file_as_it_was(tmp_path):
    published = tmp_path / "w.duckdb"
    write_rows(published, 1)
    before = published.read_bytes()
    with pytest.raises(RuntimeError, match="crash"):
        with working_copy(published, "run-2") as work:
            write_rows(work, 2)
            raise RuntimeError("crash after a committed chunk")
    assert published.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb"]


def test_the_first_night_publishes_a_new_file(tmp_path):
    published = tmp_path / "w.duckdb"
    with working_copy(published, "run-1") as work:
        write_rows(work, 7)
    assert rows(published) == [7]


def test_a_working_copy_left_by_a_killed_run_is_cleared_and_no_other_warehouses(tmp_path):
    published = tmp_path / "w.duckdb"
    (tmp_path / ".w.duckdb.run-0.working").write_bytes(b"half a night")
    (tmp_path / ".w.duckdb.run-0.working.wal").write_bytes(b"its log")
    (tmp_path / ".w.duckdb.old.run-9.working").write_bytes(b"the night of warehouse w.duckdb.old")
    with working_copy(published, "run-1") as work:
        write_rows(work, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".w.duckdb.old.run-9.working", "w.duckdb"]


@pytest.mark.parametrize("read_only", [True, False])
def test_an_analyst_holding_the_file_open_never_stops_the_night(tmp_path, read_only):
    published = tmp_path / "w.duckdb"
    write_rows(published, 1)
    analyst = start(f"""
        import duckdb
        con = duckdb.connect({str(published)!r}, read_only={read_only})
        print("ready", flush=True)
        import time; time.sleep(1.5)
        print(con.execute("SELECT count(*) FROM t").fetchone()[0], flush=True)
    """)
    try:
        started = time.monotonic()
        with working_copy(published, "run-2") as work:
            write_rows(work, 2)
        assert time.monotonic() - started < 1.5  # published while the analyst still holds the old file
        assert rows(published) == [1, 2]
        assert analyst.stdout.readline().strip() == "1"  # the analyst's session still sees its own night
    finally:
        analyst.kill()
        analyst.wait()


def test_a_second_run_waits_for_the_lock_and_names_the_run_holding_it(tmp_path):
    published = tmp_path / "w.duckdb"
    holder = start(f"""
        import time
        from pathlib import Path
        from warehouse.publish import run_lock
        with run_lock(Path({str(published)!r}), {{"run_id": "night-1", "pid": 1}}, 0):
            print("ready", flush=True)
            time.sleep(30)
    """)
    try:
        said = []
        with pytest.raises(WarehouseBusy, match="night-1"):
            with run_lock(published, {"run_id": "night-2"}, 0.5, on_wait=said.append):
                pass
        assert len(said) == 1 and "night-1" in said[0]
    finally:
        holder.kill()
        holder.wait()
    # The lock dies with its process: the next run takes it at once.
    with run_lock(published, {"run_id": "night-3"}, 0):
        assert "night-3" in lock_path(published).read_text()


@pytest.mark.parametrize("delay", [0.05, 0.15, 0.3, 0.6])
def test_a_night_killed_at_any_point_while_publishing_leaves_a_readable_warehouse(tmp_path, delay):
    published = tmp_path / "w.duckdb"
    with duckdb.connect(str(published)) as con:  # big enough that copying it takes a while
        con.execute("CREATE TABLE t AS SELECT range AS v, repeat('x', 200) AS pad FROM range(400000)")
    night = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb
        from pathlib import Path
        from warehouse.publish import working_copy
        with working_copy(Path({str(published)!r}), "run-2") as work:
            with duckdb.connect(str(work)) as con:
                con.execute("INSERT INTO t SELECT 400000, 'new'")
    """)])
    time.sleep(delay)
    night.kill()
    night.wait()
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM t").fetchone()[0] in (400000, 400001)
    with working_copy(published, "run-3"):  # the next night clears what the killed one left
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb"]
