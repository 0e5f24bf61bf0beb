"""Events coded the way conflict analysts code them: what happened, when, where, who did it to whom.

Every incident an article's counts make (transforms.incidents) is coded, and so is every event the
text reports without a number ('clashes erupted between the army and the rebels near the border
town', 'hundreds protested outside parliament'):

- **type and sub-type** from the event's trigger, the best cue of the sentence that reports it
  (transforms.event_codebook: ACLED's labels, with crime, disasters and accidents beside its six types);
- **date** from the text against the publication day (transforms.event_dates), else the publication
  day, said as such;
- **place** from the geocoding stage: the place the sentence puts the event at, else the article's;
- **actors**: who acted (`actor1`) and against whom (`actor2`), named or generic with their country
  (transforms.event_actors), which also decide between a battle and violence against civilians.

A sentence without a number reports an event only as news: history ('since the 2014 war'), a running
toll, what is threatened or planned ('vowed to attack') is none. Its event is the one before it in
the article when that has the same type and a compatible place and day; else it is a new one.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import polars as pl

from transforms.counts import sentences
from transforms.event_actors import EventActors, refined
from transforms.event_codebook import CAUSE_RANK, EventCodebook, Trigger
from transforms.event_dates import EventDate, event_date, publication_date
from transforms.incidents import (
    CASUALTIES,
    INCIDENT_SCHEMA,
    LEAD_LOOKS_BACK,
    IncidentCues,
    Place,
    article_place,
    event_place,
    located_mentions,
    report_kind,
)
from transforms.keys import key_column

CODED_SCHEMA = {
    "event_type": pl.String,
    "sub_event_type": pl.String,
    "event_date": pl.Date,
    "date_precision": pl.String,  # day, week, month
    "date_source": pl.String,  # text: the text dates it; publication: it does not, the publication day stands in
    "actor1": pl.String,  # who acted: a canonical entity's name, or a generic actor with its country
    "actor1_entity_id": pl.String,
    "actor2": pl.String,  # against whom
    "actor2_entity_id": pl.String,
}
EVENT_SCHEMA = {**INCIDENT_SCHEMA, **CODED_SCHEMA}

FCT_ARTICLE_INCIDENT_SCHEMA = {
    "report_key": pl.Int64,
    "article_key": pl.Int64,
    "incident_key": pl.Int64,  # set when the run ends (transforms.incident_clusters)
    "date_key": pl.Int32,
    "kind": pl.String,
    "incident_type": pl.String,
    "killed_low": pl.Int64, "killed_high": pl.Int64, "killed_best": pl.Int64,
    "wounded_low": pl.Int64, "wounded_high": pl.Int64, "wounded_best": pl.Int64,
    "quantity_low": pl.Int64, "quantity_high": pl.Int64, "quantity_best": pl.Int64,
    "place_key": pl.Int64,
    "place_entity_key": pl.Int64,
    "actor_entity_key": pl.Int64,
    "event_family": pl.String,
    "event_type": pl.String,
    "sub_event_type": pl.String,
    "event_date_key": pl.Int32,  # the day it happened, as the text says (else the publication day)
    "date_precision": pl.String,
    "date_source": pl.String,
    "actor1": pl.String,
    "actor1_entity_key": pl.Int64,
    "actor2": pl.String,
    "actor2_entity_key": pl.Int64,
    "is_hedged": pl.Boolean,
    "has_known_zero": pl.Boolean,
    "first_offset": pl.Int32,
    "last_offset": pl.Int32,
    "extractor_version": pl.String,
}
# The count type an event without a number stands for in `incident_type`.
TYPE_OF_EVENT = {"Arrests": "ARREST", "Abduction/forced disappearance": "KIDNAP", "Protests": "PROTEST"}
# What a count-based incident is when no cue says more: 'twelve were killed' is an attack.
SUB_EVENT_OF_COUNT = {"KILL": "Attack", "WOUND": "Attack", "KIDNAP": "Abduction/forced disappearance",
                      "ARREST": "Arrests", "PROTEST": "Peaceful protest", "STRIKE": "Air/drone strike"}
SUB_EVENT_OF_FAMILY = {"earthquake": "Earthquake", "flood": "Flood", "storm": "Storm", "landslide": "Landslide",
                       "fire": "Fire", "crash": "Road crash", "shipwreck": "Shipwreck", "collapse": "Collapse or explosion",
                       "stampede": "Collapse or explosion", "protest": "Peaceful protest", "arrest": "Arrests"}
NO_ACTORS = ("Disasters", "Accidents")
NATURAL = ("Disasters", "Accidents")  # what a later 'were killed' in the same article goes on counting
PEACEFUL = ("Strategic developments",)  # no one is killed in them: a count of the dead is another event's
CASUALTY = re.compile(r"\b(?:kill(?:ed|ing)?|dead|died|death|wounded|injur(?:ed|ies|ing)|hurt|casualties|bodies|victims?"
                      r"|destroyed|damaged|evacuated|displaced|homeless|missing|rescued|hostages?)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;,]\s+|\s(?:but|while|whereas)\s")
HISTORY_DAYS_UNCOUNTED = 31  # an event without a number dated further back is background, not news
GENERIC_PRIORITY = 60  # 'killed' and weaker: a cue that says only that something violent happened


@dataclass
class _Event:
    trigger: Trigger | None
    sentence_start: int
    sentence: str
    first_offset: int
    last_offset: int
    place_entity_id: str | None = None
    place: Place | None = None
    date: EventDate | None = None
    row: dict | None = None  # the count-based incident it codes, None for an event without a number
    sentences: list[tuple[int, str]] = field(default_factory=list)


def coded_events(incidents: pl.DataFrame, mentions: pl.DataFrame, articles: pl.DataFrame,
                 places: dict[str, dict[str, Place]], codebook: EventCodebook, cues: IncidentCues) -> pl.DataFrame:
    """Every incident coded (EVENT_SCHEMA), and an incident for each event an article reports without
    a number, numbered after the article's counted ones."""
    by_article: dict[str, list[dict]] = {}
    for row in incidents.sort("article_id", "first_offset").iter_rows(named=True):
        by_article.setdefault(row["article_id"], []).append(row)
    mentions_by: dict[str, list[dict]] = {}
    for mention in mentions.select("article_id", "start", "end", "label", "entity_id", "canonical_name",
                                   "country_code").sort("article_id", "start").iter_rows(named=True):
        mentions_by.setdefault(mention["article_id"], []).append(mention)
    rows = []
    for article in articles.select("article_id", "title", "body", "dateline_raw", "published_at").iter_rows(named=True):
        published = article["published_at"].date() if article["published_at"] else None
        article_places = places.get(article["article_id"], {})
        located = located_mentions(article["body"], article["dateline_raw"], mentions_by.get(article["article_id"], []),
                                   article_places)
        coder = _ArticleCoder(article, published, located, article_places, codebook, cues)
        rows += coder.rows(by_article.get(article["article_id"], []))
    return pl.DataFrame(rows, schema=EVENT_SCHEMA, orient="row")


