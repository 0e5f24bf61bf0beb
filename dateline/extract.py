"""`dateline extract`: the nightly stages of entities and counts applied to any text, as JSONL."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import polars as pl

from dateline.reference import load_count_rules, load_gazetteer
from dateline.settings import DEFAULT_MODEL, REFERENCE_DIR
from dateline.stages import event_counts, resolved_mentions
from dateline.workers import Finder
from transforms.entities import KNOWN_ENTITY_SCHEMA
from transforms.keys import stable_key
from warehouse.load import known_entities

DOC_SCHEMA = {"article_id": pl.String, "body": pl.String, "title": pl.String, "published_at": pl.Datetime("us")}


@dataclass(frozen=True)
class Doc:
    doc_id: str
    text: str


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
        docs.append(Doc(str(record.get("doc_id", number)), record["text"]))
    return docs or [Doc(default_id, content)]


class Extraction:
    """The nightly stages of extraction (dateline.stages: Finder, resolved_mentions, event_counts)
    on any text, with the gazetteer and the model loaded once, as a night loads them."""

    def __init__(self, model: str = DEFAULT_MODEL, reference_dir: Path = REFERENCE_DIR, batch_size: int = 64,
                 warehouse=None):
        self.gazetteer = load_gazetteer(reference_dir)
        self.finder = Finder(model, batch_size, self.gazetteer, load_count_rules(reference_dir))
        self.warehouse = warehouse  # a DuckDB connection whose entities the names may resolve to

    def records(self, docs: list[Doc]) -> Iterator[dict]:
        """One output record per doc, in input order: its entities and its counts."""
        frame = pl.DataFrame({"article_id": [d.doc_id for d in docs], "body": [d.text for d in docs],
                              "title": [None] * len(docs), "published_at": [None] * len(docs)}, schema=DOC_SCHEMA)
        spans, found_counts = self.finder.find(frame)
        known = (known_entities(self.warehouse, spans, frame) if self.warehouse is not None
                 else pl.DataFrame(schema=KNOWN_ENTITY_SCHEMA))
        mentions = resolved_mentions(spans, frame, self.gazetteer, known).frame
        entities: dict[str, list[dict]] = {d.doc_id: [] for d in docs}
        counts: dict[str, list[dict]] = {d.doc_id: [] for d in docs}
        for row in mentions.iter_rows(named=True):
            entities[row["article_id"]].append({
                "start": row["start"], "end": row["end"], "text": row["text"], "label": row["label"],
                "canonical_name": row["canonical_name"], "entity_key": stable_key(row["entity_id"]),
            })
        for row in event_counts(found_counts).frame.iter_rows(named=True):
            counts[row["article_id"]].append({
                "type": row["count_type"], "quantity": row["quantity"], "quantity_low": row["quantity_low"],
                "quantity_high": row["quantity_high"], "qualifier": row["qualifier"], "object": row["object"],
                "start": row["start"], "end": row["end"], "is_repeat": row["is_repeat"],
            })
        for doc in docs:
            yield {"doc_id": doc.doc_id, "entities": entities[doc.doc_id], "counts": counts[doc.doc_id]}


def write_jsonl(records: Iterable[dict], out) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
