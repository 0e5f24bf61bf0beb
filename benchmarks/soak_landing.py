"""The soak's landing folder, night after night, and every record written into it with what should become
of it (benchmarks/soak_sql/records.sql looks for each at the end).

Every night adds new generated articles (benchmarks.corpus) in each format a landing folder takes: JSON
Lines, a JSON object, plain wire copy and an RSS feed. On some nights it also changes a file an earlier
night wrote (one story updated, one added), copies one unchanged under a new name, touches one (same
bytes, a new modification time) and adds a syndicated copy of an earlier story under another URL; on the
nights of the `corrupt files` fault it adds one of each kind of bad input. Only files a published night
has read are changed, so no version is overwritten before a night could read it.
"""

import hashlib
import json
import os
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import polars as pl

from benchmarks.corpus import articles as generate_articles

# What the warehouse should make of a record: a raw version loaded as an article, a raw version linked to
# the article whose body it repeats, a quarantine row instead, or both (read with the bad bytes replaced).
ARTICLE, DUPLICATE, QUARANTINED, REPAIRED = "article", "duplicate", "quarantined", "repaired"
FORMAT_WEIGHTS = {"jsonl": 5, "text": 2, "json": 2, "feed": 2}
CHANGE_CHANCES = {"syndicated": 0.3, "changed": 0.35, "copied": 0.25, "touched": 0.25}
RECORDS_SCHEMA = {"night": pl.Int32, "source_path": pl.String, "file_hash": pl.String, "record_locator": pl.String,
                  "outcome": pl.String, "url": pl.String, "body_sha256": pl.String, "reason": pl.String}
FILES_SCHEMA = {"night": pl.Int32, "source_path": pl.String, "file_hash": pl.String, "records": pl.Int32}


@dataclass(frozen=True)
class Expected:
    """A record's place in its file and what should become of it."""

    record_locator: str  # as the readers name it: 'line 2', 'item 1', '' for the whole file
    outcome: str  # ARTICLE, DUPLICATE, QUARANTINED or REPAIRED
    url: str | None = None
    body_sha256: str | None = None  # JSON records only: their body exactly as the reader keeps it
    reason: str | None = None  # QUARANTINED and REPAIRED: the reason ops_quarantine gives


def expected(record_locator: str, outcome: str, story: dict | None = None, reason: str | None = None) -> Expected:
    if story is None:
        return Expected(record_locator, outcome, reason=reason)
    return Expected(record_locator, outcome, story["url"], _sha256(story["maintext"]), reason)


@dataclass(frozen=True)
class LandedRecord:
    """One record written into the landing folder, and where the warehouse should keep it."""

    night: int
    source_path: str  # relative to the landing folder, as raw_article and ops_quarantine name it
    file_hash: str  # sha256 of the file as written
    record: Expected


@dataclass
class LandedFile:
    """A file's current version."""

    source_path: str
    night: int  # written (or last changed) before this night
    kind: str  # jsonl, json, text, feed, or corrupt
    file_hash: str
    records: list[Expected]
    lines: list[tuple[dict, str]] = field(default_factory=list)  # jsonl: each line's story and outcome

    @property
    def found(self) -> int:
        """Records the readers find in it: what ops_landing_manifest counts."""
        return sum(r.outcome != QUARANTINED for r in self.records)

    @property
    def articles(self) -> list[dict]:
        return [story for story, outcome in self.lines if outcome == ARTICLE]


