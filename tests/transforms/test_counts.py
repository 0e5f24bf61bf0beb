import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from dateline.extraction.reference import load_count_rules
from tests.helpers import SAMPLE_ARTICLE, SEEDS
from tests.strategies import REPORTS
from transforms.counts import COUNT_TYPES, QUALIFIERS, STG_COUNT_SCHEMA, count_context, sentence_counts, stg_counts
from transforms.entities import STG_MENTION_SCHEMA


@pytest.fixture(scope="module")
def rules():
    return load_count_rules(SEEDS)


def counts(sentence: str, rules) -> list[tuple]:
    return [(c["count_type"], c["quantity"], c["qualifier"], c["object"]) for c in sentence_counts(sentence, rules)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A US drone strike killed two militia officials.", [("KILL", 2, "exact", "militia official")]),
    ("16 members of their forces were killed.", [("KILL", 16, "exact", "member")]),
    ("At least 36 others were wounded.", [("WOUND", 36, "at_least", "other")]),
    ("It responded to the deaths of three US service members.", [("KILL", 3, "exact", "service member")]),
    ("Gunmen opened fire, killing five.", [("KILL", 5, "exact", None)]),
    ("The floods left 12 dead.", [("KILL", 12, "exact", None)]),
    ("A blast that wounded 40 shook the market.", [("WOUND", 40, "exact", None)]),
    ("Police detained 25 protesters.", [("ARREST", 25, "exact", "protester")]),
    ("Gunmen abducted 40 students.", [("KIDNAP", 40, "exact", "student")]),
    ("Twelve remain missing.", [("MISSING", 12, "exact", None)]),
    ("Fighting forced 3,000 families to flee.", [("DISPLACE", 3000, "exact", "family")]),
    ("The storm left 200,000 homes without power.", [("AFFECT", 200000, "exact", "home")]),
    ("Thousands took to the streets.", [("PROTEST", 2000, "at_least", None)]),
    ("Officials seized 40 rifles.", [("SEIZE", 40, "exact", "rifle")]),
    ("The US struck 85 targets.", [("STRIKE", 85, "exact", "target")]),
    ("Three drone strikes killed five.", [("STRIKE", 3, "exact", "drone strike"), ("KILL", 5, "exact", None)]),
    ("The death toll from the floods rose to 31.", [("KILL", 31, "exact", None)]),
    ("The raid killed 5 people and 12 soldiers.", [("KILL", 5, "exact", "person"), ("KILL", 12, "exact", "soldier")]),
    ("Between 10 and 15 people were killed.", [("KILL", 10, "range", "person")]),
])
def test_constructions_give_typed_qualified_counts(sentence, expected, rules):
    assert counts(sentence, rules) == expected


def test_short_event_summary_with_a_date_and_the_month_may(rules):
    assert counts("On 3 May 2020, 2 men were killed by gunmen in Kaduna.", rules) == [("KILL", 2, "exact", "man")]


@pytest.mark.parametrize("sentence", [
    "Arsenal won 3-1 and 40,000 fans watched.", "The union launched a general strike on 2 May.",
    "Resolution 2334 was adopted in 2016.", "He was a member of the group for 20 years.",
    "A crowd of 31,412 watched the game.", "Unemployment rose 5% to 12 million dollars.",
])
def test_numbers_that_are_not_counts_give_none(sentence, rules):
    assert counts(sentence, rules) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A 35-year-old man was killed on Tuesday.", [("KILL", 1, "exact", "man")]),
    ("The third attack killed a guard.", [("KILL", 1, "exact", "guard")]),
    ("A police officer was shot dead in Peshawar.", [("KILL", 1, "exact", "police officer")]),
    ("A mob lynched a man accused of theft.", [("KILL", 1, "exact", "man")]),
    ("A soldier was wounded and two were arrested.", [("WOUND", 1, "exact", "soldier"), ("ARREST", 2, "exact", None)]),
])
def test_a_victim_without_a_number_is_one(sentence, expected, rules):
    assert counts(sentence, rules) == expected


