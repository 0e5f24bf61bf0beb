"""The day an event happened, read from the text that reports it against the day it was published.

A written date is read from its parts when it names its month ('14 March 2024', 'March 14'), by
dateparser when it is all numbers ('14/03/2024', '2024-03-14'); the words news
uses for days near publication ('on Tuesday', 'late on Sunday', 'yesterday', 'last week', 'earlier
this month') are counted back from the publication day here, because dateparser reads a weekday
named on that very weekday as a week earlier, where news means the same day.

Each date carries its precision (day, week, month) and where it came from: `text`, or `publication`
when the text gives none and the publication day stands in for it.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?" \
              r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
YEAR = r"(?:19|20)\d\d"
# Written dates, longest first: '14 March 2024', 'March 14, 2024', 'March 14', '14 March', '2024-03-14'.
WRITTEN = re.compile(
    rf"\b(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month1>{MONTH_NAMES})(?:,?\s+(?P<year1>{YEAR}))?"
    rf"|(?P<month2>{MONTH_NAMES})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year2>{YEAR}))?"
    rf"|(?P<numeric>{YEAR}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/{YEAR}))(?![\w-])",
    re.IGNORECASE)
HAS_YEAR = re.compile(YEAR)
MONTH_YEAR = re.compile(rf"\b(?<!\d\s)(?<!\d)(?P<month>{MONTH_NAMES})\s+(?P<year>{YEAR})\b", re.IGNORECASE)  # 'in November 2023'
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A number after 'March 14' that is no day: 'March 14 people', '14 March-long'; a weekday is taken
# only where it dates something ('on Tuesday', 'Tuesday night', 'late Sunday'), not 'Tuesday's vote'.
WEEKDAY = re.compile(rf"\b(?:(?:on|late|early|since|last|this|by)\s+(?:on\s+)?)?(?P<day>{'|'.join(WEEKDAYS)})"
                     r"(?:\s+(?P<part>night|morning|afternoon|evening))?\b(?![’']s)", re.IGNORECASE)
RELATIVE = {
    # phrase: (days before publication, precision)
    "yesterday": (1, "day"), "last night": (1, "day"), "on the eve": (1, "day"), "overnight": (1, "day"),
    "today": (0, "day"), "this morning": (0, "day"), "earlier today": (0, "day"), "tonight": (0, "day"),
    "day before yesterday": (2, "day"), "two days ago": (2, "day"), "three days ago": (3, "day"),
    "last week": (7, "week"), "a week ago": (7, "week"), "earlier this week": (2, "week"), "this week": (2, "week"),
    "last weekend": (None, "week"), "over the weekend": (None, "week"), "at the weekend": (None, "week"),
    "earlier this month": (None, "month"), "this month": (None, "month"), "last month": (None, "month"),
}
RELATIVE_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, RELATIVE), key=len, reverse=True)) + r")\b",
                             re.IGNORECASE)
PARSER_SETTINGS = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"], "PREFER_DAY_OF_MONTH": "first",
                   "DATE_ORDER": "DMY"}


@dataclass(frozen=True)
class EventDate:
    day: date
    precision: str  # day, week, month
    source: str  # text, publication
    start: int = -1  # where in the text it is written; -1 when taken from publication

    @property
    def from_text(self) -> bool:
        return self.source == "text"


def publication_date(published: date) -> EventDate:
    return EventDate(published, "day", "publication")


@lru_cache(maxsize=4096)  # a sentence is read for its date more than once while its events are told
def stated_dates(text: str, published: date) -> tuple[EventDate, ...]:
    """Every date the text states, in text order, none later than publication."""
    found = [_written(m, published) for m in WRITTEN.finditer(text)]
    days = [(d.start, d.start + 12) for d in found if d is not None]
    found += [_month_year(m, published) for m in MONTH_YEAR.finditer(text)
              if not any(start <= m.start() < end for start, end in days)]
    found += [_weekday(m, published) for m in WEEKDAY.finditer(text)]
    found += [_relative(m, published) for m in RELATIVE_PHRASE.finditer(text)]
    return tuple(sorted((d for d in found if d is not None), key=lambda d: d.start))


def event_date(text: str, published: date | None, anchor: int = 0) -> EventDate | None:
    """The date the text gives the event at `anchor` (a trigger's offset in the text): the stated date
    nearest it, preferring one in the same clause; None when the text states none (or nothing is
    known of publication)."""
    if published is None:
        return None
    dates = stated_dates(text, published)
    if not dates:
        return None
    return min(dates, key=lambda d: (abs(d.start - anchor) > 120, abs(d.start - anchor)))


def _written(match: re.Match, published: date) -> EventDate | None:
    phrase = match.group(0)
    if match.group("numeric"):
        day = _parsed(phrase, published)
    else:  # a month's name: the date is its three parts, the year of publication when none is written
        month = match.group("month1") or match.group("month2")
        year = match.group("year1") or match.group("year2")
        try:
            day = date(int(year) if year else published.year, MONTHS.index(month.lower()[:3]) + 1,
                       int(match.group("day1") or match.group("day2")))
        except ValueError:
            return None  # '31 February'
    if day is None:
        return None
    if not HAS_YEAR.search(phrase) and day > published:
        day = _year_before(day)  # 'on 30 December', read on 2 January
    if day > published:
        return None  # a date to come: not when an event happened
    return EventDate(day, "day", "text", match.start())


def _month_year(match: re.Match, published: date) -> EventDate | None:
    """A month of a year ('in November 2023'): its first day, at month precision."""
    day = date(int(match.group("year")), MONTHS.index(match.group("month").lower()[:3]) + 1, 1)
    return EventDate(day, "month", "text", match.start()) if day <= published else None


@lru_cache(maxsize=4096)  # news repeats its dates; dateparser takes a millisecond each
def _parsed(phrase: str, published: date) -> date | None:
    parsed = dateparser.parse(phrase, languages=["en"], settings={**PARSER_SETTINGS, "RELATIVE_BASE": _midnight(published)})
    return parsed.date() if parsed else None


def _weekday(match: re.Match, published: date) -> EventDate:
    wanted = WEEKDAYS.index(match.group("day").lower())
    back = (published.weekday() - wanted) % 7
    if back == 0 and match.group(0).lower().startswith("last"):
        back = 7
    return EventDate(published - timedelta(days=back), "day", "text", match.start())


def _relative(match: re.Match, published: date) -> EventDate:
    phrase = match.group(0).lower()
    days, precision = RELATIVE[phrase]
    if days is not None:
        return EventDate(published - timedelta(days=days), precision, "text", match.start())
    if "weekend" in phrase:  # the Saturday of the weekend before (or of) publication
        return EventDate(published - timedelta(days=(published.weekday() - 5) % 7), "week", "text", match.start())
    if phrase == "last month":
        last = published.replace(day=1) - timedelta(days=1)
        return EventDate(last.replace(day=15), "month", "text", match.start())
    return EventDate(published.replace(day=1 + (published.day - 1) // 2), "month", "text", match.start())


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
