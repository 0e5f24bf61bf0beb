"""Datelines: the place, date and agency that open wire copy ('WASHINGTON, Feb 26 (Reuters) - ')."""

import re

MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    rf"""(?P<place>[A-Z][A-Z'’.\-]+(?:\ [A-Z][A-Z'’.\-]+){{0,3}})          # ERBIL, NEW YORK
    (?P<region>(?:,\ *[A-Z][\w'’.\-]*(?:\ +(?:of|the|and|[A-Z][\w'’.\-]*))*)*?)  # , Kurdistan Region of Iraq
    (?:,?\ *(?P<date>{MONTHS}\ +\d{{1,2}}))?                                  # , Feb 26
    \ *(?:\((?P<agency>[^()\n]{{2,40}})\))?                                     # (Reuters)
    \ *(?:--|[-–—])\ +""",
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



def find_dateline(text: str) -> re.Match | None:
    """The dateline at the start of the text, or of its second line when the first is a headline."""
    match = DATELINE.match(text)
    if match is None and "\n" in text[:300]:
        offset = text.index("\n") + 1
        while offset < len(text) and text[offset] in "\n\r ":
            offset += 1
        match = DATELINE.match(text, offset)
    return match