class Landing:
    """The landing folder and the ledger of what was written into it."""

    def __init__(self, folder: Path, articles_per_night: int, seed: int):
        self.folder = folder
        self.articles_per_night = articles_per_night
        self.rng = random.Random(seed)
        self.stories = generate_articles(sys.maxsize, seed)
        self.files: dict[str, LandedFile] = {}
        self.records: list[LandedRecord] = []
        self.published_through = 0  # the latest night that published: files written before it have been read

    def prepare(self, night: int, corrupt: bool) -> str:
        """Change the folder for `night`; what changed, in a few words."""
        done = [f"{self.articles_per_night} new"]
        by_format = {fmt: [] for fmt in FORMAT_WEIGHTS}
        for _ in range(self.articles_per_night):
            by_format[self.rng.choices(list(FORMAT_WEIGHTS), list(FORMAT_WEIGHTS.values()))[0]].append(next(self.stories))
        read = [f for f in self.files.values() if f.night <= self.published_through and f.kind != "corrupt"]
        with_articles = [f for f in read if f.articles]
        draws = {change: self.rng.random() < chance for change, chance in CHANGE_CHANCES.items()}
        syndicated = []
        if draws["syndicated"] and with_articles:
            syndicated.append(self._syndicated_copy(self.rng.choice(with_articles)))
            done.append("1 syndicated")
        self._write_new(night, by_format, syndicated)
        if draws["changed"] and with_articles:
            self._change(night, self.rng.choice(with_articles))
            done.append("1 changed")
        if draws["copied"] and read:
            self._copy(night, self.rng.choice(read).source_path)
            done.append("1 copied")
        if draws["touched"] and read:
            os.utime(self.folder / self.rng.choice(read).source_path)
            done.append("1 touched")
        if corrupt:
            for name, (reason, make) in CORRUPT_FILES.items():
                data, records = make(self.stories, self.rng, reason)
                self._write(night, f"night-{night:02d}/{name}", "corrupt", data, records)
            done.append(f"{len(CORRUPT_FILES)} corrupt")
        return ", ".join(done)

    def records_frame(self) -> pl.DataFrame:
        return pl.DataFrame([{"night": r.night, "source_path": r.source_path, "file_hash": r.file_hash,
                              **vars(r.record)} for r in self.records], schema=RECORDS_SCHEMA)

    def files_frame(self) -> pl.DataFrame:
        return pl.DataFrame([{"night": f.night, "source_path": f.source_path, "file_hash": f.file_hash,
                              "records": f.found} for f in self.files.values()], schema=FILES_SCHEMA)

    def _write_new(self, night: int, by_format: dict[str, list[dict]], syndicated: list[dict]) -> None:
        folder = f"night-{night:02d}"
        if by_format["jsonl"] or syndicated:
            self._write_jsonl(night, f"{folder}/wire.jsonl",
                              [(story, ARTICLE) for story in by_format["jsonl"]] + [(s, DUPLICATE) for s in syndicated])
        for number, story in enumerate(by_format["text"], start=1):
            self._write(night, f"{folder}/story-{number}.txt", "text", _wire_copy(story).encode(),
                        [expected("", ARTICLE)])
        for number, story in enumerate(by_format["json"], start=1):
            self._write(night, f"{folder}/story-{number}.json", "json", json.dumps(story, indent=2).encode(),
                        [expected("item 1", ARTICLE, story)])
        if by_format["feed"]:
            self._write(night, f"{folder}/feed.xml", "feed", _feed(by_format["feed"]).encode(),
                        [expected(f"item {n}", ARTICLE) for n in range(1, len(by_format["feed"]) + 1)])

    def _write_jsonl(self, night: int, path: str, lines: list[tuple[dict, str]]) -> None:
        data = "".join(json.dumps(story) + "\n" for story, _ in lines).encode()
        self._write(night, path, "jsonl", data, [expected(f"line {n}", outcome, story)
                                                 for n, (story, outcome) in enumerate(lines, start=1)])
        self.files[path].lines = lines

    def _write(self, night: int, path: str, kind: str, data: bytes, records: list[Expected]) -> None:
        (self.folder / path).parent.mkdir(parents=True, exist_ok=True)
        (self.folder / path).write_bytes(data)
        file_hash = hashlib.sha256(data).hexdigest()
        self.files[path] = LandedFile(path, night, kind, file_hash, records)
        self.records += [LandedRecord(night, path, file_hash, record) for record in records]

    def _syndicated_copy(self, source: LandedFile) -> dict:
        """An earlier story's body under another outlet's URL: the same story arriving again."""
        story = self.rng.choice(source.articles)
        return {**story, "url": story["url"].replace("https://www.", "https://syndicated.example/"),
                "source_domain": "syndicated.example"}

    def _change(self, night: int, file: LandedFile) -> None:
        """One story of the file updated, one added: a new version of the one, a new article, the rest unchanged."""
        lines = list(file.lines)
        updated = self.rng.choice([n for n, (_, outcome) in enumerate(lines) if outcome == ARTICLE])
        story = lines[updated][0]
        lines[updated] = ({**story, "maintext": story["maintext"] + f"\nThis story was updated before night {night}."},
                          ARTICLE)
        self._write_jsonl(night, file.source_path, [*lines, (next(self.stories), ARTICLE)])

    def _copy(self, night: int, source_path: str) -> None:
        """The same bytes under a new name: nothing new to load."""
        file = self.files[source_path]  # as it is now: changed tonight, maybe
        path = f"night-{night:02d}/copy-of-{source_path.replace('/', '-')}"
        self._write(night, path, file.kind, (self.folder / file.source_path).read_bytes(), file.records)
        self.files[path].lines = file.lines


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _wire_copy(story: dict) -> str:
    """Plain wire copy: the headline, a blank line, the body."""
    return f"{story['title']}\n\n{story['maintext']}\n"


