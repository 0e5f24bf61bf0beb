from datetime import datetime

import polars as pl
import pytest

from expectations.runner import (
    CheckResult,
    Validator,
    critical_failures,
    failing_rows,
    merge_results,
    quarantine_failures,
    with_place_check,
)
from expectations.suites import SuiteError, load_suite

AT = datetime(2024, 2, 10, 3, 0)
PARAMETERS = {"latest_publication": datetime(2024, 2, 11), "languages": ["en", "fr"]}


@pytest.fixture(scope="module")
def validator():
    return Validator()


def failed(results) -> dict[str, tuple[int, ...]]:
    return {r.expectation: r.rows for r in results if not r.success}


def test_raw_records_without_body_are_quarantined(validator):
    raw = pl.DataFrame({"content_hash": ["h1", "h2"], "article_id": ["a", "b"], "body": ["Text.", ""],
                        "format": ["text", "json"], "replaced_chars": [0, 0], "source_path": ["a.txt", "b.json"],
                        "record_locator": ["", "line 2"]})
    results = validator.validate(raw, load_suite("raw_article"), PARAMETERS)
    assert failing_rows(results) == {1}
    assert critical_failures(results) == []
    [row] = quarantine_failures(raw, results, "run-1", AT, "{record_locator}")
    assert (row["source_path"], row["record_locator"], row["stage"]) == ("b.json", "line 2", "validate")
    assert "expect_column_value_lengths_to_be_between(body)" in row["reason"]


def test_duplicate_content_hash_is_critical(validator):
    raw = pl.DataFrame({"content_hash": ["h1", "h1"], "article_id": ["a", "b"], "body": ["x", "y"],
                        "format": ["text", "text"], "replaced_chars": [0, 0]})
    [failure] = critical_failures(validator.validate(raw, load_suite("raw_article"), PARAMETERS))
    assert failure.expectation == "expect_column_values_to_be_unique(content_hash)"
    assert failure.examples == ["h1", "h1"]


def test_staged_articles_with_no_words_or_future_dates_are_quarantined_and_odd_languages_warned(validator):
    stg = pl.DataFrame({
        "article_id": ["a", "b", "c", "d"], "source_id": ["x.com"] * 4, "word_count": [120, 0, 80, 95],
        "published_at": [datetime(2024, 2, 9), datetime(2024, 2, 9), datetime(2031, 1, 1), None],
        "language": ["en", "en", "fr", "xx"], "dateline_place": ["Erbil", None, "Atlantis", None],
    })
    results = validator.validate(with_place_check(stg, ["Erbil", "Paris"]), load_suite("stg_articles"), PARAMETERS)
    assert failing_rows(results) == {1, 2}
    assert failed(results)["expect_column_values_to_be_in_set(language)"] == (3,)
    assert failed(results)["expect_column_values_to_be_in_set(dateline_place_is_known)"] == (2,)
    assert critical_failures(results) == []


def test_mentions_outside_the_body_or_with_unknown_labels_are_quarantined(validator):
    mentions = pl.DataFrame({"start": [0, 5, 10, -1], "end": [4, 3, 60, 2], "body_length": [50] * 4,
                             "label": ["PLACE", "ORG", "PERSON", "ALIEN"], "canonical_name": ["Iraq", "UN", "X", ""],
                             "entity_id": ["PLACE|iraq", "ORG|un", "PERSON|x", "ALIEN|"]})
    results = validator.validate(mentions, load_suite("stg_mentions"), PARAMETERS)
    assert failing_rows(results) == {1, 2, 3}


def test_counts_out_of_bounds_or_with_inverted_ranges_are_quarantined(validator):
    counts = pl.DataFrame({"quantity": [16, -3, 10, 5, 2_000_000_000], "quantity_low": [16, None, 12, 5, None],
                           "quantity_high": [16, None, 15, 4, None], "count_type": ["KILL", "KILL", "WOUND", "X", "KILL"],
                           "qualifier": ["exact", "exact", "range", "exact", "exact"]})
    results = validator.validate(counts, load_suite("stg_counts"), PARAMETERS)
    assert failing_rows(results) == {1, 2, 3, 4}


def test_suite_file_must_say_what_a_failure_does(tmp_path):
    (tmp_path / "t.yml").write_text("table: t\nexpectations:\n  - type: expect_column_values_to_not_be_null\n"
                                    "    kwargs: {column: x}\n")
    with pytest.raises(SuiteError, match="on_failure"):
        load_suite("t", tmp_path)


def test_unknown_expectation_type_is_refused(tmp_path, validator):
    (tmp_path / "t.yml").write_text("table: t\nexpectations:\n  - type: expect_the_moon\n"
                                    "    kwargs: {column: x}\n    on_failure: warn\n")
    with pytest.raises(SuiteError, match="expect_the_moon"):
        validator.validate(pl.DataFrame({"x": [1]}), load_suite("t", tmp_path), {})


def test_results_of_every_chunk_merge_into_one_per_expectation():
    passed = CheckResult("stg_mentions", "expect_x(start)", "quarantine", True, element_count=10)
    failed = CheckResult("stg_mentions", "expect_x(start)", "quarantine", False, element_count=5, unexpected_count=2,
                         examples=[-1, -2], rows=(3, 4))
    other = CheckResult("stg_counts", "expect_y(quantity)", "warn", True, element_count=7)
    [mentions, counts] = merge_results([passed, failed, other, passed])
    assert (mentions.success, mentions.element_count, mentions.unexpected_count, mentions.examples) == (
        False, 25, 2, [-1, -2])
    assert mentions.rows == ()  # row positions belong to one chunk's frame
    assert (counts.success, counts.element_count) == (True, 7)
