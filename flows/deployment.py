"""Deployment `nightly`: the nightly flow on a cron schedule, startable with parameters from the UI."""

from pathlib import Path

from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

from flows.nightly import nightly
from warehouse.target import DuckDBFile, DuckLake, Warehouse


def nightly_deployment(landing: Path, warehouse: Warehouse | Path, cron: str = "0 2 * * *",
                       timezone: str = "UTC", dask: str | None = None) -> RunnerDeployment:
    """With `dask` (a scheduler address) every run extracts on that cluster, unless started with another."""
    if isinstance(warehouse, Path):
        warehouse = DuckDBFile(warehouse)
    if isinstance(warehouse, DuckLake):
        # A password belongs in PGPASSWORD or ~/.pgpass, not in a parameter the UI shows.
        where = {"warehouse": f"ducklake:{warehouse.catalog}", "data_path": str(warehouse.data_path)}
    else:
        where = {"warehouse": str(warehouse.path.resolve())}
    return nightly.to_deployment(
        name="nightly",
        schedules=[Cron(cron, timezone=timezone)],
        # One night at a time: a run started while another is going waits in the queue
        # (AwaitingConcurrencySlot) instead of doing the same night's work beside it.
        concurrency_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE),
        parameters={"landing": str(landing), **where, **({"dask": dask} if dask else {})},
        description="Nightly load of the landing folder into the Dateline warehouse.",
        tags=["dateline"],
    )