def _clause(sentence: str, at: int) -> tuple[int, str]:
    """The part of the sentence, between commas, semicolons and 'but', that holds offset `at`, and
    where it starts."""
    bounds = [0] + [m.end() for m in CLAUSE_BREAK.finditer(sentence)] + [len(sentence) + 1]
    start = max(b for b in bounds if b <= at)
    return start, sentence[start:min(b for b in bounds if b > at)]


def _long_before(stated: EventDate | None, published: date) -> bool:
    """A date whose whole period ended more than a month before publication."""
    if stated is None or not stated.from_text:
        return False
    end = stated.day + timedelta(days={"day": 0, "week": 6, "month": 30}[stated.precision])
    return (published - end).days > HISTORY_DAYS_UNCOUNTED


class _ArticleCoder:
    """The events of one article: its counted incidents coded, its events without a number found."""

    def __init__(self, article: dict, published: date | None, mentions: list[dict], places: dict[str, Place],
                 codebook: EventCodebook, cues: IncidentCues):
        self.article, self.published, self.mentions, self.places = article, published, mentions, places
        self.codebook, self.cues = codebook, cues
        self.body = article["body"]
        self.sentences = sentences(self.body)
        self.looks_back = bool(LEAD_LOOKS_BACK.search(f"{article['title'] or ''} {self.body[:300]}"))
        self.first_event_offset = -1  # known once every event is found
        self.actors = EventActors(self.body, mentions, places, codebook)

    def rows(self, counted: list[dict]) -> list[dict]:
        events = [self._counted(row) for row in counted]
        spans = [(row["first_offset"], row["last_offset"]) for row in counted]
        for sentence_start, sentence in self.sentences:
            if any(first <= sentence_start < last for first, last in spans):
                continue  # a sentence of a counted incident: coded with it
            event = self._uncounted(sentence_start, sentence, events)
            if event is not None:
                events.append(event)
        events = self._told_before_counted(sorted(events, key=lambda e: e.first_offset))
        self.first_event_offset = events[0].first_offset if events else 0
        self._inherit_kinds(events)
        rows, number = [], len(counted)
        for event in events:
            if event.row is None:
                number += 1
            rows.append(self._coded(event, number))
        return rows

    def _told_before_counted(self, events: list[_Event]) -> list[_Event]:
        """'Boko Haram fighters attacked a base in Damboa on 3 February. Seven were killed.': the event
        without a number is the one the next sentence counts, when nothing says otherwise."""
        kept: list[_Event] = []
        for event in events:
            told = kept[-1] if kept else None
            if event.row is not None and told is not None and told.row is None and self._same_story(told, event):
                event.first_offset = told.first_offset
                event.sentences = told.sentences + event.sentences
                if event.trigger is None or event.trigger.priority >= GENERIC_PRIORITY or (
                        self._type(told.trigger) == self._type(event.trigger)
                        and told.trigger.priority < event.trigger.priority):
                    event.trigger, event.sentence_start, event.sentence = told.trigger, told.sentence_start, told.sentence
                if event.place is None:
                    event.place_entity_id, event.place = told.place_entity_id, told.place
                kept[-1] = event
            else:
                kept.append(event)
        return kept

    def _inherit_kinds(self, events: list[_Event]) -> None:
        """A counted incident its own sentences only say killed or displaced people is of the kind of
        event the article has told before it ('Floods hit Maiduguri ... 30 were killed'), else of the
        kind its headline and lead tell."""
        lead = self.codebook.triggers(f"{self.article['title'] or ''}. {self.body[:300]}", -10**6, True)
        told = next((t for t in lead if t.priority < GENERIC_PRIORITY), None)
        for event in events:
            if event.trigger is None or event.trigger.priority >= GENERIC_PRIORITY:
                if event.row is not None and SUB_EVENT_OF_FAMILY.get(event.row.get("event_family")):
                    pass  # its own sentences name the kind ('the floods'): transforms.incidents found it
                elif told is not None and (event.trigger is None or self._type(told) in NATURAL):
                    event.trigger = Trigger(told.sub_event_type, event.sentence_start, event.sentence_start,
                                            told.priority)
            elif event.trigger.priority < GENERIC_PRIORITY:
                told = event.trigger

    def _same_story(self, told: _Event, counted: _Event) -> bool:
        if counted.trigger is not None and counted.trigger.priority < GENERIC_PRIORITY \
                and self._type(told.trigger) != self._type(counted.trigger):
            return False
        if counted.row["incident_type"] in CASUALTIES and self._type(told.trigger) in PEACEFUL:
            return False  # 'Police arrested two men. Three were killed in Sunday's attack': the deaths are not the arrest's
        if told.place is not None and counted.place is not None and not (
                told.place.contains(counted.place) or counted.place.contains(told.place)):
            return False
        return not any(self.cues.says("separate", text) for _, text in counted.sentences)

    def _supported(self, sentence: str) -> bool:
        """A casualty or a generic actor in the sentence: what a weak cue needs ('shares rallied' and
        'Liverpool's attack' have neither)."""
        return bool(CASUALTY.search(sentence) or self.codebook.actor_index.search(sentence))

    def _counted(self, row: dict) -> _Event:
        """A counted incident with the trigger of its first sentence that has one; the dead and wounded
        are never those of an arrest or an agreement the sentence also tells of."""
        spanned = [(s, text) for s, text in self.sentences if row["first_offset"] <= s < row["last_offset"]]
        spanned = spanned or [(row["first_offset"], self.body[row["first_offset"]:row["last_offset"]])]
        casualties = row["incident_type"] in CASUALTIES
        trigger = next((t[0] for s, text in spanned if (t := [trigger for trigger in self.codebook.triggers(text, s, True)
                                                              if not (casualties and self._type(trigger) in PEACEFUL)])),
                       None)
        start, text = next(((s, x) for s, x in spanned if trigger and s <= trigger.start < s + len(x)), spanned[0])
        place = (row["place_entity_id"], self.places.get(row["place_entity_id"])) if row["place_entity_id"] else (None, None)
        return _Event(trigger, start, text, row["first_offset"], row["last_offset"], *place, row=row,
                      sentences=spanned)

    def _uncounted(self, start: int, sentence: str, events: list[_Event]) -> _Event | None:
        """The event a sentence without a count reports, if any; a sentence that goes on reporting the
        event before it extends that one and returns None."""
        triggers = self.codebook.triggers(sentence, start, lambda: self._supported(sentence))
        previous = max((e for e in events if e.first_offset < start), key=lambda e: e.first_offset, default=None)
        if not triggers and previous is not None and previous.trigger:
            intervention = self.codebook.triggers(f"protesters {sentence}", start - 11, True)  # 'Police fired tear gas'
            if self.codebook.event_type.get(previous.trigger.sub_event_type) == "Protests" and intervention \
                    and intervention[0].start >= start:
                triggers = intervention
        if not triggers:
            return None
        trigger = triggers[0]
        if trigger.priority >= CAUSE_RANK:
            return None  # only the cause of something is named: 'a year after the earthquake'
        stated = event_date(sentence, self.published, trigger.start - start) if self.published else None
        if stated is not None and _long_before(stated, self.published):
            return None  # 'On 3 March 2019, gunmen attacked ...' read in 2024: an earlier event
        clause_start, clause = _clause(sentence, trigger.start - start)
        dated_here = self.published is not None and any(
            d.from_text for d in [event_date(clause, self.published, trigger.start - start - clause_start)] if d)
        # The clause's own recent date makes news of it, whatever the lead or an earlier year say
        # ('gathered on 4 August 2024 ... of the 2020 port explosion').
        if not dated_here and report_kind(clause, sentence, self.cues, self.published, self.looks_back) != "incident":
            return None  # history or a running toll
        place = event_place(sentence, start, self.actors.mentions_in(start, start + len(sentence)), self.places)
        if previous is not None and self._goes_on(previous, trigger, place, stated, sentence):
            previous.last_offset = max(previous.last_offset, start + len(sentence))
            previous.sentences.append((start, sentence))
            if previous.place is None and place[0] is not None:
                previous.place_entity_id, previous.place = place
            if previous.trigger is None or trigger.priority < previous.trigger.priority and \
                    self._type(trigger) == self._type(previous.trigger):
                previous.trigger = trigger
            return None
        return _Event(trigger, start, sentence, start, start + len(sentence), *place, date=stated,
                      sentences=[(start, sentence)])

    def _type(self, trigger: Trigger | None) -> str | None:
        return self.codebook.event_type.get(trigger.sub_event_type) if trigger else None

    def _goes_on(self, previous: _Event, trigger: Trigger, place: tuple, stated: EventDate | None, sentence: str) -> bool:
        """Whether a sentence goes on telling the event before it: the same type, a place inside or
        around its place, no other day. A disaster or an accident is one event over the days of its
        aftermath, and its story includes what it caused: the arrests, the buildings that collapsed,
        the people killed."""
        if self.cues.says("separate", sentence):
            return False
        told = self._type(previous.trigger)
        aftermath = told in NATURAL and (self._type(trigger) in NATURAL or trigger.sub_event_type == "Arrests"
                                         or trigger.priority >= GENERIC_PRIORITY) \
            or told == "Crime" and trigger.sub_event_type == "Arrests"
        if told != self._type(trigger) and not aftermath:
            return False
        if place[1] is not None and previous.place is not None and not (
                previous.place.contains(place[1]) or place[1].contains(previous.place)):
            return False
        known = previous.date or self._date(previous)
        return told in NATURAL or stated is None or not known.from_text or stated.day == known.day

    def _date(self, event: _Event) -> EventDate:
        """The date the event's sentences state (the trigger's sentence first, nearest the trigger),
        else the lead's for the article's first event, else the publication day."""
        if self.published is None:
            return EventDate(date(1970, 1, 1), "day", "publication")  # never used: no publication, no date key
        anchor = event.trigger.start if event.trigger else event.sentence_start
        told = [(event.sentence_start, event.sentence)] + event.sentences
        if event.first_offset <= self.first_event_offset:
            told += self.sentences[:1]  # the lead tells the article's first event: 'Floods hit ... on Monday.'
        for start, text in told:
            stated = event_date(text, self.published, anchor - start)
            if stated is not None:
                return stated
        return publication_date(self.published)

    def _coded(self, event: _Event, number: int) -> dict:
        if event.row is None and event.place is None and event.place_entity_id is None:
            event.place_entity_id, event.place = article_place(self.mentions, self.places)
        sub_event = self._sub_event(event)
        event_type = self.codebook.event_type.get(sub_event) if sub_event else None
        country = event.place.country_code if event.place else self._article_country()
        actor1 = actor2 = None
        if event_type is not None and event_type not in NO_ACTORS:
            actor1, actor2 = self.actors.of(event.sentence_start, event.sentence, event.trigger, country)
            killed = bool((event.row or {}).get("killed_best"))
            sub_event, event_type = refined(sub_event, event_type, actor1, actor2, killed)
            actor1, actor2 = self.actors.defaults(event_type, sub_event, actor1, actor2, country, killed)
        stated = event.date or self._date(event)
        base = event.row or self._uncounted_row(event, number, sub_event)
        if base["kind"] != "incident" and stated.source == "publication":
            stated = None  # a toll or a history is not dated by the day it is reported
        return {**base, "first_offset": event.first_offset, "event_type": event_type, "sub_event_type": sub_event,
                "event_date": stated.day if stated and self.published else None,
                "date_precision": stated.precision if stated and self.published else None,
                "date_source": stated.source if stated and self.published else None,
                "actor1": actor1.name if actor1 else None, "actor1_entity_id": actor1.entity_id if actor1 else None,
                "actor2": actor2.name if actor2 else None, "actor2_entity_id": actor2.entity_id if actor2 else None}

    def _sub_event(self, event: _Event) -> str | None:
        if event.trigger is not None:
            return event.trigger.sub_event_type
        row = event.row or {}
        return SUB_EVENT_OF_FAMILY.get(row.get("event_family")) or SUB_EVENT_OF_COUNT.get(row.get("incident_type"))

    def _uncounted_row(self, event: _Event, number: int, sub_event: str) -> dict:
        article_id = self.article["article_id"]
        return {**dict.fromkeys(INCIDENT_SCHEMA), "article_id": article_id, "incident_id": f"{article_id}#{number}",
                "kind": "incident", "incident_type": TYPE_OF_EVENT.get(sub_event) or TYPE_OF_EVENT.get(
                    self.codebook.event_type[sub_event], "EVENT"),
                "place_entity_id": event.place_entity_id, "event_family": None, "is_hedged": False,
                "has_known_zero": False, "first_offset": event.first_offset, "last_offset": event.last_offset}

    def _article_country(self) -> str | None:
        codes = [p.country_code for p in self.places.values() if p.country_code]
        return max(set(codes), key=codes.count) if codes else None


