"""`dateline`: run the nightly flow, serve it on a schedule, query the warehouse."""

import ipaddress
import os
import sys
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import typer

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
from dateline.runtime import prepare_environment, start_prefect_api, turn_off_telemetry, user_cache_dir, wait_for_prefect_api

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)

Warehouse = Annotated[str, typer.Option(help=NightParameters.model_fields["warehouse"].description)]
DataPath = Annotated[Optional[Path], typer.Option(help=NightParameters.model_fields["data_path"].description)]
Since = Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="First publication day.")]
Until = Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="Last publication day.")]
GOLD = Path(str(resources.files("dateline.evaluation") / "gold"))  # the gold sets, shipped in the package


@app.command()
@night_options()
def run(parameters: dict) -> None:
    """Run the nightly flow once, here, on a Prefect API of its own (nothing to start first)."""
    _run_night(_checked(parameters))


@app.command()
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
        _fail(str(error))
    return parameters


def _run_night(parameters: NightParameters) -> None:
    prepare_environment(parameters.data_dir)
    start_prefect_api()  # before Prefect is imported: it reads PREFECT_API_URL once
    from dateline.night.resources import prepare_resources

    prepare_resources(parameters)  # the workers load the model while the server starts
    wait_for_prefect_api()
    from flows.nightly import nightly

    nightly(parameters)


@app.command()
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


@app.command()
def server(warehouse: Warehouse = DEFAULT_WAREHOUSE, data_path: DataPath = None) -> None:
    """Start a Prefect server and UI (http://127.0.0.1:4200) with Dateline's settings."""
    prepare_environment(_target(warehouse, data_path).data_dir)
    os.execv(sys.executable, [sys.executable, "-m", "prefect", "server", "start"])


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="Text file, or JSONL of {doc_id, text}; '-' for standard input.")],
    warehouse: Annotated[Optional[str], typer.Option(help="Resolve against this warehouse's entities.")] = None,
    data_path: DataPath = None,
) -> None:
    """Print what a night extracts from the text, as JSONL {doc_id, body, entities, counts, incidents,
    refused}: the night's own stages (cleaning, the model, entities, counts, incidents, their checks), the
    offsets into `body`, the text as cleaned."""
    from dateline.night.extract import read_docs, write_jsonl

    content = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    docs = read_docs(content, "stdin" if path == "-" else Path(path).name)
    if warehouse is None:
        with _extraction(user_cache_dir()) as extraction:
            write_jsonl(extraction.records(docs), sys.stdout)
        return
    target = _existing(warehouse, data_path)
    with target.connect(read_only=True) as con, _extraction(target.data_dir / ".cache", con) as extraction:
        write_jsonl(extraction.records(docs), sys.stdout)


@contextmanager
def _extraction(cache_dir: Path, warehouse=None):
    """The night's extraction, loaded as a night loads it, in this process."""
    turn_off_telemetry()
    from dateline.night.extract import Extraction

    extraction = Extraction.load(cache_dir, warehouse)
    try:
        yield extraction
    finally:
        extraction.close()


@app.command()
def quality(
    entities: Annotated[Path, typer.Option(help="Gold JSONL {doc_id, text, entities}.")] = GOLD / "entities.jsonl",
    counts: Annotated[Path, typer.Option(help="Gold JSONL {doc_id, text, counts}.")] = GOLD / "counts.jsonl",
    incidents: Annotated[Path, typer.Option(help="Gold JSONL {doc_id, published_date, text, incidents}.")
                         ] = GOLD / "incidents.jsonl",
    clusters: Annotated[Path, typer.Option(help="Gold JSONL {doc_id, published_date, text, event, incident}.")
                        ] = GOLD / "incident_clusters.jsonl",
    show_errors: Annotated[bool, typer.Option(help="List every miss and every spurious find.")] = False,
) -> None:
    """Score extraction against the gold sets: entity spans and canonical names, counts, incidents
    (totals, kinds, places) and the clustering of articles that report one event."""
    with _extraction(user_cache_dir()) as extraction:
        _score(extraction, entities, counts, incidents, clusters, show_errors)


