"""Datelines: the place, date and agency that open wire copy ('WASHINGTON, Feb 26 (Reuters) - ')."""

import re

# Full names, three-letter abbreviations and AP's Sept., each with an optional dot.
MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
UPPER = "A-ZÀ-ÖØ-Þ"  # Latin-1 capitals too: BOGOTÁ, SÃO PAULO
DATELINE = re.compile(
    rf"""(?P<place>[{UPPER}][{UPPER}'’.\-]+(?:\ [{UPPER}][{UPPER}'’.\-]+){{0,3}})  # ERBIL, NEW YORK
    (?P<region>(?:,\ *[A-Z][\w'’.\-]*(?:\ +(?:of|the|and|[A-Z][\w'’.\-]*))*)*?)  # , Kurdistan Region of Iraq
    (?:,?\ *(?P<date>{MONTHS}\ +\d{{1,2}}|\d{{1,2}}\ +{MONTHS}))?                # , Feb 26 | , 26 February
    \ *(?:\((?P<agency>[^()\n]{{2,40}})\))?                                     # (Reuters)
    \ *(?:--|[-–—])(?:\ +|(?=\n)|\Z)                                           # the dash may end the line
    """,
    re.VERBOSE,
)


def parse_dateline(body: str) -> dict:
    """The dateline opening a body: raw text, place (title case), month-day and agency when given."""
    match = DATELINE.match(body)
    if match is None:
        return {"raw": None, "place": None, "date": None, "agency": None}
    return {
        "raw": match.group(0).rstrip(" -–—"),
        "place": title_case(match.group("place")),
        "date": match.group("date"),
        "agency": match.group("agency"),
    }


def title_case(text: str) -> str:
    """ERBIL -> Erbil, AL-QAEM -> Al-Qaem: each run of letters capitalized."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), text.lower())


def opens_with_dateline(text: str) -> bool:
    """Whether the text starts with a dateline: the mark of a body's first line, never a headline's."""
    return DATELINE.match(text) is not None


def find_dateline(text: str) -> re.Match | None:
    """The dateline at the start of the text, or of its second line when the first is a headline."""
    match = DATELINE.match(text)
    if match is None and "\n" in text[:300]:
        offset = text.index("\n") + 1
        while offset < len(text) and text[offset] in "\n\r ":
            offset += 1
        match = DATELINE.match(text, offset)
    return match
