"""Scores of extraction against hand-annotated gold sets: entity span precision, recall and F1 per
label, accuracy of canonical names on the spans found, count precision, recall and F1, incident
totals, kinds and places, the B-cubed scores of clustering articles into events, and how near the
places of geocoded names are to where they really are."""

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

import polars as pl

from transforms.names import name_key


@dataclass(frozen=True)
class Score:
    label: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def span_scores(gold: list[dict], predicted: list[dict]) -> list[Score]:
    """Exact-match scores per label and overall ('ALL'); each doc is {"doc_id", "entities": [...]}."""
    def spans(docs):
        return {(d["doc_id"], e["start"], e["end"], e["label"]) for d in docs for e in d["entities"]}

    gold_spans, predicted_spans = spans(gold), spans(predicted)
    correct = gold_spans & predicted_spans
    labels = sorted({s[3] for s in gold_spans | predicted_spans})

    def count(found, label):
        return sum(1 for s in found if label in ("ALL", s[3]))

    return [Score(label, count(gold_spans, label), count(predicted_spans, label), count(correct, label))
            for label in [*labels, "ALL"]]


def span_scores_by_genre(gold: list[dict], predicted: list[dict]) -> dict[str, list[Score]]:
    """span_scores on each genre's docs (the gold's `topic`: world, politics, business, sport, science)."""
    genre = {d["doc_id"]: d["topic"] for d in gold}
    return {name: span_scores([d for d in gold if d["topic"] == name],
                              [d for d in predicted if genre.get(d["doc_id"]) == name])
            for name in sorted(set(genre.values()))}


def canonical_accuracy(gold: list[dict], predicted: list[dict]) -> tuple[int, int]:
    """(right, total) canonical names among gold spans the extractor found with the same offsets;
    names compare by key (case, diacritics and al- prefixes aside)."""
    found = {(d["doc_id"], e["start"], e["end"]): e["canonical_name"] for d in predicted for e in d["entities"]}
    results = Counter()
    for doc in gold:
        for entity in doc["entities"]:
            name = found.get((doc["doc_id"], entity["start"], entity["end"]))
            if name is not None:
                results[name_key(name) == name_key(entity["canonical_name"])] += 1
    return results[True], results[True] + results[False]


def errors(gold: list[dict], predicted: list[dict]) -> list[tuple[str, str, str, str]]:
    """(doc_id, kind, text, label) for every missed or spurious span, to read when improving."""
    gold_by = {(d["doc_id"], e["start"], e["end"], e["label"]): e["text"] for d in gold for e in d["entities"]}
    pred_by = {(d["doc_id"], e["start"], e["end"], e["label"]): e["text"] for d in predicted for e in d["entities"]}
    missed = [(k[0], "missed", text, k[3]) for k, text in gold_by.items() if k not in pred_by]
    spurious = [(k[0], "spurious", text, k[3]) for k, text in pred_by.items() if k not in gold_by]
    return sorted(missed + spurious)


def count_scores(gold: list[dict], predicted: list[dict]) -> list[Score]:
    """Counts matched as multisets per doc on (type, quantity) and on (type, quantity, object)."""
    found = {d["doc_id"]: d["counts"] for d in predicted}
    scores = []
    for name, fields in (("type+quantity", ("type", "quantity")), ("+object", ("type", "quantity", "object"))):
        gold_total = predicted_total = correct = 0
        for doc in gold:
            expected = Counter(tuple(c[f] for f in fields) for c in doc["counts"])
            got = Counter(tuple(c[f] for f in fields) for c in found.get(doc["doc_id"], []))
            gold_total += sum(expected.values())
            predicted_total += sum(got.values())
            correct += sum((expected & got).values())
        scores.append(Score(name, gold_total, predicted_total, correct))
    return scores


