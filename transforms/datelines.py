"""Datelines: the place, date and agency that open wire copy ('WASHINGTON, Feb 26 (Reuters) - ')."""

import itertools
import re
import unicodedata

from dateparser.languages import default_loader

# Wire copy from these desks dates its datelines in its own language ('SANTIAGO, AGO 14 -', 'PARIS, 3 déc -').
MONTH_LANGUAGES = ("en", "es", "pt", "fr", "it", "de")
MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
HEADLINE_MAX_WORDS = 20  # what follows a headline's dash is a few words, not a paragraph


def _month_numbers(languages: tuple[str, ...]) -> dict[str, int]:
    """Each spelling of each month, casefolded, with and without accents ('août', 'aout'), to its number.

    The names are CLDR's, as dateparser ships them; a spelling that named two months would be dropped, and
    none in these languages does.
    """
    numbers: dict[str, int] = {}
    for language in languages:
        info = default_loader.get_locale(language).info
        for number, key in enumerate(MONTH_KEYS, start=1):
            for name in info[key]:
                for spelling in {name.casefold(), _unaccented(name.casefold())}:
                    numbers[spelling] = number if numbers.get(spelling, number) == number else 0
    return {spelling: number for spelling, number in numbers.items() if number}


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _any_of(words: list[str]) -> str:
    """An alternation grouped by first letter, longest first within each ('marzo' before 'mar'): a regex
    tries a hundred month names at every place a date could start, and this keeps that to a few tries."""
    groups = itertools.groupby(sorted(words), key=lambda word: word[0])
    return "|".join(re.escape(initial) + "(?:" + "|".join(
        re.escape(word[1:]) for word in sorted(group, key=len, reverse=True)) + ")" for initial, group in groups)


def _calendar_words() -> frozenset[str]:
    """English weekdays and one-word relative days: 'Monday, May 2 -' and 'Yesterday, May 2 -' open sentences."""
    info = default_loader.get_locale("en").info
    weekdays = (name for key in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
                for name in info[key] if len(name) > 3)
    relative = (name for names in info["relative-type"].values() for name in names if " " not in name)
    return frozenset(word.casefold() for word in (*weekdays, *relative))


MONTH_NUMBERS = _month_numbers(MONTH_LANGUAGES)
ENGLISH_MONTHS = frozenset(_month_numbers(("en",)))
CALENDAR_WORDS = _calendar_words()
MONTHS = rf"(?i:{_any_of(list(MONTH_NUMBERS))})\.?"  # any case, with an optional dot: 'Sept.', 'AGO', 'déc.'
UPPER = "A-ZÀ-ÖØ-Þ"  # Latin-1 capitals too: BOGOTÁ, SÃO PAULO
CAPS_WORD = rf"[{UPPER}][{UPPER}'’.\-]+"  # ERBIL, AL-QAEM, O'HARE, ST.
NAME_WORD = rf"[{UPPER}][^\W\d_]*(?:['’.\-][^\W\d_]+)*\.?"  # Denver, O'Hare, Al-Qaem, St.
# The small words inside a place's name: Rio de Janeiro, Dar es Salaam, Frankfurt am Main.
PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|des|la|le|el|al|es|am|an|of|upon|on|sur)"
DATELINE = re.compile(
    rf"""(?P<place>{CAPS_WORD}(?:\ {CAPS_WORD}){{0,3}}                          # ERBIL, NEW YORK
        |{NAME_WORD}(?:\ (?:{PARTICLE}\ )?{NAME_WORD}){{0,3}})                  # Denver, Rio de Janeiro
    (?P<region>(?:,\ *[A-Z][\w'’.\-]*(?:\ +(?:of|the|and|[A-Z][\w'’.\-]*))*)*?)  # , Kurdistan Region of Iraq
    (?:,?\ *(?P<date>{MONTHS}\ +\d{{1,2}}|\d{{1,2}}\.?\ +{MONTHS}))?          # , Feb 26 | , 26 February | , 3. Mai
    \ *(?:\((?P<agency>[^()\n]{{2,40}})\))?                                     # (Reuters)
    \ *(?:--|[-–—])(?:\ +|(?=\n)|\Z)                                           # the dash may end the line
    """,
    re.VERBOSE,
)
# A paragraph ends like a sentence; 'U.S.' at the end of a headline is no full stop.
PROSE_END = re.compile(r"(?:(?<!\b[A-Z])\.|[!?:;])[\"'”’)]*$")


