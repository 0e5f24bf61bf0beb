"""Chunks loaded as a night loads them, without the flow or the model: frames built by the real
transforms from one short article, written, finalized and published into any kind of warehouse.
Shared by tests/warehouse/test_load.py and test_lake.py."""

import tempfile
from datetime import datetime
from pathlib import Path

import polars as pl

from transforms.articles import stg_articles
from transforms.counts import COUNT_WORDS_SCHEMA, CountRules, count_context, stg_counts
from transforms.duplicates import minhash_signatures
from transforms.entities import KNOWN_ENTITY_SCHEMA, stg_mentions
from transforms.event_codebook import EVENT_CUE_SCHEMA, EVENT_TYPE_SCHEMA, GENERIC_ACTOR_SCHEMA, EventCodebook
from transforms.events import coded_events
from transforms.gazetteer import ALIAS_SCHEMA, DEMONYM_SCHEMA, Gazetteer
from transforms.geocoding import geocoded_mentions
from transforms.incidents import CUE_SCHEMA, EVENT_NOUN_SCHEMA, IncidentCues, article_incidents, count_readings
from transforms.keys import stable_key as key_of
from transforms.ner import SPAN_SCHEMA
from transforms.places import PLACE_NAME_SCHEMA, PLACE_SCHEMA, PlaceIndex
from transforms.quarantine import quarantine_frame, quarantine_row
from transforms.raw_articles import KNOWN_VERSIONS_SCHEMA, LandingFile, parse_landing_file, raw_article_versions, records_frame
from transforms.star import chunk_frames
from warehouse.incidents import finalize_incidents
from warehouse.load import TABLES, RunRecord, begin_run, commit_run, finalize_run, write_chunk
from warehouse.night import begin_last_transaction, chunk_schema, is_lake, night_connection

AT = datetime(2024, 2, 10, 3, 0)
GAZETTEER = Gazetteer(pl.DataFrame(schema=ALIAS_SCHEMA),
                      pl.DataFrame([("Iraqi", "Iraqis", "IQ")], schema=DEMONYM_SCHEMA, orient="row"))
# Two places of the real index's shape: Baghdad in its region, in Iraq.
PLACES = PlaceIndex(
    pl.DataFrame([(key_of("geonames:98182"), "geonames:98182", 98182, "Baghdad", "town", "IQ", "Baghdad", "IQ-BG",
                   "region:IQ:07", None, 33.34, 44.40, "P", "town", 7_216_000, "region:IQ:07"),
                  (key_of("region:IQ:07"), "region:IQ:07", None, "Baghdad", "admin1", "IQ", "Baghdad", "IQ-BG", None,
                   None, 33.3, 44.4, "A", "region", 7_500_000, "country:IQ"),
                  (key_of("country:IQ"), "country:IQ", 99237, "Iraq", "country", "IQ", None, None, None, None, 33.0,
                   44.0, "A", "country", 40_000_000, None)], schema=PLACE_SCHEMA, orient="row"),
    pl.DataFrame([("baghdad", "geonames:98182", False), ("baghdad", "region:IQ:07", False),
                  ("iraq", "country:IQ", False)], schema=PLACE_NAME_SCHEMA, orient="row"))
CUES = IncidentCues(pl.DataFrame(schema=CUE_SCHEMA), pl.DataFrame(schema=EVENT_NOUN_SCHEMA))
CODEBOOK = EventCodebook(
    pl.DataFrame([("political violence", "Violence against civilians", "Attack", "")], schema=EVENT_TYPE_SCHEMA,
                 orient="row"),
    pl.DataFrame([("Attack", "killed", 60, "")], schema=EVENT_CUE_SCHEMA, orient="row"),
    pl.DataFrame([("guards", "Civilians", False)], schema=GENERIC_ACTOR_SCHEMA, orient="row"), {"IQ": "Iraq"})
COUNT_RULES = CountRules(pl.DataFrame([("KILL", "killed", "after")], schema=COUNT_WORDS_SCHEMA, orient="row"))
STAGES = Path(tempfile.mkdtemp(prefix="dateline-test-stages-"))  # a lake night's stage files; per test process
TEXT = "BAGHDAD, Iraq, Feb 8 - Iraqi officials met in Baghdad on Thursday. Two guards were killed."


def frames_for(text: str, run_id: str = "run-1", path: str = "a.txt") -> dict[str, pl.DataFrame]:
    records, rejected = parse_landing_file(LandingFile(path, len(text), text.encode()), 10_000, run_id, AT)
    new_versions = raw_article_versions(records_frame(records), pl.DataFrame(schema=KNOWN_VERSIONS_SCHEMA), run_id, AT)
    articles = stg_articles(new_versions, as_of=AT)
    article_id = articles["article_id"][0]
    spans = pl.DataFrame([(article_id, 0, 7, "BAGHDAD", "PLACE", 0), (article_id, 23, 28, "Iraqi", "GROUP", 0),
                          (article_id, 46, 53, "Baghdad", "PLACE", 0)], schema=SPAN_SCHEMA, orient="row")
    quarantine = quarantine_frame(rejected + [quarantine_row(
        source_path="bad.json", record_locator="", stage="ingest", reason="invalid_json", detail="broken",
        disposition="rejected", file_hash="f", excerpt="{", run_id=run_id, at=AT)])
    mentions = stg_mentions(spans, articles, GAZETTEER, pl.DataFrame(schema=KNOWN_ENTITY_SCHEMA))
    counts = count_context(stg_counts(articles, COUNT_RULES), mentions)
    places = geocoded_mentions(mentions, articles, PLACES)
    counted, count_incidents = article_incidents(counts, count_readings(counts, articles, CUES), mentions, articles,
                                                 places.by_article, CUES)
    incidents = coded_events(counted, mentions, articles, places.by_article, CODEBOOK, CUES)
    counts = counts.join(count_incidents, on=["article_id", "start"], how="left")
    frames = chunk_frames(quarantine, articles, mentions, places.mention_places, counts, incidents, places.by_article,
                          places.dim_place, minhash_signatures(articles.select("article_id", "body")), GAZETTEER, "v1")
    return {**frames, "raw_article": new_versions}


def load_run(warehouse, frames: dict[str, pl.DataFrame], run: RunRecord, verify=None) -> None:
    """A run of one chunk, as the pipeline loads it (into a working copy of a DuckDB file, or a
    lake's stage) and publishes it only when it ends well: write (committed), finalize, verify, commit."""
    with night_connection(warehouse, run.run_id, STAGES) as con:
        begin_run(con)
        write_chunk(con, frames, chunk_schema(warehouse))
        begin_last_transaction(con, warehouse, run.run_id)
        finalize_run(con)
        finalize_incidents(con, set())
        commit_run(con, run, verify(con) if verify else [], drop_partials=not is_lake(warehouse))


def run_record(run_id: str) -> RunRecord:
    return RunRecord(run_id, "nightly", {}, AT, AT, "succeeded", {})


def snapshot(warehouse) -> dict[str, list]:
    with warehouse.connect(read_only=True) as con:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}


def query(warehouse, text: str) -> list[tuple]:
    with warehouse.connect(read_only=True) as con:
        return con.execute(text).fetchall()
