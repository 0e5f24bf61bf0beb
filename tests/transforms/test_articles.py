import unicodedata
from datetime import date, datetime

import ftfy
import polars as pl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from tests.strategies import ANY_TEXT, TEXT
from transforms.articles import (
    EARLIEST,
    FUTURE_TOLERANCE,
    STG_ARTICLE_SCHEMA,
    clean_body,
    cleaned_with_offsets,
    dateline_date,
    detect_language,
    in_window,
    normalize_domain,
    parse_dateline,
    parse_published,
    stg_articles,
)
from transforms.datelines import MONTH_NUMBERS
from transforms.readers import read_text

AS_OF = datetime(2024, 3, 1, 2, 0)


@pytest.mark.parametrize(("body", "place", "month_day", "agency"), [
    ("ERBIL, Kurdistan Region of Iraq - Iraq wants", "Erbil", None, None),
    ("WASHINGTON, Feb 26 - The", "Washington", "Feb 26", None),
    ("LONDON (Agency) - The", "London", None, "Agency"),
    ("KYIV, Ukraine, Feb. 9 - The", "Kyiv", "Feb. 9", None),
    ("NEW YORK, March 3 (Reuters) - Stocks", "New York", "March 3", "Reuters"),
    ("BEIRUT, Lebanon (AP) — Talks", "Beirut", None, "AP"),
    ("AL-QAEM, Iraq -- Strikes", "Al-Qaem", None, None),
])
def test_dateline_is_parsed(body, place, month_day, agency):
    result = parse_dateline(body)
    assert (result["place"], result["date"], result["agency"]) == (place, month_day, agency)


@pytest.mark.parametrize("body", ["US forces - said to be", "The PM said - nothing", "Iraq wants to end it"])
def test_ordinary_sentence_is_not_a_dateline(body):
    assert parse_dateline(body)["raw"] is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024-02-08 14:30:00", datetime(2024, 2, 8, 14, 30)),
    ("2024-02-07T09:12:00+01:00", datetime(2024, 2, 7, 8, 12)),
    ("Wed, 07 Feb 2024 09:12:00 GMT", datetime(2024, 2, 7, 9, 12)),
])
def test_metadata_dates_become_utc(raw, expected):
    assert parse_published(raw, AS_OF) == (expected, None)


@pytest.mark.parametrize(("raw", "issue"), [
    ("2024-02-31 10:00:00", "impossible date"),
    ("3024-01-01 00:00:00", "in the future"),
    ("yesterday-ish", "unparseable date"),
    ("1850-06-01", "before 1900"),
])
def test_unusable_dates_are_refused_with_a_reason(raw, issue):
    published, reason = parse_published(raw, AS_OF)
    assert published is None
    assert issue in reason


def test_dateline_date_takes_the_latest_year_not_in_the_future():
    assert dateline_date("Feb 26", AS_OF) == datetime(2024, 2, 26)
    assert dateline_date("Dec. 30", AS_OF) == datetime(2023, 12, 30)


@pytest.mark.parametrize(("month_day", "expected"), [
    ("Sept. 7", datetime(2023, 9, 7)), ("7 April", datetime(2023, 4, 7)), ("February 26", datetime(2024, 2, 26)),
])
def test_dateline_date_reads_full_dotted_and_day_first_months(month_day, expected):
    assert dateline_date(month_day, AS_OF) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("SANTIAGO, AGO 14 - El gobierno", datetime(2023, 8, 14)),
    ("MADRID, DIC 3 (EFE) - El", datetime(2023, 12, 3)),
    ("PARIS, 14 févr. (AFP) - Le", datetime(2024, 2, 14)),
    ("BERLIN, 3. Mär (dpa) - Die", datetime(2023, 3, 3)),
    ("Lima, june 9 - Police", datetime(2023, 6, 9)),
    ("Denver, May 2 (AP) - Police", datetime(2023, 5, 2)),
])
def test_dateline_in_any_listed_language_or_case_gives_a_date(body, expected):
    assert dateline_date(parse_dateline(body)["date"], AS_OF) == expected


@given(spelling=st.sampled_from(sorted(MONTH_NUMBERS)), casing=st.sampled_from([str.upper, str.lower, str.title]),
       day=st.integers(1, 28), day_first=st.booleans())
