"""`dateline extract`: the nightly stages of entities, counts and incidents applied to any text, as JSONL."""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polars as pl

from dateline.extraction.places import load_place_index
from dateline.extraction.reference import load_count_rules, load_gazetteer, load_incident_cues
from dateline.extraction.workers import Finder
from dateline.night.stages import event_counts, reported_incidents, resolved_mentions
from dateline.parameters import DEFAULT_MODEL, bundled_reference_dir
from transforms.entities import KNOWN_ENTITY_SCHEMA
from transforms.keys import stable_key
from transforms.names import name_key
from transforms.places import QUERY_SCHEMA
from warehouse.load import known_entities

DOC_SCHEMA = {"article_id": pl.String, "body": pl.String, "title": pl.String, "published_at": pl.Datetime("us"),
              "dateline_raw": pl.String}
CACHE_DIR = Path.home() / ".cache" / "dateline"


@dataclass(frozen=True)
class Doc:
    doc_id: str
    text: str
    published_at: datetime | None = None  # what dates counts ('last year', 'Oct. 7') relative to


def _day(value) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def read_docs(content: str, default_id: str) -> list[Doc]:
    """JSONL lines {"doc_id", "text"} when every line is one, else the whole content as one text."""
    lines = [line for line in content.splitlines() if line.strip()]
    docs = []
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return [Doc(default_id, content)]
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            return [Doc(default_id, content)]
        docs.append(Doc(str(record.get("doc_id", number)), record["text"], _day(record.get("published_date"))))
    return docs or [Doc(default_id, content)]


class Extraction:
    """The nightly stages of extraction (dateline.night.stages: Finder, resolved_mentions, event_counts,
    reported_incidents) on any text, with the gazetteer, the model and the places loaded once, as a
    night loads them."""

    def __init__(self, model: str = DEFAULT_MODEL, reference_dir: Path | None = None, batch_size: int = 64,
                 warehouse=None, cache_dir: Path = CACHE_DIR):
        reference_dir = reference_dir or bundled_reference_dir()
        self.gazetteer = load_gazetteer(reference_dir, cache_dir)
        self.finder = Finder(model, batch_size, self.gazetteer, load_count_rules(reference_dir))
        self.places = load_place_index(cache_dir)
        self.cues = load_incident_cues(reference_dir)
        self.warehouse = warehouse  # a DuckDB connection whose entities the names may resolve to

    def same_place(self, gold: dict, found: dict) -> bool:
        """Whether a gold incident's place (as written, with its country) is the extracted one: the same
        GeoNames place, or a town and a district that share their name."""
        if not found["place_id"]:
            return False
        query = pl.DataFrame([("gold", gold["place"], gold["country_code"], [])], schema=QUERY_SCHEMA, orient="row")
        located = self.places.geocode(query)
        if located.height and located["place_id"][0] == found["place_id"]:
            return True
        return name_key(gold["place"]) == name_key(found["place"]) and gold["country_code"] == found["country_code"]

    def records(self, docs: list[Doc]) -> Iterator[dict]:
        """One output record per doc, in input order: its entities, its counts and its incidents."""
        frame = pl.DataFrame({"article_id": [d.doc_id for d in docs], "body": [d.text for d in docs],
                              "title": [None] * len(docs), "published_at": [d.published_at for d in docs],
                              "dateline_raw": [None] * len(docs)}, schema=DOC_SCHEMA)
        spans, found_counts, _ = self.finder.find(frame)
        known = (known_entities(self.warehouse, spans, frame) if self.warehouse is not None
                 else pl.DataFrame(schema=KNOWN_ENTITY_SCHEMA))
        mentions = resolved_mentions(spans, frame, self.gazetteer, known).frame
        reports, incidents = reported_incidents(event_counts(found_counts).frame, mentions, frame, self.places,
                                                self.cues)
        by_doc: dict[str, dict[str, list[dict]]] = {d.doc_id: {"entities": [], "counts": [], "incidents": []}
                                                    for d in docs}
        for row in mentions.iter_rows(named=True):
            by_doc[row["article_id"]]["entities"].append({
                "start": row["start"], "end": row["end"], "text": row["text"], "label": row["label"],
                "canonical_name": row["canonical_name"], "entity_key": stable_key(row["entity_id"]),
            })
        count_ids: dict[str, list[int]] = {}
        for row in incidents.counts.sort("article_id", "start").iter_rows(named=True):
            count_id = stable_key(f"{row['article_id']}@{row['start']}")  # the warehouse's count_key
            count_ids.setdefault(row["incident_id"], []).append(count_id)
            by_doc[row["article_id"]]["counts"].append({
                "count_id": count_id, "type": row["count_type"], "quantity": row["quantity"],
                "quantity_low": row["quantity_low"], "quantity_high": row["quantity_high"],
                "qualifier": row["qualifier"], "object": row["object"], "start": row["start"], "end": row["end"],
                "is_repeat": row["is_repeat"], "kind": row["kind"], "is_hedged": row["is_hedged"],
            })
        located = dict(zip(incidents.dim_place["place_id"], incidents.dim_place.iter_rows(named=True)))
        for row in reports.frame.iter_rows(named=True):
            entity_place = incidents.places.get(row["article_id"], {}).get(row["place_entity_id"])
            place = located.get(entity_place.place_id) if entity_place else None
            by_doc[row["article_id"]]["incidents"].append({
                "incident_id": stable_key(row["incident_id"]), "kind": row["kind"], "type": row["incident_type"],
                "killed": _range(row, "killed"), "wounded": _range(row, "wounded"), "is_hedged": row["is_hedged"],
                "event_family": row["event_family"], "place_id": place["place_id"] if place else None,
                "region_id": place["region_id"] if place else None,
                "place": place["name"] if place else None, "country_code": place["country_code"] if place else None,
                "latitude": place["latitude"] if place else None, "longitude": place["longitude"] if place else None,
                "precision": place["precision"] if place else None, "count_ids": count_ids.get(row["incident_id"], []),
            })
        for doc in docs:
            yield {"doc_id": doc.doc_id, **by_doc[doc.doc_id]}


def _range(row: dict, prefix: str) -> dict | None:
    """{low, high, best} of killed or wounded; null when the text says nothing of them."""
    values = {part: row[f"{prefix}_{part}"] for part in ("low", "high", "best")}
    return None if all(v is None for v in values.values()) else values


def write_jsonl(records: Iterable[dict], out) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
