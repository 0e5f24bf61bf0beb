"""The report's charts: frames in, Vega-Lite specs out (through Altair), one function per chart.

Every title names the window; every axis says its unit. A chart is drawn only from rows: a section
with none says so in words instead (report.Section.empty)."""

import math
from datetime import date, timedelta

import altair as alt
import polars as pl

from dateline.pages.world import world_shapes

WIDTH = 760
ENTITY_TYPES = ["PERSON", "ORG", "GROUP", "PLACE", "EVENT", "OTHER"]


def count_axis(top: int | None) -> alt.Axis:
    """An axis of counts ticks whole numbers: no more ticks than the largest count (Vega's tickMinStep
    still draws 0.5 on a domain of 0 to 1)."""
    return alt.Axis(tickCount=max(1, min(int(top or 1), 8)), format="d")


def whole_legend(values: pl.Series) -> alt.Legend:
    """A legend of counts shows whole numbers from the smallest to the largest (Vega's own choice
    for a domain of 1 to 2 is 0, 1, 1: labels of 0.5 rounded)."""
    low, high = int(values.min()), int(values.max())
    steps = range(low, high + 1) if high - low < 4 else [low + round((high - low) * k / 3) for k in range(4)]
    return alt.Legend(values=sorted(set(steps)), format="d")


def day_scale(span: tuple[date, date]) -> alt.Scale:
    """The whole window on a day axis, quiet days included, not only the days with rows."""
    return alt.Scale(domain=[span[0].isoformat(), (span[1] + timedelta(days=1)).isoformat()])


def articles_per_day(frame: pl.DataFrame, window: str, span: tuple[date, date]) -> dict:
    """Stacked bars: articles per publication day, by source."""
    return alt.Chart(frame, title=f"Articles per day by source, {window}", width=WIDTH, height=260).mark_bar().encode(
        x=alt.X("yearmonthdate(date):T", title="publication day (UTC)", scale=day_scale(span)),
        y=alt.Y("sum(articles):Q", title="articles",
                axis=count_axis(frame.group_by("date").agg(pl.col("articles").sum())["articles"].max())),
        color=alt.Color("source:N", title="source"),
        tooltip=[alt.Tooltip("yearmonthdate(date):T", title="day"), "source:N",
                 alt.Tooltip("sum(articles):Q", title="articles")],
    ).to_dict()


def entity_trends(frame: pl.DataFrame, window: str, recent_days: int) -> dict:
    """Diverging bars: change in articles a day mentioning each entity, recent days against before."""
    return alt.Chart(
        frame, width=WIDTH - 240, height=alt.Step(16),
        title=alt.Title(f"Entities rising and falling, {window}",
                        subtitle=f"articles a day in the last {recent_days} days minus articles a day before them"),
    ).mark_bar().encode(
        y=alt.Y("canonical_name:N", sort=alt.EncodingSortField("change", order="descending"), title=None),
        x=alt.X("change:Q", title="change in articles per day"),
        color=alt.Color("direction:N", scale=alt.Scale(domain=["rising", "falling"], range=["#2a9d8f", "#e76f51"]),
                        title=None),
        tooltip=["canonical_name:N", "entity_type:N", alt.Tooltip("earlier_per_day:Q", title="before, per day"),
                 alt.Tooltip("recent_per_day:Q", title="recent, per day"), "change:Q"],
    ).to_dict()


def casualties_per_day(frame: pl.DataFrame, window: str, span: tuple[date, date]) -> dict:
    """Bars per day: people killed and wounded in the window's incidents, each incident once."""
    long = frame.unpivot(["killed", "wounded"], index="date", variable_name="casualty", value_name="people")
    return alt.Chart(long, title=f"People killed and wounded per day, {window}", width=WIDTH, height=240).mark_bar(
    ).encode(
        x=alt.X("yearmonthdate(date):T", title="day of the incident (UTC)", scale=day_scale(span)),
        xOffset=alt.XOffset("casualty:N"),
        y=alt.Y("people:Q", title="people (best estimate per incident)", axis=count_axis(long["people"].max())),
        color=alt.Color("casualty:N", scale=alt.Scale(domain=["killed", "wounded"], range=["#b23a48", "#f4a261"]),
                        title=None),
        tooltip=[alt.Tooltip("yearmonthdate(date):T", title="day"), "casualty:N", "people:Q"],
    ).to_dict()


