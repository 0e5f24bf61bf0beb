"""Raw layer: landing files to versioned raw article records, with duplicates linked.

Identity: `article_id` comes from the canonical URL, else from the file path and the record's
place in it, so a changed file is a new version of the same article. `content_hash` is the
version; `body_hash` (normalized body) recognizes the same story arriving twice.
"""

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

import courlan
import polars as pl

from transforms.decoding import Unreadable, decode_text
from transforms.keys import sha256_hex
from transforms.quarantine import quarantine_row
from transforms.readers import RAW_FIELDS, detect_format, read_records

RAW_RECORD_SCHEMA = {
    "article_id": pl.String,
    "content_hash": pl.String,
    "body_hash": pl.String,
    "source_path": pl.String,
    "record_locator": pl.String,
    "format": pl.String,
    "file_hash": pl.String,
    "encoding": pl.String,
    "replaced_chars": pl.Int32,
    "title": pl.String,
    "body": pl.String,
    "url": pl.String,
    "source_domain": pl.String,
    "published_raw": pl.String,
    "authors": pl.List(pl.String),
    "language_raw": pl.String,
    "description": pl.String,
    "site_name": pl.String,
}
RAW_ARTICLE_SCHEMA = RAW_RECORD_SCHEMA | {
    "version": pl.Int32,
    "duplicate_of_article_id": pl.String,
    "ingested_run_id": pl.String,
    "ingested_at": pl.Datetime("us"),
}
MANIFEST_SCHEMA = {
    "source_path": pl.String,
    "size_bytes": pl.Int64,
    "modified_ns": pl.Int64,
    "file_hash": pl.String,
    "records": pl.Int32,
    "last_run_id": pl.String,
    "read_at": pl.Datetime("us"),
    "landing": pl.String,
}
KNOWN_VERSIONS_SCHEMA = {"article_id": pl.String, "content_hash": pl.String, "body_hash": pl.String,
                         "version": pl.Int32, "duplicate_of_article_id": pl.String}


@dataclass(frozen=True)
class LandingFile:
    """A file found in the landing folder; `data` is None when it was too large or could not be read
    (`error` says why)."""

    rel_path: str
    size: int
    data: bytes | None
    modified_ns: int = 0
    error: str | None = None


def parse_landing_file(file: LandingFile, max_bytes: int, run_id: str, at: datetime) -> tuple[list[dict], list[dict]]:
    """Raw records and quarantine rows for one landing file."""
    file_hash = hashlib.sha256(file.data).hexdigest() if file.data is not None else None

    def reject(reason: str, detail: str, locator: str = "", excerpt: str = "") -> dict:
        return quarantine_row(source_path=file.rel_path, record_locator=locator, stage="ingest", reason=reason,
                              detail=detail, disposition="rejected", file_hash=file_hash, excerpt=excerpt,
                              run_id=run_id, at=at)

    if file.error is not None:
        return [], [reject("unreadable_file", file.error)]
    if file.data is None or file.size > max_bytes:
        return [], [reject("too_large", f"file is {file.size} bytes, over the limit of {max_bytes}")]
    try:
        decoded = decode_text(file.data)
    except Unreadable as error:
        return [], [reject(error.reason, error.detail, excerpt=file.data[:80].decode("latin-1"))]
    fmt = detect_format(file.rel_path, decoded.text)
    records, rejects = read_records(fmt, decoded.text)
    quarantined = [reject(r.reason, r.detail, r.record_locator, r.excerpt) for r in rejects]
    if decoded.replaced_chars:
        quarantined.append(quarantine_row(
            source_path=file.rel_path, record_locator="", stage="ingest", reason="replaced_characters",
            detail=f"{decoded.replaced_chars} undecodable byte sequences replaced with U+FFFD",
            disposition="repaired", file_hash=file_hash, excerpt="", run_id=run_id, at=at))
    for record in records:
        record.update(source_path=file.rel_path, format=fmt, file_hash=file_hash, encoding=decoded.encoding,
                      replaced_chars=decoded.replaced_chars)
        record.update(article_id=article_id(record), content_hash=content_hash(record),
                      body_hash=body_hash(record["body"]))
    return records, quarantined


