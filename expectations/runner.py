"""Running suites: polars frames through Great Expectations (pandas, ephemeral context), the
warehouse through SQL in DuckDB. Results are plain rows for ops_dq_results and the report."""

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import polars as pl

from expectations.suites import Check, Suite, gx_expectation

ROW = "_row"
MAX_EXAMPLES = 10


class DataQualityError(RuntimeError):
    """A critical expectation failed; the run stops before the load commits."""

    def __init__(self, failures: list["CheckResult"]):
        self.failures = failures
        lines = [f"{f.suite}: {f.expectation} failed ({f.unexpected_count} unexpected, e.g. {f.examples[:3]})"
                 for f in failures]
        super().__init__("critical data-quality checks failed: " + "; ".join(lines))


@dataclass(frozen=True)
class CheckResult:
    suite: str
    expectation: str
    on_failure: str
    success: bool
    observed_value: str | None = None
    element_count: int | None = None
    unexpected_count: int = 0
    examples: list = field(default_factory=list)
    rows: tuple[int, ...] = ()  # positions of the failing rows in the frame validated
    columns: tuple[str, ...] = ()  # the columns checked

    def as_row(self, run_id: str, checked_at: datetime) -> dict:
        return {"run_id": run_id, "suite": self.suite, "expectation": self.expectation,
                "on_failure": self.on_failure, "success": self.success, "observed_value": self.observed_value,
                "element_count": self.element_count, "unexpected_count": self.unexpected_count,
                "examples": json.dumps(self.examples, default=str), "checked_at": checked_at}


class Validator:
    """One ephemeral Great Expectations context per run (it takes seconds to import and build)."""

    def __init__(self):
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.gx = gx
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        self.source = self.context.data_sources.add_pandas("frames")
        self.assets = 0

    def validate(self, frame: pl.DataFrame, suite: Suite, parameters: dict[str, Any]) -> list[CheckResult]:
        """Every check of the suite on the frame, row positions of the failures included."""
        checks = [c for c in suite.checks if c.query is None and not c.accounting]
        if not checks:
            return []
        columns = {column for check in checks for column in check.columns}
        data = frame.with_row_index(ROW).select(ROW, *sorted(columns)).to_pandas()
        gx_suite = self.gx.ExpectationSuite(name=suite.table)
        for index, check in enumerate(checks):
            gx_suite.add_expectation(gx_expectation(_typed(check, frame), parameters, index))
        self.assets += 1
        name = f"{suite.table}-{self.assets}"
        asset = self.source.add_dataframe_asset(name)
        try:
            batch = asset.add_batch_definition_whole_dataframe("whole").get_batch(batch_parameters={"dataframe": data})
            outcome = batch.validate(gx_suite, result_format={"result_format": "COMPLETE",
                                                              "unexpected_index_column_names": [ROW]})
        finally:
            self.source.delete_asset(name)  # the asset holds the frame: a night validates hundreds
        results = []
        for result in outcome.results:
            check = checks[result.expectation_config.meta["check"]]
            details = result.result or {}
            rows = tuple(sorted({int(item[ROW]) for item in details.get("unexpected_index_list") or []}))
            results.append(CheckResult(
                suite=suite.table, expectation=check.name, on_failure=check.on_failure, success=bool(result.success),
                observed_value=_text(details.get("observed_value")), element_count=details.get("element_count"),
                unexpected_count=int(details.get("unexpected_count") or 0),
                examples=[_plain(v) for v in (details.get("partial_unexpected_list") or [])[:MAX_EXAMPLES]],
                rows=rows, columns=check.columns,
            ))
        return results


def run_warehouse_checks(con, suite: Suite, sql_text, accounting: dict[str, int]) -> list[CheckResult]:
    """Warehouse checks: each query returns one row per violation; the accounting check compares
    the rows a run read with the rows it loaded, linked as duplicates, quarantined or deferred."""
    results = []
    for check in suite.checks:
        if check.query is not None:
            violations = con.execute(sql_text(check.query)).fetchall()
            results.append(CheckResult(suite.table, check.name, check.on_failure, not violations,
                                       observed_value=f"{len(violations)} violations",
                                       unexpected_count=len(violations),
                                       examples=[list(v) for v in violations[:MAX_EXAMPLES]]))
        elif check.accounting:
            read, accounted = accounting["read"], sum(v for k, v in accounting.items() if k != "read")
            results.append(CheckResult(suite.table, check.name, check.on_failure, read == accounted,
                                       observed_value=json.dumps(accounting, sort_keys=True),
                                       unexpected_count=abs(read - accounted)))
    return results


