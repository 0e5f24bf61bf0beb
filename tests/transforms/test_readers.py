import json
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.strategies import ANY_TEXT, FEEDS, FILE_NAMES, HTML_PAGES, JSON_DOCUMENTS, JSON_LINES, VALID_RECORDS, WIRE_TEXTS
from transforms.datelines import parse_dateline
from transforms.readers import FORMATS, RAW_FIELDS, READERS, detect_format, read_feed, read_html, read_json, read_jsonl, read_text

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
BODY = ("BEIRUT, Lebanon (AP) - Lebanese officials said on Tuesday that talks with the International "
        "Monetary Fund would resume next month after a pause of almost a year.")
PARAGRAPH = "The finance minister told reporters the government would publish a revised budget. " * 4


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("a.txt", "WASHINGTON - text", "text"),
    ("a.json", '{"maintext": "x"}', "json"),
    ("a.txt", '{"maintext": "x"}', "json"),
    ("a.json", '{"maintext": "x"}\n{"maintext": "y"}', "jsonl"),
    ("a.jsonl", '{"maintext": "x"}', "jsonl"),
    ("a.json", '{"maintext": "x"', "json"),
    ("page.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed"),
    ("feed.txt", '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
])
def test_format_is_recognized_by_content(name, text, expected):
    assert detect_format(name, text) == expected


def test_text_with_title_line():
    records, rejects = read_text(f"Lebanon resumes IMF talks\n\n{BODY}\nSecond paragraph.\n")
    assert rejects == []
    assert records[0]["title"] == "Lebanon resumes IMF talks"
    assert records[0]["body"] == f"{BODY}\nSecond paragraph."


def test_text_opening_with_dateline_has_no_title():
    records, _ = read_text(f"{BODY}\nSecond paragraph.")
    assert records[0]["title"] is None
    assert records[0]["body"].startswith("BEIRUT, Lebanon")


# (dateline line, place, month-day, agency): with and without agency, with and without date.
DATELINES = [
    ("WASHINGTON, April 7 - Federal Reserve Board Chairman Paul Volcker said", "Washington", "April 7", None),
    ("LONDON, Feb 26 (Reuters) - Oil prices rose on Monday.", "London", "Feb 26", "Reuters"),
    ("KYIV, Ukraine (AP) — Russia struck the capital overnight.", "Kyiv", None, "AP"),
    ("TOKYO - Japanese shares fell for a third day.", "Tokyo", None, None),
]
HEADLINES = ["VOLCKER URGES GREATER EXCHANGE RATE STABILITY", "U.S. Fed Chief Urges Stability in the Markets",
             "IRAN'S OIL EXPORTS HIT FIVE-YEAR HIGH", "Stocks Rally as Fed Holds Rates?"]


def assert_title_and_dateline(record: dict, headline: str, dateline: str, place, month_day, agency) -> None:
    result = parse_dateline(record["body"])
    assert record["title"] == headline
    assert record["body"] == f"{dateline}\nSecond paragraph."
    assert (result["place"], result["date"], result["agency"]) == (place, month_day, agency)


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize(("dateline", "place", "month_day", "agency"), DATELINES)
def test_headline_directly_above_the_dateline_is_the_title(headline, dateline, place, month_day, agency):
    [record], _ = read_text(f"{headline}\n{dateline}\nSecond paragraph.")
    assert_title_and_dateline(record, headline, dateline, place, month_day, agency)


@pytest.mark.parametrize("headline", [*HEADLINES, "Lebanon resumes IMF talks"])
@pytest.mark.parametrize(("dateline", "place", "month_day", "agency"), DATELINES)
def test_headline_above_a_blank_line_is_the_title(headline, dateline, place, month_day, agency):
    [record], _ = read_text(f"{headline}\n\n{dateline}\n\nSecond paragraph.\n")
    assert_title_and_dateline(record, headline, dateline, place, month_day, agency)


@pytest.mark.parametrize(("dateline", "place", "month_day", "agency"), DATELINES)
def test_text_opening_with_a_dateline_line_has_no_title(dateline, place, month_day, agency):
    [record], _ = read_text(f"{dateline}\nSecond paragraph.")
    result = parse_dateline(record["body"])
    assert record["title"] is None
    assert (result["place"], result["date"], result["agency"]) == (place, month_day, agency)


@pytest.mark.parametrize("text", [
    "Officials said on Tuesday that talks would resume.\nWASHINGTON - The talks, officials added.",
    "Lebanon resumes IMF talks\nBEIRUT, Lebanon (AP) - Talks resumed.",  # sentence case needs the blank line
    "The minister said talks would resume next month.\n\nShe spoke in Beirut.",
    "Volcker Urges Stability\nThe Fed chairman said so on Tuesday.",
    "Brokers said Monday that premiums had risen\nto record highs in the Red Sea.",
])
def test_first_body_sentence_is_not_taken_for_a_title(text):
    [record], _ = read_text(text)
    assert record["title"] is None
    assert record["body"] == text.replace("\n\n", "\n")