def fct_article_incident(incidents: pl.DataFrame, articles: pl.DataFrame, places: dict[str, dict[str, Place]],
                         extractor_version: str) -> pl.DataFrame:
    """One row per incident as an article reports it, keyed for the warehouse; its real-world
    incident is decided when the run ends."""
    place_ids = pl.DataFrame([(a, e, p.place_id) for a, by_entity in places.items() for e, p in by_entity.items()],
                             schema={"article_id": pl.String, "place_entity_id": pl.String, "place_id": pl.String},
                             orient="row")
    dates = articles.select("article_id", pl.col("published_at").dt.strftime("%Y%m%d").cast(pl.Int32).alias("date_key"))
    return (
        incidents.join(dates, on="article_id", how="left").join(place_ids, on=["article_id", "place_entity_id"],
                                                                how="left")
        .select(
            key_column(pl.col("incident_id")).alias("report_key"), key_column(pl.col("article_id")).alias("article_key"),
            pl.lit(None, pl.Int64).alias("incident_key"), "date_key", "kind", "incident_type",
            "killed_low", "killed_high", "killed_best", "wounded_low", "wounded_high", "wounded_best",
            "quantity_low", "quantity_high", "quantity_best", key_column(pl.col("place_id")).alias("place_key"),
            key_column(pl.col("place_entity_id")).alias("place_entity_key"),
            key_column(pl.col("actor_entity_id")).alias("actor_entity_key"), "event_family", "event_type", "sub_event_type",
            pl.col("event_date").dt.strftime("%Y%m%d").cast(pl.Int32).alias("event_date_key"), "date_precision",
            "date_source", "actor1", key_column(pl.col("actor1_entity_id")).alias("actor1_entity_key"),
            "actor2", key_column(pl.col("actor2_entity_id")).alias("actor2_entity_key"), "is_hedged",
            "has_known_zero", "first_offset", "last_offset", pl.lit(extractor_version).alias("extractor_version"),
        )
        .cast(FCT_ARTICLE_INCIDENT_SCHEMA)
        .sort("article_key", "first_offset", "report_key")
    )
