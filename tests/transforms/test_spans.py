import polars as pl
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.helpers import SEEDS
from transforms.gazetteer import ALIAS_SCHEMA, DEMONYM_SCHEMA, NAME_WORD_SCHEMA, TEAM_SCHEMA, Gazetteer
from transforms.spans import repair_spans


@pytest.fixture(scope="module")
def gazetteer():
    aliases = pl.DataFrame([("Kataib Hezbollah", "Kataib Hezbollah", "ORG", None),
                            ("IRGC", "Islamic Revolutionary Guard Corps", "ORG", "IR")],
                           schema=ALIAS_SCHEMA, orient="row")
    demonyms = pl.DataFrame([("Iranian", "Iranians", "IR"), ("Iraqi", "Iraqis", "IQ")],
                            schema=DEMONYM_SCHEMA, orient="row")
    teams = pl.DataFrame([("Schalke 04", "Schalke 04", "ORG", "football", "DE", False),
                          ("Leverkusen", "Bayer Leverkusen", "ORG", "football", "DE", True)],
                         schema=TEAM_SCHEMA, orient="row")
    return Gazetteer(aliases, demonyms, teams, pl.read_csv(SEEDS / "name_words.csv", schema=NAME_WORD_SCHEMA))


def repaired(text: str, surface: str, label: str, gazetteer) -> list[tuple[str, str]]:
    start = text.index(surface)
    return [(text[s:e], lab) for s, e, lab in repair_spans(text, [(start, start + len(surface), label)], gazetteer)]


@pytest.mark.parametrize(("text", "surface", "label", "expected"), [
    ("The US Central Command said.", "The US Central Command", "ORG", [("US Central Command", "ORG")]),
    ("in charge of Kataib Hezbollah’s logistics", "Kataib Hezbollah’s", "PERSON", [("Kataib Hezbollah", "ORG")]),
    ("the Pentagon's budget", "the Pentagon's", "ORG", [("Pentagon", "ORG")]),
    ("the Hendersons' house", "Hendersons'", "PERSON", [("Hendersons", "PERSON")]),
    ("attacks on U.S. forces", "U.S.", "GPE", [("U.S.", "PLACE")]),
    ("He visited Iraq.", "Iraq.", "GPE", [("Iraq", "PLACE")]),
])
def test_articles_possessives_and_punctuation_leave_the_name(text, surface, label, expected, gazetteer):
    assert repaired(text, surface, label, gazetteer) == expected


def test_person_before_a_unit_word_is_an_organization(gazetteer):
    text = "In a statement, al-Nujaba brigade called for a mobilization."
    assert repaired(text, "al-Nujaba", "PERSON", gazetteer) == [("al-Nujaba", "ORG")]


def test_possessive_chain_of_organizations_is_split(gazetteer):
    text = "targets of interest to the IRGC’s Quds Force and militias"
    assert repaired(text, "the IRGC’s Quds Force", "ORG", gazetteer) == [("IRGC", "ORG"), ("Quds Force", "ORG")]


def test_place_named_by_its_region_is_two_places(gazetteer):
    text = "The strikes hit Anbar’s al-Qaem, on the border."
    assert repaired(text, "Anbar’s al-Qaem", "ORG", gazetteer) == [("Anbar", "PLACE"), ("al-Qaem", "PLACE")]


def test_fragment_of_a_job_title_keeps_only_the_nationality(gazetteer):
    text = "meeting with Iranian National Security Advisor Ali Akbar Ahmadian"
    assert repaired(text, "Iranian National Security", "ORG", gazetteer) == [
        ("Iranian", "GROUP"), ("Ali Akbar Ahmadian", "PERSON")]


def test_ministry_before_a_lowercase_role_stays_an_organization(gazetteer):
    text = "the Foreign Ministry spokesperson Nasser Kanaani said"
    assert repaired(text, "the Foreign Ministry", "ORG", gazetteer) == [
        ("Foreign Ministry", "ORG"), ("Nasser Kanaani", "PERSON")]


