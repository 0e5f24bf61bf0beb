"""Suites as data: `expectations/suites/<table>.yml` -> Suite, and Suite -> a Great Expectations suite.

Each check names a Great Expectations expectation type and its arguments (values written `$name`
come from the run: the time of the run, the known languages) and says what a failure
does: `fail_run` stops the run before the load commits, `quarantine` moves the failing rows to
ops_quarantine and lets the rest go on, `warn` only records the result.
"""

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

SUITES_DIR = Path(str(resources.files("expectations") / "suites"))  # beside suites.py, this module
ON_FAILURE = ("fail_run", "quarantine", "warn")


class SuiteError(ValueError):
    pass


@dataclass(frozen=True)
class Check:
    type: str
    on_failure: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    query: str | None = None  # warehouse checks: a query returning one row per violation
    accounting: bool = False  # warehouse check on the run's row counts

    @property
    def columns(self) -> tuple[str, ...]:
        return (tuple(str(self.kwargs[k]) for k in ("column", "column_A", "column_B") if k in self.kwargs)
                + tuple(str(column) for column in self.kwargs.get("column_list", ())))

    @property
    def name(self) -> str:
        target = self.query or ", ".join(self.columns)
        return f"{self.type}({target})" if target else self.type


@dataclass(frozen=True)
class Suite:
    table: str
    checks: tuple[Check, ...]
    id_column: str | None = None


def load_suite(table: str, directory: Path = SUITES_DIR) -> Suite:
    path = directory / f"{table}.yml"
    spec = yaml.safe_load(path.read_text())
    checks = []
    for number, item in enumerate(spec.get("expectations", []), start=1):
        if item.get("on_failure") not in ON_FAILURE:
            raise SuiteError(f"{path.name}: expectation {number} needs on_failure in {ON_FAILURE}")
        checks.append(Check(type=item["type"], on_failure=item["on_failure"], kwargs=item.get("kwargs", {}),
                            query=item.get("query"), accounting=bool(item.get("accounting"))))
    return Suite(table=spec["table"], checks=tuple(checks), id_column=spec.get("id_column"))


def resolve(kwargs: dict[str, Any], parameters: dict[str, Any]) -> dict[str, Any]:
    """Arguments with `$name` values taken from the run's parameters."""
    resolved = {}
    for key, value in kwargs.items():
        if isinstance(value, str) and value.startswith("$"):
            if value[1:] not in parameters:
                raise SuiteError(f"no run parameter {value!r} for argument {key!r}")
            value = parameters[value[1:]]
        resolved[key] = value
    return resolved


def gx_expectation(check: Check, parameters: dict[str, Any], index: int):
    """The Great Expectations expectation object for a check (class looked up by its type name)."""
    import great_expectations as gx

    class_name = "".join(part.capitalize() for part in check.type.split("_"))
    expectation_class = getattr(gx.expectations, class_name, None)
    if expectation_class is None:
        raise SuiteError(f"Great Expectations has no expectation {check.type!r}")
    return expectation_class(**resolve(check.kwargs, parameters), meta={"check": index})
