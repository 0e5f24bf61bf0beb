"""Hostile inputs for the property tests (hypothesis, `pytest.mark.fuzz`): text of any code point, news-please
JSON and JSON Lines, HTML and feeds that are wrong the ways landing files are, their bytes in odd encodings, and
news text dense in the words numbers, counts, dates and places are read from."""

import json
from datetime import datetime
from xml.sax.saxutils import escape

import polars as pl
from hypothesis import strategies as st

from transforms.datelines import parse_dateline
from transforms.entities import STG_MENTION_SCHEMA

# Code points that files bring and hand-written tests forget: NUL, byte order marks, the replacement
# character, line and paragraph separators (str.splitlines breaks at them, JSON does not), a combining accent,
# an astral emoji, a bidi override.
ODD_CHARACTERS = st.sampled_from(["\x00", "\ufeff", "\ufffe", "\ufffd", "\u2028", "\u2029", "\x85", "\r", "\x0b", "\x1c",
                                  "\u0301", "\U0001f4a5", "\u202e", "\xa0", "\u3000"])
CHARACTERS = st.characters(codec="utf-8") | ODD_CHARACTERS
# What a polars frame can hold: any code point but a lone surrogate.
TEXT = st.text(CHARACTERS)
# What a Python string can hold: lone surrogates too, as JSON escapes ('\ud800') and careless decoders give them.
ANY_TEXT = st.text(CHARACTERS | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF))
PROSE = st.sampled_from([
    "BEIRUT, Lebanon (AP) - Lebanese officials said on Tuesday that talks with the International Monetary Fund "
    "would resume next month after a pause of almost a year.",
    "The finance minister told reporters the government would publish a revised budget before the end of March.",
    "At least 12 people were killed and 40 wounded when gunmen attacked a market in Kano on Monday.",
    "VOLCKER URGES GREATER EXCHANGE RATE STABILITY",
    "WASHINGTON, Feb 26 (Reuters) -",
])

NEWS_PLEASE_FIELDS = ("maintext", "text", "body", "title", "url", "source_domain", "date_publish", "published_at", "date",
                      "authors", "language", "description", "source_name", "site_name")
# JSON that json.dumps never writes: an integer past Python's 4300-digit limit, nesting past the recursion limit
# (and just under it), floats that overflow, non-standard constants, lone surrogate escapes. A placeholder string
# stands for each until the document is written.
RAW_JSON = ("9" * 5000, "[" * 5000 + "]" * 5000, '{"a":' * 3000 + "1" + "}" * 3000, "[" * 900 + "]" * 900, "1e999",
            "-1E400", "NaN", "-Infinity", '"\\ud800"', '"cut \\udbff"', '"\\udc00\\ud800 reversed"', '"\\u0000"')


def _placeholder(index: int) -> str:
    return f"\x01raw{index}\x01"


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), ANY_TEXT, PROSE,
              st.integers(0, len(RAW_JSON) - 1).map(_placeholder)),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=10,
)


@st.composite
def news_please_objects(draw) -> dict:
    """A news-please record: any of its fields, missing, of the wrong type, huge or nested, and fields of no one's."""
    names = draw(st.lists(st.sampled_from(NEWS_PLEASE_FIELDS) | ANY_TEXT, max_size=8, unique=True))
    return {name: draw(JSON_VALUES) for name in names}


def json_text(value, ensure_ascii: bool) -> str:
    """`value` as JSON, with the RAW_JSON its placeholders stand for."""
    text = json.dumps(value, ensure_ascii=ensure_ascii)
    for index, raw in enumerate(RAW_JSON):
        text = text.replace(json.dumps(_placeholder(index)), raw)
    return text


@st.composite
def cut_short(draw, texts):
    """Texts as they are when a download or a disk stops early: now and then cut anywhere."""
    text = draw(texts)
    return text[:draw(st.integers(0, len(text)))] if draw(st.integers(0, 3)) == 0 else text


