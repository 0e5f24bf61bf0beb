"""The day an event happened, from the words news uses for it, against the day it was published."""

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.strategies import REPORTS
from transforms.event_dates import RELATIVE, WEEKDAYS, event_date, stated_dates

THURSDAY = date(2024, 3, 14)


@pytest.mark.parametrize(("text", "day", "precision"), [
    ("On 3 March 2024, gunmen attacked", date(2024, 3, 3), "day"),
    ("on March 3, 2024", date(2024, 3, 3), "day"),
    ("on Thursday", THURSDAY, "day"),  # the day it is published, not a week before
    ("late on Sunday", date(2024, 3, 10), "day"),
    ("last Thursday", date(2024, 3, 7), "day"),
    ("Tuesday night", date(2024, 3, 12), "day"),
    ("yesterday", date(2024, 3, 13), "day"),
    ("overnight", date(2024, 3, 13), "day"),
    ("last week", date(2024, 3, 7), "week"),
    ("earlier this month", date(2024, 3, 7), "month"),
    ("in November 2023", date(2023, 11, 1), "month"),
    ("on 30 December", date(2023, 12, 30), "day"),  # no year: the last such day before publication
])
def test_the_words_for_a_day_resolve_against_publication(text, day, precision):
    [stated] = stated_dates(text, THURSDAY)
    assert (stated.day, stated.precision, stated.source) == (day, precision, "text")


def test_a_weekday_that_only_names_something_dates_nothing():
    assert stated_dates("Tuesday's vote was postponed.", THURSDAY) == ()


def test_the_date_nearest_the_event_is_its_date():
    text = "Police said on Wednesday that gunmen had attacked the village on Sunday."
    assert event_date(text, THURSDAY, text.index("attacked")).day == date(2024, 3, 10)


@given(published=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
       phrase=st.sampled_from(sorted(RELATIVE) + [f"on {day}" for day in WEEKDAYS]
                              + ["on 31 December", "on 29 February", "14 March 2024", "March 2031"]))
@example(published=date(2000, 1, 31), phrase="last month")  # hypothesis found the 31st's 47 days
def test_no_date_is_later_than_publication_or_far_before_it_unless_written_so(published, phrase):
    for stated in stated_dates(f"It happened {phrase}.", published):
        assert stated.day <= published
        if not any(char.isdigit() for char in phrase):  # "last month" is the middle of that month
            assert published - stated.day <= timedelta(days=47 if stated.precision == "month" else 45)


@pytest.mark.fuzz
@given(text=REPORTS, published=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
       anchor=st.integers(0, 400))
def test_any_text_states_dates_inside_it_none_after_publication(text, published, anchor):
    stated = stated_dates.__wrapped__(text, published)
    for found in stated:
        assert found.day <= published and found.precision in ("day", "week", "month") and found.source == "text"
        assert 0 <= found.start < len(text)
    assert [found.start for found in stated] == sorted(found.start for found in stated)
    assert event_date(text, published, anchor) in (None, *stated)
    assert stated_dates.__wrapped__(text, published) == stated
