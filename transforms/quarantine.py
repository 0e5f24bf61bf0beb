"""ops_quarantine rows: what could not be read or had to be repaired, and why. Nothing is lost."""

from collections.abc import Iterable
from datetime import datetime

import polars as pl

from transforms.keys import sha256_hex

QUARANTINE_SCHEMA = {
    "quarantine_id": pl.String,
    "source_path": pl.String,
    "record_locator": pl.String,
    "stage": pl.String,
    "reason": pl.String,
    "detail": pl.String,
    "disposition": pl.String,  # rejected: not loaded; repaired: loaded with the bad field nulled
    "file_hash": pl.String,
    "excerpt": pl.String,
    "first_run_id": pl.String,
    "quarantined_at": pl.Datetime("us"),
}
EXCERPT_CHARS = 200


def quarantine_row(*, source_path: str, record_locator: str, stage: str, reason: str, detail: str,
                   disposition: str, file_hash: str | None, excerpt: str, run_id: str,
                   at: datetime) -> dict:
    """One row; its id is the same whenever the same input fails the same way, so reruns add nothing."""
    quarantine_id = sha256_hex("\x1f".join((source_path, record_locator, stage, reason, file_hash or "")))[:32]
    return {
        "quarantine_id": quarantine_id, "source_path": source_path, "record_locator": record_locator,
        "stage": stage, "reason": reason, "detail": detail, "disposition": disposition,
        "file_hash": file_hash, "excerpt": excerpt[:EXCERPT_CHARS], "first_run_id": run_id,
        "quarantined_at": at,
    }


def quarantine_frame(rows: Iterable[dict]) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=QUARANTINE_SCHEMA).unique("quarantine_id", keep="first",
                                                                      maintain_order=True)