def count_errors(gold: list[dict], predicted: list[dict]) -> list[tuple[str, str, str, str]]:
    """(doc_id, kind, count, text) for every missed or spurious (type, quantity, object)."""
    found = {d["doc_id"]: d["counts"] for d in predicted}
    rows = []
    for doc in gold:
        def key(c):
            return c["type"], c["quantity"], c["object"]
        expected, got = Counter(map(key, doc["counts"])), Counter(map(key, found.get(doc["doc_id"], [])))
        rows += [(doc["doc_id"], "missed", str(k), doc["text"][:100]) for k in (expected - got).elements()]
        rows += [(doc["doc_id"], "spurious", str(k), doc["text"][:100]) for k in (got - expected).elements()]
    return rows


@dataclass(frozen=True)
class IncidentScores:
    """Incidents of the gold reports against the extracted ones, matched per doc by type in order."""
    gold: int
    found: int
    matched: int
    killed_gold: int  # gold incidents with a killed figure
    killed_exact: int  # low and high both right
    killed_within_10: int  # best within 10%
    kind_right: int
    leaks: int  # gold tolls and historical events extracted as incidents: they would reach the daily marts
    not_incidents: int  # gold tolls and historical events
    places_gold: int
    places_right: int  # the same GeoNames place


def incident_scores(gold: list[dict], predicted: list[dict], same_place) -> IncidentScores:
    """`same_place(gold_incident, predicted_incident)` says whether the places are one."""
    found = {d["doc_id"]: d["incidents"] for d in predicted}
    totals = Counter()
    for doc in gold:
        pairs = _matched_incidents(doc["incidents"], found.get(doc["doc_id"], []))
        totals["gold"] += len(doc["incidents"])
        totals["found"] += len(found.get(doc["doc_id"], []))
        for expected, got in pairs:
            totals["matched"] += got is not None
            if expected["killed"] is not None:
                totals["killed_gold"] += 1
                killed = got["killed"] if got else None
                totals["killed_exact"] += bool(killed and (killed["low"], killed["high"])
                                               == (expected["killed"]["low"], expected["killed"]["high"]))
                totals["killed_within_10"] += bool(killed and _within(_best(expected["killed"]), killed["best"]))
            totals["kind_right"] += bool(got and got["kind"] == expected["kind"])
            if expected["kind"] != "incident":
                totals["not_incidents"] += 1
                totals["leaks"] += bool(got and got["kind"] == "incident")
            if expected["place"]:
                totals["places_gold"] += 1
                totals["places_right"] += bool(got and same_place(expected, got))
    return IncidentScores(**{f: totals[f] for f in IncidentScores.__dataclass_fields__})


def _matched_incidents(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each gold incident with the first unmatched extracted one of its type (then of any casualty type)."""
    left = list(predicted)
    pairs = []
    for expected in gold:
        match = next((p for p in left if p["type"] == expected["type"]), None) or next(
            (p for p in left if {p["type"], expected["type"]} <= {"KILL", "WOUND"}), None)
        if match is not None:
            left.remove(match)
        pairs.append((expected, match))
    return pairs


def _best(figure: dict) -> int | None:
    return figure["low"] if figure["low"] is not None else figure["high"]


def _within(expected: int | None, got: int | None) -> bool:
    if expected is None or got is None:
        return expected == got
    return abs(got - expected) <= 0.1 * max(expected, 1)


def bcubed(gold_labels: dict[str, str], predicted_labels: dict[str, object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering of items against gold clusters."""
    items = list(gold_labels)
    precision = recall = 0.0
    for item in items:
        same_predicted = {o for o in items if predicted_labels[o] == predicted_labels[item]}
        same_gold = {o for o in items if gold_labels[o] == gold_labels[item]}
        both = len(same_predicted & same_gold)
        precision += both / len(same_predicted)
        recall += both / len(same_gold)
    precision, recall = precision / len(items), recall / len(items)
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


TFIDF_CUTS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)  # cosine distances at which the baseline is cut


