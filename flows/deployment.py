"""Deployment `nightly`: the nightly flow on a cron schedule, startable with parameters from the UI."""

from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

from dateline.parameters import DEFAULT_CRON, NightParameters
from flows.nightly import nightly
from warehouse.target import DuckLake


def nightly_deployment(defaults: NightParameters, cron: str = DEFAULT_CRON,
                       timezone: str = "UTC") -> RunnerDeployment:
    """Every scheduled run takes `defaults`; a run started from the UI starts from them and may change any."""
    # What the operator chose, with the folders made absolute; each run resolves the other defaults itself.
    parameters = defaults.model_dump(mode="json", exclude_unset=True)
    parameters["landing"] = str(defaults.landing.resolve())
    target = defaults.target
    if isinstance(target, DuckLake):
        # A password belongs in PGPASSWORD or ~/.pgpass, not in a parameter the UI shows.
        parameters.update(warehouse=f"ducklake:{target.catalog}", data_path=str(target.data_path))
    else:
        parameters["warehouse"] = str(target.path.resolve())
    return nightly.to_deployment(
        name="nightly",
        schedules=[Cron(cron, timezone=timezone)],
        # One night at a time: a run started while another is going waits in the queue
        # (AwaitingConcurrencySlot) instead of doing the same night's work beside it.
        concurrency_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE),
        parameters={"parameters": parameters},
        description="Nightly load of the landing folder into the Dateline warehouse.",
        tags=["dateline"],
    )