JSON_DOCUMENTS = cut_short(st.builds(json_text, st.one_of(news_please_objects(), st.lists(news_please_objects(), max_size=4),
                                                          JSON_VALUES), st.booleans()))
JSON_LINES = st.builds(
    lambda lines, separator, last: separator.join(lines) + last,
    st.lists(st.one_of(st.builds(json_text, news_please_objects(), st.booleans()), JSON_DOCUMENTS, ANY_TEXT), max_size=6),
    st.sampled_from(["\n", "\r\n"]), st.sampled_from(["", "\n"]))
# Records news-please writes well: a body, and any of the other fields as text.
VALID_RECORDS = st.fixed_dictionaries(
    {"maintext": TEXT.filter(str.strip)},
    optional={"title": TEXT, "url": TEXT, "date_publish": TEXT, "authors": st.lists(TEXT, max_size=3), "language": TEXT})

TAGS = ("html", "head", "body", "title", "meta", "link", "article", "main", "section", "p", "div", "span", "h1", "h2", "a",
        "b", "br", "ul", "li", "table", "tr", "td", "script", "style", "noscript", "iframe", "img", "svg", "math",
        "template", "textarea", "nav", "footer", "time", "x-widget")
ATTRIBUTES = ("class", "id", "href", "src", "content", "property", "name", "onerror", "style", "lang", "charset",
              "http-equiv", "itemprop", "datetime", "rel")
ATTRIBUTE_VALUES = st.one_of(ANY_TEXT, st.sampled_from([
    "https://example.com/a", "javascript:alert(1)", "2024-02-07T09:12:00Z", "0000-99-99", "og:title", "og:site_name",
    "article:published_time", "canonical", "author", "utf-16", "text/html; charset=ebcdic"]))
ENTITIES = ("&amp;", "&nbsp;", "&lt;script&gt;", "&#0;", "&#x110000;", "&#55296;", "&#xD800;", "&bogus;", "&", "&#;",
            "&mdash", "&#9999999999;")
MARKUP_DEBRIS = ("<!--", "-->", "<!-- -->", "<![CDATA[", "]]>", "<?xml version='1.0' encoding='utf-32'?>", "<!DOCTYPE html>",
                 "</p>", "</div></div>", "<", ">", "<p", '"', "'", "<script>", "</script>")
ATTRIBUTE_LISTS = st.lists(st.tuples(st.sampled_from(ATTRIBUTES) | ANY_TEXT, ATTRIBUTE_VALUES, st.sampled_from(['"', "'", ""])),
                           max_size=3).map(lambda pairs: "".join(f" {name}={quote}{value}{quote}" for name, value, quote in pairs))


def _element(tag: str, attributes: str, inner: list[str], form: str) -> str:
    opening = f"<{tag}{attributes}>"
    return {"closed": f"{opening}{''.join(inner)}</{tag}>", "open": opening + "".join(inner), "empty": f"<{tag}{attributes}/>"}[form]


FORMS = st.sampled_from(["closed", "closed", "open", "empty"])


def _elements(children):
    """An element of any tag and attributes around `children`: closed, left open or empty."""
    return st.builds(_element, st.sampled_from(TAGS), ATTRIBUTE_LISTS, st.lists(children, max_size=4), FORMS)


HTML_NODES = st.recursive(st.one_of(PROSE, st.sampled_from(ENTITIES), st.sampled_from(MARKUP_DEBRIS), ANY_TEXT), _elements,
                          max_leaves=16)
PAGE_HEADS = st.sampled_from(["", "<!DOCTYPE html>", "<html>", "<!DOCTYPE html><html><head><meta charset='utf-8'>"])
HTML_PAGES = cut_short(st.builds(lambda head, nodes: head + "".join(nodes), PAGE_HEADS, st.lists(HTML_NODES, min_size=1, max_size=4)))