def _score(extraction, entities: Path, counts: Path, incidents: Path, clusters: Path, show_errors: bool) -> None:
    import polars as pl

    from dateline.evaluation.quality import (
        article_clusters,
        bcubed,
        canonical_accuracy,
        count_errors,
        count_scores,
        errors,
        incident_scores,
        span_scores,
    )
    from dateline.night.extract import Doc, _day
    from transforms.duplicates import minhash_signatures
    from transforms.names import name_key

    entity_gold, count_gold = _read_jsonl(entities), _read_jsonl(counts)
    incident_gold, cluster_gold = _read_jsonl(incidents), _read_jsonl(clusters)
    entity_found = list(extraction.records([Doc(d["doc_id"], d["text"]) for d in entity_gold]))
    count_found = list(extraction.records([Doc(d["doc_id"], d["text"]) for d in count_gold]))
    typer.echo(f"Entities ({len(entity_gold)} docs, exact spans)")
    _print_scores(span_scores(entity_gold, entity_found))
    right, total = canonical_accuracy(entity_gold, entity_found)
    typer.echo(f"canonical names right on matched spans: {right}/{total} = {right / max(total, 1):.3f}\n")
    typer.echo(f"Counts ({len(count_gold)} docs)")
    _print_scores(count_scores(count_gold, count_found))

    def docs(gold):
        return [Doc(d["doc_id"], d["text"], _day(d["published_date"])) for d in gold]

    incident_found = list(extraction.records(docs(incident_gold)))
    scores = incident_scores(incident_gold, incident_found, extraction.same_place)
    typer.echo(f"\nIncidents ({len(incident_gold)} reports, {scores.gold} incidents; {scores.found} found, "
               f"{scores.matched} matched by type)")
    for label, right, total in (
            ("killed exact (low and high)", scores.killed_exact, scores.killed_gold),
            ("killed within 10% (best)", scores.killed_within_10, scores.killed_gold),
            ("kind (incident/toll/historical)", scores.kind_right, scores.gold),
            ("place (same GeoNames place)", scores.places_right, scores.places_gold),
            ("tolls and history kept out of the daily marts", scores.not_incidents - scores.leaks,
             scores.not_incidents)):
        typer.echo(f"{label:<48} {right:>4}/{total:<4} = {right / max(total, 1):.3f}")
    signatures = minhash_signatures(pl.DataFrame({"article_id": [d["doc_id"] for d in cluster_gold],
                                                  "body": [d["text"] for d in cluster_gold]}))
    countries = {name_key(name) for name in extraction.gazetteer.countries.values()}
    labels = article_clusters(list(extraction.records(docs(cluster_gold))), {d["doc_id"]: d for d in cluster_gold},
                              signatures, countries)
    precision, recall, f1 = bcubed({d["doc_id"]: d["event"] for d in cluster_gold}, labels)
    typer.echo(f"\nClusters ({len(cluster_gold)} articles, {len({d['event'] for d in cluster_gold})} events): "
               f"B-cubed precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")
    if show_errors:
        for row in errors(entity_gold, entity_found) + count_errors(count_gold, count_found):
            typer.echo("\t".join(row))
        found = {d["doc_id"]: d["incidents"] for d in incident_found}
        for doc in incident_gold:
            typer.echo(f"{doc['doc_id']}\tgold\t{_brief(doc['incidents'])}\n{doc['doc_id']}\tfound\t"
                       f"{_brief(found[doc['doc_id']])}\t{doc['text'][:120]}")
        by_event: dict[str, list[str]] = {}
        for doc in cluster_gold:
            by_event.setdefault(doc["event"], []).append(f"{doc['doc_id']}->{str(labels[doc['doc_id']])[-6:]}")
        for event, members in sorted(by_event.items()):
            typer.echo(f"{event}\t{' '.join(members)}")


def _brief(incidents: list[dict]) -> str:
    return "; ".join(f"{i['kind'][:4]} {i['type']} k={_figure(i['killed'])} w={_figure(i['wounded'])} "
                     f"@{i['place']}" for i in incidents)


