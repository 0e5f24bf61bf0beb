"""Readers: decoded landing text to raw article records, one function per format.

Each reader returns `(records, rejects)`. A record is a dict of RAW_FIELDS; a reject is a
`Reject` naming the record it could not read and why. Readers never raise on bad content.
"""

import json
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import feedparser
import lxml.html
import trafilatura

from transforms.datelines import opens_with_dateline

RAW_FIELDS = (
    "record_locator", "title", "body", "url", "source_domain", "published_raw",
    "authors", "language_raw", "description", "site_name",
)
FORMATS = ("text", "json", "jsonl", "html", "feed")
TITLE_MAX_WORDS = 25
MIN_HTML_BODY_CHARS = 80
BLOCK_TAGS = ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")
# A full stop ends a body sentence, not a headline; 'U.S.' at the end of a headline is no full stop.
SENTENCE_END = re.compile(r"(?<!\b[A-Z])\.[\"'”’)]*$")
# Title case leaves only short words lower case: articles, conjunctions, short prepositions.
SMALL_WORD_MAX_LETTERS = 3
# Half of a pair, as a JSON escape of an emoji cut in two gives it: no frame or database holds one.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Besides JSONDecodeError, json.loads raises ValueError past Python's 4300-digit integers and RecursionError
# on nesting deeper than the interpreter's stack.
JSON_ERRORS = (ValueError, RecursionError)
# Characters XML cannot hold, which lxml refuses in text: C0 controls but tab and line breaks, U+FFFE, U+FFFF.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Reject:
    record_locator: str
    reason: str
    detail: str
    excerpt: str = ""


def detect_format(name: str, text: str) -> str:
    """The format by content first; the extension only settles JSON vs JSONL and bare HTML."""
    suffix = PurePath(name).suffix.lower()
    head = text.lstrip()[:4096].lower()
    if head.startswith(("{", "[")):
        if suffix in (".jsonl", ".ndjson"):
            return "jsonl"
        first_line = text.lstrip().split("\n", 1)[0]
        if "\n" in text.strip() and _is_json(first_line) and not _is_json(text):
            return "jsonl"
        return "json"
    if head.startswith("<"):
        if re.search(r"<(rss|feed|rdf:rdf)[\s>]", head):
            return "feed"
        return "html"
    return "text"


def read_records(fmt: str, text: str) -> tuple[list[dict[str, Any]], list[Reject]]:
    return READERS[fmt](text)


def read_text(text: str) -> tuple[list[dict[str, Any]], list[Reject]]:
    """Plain wire copy: an optional headline, then the body (which may open with a dateline).

    The headline is set off by a blank line, or sits directly above the dateline line (Reuters);
    without the blank line only a headline in capitals or title case counts, so a body's own first
    sentence is not taken for one.
    """
    lines = [line.strip() for line in text.strip().splitlines()]
    title = None
    if len(lines) > 2 and lines[1] == "" and _looks_like_title(lines[0]):
        title, lines = lines[0], lines[2:]
    elif len(lines) > 1 and opens_with_dateline(lines[1]) and _looks_like_title(lines[0], cased=True):
        title, lines = lines[0], lines[1:]
    body = "\n".join(line for line in lines if line)
    if not body:
        return [], [Reject("", "no_article_text", "text holds no article text", text[:200])]
    return [_record(title=title, body=body)], []


def read_json(text: str) -> tuple[list[dict[str, Any]], list[Reject]]:
    """One news-please object, or an array of them."""
    try:
        data = json.loads(text)
    except JSON_ERRORS as error:
        return [], [Reject("", "invalid_json", f"invalid JSON: {error}", text[:200])]
    items = data if isinstance(data, list) else [data]
    if not items:
        return [], [Reject("", "no_records", "JSON array holds no records")]
    return _from_objects((f"item {i}", item) for i, item in enumerate(items, start=1))


def read_jsonl(text: str) -> tuple[list[dict[str, Any]], list[Reject]]:
    """One news-please object per line; a broken line is rejected, the others go on."""
    parsed, rejects = [], []
    # Lines end at '\n' only: a JSON string may hold the other line breaks ('\u2028') unescaped.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            parsed.append((f"line {number}", json.loads(line)))
        except JSON_ERRORS as error:
            rejects.append(Reject(f"line {number}", "invalid_json", f"invalid JSON: {error}", line[:200]))
    records, more = _from_objects(parsed)
    return records, rejects + more