def _feed(stories: list[dict]) -> str:
    """An RSS 2.0 feed with one item per story, the body as HTML paragraphs."""
    items = []
    for story in stories:
        published = ""
        if story["date_publish"]:
            when = datetime.fromisoformat(story["date_publish"]).replace(tzinfo=UTC)
            published = f"<pubDate>{format_datetime(when)}</pubDate>"
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in story["maintext"].split("\n"))
        items.append(f"<item><title>{escape(story['title'])}</title><link>{escape(story['url'])}</link>"
                     f"{published}<description><![CDATA[{paragraphs}]]></description></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Soak Wire</title>'
            f"<link>https://soak.example/</link><description>Generated stories</description>{''.join(items)}"
            "</channel></rss>\n")


# Bad inputs, each made from the next stories: (bytes, what should become of each record).

def _broken_json(stories: Iterator[dict], rng: random.Random, reason: str) -> tuple[bytes, list[Expected]]:
    whole = json.dumps(next(stories))
    return whole[:rng.randrange(10, len(whole) - 10)].encode(), [expected("", QUARANTINED, reason=reason)]


def _partly_broken_jsonl(stories: Iterator[dict], rng: random.Random, reason: str) -> tuple[bytes, list[Expected]]:
    """Two good lines around a broken one: the broken line is quarantined, the others load."""
    first, second = next(stories), next(stories)
    broken = json.dumps(second)[:rng.randrange(10, 200)]
    data = f"{json.dumps(first)}\n{broken}\n{json.dumps(second)}\n".encode()
    return data, [expected("line 1", ARTICLE, first), expected("line 2", QUARANTINED, reason=reason),
                  expected("line 3", ARTICLE, second)]


def _binary(stories: Iterator[dict], rng: random.Random, reason: str) -> tuple[bytes, list[Expected]]:
    return rng.randbytes(2048) + bytes(16), [expected("", QUARANTINED, reason=reason)]


def _empty(stories: Iterator[dict], rng: random.Random, reason: str) -> tuple[bytes, list[Expected]]:
    return b"", [expected("", QUARANTINED, reason=reason)]


def _bad_encoding(stories: Iterator[dict], rng: random.Random, reason: str) -> tuple[bytes, list[Expected]]:
    """UTF-8 wire copy with bytes that are not UTF-8, as a bad copy leaves them; more valid accented letters
    than bad bytes, so the reader keeps it as UTF-8, replaces the bad ones and says so in quarantine."""
    data = (_wire_copy(next(stories)) + "Reporting by José Müller in Zürich, “with care”.\n").encode()
    cut = data.index(b" ", rng.randrange(len(data) // 4, len(data) // 2))  # between two words
    return data[:cut] + b" \xff\xfe " + data[cut:], [expected("", REPAIRED, reason=reason)]


# The `corrupt files` fault's bad inputs: file name, the reason ops_quarantine gives, how it is made.
CORRUPT_FILES = {
    "broken.json": ("invalid_json", _broken_json),
    "partly-broken.jsonl": ("invalid_json", _partly_broken_jsonl),
    "attachment.bin": ("binary_file", _binary),
    "empty.txt": ("empty_file", _empty),
    "bad-encoding.txt": ("replaced_characters", _bad_encoding),
}