def _figure(figure: dict | None) -> str:
    return "-" if figure is None else f"{figure['low']}..{figure['high']}"


def _read_jsonl(path: Path) -> list[dict]:
    import json

    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _print_scores(scores) -> None:
    typer.echo(f"{'':<14} {'gold':>6} {'found':>6} {'right':>6} {'precision':>10} {'recall':>8} {'F1':>6}")
    for score in scores:
        typer.echo(f"{score.label:<14} {score.gold:>6} {score.predicted:>6} {score.correct:>6} "
                   f"{score.precision:>10.3f} {score.recall:>8.3f} {score.f1:>6.3f}")


@app.command()
def dq(
    run: Annotated[Optional[str], typer.Option("--run", help="Run id; the latest run when not given.")] = None,
    warehouse: Warehouse = DEFAULT_WAREHOUSE,
    data_path: DataPath = None,
) -> None:
    """Show a run's data-quality results: every check, failures first."""
    from warehouse.db import sql as sql_text

    with _existing(warehouse, data_path).connect(read_only=True) as con:
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


@app.command()
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
        _fail(f"unknown --format {format!r}; one of {', '.join(FORMATS)}")
    if query is not None and query != "-" and file is not None:
        _fail("give the SQL as an argument or as --file, not both")
    if file is not None:
        if not file.is_file():
            _fail(f"no SQL file at {file}")
        query = file.read_text(encoding="utf-8")
    elif query is None or query == "-":
        if query is None and sys.stdin.isatty():
            _fail("no SQL: give it as an argument, with --file, or on standard input")
        query = sys.stdin.read()
    if not query.strip():
        _fail("the SQL is empty")
    with _existing(warehouse, data_path).connect(read_only=True) as con:
        try:
            answer = con.sql(query) if format == "table" else con.execute(query)
            if answer is None or answer.description is None:
                _fail("the SQL gives no rows to print: it is a statement, not a query")
            if format == "table":
                answer.show(max_rows=max_rows, max_width=200)
            else:
                write_rows([d[0] for d in answer.description], iter(answer.fetchone, None), format, sys.stdout)
        except duckdb.Error as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from None


@app.command()
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

    target = _existing(warehouse, data_path)
    try:
        with target.connect(read_only=True) as con:
            path = write_report_for(con, target, out, since=since.date() if since else None,
                                    until=until.date() if until else None)
    except ReportError as error:
        _fail(str(error))
    except duckdb.CatalogException as error:
        _fail(f"{target} lacks the marts the report reads ({error}); `dateline run` migrates it")
    typer.echo(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


@app.command()
def docs(
    warehouse: Warehouse = DEFAULT_WAREHOUSE,
    data_path: DataPath = None,
    out: Annotated[Optional[Path], typer.Option(help="Folder to write [default: docs/ beside the warehouse].")] = None,
) -> None:
    """Write the warehouse's documentation site (entry page OUT/index.html): every table and view with
    its grain, columns, types, descriptions, keys, checks, the stage that writes it and its lineage."""
    from dateline.pages.outputs import write_docs_for

    target = _existing(warehouse, data_path)
    with target.connect(read_only=True) as con:
        index = write_docs_for(con, target, out)
    typer.echo(f"wrote {index}")


def _target(warehouse: str, data_path: Path | None):
    """The warehouse a --warehouse/--data-path pair names; a bad pair exits 2 saying why."""
    from warehouse.target import WarehouseSpecError, parse_warehouse

    try:
        return parse_warehouse(warehouse, data_path)
    except WarehouseSpecError as error:
        _fail(str(error))


def _existing(warehouse: str, data_path: Path | None):
    """The warehouse to read, which a night must have written already."""
    target = _target(warehouse, data_path)
    if not target.exists():
        _fail(f"no warehouse at {target}; run `dateline run` first")
    return target


def _path(path: Path | None) -> str | None:
    return str(path) if path is not None else None


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


if __name__ == "__main__":
    app()