def test_jsonl_keeps_good_lines_and_rejects_each_bad_one():
    good = {"title": "T", "maintext": BODY, "url": "https://x.com/a", "date_publish": "2024-02-06 10:00:00",
            "authors": ["Jane Roe"], "language": "en", "source_domain": "x.com"}
    text = "\n".join([json.dumps(good), "{broken", json.dumps({"title": "no body"}), "[1, 2]"])
    records, rejects = read_jsonl(text)
    assert [r["body"] for r in records] == [BODY]
    assert records[0]["authors"] == ["Jane Roe"]
    assert records[0]["published_raw"] == "2024-02-06 10:00:00"
    assert [(r.record_locator, r.reason) for r in rejects] == [
        ("line 2", "invalid_json"), ("line 3", "missing_body"), ("line 4", "not_an_object")]


def test_truncated_json_is_rejected_with_the_parser_message():
    records, rejects = read_json('{"title": "T", "maintext": "cut off')
    assert records == []
    assert rejects[0].reason == "invalid_json"
    assert "Unterminated string" in rejects[0].detail


def test_html_main_text_and_metadata_without_page_furniture():
    page = f"""<!DOCTYPE html><html><head><title>IMF talks | Gulf Ledger</title>
    <meta property="og:site_name" content="Gulf Ledger">
    <meta property="article:published_time" content="2024-02-07T09:12:00Z">
    <link rel="canonical" href="https://www.gulfledger.com/world/imf-talks"></head>
    <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
    <div class="cookie">We use cookies to improve your experience. Accept all cookies?</div>
    <article><h1>Lebanon resumes IMF talks</h1><p>{BODY}</p><p>{PARAGRAPH}</p></article>
    <footer>Copyright 2024 Gulf Ledger. All rights reserved.</footer>
    <script>var tracking = "do not keep me";</script></body></html>"""
    records, rejects = read_html(page)
    assert rejects == []
    record = records[0]
    assert record["title"] == "Lebanon resumes IMF talks"
    assert record["url"] == "https://www.gulfledger.com/world/imf-talks"
    assert record["site_name"] == "Gulf Ledger"
    assert record["published_raw"].startswith("2024-02-07")
    assert record["body"].startswith("BEIRUT, Lebanon")
    for furniture in ("Home", "cookies", "All rights reserved", "tracking"):
        assert furniture not in record["body"]


def test_page_without_article_text_is_rejected():
    page = "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav><footer>(c)</footer></body></html>"
    records, rejects = read_html(page)
    assert records == []
    assert rejects[0].reason == "no_article_text"


def test_hostile_html_yields_text_only():
    nested = "<div>" * 300 + "deep" + "</div>" * 300
    page = (f"<html><body><script>alert(1)</script><img src=x onerror='alert(2)'>"
            f"<iframe src='javascript:alert(3)'></iframe>{nested}<!-- --><script>alert(4)</script> -->"
            f"<article><p>{BODY}</p><p>{PARAGRAPH}</p></article></body></html>")
    records, rejects = read_html(page)
    assert len(records) + len(rejects) == 1
    for record in records:
        assert "alert(" not in record["body"] and "<" not in record["body"]


RSS = """<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Northwire World</title><language>en-gb</language>
<item><title>Full story</title><link>https://northwire.co.uk/a</link>
<pubDate>Wed, 07 Feb 2024 09:12:00 GMT</pubDate><description>Short summary.</description>
<content:encoded><![CDATA[<p>First paragraph of the story.</p><p>Second <b>paragraph</b>.</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://northwire.co.uk/b</link><description>Only a summary here.</description></item>
<item><title>Nothing</title><link>https://northwire.co.uk/c</link></item>
</channel></rss>"""


def test_feed_items_use_full_content_else_summary():
    records, rejects = read_feed(RSS)
    assert [r["body"] for r in records] == ["First paragraph of the story.\nSecond paragraph.", "Only a summary here."]
    assert records[0]["url"] == "https://northwire.co.uk/a"
    assert records[0]["site_name"] == "Northwire World"
    assert records[0]["record_locator"] == "item 1"
    assert [(r.record_locator, r.reason) for r in rejects] == [("item 3", "missing_body")]


