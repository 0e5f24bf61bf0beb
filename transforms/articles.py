"""stg_articles: one row per article version to load, with clean text, source, dateline, date and language."""

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from difflib import SequenceMatcher

import ftfy
import polars as pl
import py3langid
import pycountry
from dateutil import parser as date_parser

from transforms.datelines import parse_dateline
from transforms.quarantine import quarantine_row

STG_ARTICLE_SCHEMA = {
    "article_id": pl.String,
    "content_hash": pl.String,
    "source_id": pl.String,
    "source_name": pl.String,
    "url": pl.String,
    "title": pl.String,
    "body": pl.String,
    "dateline_raw": pl.String,
    "dateline_place": pl.String,
    "published_at": pl.Datetime("us"),  # UTC
    "published_at_source": pl.String,  # metadata | dateline | null
    "published_at_issue": pl.String,  # why the metadata date was not used, or why there is none
    "language": pl.String,
    "word_count": pl.Int32,
    "authors": pl.List(pl.String),
    "source_path": pl.String,
    "format": pl.String,
}
EARLIEST = datetime(1900, 1, 1)
FUTURE_TOLERANCE = timedelta(days=1)
MIN_WORDS_FOR_DETECTION = 8
DETECTION_CHARS = 600  # a paragraph settles the language; more text only costs time
# Whole lines that are page furniture or wire credits, not reporting.
BOILERPLATE = re.compile(
    r"""^(advertisement|advert|sponsored( content)?|related( articles| stories| coverage)?:?
    |(read|see)\ (more|also)\b.*|sign\ up\b.*|subscribe\b.*|(follow|like)\ us\b.*|click\ here\b.*
    |share\ (this|on)\b.*|all\ rights\ reserved.*|(copyright|©)\ .*
    |\(?(additional\ )?(reporting|writing|editing)\ by\b.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
NO_DATE = "no date in metadata or dateline"
LANGUAGES = sorted(language.alpha_2 for language in pycountry.languages if hasattr(language, "alpha_2"))
WORD = r"\w+(?:['’\-]\w+)*"


def stg_articles(raw: pl.DataFrame, as_of: datetime) -> pl.DataFrame:
    """One row per article: the latest raw versions in, cleaned and typed fields out."""
    rows = [_stage_row(row, as_of) for row in raw.iter_rows(named=True)]
    return (
        pl.DataFrame(rows, schema={k: v for k, v in STG_ARTICLE_SCHEMA.items() if k != "word_count"})
        .with_columns(pl.col("body").str.count_matches(WORD).cast(pl.Int32).alias("word_count"))
        .select(list(STG_ARTICLE_SCHEMA))
    )


def in_window(stg: pl.DataFrame, since: date | None, until: date | None) -> pl.Series:
    """Mask of articles published inside [since, until]; undated ones are outside any window."""
    day = stg["published_at"].dt.date()
    mask = pl.Series("inside", [True] * stg.height, dtype=pl.Boolean)
    if since is not None:
        mask &= (day >= since).fill_null(False)
    if until is not None:
        mask &= (day <= until).fill_null(False)
    return mask


def clean_body(text: str) -> str:
    """Unicode repaired, boilerplate lines removed, whitespace normalized, one paragraph per line."""
    return cleaned_with_offsets(text)[0]


def cleaned_with_offsets(text: str) -> tuple[str, list[int]]:
    """clean_body(text), and for each of its characters the offset in `text` it came from: a span
    [start, end) of the clean body is [offsets[start], offsets[end - 1] + 1) of the text as given."""
    repaired = unicodedata.normalize("NFC", ftfy.fix_text(text, uncurl_quotes=False))
    to_text = _alignment(text, repaired)
    kept: list[tuple[str, list[int]]] = []
    for line, start in _lines(repaired):
        collapsed, offsets = [], []
        for run in SPACES.finditer(line) if line else ():
            collapsed.append(" " if run["space"] else run["text"])
            offsets += [start + run.start()] if run["space"] else range(start + run.start(), start + run.end())
        joined = "".join(collapsed)
        stripped = joined.strip()
        if stripped and not BOILERPLATE.match(stripped):
            left = len(joined) - len(joined.lstrip())
            kept.append((stripped, offsets[left:left + len(stripped)]))
    body = "\n".join(line for line, _ in kept)
    offsets: list[int] = []
    for number, (_, line_offsets) in enumerate(kept):
        if number:
            offsets.append(offsets[-1] + 1)  # the line break stands just after the line before
        offsets += line_offsets
    return body, [to_text[offset] for offset in offsets]


SPACES = re.compile(r"(?P<space>[ \t\u00a0\u2000-\u200b]+)|(?P<text>[^ \t\u00a0\u2000-\u200b]+)")
LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")  # where str.splitlines splits


def _lines(text: str) -> list[tuple[str, int]]:
    """The lines of `text` as str.splitlines gives them, each with its offset."""
    lines, start = [], 0
    for match in LINE_BREAK.finditer(text):
        lines.append((text[start:match.start()], start))
        start = match.end()
    if start < len(text):
        lines.append((text[start:], start))
    return lines


def _alignment(text: str, repaired: str) -> list[int]:
    """For each character of `repaired` (`text` with its Unicode repaired), its offset in `text`; the
    two are nearly always equal, and else differ in a few places that a diff finds."""
    if repaired == text:
        return list(range(len(text)))
    offsets = [-1] * len(repaired)
    for block in SequenceMatcher(None, text, repaired, autojunk=False).get_matching_blocks():
        offsets[block.b:block.b + block.size] = range(block.a, block.a + block.size)
    last = -1
    for index, offset in enumerate(offsets):  # a repaired character stands after the one before it
        offsets[index] = last = offset if offset >= 0 else min(last + 1, max(len(text) - 1, 0))
    for index in range(len(offsets) - 2, -1, -1):  # ... and not after the matched one that follows it
        offsets[index] = min(offsets[index], offsets[index + 1])
    return offsets


def parse_published(raw: str | None, as_of: datetime) -> tuple[datetime | None, str | None]:
    """A metadata date as naive UTC, or None and why it cannot be used."""
    if raw is None or not raw.strip():
        return None, None
    try:
        parsed = date_parser.parse(raw, default=datetime(as_of.year, 1, 1))
        if parsed.tzinfo is not None:  # in UTC, '0001-01-01T00:00:00+01:00' is before the first year
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    except (ValueError, OverflowError) as error:
        kind = "impossible" if "out of range" in str(error) or "must be in" in str(error) else "unparseable"
        return None, f"{kind} date {raw!r}"
    if parsed > as_of + FUTURE_TOLERANCE:
        return None, f"date {raw!r} is in the future"
    if parsed < EARLIEST:
        return None, f"date {raw!r} is before {EARLIEST.year}"
    return parsed, None


def dateline_date(month_day: str, as_of: datetime) -> datetime | None:
    """A dateline's month and day in the latest year that does not put it in the future."""
    for year in (as_of.year, as_of.year - 1):
        try:
            candidate = date_parser.parse(f"{month_day} {year}")
        except (ValueError, OverflowError):
            return None
        if candidate <= as_of + FUTURE_TOLERANCE:
            return candidate
    return None


def detect_language(body: str, declared: str | None) -> str | None:
    """ISO 639-1 code: detected from the text, the declared one for very short texts."""
    declared_code = re.match(r"[a-zA-Z]{2}", declared or "")
    if len(body.split()) < MIN_WORDS_FOR_DETECTION:
        return declared_code.group(0).lower() if declared_code else None
    language, _ = py3langid.classify(body[:DETECTION_CHARS])
    return language


def normalize_domain(value: str | None) -> str | None:
    if not value:
        return None
    host = re.sub(r"^[a-z]+://", "", value.strip().lower()).split("/", 1)[0].split(":", 1)[0]
    host = re.sub(r"^(www\d?|m|amp)\.", "", host)
    return host or None


def _stage_row(row: dict, as_of: datetime) -> dict:
    body = clean_body(row["body"])
    dateline = parse_dateline(body)
    published_at, issue = parse_published(row["published_raw"], as_of)
    published_source = "metadata" if published_at else None
    if published_at is None and dateline["date"]:
        published_at = dateline_date(dateline["date"], as_of)
        published_source = "dateline" if published_at else None
    if published_at is None and issue is None:
        issue = NO_DATE
    domain = normalize_domain(row["source_domain"]) or normalize_domain(row["url"])
    agency = dateline["agency"]
    source_id = domain or (agency.strip().lower() if agency else None) or "unknown"
    title = clean_body(row["title"]).replace("\n", " ") if row["title"] else None
    return {
        "article_id": row["article_id"], "content_hash": row["content_hash"], "source_id": source_id,
        "source_name": row["site_name"] or agency or domain or "Unknown", "url": row["url"], "title": title,
        "body": body, "dateline_raw": dateline["raw"], "dateline_place": dateline["place"],
        "published_at": published_at, "published_at_source": published_source, "published_at_issue": issue,
        "language": detect_language(body, row["language_raw"]), "authors": row["authors"],
        "source_path": row["source_path"], "format": row["format"],
    }


def date_quarantine(raw: pl.DataFrame, stg: pl.DataFrame, run_id: str, at: datetime) -> list[dict]:
    """Quarantine rows for metadata dates that were unusable; the articles still load without them."""
    flagged = stg.filter(pl.col("published_at_issue").is_not_null() & (pl.col("published_at_issue") != NO_DATE))
    joined = flagged.join(raw.select("article_id", "record_locator", "file_hash", "published_raw"), on="article_id")
    return [
        quarantine_row(source_path=row["source_path"], record_locator=row["record_locator"], stage="transform",
                       reason="bad_date", detail=row["published_at_issue"], disposition="repaired",
                       file_hash=row["file_hash"], excerpt=row["published_raw"] or "", run_id=run_id, at=at)
        for row in joined.iter_rows(named=True)
    ]
