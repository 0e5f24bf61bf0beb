"""Across articles: the reports of one real-world incident clustered into one, with a stable key.

Two reports (fct_article_incident rows of kind `incident`) are of the same event when nothing rules it
out and enough says so. Ruled out: the same article; incompatible types (casualties meet casualties);
event dates further apart than WINDOW_DAYS (the day the text dates the event to, else the article's
day); two named kinds of event that differ (a bombing is no flood); places that do not contain one
another; killed figures too far apart to be one toll growing. Said so:
near-duplicate texts (syndication) on their own; else the same place or a town inside the named
region; else, when a place is unknown or only a country, alike texts (near-copies, or the same words
used about as often: reports written apart), the same proper names used (the town, the actors, even
where the model or the gazetteer missed them), or the same figures on the same day.

A cluster that holds a report already in the warehouse keeps that incident's key (the earliest, if
several meet), so tomorrow's article joins yesterday's incident; a new cluster is keyed by its
earliest report, so a rerun gives the same keys.
"""

import functools
import importlib.util
import math
import re
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np
import polars as pl

from transforms.duplicates import NEAR_DUPLICATE_THRESHOLD, signature_similarity
from transforms.incidents import CASUALTIES
from transforms.keys import stable_key
from transforms.names import name_key

WINDOW_DAYS = 3
TOTALS_RATIO = 5  # a first report's dead against a later toll: at least 5 then 25 is one event
TOTALS_RATIO_CLOSE = 10
MAX_NAME_GROUP = 50
WEAK_PRECISIONS = ("country", "continent", "feature")  # places that leave the event's place open
SIMILAR_TEXT = 0.15  # estimated Jaccard of word shingles: two reports of one event, written apart
SHARED_NAMES = 0.3  # of the smaller article's proper names (often one: the town the model missed)
# Cosine of two articles' word counts, stop words out. Set on the clustering gold (187 articles, 64 events;
# B-cubed F1 0.820 without it): 0.884 at 0.15, 0.894 at 0.2, 0.881 at 0.25. TF-IDF weights fitted on the
# gold scored the same (0.893 at 0.15), and plain counts need no document frequencies kept from night to
# night: a full refresh compares the same numbers.
SIMILAR_WORDS = 0.2
MAX_WORD_GROUP = 20  # reports sharing a word, at most, for the word to pair them: a commoner one says little
WORD = re.compile(r"[^\W\d_]{2,}")
# Capitalized words that name no place or actor of an event: they say nothing of which event it is.
COMMON_NAMES = {
    "the", "a", "an", "in", "on", "at", "of", "and", "but", "he", "she", "it", "they", "we", "i", "his", "her",
    "their", "this", "that", "these", "those", "there", "after", "before", "when", "while", "some", "no",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "police", "army",
    "president", "minister", "ministry", "government", "officials", "state", "province", "district", "region",
    "city", "town", "village", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "mr", "mrs", "ms", "dr", "un", "said", "says", "according",
}
NAME = re.compile(r"(?<![.!?\"“]\s)(?<=\s|-)[A-Z][\w'’-]{2,}")
CLUSTER_REPORT_SCHEMA = {
    "report_key": pl.Int64,
    "article_key": pl.Int64,
    "incident_key": pl.Int64,  # set for reports already in the warehouse
    "kind": pl.String,  # only incidents are clustered: a toll or a history stays its own
    "incident_type": pl.String,
    "event_type": pl.String,  # transforms.events; not a rule yet: one article's type is too noisy to split on
    "event_family": pl.String,
    "killed_best": pl.Int64,
    "event_date": pl.Date,
    "published_at": pl.Datetime("us"),
    "place_id": pl.String,
    "country_code": pl.String,
    "region_id": pl.String,  # of a town: its region's place_id
    "admin2_id": pl.String,  # of a town: its second-level region's place_id, when known
    "precision": pl.String,
    "minhash": pl.List(pl.UInt32),
    "names": pl.List(pl.String),  # proper names its article uses (transforms.incident_clusters.article_names)
    "words": pl.List(pl.String),  # its article's words, with their repeats (article_words)
}
# The link that joined a report to its incident (None for the report that founded it) and how sure that
# kind of link is: the share of the pairs it joined that were one event on the clustering gold (187
# articles, `make quality`, 2026-12-06: same place 87 of 99, place inside the other 21 of 23, same names
# 46 of 55, same words 44 of 48). A near-duplicate is a copy of the same report, sure by construction; the
# two links the gold never used (similar text, same figures) take the lowest measured, until a gold has them.
ASSIGNMENT_SCHEMA = {"report_key": pl.Int64, "incident_key": pl.Int64, "joined_by": pl.String,
                     "join_confidence": pl.Float64}
