import json
from datetime import datetime

import polars as pl
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.strategies import FILE_NAMES, landing_bytes
from transforms.quarantine import QUARANTINE_SCHEMA, quarantine_frame
from transforms.raw_articles import (
    KNOWN_VERSIONS_SCHEMA,
    RAW_ARTICLE_SCHEMA,
    RAW_RECORD_SCHEMA,
    LandingFile,
    latest_versions,
    parse_landing_file,
    raw_article_versions,
    records_frame,
)

AT = datetime(2024, 2, 10, 3, 0)
STORY = "KYIV, Ukraine - Officials said the bridge reopened on Friday after repairs."


def jsonl_file(path: str, *records: dict) -> LandingFile:
    data = "\n".join(json.dumps(r) for r in records).encode()
    return LandingFile(path, len(data), data)


def text_file(path: str, text: str) -> LandingFile:
    return LandingFile(path, len(text.encode()), text.encode())


def parse(*files: LandingFile) -> tuple[pl.DataFrame, list[dict]]:
    records, quarantine = [], []
    for file in files:
        found, rejected = parse_landing_file(file, 10_000, "run-1", AT)
        records += found
        quarantine += rejected
    return records_frame(records), quarantine


def versions(records: pl.DataFrame, known: pl.DataFrame | None = None) -> pl.DataFrame:
    known = pl.DataFrame(schema=KNOWN_VERSIONS_SCHEMA) if known is None else known
    return raw_article_versions(records, known, "run-1", AT)


def as_known(new_versions: pl.DataFrame) -> pl.DataFrame:
    return new_versions.select(list(KNOWN_VERSIONS_SCHEMA))


def test_article_id_follows_the_canonical_url_not_tracking_parameters():
    records, _ = parse(jsonl_file("a.jsonl", {"maintext": STORY, "url": "https://www.x.com/a?utm_source=rss"},
                                  {"maintext": STORY + " More.", "url": "https://www.x.com/a"}))
    assert records["article_id"].n_unique() == 1


def test_rerun_on_known_records_adds_nothing():
    records, _ = parse(text_file("a.txt", STORY))
    first = versions(records)
    assert versions(records, as_known(first)).height == 0


def test_changed_file_is_a_new_version_of_the_same_article():
    first = versions(parse(text_file("a.txt", STORY))[0])
    second = versions(parse(text_file("a.txt", STORY + "\nA correction was added."))[0], as_known(first))
    assert second["article_id"].to_list() == first["article_id"].to_list()
    assert second["version"].to_list() == [2]


def test_same_body_under_two_articles_is_linked_to_the_first_copy():
    records, _ = parse(text_file("a.txt", STORY), text_file("b.txt", f"Bridge reopens\n\n{STORY}"))
    result = versions(records)
    first_id = result.filter(pl.col("source_path") == "a.txt")["article_id"].item()
    duplicate = result.filter(pl.col("source_path") == "b.txt")
    assert duplicate["duplicate_of_article_id"].item() == first_id
    assert result.filter(pl.col("source_path") == "a.txt")["duplicate_of_article_id"].item() is None


def test_duplicate_of_an_article_from_an_earlier_run_is_linked():
    first = versions(parse(text_file("a.txt", STORY))[0])
    later = versions(parse(text_file("feed/b.txt", "  " + STORY.upper()))[0], as_known(first))
    assert later["duplicate_of_article_id"].to_list() == first["article_id"].to_list()


def test_latest_versions_skips_duplicates_and_keeps_the_newest():
    records, _ = parse(text_file("a.txt", STORY), text_file("b.txt", STORY))
    first = versions(records)
    second = versions(parse(text_file("a.txt", STORY + " Updated."))[0], as_known(first))
    result = latest_versions(first.clear(), pl.concat([first, second]))
    assert result.select("source_path", "version").rows() == [("a.txt", 2)]


def test_oversized_file_is_quarantined_unread():
    records, quarantine = parse(LandingFile("huge.txt", 50_000_000, None))
    assert records.height == 0
    assert quarantine[0]["reason"] == "too_large"
    assert "50000000 bytes" in quarantine[0]["detail"]


def test_each_bad_record_gets_its_own_quarantine_row():
    _, quarantine = parse(LandingFile("bad.jsonl", 9, b"{x\n[1]\n{}"), LandingFile("empty.txt", 0, b""))
    assert [(q["source_path"], q["record_locator"], q["reason"]) for q in quarantine] == [
        ("bad.jsonl", "line 1", "invalid_json"), ("bad.jsonl", "line 2", "not_an_object"),
        ("bad.jsonl", "line 3", "missing_body"), ("empty.txt", "", "empty_file")]
    assert len({q["quarantine_id"] for q in quarantine}) == 4


def test_a_file_that_could_not_be_read_is_quarantined_with_the_reason():
    from transforms.raw_articles import LandingFile, parse_landing_file

    records, rejected = parse_landing_file(LandingFile("gone.txt", 10, None, error="FileNotFoundError: gone"),
                                           1_000, "run-1", datetime(2024, 2, 1))
    assert records == []
    assert [(r["reason"], r["detail"]) for r in rejected] == [("unreadable_file", "FileNotFoundError: gone")]


@pytest.mark.fuzz
@given(name=FILE_NAMES, data=st.one_of(st.binary(), landing_bytes()))
@example(name="a.json", data=b'{"maintext": "cut emoji \\ud83d"}')  # found: a lone surrogate could not be hashed or framed
@example(name="blank.txt", data=b"\xff\xfe \x00\n\x00")  # found: a blank UTF-16 file was a record with an empty body
def test_any_file_gives_records_or_quarantine_rows_with_a_reason(name, data):
    file = LandingFile(name, len(data), data)
    records, quarantined = parse_landing_file(file, len(data), "run-1", AT)
    assert records or quarantined
    assert all(set(record) == set(RAW_RECORD_SCHEMA) and record["body"].strip() for record in records)
    assert all(row["reason"] and row["detail"] and row["disposition"] in ("rejected", "repaired") for row in quarantined)
    assert quarantine_frame(quarantined).schema == pl.Schema(QUARANTINE_SCHEMA)
    assert parse_landing_file(file, len(data), "run-1", AT) == (records, quarantined)
    first = versions(records_frame(records))
    assert first.schema == pl.Schema(RAW_ARTICLE_SCHEMA)
    assert first.height == records_frame(records).unique("content_hash").height
    assert versions(records_frame(records), as_known(first)).height == 0  # a rerun adds nothing