def read_html(text: str) -> tuple[list[dict[str, Any]], list[Reject]]:
    """A saved page: main text and metadata by trafilatura, boilerplate left behind."""
    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True,
                                    "outputformat": "%Y-%m-%dT%H:%M:%S"},
        )
    except Exception as error:  # lxml and trafilatura raise many types on hostile markup
        return [], [Reject("", "html_parse_error", f"page could not be parsed: {error}")]
    body = (doc.text or "") if doc is not None else ""
    if doc is not None and doc.title and body.startswith(doc.title):
        body = body[len(doc.title):].lstrip("\n")
    if len(body.strip()) < MIN_HTML_BODY_CHARS:
        return [], [Reject("", "no_article_text", "page holds no article text", (body or "")[:200])]
    return [_record(
        title=doc.title, body=body, url=doc.url, source_domain=doc.hostname, published_raw=doc.date,
        authors=_split_authors(doc.author), language_raw=doc.language, description=doc.description,
        site_name=doc.sitename,
    )], []


def read_feed(text: str) -> tuple[list[dict[str, Any]], list[Reject]]:
    """RSS or Atom: one record per item, full content where present, else the summary."""
    # The text starts with '<', so feedparser parses it as a document and never fetches.
    try:
        feed = feedparser.parse(text)
    except Exception as error:  # its loose parser raises on hostile markup ('&#2200000000;')
        return [], [Reject("", "feed_parse_error", f"feed could not be parsed: {error}")]
    records, rejects = [], []
    if feed.bozo and not feed.entries:
        return [], [Reject("", "feed_parse_error", f"feed could not be parsed: {feed.bozo_exception}")]
    if feed.bozo:
        rejects.append(Reject("", "feed_partly_parsed",
                              f"feed is malformed, kept {len(feed.entries)} readable items: {feed.bozo_exception}"))
    if not feed.entries:
        return [], [Reject("", "no_records", "feed holds no items")]
    site = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        html = (entry["content"][0].get("value") if entry.get("content") else entry.get("summary")) or ""
        body = html_fragment_text(html)
        locator = f"item {number}"
        if not body:
            rejects.append(Reject(locator, "missing_body", "feed item has neither content nor summary",
                                  entry.get("title") or ""))
            continue
        records.append(_record(
            record_locator=locator, title=entry.get("title"), body=body,
            url=entry.get("link") or entry.get("id"), published_raw=entry.get("published") or entry.get("updated"),
            authors=[a["name"] for a in entry.get("authors", []) if a.get("name")],
            language_raw=feed.feed.get("language"), description=None, site_name=site,
        ))
    return records, rejects


def html_fragment_text(html: str) -> str:
    """Readable text of an HTML fragment, one line per block element."""
    if not html.strip():
        return ""
    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(NOT_IN_XML.sub("", html), create_parent="div")
    except AssertionError:  # lxml's check that the page has a body: '<html>' alone, a frameset, has no text
        return ""
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (line.strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _from_objects(items) -> tuple[list[dict[str, Any]], list[Reject]]:
    records, rejects = [], []
    for locator, item in items:
        if not isinstance(item, dict):
            rejects.append(Reject(locator, "not_an_object", f"expected a JSON object, got {type(item).__name__}",
                                  json.dumps(item)[:200]))
            continue
        body = item.get("maintext") or item.get("text") or item.get("body")
        if not isinstance(body, str) or not body.strip():
            rejects.append(Reject(locator, "missing_body", "record has no maintext", json.dumps(item)[:200]))
            continue
        authors = item.get("authors")
        records.append(_record(
            record_locator=locator, title=_str(item.get("title")), body=body, url=_str(item.get("url")),
            source_domain=_str(item.get("source_domain")),
            published_raw=_str(item.get("date_publish") or item.get("published_at") or item.get("date")),
            authors=[str(a) for a in authors] if isinstance(authors, list) else _split_authors(_str(authors)),
            language_raw=_str(item.get("language")), description=_str(item.get("description")),
            site_name=_str(item.get("source_name") or item.get("site_name")),
        ))
    return records, rejects


def _record(**fields: Any) -> dict[str, Any]:
    record = dict.fromkeys(RAW_FIELDS)
    record.update(record_locator="", authors=[])
    record.update({k: _without_lone_surrogates(v) for k, v in fields.items() if v is not None})
    return record


def _without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    return LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def _looks_like_title(line: str, *, cased: bool = False) -> bool:
    """A headline: short, no dateline, no full stop; `cased` also asks for ALL CAPS or Title Case."""
    if not 0 < len(line.split()) <= TITLE_MAX_WORDS or opens_with_dateline(line) or SENTENCE_END.search(line):
        return False
    if not cased:
        return True
    # Every word but the short ones holds a capital ('iPhone' does).
    words = re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", line)
    return bool(words) and not words[0].islower() and all(
        not word.islower() or len(word) <= SMALL_WORD_MAX_LETTERS for word in words[1:])


def _split_authors(value: str | None) -> list[str]:
    return [a.strip() for a in re.split(r";|,| and ", value) if a.strip()] if value else []


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except JSON_ERRORS:
        return False
    return True


READERS = {"text": read_text, "json": read_json, "jsonl": read_jsonl, "html": read_html, "feed": read_feed}
