"""A hand-built warehouse for testing marts and the report: a few rows whose right answers are known,
inserted by name into a really migrated DuckDB (only the columns a test cares about, plus NOT NULLs);
and `populated`, the report's two weeks of March 2024 (tests/test_report.py, test_pages_in_browser.py)."""

from datetime import date, datetime

import duckdb

from dateline.pages.report import Window
from warehouse.migrate import migrate


class Tiny:
    def __init__(self, con: duckdb.DuckDBPyConnection | None = None):
        self.con = con or duckdb.connect()
        migrate(self.con)
        self._sources: dict[str, int] = {}
        self._entities: dict[str, int] = {}
        self._places: dict[str, int] = {}

    def _insert(self, table: str, **values) -> None:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self.con.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))

    def _day(self, day: date) -> int:
        key = int(day.strftime("%Y%m%d"))
        if not self.con.execute("SELECT 1 FROM dim_date WHERE date_key = ?", [key]).fetchone():
            self._insert("dim_date", date_key=key, date=day, year=day.year, quarter=(day.month - 1) // 3 + 1,
                         month=day.month, month_name=day.strftime("%B"), day=day.day, day_of_week=day.isoweekday(),
                         day_name=day.strftime("%A"), iso_week=day.isocalendar()[1], is_weekend=day.isoweekday() > 5)
        return key

    def source(self, name: str) -> int:
        if name not in self._sources:
            self._sources[name] = len(self._sources) + 1
            self._insert("dim_source", source_key=self._sources[name], source_id=name.lower(), source_name=name,
                         is_domain=False)
        return self._sources[name]

    def article(self, key: int, source: str, published_at: datetime, dateline: str | None = None,
                title: str = "A title", words: int = 100) -> int:
        self._insert("dim_article", article_key=key, article_id=f"a{key}", title=title, source_key=self.source(source),
                     published_at=published_at, published_date_key=self._day(published_at.date()),
                     dateline_place=dateline, word_count=words, body="body", content_hash=f"h{key}",
                     source_path=f"{key}.txt", format="txt")
        return key

    def entity(self, name: str, type: str = "PERSON", first_seen: date | None = None,
               first_loaded_at: datetime | None = None) -> int:
        if name not in self._entities:
            self._entities[name] = 100 + len(self._entities)
            self._insert("dim_entity", entity_key=self._entities[name], entity_id=name.lower(), canonical_name=name,
                         entity_type=type, first_seen_date=first_seen, last_seen_date=first_seen,
                         first_loaded_at=first_loaded_at)
        return self._entities[name]

    def mention(self, article: int, name: str, count: int = 1, in_title: bool = False, place: str | None = None) -> None:
        """`place`: the dim_place row the mention names (a place entity, a nationality)."""
        self._insert("fct_entity_mention", article_key=article, entity_key=self._entities[name], mention_count=count,
                     first_offset=0, is_in_title=in_title, place_key=self._places[place] if place else None,
                     geocoded_by="context" if place else None)

    def cooccurrence(self, article: int, a: str, b: str, shared_sentences: int = 0) -> None:
        self._insert("fct_entity_cooccurrence", article_key=article, entity_key_a=self._entities[a],
                     entity_key_b=self._entities[b], shared_sentences=shared_sentences)

    def place(self, name: str, country: str | None, latitude: float, longitude: float, precision: str = "town",
              level: str | None = None) -> int:
        if name not in self._places:
            self._places[name] = 500 + len(self._places)
            self._insert("dim_place", place_key=self._places[name], place_id=name.lower(), name=name,
                         country_code=country, latitude=latitude, longitude=longitude, precision=precision,
                         level=level or {"region": "admin1"}.get(precision, precision))
        return self._places[name]

    def incident(self, key: int, day: date, reports: list[int], place: str | None = None, actor: str | None = None,
                 type: str = "KILL", killed: int | None = None, wounded: int | None = None,
                 kind: str = "incident", event: tuple[str, str] | None = None, happened: date | None = None,
                 actors: tuple[str | None, str | None] = (None, None), confidence: float | None = None) -> int:
        """One incident and a report of it in each of `reports` (article keys); `event` is its type and
        sub-type, `happened` the day the text dates it to (else the day it was reported), `confidence` how
        sure the clustering of its reports is."""
        place_key = self._places[place] if place else None
        actor_key = self._entities[actor] if actor else None
        event_type, sub_event_type = event or (None, None)
        self._insert("fct_incident", incident_key=key, kind=kind, incident_type=type, date_key=self._day(day),
                     place_key=place_key, actor_entity_key=actor_key, killed_best=killed, wounded_best=wounded,
                     n_articles=len(reports), n_sources=len(reports), is_hedged=False, reconciliation="single",
                     event_type=event_type, sub_event_type=sub_event_type,
                     event_date_key=self._day(happened or day), date_precision="day",
                     date_source="text" if happened else "publication", actor1=actors[0], actor2=actors[1],
                     confidence=confidence)
        for number, article in enumerate(reports):
            self.report(key * 100 + number, article, day, incident=key, place=place, type=type, kind=kind,
                        killed=killed)
        return key

    def report(self, key: int, article: int, day: date, incident: int | None = None, place: str | None = None,
               type: str = "KILL", kind: str = "incident", killed: int | None = None,
               quantity: int | None = None) -> None:
        self._insert("fct_article_incident", report_key=key, article_key=article, incident_key=incident,
                     date_key=self._day(day), kind=kind, incident_type=type, killed_best=killed,
                     quantity_best=quantity if quantity is not None else killed,
                     place_key=self._places[place] if place else None, is_hedged=False, has_known_zero=False,
                     first_offset=0, last_offset=10)

    def run(self, run_id: str, started_at: datetime, status: str = "succeeded") -> None:
        self._insert("ops_runs", run_id=run_id, flow_name="nightly", parameters="{}", started_at=started_at,
                     ended_at=started_at, status=status, counts="{}")


