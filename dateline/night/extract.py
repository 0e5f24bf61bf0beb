"""`dateline extract`: the night's extraction of a chunk (dateline.night.chunks) applied to any text, as JSONL."""

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from uuid import uuid4

import polars as pl

from dateline.night.chunks import Checks, extracted_chunk, staged_chunk
from dateline.night.resources import Resources, load_resources
from dateline.night.stages import Run
from dateline.parameters import NightParameters, bundled_expectations_dir, bundled_reference_dir
from dateline.runtime import utc_now
from transforms.articles import cleaned_with_offsets
from transforms.entities import KNOWN_ENTITY_SCHEMA
from transforms.keys import stable_key
from transforms.names import name_key
from transforms.places import QUERY_SCHEMA
from transforms.raw_articles import RAW_ARTICLE_SCHEMA
from warehouse.load import known_entities

CHUNK_BATCHES = 4  # model batches per chunk of `records`


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
    """The night's extraction of a chunk (dateline.night.chunks: cleaning, the model's workers, entities,
    counts, incidents and every check) on any text, with the resources a night loads, loaded the same
    way (dateline.night.resources)."""

    def __init__(self, resources: Resources, warehouse=None):
        self.resources = resources
        self.gazetteer = resources.gazetteer
        self.warehouse = warehouse  # a DuckDB connection whose entities the names may resolve to

    @classmethod
    def load(cls, cache_dir: Path, warehouse=None, reference_dir: Path | None = None,
             processes: int = 1) -> "Extraction":
        """With the night's defaults (model, batch size, tables, suites); the model in this process, or in
        `processes` worker processes as a night runs it."""
        defaults = {name: field.default for name, field in NightParameters.model_fields.items()}
        return cls(load_resources(model=defaults["model"], batch_size=defaults["batch_size"], processes=processes,
                                  reference_dir=reference_dir or bundled_reference_dir(),
                                  expectations_dir=bundled_expectations_dir(), cache_dir=cache_dir), warehouse)

    def close(self) -> None:
        self.resources.close()

    def same_place(self, gold: dict, found: dict) -> bool:
        """Whether a gold incident's place (as written, with its country) is the extracted one: the same
        GeoNames place, or a town and a district that share their name."""
        if not found["place_id"]:
            return False
        query = pl.DataFrame([("gold", gold["place"], gold["country_code"], [])], schema=QUERY_SCHEMA, orient="row")
        located = self.resources.places.geocode(query)
        if located.height and located["place_id"][0] == found["place_id"]:
            return True
        return name_key(gold["place"]) == name_key(found["place"]) and gold["country_code"] == found["country_code"]

    def records(self, docs: list[Doc]) -> Iterator[dict]:
        """One output record per doc, in input order: its entities, counts and incidents, their offsets
        into the doc's text as given (the night finds them in the text as it cleans it), and why the night
        would refuse the doc, if it would. Docs go through in chunks, as a night's articles do: the
        workers find the next chunk's names while this process resolves the last one's."""
        run = Run(run_id=f"extract-{uuid4()}", started_at=utc_now())
        checks = Checks(self.resources.validator, self.resources.expectations_dir, run)
        size = self.resources.pool.batch_size * CHUNK_BATCHES
        pending = None
        for chunk in (docs[start:start + size] for start in range(0, len(docs), size)):
            staged = staged_chunk(raw_articles(chunk, run), None, None, checks, self.gazetteer)
            submitted = (chunk, staged, self.resources.pool.submit(staged.articles.frame.select("article_id", "body")))
            if pending is not None:
                yield from self._chunk_records(*pending, checks)
            pending = submitted
        if pending is not None:
            yield from self._chunk_records(*pending, checks)

    def _chunk_records(self, docs: list[Doc], staged, found, checks: Checks) -> Iterator[dict]:
        articles = staged.articles.frame
        findings = found.result()
        known = (known_entities(self.warehouse, findings[0], articles) if self.warehouse is not None
                 else pl.DataFrame(schema=KNOWN_ENTITY_SCHEMA))
        facts = extracted_chunk(articles, findings, known, self.gazetteer, self.resources.places,
                                self.resources.cues, self.resources.codebook, checks)
        mentions, reports, incidents = facts.mentions.frame, facts.reports, facts.incidents
        to_text = {doc.doc_id: cleaned_with_offsets(doc.text)[1] for doc in docs}  # the night cleans each body
        refused: dict[str, list[str]] = {}  # by the doc's hash: each doc is its own file
        for output in (staged.staged, staged.articles, facts.mentions, facts.places, facts.counts, facts.reports):
            for row in output.quarantine.iter_rows(named=True):
                refused.setdefault(row["file_hash"], []).append(f"{row['reason']}: {row['detail']}")
        by_doc: dict[str, dict[str, list]] = {d.doc_id: {"entities": [], "counts": [], "incidents": []}
                                              for d in docs}
        located = dict(zip(facts.dim_place["place_id"], facts.dim_place.iter_rows(named=True)))
        entity_places = {(row["article_id"], row["entity_id"]): row for row in facts.places.frame.iter_rows(named=True)}
        for row in mentions.iter_rows(named=True):
            start, end = _in_text(to_text[row["article_id"]], row["start"], row["end"])
            entity = {"start": start, "end": end, "text": row["text"], "label": row["label"],
                      "canonical_name": row["canonical_name"], "entity_key": stable_key(row["entity_id"])}
            named = entity_places.get((row["article_id"], row["entity_id"]))
            if named is not None:  # a place, a nationality, or a name after 'in' that is a place
                entity["place"] = _place(located.get(named["place_id"]))
                entity["geocoded_by"], entity["not_geocoded_because"] = named["geocoded_by"], named["not_geocoded_because"]
            by_doc[row["article_id"]]["entities"].append(entity)
        count_ids: dict[str, list[int]] = {}
        for row in incidents.counts.sort("article_id", "start").iter_rows(named=True):
            count_id = stable_key(f"{row['article_id']}@{row['start']}")  # the warehouse's count_key
            count_ids.setdefault(row["incident_id"], []).append(count_id)
            start, end = _in_text(to_text[row["article_id"]], row["start"], row["end"])
            by_doc[row["article_id"]]["counts"].append({
                "count_id": count_id, "type": row["count_type"], "quantity": row["quantity"],
                "quantity_low": row["quantity_low"], "quantity_high": row["quantity_high"],
                "qualifier": row["qualifier"], "object": row["object"], "start": start, "end": end,
                "is_repeat": row["is_repeat"], "kind": row["kind"], "is_hedged": row["is_hedged"],
            })
        for row in reports.frame.iter_rows(named=True):
            entity_place = incidents.places.get(row["article_id"], {}).get(row["place_entity_id"])
            place = located.get(entity_place.place_id) if entity_place else None
            by_doc[row["article_id"]]["incidents"].append({
                "incident_id": stable_key(row["incident_id"]), "kind": row["kind"], "type": row["incident_type"],
                "killed": _range(row, "killed"), "wounded": _range(row, "wounded"), "is_hedged": row["is_hedged"],
                "event_family": row["event_family"], "place_id": place["place_id"] if place else None,
                "region_id": place["region_id"] if place else None, "admin2_id": place["admin2_id"] if place else None,
                "place": place["name"] if place else None, "country_code": place["country_code"] if place else None,
                "latitude": place["latitude"] if place else None, "longitude": place["longitude"] if place else None,
                "precision": place["precision"] if place else None, "count_ids": count_ids.get(row["incident_id"], []),
                "event_type": row["event_type"], "sub_event_type": row["sub_event_type"],
                "event_date": row["event_date"].isoformat() if row["event_date"] else None,
                "date_precision": row["date_precision"], "date_source": row["date_source"],
                "actor1": row["actor1"], "actor2": row["actor2"],
            })
        for doc in docs:
            yield {"doc_id": doc.doc_id, **by_doc[doc.doc_id],
                   "refused": refused.get(_hash(doc.text), [])}