@settings(deadline=None)
def test_every_month_spelling_in_a_dateline_dates_its_month(spelling, casing, day, day_first):
    month_day = f"{day} {casing(spelling)}" if day_first else f"{casing(spelling)} {day}"
    result = dateline_date(parse_dateline(f"OSLO, {month_day} (NTB) - Prices rose.")["date"], AS_OF)
    assert (result.month, result.day) == (MONTH_NUMBERS[spelling], day)


def test_reuters_headline_above_dateline_is_staged_with_title_and_dateline():
    text = ("VOLCKER URGES GREATER EXCHANGE RATE STABILITY\n"
            "WASHINGTON, Feb 26 (Reuters) - Federal Reserve Board Chairman Paul Volcker said greater exchange "
            "rate stability and more coordinated economic policies are in the interests of all nations.\n")
    [record], _ = read_text(text)
    raw = pl.DataFrame([{**record, "article_id": "a1", "content_hash": "h1", "source_path": "wire.txt",
                         "format": "text"}])
    result = stg_articles(raw, AS_OF).select(
        "title", "dateline_raw", "dateline_place", "published_at", "published_at_source", "source_name")
    expected = pl.DataFrame({
        "title": ["VOLCKER URGES GREATER EXCHANGE RATE STABILITY"], "dateline_raw": ["WASHINGTON, Feb 26 (Reuters)"],
        "dateline_place": ["Washington"], "published_at": [datetime(2024, 2, 26)],
        "published_at_source": ["dateline"], "source_name": ["Reuters"],
    }, schema_overrides={"published_at": pl.Datetime("us")})
    assert_frame_equal(result, expected)


@pytest.mark.parametrize(("headline", "dateline", "place"), [
    ("U.S. MONEY MARKETS - BILL RATES EDGE UP", "NEW YORK, March 3 -", "New York"),
    ("GRAIN MARKETS - WHEAT FUTURES FIRM ON DRY WEATHER", "CHICAGO, Feb 20 (Reuters) -", "Chicago"),
    ("EURO ZONE BONDS - YIELDS SLIP", "Frankfurt, Feb 21 (AFP) -", "Frankfurt"),
])
def test_capitals_headline_with_a_dash_is_staged_as_the_title_not_the_dateline(headline, dateline, place):
    [record], _ = read_text(f"{headline}\n{dateline} Prices moved in thin trade on Tuesday.\nMore copy.\n")
    raw = pl.DataFrame([{**record, "article_id": "a1", "content_hash": "h1", "source_path": "wire.txt",
                         "format": "text"}])
    result = stg_articles(raw, AS_OF).select("title", "dateline_place")
    expected = pl.DataFrame({"title": [headline], "dateline_place": [place]})
    assert_frame_equal(result, expected)


def test_boilerplate_lines_are_removed_and_whitespace_normalized():
    text = ("Advertisement\nThe   minister\u00a0spoke.\n\n\nRead more: other story\n"
            "Sign up for our newsletter\n(Reporting by Jane Roe; Editing by Joe Bloggs)\nShe left.")
    assert clean_body(text) == "The minister spoke.\nShe left."


def test_mojibake_is_repaired():
    assert clean_body("The minister’s â€œplanâ€\x9d") == "The minister’s “plan”"


def test_language_is_detected_from_the_text():
    assert detect_language("Le gouvernement a annoncé mardi une nouvelle réforme des retraites en France.", None) == "fr"
    assert detect_language("Short text", "en-GB") == "en"


def test_domains_are_normalized():
    assert normalize_domain("https://www.GulfLedger.com/world/x") == "gulfledger.com"
    assert normalize_domain("m.example.co.uk") == "example.co.uk"


def test_window_keeps_articles_inside_and_drops_undated_ones():
    stg = pl.DataFrame({"published_at": [datetime(2024, 2, 4), datetime(2024, 2, 8), None]})
    assert in_window(stg, date(2024, 2, 5), date(2024, 2, 9)).to_list() == [False, True, False]
    assert in_window(stg, None, None).to_list() == [True, True, True]


@given(st.lists(st.sampled_from(list("ab Á\u00a0\t\n\r\u2028é\u0301") + ["Ã©", "Advertisement\n", "\r\n"]),
                max_size=40).map("".join))
