"""Events coded the way conflict analysts code them: what happened, when, where, who did it to whom.

Every incident an article's counts make (transforms.incidents) is coded, and so is every event the
text reports without a number ('clashes erupted between the army and the rebels near the border
town', 'hundreds protested outside parliament'):

- **type and sub-type** from the event's trigger: the cue phrase of `seeds/event_cues.csv` with the
  lowest priority in the sentence that reports it (an earthquake before the deaths it causes, a
  suicide bombing before an attack). ACLED's labels name them (`seeds/event_types.csv`), with crime,
  disasters and accidents beside its six types. A weak cue ('attack', 'rally', 'crash') counts only
  beside an actor, a victim or a casualty (`needs=actor`); the intervention in a protest only beside
  the protest (`needs=protest`). Then who was hit decides between a battle and violence against
  civilians, and an armed group turns a crime into political violence;
- **date** from the text against the publication day (transforms.event_dates), else the publication
  day, said as such;
- **place** from the geocoding stage: the place the sentence puts the event at, else the article's;
- **actors**: who acted (`actor1`) and against whom (`actor2`), named entities with their entity id,
  or generic actors named as analysts name them with their country ('Unidentified Armed Group
  (Kenya)', 'Protesters (Chile)', `seeds/generic_actors.csv`).

A sentence without a number reports an event only as news: history ('since the 2014 war'), a running
toll, what is threatened or planned ('vowed to attack') is none. Its event is the one before it in
the article when that has the same type and a compatible place and day; else it is a new one.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import polars as pl

from transforms.counts import sentences
from transforms.event_dates import EventDate, event_date, publication_date
from transforms.incidents import (
    INCIDENT_SCHEMA,
    LEAD_LOOKS_BACK,
    LOCATIVE,
    IncidentCues,
    Place,
    any_phrase,
    article_place,
    event_place,
    located_mentions,
    report_kind,
)
from transforms.keys import key_column

EVENT_TYPE_SCHEMA = {"disorder": pl.String, "event_type": pl.String, "sub_event_type": pl.String,
                     "description": pl.String}
EVENT_CUE_SCHEMA = {"sub_event_type": pl.String, "phrase": pl.String, "priority": pl.Int64, "needs": pl.String}
GENERIC_ACTOR_SCHEMA = {"noun": pl.String, "actor": pl.String, "is_armed": pl.Boolean}
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
CASUALTY = re.compile(r"\b(?:kill(?:ed|ing)?|dead|died|death|wounded|injur(?:ed|ies|ing)|hurt|casualties|bodies|victims?"
                      r"|destroyed|damaged|evacuated|displaced|homeless|missing|rescued|hostages?)\b", re.IGNORECASE)
# What is threatened, planned, feared or called for right before a trigger is not an event.
NOT_YET = re.compile(r"\b(?:will|would|could|might|plans?|planned|planning|threat(?:en|ened|ens)|vow(?:ed|s)?|call(?:ed|s)?"
                     r"\s+for|urged?|warn(?:ed|s)?|fears?|feared|risk|prevent(?:ed)?|ahead\s+of|against|aims?\s+to"
                     r"|to|no|not|never|without|denied|deny)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
CAUSE_BEFORE = re.compile(r"\b(?:over|after|following|for|because\s+of|in\s+connection\s+with|linked\s+to|in\s+the\s+wake"
                          r"\s+of|in\s+response\s+to|in\s+retaliation\s+for|amid|during|accused\s+of|suspected\s+of"
                          r"|charged\s+with|convicted\s+of|blamed\s+for|responsibility\s+for)\s+(?:the|a|an|their|his|her"
                          r"|its|last\s+\w+['’]s)?\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A cue that only describes who or what: 'riot police', 'protest leaders', 'fire brigade'.
MODIFIER_AFTER = re.compile(r"^\s+(?:police|squads?|gear|control|units?|leaders?|organi[sz]ers?|groups?|movement"
                            r"|brigade|fighters|services?|season|victims?|survivors?|zone|site|defen[cs]e|systems?"
                            r"|stocks?|stockpiles?|launchers?|programmes?|programs?|tests?|production|factory|industry"
                            r"|insurance|risk|drills?|exercises?)\b", re.IGNORECASE)
# Weapons bought, sent or stocked are no attack: 'to supply long-range missiles', 'stocks of artillery shells'.
SUPPLIED_BEFORE = re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|buy|bought|stocks?\s+of|deliver\w*|produc\w*|send|sent"
                             r"|fund\w*|restock\w*|purchas\w*|manufactur\w*|sales?\s+of|sell\w*|shipments?\s+of"
                             r"|provid\w*|transfer\w*|acquir\w*|order(?:ed|s)?|export\w*|import\w*)\s+(?:[\w-]+\s+){0,3}$",
                             re.IGNORECASE)
CAUSE_RANK = 100  # a cause ranks after every event the sentence reports
ATTRIBUTION_AFTER = re.compile(r"^\s*(?:said|say|says|told|reported|claimed|added|confirmed|stated)\b", re.IGNORECASE)
ATTRIBUTION_BEFORE = re.compile(r"\b(?:according\s+to|told|quoted|citing|cited)\s+(?:the\s+)?$", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|got|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
BY_AFTER = re.compile(r"^[^.;]{0,60}?\bby\s+(?:the\s+|suspected\s+|unknown\s+|unidentified\s+)?$", re.IGNORECASE)
BETWEEN = re.compile(r"^\s*(?:\w+\s+){0,2}?between\b", re.IGNORECASE)
WITH = re.compile(r"\b(?:with|against)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
ACTOR_LABELS = ("ORG", "PERSON", "GROUP")
CLOSE_PRIORITY = 10
VIOLENT_VERBS = 30  # from here on cues are verbs of violence, where the first of two close ones is the event's
CLAUSE_BREAK = re.compile(r"[;,]\s+|\s(?:but|while|whereas)\s")
HISTORY_DAYS_UNCOUNTED = 31  # an event without a number dated further back is background, not news
# An ally or a container is not who acted: 'soldiers backed by Wagner fighters', 'in Damboa, Borno State'.
ALLY_BEFORE = re.compile(r"\b(?:backed\s+by|supported\s+by|alongside|with\s+the\s+help\s+of|aided\s+by|allied\s+with)"
                         r"\s+(?:the\s+)?$", re.IGNORECASE)
OF_AFTER = re.compile(r"^\s+(?:of|from|belonging\s+to|loyal\s+to|linked\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
STATE_FORCES = ("Military Forces", "Police Forces")
# A state's army or police by name: the name also has to start with its state ('Sudanese Armed Forces',
# 'Pakistan Army'); 'Arakan Army' and 'National Liberation Army' are armed groups.
STATE_FORCE_NAME = re.compile(r"\b(?:Armed Forces|Army|Military|Defen[cs]e Forces|National Guard|Air Force|Navy|Police"
                              r"|Gendarmerie|Security Forces)\b", re.IGNORECASE)
WEAPON_AFTER = re.compile(r"^\s*(?:tank|artillery|air|drone|missile|rocket|warplane|jet|glide|military|naval|army|gunboat"
                          r"|helicopter|fighter|infantry|strike|shell|bomb|mortar|sniper)", re.IGNORECASE)
AND = re.compile(r"^\s*(?:,\s*)?(?:and|as well as)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
GENERIC_PRIORITY = 60  # 'killed' and weaker: a cue that says only that something violent happened
# One armed person is a criminal's shooting unless the text says more; armed men are an armed group.
LONE_ATTACKERS = {"gunman", "attacker", "assailant"}


@dataclass(frozen=True)
class Trigger:
    sub_event_type: str
    start: int  # in the body
    end: int
    priority: int


@dataclass(frozen=True)
class Actor:
    name: str
    entity_id: str | None
    start: int  # in the body
    end: int
    is_armed: bool
    generic: str | None = None  # the generic actor ('Civilians'), None for a named one
    noun: str | None = None  # the word that named a generic actor ('gunman')


class EventCodebook:
    """The taxonomy (seeds/event_types.csv), the cues that say an event of a sub-type happened
    (seeds/event_cues.csv), the nouns of generic actors (seeds/generic_actors.csv) and the names of
    countries they are given ('Unidentified Armed Group (Kenya)'), by ISO code."""

    def __init__(self, types: pl.DataFrame, cues: pl.DataFrame, generic_actors: pl.DataFrame,
                 country_names: dict[str, str], demonyms: dict[str, str] | None = None):
        self.country_names = country_names
        # A state by the first word(s) of a name: 'Sudanese Armed Forces', 'Pakistan Army'.
        self.states = {name.lower(): code for code, name in country_names.items()} | {
            demonym.lower(): code for demonym, code in (demonyms or {}).items()}
        self.event_type = dict(zip(types["sub_event_type"], types["event_type"]))
        unknown = set(cues["sub_event_type"]) - set(self.event_type)
        if unknown:
            raise ValueError(f"event cues name sub-event types missing from the taxonomy: {sorted(unknown)}")
        self.cues = {row["phrase"].lower(): row for row in cues.iter_rows(named=True)}
        self.cue_pattern = any_phrase(list(self.cues))
        self.protest_pattern = any_phrase([p for p, row in self.cues.items()
                                           if self.event_type[row["sub_event_type"]] == "Protests"])
        self.actors = {row["noun"].lower(): row for row in generic_actors.iter_rows(named=True)}
        self.actor_pattern = any_phrase(list(self.actors))

    def triggers(self, sentence: str, offset: int, supported: bool) -> list[Trigger]:
        """The cues in a sentence that say an event happened, best first. `supported`: the sentence
        names a number, an actor or a victim, which weak cues need."""
        found = []
        has_protest = bool(self.protest_pattern.search(sentence))
        for match in self.cue_pattern.finditer(sentence):
            row = self.cues[match.group(0).lower()]
            if row["needs"] == "actor" and not supported or row["needs"] == "protest" and not has_protest:
                continue
            before = sentence[max(match.start() - 40, 0):match.start()]
            if NOT_YET.search(before) or MODIFIER_AFTER.match(sentence[match.end():]) or SUPPLIED_BEFORE.search(before):
                continue
            # 'arrested over the riots': the riots are the reason for the event, not the event
            priority = row["priority"] + (CAUSE_RANK if CAUSE_BEFORE.search(before) else 0)
            found.append(Trigger(row["sub_event_type"], offset + match.start(), offset + match.end(), priority))
        # The best cue decides, but a close one told first is the event's own verb: 'attacked a base ...
        # and were repelled' is an attack that turned into a clash, told from the attackers' side.
        ranked = sorted(found, key=lambda t: (t.priority, t.start))
        close = [t for t in ranked if t.priority <= ranked[0].priority + CLOSE_PRIORITY] \
            if ranked and ranked[0].priority >= VIOLENT_VERBS else []
        first = min(close, key=lambda t: t.start) if close else None
        return [first] + [t for t in ranked if t is not first] if first else ranked

    def state_of(self, name: str) -> str | None:
        """The country a name starts with, by its name or demonym: 'Somali National Army' -> SO."""
        words = name.split()
        return next((self.states[key] for size in (3, 2, 1) if (key := " ".join(words[:size]).lower()) in self.states),
                    None)

    def generic_actors(self, sentence: str, offset: int) -> list[tuple[int, int, dict]]:
        return [(offset + m.start(), offset + m.end(), self.actors[m.group(0).lower()])
                for m in self.actor_pattern.finditer(sentence)]


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
        self.looks_back = bool(LEAD_LOOKS_BACK.search(f"{article['title'] or ''} {self.body[:300]}"))
        self.first_event_offset = -1  # known once every event is found

    def rows(self, counted: list[dict]) -> list[dict]:
        events = [self._counted(row) for row in counted]
        spans = [(row["first_offset"], row["last_offset"]) for row in counted]
        for sentence_start, sentence in sentences(self.body):
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
        if told.place is not None and counted.place is not None and not (
                told.place.contains(counted.place) or counted.place.contains(told.place)):
            return False
        return not any(self.cues.says("separate", text) for _, text in counted.sentences)

    def _mentions_in(self, start: int, end: int) -> list[dict]:
        return [m for m in self.mentions if start <= m["start"] and m["end"] <= end]

    def _supported(self, sentence: str) -> bool:
        """A casualty or a generic actor in the sentence: what a weak cue needs ('shares rallied' and
        'Liverpool's attack' have neither)."""
        return bool(CASUALTY.search(sentence) or self.codebook.actor_pattern.search(sentence))

    def _counted(self, row: dict) -> _Event:
        """A counted incident with the trigger of its first sentence that has one."""
        spanned = [(s, text) for s, text in sentences(self.body) if row["first_offset"] <= s < row["last_offset"]]
        spanned = spanned or [(row["first_offset"], self.body[row["first_offset"]:row["last_offset"]])]
        trigger = next((t[0] for s, text in spanned if (t := self.codebook.triggers(text, s, True))), None)
        start, text = next(((s, x) for s, x in spanned if trigger and s <= trigger.start < s + len(x)), spanned[0])
        place = (row["place_entity_id"], self.places.get(row["place_entity_id"])) if row["place_entity_id"] else (None, None)
        return _Event(trigger, start, text, row["first_offset"], row["last_offset"], *place, row=row,
                      sentences=spanned)

    def _uncounted(self, start: int, sentence: str, events: list[_Event]) -> _Event | None:
        """The event a sentence without a count reports, if any; a sentence that goes on reporting the
        event before it extends that one and returns None."""
        triggers = self.codebook.triggers(sentence, start, self._supported(sentence))
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
        place = event_place(sentence, start, self._mentions_in(start, start + len(sentence)), self.places)
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
        around its place, no other day; an arrest after a crime, a fire or a crash is part of its story."""
        if self.cues.says("separate", sentence):
            return False
        aftermath = trigger.sub_event_type == "Arrests" and self._type(previous.trigger) in ("Crime", "Accidents",
                                                                                              "Disasters")
        if self._type(previous.trigger) != self._type(trigger) and not aftermath:
            return False
        if place[1] is not None and previous.place is not None and not (
                previous.place.contains(place[1]) or place[1].contains(previous.place)):
            return False
        known = previous.date or self._date(previous)
        return stated is None or not known.from_text or stated.day == known.day

    def _date(self, event: _Event) -> EventDate:
        """The date the event's sentences state (the trigger's sentence first, nearest the trigger),
        else the lead's for the article's first event, else the publication day."""
        if self.published is None:
            return EventDate(date(1970, 1, 1), "day", "publication")  # never used: no publication, no date key
        anchor = event.trigger.start if event.trigger else event.sentence_start
        told = [(event.sentence_start, event.sentence)] + event.sentences
        if event.first_offset <= self.first_event_offset:
            told += sentences(self.body)[:1]  # the lead tells the article's first event: 'Floods hit ... on Monday.'
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
            actor1, actor2 = self._actors(event, country)
            killed = bool((event.row or {}).get("killed_best"))
            sub_event, event_type = self._refined(sub_event, event_type, actor1, actor2, killed)
            actor1, actor2 = self._defaults(event_type, sub_event, actor1, actor2, country, killed)
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

    def _actors(self, event: _Event, country: str | None) -> tuple[Actor | None, Actor | None]:
        """Who acted and against whom, as the sentence that reports the event places them around its
        trigger: the subject acts and the object is acted on ('Gunmen killed three villagers'), the
        other way round in the passive ('were killed by gunmen'); two subjects clash with each other
        ('Militants and soldiers exchanged fire'), as do 'fighting between X and Y' and 'X clashed with Y'."""
        start, sentence = event.sentence_start, event.sentence
        candidates = self._candidates(start, sentence, country)
        trigger = event.trigger
        at = trigger.start if trigger else start + len(sentence) // 2
        end = trigger.end if trigger else at
        before = [a for a in candidates if a.start < at or (a.start == at and a.end <= end)]  # 'a suicide bomber'
        after = [a for a in candidates if a.start >= end]
        if after and BETWEEN.match(self.body[end:after[0].start]):
            return after[0], after[1] if len(after) > 1 else None
        if PASSIVE_BEFORE.search(self.body[max(at - 30, 0):at]) or (
                after and BY_AFTER.match(self.body[end:after[0].start])):
            return next((a for a in after if BY_AFTER.match(self.body[end:a.start])), None), \
                before[-1] if before else None
        if len(before) > 1 and AND.match(self.body[before[-2].end:before[-1].start]):
            return before[-2], before[-1]
        partner = next((a for a in after if WITH.search(self.body[end:a.start])), None)
        return (before[-1] if before else None), partner or (after[0] if after else None)

    def _candidates(self, start: int, sentence: str, country: str | None) -> list[Actor]:
        """Named actors (entities that are not places) and generic ones in a sentence, in text order:
        - a generic noun after a demonym or a name is that country's or that group's ('Kenyan police',
          'Boko Haram fighters'); a state's forces keep their generic name ('Somali National Army
          troops' are Military Forces (Somalia));
        - a demonym before a weapon is that country's forces ('Russian drones', 'an Israeli strike');
        - a name after 'in' or 'near' is a place the model took for a name, not an actor;
        - who only speaks ('police said') is no actor."""
        inside = self._mentions_in(start, start + len(sentence))
        places_end = {m["end"] for m in inside if m["label"] == "PLACE" or m["entity_id"] in self.places}
        named = [m for m in inside  # 'Russian' is a place and an actor
                 if m["label"] in ACTOR_LABELS and (m["label"] == "GROUP" or m["entity_id"] not in self.places)
                 and not LOCATIVE.search(self.body[max(m["start"] - 40, 0):m["start"]])
                 and not any(0 < m["start"] - end <= 2 and self.body[end] == "," for end in places_end)]
        generics = self.codebook.generic_actors(sentence, start)
        # 'Riot police' is one generic actor, whatever the model made of 'Riot'.
        named = [m for m in named if not any(g_start <= m["start"] and m["end"] <= g_end for g_start, g_end, _ in generics)]
        found: list[Actor] = []
        for g_start, g_end, row in generics:
            if any(m["start"] <= g_start < m["end"] for m in named):
                continue
            of = next((m for m in named if OF_AFTER.match(self.body[g_end:m["start"]])), None)
            if of is not None:  # 'militants of Tehrik-e-Taliban Pakistan'
                named.remove(of)
                found.append(Actor(of["canonical_name"], of["entity_id"], g_start, of["end"], row["is_armed"]))
                continue
            owner = next((m for m in named if 0 <= g_start - m["end"] <= 2), None)
            if owner is None:
                found.append(self._generic(row, country, g_start, g_end, sentence[g_start - start:g_end - start]))
                continue
            named.remove(owner)
            owner_country = self._country_of(owner)
            if owner_country and (owner["label"] == "GROUP" or row["actor"] in STATE_FORCES):
                found.append(self._generic(row, owner_country, owner["start"], g_end))
            else:
                found.append(Actor(owner["canonical_name"], owner["entity_id"], owner["start"], g_end, row["is_armed"]))
        for mention in named:
            found.append(self._named(mention, country))
        return sorted((a for a in found if not ATTRIBUTION_AFTER.match(self.body[a.end:a.end + 20])
                       and not ATTRIBUTION_BEFORE.search(self.body[max(a.start - 20, 0):a.start])
                       and not ALLY_BEFORE.search(self.body[max(a.start - 30, 0):a.start])),
                      key=lambda a: a.start)

    def _named(self, mention: dict, country: str | None) -> Actor:
        """A named actor; a state's army or police by its generic name, as analysts code them ('Sudanese
        Armed Forces' is Military Forces (Sudan)); a demonym before a weapon, that country's forces."""
        name = mention["canonical_name"]
        force = STATE_FORCE_NAME.search(name)
        state = self.codebook.state_of(name)
        if force and state:
            actor = "Police Forces" if force.group(0).lower() in ("police", "gendarmerie") else "Military Forces"
            return self._generic({"actor": actor, "is_armed": True}, state, mention["start"], mention["end"])
        own_country = self._country_of(mention)
        if mention["label"] == "GROUP" and own_country and WEAPON_AFTER.match(self.body[mention["end"]:]):
            return self._generic({"actor": "Military Forces", "is_armed": True}, own_country, mention["start"],
                                 mention["end"])
        return Actor(name, mention["entity_id"], mention["start"], mention["end"], False)

    def _country_of(self, mention: dict) -> str | None:
        place = self.places.get(mention["entity_id"])
        return mention["country_code"] or (place.country_code if place else None) \
            or self.codebook.state_of(mention["canonical_name"])

    def _generic(self, row: dict, country: str | None, start: int, end: int, noun: str | None = None) -> Actor:
        name = self.codebook.country_names.get(country or "")
        return Actor(f"{row['actor']} ({name})" if name else row["actor"], None, start, end, row["is_armed"],
                     generic=row["actor"], noun=noun.lower() if noun else None)

    def _defaults(self, event_type: str, sub_event: str, actor1: Actor | None, actor2: Actor | None,
                  country: str | None, killed: bool) -> tuple[Actor | None, Actor | None]:
        """The actors analysts code when the text leaves them implicit or names them loosely: protesters
        protest and police intervene, police arrest, and whoever unarmed is attacked, abducted, robbed
        or looted is Civilians, whether the text calls them villagers, Christians or by a name."""
        def generic(actor: str) -> Actor:
            return self._generic({"actor": actor, "is_armed": actor in STATE_FORCES + ("Unidentified Armed Group",)},
                                 country, -1, -1)
        armed = [a for a in (actor1, actor2) if a is not None and a.is_armed]
        if sub_event == "Excessive force against protesters":
            return (armed[0] if armed else generic("Police Forces")), generic("Protesters")
        if event_type == "Protests":
            protesters = actor1 if actor1 is not None and not actor1.is_armed and actor1.generic is None \
                else generic("Protesters")
            if sub_event == "Peaceful protest":
                return protesters, None
            return protesters, armed[0] if armed else generic("Police Forces")
        if event_type == "Riots":
            target = next((a for a in (actor2, actor1) if a is not None and a.generic not in ("Rioters", "Protesters")),
                          None)
            if sub_event == "Mob violence" and (target is None or not target.is_armed):
                target = generic("Civilians")
            return generic("Rioters"), target
        if sub_event == "Arrests" and (actor1 is None or not actor1.is_armed):
            actor1, actor2 = generic("Police Forces"), actor1 if actor2 is None else actor2
        victims = event_type in ("Violence against civilians", "Crime") or sub_event == "Looting/property destruction" \
            or (event_type == "Explosions/Remote violence" and killed)
        if victims and (actor2 is None or not actor2.is_armed and actor2 is not actor1):
            actor2 = generic("Civilians")
        if event_type == "Crime" and actor1 is None:
            actor1 = generic("Unidentified Armed Group" if sub_event != "Murder" else "Civilians")
        return actor1, actor2

    @staticmethod
    def _refined(sub_event: str | None, event_type: str | None, actor1: Actor | None, actor2: Actor | None,
                 killed: bool) -> tuple[str | None, str | None]:
        """Who was hit decides between a battle and violence against civilians, and who took a place
        between the state regaining it and a group overrunning it; an armed group makes a killing
        political violence rather than crime; protesters killed are excessive force."""
        armed1 = actor1 is not None and actor1.is_armed
        armed2 = actor2 is not None and actor2.is_armed
        if sub_event == "Attack" and armed2 and (armed1 or actor1 is None or actor1.generic is None):
            return "Armed clash", "Battles"
        if sub_event == "Attack" and actor2 is not None and actor2.generic == "Protesters":
            return "Excessive force against protesters", "Protests"
        if sub_event == "Armed clash" and actor2 is not None and actor2.generic == "Civilians":
            return "Attack", "Violence against civilians"
        if sub_event == "Non-state actor overtakes territory" and actor1 is not None and actor1.generic in STATE_FORCES:
            return "Government regains territory", "Battles"
        if sub_event == "Looting/property destruction" and actor1 is not None and actor1.generic == "Rioters":
            return "Mob violence", "Riots"
        if sub_event == "Looting/property destruction" and actor1 is not None and actor1.generic == "Protesters":
            return "Violent demonstration", "Riots"
        if event_type == "Protests" and killed:
            return "Excessive force against protesters", "Protests"
        if event_type == "Crime" and sub_event in ("Murder", "Shooting") and armed1 \
                and actor1.generic not in STATE_FORCES and actor1.noun not in LONE_ATTACKERS:
            return ("Armed clash", "Battles") if armed2 else ("Attack", "Violence against civilians")
        return sub_event, event_type


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
