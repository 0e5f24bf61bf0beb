"""The analysts' report: one self-contained HTML file (charts, map shapes, data and the Vega libraries
all inline; it asks no other host for anything) over a window of publication days."""

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from pathlib import Path

import duckdb
import jinja2
import polars as pl

from dateline.files import write_atomically
from dateline.pages import charts
from dateline.runtime import user_cache_dir, utc_now
from warehouse.db import sql

DEFAULT_DAYS = 30
MAX_PAIRS = 30  # actor pairs drawn: beyond a few dozen a node-link diagram stops being readable
MAX_PLACES = 500  # places drawn: the most named; thousands of dots hide each other
MAX_INCIDENTS = 10  # incidents listed under the map, the most-reported first
TEMPLATES = Path(str(resources.files("dateline.pages") / "templates"))


class ReportError(ValueError):
    pass


@dataclass(frozen=True)
class Window:
    since: date
    until: date

    def __post_init__(self):
        if self.since > self.until:
            raise ReportError(f"the window starts ({self.since}) after it ends ({self.until})")

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    @property
    def recent_days(self) -> int:
        """The recent part that rising and falling entities compare with the rest of the window."""
        return 7 if self.days >= 14 else max(1, self.days // 2)

    @property
    def label(self) -> str:
        return str(self.since) if self.days == 1 else f"{self.since} to {self.until}"


@dataclass(frozen=True)
class Section:
    title: str
    spec: dict | None = None  # a Vega-Lite chart; None when the window has no rows for it
    empty: str = ""  # said instead of the chart
    note: str = ""
    table: list[dict] = field(default_factory=list)
    link: str | None = None  # the full page this section sums up (the run's data-quality report)


def window_for(con: duckdb.DuckDBPyConnection, since: date | None, until: date | None,
               days: int = DEFAULT_DAYS) -> Window:
    """The window asked for; a missing end defaults to the latest publication day in the warehouse
    (today when it has none), a missing start to `days` days before the end."""
    if until is None:
        until = con.execute(sql("report_latest_day")).fetchone()[0] or date.today()
    return Window(since or until - timedelta(days=days - 1), until)


@dataclass(frozen=True)
class Report:
    window: Window
    totals: dict  # report_totals: articles, sources, entities, incidents, killed, wounded
    sections: list[Section]


def build_report(con: duckdb.DuckDBPyConnection, window: Window, dq_link: str | None = None) -> Report:
    """Every section of the report, read from the marts over `window`."""
    params = {"since": window.since, "until": window.until}

    def frame(name: str, **extra) -> pl.DataFrame:
        text = sql(name)  # DuckDB refuses parameters a query does not name
        return con.execute(text, {k: v for k, v in {**params, **extra}.items() if f"${k}" in text}).pl()

    label, span = window.label, (window.since, window.until)
    totals = frame("report_totals").row(0, named=True)
    places = frame("report_places_in_news", max_places=MAX_PLACES)
    sections = [
        _section("Articles per day and source", frame("report_articles_per_day"),
                 lambda f: charts.articles_per_day(f, label, span), f"No article was published {_in(window)}."),
        _trends_section(window, frame),
        _section("Events per day and type", frame("report_events_per_day"),
                 lambda f: charts.events_per_day(f, label, span), f"No event happened {_in(window)}."),
        _section("Killed and wounded per day", frame("report_casualties_per_day"),
                 lambda f: charts.casualties_per_day(f, label, span), f"No incident with casualties {_in(window)}."),
        _section("Places in the news", places, lambda f: charts.places_map(f, label),
                 f"No article named a place that could be geocoded {_in(window)}.",
                 table=_rows(places.head(10).select("place", "level", "country_code", "articles", "named_with"))),
        _section("Events on the map", frame("report_incident_places"), lambda f: charts.incident_map(f, label),
                 f"No incident with a known place {_in(window)}.",
                 note=(f"{totals['incidents_without_place']} of {totals['incidents']} incidents have no geocoded "
                       "place and are not on the map. " if totals["incidents_without_place"] else "")
                 + "The table lists the most-reported incidents, those that most sources report first.",
                 table=_rows(frame("report_incidents", max_incidents=MAX_INCIDENTS))),
        _section("Actor network", frame("report_actor_network", max_pairs=MAX_PAIRS),
                 lambda f: charts.actor_network(f, label), f"No two actors were named in one article {_in(window)}."),
    ]
    newcomers = frame("report_new_entities")
    sections.append(_section("New entities", newcomers, lambda f: charts.new_entities(f, label),
                             f"No entity was mentioned for the first time {_in(window)}.",
                             table=_rows(newcomers.head(50))))
    sections.append(_quality_section(frame("report_quality"), dq_link))
    return Report(window, totals, sections)


def render_report(report: Report, warehouse: str, generated_at: datetime) -> str:
    """The whole page: the Vega libraries inline once, then each section's spec."""
    specs = {f"chart-{number}": section.spec for number, section in enumerate(report.sections) if section.spec}
    return _template().render(
        sections=list(enumerate(report.sections)), window=report.window, totals=report.totals,
        warehouse=warehouse, generated_at=generated_at, vega_bundle=_vega_bundle(),
        specs_json=_script_safe(json.dumps(specs, default=str, separators=(",", ":"))))


def write_report(con: duckdb.DuckDBPyConnection, out: Path, *, since: date | None = None,
                 until: date | None = None, warehouse: str = "", dq_report: Path | None = None,
                 generated_at: datetime | None = None) -> Path:
    """Write the report of `since`..`until` to `out`; `dq_report`, the latest run's data-quality page,
    is linked relative to `out`."""
    window = window_for(con, since, until)
    dq_link = Path(_relative(dq_report, out.parent)).as_posix() if dq_report and dq_report.exists() else None
    html = render_report(build_report(con, window, dq_link), warehouse, generated_at or utc_now())
    return write_atomically(out, html)


def _trends_section(window: Window, frame) -> Section:
    title = "Entities rising and falling"
    if window.days < 2:
        return Section(title, empty="A window of one day has no earlier days to compare it with.")
    trends = frame("report_entity_trends", pivot=window.until - timedelta(days=window.recent_days),
                   recent_days=window.recent_days, earlier_days=window.days - window.recent_days)
    return _section(title, trends, lambda f: charts.entity_trends(f, window.label, window.recent_days),
                    f"No entity was mentioned more or less often in the last {window.recent_days} days of the "
                    "window than before them.")


def _section(title: str, frame: pl.DataFrame, chart, empty: str, note: str = "", table=()) -> Section:
    if frame.is_empty():
        return Section(title, empty=empty, note=note)
    return Section(title, spec=chart(frame), note=note, table=list(table))


def _quality_section(frame: pl.DataFrame, dq_link: str | None) -> Section:
    title = "Data quality of the latest run"
    if frame.is_empty():
        return Section(title, empty="No run is recorded in this warehouse yet.")
    run = frame.row(0, named=True)
    note = (f"Run {run['run_id']} ({run['status']}, started {run['started_at']:%Y-%m-%d %H:%M} UTC): "
            f"{int(frame['passed'].sum() or 0)} checks passed, {int(frame['failed'].sum() or 0)} failed, "
            f"{run['quarantined']} records quarantined.")
    rows = [{"suite": r["suite"], "passed": r["passed"], "failed": r["failed"], "unexpected rows": r["unexpected_rows"]}
            for r in frame.iter_rows(named=True) if r["suite"] is not None]
    return Section(title, note=note, table=rows, empty="" if rows else "The run recorded no check.", link=dq_link)


def _rows(frame: pl.DataFrame) -> list[dict]:
    return [{k.replace("_", " "): v for k, v in row.items()} for row in frame.iter_rows(named=True)]


def _in(window: Window) -> str:
    return f"on {window.since}" if window.days == 1 else f"from {window.since} to {window.until}"


def _relative(path: Path, start: Path) -> str:
    import os

    return os.path.relpath(path.resolve(), start.resolve())


def _script_safe(text: str) -> str:
    """JSON inside <script>: an article title holding '</script>' or '<!--' must not end the script."""
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


@cache
def _vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one script. vl-convert bundles them in seconds, always the same
    for one vl-convert version: kept in the user's cache, by that version (built again if it cannot be)."""
    import vl_convert

    cached = user_cache_dir() / f"vega-bundle-{vl_convert.__version__}.js"
    try:
        return cached.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    bundle = vl_convert.javascript_bundle()
    try:
        write_atomically(cached, bundle)
    except OSError:  # a read-only or full home: the report is still whole, only slower to write
        pass
    return bundle


@cache
def _template() -> jinja2.Template:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                                     undefined=jinja2.StrictUndefined)
    return environment.get_template("report.html")