SIGNAL_CONFIDENCE = {
    "near-duplicate text": 1.0,
    "place inside the other": 0.913,
    "same words": 0.917,
    "same place": 0.879,
    "same names": 0.836,
    "similar text": 0.836,
    "same figures": 0.836,
}


def incident_keys(reports: pl.DataFrame) -> pl.DataFrame:
    """The incident of each report (CLUSTER_REPORT_SCHEMA): reports already keyed keep their cluster
    together; the result holds every report whose key is new or changed, with the link that joined it
    (each report but a cluster's first joins by one link: the cluster's weakest says how sure it is)."""
    rows = reports.sort("published_at", "report_key").to_dicts()
    for row in rows:  # once per report, not once per pair
        row["minhash"] = None if row["minhash"] is None else np.asarray(row["minhash"], dtype=np.uint32)
        row["names"] = frozenset(row["names"] or ())
        row["words"] = _counted(row["words"])
    parent = list(range(len(rows)))
    joined_by: dict[int, str] = {}  # a group's founder -> the link that joined its group to an earlier one

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, signal: str | None = None) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
            if signal is not None:
                joined_by[max(a, b)] = signal

    by_key: dict[int, int] = {}
    for index, row in enumerate(rows):
        if row["incident_key"] is not None:
            union(index, by_key.setdefault(row["incident_key"], index))
    for i, j in _candidate_pairs(rows):  # never two reports already keyed: earlier nights decided
        signal = joining_signal(rows[i], rows[j])
        if signal is not None:
            union(i, j, signal)
    members: dict[int, list[int]] = {}
    for index in range(len(rows)):
        members.setdefault(find(index), []).append(index)
    assigned = []
    for group in members.values():
        keyed = [rows[i] for i in group if rows[i]["incident_key"] is not None]
        key = keyed[0]["incident_key"] if keyed else stable_key("incident", str(rows[group[0]]["report_key"]))
        assigned += [(rows[i]["report_key"], key, joined_by.get(i), SIGNAL_CONFIDENCE.get(joined_by.get(i)))
                     for i in group if rows[i]["incident_key"] != key]
    return pl.DataFrame(assigned, schema=ASSIGNMENT_SCHEMA, orient="row").sort("report_key")


def same_event(a: dict, b: dict) -> bool:
    """Whether two reports are of one real-world incident (see the module's docstring)."""
    return joining_signal(a, b) is not None


def joining_signal(a: dict, b: dict) -> str | None:
    """What says two reports are of one incident (a key of SIGNAL_CONFIDENCE), or None when nothing
    does or something rules it out."""
    if a["article_key"] == b["article_key"] or "incident" != a["kind"] or "incident" != b["kind"] \
            or not _compatible_types(a["incident_type"], b["incident_type"]):
        return None
    days = abs((a["event_date"] - b["event_date"]).days) if a["event_date"] and b["event_date"] else 0
    similarity = _similarity(a, b)
    if similarity >= NEAR_DUPLICATE_THRESHOLD:
        return "near-duplicate text" if days <= 2 * WINDOW_DAYS else None
    if days > WINDOW_DAYS or (a["event_family"] and b["event_family"] and a["event_family"] != b["event_family"]):
        return None
    place = _place_match(a, b)
    if not _compatible_totals(a["killed_best"], b["killed_best"], close=place == "same" and days <= 1):
        return None
    if place == "different":
        return None
    if place == "same":
        return "same place"
    if place == "inside":
        return "place inside the other"
    if similarity >= SIMILAR_TEXT:
        return "similar text"
    if _shared_names(a, b) >= SHARED_NAMES:
        return "same names"
    if _word_similarity(a, b) >= SIMILAR_WORDS:
        return "same words"
    same_figures = a["killed_best"] is not None and a["killed_best"] == b["killed_best"] and days == 0
    return "same figures" if place == "country" and same_figures else None


def article_names(body: str, countries: set[str]) -> list[str]:
    """The proper names an article uses, folded, neither at a sentence's start nor a country: what two
    reports of one event share even when the model or the gazetteer missed its town ('Salvatierra')."""
    words = {name_key(w) for w in NAME.findall(body or "")}
    return sorted(w for w in words if w not in COMMON_NAMES and w not in countries)


