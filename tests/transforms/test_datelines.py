import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.strategies import ANY_TEXT, DATELINES, PROSE
from transforms.datelines import (
    ENGLISH_MONTHS,
    MONTH_NUMBERS,
    english_month_day,
    find_dateline,
    opens_with_dateline,
    parse_dateline,
    title_case,
)


@pytest.mark.parametrize(("body", "place", "month_day", "agency"), [
    ("WASHINGTON, April 7 - Federal Reserve", "Washington", "April 7", None),
    ("NEW YORK, March 3 - Stocks", "New York", "March 3", None),
    ("LONDON, Feb 26 (Reuters) - Oil", "London", "Feb 26", "Reuters"),
    ("TOKYO - Shares", "Tokyo", None, None),
    ("ERBIL, Kurdistan Region of Iraq - Iraq", "Erbil", None, None),
    ("KYIV, Ukraine (AP) — Russia", "Kyiv", None, "AP"),
    ("SAO PAULO, April 7 - Brazil", "Sao Paulo", "April 7", None),
    ("BUENOS AIRES, 7 April - The peso", "Buenos Aires", "7 April", None),
    ("ST. LOUIS, Sept. 7 - The", "St. Louis", "Sept. 7", None),
    ("AL-QAEM, Iraq -- Strikes", "Al-Qaem", None, None),
    ("HO CHI MINH CITY, Vietnam – Exports", "Ho Chi Minh City", None, None),
    ("BOGOTÁ, Colombia (AP) — Talks", "Bogotá", None, "AP"),
    ("CHICAGO, September 30 (Reuters) -- Grain", "Chicago", "September 30", "Reuters"),
    ("PARIS, Dec. 1 – Ministers", "Paris", "Dec. 1", None),
    ("O'HARE AIRPORT, Ill. - Flights", "O'Hare Airport", None, None),
])
def test_dateline_variants_are_parsed(body, place, month_day, agency):
    result = parse_dateline(body)
    assert (result["place"], result["date"], result["agency"]) == (place, month_day, agency)


def test_dash_ending_the_line_closes_the_dateline():
    result = parse_dateline("BUENOS AIRES, 7 April -\nThe peso fell.")
    assert (result["raw"], result["place"], result["date"]) == ("BUENOS AIRES, 7 April", "Buenos Aires", "7 April")


@pytest.mark.parametrize("line", [
    "VOLCKER URGES GREATER EXCHANGE RATE STABILITY",
    "Volcker Urges Greater Exchange Rate Stability",
    "LONDON, Mayor Sadiq Khan said - nothing",
    "WASHINGTON, Mayday 7 - not a month",
    "The Fed said - nothing",
])
def test_headline_sentence_or_false_month_is_not_a_dateline(line):
    assert not opens_with_dateline(line)


# Family: an all-capitals headline with a dash in it is no dateline, alone or above the real one.
@pytest.mark.parametrize("line", [
    "U.S. MONEY MARKETS - BILL RATES EDGE UP",
    "GOLD PRICES - BULLION FIRMS IN THIN HOLIDAY TRADE",
    "EURO ZONE BONDS - YIELDS SLIP AHEAD OF ITALIAN AUCTION",
    "ASIA STOCKS — TECH SELL-OFF DEEPENS",
    "CORN FUTURES -- DROUGHT LIFTS PRICES",
    "BRAZIL, ARGENTINA - TRADE TALKS STALL",
])
def test_capitals_headline_with_a_dash_is_not_a_dateline(line):
    assert not opens_with_dateline(line)
    assert not opens_with_dateline(f"{line}\nMore copy follows.")


@pytest.mark.parametrize(("text", "place"), [
    ("U.S. MONEY MARKETS - BILL RATES EDGE UP\nNEW YORK, March 3 - Treasury bill rates rose.", "NEW YORK"),
    ("FOREX - Dollar slips against the yen\nTOKYO, June 3 (Reuters) - The dollar fell.", "TOKYO"),
    ("OIL PRICES - Brent edges higher\n\nLONDON (AFP) - Brent crude rose on Monday.", "LONDON"),
    ("WHEAT - Rains Ease Supply Fears\nKANSAS CITY, Mo. (AP) — Wheat futures fell.", "KANSAS CITY"),
])
def test_headline_with_a_dash_above_the_dateline_gives_way_to_it(text, place):
    assert find_dateline(text).group("place") == place
    assert parse_dateline(text)["raw"] is None


