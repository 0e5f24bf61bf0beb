"""A chunk of articles through the night's extraction: the one path that the night and `dateline
extract` (so `make quality`) both run. Two steps, because the model's work happens between them, in the
workers, while the night does other chunks:

    staged = staged_chunk(raw, window, checks, gazetteer)           # clean, date, place; checked
    findings = pool.submit(staged.articles.frame)                   # spans, counts, signatures (workers)
    facts = extracted_chunk(staged.articles.frame, findings.result(), known, resources, checks)

No database or file access here: the caller reads the raw rows and the known entities, and writes
what comes out.
"""

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl

from dateline.night.stages import (
    COUNT_COLUMNS,
    MENTION_COLUMNS,
    ChunkIncidents,
    Run,
    StageOutput,
    checked,
    event_counts,
    geocoded_places,
    reported_incidents,
    resolved_mentions,
    staged_articles,
)
from expectations.runner import Validator, with_article, with_place_check
from expectations.suites import load_suite
from transforms.articles import FUTURE_TOLERANCE, LANGUAGES
from transforms.event_codebook import EventCodebook
from transforms.gazetteer import Gazetteer
from transforms.incidents import IncidentCues
from transforms.places import PlaceIndex


@dataclass(frozen=True)
class Checks:
    """The night's data-quality checks of a stage's frame: its suite from `suites`, the run's values."""

    validator: Validator
    suites: Path  # a folder of YAML suites, one per table
    run: Run

    def __call__(self, frame: pl.DataFrame, table: str, locator: str = "", keep: list[str] | None = None
                 ) -> StageOutput:
        expected = {"latest_publication": self.run.started_at + FUTURE_TOLERANCE, "languages": LANGUAGES}
        return checked(self.validator, frame, load_suite(table, self.suites), expected, self.run, locator, keep)


@dataclass(frozen=True)
class StagedChunk:
    staged: StageOutput  # cleaned, dated and placed; the window's deferrals and refusals as quarantine
    articles: StageOutput  # the stg_articles suite's result: its frame is what goes on


@dataclass(frozen=True)
class ChunkFacts:
    """What a chunk's findings become: each stage's checked output, and what the incidents write."""

    mentions: StageOutput  # stg_mentions, checked
    places: StageOutput  # every place the mentions name (transforms.geocoding.MENTION_PLACE_SCHEMA), checked
    dim_place: pl.DataFrame  # the places they are at
    counts: StageOutput  # stg_counts, checked
    reports: StageOutput  # the incidents as the articles report them, checked
    incidents: ChunkIncidents
    signatures: pl.DataFrame
    tallies: dict[str, dict[str, int]]  # by stage: entities, places, counts, incidents
    seconds: dict[str, float]  # by step: entities (with counts), places, incidents, incident_checks


def staged_chunk(raw: pl.DataFrame, since: date | None, until: date | None, checks: Checks,
                 gazetteer: Gazetteer) -> StagedChunk:
    """Raw article versions to clean, dated, sourced articles of the window, checked."""
    staged = staged_articles(raw, since, until, checks.run)
    articles = checks(with_place_check(staged.frame, gazetteer.place_names()), "stg_articles",
                      keep=staged.frame.columns)
    return StagedChunk(staged, articles)


def extracted_chunk(articles: pl.DataFrame, findings: tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame],
                    known: pl.DataFrame, gazetteer: Gazetteer, places: PlaceIndex, cues: IncidentCues,
                    codebook: EventCodebook, checks: Checks) -> ChunkFacts:
    """The workers' spans, counts and signatures of `articles`, resolved to entities (`known`: the
    warehouse's entities they may meet), counts read, incidents placed; each checked."""
    clock = Stopwatch()
    spans, counts, signatures = findings
    mentions = resolved_mentions(spans, articles, gazetteer, known)
    mentions_checked = checks(with_article(mentions.frame, articles), "stg_mentions", "mention {start}-{end}",
                              keep=MENTION_COLUMNS)
    counted = event_counts(counts)
    counts_checked = checks(with_article(counted.frame, articles), "stg_counts", "count at {start}",
                            keep=COUNT_COLUMNS)
    clock.lap("entities")
    found, geocoded = geocoded_places(mentions_checked.frame, articles, places)
    places_checked = checks(with_article(found.frame.with_columns(
        place_or_reason=pl.coalesce("place_id", "not_geocoded_because")), articles), "stg_mention_places",
        "place of {entity_id}", keep=found.frame.columns)
    clock.lap("places")
    reports, incidents = reported_incidents(counts_checked.frame, mentions_checked.frame, articles,
                                            geocoded.by_article, cues, codebook)
    clock.lap("incidents")
    reports_checked = checks(with_article(reports.frame, articles), "stg_incidents", "incident {incident_id}",
                             keep=reports.frame.columns)
    clock.lap("incident_checks")
    tallies = {
        "entities": {**mentions.tallies, "entities": mentions_checked.frame["entity_id"].n_unique(),
                     "refused_by_checks": mentions_checked.tallies["refused_by_checks"]},
        "places": {**found.tallies, "refused_by_checks": places_checked.tallies["refused_by_checks"]},
        "counts": {**counted.tallies, "refused_by_checks": counts_checked.tallies["refused_by_checks"]},
        "incidents": {**reports.tallies, "refused_by_checks": reports_checked.tallies["refused_by_checks"]},
    }
    return ChunkFacts(mentions_checked, places_checked, geocoded.dim_place, counts_checked, reports_checked,
                      ChunkIncidents(incidents.counts, reports_checked.frame, incidents.places),
                      signatures, tallies, clock.laps)


class Stopwatch:
    """Seconds per named step, each from the end of the one before."""

    def __init__(self):
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.laps[step] = now - self._last
        self._last = now
