"""What the commands share: the options that name a warehouse, and how a command fails."""

from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.parameters import NightParameters

Warehouse = Annotated[str, typer.Option(help=NightParameters.model_fields["warehouse"].description)]
DataPath = Annotated[Optional[Path], typer.Option(help=NightParameters.model_fields["data_path"].description)]
Since = Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="First publication day.")]
Until = Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="Last publication day.")]


def target_of(warehouse: str, data_path: Path | None):
    """The warehouse a --warehouse/--data-path pair names; a bad pair exits 2 saying why."""
    from warehouse.target import WarehouseSpecError, parse_warehouse

    try:
        return parse_warehouse(warehouse, data_path)
    except WarehouseSpecError as error:
        fail(str(error))


def existing(warehouse: str, data_path: Path | None):
    """The warehouse to read, which a night must have written already."""
    target = target_of(warehouse, data_path)
    if not target.exists():
        fail(f"no warehouse at {target}; run `dateline run` first")
    return target


def fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)
