"""A stop signal during a night (what systemd, Kubernetes and `docker stop` send): real `dateline run`
processes with their extraction workers, stopped at several moments of the night."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.parameters import night_parameters
from tests.helpers import SAMPLE_ARTICLE, SEEDS
from tests.nights import content, copy_warehouse, give_built_reference_data, query, run_night

pytestmark = pytest.mark.night


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """A warehouse an earlier night published: one article."""
    folder = tmp_path_factory.mktemp("published")
    (folder / "landing").mkdir()
    shutil.copy(SAMPLE_ARTICLE, folder / "landing")
    run_night(landing=str(folder / "landing"), warehouse=str(folder / "w.duckdb"))
    return folder / "w.duckdb"


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found |= {int(child) for child in (task / "children").read_text().split()}
        except FileNotFoundError:  # a thread that ended meanwhile
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def _gone(pids: set[int], within: float = 5) -> bool:
    """Every process of `pids` ended within a few seconds (multiprocessing's resource tracker ends
    when it reads the end of its pipe, after its parent)."""
    deadline = time.monotonic() + within
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not any(_alive(pid) for pid in pids)


@pytest.fixture(scope="module")
def landing(tmp_path_factory) -> Path:
    """A few of the seeds, of every format: a short night that still has every moment."""
    folder = tmp_path_factory.mktemp("landing")
    for name in STOPPED_NIGHT_FILES:
        shutil.copy(SEEDS / "landing" / name, folder)
    return folder


STOPPED_NIGHT_FILES = ("northwire-2024-02-04-baghdad-protest.txt", "wire-kyiv-2024-02-09.txt",
                       "thecapitalpost-2024-02-05_11.jsonl", "northwire-briefs.atom")


def stopped_night(warehouse: Path, landing: Path, moment: str,
                  sig: signal.Signals = signal.SIGTERM) -> tuple[int, str, float, set[int]]:
    """`dateline run` over `landing` with two workers (the second starts with the second batch: small
    batches), sent `sig` when its log says `moment`: its exit code, standard error, seconds from the signal
    to its exit, and the processes it had started."""
    give_built_reference_data(night_parameters(landing=str(landing), warehouse=str(warehouse)))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    process = subprocess.Popen([sys.executable, "-m", "dateline.cli", "run", "--landing", str(landing),
                                "--warehouse", str(warehouse), "--processes", "2", "--batch-size", "2"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen = []
    for line in process.stderr:
        seen.append(line)
        if moment in line:
            workers = _children(process.pid)
            process.send_signal(sig)
            sent = time.monotonic()
            break
    else:
        pytest.fail(f"the night never said {moment!r}: {''.join(seen)[-2000:]}")
    rest = process.stderr.read()
    process.wait(timeout=60)
    return process.returncode, "".join(seen) + rest, time.monotonic() - sent, workers


@pytest.mark.parametrize("moment", ["ingest: landing files chunk 1", "extract and load: articles chunk 1",
                                    "checking the warehouse"])
def test_a_stopped_night_cleans_up_records_itself_cancelled_and_leaves_the_warehouse_as_it_was(
        published, landing, tmp_path, moment):
    warehouse = copy_warehouse(published, tmp_path / "w.duckdb")
    before = content(warehouse)
    code, stderr, seconds, workers = stopped_night(warehouse, landing, moment)
    assert code == 128 + signal.SIGTERM and "stopped by SIGTERM" in stderr, stderr[-3000:]
    assert seconds < 10
    assert len(workers) >= 2 and _gone(workers)  # the extraction workers stopped too
    assert list(tmp_path.glob(".w.duckdb.*.working*")) == []  # the working copy is gone
    runs = query(warehouse, "SELECT status, error FROM ops_runs ORDER BY started_at")
    assert runs[-1] == ("cancelled", "Stopped: stopped by SIGTERM") and len(runs) == 2
    after = content(warehouse)
    assert {t: rows for t, rows in after.items() if not t.startswith("ops_")} == {
        t: rows for t, rows in before.items() if not t.startswith("ops_")}
    if moment.startswith("extract"):  # the next night runs as if the stopped one never had
        summary = run_night(landing=str(landing), warehouse=str(warehouse))
        assert summary["stages"]["ingest"]["files_read"] == len(STOPPED_NIGHT_FILES)
        assert query(warehouse, "SELECT status FROM ops_runs ORDER BY started_at")[-1] == ("succeeded",)
        assert query(warehouse, "SELECT count(*) FROM dim_article")[0][0] > len(STOPPED_NIGHT_FILES)


@pytest.mark.parametrize(("moment", "sig"), [("committing and publishing", signal.SIGINT),
                                             ("published run", signal.SIGTERM)])  # found by the soak
def test_a_stop_while_publishing_or_after_waits_for_the_night_to_be_published_whole(published, landing, tmp_path,
                                                                                     moment, sig):
    warehouse = copy_warehouse(published, tmp_path / "w.duckdb")
    code, stderr, seconds, _ = stopped_night(warehouse, landing, moment, sig)
    assert code == 128 + sig and seconds < 10, stderr[-3000:]
    assert "once run" in stderr and "was published; its report and docs were not written" in stderr
    assert query(warehouse, "SELECT status FROM ops_runs ORDER BY started_at")[-1] == ("succeeded",)
    assert query(warehouse, "SELECT count(*) FROM dim_article")[0][0] > len(STOPPED_NIGHT_FILES)
    assert list(tmp_path.glob(".w.duckdb.*.working*")) == []


def test_a_killed_night_leaves_no_worker_behind(published, landing, tmp_path):
    warehouse = copy_warehouse(published, tmp_path / "w.duckdb")
    code, _, _, workers = stopped_night(warehouse, landing, "extract and load: articles chunk 1", signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert len(workers) >= 2 and _gone(workers)  # found by the soak: they waited for work for ever