@pytest.mark.parametrize("text", [
    "NAIROBI - Kenyan police said on Sunday they had arrested three men.\nThe arrests followed a raid.",
    "WASHINGTON, MARCH 3 (AP) - THE SENATE PASSED THE SPENDING BILL ON TUESDAY.",
    "KYIV, Ukraine — Russian drones struck the capital overnight, officials said.\nMore copy.",
    "TOKYO - Shares",
])
def test_prose_after_the_dash_keeps_the_dateline(text):
    assert opens_with_dateline(text)


# Family: a place written in mixed case, dated or credited.
@pytest.mark.parametrize(("body", "place", "month_day", "agency"), [
    ("Denver, May 2 - Police said", "Denver", "May 2", None),
    ("Lima, june 9 -", "Lima", "june 9", None),
    ("Nairobi, 14 March (Xinhua) - Kenya", "Nairobi", "14 March", "Xinhua"),
    ("McAllen, Texas, Oct. 3 (AP) — Border agents", "McAllen", "Oct. 3", "AP"),
    ("Rio de Janeiro, FEB 5 (Reuters) - Brazil's", "Rio de Janeiro", "FEB 5", "Reuters"),
    ("Abidjan (AFP) - Ivory Coast", "Abidjan", None, "AFP"),
    ("Port-au-Prince, Haiti, Sept. 30 -- Gangs", "Port-au-Prince", "Sept. 30", None),
    ("St. Petersburg, Fla., dec 1 (AP) - A storm", "St. Petersburg", "dec 1", "AP"),
])
def test_mixed_case_place_with_a_date_or_agency_is_a_dateline(body, place, month_day, agency):
    result = parse_dateline(body)
    assert (result["place"], result["date"], result["agency"]) == (place, month_day, agency)


@pytest.mark.parametrize("line", [
    "Yesterday, the minister said - nothing more",
    "However, May 2 was the deadline",
    "However, May 2 - the deadline - passed quietly",
    "Monday, May 2 - Officials met again",
    "On Tuesday, June 4 (AP) - The",
    "Berlin, Germany - Officials said",
    "Paris - Officials said",
    "Meanwhile, the talks - which began in May - stalled",
    "Smith, 42, a farmer - said",
    "Officials (he said) - The",
    "Still, the vote on March 3 - narrow as it was - passed",
])
def test_sentence_with_a_comma_and_a_dash_is_not_a_dateline(line):
    assert not opens_with_dateline(line)


# Family: months in Spanish, Portuguese, French, Italian and German, put in English.
@pytest.mark.parametrize(("body", "place", "month_day", "agency"), [
    ("SANTIAGO, AGO 14 - El", "Santiago", "August 14", None),
    ("MADRID, DIC 3 (EFE) - El", "Madrid", "December 3", "EFE"),
    ("BUENOS AIRES, 2 ene (Reuters) - La", "Buenos Aires", "2 January", "Reuters"),
    ("SAO PAULO, 4 set. (Reuters) - O governo", "Sao Paulo", "4 September", "Reuters"),
    ("LISBOA, 9 OUT - O banco", "Lisboa", "9 October", None),
    ("PARIS, 14 août (AFP) - Le", "Paris", "14 August", "AFP"),
    ("GENÈVE, 2 AOUT - Le", "Genève", "2 August", None),
    ("LYON, 6 févr. - La", "Lyon", "6 February", None),
    ("ROMA, 12 giu - Il", "Roma", "12 June", None),
    ("MILANO, 30 OTT (ANSA) - La", "Milano", "30 October", "ANSA"),
    ("BERLIN, 3. Mai (dpa) - Die", "Berlin", "3 May", "dpa"),
    ("WIEN, 1. MÄRZ - Die", "Wien", "1 March", None),
    ("Zürich, 11. Dez. (SDA) - Die", "Zürich", "11 December", "SDA"),
    ("Bogotá, abr 21 (Xinhua) - El", "Bogotá", "April 21", "Xinhua"),
])
def test_foreign_month_is_parsed_and_put_in_english(body, place, month_day, agency):
    result = parse_dateline(body)
    assert (result["place"], result["date"], result["agency"]) == (place, month_day, agency)