def test_title_is_not_part_of_the_name(gazetteer):
    text = "US President Joe Biden announced"
    assert repaired(text, "President Joe Biden", "PERSON", gazetteer) == [("Joe Biden", "PERSON")]


def test_attitude_prefix_leaves_the_country(gazetteer):
    text = "a pro-Iran armed group"
    assert repaired(text, "pro-Iran", "NORP", gazetteer) == [("Iran", "PLACE")]


def test_numbers_and_dates_are_not_entities(gazetteer):
    text = "three people were killed on Monday"
    assert repair_spans(text, [(0, 5, "CARDINAL"), (28, 34, "DATE")], gazetteer) == []


def test_name_after_a_title_is_found_when_the_model_missed_it(gazetteer):
    text = "Iraqi PM Sudani said in a statement."
    spans = repair_spans(text, [(0, 5, "NORP")], gazetteer)
    assert [(text[s:e], label) for s, e, label in spans] == [("Iraqi", "GROUP"), ("Sudani", "PERSON")]


def test_month_after_a_title_word_is_not_a_person(gazetteer):
    text = "The minister January said nothing."
    assert repair_spans(text, [], gazetteer) == []


@pytest.mark.parametrize(("text", "surface", "label", "expected"), [
    ("Boats crossed Lake Kivu at night.", "Lake Kivu", "PERSON", "PLACE"),
    ("She won at Rod Laver Arena again.", "Rod Laver Arena", "ORG", "PLACE"),
    ("Storm Daniel hit the coast.", "Storm Daniel", "PERSON", "EVENT"),
    ("MPs passed the Safety of Rwanda Bill late.", "Safety of Rwanda Bill", "ORG", "OTHER"),
    ("The Bank of England held rates.", "Bank of England", "ORG", "ORG"),
])
def test_the_words_of_a_name_say_what_it_is(text, surface, label, expected, gazetteer):
    assert repaired(text, surface, label, gazetteer) == [(surface, expected)]


def test_name_ends_at_a_bracket_or_a_lowercase_word(gazetteer):
    text = "the World Health Organization (WHO said"
    assert repaired(text, "World Health Organization (WHO", "ORG", gazetteer) == [("World Health Organization", "ORG")]


def test_name_cut_at_a_particle_is_one_person(gazetteer):
    text = "Energy Minister Prince Abdulaziz bin Salman said."
    start = text.index("Abdulaziz")
    spans = repair_spans(text, [(text.index("Prince"), start + 9, "PERSON"), (start + 10, start + 20, "PERSON")],
                         gazetteer)
    assert [(text[s:e], label) for s, e, label in spans] == [("Abdulaziz bin Salman", "PERSON")]


def test_number_that_is_part_of_a_name_stays_but_a_score_goes(gazetteer):
    assert repaired("soldiers at Tower 22, a US outpost", "Tower 22", "FAC", gazetteer) == [("Tower 22", "PLACE")]
    assert repaired("beat the Miami Heat 118-84 on Sunday", "Miami Heat 118-84", "ORG", gazetteer) == [
        ("Miami Heat", "ORG")]


def test_wire_credit_names_people(gazetteer):
    text = "(Reporting by Nadia Farouk; Editing by Tom Whitlock)"
    assert repaired(text, "Nadia Farouk", "ORG", gazetteer) == [("Nadia Farouk", "PERSON")]


def spans_of(text: str, model_spans: list[tuple[str, str]], gazetteer) -> list[tuple[str, str]]:
    """repair_spans on the model's spans given as (surface, model label), each at its first occurrence."""
    found = [(text.index(surface), text.index(surface) + len(surface), label) for surface, label in model_spans]
    return [(text[s:e], label) for s, e, label in repair_spans(text, found, gazetteer)]