def tfidf_baseline(texts: dict[str, str], gold_labels: dict[str, str]) -> tuple[float, tuple[float, float, float]]:
    """The textbook clustering Dateline's is measured against: each text as TF-IDF over its words
    (scikit-learn, English stop words out, sublinear term frequencies), average-linkage clusters by cosine
    distance, cut where the gold scores it best (TFIDF_CUTS): the cut and its B-cubed precision, recall, F1."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = list(texts)
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([texts[i] for i in ids]).toarray()
    scored = []
    for cut in TFIDF_CUTS:
        labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                         distance_threshold=cut).fit_predict(vectors)
        scored.append((cut, bcubed(gold_labels, dict(zip(ids, labels.tolist())))))
    return max(scored, key=lambda cut_scores: cut_scores[1][2])


def article_clusters(records: list[dict], gold: dict[str, dict], signatures: pl.DataFrame,
                     countries: set[str]) -> dict[str, object]:
    """The incident each article's main report is clustered into (transforms.incident_clusters), by
    doc_id; the main report is the first of the gold incident's type. An article with none is alone."""
    from transforms.incident_clusters import CLUSTER_REPORT_SCHEMA, article_names, article_words, incident_keys
    from transforms.keys import stable_key

    minhash = dict(zip(signatures["article_id"], signatures["minhash"].arr.to_list()))
    rows, main = [], {}
    for record in records:
        meta = gold[record["doc_id"]]
        names = article_names(meta["text"], countries)
        words = article_words(f"{meta.get('title') or ''}\n\n{meta['text']}")
        published = datetime.fromisoformat(meta["published_date"])
        for number, incident in enumerate(record["incidents"]):
            report_key = stable_key(f"{record['doc_id']}#{number}")
            rows.append({"report_key": report_key, "article_key": stable_key(record["doc_id"]), "incident_key": None,
                         "kind": incident["kind"], "incident_type": incident["type"],
                         "event_type": incident.get("event_type"),
                         "event_family": incident["event_family"],
                         "killed_best": (incident["killed"] or {}).get("best"),
                         "event_date": _event_day(incident, published),
                         "published_at": published, "place_id": incident["place_id"],
                         "country_code": incident["country_code"], "region_id": incident["region_id"],
                         "admin2_id": incident["admin2_id"], "precision": incident["precision"], "minhash": minhash[record["doc_id"]],
                         "names": names, "words": words})
        candidates = [(n, i) for n, i in enumerate(record["incidents"]) if i["kind"] == "incident"]
        chosen = next((n for n, i in candidates if i["type"] == meta["incident"]["type"]),
                      candidates[0][0] if candidates else None)
        if chosen is not None:
            main[record["doc_id"]] = stable_key(f"{record['doc_id']}#{chosen}")
    reports = pl.DataFrame(rows, schema=CLUSTER_REPORT_SCHEMA)
    assigned = dict(zip(*incident_keys(reports).select("report_key", "incident_key")))
    return {doc_id: assigned.get(main[doc_id], main[doc_id]) if doc_id in main else f"alone:{doc_id}"
            for doc_id in gold}


def _event_day(incident: dict, published: datetime) -> date:
    """The day a report dates its event to, as the warehouse gives it to the clustering
    (incident_reports_to_cluster.sql): the text's day, else the article's."""
    if incident.get("event_date") and incident.get("date_precision") == "day":
        return date.fromisoformat(incident["event_date"])
    return published.date()


NEAR_KM = 161  # 100 miles: how geoparsers are scored (mordecai, GDELT's accuracy studies)