def parse_dateline(body: str) -> dict:
    """The dateline opening a body: raw text, place, month-day (the month in English) and agency when given.

    An all-capitals place is put in title case; a place written in mixed case is kept as written.
    """
    match = _dateline_at(body)
    if match is None:
        return {"raw": None, "place": None, "date": None, "agency": None}
    place = match.group("place")
    return {
        "raw": match.group(0).rstrip(" -–—"),
        "place": title_case(place) if _is_capitals(place) else place,
        "date": english_month_day(match.group("date")) if match.group("date") else None,
        "agency": match.group("agency"),
    }


def english_month_day(month_day: str) -> str:
    """'AGO 14' -> 'August 14', '3. Dez' -> '3 December'; an English month-day is kept as written ('Sept. 7')."""
    day = re.search(r"\d+", month_day).group(0)
    month = re.search(r"[^\W\d_]+", month_day).group(0)
    if month.casefold() in ENGLISH_MONTHS and f"{day}." not in month_day:
        return month_day
    name = MONTH_KEYS[MONTH_NUMBERS[month.casefold()] - 1].capitalize()
    return f"{name} {day}" if month_day.index(month) < month_day.index(day) else f"{day} {name}"


def title_case(text: str) -> str:
    """ERBIL -> Erbil, AL-QAEM -> Al-Qaem: each run of letters capitalized."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), text.lower())


def opens_with_dateline(text: str) -> bool:
    """Whether the text starts with a dateline: the mark of a body's first line, never a headline's."""
    return _dateline_at(text) is not None


def find_dateline(text: str) -> re.Match | None:
    """The dateline at the start of the text, or of its second line when the first is a headline."""
    match = _dateline_at(text)
    if match is None and "\n" in text[:300]:
        offset = text.index("\n") + 1
        while offset < len(text) and text[offset] in "\n\r ":
            offset += 1
        match = _dateline_at(text, offset)
    return match


def _dateline_at(text: str, offset: int = 0) -> re.Match | None:
    match = DATELINE.match(text, offset)
    if match is None or _is_headline(match) or not _names_a_place(match):
        return None
    return match


def _is_headline(match: re.Match) -> bool:
    """A headline with a dash in it: 'U.S. MONEY MARKETS - BILL RATES EDGE UP', 'FOREX - Dollar slips' above
    the dateline. After a dateline's dash comes prose: it has small letters, and a paragraph ends like a
    sentence; after a headline's comes a few more words of headline."""
    text, end = match.string, match.end()
    line_end = text.find("\n", end)
    rest = text[end:] if line_end == -1 else text[end:line_end]
    words = rest.split(maxsplit=HEADLINE_MAX_WORDS)
    if len(words) > HEADLINE_MAX_WORDS or PROSE_END.search(words[-1] if words else "."):
        return False
    if sum(ch.isalpha() for ch in rest) < 2:  # '- A': a body cut short, not a headline
        return False
    if not any(ch.islower() for ch in rest):
        return True
    # A bare place and a dash, on a short line of its own above more text: a topic, not a place.
    is_bare = match.group("date") is None and match.group("agency") is None
    return is_bare and line_end != -1 and bool(text[line_end:].strip())


def _names_a_place(match: re.Match) -> bool:
    """An all-capitals place is a dateline's mark. A place in mixed case ('Denver, May 2 -') must be dated or
    credited, name no day ('Monday, May 2 -'), and be followed by a sentence, not the rest of one
    ('However, May 2 - the deadline passed')."""
    place = match.group("place")
    if _is_capitals(place):
        return True
    agency = match.group("agency")
    if match.group("date") is None and not (agency and agency[0].isupper()):
        return False
    if place.casefold() in MONTH_NUMBERS or any(word.casefold() in CALENDAR_WORDS for word in place.split()):
        return False
    after = match.string[match.end():match.end() + 1]
    return not after.islower()


def _is_capitals(text: str) -> bool:
    return not any(ch.islower() for ch in text)