@example("\xa0éÃ©\nÃ©")  # repaired into fewer characters: the diff matches the é after the line break
def test_clean_offsets_point_back_to_the_text_each_character_came_from(text):
    body, offsets = cleaned_with_offsets(text)
    assert body == clean_body(text)
    assert len(offsets) == len(body) and offsets == sorted(offsets)
    assert all(0 <= offset < len(text) for offset in offsets)
    if unicodedata.normalize("NFC", ftfy.fix_text(text, uncurl_quotes=False)) == text:  # nothing repaired:
        # every kept character is where it was
        assert all(text[offset] == char for offset, char in zip(offsets, body) if char not in " \n")


def test_clean_offsets_skip_dropped_lines_and_spaces():
    text = "  ERBIL  -  Iraq\n\n\nAdvertisement\nThe  US said.  "
    body, offsets = cleaned_with_offsets(text)
    assert body == "ERBIL - Iraq\nThe US said."
    start = body.index("US")
    assert text[offsets[start]:offsets[start + 1] + 1] == "US"


# Metadata dates as feeds and pages write them, at the ends of the calendar, with any offset.
WRITTEN_DATES = st.builds(
    lambda moment, layout, offset: moment.strftime(layout) + offset,
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.sampled_from(["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%a, %d %b %Y %H:%M:%S", "%d/%m/%Y", "%B %d", "%Y"]),
    st.sampled_from(["", "Z", " GMT", "+01:00", "-01:00", "+14:00", "+99:00", " +2400", " EST", " XYZ"]))


@pytest.mark.fuzz
@given(raw=WRITTEN_DATES | ANY_TEXT, as_of=st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2100, 1, 1)))
@example(raw="0001-01-01T00:00:00+01:00", as_of=AS_OF)  # found: moving it to UTC raised OverflowError
@example(raw="9999-12-31T23:59:59-01:00", as_of=AS_OF)
def test_any_metadata_date_is_a_utc_time_in_range_or_refused_with_a_reason(raw, as_of):
    published, issue = parse_published(raw, as_of)
    if published is not None:
        assert issue is None and published.tzinfo is None
        assert EARLIEST <= published <= as_of + FUTURE_TOLERANCE
    else:
        assert issue or not raw.strip()
    assert parse_published(raw, as_of) == (published, issue)


@pytest.mark.fuzz
@given(month_day=st.one_of(ANY_TEXT, st.builds(lambda body: parse_dateline(body)["date"] or "",
                                                st.sampled_from(sorted(MONTH_NUMBERS)).map(lambda m: f"OSLO, {m} 31 - Prices"))),
       as_of=st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2100, 1, 1)))
def test_any_dateline_date_is_none_or_not_in_the_future(month_day, as_of):
    result = dateline_date(month_day, as_of)
    assert result is None or result <= as_of + FUTURE_TOLERANCE


# A raw record as the raw layer keeps it: any text in every field.
RAW_RECORD = {
    "article_id": st.text(min_size=1), "content_hash": st.text(min_size=1), "title": st.none() | TEXT, "body": TEXT,
    "url": st.none() | TEXT, "source_domain": st.none() | TEXT, "published_raw": st.none() | WRITTEN_DATES | TEXT,
    "authors": st.lists(TEXT, max_size=3), "language_raw": st.none() | TEXT, "site_name": st.none() | TEXT,
    "source_path": TEXT, "format": st.sampled_from(["text", "json", "jsonl", "html", "feed"]),
}


@pytest.mark.fuzz
@given(st.lists(st.fixed_dictionaries(RAW_RECORD), max_size=3))
@example([{"article_id": "a", "content_hash": "h", "title": None, "body": "x", "url": None, "source_domain": None,
           "published_raw": "0001-01-01T00:00:00+01:00", "authors": [], "language_raw": None, "site_name": None,
           "source_path": "a.json", "format": "json"}])  # found: this date stopped the whole stage
def test_any_raw_records_stage_one_row_each_in_the_declared_schema(records):
    raw = pl.DataFrame(records, schema={name: pl.List(pl.String) if name == "authors" else pl.String
                                        for name in RAW_RECORD})
    result = stg_articles(raw, AS_OF)
    assert result.schema == pl.Schema(STG_ARTICLE_SCHEMA)
    assert result["article_id"].to_list() == raw["article_id"].to_list()
    assert_frame_equal(stg_articles(raw, AS_OF), result)
