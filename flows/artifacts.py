"""What a run shows its operator: the summary and data-quality report as Prefect artifacts and files."""

from pathlib import Path

from prefect.artifacts import create_markdown_artifact, create_table_artifact

from dateline.files import write_atomically
from dateline.pages.dq_page import render_report
from dateline.pages.outputs import dq_report_path
from dateline.parameters import NightParameters
from dateline.runtime import utc_now


def publish_quality(parameters: NightParameters, run_id: str, checks) -> Path:
    """Write the run's HTML report beside the warehouse; a table artifact of the failed checks."""
    now = utc_now()
    rows = [check.as_row(run_id, now) for check in checks]
    path = dq_report_path(parameters.target, run_id).resolve()
    write_atomically(path, render_report(run_id, now, rows))
    failed = [{k: row[k] for k in ("suite", "expectation", "on_failure", "unexpected_count", "examples")}
              for row in rows if not row["success"]]
    create_table_artifact(failed or [{"suite": "-", "expectation": "no check failed", "on_failure": "",
                                      "unexpected_count": 0, "examples": ""}],
                          key="nightly-dq-failures", description="Data-quality checks that failed")
    return path


def publish_summary(summary: dict, parameters: NightParameters, report: Path, pages: dict[str, Path]) -> None:
    """Print the counts per stage and table, and keep them as the run's markdown artifact, with links
    to the pages the night wrote for people (`pages`: title -> file)."""
    stage_lines = [f"| {stage} | {name} | {value} |" for stage, values in summary["stages"].items()
                   for name, value in values.items()]
    table_lines = [f"| {table} | {rows} |" for table, rows in summary["tables"].items()]
    markdown = "\n".join([
        f"# Nightly run `{summary['run_id']}`", f"Warehouse: `{parameters.target}`",
        f"Data-quality report: [{report.name}]({report.as_uri()}) (`{report}`)",
        *(f"{title}: [{path.name}]({path.resolve().as_uri()}) (`{path.resolve()}`)" for title, path in pages.items()),
        "",
        "| stage | count | value |", "|---|---|---|", *stage_lines, "",
        "| table | rows after the run |", "|---|---|", *table_lines,
    ])
    create_markdown_artifact(markdown, key="nightly-summary", description="Counts per stage and table")
    print(markdown)
