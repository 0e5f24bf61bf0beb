"""Commands that run nights: once here, as a backfill, or every night as a served deployment."""

import ipaddress
import os
import signal
import sys
from typing import Annotated

import typer

from dateline.cli.common import DataPath, Warehouse, fail, target_of
from dateline.cli.options import night_options
from dateline.parameters import (
    DASK_ADDRESS,
    DEFAULT_CRON,
    DEFAULT_WAREHOUSE,
    NightParameters,
    SettingsError,
    check_dask_address,
    night_parameters,
)
from dateline.runtime import (
    Stopped,
    log_to_stderr,
    prepare_environment,
    skip_teardown_at_exit,
    start_prefect_api,
    stopping_on_signals,
    wait_for_prefect_api,
)
from warehouse.disk import DiskFull


@night_options()
def run(parameters: dict) -> None:
    """Run the night once, here: plainly, or as a flow run of the Prefect API that PREFECT_API_URL names."""
    _run_night(_checked(parameters))


@night_options(required=("since", "until"), fixed={"backfill": True})
def backfill(parameters: dict) -> None:
    """Re-extract the articles published from SINCE to UNTIL whose facts an older extractor made
    (another model, reference table or extraction code), replacing only their facts; a night's run
    of the flow with `backfill`, so new landing files of those days load too."""
    _run_night(_checked(parameters))


def _checked(values: dict) -> NightParameters:
    """The night's parameters, refused before anything starts when one is unusable (exit 2, saying why)."""
    try:
        parameters = night_parameters(**values)
        if parameters.dask:
            _check_dask(parameters.dask)
    except SettingsError as error:
        fail(str(error))
    return parameters


def _run_night(parameters: NightParameters) -> None:
    """The night as a Prefect flow run when there is a Prefect API to record it (PREFECT_API_URL) or Dask
    workers to report to one (a temporary server of its own); otherwise plainly, here, without Prefect."""
    prepare_environment(parameters.data_dir)
    on_prefect = bool(os.environ.get("PREFECT_API_URL") or parameters.dask)
    if on_prefect:
        start_prefect_api()  # before Prefect is imported: it reads PREFECT_API_URL once
    else:
        log_to_stderr()
    from dateline.night.resources import prepare_resources

    with stopping_on_signals():
        try:
            prepare_resources(parameters)  # the workers load the model while the rest is imported
            if on_prefect:
                wait_for_prefect_api()
                from flows.nightly import nightly

                nightly(parameters)
            else:
                from dateline.night.runner import run_night

                run_night(parameters)
                skip_teardown_at_exit()
        except DiskFull as error:  # said plainly: what ran out, and that the published warehouse is as it was
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from None
        except Stopped as stop:  # the night cleaned up on its way out; exit as the signal would have
            typer.echo(f"error: {stop}", err=True)
            raise typer.Exit(128 + signal.Signals[stop.signal_name].value) from None


@night_options()
def serve(
    parameters: dict,
    cron: Annotated[str, typer.Option(help="When the nightly run starts.")] = DEFAULT_CRON,
    timezone: Annotated[str, typer.Option(help="IANA time zone of the cron schedule.")] = "UTC",
) -> None:
    """Register deployment `nightly` with its schedule, these parameters as every run's defaults, and
    run what the scheduler or the UI starts."""
    defaults = _checked(parameters)
    prepare_environment(defaults.data_dir)
    from prefect import serve as prefect_serve

    from flows.deployment import nightly_deployment

    prefect_serve(nightly_deployment(defaults, cron, timezone))


def _check_dask(dask: str) -> None:
    """A scheduler address, and a Prefect API its workers can reach: they report their task runs to this
    process's, which without PREFECT_API_URL is a server on this host's loopback."""
    check_dask_address(dask)
    host = DASK_ADDRESS.fullmatch(dask)[1].strip("[]")
    try:
        on_this_host = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name
        on_this_host = False
    if not on_this_host and not os.environ.get("PREFECT_API_URL"):
        raise SettingsError(f"the workers of {dask} need a Prefect server they can reach: set PREFECT_API_URL "
                            "(docs/scale-out.md: Extraction on a Dask cluster)")


def server(warehouse: Warehouse = DEFAULT_WAREHOUSE, data_path: DataPath = None) -> None:
    """Start a Prefect server and UI (http://127.0.0.1:4200) with Dateline's settings."""
    prepare_environment(target_of(warehouse, data_path).data_dir)
    os.execv(sys.executable, [sys.executable, "-m", "prefect", "server", "start"])
