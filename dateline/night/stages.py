"""The night's stages, each of one shape: frames in; StageOutput (the rows that go on, quarantine
rows, tallies) out. No file or database access: the pipeline (dateline.night.pipeline) reads and writes
around them, and `dateline extract` runs the same ones on any text."""

from dataclasses import dataclass, field
from datetime import date, datetime

import polars as pl

from expectations.runner import CheckResult, Validator, failing_rows, quarantine_failures
from expectations.suites import Suite
from transforms.articles import date_quarantine, in_window, stg_articles
from transforms.counts import STG_COUNT_SCHEMA, count_context
from transforms.entities import STG_MENTION_SCHEMA, stg_mentions
from transforms.event_codebook import EventCodebook
from transforms.events import coded_events
from transforms.gazetteer import Gazetteer
from transforms.geocoding import GeocodedMentions, geocoded_mentions
from transforms.incidents import IncidentCues, Place, article_incidents, count_readings
from transforms.ner import UnsplittableText, text_windows
from transforms.places import PlaceIndex
from transforms.quarantine import QUARANTINE_SCHEMA, quarantine_frame, quarantine_row
from transforms.raw_articles import LandingFile, parse_landing_file, raw_article_versions, records_frame


@dataclass(frozen=True)
class Run:
    run_id: str
    started_at: datetime  # naive UTC


@dataclass(frozen=True)
class StageOutput:
    frame: pl.DataFrame  # the rows that go on
    quarantine: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=QUARANTINE_SCHEMA))
    tallies: dict[str, int] = field(default_factory=dict)  # row counts, named for what they count
    checks: tuple[CheckResult, ...] = ()  # data-quality results, for a validation stage


def read_files(files: list[LandingFile], max_bytes: int, run: Run) -> StageOutput:
    """Raw records of landing files; what cannot be read is quarantined with the reason."""
    records, quarantine = [], []
    for file in files:
        found, rejected = parse_landing_file(file, max_bytes, run.run_id, run.started_at)
        records += found
        quarantine += rejected
    return StageOutput(records_frame(records), quarantine_frame(quarantine),
                       {"files_read": len(files), "records": len(records), "quarantined": len(quarantine)})


def raw_versions(records: pl.DataFrame, known: pl.DataFrame, run: Run) -> StageOutput:
    """New raw versions of the records; `known` are the stored versions they may meet."""
    versions = raw_article_versions(records, known, run.run_id, run.started_at)
    unchanged = records.join(known.select("content_hash"), on="content_hash", how="semi").height
    return StageOutput(versions, tallies={
        "unchanged": unchanged, "new_versions": versions.height,
        "repeated_in_run": records.height - unchanged - versions.height,
        "duplicates": int(versions["duplicate_of_article_id"].is_not_null().sum()),
    })


def staged_articles(raw: pl.DataFrame, since: date | None, until: date | None, run: Run) -> StageOutput:
    """Clean, dated, sourced articles of the window; those outside it wait in the raw layer. A body
    the model cannot take even in windows (transforms.ner.text_windows) is quarantined."""
    staged = stg_articles(raw, as_of=run.started_at)
    inside = staged.filter(in_window(staged, since, until))
    too_long = []
    for row in inside.select("article_id", "body").iter_rows():
        try:
            text_windows(row[1])
        except UnsplittableText as error:
            too_long.append((row[0], str(error)))
    refused = raw.join(pl.DataFrame(too_long, schema={"article_id": pl.String, "detail": pl.String}, orient="row"), on="article_id")
    quarantine = date_quarantine(raw, inside, run.run_id, run.started_at) + [
        quarantine_row(source_path=r["source_path"], record_locator=r["record_locator"], stage="transform",
                       reason="body_too_long_for_ner", detail=r["detail"], disposition="rejected",
                       file_hash=r["file_hash"], excerpt=r["body"][:200], run_id=run.run_id, at=run.started_at)
        for r in refused.iter_rows(named=True)]
    articles = inside.join(refused.select("article_id"), on="article_id", how="anti")
    return StageOutput(articles, quarantine_frame(quarantine), {
        "articles": articles.height, "words": int(articles["word_count"].sum()),
        "deferred_outside_window": staged.height - inside.height,
        "dates_repaired": len(quarantine) - len(too_long), "refused_too_long": len(too_long),
    })