def merge_results(results: list[CheckResult]) -> list[CheckResult]:
    """One result per suite and expectation from the results of every chunk: it passed if every chunk
    passed; elements and unexpected values add up; the first examples are kept."""
    merged: dict[tuple[str, str], CheckResult] = {}
    for result in results:
        key = (result.suite, result.expectation)
        seen = merged.get(key)
        if seen is None:
            merged[key] = replace(result, rows=())
            continue
        merged[key] = replace(
            seen, success=seen.success and result.success,
            observed_value=seen.observed_value if not seen.success or result.success else result.observed_value,
            element_count=None if seen.element_count is None and result.element_count is None
            else (seen.element_count or 0) + (result.element_count or 0),
            unexpected_count=seen.unexpected_count + result.unexpected_count,
            examples=(seen.examples + result.examples)[:MAX_EXAMPLES])
    return list(merged.values())


def failing_rows(results: list[CheckResult]) -> set[int]:
    """Positions of the rows that quarantine checks refused."""
    return {row for r in results if not r.success and r.on_failure == "quarantine" for row in r.rows}


def critical_failures(results: list[CheckResult]) -> list[CheckResult]:
    return [r for r in results if not r.success and r.on_failure == "fail_run"]


def _typed(check: Check, frame: pl.DataFrame) -> Check:
    """ISO strings as datetimes where the column is a datetime, so bounds compare as times."""
    column = check.kwargs.get("column")
    if column is None or not isinstance(frame.schema.get(column), pl.Datetime):
        return check
    kwargs = {k: datetime.fromisoformat(v) if k in ("min_value", "max_value") and isinstance(v, str)
              and not v.startswith("$") else v for k, v in check.kwargs.items()}
    return Check(check.type, check.on_failure, kwargs, check.query, check.accounting)


def _plain(value):
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def _text(value) -> str | None:
    return None if value is None else json.dumps(_plain(value), default=str)



def quarantine_failures(frame: pl.DataFrame, results: list[CheckResult], run_id: str, at: datetime,
                        locator: str) -> list[dict]:
    """ops_quarantine rows for the rows refused by quarantine checks. The frame carries
    `source_path` and `content_hash`; `locator` formats a row's place ('mention {start}-{end}')."""
    from transforms.quarantine import quarantine_row

    rows = []
    for result in results:
        if result.success or result.on_failure != "quarantine":
            continue
        for position in result.rows:
            record = frame.row(position, named=True)
            rows.append(quarantine_row(
                source_path=record["source_path"], record_locator=locator.format(**record), stage="validate",
                reason=f"{result.suite}: {result.expectation}", detail=f"failed {result.expectation} in suite "
                f"{result.suite}", disposition="rejected", file_hash=record["content_hash"],
                excerpt=json.dumps({k: v for k, v in record.items() if k in result.columns}, default=str),
                run_id=run_id, at=at))
    return rows



def with_article(frame: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Mention or count rows with their article's path, content hash and body length: what the
    checks compare offsets with and what a quarantine row names."""
    return frame.join(articles.select("article_id", "source_path", "content_hash",
                                      pl.col("body").str.len_chars().alias("body_length")),
                      on="article_id", how="left")


def with_place_check(articles: pl.DataFrame, place_names: list[str]) -> pl.DataFrame:
    """Staged articles with `dateline_place_is_known` (null where there is no dateline): a column
    check is far faster in Great Expectations than a value set of thousands of places."""
    place = pl.col("dateline_place")
    return articles.with_columns(
        pl.when(place.is_null()).then(None).otherwise(place.is_in(place_names)).alias("dateline_place_is_known"))