@dataclass(frozen=True)
class PlaceScores:
    """Gold place mentions against the places of the extracted entities that cover them, end to end: a
    name not found, or found but not geocoded, is a miss."""
    gold: int
    found: int  # gold mentions an extracted entity with a place covers
    near: int  # ... within NEAR_KM of the gold point
    both_ids: int  # ... where gold and extracted place both have a GeoNames id
    same_id: int
    by_group: dict[str, tuple[int, int]]  # 'kind:<kind>' and 'level:<level>' -> (near, gold)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def place_scores(gold: list[dict], predicted: list[dict]) -> PlaceScores:
    """Each gold place mention ({doc_id, kind, places: [{start, end, geonameid, level, latitude, longitude}]})
    against the extracted entity with a place ({doc_id, entities: [{start, end, place}]}) that overlaps it most."""
    found_docs = {d["doc_id"]: [e for e in d["entities"] if e.get("place")] for d in predicted}
    totals: Counter = Counter()
    groups: dict[str, list[int]] = {}
    for doc in gold:
        for expected in doc["places"]:
            overlapping = [(min(e["end"], expected["end"]) - max(e["start"], expected["start"]), e)
                           for e in found_docs.get(doc["doc_id"], [])]
            overlapping = [(size, e) for size, e in overlapping if size > 0]
            place = max(overlapping, key=lambda pair: pair[0])[1]["place"] if overlapping else None
            near = place is not None and distance_km((expected["latitude"], expected["longitude"]),
                                                     (place["latitude"], place["longitude"])) <= NEAR_KM
            totals["gold"] += 1
            totals["found"] += place is not None
            totals["near"] += near
            if place is not None and expected.get("geonameid") and place.get("geonameid"):
                totals["both_ids"] += 1
                totals["same_id"] += expected["geonameid"] == place["geonameid"]
            for group in (f"kind:{doc.get('kind')}", f"level:{expected['level']}"):
                counts = groups.setdefault(group, [0, 0])
                counts[0] += near
                counts[1] += 1
    return PlaceScores(totals["gold"], totals["found"], totals["near"], totals["both_ids"], totals["same_id"],
                       {group: (near, total) for group, (near, total) in sorted(groups.items())})


# The keyword peer an analyst would write first: the first rule whose word the text has gives the type.
KEYWORD_PEER = (
    (re.compile(r"\b(?:earthquake|quake|flood\w*|storm|cyclone|hurricane|landslide|wildfire)\b", re.I), "Disasters"),
    (re.compile(r"\b(?:crash\w*|capsiz\w*|derail\w*|fire|blaze|collaps\w*)\b", re.I), "Accidents"),
    (re.compile(r"\b(?:riot\w*|mob)\b", re.I), "Riots"),
    (re.compile(r"\b(?:protest\w*|demonstrat\w*|rall\w*)\b", re.I), "Protests"),
    (re.compile(r"\b(?:air ?strikes?|drone|shell\w*|bomb\w*|missile\w*|rocket\w*|mortar\w*|explosi\w*)\b", re.I),
     "Explosions/Remote violence"),
    (re.compile(r"\b(?:clash\w*|fight\w*|battle\w*|fought)\b", re.I), "Battles"),
    (re.compile(r"\b(?:arrest\w*|detain\w*|agreement|ceasefire)\b", re.I), "Strategic developments"),
    (re.compile(r"\b(?:kill\w*|attack\w*|abduct\w*|kidnap\w*|shot)\b", re.I), "Violence against civilians"),
)


def keyword_event_type(text: str) -> str | None:
    return next((event_type for pattern, event_type in KEYWORD_PEER if pattern.search(text)), None)


@dataclass(frozen=True)
class EventScores:
    """Gold events against the extracted incidents of kind `incident`, matched per doc in order: the
    first unmatched one of the same event type, else the first unmatched one."""
    gold: int
    found: int  # gold events matched by an extracted incident
    placed: int  # ... that has a place
    near: int  # ... within NEAR_KM of the gold place (of gold events with a place)
    with_place: int  # gold events with a place
    type_right: int
    sub_type_right: int
    peer_type_right: int  # the keyword peer's type, for the same events
    full_dates: int  # gold events whose text writes day, month and year
    full_date_right: int
    date_right: int  # the same day, or week or month at that precision, of all gold events
    actor1_gold: int
    actor1_right: int
    actor2_gold: int
    actor2_right: int
    killed_gold: int  # gold events with a killed figure
    killed_exact: int
    deaths_tp: int  # deaths > 0 in gold and found
    deaths_fp: int
    deaths_fn: int
    spurious: int  # extracted incidents no gold event matches
    by_type: dict[str, tuple[int, int]]  # event type -> (type right, gold)


