import polars as pl
import pytest

from transforms.gazetteer import ALIAS_SCHEMA, DEMONYM_SCHEMA, Gazetteer
from transforms.spans import repair_spans


@pytest.fixture(scope="module")
def gazetteer():
    aliases = pl.DataFrame([("Kataib Hezbollah", "Kataib Hezbollah", "ORG", None),
                            ("IRGC", "Islamic Revolutionary Guard Corps", "ORG", "IR")],
                           schema=ALIAS_SCHEMA, orient="row")
    demonyms = pl.DataFrame([("Iranian", "Iranians", "IR"), ("Iraqi", "Iraqis", "IQ")],
                            schema=DEMONYM_SCHEMA, orient="row")
    return Gazetteer(aliases, demonyms)


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