def resolved_mentions(spans: pl.DataFrame, articles: pl.DataFrame, gazetteer: Gazetteer,
                      known: pl.DataFrame) -> StageOutput:
    """Spans resolved to canonical entities; `known` are the warehouse's entities they may meet."""
    mentions = stg_mentions(spans, articles, gazetteer, known)
    return StageOutput(mentions, tallies={"spans": spans.height, "mentions": mentions.height})


def event_counts(counts: pl.DataFrame) -> StageOutput:
    return StageOutput(counts, tallies={"counts": counts.height, "repeats": int(counts["is_repeat"].sum())})


def geocoded_places(mentions: pl.DataFrame, articles: pl.DataFrame, index: PlaceIndex
                    ) -> tuple[StageOutput, GeocodedMentions]:
    """Every place the articles name, geocoded offline in the context of its article."""
    geocoded = geocoded_mentions(mentions, articles, index)
    frame = geocoded.mention_places
    not_geocoded = int(frame["place_id"].is_null().sum())
    return StageOutput(frame, tallies={"place_mentions": frame.height, "geocoded": frame.height - not_geocoded,
                                       "not_geocoded": not_geocoded, "places": geocoded.dim_place.height}), geocoded


@dataclass(frozen=True)
class ChunkIncidents:
    """What a chunk's incidents write: the counts with their readings and incidents, the incidents
    as each article reports them, the places they are at."""
    counts: pl.DataFrame  # STG_COUNT_SCHEMA, placed, with transforms.incidents.COUNT_INCIDENT_SCHEMA
    incidents: pl.DataFrame  # transforms.incidents.INCIDENT_SCHEMA
    places: dict[str, dict[str, Place]]  # by article_id, then entity_id


def reported_incidents(counts: pl.DataFrame, mentions: pl.DataFrame, articles: pl.DataFrame,
                       places: dict[str, dict[str, Place]], cues: IncidentCues, codebook: EventCodebook
                       ) -> tuple[StageOutput, ChunkIncidents]:
    """Each article's incidents from its counts, at the places its entities were geocoded to, and the
    events it reports without a number; every one coded (type, date, place, actors)."""
    placed = count_context(counts, mentions)
    readings = count_readings(placed, articles, cues)
    counted, count_incidents = article_incidents(placed, readings, mentions, articles, places, cues)
    incidents = coded_events(counted, mentions, articles, places, codebook, cues)
    with_incidents = placed.join(count_incidents, on=["article_id", "start"], how="left")
    kind = incidents["kind"]
    tallies = {"reports": incidents.height, "without_number": incidents.height - counted.height,
               "tolls": int((kind == "toll").sum()),
               "historical": int((kind == "historical").sum())}
    return StageOutput(incidents, tallies=tallies), ChunkIncidents(with_incidents, incidents, places)


def checked(validator: Validator, frame: pl.DataFrame, suite: Suite, parameters: dict, run: Run,
            locator: str = "", keep: list[str] | None = None) -> StageOutput:
    """The suite's checks on the frame: rows refused by quarantine checks leave it for ops_quarantine
    (the frame carries source_path and content_hash for their rows); results ride along. `keep`
    selects the columns that go on (the checks may need more)."""
    results = tuple(validator.validate(frame, suite, parameters))
    refused = failing_rows(list(results))
    kept = frame.with_row_index("_position").filter(~pl.col("_position").is_in(list(refused))).drop("_position")
    quarantine = quarantine_frame(quarantine_failures(frame, list(results), run.run_id, run.started_at, locator))
    return StageOutput(kept.select(keep) if keep else kept, quarantine,
                       {"checked": frame.height, "refused_by_checks": len(refused)}, results)


MENTION_COLUMNS = list(STG_MENTION_SCHEMA)
COUNT_COLUMNS = list(STG_COUNT_SCHEMA)