LEVELS = ["town", "admin2", "admin1", "country", "feature"]  # dim_place.level, as the places map colours them


def places_map(frame: pl.DataFrame, window: str) -> dict:
    """A world map: one circle per place the articles name, sized by articles, coloured by its level."""
    points = alt.Chart(frame).mark_circle(opacity=0.6, stroke="white", strokeWidth=0.5).encode(
        longitude="longitude:Q", latitude="latitude:Q",
        size=alt.Size("articles:Q", title="articles", scale=alt.Scale(range=[20, 700]),
                      legend=whole_legend(frame["articles"])),
        color=alt.Color("level:N", title="place is a", scale=alt.Scale(
            domain=LEVELS, range=["#d62828", "#f77f00", "#fcbf49", "#457b9d", "#2a9d8f"])),
        tooltip=["place:N", "level:N", "region:N", "country_code:N", "articles:Q", "mentions:Q",
                 alt.Tooltip("named_with:N", title="named with"), "first_date:T", "last_date:T"],
    )
    return _world_layer(points, f"Places in the news, {window}")


def _world_layer(points: alt.Chart, title: str) -> dict:
    """`points` over land and borders, on an equal-area world map. The shapes are named datasets added
    to the finished spec: through Altair, its validation would walk every coordinate (seconds a map)."""
    shapes = world_shapes()
    base = alt.Chart(alt.NamedData(name="world-land")).mark_geoshape(fill="#e9ecef", stroke="#ced4da",
                                                                     strokeWidth=0.4)
    lines = alt.Chart(alt.NamedData(name="world-borders")).mark_geoshape(filled=False, stroke="#adb5bd",
                                                                         strokeWidth=0.4)
    spec = alt.layer(base, lines, points, title=title).properties(
        width=WIDTH, height=420, projection=alt.Projection(type="equalEarth")).to_dict()
    spec.setdefault("datasets", {}).update({
        "world-land": [f for f in shapes["features"] if f["properties"]["kind"] == "land"],
        "world-borders": [f for f in shapes["features"] if f["properties"]["kind"] == "border"]})
    return spec


# Event types in the order of seeds/event_types.csv, each with its colour on the chart and the map.
EVENT_TYPES = {"Battles": "#9d0208", "Explosions/Remote violence": "#e85d04", "Violence against civilians": "#6a040f",
               "Protests": "#3a86ff", "Riots": "#8338ec", "Strategic developments": "#6c757d", "Crime": "#2a9d8f",
               "Disasters": "#588157", "Accidents": "#b5838d", "Not typed": "#ced4da"}
EVENT_COLOURS = alt.Scale(domain=list(EVENT_TYPES), range=list(EVENT_TYPES.values()))


def events_per_day(frame: pl.DataFrame, window: str, span: tuple[date, date]) -> dict:
    """Stacked bars per day an event happened: events by type, each real-world event once."""
    return alt.Chart(frame, title=f"Events per day, by type, {window}", width=WIDTH, height=240).mark_bar().encode(
        x=alt.X("yearmonthdate(date):T", title="day the event happened (as its reports date it)", scale=day_scale(span)),
        y=alt.Y("events:Q", title="events", axis=count_axis(frame["events"].sum())),
        color=alt.Color("event_type:N", title="event type", scale=EVENT_COLOURS),
        tooltip=[alt.Tooltip("yearmonthdate(date):T", title="day"), "event_type:N", "events:Q", "killed:Q"],
    ).to_dict()


def incident_map(frame: pl.DataFrame, window: str) -> dict:
    """A world map: one circle per place and event type, sized by events, coloured by type."""
    points = alt.Chart(frame).mark_circle(opacity=0.7, stroke="white", strokeWidth=0.5).encode(
        longitude="longitude:Q", latitude="latitude:Q",
        size=alt.Size("incidents:Q", title="events", scale=alt.Scale(range=[40, 900]),
                      legend=whole_legend(frame["incidents"])),
        color=alt.Color("event_type:N", title="event type", scale=EVENT_COLOURS),
        tooltip=["place:N", "country_code:N", alt.Tooltip("place_precision:N", title="place known to"),
                 "event_type:N", alt.Tooltip("types:N", title="sub-types"), alt.Tooltip("incidents:Q", title="events"),
                 "killed:Q", "wounded:Q", "articles:Q", "first_date:T", "last_date:T"],
    )
    return _world_layer(points, f"Events by place and type, {window}")