def event_scores(gold: list[dict], predicted: list[dict]) -> EventScores:
    """Each gold event ({doc_id, text, events: [{event_type, sub_event_type, event_date, date_precision,
    date_given, place, actor1, actor2, killed}]}) against the extracted incidents of its doc."""
    found = {d["doc_id"]: [i for i in d["incidents"] if i["kind"] == "incident"] for d in predicted}
    totals: Counter = Counter()
    by_type: dict[str, list[int]] = {}
    for doc in gold:
        left = list(found.get(doc["doc_id"], []))
        for expected in doc["events"]:
            got = next((i for i in left if i["event_type"] == expected["event_type"]), None) or (left[0] if left else None)
            if got is not None:
                left.remove(got)
            totals["gold"] += 1
            totals["found"] += got is not None
            totals["placed"] += bool(got and got["place_id"])
            if expected["place"]:
                totals["with_place"] += 1
                totals["near"] += bool(got and got["latitude"] is not None and distance_km(
                    (expected["place"]["latitude"], expected["place"]["longitude"]),
                    (got["latitude"], got["longitude"])) <= NEAR_KM)
            type_right = bool(got and got["event_type"] == expected["event_type"])
            totals["type_right"] += type_right
            totals["sub_type_right"] += bool(got and got["sub_event_type"] == expected["sub_event_type"])
            totals["peer_type_right"] += keyword_event_type(doc["text"]) == expected["event_type"]
            counts = by_type.setdefault(expected["event_type"], [0, 0])
            counts[0] += type_right
            counts[1] += 1
            same_day = bool(got and got["event_date"] == expected["event_date"])
            if expected["date_given"] == "full":
                totals["full_dates"] += 1
                totals["full_date_right"] += same_day
            totals["date_right"] += same_day or bool(got and got["event_date"] and _same_period(
                expected["event_date"], got["event_date"], expected["date_precision"]))
            for role in ("actor1", "actor2"):
                if expected[role]:
                    totals[f"{role}_gold"] += 1
                    totals[f"{role}_right"] += bool(got and got[role] and _same_actor(expected[role], got[role]))
            killed = (got["killed"] or {}).get("best") if got else None
            if expected["killed"] is not None:
                totals["killed_gold"] += 1
                totals["killed_exact"] += killed == expected["killed"]
            dead, found_dead = bool(expected["killed"]), bool(killed)
            totals["deaths_tp"] += dead and found_dead
            totals["deaths_fp"] += found_dead and not dead
            totals["deaths_fn"] += dead and not found_dead
        totals["spurious"] += len(left)
    return EventScores(**{f: totals[f] for f in EventScores.__dataclass_fields__ if f != "by_type"},
                       by_type={t: (right, total) for t, (right, total) in sorted(by_type.items())})


def _same_period(expected: str, got: str, precision: str) -> bool:
    """A week-precision date is right in the same ISO week, a month-precision one in the same month."""
    a, b = date.fromisoformat(expected), date.fromisoformat(got)
    if precision == "week":
        return a.isocalendar()[:2] == b.isocalendar()[:2]
    return precision == "month" and (a.year, a.month) == (b.year, b.month)


def _same_actor(expected: str, got: str) -> bool:
    """The same name, or nearly (rapidfuzz's ratio): 'Al-Shabaab' and 'al-Shabaab' are one actor."""
    from rapidfuzz import fuzz

    return expected.casefold() == got.casefold() or fuzz.ratio(expected.casefold(), got.casefold()) >= 90