HOSTILE = "</script><img src=x onerror=alert(1)>"


def populated() -> Tiny:
    """Two weeks of March 2024: two sources, three actors, three places in the news (two with incidents, one
    a continent), a toll, a run."""
    tiny = Tiny()
    tiny.place("Goma", "CD", -1.68, 29.22)
    tiny.place("North Kivu", "CD", -0.5, 29.0, precision="region")
    tiny.place("Africa", None, 7.19, 21.09, precision="continent")
    for name, type in (("Ana Diaz", "PERSON"), ("UN", "ORG"), ("M23", "GROUP"), (HOSTILE, "PERSON"),
                       ("Goma", "PLACE"), ("North Kivu", "PLACE"), ("Africa", "PLACE")):
        tiny.entity(name, type, first_seen=date(2024, 3, 1))
    for day in range(1, 15):
        key = tiny.article(day, "Wire" if day % 2 else "Post", datetime(2024, 3, day, 9))
        tiny.mention(key, "UN")
        tiny.mention(key, "Ana Diaz" if day <= 7 else "M23")  # Ana Diaz falls, M23 rises
        tiny.cooccurrence(key, "UN", "Ana Diaz" if day <= 7 else "M23", shared_sentences=1)
    tiny.mention(1, HOSTILE)
    tiny.mention(14, HOSTILE)
    for day in (3, 4, 10):
        tiny.mention(day, "Goma", count=2, place="Goma")
    tiny.mention(10, "North Kivu", place="North Kivu")
    tiny.mention(12, "Africa", place="Africa")
    tiny.incident(1, date(2024, 3, 3), [3, 4], place="Goma", actor="M23", killed=12, wounded=30,
                  event=("Battles", "Armed clash"), happened=date(2024, 3, 2), confidence=0.879)
    tiny.incident(2, date(2024, 3, 10), [10], place="North Kivu", killed=2,
                  event=("Violence against civilians", "Attack"))
    tiny.incident(3, date(2024, 3, 11), [11], killed=1)  # no place: counted, not mapped; not typed
    tiny.run("night-1", datetime(2024, 3, 15, 2))
    return tiny


MARCH = Window(date(2024, 3, 1), date(2024, 3, 14))