FEED_DATES = ("Wed, 07 Feb 2024 09:12:00 GMT", "2024-02-09T10:00:00Z", "Feb 30 2024", "0000-00-00", "yesterday",
              "Mon, 99 Foo 99999 99:99:99 +9999", "0001-01-01T00:00:00+01:00", "")
# What an element of a feed may hold: text escaped or not, markup escaped or in CDATA (which may itself hold ']]>').
FEED_CONTENT = st.one_of(
    ANY_TEXT, ANY_TEXT.map(escape), PROSE, st.sampled_from(FEED_DATES), st.sampled_from(ENTITIES),
    HTML_NODES.map(escape), HTML_NODES.map(lambda html: f"<![CDATA[{html}]]>"),
)
RSS_FIELDS = ("title", "link", "description", "content:encoded", "pubDate", "guid", "author", "dc:creator", "category",
              "enclosure", "media:content", "source", "x:unknown")
ATOM_FIELDS = ("title", "link", "summary", "content", "updated", "published", "id", "author", "name", "category", "x:unknown")


def _feed_elements(names):
    return st.builds(_element, st.sampled_from(names) | ANY_TEXT, ATTRIBUTE_LISTS, st.lists(FEED_CONTENT, max_size=1), FORMS)


def _feed(atom: bool, encoding: str, language: str, fields: list[str], items: list[list[str]]) -> str:
    prolog = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else ""
    if atom:
        entries = "".join(f"<entry>{''.join(item)}</entry>" for item in items)
        return f'{prolog}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{language}">{"".join(fields)}{entries}</feed>'
    entries = "".join(f"<item>{''.join(item)}</item>" for item in items)
    return (f'{prolog}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><language>{language}</language>{"".join(fields)}'
            f"{entries}</channel></rss>")


@st.composite
def feeds(draw) -> str:
    """An RSS or Atom feed whose items hold any elements, dates and content; sometimes cut short."""
    atom = draw(st.booleans())
    element = _feed_elements(ATOM_FIELDS if atom else RSS_FIELDS)
    feed = _feed(atom, draw(st.sampled_from(["", "utf-8", "utf-16", "iso-8859-1", "ebcdic", "bogus"])),
                 draw(st.sampled_from(["en", "en-GB", "", "xx-\x00", "fr"]) | ANY_TEXT.map(escape)),
                 draw(st.lists(element, max_size=2)), draw(st.lists(st.lists(element, max_size=5), max_size=4)))
    return draw(cut_short(st.just(feed)))


FEEDS = feeds()
DATELINES = st.sampled_from(["WASHINGTON, April 7 -", "LONDON, Feb 26 (Reuters) -", "KYIV, Ukraine (AP) —", "TOKYO -",
                             "Denver, May 2 -", "SANTIAGO, AGO 14 -", "BERLIN, 3. Mai (dpa) -", "U.S. MONEY MARKETS -"])
WIRE_TEXTS = st.lists(st.one_of(PROSE, DATELINES, ANY_TEXT, st.just("")), max_size=6).map("\n".join)

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "mac_roman", "koi8-r",
             "shift_jis", "gb18030", "cp037")
DEBRIS_BYTES = st.one_of(st.sampled_from([b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\xff",
                                          b"\xc3", b"\xed\xa0\x80", b"\x1b[0m", b"\r"]), st.binary(max_size=4))


@st.composite
def landing_bytes(draw) -> bytes:
    """A landing file's bytes: text of any format in any encoding (lone surrogates as their bytes where the
    codec can write them), with stray bytes, byte order marks and NULs put anywhere, now and then cut short."""
    text = draw(st.one_of(WIRE_TEXTS, JSON_DOCUMENTS, JSON_LINES, HTML_PAGES, FEEDS))
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(DEBRIS_BYTES) + data[at:]
    return draw(cut_short(st.just(data)))


FILE_NAMES = st.sampled_from(["wire.txt", "record.json", "records.jsonl", "records.ndjson", "page.html", "feed.xml", "noext",
                              "Odd Name.JSONL", "a.b.c"])
