import pytest
from hypothesis import example, given

from tests.strategies import ANY_TEXT, REPORTS
from transforms.numbers import QUALIFIERS, amounts


def found(sentence: str) -> list[tuple]:
    return [(sentence[a.start:a.end], a.quantity, a.low, a.high, a.qualifier) for a in amounts(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("1,200 people", [("1,200", 1200, 1200, 1200, "exact")]),
    ("twenty-three people", [("twenty-three", 23, 23, 23, "exact")]),
    ("a dozen people", [("a dozen", 12, 12, 12, "exact")]),
    ("dozens of people", [("dozens", 24, 24, None, "at_least")]),
    ("hundreds of people", [("hundreds", 200, 200, None, "at_least")]),
    ("at least 36 others", [("at least 36", 36, 36, None, "at_least")]),
    ("up to 15 civilians", [("up to 15", 15, None, 15, "at_most")]),
    ("nearly 500 families", [("nearly 500", 500, 500, 500, "approximately")]),
    ("between 10 and 15 people", [("between 10 and 15", 10, 10, 15, "range")]),
    ("10 to 15 people", [("10 to 15", 10, 10, 15, "range")]),
    ("2.6 million people", [("2.6 million", 2_600_000, 2_600_000, 2_600_000, "exact")]),
])
def test_amounts_in_every_form_a_reporter_writes_them(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "On 3 May 2020 it rained.", "In 2019 the war began.", "A 35-year-old man.", "Prices rose 12% and 4 percent.",
    "He paid $5 million.", "at 5 p.m. on Tuesday", "Resolution 2334 passed.", "Tower 22 was hit.",
    "Arsenal won 3-1 on Sunday.", "Call +44 20 7946 0958 for details.", "the third attack", "for 48 hours",
])
def test_dates_years_ages_money_percentages_times_ids_scores_and_phones_are_no_amounts(sentence):
    assert found(sentence) == []


@pytest.mark.fuzz
@given(REPORTS | ANY_TEXT)
@example("9" * 400 + " people")  # found: a number past the floats raised OverflowError
@example("99999999999999999999 people were killed")  # found: more than an Int64 column holds
def test_any_text_gives_amounts_inside_it_in_order(sentence):
    found = amounts(sentence)
    for amount in found:
        assert 0 <= amount.start < amount.end <= len(sentence)
        assert 0 <= amount.quantity < 2**63
        assert all(bound is None or 0 <= bound < 2**63 for bound in (amount.low, amount.high))
        assert amount.low is None or amount.high is None or amount.low <= amount.high
        assert amount.qualifier in {*QUALIFIERS.values(), "exact", "range"}
    assert all(before.end <= after.start for before, after in zip(found, found[1:]))
    assert amounts(sentence) == found