def actor_network(frame: pl.DataFrame, window: str) -> dict:
    """Node-link diagram of the strongest actor pairs; positions from a seeded force layout, so the
    same night draws the same picture."""
    import networkx as nx

    graph = nx.Graph()
    for row in frame.iter_rows(named=True):
        graph.add_node(row["actor_a"], type=row["type_a"])
        graph.add_node(row["actor_b"], type=row["type_b"])
        graph.add_edge(row["actor_a"], row["actor_b"], articles=row["articles"])
    positions = nx.spring_layout(graph, seed=7, k=1.6 / math.sqrt(max(graph.number_of_nodes(), 1)))
    nodes = pl.DataFrame([{"actor": name, "type": data["type"], "x": float(positions[name][0]),
                           "y": float(positions[name][1]),
                           "articles": sum(d["articles"] for _, _, d in graph.edges(name, data=True)),
                           "partners": graph.degree(name)} for name, data in graph.nodes(data=True)])
    edges = pl.DataFrame([{"actor_a": a, "actor_b": b, "articles": d["articles"],
                           "x": float(positions[a][0]), "y": float(positions[a][1]),
                           "x2": float(positions[b][0]), "y2": float(positions[b][1])}
                          for a, b, d in graph.edges(data=True)])
    hidden = alt.Axis(title=None, labels=False, ticks=False, domain=False, grid=False)
    x, y = alt.X("x:Q", axis=hidden, scale=alt.Scale(zero=False)), alt.Y("y:Q", axis=hidden, scale=alt.Scale(zero=False))
    links = alt.Chart(edges).mark_rule(color="#adb5bd", opacity=0.7).encode(
        x=x, y=y, x2="x2:Q", y2="y2:Q",
        strokeWidth=alt.StrokeWidth("articles:Q", title="articles naming both", scale=alt.Scale(range=[0.5, 5]),
                                    legend=whole_legend(edges["articles"])),
        tooltip=["actor_a:N", "actor_b:N", alt.Tooltip("articles:Q", title="articles naming both")])
    dots = alt.Chart(nodes).mark_circle(opacity=0.9, stroke="white").encode(
        x=x, y=y, size=alt.Size("articles:Q", title="articles with a partner", scale=alt.Scale(range=[60, 700]),
                                legend=whole_legend(nodes["articles"])),
        color=alt.Color("type:N", title="actor type", scale=alt.Scale(domain=ENTITY_TYPES[:3])),
        tooltip=["actor:N", "type:N", "partners:Q", alt.Tooltip("articles:Q", title="articles with a partner")])
    labels = alt.Chart(nodes).mark_text(dy=-11, fontSize=10, color="#343a40").encode(x=x, y=y, text="actor:N")
    return alt.layer(links, dots, labels, title=alt.Title(
        f"Actor network, {window}", subtitle="people, organizations and groups named in the same articles")
    ).properties(width=WIDTH, height=460).to_dict()


def new_entities(frame: pl.DataFrame, window: str) -> dict:
    """Bars: the entities first mentioned in the window, by the articles that mention them."""
    top = frame.head(20)
    return alt.Chart(top, title=f"New entities (first mentioned {window}), top {top.height}", width=WIDTH - 240,
                     height=alt.Step(16)).mark_bar().encode(
        y=alt.Y("canonical_name:N", sort="-x", title=None),
        x=alt.X("articles:Q", title="articles in the window", axis=count_axis(top["articles"].max())),
        color=alt.Color("entity_type:N", title="type", scale=alt.Scale(domain=ENTITY_TYPES)),
        tooltip=["canonical_name:N", "entity_type:N", "first_seen_date:T", "articles:Q", "mentions:Q"],
    ).to_dict()