def article_words(text: str) -> list[str]:
    """An article's words, lower-cased, without stop words (spaCy's English list), each as often as it is
    used: what two reports of one event written apart still share ('quake', 'rescuers', the village)."""
    stop_words = _stop_words()
    return [word for word in WORD.findall((text or "").lower()) if word not in stop_words]


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, loaded from their module's file alone (it imports nothing): importing
    spaCy for them would cost the night's process, which leaves the model to its workers, a second."""
    package = Path(importlib.util.find_spec("spacy").origin).parent
    spec = importlib.util.spec_from_file_location("_spacy_english_stop_words", package / "lang" / "en" / "stop_words.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def _counted(words: list[str] | None) -> tuple[Counter, float]:
    """Word counts and their norm, once per report."""
    counts = Counter(words or ())
    return counts, math.sqrt(sum(n * n for n in counts.values()))


def _word_similarity(a: dict, b: dict) -> float:
    """Cosine of two articles' word counts."""
    (left, left_norm), (right, right_norm) = _as_counted(a.get("words")), _as_counted(b.get("words"))
    if not left_norm or not right_norm:
        return 0.0
    if len(left) > len(right):
        left, right = right, left
    return sum(n * right[word] for word, n in left.items()) / (left_norm * right_norm)


def _as_counted(words) -> tuple[Counter, float]:
    """Words as incident_keys counts them, or as a report row gives them (same_event called alone)."""
    return words if isinstance(words, tuple) else _counted(words)


def _shared_names(a: dict, b: dict) -> float:
    """The overlap of two articles' proper names: reports of one event name its town and its actors."""
    left, right = frozenset(a["names"] or ()), frozenset(b["names"] or ())
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def _place_match(a: dict, b: dict) -> str:
    """same, inside (a town in the named region), country (only a country for one), unknown or different."""
    if a["place_id"] is None or b["place_id"] is None:
        return "unknown"
    if a["place_id"] == b["place_id"]:
        return "same"
    if {a["precision"], b["precision"]} & {"continent", "feature"}:
        return "unknown"  # a lake or a sea between countries places an event no better than no place
    if a["country_code"] != b["country_code"]:
        return "different"
    if a["place_id"] in (b["region_id"], b.get("admin2_id")) or b["place_id"] in (a["region_id"], a.get("admin2_id")):
        return "inside"
    if "country" in (a["precision"], b["precision"]):
        return "country"
    return "different"


def _compatible_types(a: str, b: str) -> bool:
    return a == b or (a in CASUALTIES and b in CASUALTIES)


def _compatible_totals(a: int | None, b: int | None, close: bool = False) -> bool:
    """One toll growing ('at least 5', then 37 as bodies are found) or told differently, not two
    different events; `close` reports (the same town, a day apart) may differ more."""
    if a is None or b is None:
        return True
    low, high = sorted((a, b))
    return high - low <= 3 or low >= high / (TOTALS_RATIO_CLOSE if close else TOTALS_RATIO)


def _similarity(a: dict, b: dict) -> float:
    if a["minhash"] is None or b["minhash"] is None:
        return 0.0
    return signature_similarity(a["minhash"], b["minhash"])


def _candidate_pairs(rows: list[dict]) -> list[tuple[int, int]]:
    """Pairs that could be one event, dated within twice the window, at least one of them new:
    reports at one place (a town also with its region's), and reports whose articles share a proper
    name or an uncommon word (how unplaced and country-only reports meet). Blocking, so a night compares
    what could be one event, not every report with every other."""
    groups: dict[tuple[str, str], list[int]] = {}
    # Only the words of weakly placed reports can pair two reports (below): the others' vocabulary is not indexed.
    weak_words = set().union(*(row["words"][0].keys() for row in rows if row["kind"] == "incident" and _weakly_placed(row)))
    for index, row in enumerate(rows):
        if row["kind"] != "incident":
            continue
        for place in {row["place_id"], row["region_id"], row.get("admin2_id")} - {None}:
            groups.setdefault(("place", place), []).append(index)
        for name in row["names"]:
            groups.setdefault(("name", name), []).append(index)
        for word in row["words"][0].keys() & weak_words:
            groups.setdefault(("word", word), []).append(index)
    largest = {"place": None, "name": MAX_NAME_GROUP, "word": MAX_WORD_GROUP}
    pairs = set()
    for (what, _), members in groups.items():
        if len(members) < 2 or (what != "place" and (len(members) > largest[what]
                                                     or not any(_weakly_placed(rows[i]) for i in members))):
            continue  # a name in hundreds of reports ('Gaza'), or a common word, says nothing of which event
        ordered = sorted(members, key=lambda i: _day(rows[i]))
        # Names and words only matter where a place does not decide: one of the two has none, or only a country.
        pairs.update(p for p in _within_window(rows, ordered)
                     if what == "place" or _weakly_placed(rows[p[0]]) or _weakly_placed(rows[p[1]]))
    return sorted(pairs)


def _weakly_placed(row: dict) -> bool:
    return row["place_id"] is None or row["precision"] in WEAK_PRECISIONS


def _within_window(rows: list[dict], ordered: list[int]) -> list[tuple[int, int]]:
    pairs = []
    for position, i in enumerate(ordered):
        for j in ordered[position + 1:]:
            if (_day(rows[j]) - _day(rows[i])).days > 2 * WINDOW_DAYS:
                break
            if rows[i]["incident_key"] is None or rows[j]["incident_key"] is None:
                pairs.append((min(i, j), max(i, j)))
    return pairs


def _day(row: dict) -> date:
    return row["event_date"] or date.min