# News text dense in what numbers, counts, dates, incidents, events and places are read from, mixed with any text.
REPORT_WORDS = (
    "at least", "more than", "up to", "nearly", "about", "between", "and", "to", "or", "-", "–", "of", ",", ".", ". ", ";",
    "\n", "(", ")", "'s", "1,200", "2.6", "0", "3", "12", "31", "1e9", "9" * 25, "9" * 400, "1.5.3", "1,2,3", "million",
    "billion", "thousand", "hundred", "twenty-three", "a dozen", "dozens", "hundreds of thousands", "a", "an", "one", "two",
    "people", "soldiers", "a soldier", "his wife", "children", "protesters", "others", "militants", "targets", "killed",
    "were killed", "wounded", "dead", "died", "deaths of", "toll", "rose to", "arrested", "abducted", "missing",
    "displaced", "shot", "to death", "including", "as well as", "no one was killed", "may have", "since October",
    "last year", "so far", "in a separate attack", "bringing the death toll to", "%", "$", "year-old", "No.", "Tower",
    "won", "3-1", "+44 20 7946 0958", "Mr.", "Oct.", "Gen.", "on Tuesday", "last week", "yesterday", "14 March 2024",
    "March 14", "31 February", "29 Feb", "12/31/2024", "2024-02-30", "9999-99-99", "in November 2023", "earlier this month",
    "over the weekend", "2019", "anniversary", "in", "near", "outside", "the town of", "province", "Kano", "Baghdad",
    "Makurdi", "Otukpo", "Kaduna", "Nairobi", "Athens", "Ga.", "Paris", "Texas", "Borno", "state", "Iraqi", "U.S.", "forces",
    "gunmen", "police", "army", "al-Shabaab", "Boko Haram", "by", "clashes", "protest", "floods", "earthquake", "attacked",
)
REPORT_CLAUSES = (
    "At least 12 people were killed and 40 wounded", "gunmen killed five soldiers", "Police arrested 37 protesters",
    "Two soldiers later succumbed to their injuries", "forced 3,000 families to flee", "No one was hurt",
    "the death toll rose to 31", "a police officer was shot dead", "between 10 and 15 people were killed",
)
REPORTS = st.lists(st.one_of(st.sampled_from(REPORT_WORDS), st.sampled_from(REPORT_CLAUSES), st.text(CHARACTERS, max_size=3)),
                   max_size=40).map(" ".join)

ARTICLE_SCHEMA = {"article_id": pl.String, "body": pl.String, "title": pl.String, "published_at": pl.Datetime("us"),
                  "dateline_raw": pl.String}


@st.composite
def reported_articles(draw, places: dict, actors: list[str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """An article 'a' of any report, published on any day or none, and mentions at any spans of it, as the entity
    stage gives them (sorted by start): of `places` (entity_id -> transforms.incidents.Place), of an unknown place,
    of `actors` ('ORG|boko haram')."""
    body = draw(REPORTS)
    entities = [*places, "PLACE|atlantis", *actors]
    spans = draw(st.lists(st.tuples(st.integers(0, len(body)), st.integers(1, 12), st.sampled_from(entities)), max_size=6))
    mentions = [("a", start, min(start + size, len(body)), body[start:start + size], entity.split("|")[0], 0,
                 entity.split("|")[1], entity, places[entity].country_code if entity in places else None, "test")
                for start, size, entity in sorted(spans) if start < len(body)]
    published = draw(st.none() | st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31)))
    articles = pl.DataFrame({"article_id": ["a"], "body": [body], "title": [draw(st.none() | REPORTS)],
                             "published_at": [published], "dateline_raw": [parse_dateline(body)["raw"]]}, schema=ARTICLE_SCHEMA)
    return articles, pl.DataFrame(mentions, schema=STG_MENTION_SCHEMA, orient="row")