def article_id(record: dict) -> str:
    """Natural id: the normalized URL, else the file and the record's place in it."""
    identity = _normalized_url(record.get("url"))
    if identity is None:
        locator = record.get("record_locator") or ""
        identity = f"file:{record['source_path']}" + (f"#{locator}" if locator else "")
    return sha256_hex(identity)[:20]


def content_hash(record: dict) -> str:
    """Hash of everything the record says (not where it was found): one per version."""
    fields = {name: record.get(name) for name in RAW_FIELDS if name != "record_locator"}
    return sha256_hex(json.dumps(fields, sort_keys=True, ensure_ascii=False))


def body_hash(body: str) -> str:
    """Hash of the body with case, width and whitespace differences removed."""
    normalized = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", body)).strip().casefold()
    return sha256_hex(normalized)


def raw_article_versions(records: pl.DataFrame, known: pl.DataFrame, run_id: str,
                         ingested_at: datetime) -> pl.DataFrame:
    """New versions only: records already stored are dropped, the rest get a version number and,
    when their body was seen under another article, the id of that first copy."""
    candidates = (
        records.sort("source_path", "record_locator")
        .unique("content_hash", keep="first", maintain_order=True)
        .join(known.select("content_hash"), on="content_hash", how="anti")
        .with_row_index("_order", offset=1)
    )
    versions = candidates.with_columns(
        (pl.int_range(pl.len()).over("article_id") + 1).cast(pl.Int32).alias("_offset")
    ).join(known.group_by("article_id").agg(pl.col("version").max().alias("_last")), on="article_id", how="left")
    first_copies = pl.concat([
        known.filter(pl.col("duplicate_of_article_id").is_null())
        .select("body_hash", "article_id", pl.lit(0, pl.UInt32).alias("_order")),
        candidates.select("body_hash", "article_id", "_order"),
    ]).sort("_order").unique("body_hash", keep="first", maintain_order=True).rename(
        {"article_id": "_first_article_id"}).drop("_order")
    return (
        versions.join(first_copies, on="body_hash", how="left")
        .sort("_order")
        .with_columns(
            (pl.col("_last").fill_null(0) + pl.col("_offset")).cast(pl.Int32).alias("version"),
            pl.when(pl.col("_first_article_id") != pl.col("article_id"))
            .then(pl.col("_first_article_id")).alias("duplicate_of_article_id"),
            pl.lit(run_id).alias("ingested_run_id"),
            pl.lit(ingested_at, pl.Datetime("us")).alias("ingested_at"),
        )
        .select(list(RAW_ARTICLE_SCHEMA))
        .cast(RAW_ARTICLE_SCHEMA)
    )


def records_frame(records: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(records, schema=RAW_RECORD_SCHEMA)


def manifest_rows(files: list[LandingFile], records: pl.DataFrame, run_id: str, at: datetime,
                  landing: str) -> pl.DataFrame:
    """One ops_landing_manifest row per file read from the folder `landing`: what it was when read,
    so an unchanged file is skipped next time."""
    per_file = dict(records.group_by("source_path").len().iter_rows()) if records.height else {}
    return pl.DataFrame([{
        "source_path": f.rel_path, "size_bytes": f.size, "modified_ns": f.modified_ns,
        "file_hash": hashlib.sha256(f.data).hexdigest() if f.data is not None else None,
        "records": per_file.get(f.rel_path, 0), "last_run_id": run_id, "read_at": at, "landing": landing,
    } for f in files], schema=MANIFEST_SCHEMA)


def _normalized_url(url: str | None) -> str | None:
    if not url or not re.match(r"https?://", url, re.IGNORECASE):
        return None
    try:
        return courlan.normalize_url(url, strict=True)
    except Exception:  # courlan raises ValueError and others on malformed URLs
        return url.strip()


def latest_versions(pending: pl.DataFrame, new_versions: pl.DataFrame) -> pl.DataFrame:
    """The newest non-duplicate version of each article, from what waits in the warehouse and this run."""
    return (
        pl.concat([pending.select(list(RAW_ARTICLE_SCHEMA)).cast(RAW_ARTICLE_SCHEMA), new_versions])
        .filter(pl.col("duplicate_of_article_id").is_null())
        .sort("article_id", "version")
        .unique("article_id", keep="last", maintain_order=True)
    )