def test_atom_summaries_are_read():
    atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Meridian</title><entry><title>A</title><link href="https://meridian-news.org/a"/>
    <id>urn:a</id><updated>2024-02-09T10:00:00Z</updated><summary>Ministers met in Rome.</summary></entry></feed>"""
    records, _ = read_feed(atom)
    assert records[0]["body"] == "Ministers met in Rome."
    assert records[0]["published_raw"] == "2024-02-09T10:00:00Z"


def test_feed_cut_off_mid_item_keeps_what_is_readable_and_says_so():
    records, rejects = read_feed(RSS[: RSS.index("<item><title>Summary only")] + "<item><title>Cut")
    assert "First paragraph of the story." in records[0]["body"]
    assert rejects[0].reason == "feed_partly_parsed"


@pytest.mark.parametrize(("reader", "text"), [
    (read_feed, '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>'),
    (read_json, "[]"),
])
def test_input_without_records_is_reported_not_ignored(reader, text):
    records, rejects = reader(text)
    assert records == []
    assert rejects[0].reason == "no_records"


def read(reader, text: str) -> tuple[list[dict], list]:
    """What `reader` makes of `text`, checked against what every reader promises for any text: records of the raw
    fields with a body, rejects with a reason, and the same again when read twice."""
    records, rejects = reader(text)
    for record in records:
        assert list(record) == list(RAW_FIELDS)
        assert isinstance(record["body"], str) and record["body"].strip()
        assert all(record[name] is None or isinstance(record[name], str) for name in RAW_FIELDS if name != "authors")
        assert isinstance(record["record_locator"], str) and all(isinstance(a, str) for a in record["authors"])
        texts = [value for value in record.values() if isinstance(value, str)] + record["authors"]
        assert not any(LONE_SURROGATE.search(text) for text in texts)  # which no frame can hold
    assert all(reject.reason and reject.detail for reject in rejects)
    assert all(isinstance(field, str) for r in rejects for field in (r.record_locator, r.reason, r.detail, r.excerpt))
    assert records or rejects or not text.strip()
    assert reader(text) == (records, rejects)
    return records, rejects


@pytest.mark.fuzz
@given(name=FILE_NAMES, text=st.one_of(ANY_TEXT, JSON_DOCUMENTS, HTML_PAGES, FEEDS))
@example(name="a.json", text="[" * 5000 + "\n{}")  # found: past the recursion limit json.loads raised RecursionError
def test_any_text_has_a_format(name, text):
    assert detect_format(name, text) in FORMATS


def assert_distinct_locators(records: list[dict], rejects: list) -> None:
    """No two records, rejects or one of each name the same place in the file."""
    locators = [r["record_locator"] for r in records] + [r.record_locator for r in rejects if r.record_locator]
    assert len(locators) == len(set(locators))


@pytest.mark.fuzz
@pytest.mark.parametrize("fmt", sorted(READERS))
@given(text=st.one_of(ANY_TEXT, st.binary().map(lambda data: data.decode("latin-1"))))
@example(text="\u3000")  # found: blank wire text was a record with an empty body
@example(text="<rss><channel><item><description>a\ud800b</description></item></channel></rss>")  # found: feedparser raised
def test_any_text_gives_every_reader_records_or_rejects_with_a_reason(fmt, text):
    read(READERS[fmt], text)


@pytest.mark.fuzz
@given(WIRE_TEXTS)
def test_wire_text_is_one_record_or_one_reject(text):
    records, rejects = read(read_text, text)
    assert len(records) + len(rejects) == 1


@pytest.mark.fuzz
@given(JSON_DOCUMENTS)
@example("9" * 5000)  # found: an integer past Python's 4300 digits raised ValueError
@example("[" * 5000 + "]" * 5000)  # found: nesting past the recursion limit raised RecursionError
@example('{"maintext": "cut emoji \\ud83d"}')  # found: a lone surrogate escape could not be written to a frame
def test_hostile_json_is_read_or_rejected(text):
    records, rejects = read(read_json, text)
    assert_distinct_locators(records, rejects)


@pytest.mark.fuzz
@given(JSON_LINES)
def test_each_line_of_json_lines_is_one_record_or_one_reject(text):
    records, rejects = read(read_jsonl, text)
    lines = [f"line {number}" for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
    assert sorted([r["record_locator"] for r in records] + [r.record_locator for r in rejects]) == sorted(lines)


@pytest.mark.fuzz
@given(st.lists(VALID_RECORDS, min_size=1, max_size=4), st.booleans())
@example([{"maintext": "Killed\u2028in Kano"}], False)  # found: a line separator inside a string split the record
def test_valid_records_keep_their_bodies_as_written(items, ensure_ascii):
    lines = "\n".join(json.dumps(item, ensure_ascii=ensure_ascii) for item in items)
    array = json.dumps(items, ensure_ascii=ensure_ascii)
    for reader, text in ((read_jsonl, lines), (read_json, array)):
        records, rejects = read(reader, text)
        assert ([r["body"] for r in records], rejects) == ([item["maintext"] for item in items], [])


@pytest.mark.fuzz
@given(HTML_PAGES)
def test_hostile_html_gives_one_record_or_one_reject(page):
    records, rejects = read(read_html, page)
    assert len(records) + len(rejects) == 1


@pytest.mark.fuzz
@given(FEEDS)
# found: lxml raised on a summary that is a page without a body, and on a control character in leading text
@example('<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>&lt;HTML&gt;</summary></entry></feed>')
@example("<rss><channel><item><description>Ten\x1f killed &lt;b&gt;in Kano&lt;/b&gt;</description></item></channel></rss>")
@example("<rss><channel><title>&#2200000000;</title><title></channel></rss>")  # found: feedparser's loose parser raised
@example('<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item><title><content:encoded></content:encoded>'
         "</item></channel></rss>")  # found: an item whose summary is None
def test_hostile_feeds_give_one_record_or_reject_per_item(feed):
    records, rejects = read(read_feed, feed)
    assert_distinct_locators(records, rejects)