def test_scores_and_table_figures_are_not_part_of_names(gazetteer):
    text = "Moreirense 2 Casa Pia 1\nSchalke 04 1 Hertha Berlin 1\n1. Sparta Rotterdam 12 5 4 3 19\n"
    assert spans_of(text, [("Moreirense 2 Casa Pia", "PERSON"), ("Schalke 04 1 Hertha Berlin", "ORG"),
                           ("Sparta Rotterdam 12 5", "PERSON")], gazetteer) == [
        ("Moreirense", "PERSON"), ("Casa Pia", "PERSON"), ("Schalke 04", "ORG"), ("Hertha Berlin", "ORG"),
        ("Sparta Rotterdam", "PERSON")]


def test_a_number_stays_in_a_name_known_to_carry_one(gazetteer):
    text = "The fund cited UN Resolution 2334 and the Nikkei 225 fell."
    assert spans_of(text, [("UN Resolution 2334", "LAW"), ("Nikkei 225", "ORG")], gazetteer) == [
        ("UN Resolution 2334", "OTHER"), ("Nikkei 225", "ORG")]


def test_a_header_in_capitals_is_no_name_but_the_names_in_it_are(gazetteer):
    text = "SOCCER - GERMAN LEAGUE RESULTS\nLEVERKUSEN BEAT BAYERN\nLeverkusen beat Bayern at home in the league.\n"
    found = spans_of(text, [("SOCCER", "ORG"), ("GERMAN LEAGUE RESULTS", "ORG"), ("BAYERN", "PERSON"),
                            ("Leverkusen", "GPE"), ("Bayern", "ORG")], gazetteer)
    assert found == [("LEVERKUSEN", "ORG"), ("BAYERN", "ORG"), ("Leverkusen", "ORG"), ("Bayern", "ORG")]


def test_a_squad_list_names_players_surname_first(gazetteer):
    text = "Forwards: BYRNE, Cian (Leinster), OSEI, Kwame (Munster), DALY, Ross (Ulster)."
    assert [s for s in spans_of(text, [("Cian", "PERSON")], gazetteer) if s[1] == "PERSON"] == [
        ("BYRNE, Cian", "PERSON"), ("OSEI, Kwame", "PERSON"), ("DALY, Ross", "PERSON")]


def test_a_legal_suffix_or_a_ticker_makes_a_company_and_its_short_name_follows(gazetteer):
    text = ("Vantor Chemicals AG cut its forecast. Toyota Motor Corp <7203.T> rose, and Brightline Holdings Plc fell. "
            "Vantor said demand was weak. On Monday Osprey Foods Corp filed. The Acme Corp board met.")
    assert spans_of(text, [("Vantor Chemicals", "ORG"), ("Toyota Motor", "ORG"), ("Vantor said", "PERSON")],
                    gazetteer) == [("Vantor Chemicals AG", "ORG"), ("Toyota Motor Corp", "ORG"),
                                   ("Brightline Holdings Plc", "ORG"), ("Vantor", "ORG"), ("Osprey Foods Corp", "ORG"),
                                   ("Acme Corp", "ORG")]


def test_a_name_keeps_the_type_most_of_its_mentions_get(gazetteer):
    text = "Marlow said the deal was done. Marlow later added that Marlow had no regrets."
    first, second = text.index("Marlow"), text.index("Marlow", 1)
    third = text.index("Marlow", second + 1)
    spans = repair_spans(text, [(first, first + 6, "PERSON"), (second, second + 6, "ORG"),
                                (third, third + 6, "PERSON")], gazetteer)
    assert {label for _, _, label in spans} == {"PERSON"}


def test_a_city_that_plays_is_its_club_and_a_country_stays_the_country(gazetteer):
    text = ("Leverkusen beat Bayern 2-1 in the league on Saturday, the club's first win of the season. "
            "Fans in Leverkusen celebrated. Pakistan beat England in the first match of the tournament.")
    second = text.index("Leverkusen", 1)
    found = repair_spans(text, [(0, 10, "GPE"), (second, second + 10, "GPE"), (text.index("Pakistan"),
                                text.index("Pakistan") + 8, "GPE")], gazetteer)
    assert [(text[s:e], label) for s, e, label in found] == [
        ("Leverkusen", "ORG"), ("Leverkusen", "PLACE"), ("Pakistan", "PLACE")]


