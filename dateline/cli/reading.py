"""Commands that read the warehouse: SQL, a run's data quality, the report and the docs site."""

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli.common import DataPath, Since, Until, Warehouse, existing, fail
from dateline.parameters import DEFAULT_WAREHOUSE


def dq(
    run: Annotated[Optional[str], typer.Option("--run", help="Run id; the latest run when not given.")] = None,
    warehouse: Warehouse = DEFAULT_WAREHOUSE,
    data_path: DataPath = None,
) -> None:
    """Show a run's data-quality results: every check, failures first."""
    from warehouse.db import sql as sql_text

    with existing(warehouse, data_path).connect(read_only=True) as con:
        run_id = run or (con.execute(sql_text("latest_run")).fetchone() or [None])[0]
        if run_id is None:
            typer.echo("no runs yet", err=True)
            raise typer.Exit(1)
        header = con.execute("SELECT status, started_at, error FROM ops_runs WHERE run_id = ?", [run_id]).fetchone()
        if header is None:
            typer.echo(f"error: no run {run_id!r} in {warehouse}", err=True)
            raise typer.Exit(1)
        typer.echo(f"run {run_id}: {header[0]}, started {header[1]:%Y-%m-%d %H:%M:%S} UTC"
                   + (f"\n{header[2]}" if header[2] else ""))
        rows = con.execute(sql_text("dq_results"), {"run_id": run_id}).fetchall()
    typer.echo(f"{'suite':<14} {'result':<8} {'on failure':<11} {'unexpected':>10}  expectation")
    for suite, expectation, on_failure, success, unexpected in rows:
        typer.echo(f"{suite:<14} {'passed' if success else 'FAILED':<8} {on_failure:<11} {unexpected or 0:>10}  "
                   f"{expectation}")


def sql(
    query: Annotated[Optional[str], typer.Argument(
        help="SQL to run against the warehouse (read only); '-' or nothing with --file reads it from there.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the SQL from this file.")] = None,
    warehouse: Warehouse = DEFAULT_WAREHOUSE,
    data_path: DataPath = None,
    format: Annotated[str, typer.Option("--format", help="table, csv, json or markdown.")] = "table",
    max_rows: Annotated[int, typer.Option(help="Rows a table shows at most (the other formats write every row).")
                        ] = 100,
) -> None:
    """Print the answer to a SQL query: a table to read, or CSV, JSON or Markdown to pass on.
    The SQL comes from the argument, from --file, or from standard input ('-', or no argument)."""
    import duckdb

    from dateline.cli.sql_output import FORMATS, write_rows

    if format not in FORMATS:
        fail(f"unknown --format {format!r}; one of {', '.join(FORMATS)}")
    if query is not None and query != "-" and file is not None:
        fail("give the SQL as an argument or as --file, not both")
    if file is not None:
        if not file.is_file():
            fail(f"no SQL file at {file}")
        query = file.read_text(encoding="utf-8")
    elif query is None or query == "-":
        if query is None and sys.stdin.isatty():
            fail("no SQL: give it as an argument, with --file, or on standard input")
        query = sys.stdin.read()
    if not query.strip():
        fail("the SQL is empty")
    with existing(warehouse, data_path).connect(read_only=True) as con:
        try:
            answer = con.sql(query) if format == "table" else con.execute(query)
            if answer is None or answer.description is None:
                fail("the SQL gives no rows to print: it is a statement, not a query")
            if format == "table":
                answer.show(max_rows=max_rows, max_width=200)
            else:
                write_rows([d[0] for d in answer.description], iter(answer.fetchone, None), format, sys.stdout)
        except duckdb.Error as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from None


def report(
    warehouse: Warehouse = DEFAULT_WAREHOUSE,
    data_path: DataPath = None,
    since: Since = None,
    until: Until = None,
    out: Annotated[Optional[Path], typer.Option(help="HTML file to write [default: report.html beside the warehouse].")
                   ] = None,
) -> None:
    """Write the analysts' report, one self-contained HTML file that opens offline: articles per day
    and source, entities rising and falling, killed and wounded, incidents on a world map, the actor
    network, new entities and the latest run's data quality. The window defaults to the 30 days up to
    the latest publication day."""
    import duckdb

    from dateline.pages.outputs import write_report_for
    from dateline.pages.report import ReportError

    target = existing(warehouse, data_path)
    try:
        with target.connect(read_only=True) as con:
            path = write_report_for(con, target, out, since=since.date() if since else None,
                                    until=until.date() if until else None)
    except ReportError as error:
        fail(str(error))
    except duckdb.CatalogException as error:
        fail(f"{target} lacks the marts the report reads ({error}); `dateline run` migrates it")
    typer.echo(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


def docs(
    warehouse: Warehouse = DEFAULT_WAREHOUSE,
    data_path: DataPath = None,
    out: Annotated[Optional[Path], typer.Option(help="Folder to write [default: docs/ beside the warehouse].")] = None,
) -> None:
    """Write the warehouse's documentation site (entry page OUT/index.html): every table and view with
    its grain, columns, types, descriptions, keys, checks, the stage that writes it and its lineage."""
    from dateline.pages.outputs import write_docs_for

    target = existing(warehouse, data_path)
    with target.connect(read_only=True) as con:
        index = write_docs_for(con, target, out)
    typer.echo(f"wrote {index}")