def test_the_subject_of_an_active_kill_is_not_a_victim(rules):
    assert counts("A suicide bomber killed nine people at a wedding.", rules) == [("KILL", 9, "exact", "person")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Three guards were hacked to death.", [("KILL", 3, "exact", "guard")]),
    ("Gunmen shot two men to death.", [("KILL", 2, "exact", "man")]),
    ("Two soldiers later succumbed to their injuries.", [("KILL", 2, "exact", "soldier")]),
    ("Militants beheaded four farmers.", [("KILL", 4, "exact", "farmer")]),
    ("Gunmen sentenced two men to death.", []),
])
def test_deaths_without_the_word_kill(sentence, expected, rules):
    assert counts(sentence, rules) == expected


def test_a_count_without_a_trigger_takes_the_one_it_is_coordinated_with(rules):
    assert counts("At least 4 people from the village as well as 2 policemen were killed.", rules) == [
        ("KILL", 4, "at_least", "person"), ("KILL", 2, "exact", "policeman")]


def test_partitive_one_is_not_counted_but_the_whole_is(rules):
    assert counts("The identity of one of the three people killed in the car was released.", rules) == [
        ("KILL", 3, "exact", "person")]


def test_sample_article_counts(rules):
    body = SAMPLE_ARTICLE.read_text()
    result = stg_counts(pl.DataFrame({"article_id": ["sample"], "body": [body]}), rules)
    found = result.select("count_type", "quantity", "qualifier", "object", "is_repeat").rows()
    assert found == [
        ("KILL", 2, "exact", "militia official", False),
        ("KILL", 1, "exact", "commander", False),
        ("KILL", 3, "exact", "person", False),
        ("KILL", 3, "exact", "service member", False),
        ("KILL", 3, "exact", "service member", True),
        ("STRIKE", 85, "exact", "target", False),
        ("KILL", 16, "exact", "member", False),
        ("WOUND", 36, "at_least", "other", False),
    ]
    assert all(body[s:e] for s, e in result.select("start", "end").rows())
    assert body[result["start"][-1]:result["end"][-1]] == "at least 36"


def test_place_and_actor_come_from_the_sentence(rules):
    body = "Kataib Hezbollah killed two guards in Baghdad. Five were wounded by Hamas near Gaza."
    articles = pl.DataFrame({"article_id": ["a"], "body": [body]})
    mentions = pl.DataFrame([
        ("a", 0, 16, "Kataib Hezbollah", "ORG", 0, "Kataib Hezbollah", "ORG|kataib hezbollah", None, "observed"),
        ("a", 38, 45, "Baghdad", "PLACE", 0, "Baghdad", "PLACE|baghdad", "IQ", "geonames"),
        ("a", 68, 73, "Hamas", "ORG", 1, "Hamas", "ORG|hamas", None, "observed"),
        ("a", 79, 83, "Gaza", "PLACE", 1, "Gaza", "PLACE|gaza", None, "observed"),
    ], schema=STG_MENTION_SCHEMA, orient="row")
    result = count_context(stg_counts(articles, rules), mentions)
    assert result.select("count_type", "place_entity_id", "actor_entity_id").rows() == [
        ("KILL", "PLACE|baghdad", "ORG|kataib hezbollah"), ("WOUND", "PLACE|gaza", "ORG|hamas")]


@pytest.mark.fuzz
@given(bodies=st.lists(REPORTS, min_size=1, max_size=3))
def test_any_body_gives_typed_counts_at_offsets_inside_it(rules, bodies):
    articles = pl.DataFrame({"article_id": [f"a{n}" for n in range(len(bodies))], "body": bodies})
    result = stg_counts(articles, rules)
    assert result.schema == pl.Schema(STG_COUNT_SCHEMA)
    body_of = dict(zip(articles["article_id"], bodies))
    for count in result.iter_rows(named=True):
        body, start, end = body_of[count["article_id"]], count["sentence_start"], count["sentence_start"] + len(count["sentence"])
        assert body[start:end] == count["sentence"] and start <= count["start"] < count["end"] <= end
        assert count["count_type"] in COUNT_TYPES and count["qualifier"] in QUALIFIERS
        assert count["quantity"] >= 0 and all(v is None or v >= 0 for v in (count["quantity_low"], count["quantity_high"]))
    assert_frame_equal(stg_counts(articles, rules), result)