def test_outside_sport_a_city_that_defeats_stays_a_place(gazetteer):
    text = "Kyiv defeated the assault on the capital, officials said, as Moscow lost ground."
    assert spans_of(text, [("Kyiv", "GPE"), ("Moscow", "GPE")], gazetteer) == [("Kyiv", "PLACE"), ("Moscow", "PLACE")]


WIRE_ALPHABET = st.sampled_from(list("Aa Bb Cc Zz09 12,.-–:;()<>&'’\n") + [" Ltd", " AG", " beat ", " 2-1 ", "RESULTS",
                                                                        " Leverkusen", "BYRNE, Cian ", " league "])


@st.composite
def texts_with_model_spans(draw):
    text = "".join(draw(st.lists(WIRE_ALPHABET, max_size=40)))
    bounds = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=6))
    labels = st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "CARDINAL"])
    return text, [(min(a, b), max(a, b), draw(labels)) for a, b in bounds if a != b]


@given(texts_with_model_spans())
@example((" beat  beat  Leverkusen Ltd", [(7, 23, "PERSON"), (14, 25, "PERSON")]))  # a suffix ran into the next span
def test_any_model_spans_give_sorted_separate_spans_inside_the_text(gazetteer, case):
    text, model_spans = case
    spans = repair_spans(text, model_spans, gazetteer)
    assert all(0 <= start < end <= len(text) and text[start:end].strip() for start, end, _ in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert {label for _, _, label in spans} <= {"PERSON", "ORG", "PLACE", "GROUP", "EVENT", "OTHER"}
    assert repair_spans(text, model_spans, gazetteer) == spans


def test_a_club_named_by_its_city_stays_the_club_wherever_it_is_not_the_place(gazetteer):
    text = ("Valencia beat Sevilla 2-0 in the league on Sunday. Valencia, unbeaten in six matches, moved third. "
            "Fans in Valencia celebrated late, and the Valencia club thanked them.")
    starts = [i for i in range(len(text)) if text.startswith("Valencia", i)]
    found = repair_spans(text, [(i, i + 8, "GPE") for i in starts], gazetteer)
    assert [label for _, _, label in found] == ["ORG", "ORG", "PLACE", "PLACE"]


def test_a_dash_ends_a_name_and_the_word_after_it_is_not_one(gazetteer):
    text = "ONITSHA, Nigeria - Armed robbers attacked a bank.\nTABLE - Vantor Chemicals Q3 results"
    assert spans_of(text, [("Nigeria - Armed", "ORG"), ("TABLE - Vantor Chemicals", "ORG")], gazetteer) == [
        ("ONITSHA", "PLACE"), ("Nigeria", "PLACE"), ("Vantor Chemicals", "ORG")]


def test_an_office_or_court_named_for_what_it_serves_is_one_organisation(gazetteer):
    text = ("The Office of the UN High Commissioner for Human Rights and the U.S. District Court for the "
            "District of Columbia. The Ministry of Defence of Iraq.")
    found = spans_of(text, [("Office", "ORG"), ("UN High Commissioner for Human Rights", "ORG"),
                            ("U.S. District Court", "ORG"), ("District of Columbia", "GPE"),
                            ("Ministry of Defence", "ORG"), ("Iraq", "GPE")], gazetteer)
    assert found == [("Office of the UN High Commissioner for Human Rights", "ORG"),
                     ("U.S. District Court for the District of Columbia", "ORG"),
                     ("Ministry of Defence", "ORG"), ("Iraq", "PLACE")]


def test_a_city_in_a_table_of_a_business_story_stays_a_place(gazetteer):
    text = ("Quarterly results lifted shares in the holiday season, and the club of lenders met.\n"
            "Tokyo 38,500 38,120\nLondon 7,650 7,700\n")
    assert spans_of(text, [("Tokyo", "GPE"), ("London", "GPE")], gazetteer) == [("Tokyo", "PLACE"), ("London", "PLACE")]