def _in_text(to_text: list[int], start: int, end: int) -> tuple[int, int]:
    """A span of the clean body, as a span of the text it was cleaned from."""
    return to_text[start], to_text[end - 1] + 1


def raw_articles(docs: list[Doc], run: Run) -> pl.DataFrame:
    """The docs as the raw layer holds articles: what the night's staging reads."""
    rows = [{"article_id": doc.doc_id, "content_hash": _hash(doc.text), "body_hash": _hash(doc.text),
             "source_path": "input", "record_locator": str(number), "format": "txt", "file_hash": _hash(doc.text),
             "encoding": "utf-8", "replaced_chars": 0, "title": None, "body": doc.text, "url": None,
             "source_domain": None, "published_raw": doc.published_at.isoformat() if doc.published_at else None,
             "authors": [], "language_raw": None, "description": None, "site_name": None, "version": 1,
             "duplicate_of_article_id": None, "ingested_run_id": run.run_id, "ingested_at": run.started_at}
            for number, doc in enumerate(docs)]
    return pl.DataFrame(rows, schema=RAW_ARTICLE_SCHEMA)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _range(row: dict, prefix: str) -> dict | None:
    """{low, high, best} of killed or wounded; null when the text says nothing of them."""
    values = {part: row[f"{prefix}_{part}"] for part in ("low", "high", "best")}
    return None if all(v is None for v in values.values()) else values


def write_jsonl(records: Iterable[dict], out) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _place(place: dict | None) -> dict | None:
    """The place as `dateline extract` prints it for an entity; None when not geocoded."""
    if place is None:
        return None
    return {"geonameid": place["geonameid"], "name": place["name"], "level": place["level"],
            "country_code": place["country_code"], "admin1": place["region"], "admin1_code": place["region_code"],
            "latitude": place["latitude"], "longitude": place["longitude"], "place_id": place["place_id"]}