@pytest.mark.parametrize(("month_day", "expected"), [
    ("Sept. 7", "Sept. 7"), ("june 9", "june 9"), ("7 April", "7 April"), ("AGO 14", "August 14"),
    ("3. Dez", "3 December"), ("3. May", "3 May"), ("Mrz 5", "March 5"), ("févr. 6", "February 6"),
])
def test_english_month_day_rewrites_only_what_dateutil_cannot_read(month_day, expected):
    assert english_month_day(month_day) == expected


CAPS_PLACE = st.lists(st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=9), min_size=1, max_size=3)
SPELLING = st.sampled_from(sorted(MONTH_NUMBERS))
CASING = st.sampled_from([str.upper, str.lower, str.capitalize])


@given(st.one_of(
    st.text(),
    st.builds("".join, st.lists(st.sampled_from(
        ["NEW YORK", "Denver", ",", " ", "-", " - ", "—", "(AP)", "(", ")", "May", "AGO", "3", "14.", ".", "\n",
         "de", "Mr", "said", "ÉTÉ", "’", "'"]), max_size=14)),
))
@settings(deadline=None)
def test_parse_dateline_never_raises_and_takes_its_place_from_the_start(body):
    result = parse_dateline(body)
    if result["raw"] is not None:
        assert body.startswith(result["raw"])
        assert result["raw"].casefold().startswith(result["place"].casefold())
        assert opens_with_dateline(body)


@given(place=CAPS_PLACE, spelling=SPELLING, casing=CASING, dot=st.booleans(), day=st.integers(1, 28),
       day_first=st.booleans(), agency=st.sampled_from([None, "Reuters", "AP", "AFP", "Xinhua"]))
@settings(deadline=None)
def test_capitals_place_and_any_month_spelling_parse(place, spelling, casing, dot, day, day_first, agency):
    month = casing(spelling) + ("." if dot else "")
    month_day = f"{day} {month}" if day_first else f"{month} {day}"
    credit = f" ({agency})" if agency else ""
    result = parse_dateline(f"{' '.join(place)}, {month_day}{credit} - Officials said on Tuesday.")
    month_word = re.search(r"[^\W\d_]+", result["date"]).group(0).casefold()
    assert result["place"] == title_case(" ".join(place))
    assert result["agency"] == agency
    assert month_word in ENGLISH_MONTHS and MONTH_NUMBERS[month_word] == MONTH_NUMBERS[spelling]
    assert re.search(r"\d+", result["date"]).group(0) == str(day)


WIRE_OPENINGS = st.lists(st.one_of(ANY_TEXT, DATELINES, PROSE, st.sampled_from(
    ["NEW YORK", "Denver", ",", " ", "-", " - ", "—", "--", "(AP)", "(", ")", "May", "AGO", "3", "14.", "\n", "\r\n", "de",
     "ÉTÉ", "’", "Sept.", "3. Mai", "\u2028", "\x00", "\ufeff"])), max_size=12).map("".join)


@pytest.mark.fuzz
@given(WIRE_OPENINGS)
def test_any_text_gives_a_dateline_of_the_declared_fields_from_its_first_lines(text):
    result = parse_dateline(text)
    assert list(result) == ["raw", "place", "date", "agency"]
    assert all(value is None or isinstance(value, str) for value in result.values())
    assert (result["raw"] is None) == (result["place"] is None) == (not opens_with_dateline(text))
    if result["raw"] is not None:
        assert text.startswith(result["raw"])
        assert result["agency"] is None or f"({result['agency']})" in result["raw"]
        assert result["date"] is None or re.search(r"[^\W\d_]+", result["date"]).group(0).casefold() in ENGLISH_MONTHS
    match = find_dateline(text)
    if match is not None:
        assert 0 <= match.start() <= match.start("place") < match.end("place") <= match.end() <= len(text)
        assert match.start() == 0 or text[match.start() - 1] in "\n\r "
    assert parse_dateline(text) == result and (find_dateline(text) is None) == (match is None)
