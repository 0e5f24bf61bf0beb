import pytest

from transforms.datelines import opens_with_dateline, parse_dateline


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
