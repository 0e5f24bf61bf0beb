"""The CLI's options of a night, generated from NightParameters' fields: same names, defaults and help."""

import functools
import inspect
import types
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Optional, Union, get_args, get_origin

import typer
from pydantic.fields import FieldInfo

from dateline.parameters import NightParameters

ALIASES = {"wait_seconds": ["--wait"]}  # names earlier releases took, still accepted


def night_options(*, exclude: tuple[str, ...] = (), required: tuple[str, ...] = (),
                  fixed: dict[str, Any] | None = None) -> Callable:
    """Decorate `command(parameters: NightParameters, **extra)`: typer sees one option per field of
    NightParameters (but `exclude` and `fixed`), then the command's own keyword options; the command
    gets the values the user chose (those not equal to a field's default) as a dict, unchecked: the
    command builds NightParameters from it and reports what is wrong."""
    fixed = fixed or {}

    def decorate(command: Callable) -> Callable:
        own = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY)
               for name, p in inspect.signature(command).parameters.items() if name != "parameters"]
        fields = [name for name in NightParameters.model_fields if name not in exclude and name not in fixed]
        options = [_option(name, NightParameters.model_fields[name], name in required) for name in fields]

        @functools.wraps(command)
        def run(**values):
            chosen = {name: _value(values.pop(name)) for name in fields}
            chosen = {name: value for name, value in chosen.items()
                      if value is not None and value != NightParameters.model_fields[name].default}
            return command(dict(fixed, **chosen), **values)

        run.__signature__ = inspect.Signature(options + own)
        run.__annotations__ = {p.name: p.annotation for p in options + own}
        del run.__wrapped__  # typer must read the generated signature, not the command's
        return run

    return decorate


def _option(name: str, field: FieldInfo, required: bool) -> inspect.Parameter:
    kind = _cli_type(field.annotation)
    flags = [f"--{name.replace('_', '-')}", *ALIASES.get(name, [])]
    if kind is bool:
        flags = [f"{flags[0]}/--no-{name.replace('_', '-')}"]
    extra = {"formats": ["%Y-%m-%d"]} if kind is datetime else {}
    shown = field.default is not None and not field.validate_default
    option = typer.Option(*flags, help=field.description, show_default=shown, **extra)
    default = inspect.Parameter.empty if required else (field.default if shown or kind is bool else None)
    annotation = Annotated[kind if required or shown else Optional[kind], option]
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


def _cli_type(annotation) -> type:
    """The type typer parses: the field's, without None; dates as datetimes (typer's date type)."""
    if get_origin(annotation) in (Union, types.UnionType):
        annotation = next(arg for arg in get_args(annotation) if arg is not type(None))
    return {date: datetime}.get(annotation, annotation)


def _value(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, Path):
        return str(value)
    return value
