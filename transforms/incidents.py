"""Incidents within an article: the counts that report one real-world event, added up.

Each count is first read in its clause: an `incident` (this report's event), a `toll` (a running total
over a period: 'since October', 'so far this year') or `historical` (an earlier event: 'last year',
'an anniversary'); hedged ('may have killed'); a subset of another count ('including three children').
Counts of one sentence are one report of one event: their victim groups add up ('a catechist and three
worshippers' is four). A later sentence restates the event when it has no place of its own or the
same place, and then its figures are alternatives (two, then three: low 2, high 3), unless it says it
adds ('two others were also killed'). A repeated figure links to its first report. A known zero ('no
one was killed') is a figure, not an absence.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

import polars as pl

from transforms.counts import sentences

CUE_SCHEMA = {"cue": pl.String, "phrase": pl.String}
EVENT_NOUN_SCHEMA = {"noun": pl.String, "family": pl.String}
CASUALTIES = ("KILL", "WOUND")
# The incident's type is its first type in this order: what an analyst asks about first.
TYPE_ORDER = ("KILL", "WOUND", "KIDNAP", "MISSING", "ARREST", "DISPLACE", "AFFECT", "PROTEST", "SEIZE", "STRIKE")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
MONTH_DAY = re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})\b(?!\s*(?:people|killed|dead|%))", re.IGNORECASE)
DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})\s+{MONTH}(?:\s|$)", re.IGNORECASE)
# A whole month or 'alone' counts a period: 'more than 1,100 killed in January alone'.
PERIOD = re.compile(rf"\b(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?:{'|'.join(MONTHS)})\b(?!\s+\d)"
                    r"|\balone\b", re.IGNORECASE)
PERFECT = re.compile(r"\b(?:have|has)\s+(?:been\s+killed|died|perished)\b", re.IGNORECASE)
SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
SUPERLATIVE = re.compile(r"\b(?:\w+est|worst|first|most|biggest|largest|deadliest)\b", re.IGNORECASE)
SUPERLATIVE_SINCE = re.compile(r"\b(?:\w+est|worst|first|most)\b[^.;]{0,40}?\bsince\s+\w+", re.IGNORECASE)
ANNIVERSARY = re.compile(r"\banniversary\b|\byears?\s+(?:after|since)\b", re.IGNORECASE)
# A new total of the figure before it: 'bringing the death toll from the ambush to nine'.
NEW_TOTAL = re.compile(r",?\s+(?:(?:bringing|raising|taking|pushing)\s+(?:the|its)|while|whereas)\b", re.IGNORECASE)
WORDS = re.compile(r"[a-z0-9]+")
CLAUSE_END = re.compile(r";|\s(?:while|whereas|but|bringing|after)\s")
MAY_NEGATE = re.compile(r"\b(?:no|nobody|without|none)\b", re.IGNORECASE)  # cheap: before the zero cues
HISTORY_DAYS = 10  # a named day further back than this is an earlier event, not this report's
# An article whose headline or first sentence looks back ('A year after the earthquake') reports history.
LEAD_LOOKS_BACK = re.compile(r"\b(?:a|one|two|three|five|ten|\d+)\s+years?\s+(?:after|since|on)\b|\banniversary\b",
                             re.IGNORECASE)
# Places where an event happens: after a locative preposition ('in Baghdad', 'near the town of
# Zaria'), or a region's possessive ('Anbar's al-Qaem'). 'targeted by the US' names an actor.
LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|outside|inside|across|around|between|throughout|on|off)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western"
    r"|south-?eastern|south-?western|restive|border|capital|coastal|rural|besieged)\s+){0,2}"
    r"|\b(?:city|town|village|province|region|district|state|governorate|outskirts|suburbs?|area|county"
    r"|municipality|camp|port|neighbourhood|neighborhood|coast)\s+of\s+(?:the\s+)?|[’']s\s+)$", re.IGNORECASE)
# 'attacks on U.S. forces', 'the Iraqi side': a place name used as an adjective is no event's place.
ADJECTIVAL = re.compile(r"^[’']?s?\s+(?:forces|troops|soldiers|officials|military|army|government|embassy|side|bases?"
                        r"|positions|targets|interests|personnel|citizens|nationals|officers|authorities|president)\b",
                        re.IGNORECASE)
INCIDENT_SCHEMA = {
    "article_id": pl.String,
    "incident_id": pl.String,  # article_id#n: the article's n-th incident
    "kind": pl.String,  # incident, toll, historical
    "incident_type": pl.String,
    "killed_low": pl.Int64, "killed_high": pl.Int64, "killed_best": pl.Int64,
    "wounded_low": pl.Int64, "wounded_high": pl.Int64, "wounded_best": pl.Int64,
    "quantity_low": pl.Int64, "quantity_high": pl.Int64, "quantity_best": pl.Int64,  # of incident_type
    "place_entity_id": pl.String,
    "actor_entity_id": pl.String,
    "event_family": pl.String,  # violence, earthquake, flood...: what kind of event the text calls it
    "is_hedged": pl.Boolean,
    "has_known_zero": pl.Boolean,  # 'no one was killed'
    "first_offset": pl.Int32,  # where its first reporting sentence starts in the body
    "last_offset": pl.Int32,  # where its last reporting sentence ends
}
COUNT_INCIDENT_SCHEMA = {"article_id": pl.String, "start": pl.Int32, "incident_id": pl.String, "kind": pl.String,
                         "is_hedged": pl.Boolean, "is_subset": pl.Boolean}




class IncidentCues:
    """Cue phrases by what they say of a count (seeds/incident_cues.csv) and event nouns by family
    (seeds/event_nouns.csv)."""

    def __init__(self, cues: pl.DataFrame, event_nouns: pl.DataFrame):
        by_cue: dict[str, list[str]] = {}
        for row in cues.iter_rows(named=True):
            by_cue.setdefault(row["cue"], []).append(row["phrase"].lower())
        self.patterns = {cue: any_phrase(phrases) for cue, phrases in by_cue.items()}
        self.families = {row["noun"].lower(): row["family"] for row in event_nouns.iter_rows(named=True)}

    def says(self, cue: str, text: str) -> bool:
        pattern = self.patterns.get(cue)
        return bool(pattern and pattern.search(text))

    def starts(self, cue: str, text: str) -> bool:
        """The text opens with the cue: 'of whom' after 'two' in 'two of whom were children'."""
        pattern = self.patterns.get(cue)
        return bool(pattern and re.match(rf"\s*(?:{pattern.pattern})", text, re.IGNORECASE))

    def ends(self, cue: str, text: str) -> bool:
        """The text closes with the cue: 'including' before 'three children'."""
        pattern = self.patterns.get(cue)
        return bool(pattern and re.search(rf"(?:{pattern.pattern})\s*$", text, re.IGNORECASE))

    def family(self, text: str) -> str | None:
        """The family of the first event noun in the text (the longest there: 'car bomb' before 'car')."""
        words = WORDS.findall(text.lower())
        for index in range(len(words)):
            for size in (3, 2, 1):
                family = self.families.get(" ".join(words[index:index + size]))
                if family is not None:
                    return family
        return None


@dataclass(frozen=True)
class Place:
    """A geocoded place, as much of it as grouping needs."""
    place_id: str
    country_code: str | None
    region_id: str | None  # the place_id of its first-level region, for a town
    precision: str  # town, region, country, continent, feature
    admin2_id: str | None = None  # the place_id of its second-level region, for a town

    def contains(self, other: "Place") -> bool:
        if self.place_id == other.place_id:
            return True
        if self.precision == "country":
            return other.country_code == self.country_code
        return self.precision == "region" and self.place_id in (other.region_id, other.admin2_id)


def count_readings(counts: pl.DataFrame, articles: pl.DataFrame, cues: IncidentCues) -> pl.DataFrame:
    """Each count with its kind, and whether it is hedged or a subset of another count, read in its
    clause: from the end of the count before it in the sentence to the start of the next."""
    published = dict(zip(articles["article_id"], articles["published_at"]))
    looks_back = {row["article_id"]: bool(LEAD_LOOKS_BACK.search(f"{row['title'] or ''} {row['body'][:300]}"))
                  for row in articles.select("article_id", "title", "body").iter_rows(named=True)}
    rows_out = []
    seen_types: set[tuple[str, str]] = set()
    ordered = counts.select("article_id", "sentence_start", "start", "end", "sentence", "count_type").sort(
        "article_id", "start").to_dicts()
    for (article_id, _), group in groupby(ordered, key=lambda r: (r["article_id"], r["sentence_start"])):
        rows = list(group)
        day = published.get(article_id)
        for index, count in enumerate(rows):
            sentence, offset = count["sentence"], count["sentence_start"]
            low = rows[index - 1]["end"] - offset if index else 0
            high = rows[index + 1]["start"] - offset if index + 1 < len(rows) else len(sentence)
            before, after = sentence[low:count["start"] - offset], sentence[count["end"] - offset:high]
            after = CLAUSE_END.split(after, maxsplit=1)[0]
            clause = before + " # " + after
            # 'two of whom were children' is a subset of a count given before; 'shot dead 23 of them'
            # (passengers, never counted) is not.
            counted_before = any(r["count_type"] == count["count_type"] for r in rows[:index]) or \
                (article_id, count["count_type"]) in seen_types
            rows_out.append((article_id, count["start"],
                             report_kind(clause, sentence, cues, day.date() if day else None, looks_back.get(article_id, False)),
                             cues.says("hedge", clause),
                             (cues.starts("subset_after", after) and counted_before) or cues.ends("subset_before", before)))
        seen_types |= {(article_id, r["count_type"]) for r in rows}
    return pl.DataFrame(rows_out, schema={"article_id": pl.String, "start": pl.Int32, "kind": pl.String,
                                          "is_hedged": pl.Boolean, "is_subset": pl.Boolean}, orient="row")


def report_kind(clause: str, sentence: str, cues: IncidentCues, published: date | None, lead_history: bool) -> str:
    """incident, toll or historical, from the clause of a count."""
    if cues.says("toll", clause) or PERIOD.search(clause) or _since_a_time(clause) \
            or (PERFECT.search(clause) and re.search(r"\btoll\b", sentence, re.IGNORECASE)):
        return "toll"  # 'more than 13,000 people have been killed, though the true toll is higher'
    earlier = cues.says("historical", clause) or lead_history
    if not earlier and published is not None:
        day = _stated_day(clause, published)
        dated = SUPERLATIVE_SINCE.sub("", clause)  # 'the largest since 2019' dates nothing
        earlier = any(int(year) < published.year for year in YEAR.findall(dated)) or (
            day is not None and (published - day).days > HISTORY_DAYS)  # 'the Oct. 7 attack', read in February
    if not earlier:
        return "incident"
    # An earlier event ('last year's earthquake killed') is history; a past period without one ('181
    # social leaders were killed last year') is a toll.
    return "historical" if cues.family(clause) or ANNIVERSARY.search(clause) or lead_history else "toll"


def _since_a_time(clause: str) -> bool:
    """'since October', 'since the war began': a running total; 'the largest since 2019' is not."""
    return any(not SUPERLATIVE.search(clause[max(m.start() - 40, 0):m.start()]) for m in SINCE.finditer(clause))


def _stated_day(clause: str, published: date) -> date | None:
    """A day the clause names ('Oct. 7', '7 October'), in the year before publication if it is later."""
    match = DAY_MONTH.search(clause) or MONTH_DAY.search(clause)
    if match is None:
        return None
    month = next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(match.group("month").lower()[:3]))
    try:
        day = date(published.year, month, int(match.group("day")))
    except ValueError:
        return None
    return day if day <= published else day.replace(year=day.year - 1)


@dataclass(frozen=True)
class _Reading:
    """One figure for one type of an incident, as one report gives it."""
    low: int | None
    high: int | None
    is_implicit: bool  # only victims without a number: 'a commander' restates, it does not count

    def plus(self, other: "_Reading") -> "_Reading":
        """Victim groups added: 'a catechist and three worshippers'."""
        return _Reading(None if self.low is None or other.low is None else self.low + other.low,
                        None if self.high is None or other.high is None else self.high + other.high,
                        self.is_implicit and other.is_implicit)

    @property
    def largest(self) -> int:
        return max(v for v in (self.low, self.high, 0) if v is not None)


@dataclass
class _Incident:
    kind: str
    types: set[str]
    place: Place | None
    place_entity_id: str | None
    actor_entity_id: str | None = None
    family: str | None = None
    readings: dict[str, list["_Reading"]] = field(default_factory=dict)  # per type: alternative figures
    zeros: set[str] = field(default_factory=set)
    is_hedged: bool = False
    first_offset: int = 0
    last_offset: int = 0
    count_starts: list[int] = field(default_factory=list)


def article_incidents(counts: pl.DataFrame, readings: pl.DataFrame, mentions: pl.DataFrame,
                      articles: pl.DataFrame, places: dict[str, dict[str, Place]], cues: IncidentCues
                      ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """One row per incident an article reports (INCIDENT_SCHEMA), and each count with its incident
    (COUNT_INCIDENT_SCHEMA). `places` are the geocoded places of each article's entities
    (transforms.geocoding), by article_id and entity_id."""
    counts = counts.join(readings, on=["article_id", "start"], how="left").sort("article_id", "start")
    by_article = {k: list(g) for k, g in groupby(counts.to_dicts(), key=lambda c: c["article_id"])}
    mentions_by = {k: list(g) for k, g in groupby(
        mentions.select("article_id", "start", "end", "label", "entity_id").sort("article_id", "start").to_dicts(),
        key=lambda m: m["article_id"])}
    incident_rows, count_rows = [], []
    for article in articles.select("article_id", "body", "dateline_raw").iter_rows(named=True):
        article_counts = by_article.get(article["article_id"])
        if article_counts is None:
            continue  # no count, no incident: a known zero alone is none either
        article_places = places.get(article["article_id"], {})
        article_mentions = located_mentions(article["body"], article["dateline_raw"],
                                            mentions_by.get(article["article_id"], []), article_places)
        found = _incidents(article["body"], article_counts, article_mentions, article_places, cues)
        for number, (incident, members) in enumerate(found, start=1):
            incident_id = f"{article['article_id']}#{number}"
            incident_rows.append(_row(article["article_id"], incident_id, incident))
            count_rows += [{"article_id": article["article_id"], "start": c["start"], "incident_id": incident_id,
                            "kind": incident.kind, "is_hedged": c["is_hedged"], "is_subset": c["is_subset"]}
                           for c in members]
    return (pl.DataFrame(incident_rows, schema=INCIDENT_SCHEMA, orient="row"),
            pl.DataFrame(count_rows, schema=COUNT_INCIDENT_SCHEMA, orient="row"))


def located_mentions(body: str, dateline_raw: str | None, mentions: list[dict], places: dict[str, Place]) -> list[dict]:
    """An article's mentions after its dateline (which says where the reporter is, not where the event
    is), sorted by start, each marked `is_located` when it can be a place and the text puts something
    at it ('in Baghdad', 'near the town of Zaria')."""
    after_dateline = body.find(dateline_raw) + len(dateline_raw) if dateline_raw else 0
    kept = [m for m in mentions if m["start"] >= after_dateline]
    for mention in kept:
        mention["is_located"] = (mention["label"] == "PLACE" or mention["entity_id"] in places) and bool(
            LOCATIVE.search(body[max(mention["start"] - 60, 0):mention["start"]])
            and not ADJECTIVAL.match(body[mention["end"]:]))
    return kept


def _incidents(body: str, counts: list[dict], mentions: list[dict], places: dict[str, Place],
               cues: IncidentCues) -> list[tuple[_Incident, list[dict]]]:
    found: list[tuple[_Incident, list[dict]]] = []
    first_report: dict[tuple, int] = {}  # (type, quantity, object) -> index of the incident that reported it
    by_sentence: dict[int, list[dict]] = {}
    for count in counts:
        by_sentence.setdefault(count["sentence_start"], []).append(count)
    starts = [m["start"] for m in mentions]  # mentions come sorted by start
    previous: tuple[str, int, list[dict]] | None = None
    for sentence_start, sentence in sentences(body):
        sentence_end = sentence_start + len(sentence)
        inside = [m for m in mentions[bisect_left(starts, sentence_start):bisect_left(starts, sentence_end)]
                  if m["end"] <= sentence_end]
        members = by_sentence.get(sentence_start, [])
        zeros = _zeros(sentence, cues) if found and MAY_NEGATE.search(sentence) else set()
        if not members and not zeros:
            previous = (sentence, sentence_start, inside)
            continue
        own_place = event_place(sentence, sentence_start, inside, places)
        # 'According to the PMF, 16 members were killed': the place of the sentence before.
        sentence_place = own_place if own_place[0] is not None or previous is None else event_place(*previous, places)
        previous = (sentence, sentence_start, inside)
        last_target = None
        for segment_start, segment_end, link in _segments(sentence, cues):
            segment_counts = [c for c in members if segment_start <= c["start"] - sentence_start < segment_end]
            if not segment_counts:
                continue
            place_entity_id, place = event_place(sentence[:segment_end], sentence_start,
                                                  [m for m in inside if m["start"] - sentence_start >= segment_start],
                                                  places, anchor=min(c["start"] for c in segment_counts) - sentence_start)
            if place_entity_id is None and link != "separate":
                place_entity_id, place = sentence_place
            for unit_counts, kind in _units(segment_counts):
                repeat_of = next((first_report[_key(c)] for c in unit_counts
                                  if c["is_repeat"] and _key(c) in first_report), None)
                unit = _unit(unit_counts, kind, place_entity_id, place, sentence, sentence_start, cues)
                if repeat_of is not None:
                    target = repeat_of
                elif link == "total" and last_target is not None and found[last_target][0].kind == kind:
                    target = last_target  # 'bringing the death toll from the ambush to nine': the new total
                else:
                    target = _matching(found, unit, link == "separate")
                if target is None:
                    found.append((unit, []))
                    target = len(found) - 1
                else:
                    additive = link != "total" and cues.says("additive", sentence[segment_start:segment_end])
                    _merge(found[target][0], unit, additive=additive, same_sentence=target == last_target)
                found[target][1].extend(unit_counts)
                last_target = target
                for count in unit_counts:
                    first_report.setdefault(_key(count), target)
        if zeros:  # a known zero of the event the article is reporting; alone, it is no incident
            target = next((i for i in range(len(found) - 1, -1, -1) if found[i][0].kind == "incident"), None)
            if target is not None and _matching(found[:target + 1], _Incident(
                    "incident", found[target][0].types, *reversed(sentence_place)), False) == target:
                found[target][0].zeros |= zeros  # 'Police arrested 37 ... No one was hurt.'

    # An incident no sentence places is where the article is: the first place it puts anything at,
    # else the first place it names ('near Minova' once, then only 'the lake').
    fallback = article_place(mentions, places) if found else (None, None)
    for incident, _ in found:
        if incident.place_entity_id is None:
            incident.place_entity_id, incident.place = fallback
    return found


def article_place(mentions: list[dict], places: dict[str, Place]) -> tuple[str | None, Place | None]:
    geocoded = [m for m in mentions if m["entity_id"] in places]
    located = [m for m in geocoded if m["is_located"]]
    chosen = (located or geocoded or [None])[0]
    return (chosen["entity_id"], places[chosen["entity_id"]]) if chosen else (None, None)


def _segments(sentence: str, cues: IncidentCues) -> list[tuple[int, int, str | None]]:
    """Parts of a sentence that report apart: after 'in a separate attack' another incident, after
    'bringing the toll to' a new total of the one before."""
    breaks = sorted([(m.start(), "separate") for m in cues.patterns["separate"].finditer(sentence)]
                    + [(m.start(), "total") for m in NEW_TOTAL.finditer(sentence)]) if "separate" in cues.patterns \
        else [(m.start(), "total") for m in NEW_TOTAL.finditer(sentence)]
    bounds = [(0, None)] + breaks
    return [(start, bounds[i + 1][0] if i + 1 < len(bounds) else len(sentence), link)
            for i, (start, link) in enumerate(bounds)]


def _units(counts: list[dict]) -> list[tuple[list[dict], str]]:
    """A segment's counts by kind: an incident and a toll in one clause are two things; a period said
    anywhere in it ('28,340 killed and 67,984 wounded since October 7') makes all of it a toll."""
    if any(c["kind"] == "toll" for c in counts) and all(c["kind"] != "historical" for c in counts):
        return [(counts, "toll")]
    kinds: dict[str, list[dict]] = {}
    for count in counts:
        kinds.setdefault(count["kind"], []).append(count)
    return [(group, kind) for kind, group in kinds.items()]


def _unit(counts: list[dict], kind: str, place_entity_id: str | None, place: Place | None, sentence: str,
          sentence_start: int, cues: IncidentCues) -> _Incident:
    """One report of an incident: its victim groups added, per type."""
    unit = _Incident(kind, {c["count_type"] for c in counts}, place, place_entity_id,
                     actor_entity_id=next((c["actor_entity_id"] for c in counts if c.get("actor_entity_id")), None),
                     family=cues.family(sentence), is_hedged=any(c["is_hedged"] for c in counts),
                     first_offset=sentence_start, last_offset=sentence_start + len(sentence))
    for count in counts:
        if count["is_repeat"] or count["is_subset"]:
            continue
        readings = unit.readings.setdefault(count["count_type"], [_Reading(0, 0, True)])
        readings[0] = readings[0].plus(_Reading(count["quantity_low"], count["quantity_high"], count["is_implicit"]))
    return unit


def _matching(found: list[tuple[_Incident, list[dict]]], unit: _Incident, separate: bool) -> int | None:
    """The latest incident of the article this report goes on reporting, if any."""
    if separate:
        return None
    for index in range(len(found) - 1, -1, -1):
        incident = found[index][0]
        if incident.kind != unit.kind or not _compatible_types(incident.types, unit.types):
            continue
        if unit.place is None or incident.place is None:
            return index if unit.place_entity_id is None or incident.place_entity_id is None \
                or unit.place_entity_id == incident.place_entity_id else None
        if incident.place.contains(unit.place) or unit.place.contains(incident.place):
            return index
        return None  # another place: another incident, and earlier ones are further still
    return None


def _compatible_types(a: set[str], b: set[str]) -> bool:
    casualty_a, casualty_b = bool(a & set(CASUALTIES)), bool(b & set(CASUALTIES))
    return casualty_a and casualty_b or (not casualty_a and not casualty_b and bool(a & b))


def _merge(incident: _Incident, unit: _Incident, additive: bool, same_sentence: bool) -> None:
    incident.types |= unit.types
    if unit.place is not None and (incident.place is None or incident.place.contains(unit.place)):
        incident.place, incident.place_entity_id = unit.place, unit.place_entity_id  # the more precise
    elif incident.place_entity_id is None:
        incident.place_entity_id = unit.place_entity_id
    if unit.kind != "incident":
        incident.kind = unit.kind  # a restatement that dates it: 'late last month'
    incident.actor_entity_id = incident.actor_entity_id or unit.actor_entity_id
    incident.family = incident.family or unit.family
    incident.is_hedged = incident.is_hedged or unit.is_hedged
    incident.last_offset = max(incident.last_offset, unit.last_offset)
    for count_type, readings in unit.readings.items():
        known = incident.readings.get(count_type)
        if known and (additive or (same_sentence and readings[0].is_implicit)):
            known[-1] = known[-1].plus(readings[0])  # 'two others were also killed'
        else:
            incident.readings.setdefault(count_type, []).extend(readings)


def _totals(incident: _Incident, count_type: str) -> tuple[int | None, int | None, int | None]:
    """low, high, best of one type. Alternative figures give the lowest low and the high of the largest
    figure; a victim named without a number only counts when no report gives a number. The best is
    the most conservative credible figure: the low, else the high."""
    readings = incident.readings.get(count_type, [])
    readings = [r for r in readings if not r.is_implicit] or readings
    if not readings:
        return (0, 0, 0) if count_type in incident.zeros else (None, None, None)
    lows = [r.low for r in readings if r.low is not None]
    low = min(lows) if lows else None
    high = max(readings, key=lambda r: (r.largest, r.high is not None)).high
    return low, high, low if low is not None else high


def _row(article_id: str, incident_id: str, incident: _Incident) -> dict:
    killed, wounded = _totals(incident, "KILL"), _totals(incident, "WOUND")
    known = [t for t in TYPE_ORDER if t in incident.types and (t not in CASUALTIES or _totals(incident, t)[2])]
    incident_type = known[0] if known else min(incident.types, key=TYPE_ORDER.index)
    quantity = _totals(incident, incident_type)
    return {"article_id": article_id, "incident_id": incident_id, "kind": incident.kind, "incident_type": incident_type,
            "killed_low": killed[0], "killed_high": killed[1], "killed_best": killed[2],
            "wounded_low": wounded[0], "wounded_high": wounded[1], "wounded_best": wounded[2],
            "quantity_low": quantity[0], "quantity_high": quantity[1], "quantity_best": quantity[2],
            "place_entity_id": incident.place_entity_id, "actor_entity_id": incident.actor_entity_id,
            "event_family": incident.family, "is_hedged": incident.is_hedged,
            "has_known_zero": bool(incident.zeros), "first_offset": incident.first_offset,
            "last_offset": incident.last_offset}


def _zeros(sentence: str, cues: IncidentCues) -> set[str]:
    """Types a sentence says are zero: 'no one was killed' -> KILL; 'no casualties' -> KILL, WOUND."""
    zeros = set()
    if cues.says("negation_all", sentence):
        zeros |= {"KILL", "WOUND"}
    if cues.says("negation_killed", sentence):
        zeros.add("KILL")
    if cues.says("negation_wounded", sentence):
        zeros.add("WOUND")
    return zeros


def event_place(sentence: str, sentence_start: int, mentions: list[dict], places: dict[str, Place],
                 anchor: int | None = None) -> tuple[str | None, Place | None]:
    """Where the sentence says an event is: the place named right after `anchor` (the first count,
    relative to the sentence) in its clause ('killed in a drone strike in Anbar province'), else the
    most precise place it names (first of equals)."""
    rank = {"town": 0, "region": 1, "country": 2}
    located = [m for m in mentions if m["is_located"] and (m["label"] == "PLACE" or m["entity_id"] in places)]
    if not located:
        return None, None
    if anchor is not None:
        clause_end = anchor + (re.search(r"[,;]|$", sentence[anchor:anchor + 120]).start())
        after = [m for m in located if anchor <= m["start"] - sentence_start < clause_end]
        if after:
            nearest = min(after, key=lambda m: m["start"])
            return nearest["entity_id"], places.get(nearest["entity_id"])
    best = min(located, key=lambda m: (rank.get(places[m["entity_id"]].precision, 3) if m["entity_id"] in places
                                       else 3, m["start"]))
    return best["entity_id"], places.get(best["entity_id"])


def _key(count: dict) -> tuple:
    return count["count_type"], count["quantity"], count["object"]


def any_phrase(phrases: list[str]) -> re.Pattern:
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
