"""Every place an article names, geocoded in context: hand-written articles whose places we know, on the
real place index (GeoNames towns, regions and countries from the installed packages)."""

import re

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from dateline.extraction.places import load_place_index
from tests.helpers import SEEDS
from tests.nights import built_reference_cache
from tests.strategies import REPORTS
from transforms.entities import STG_MENTION_SCHEMA
from transforms.geocoding import GEOCODED_BY, MENTION_PLACE_SCHEMA, NOT_GEOCODED_BECAUSE, geocoded_mentions
from transforms.incidents import Place
from transforms.places import DIM_PLACE_SCHEMA


@pytest.fixture(scope="module")
def index():
    return load_place_index(SEEDS, built_reference_cache())


def article(article_id: str, text: str, *names: tuple[str, str] | tuple[str, str, str]) -> tuple[pl.DataFrame, dict]:
    """Mentions of `names` ((surface, label[, country code]), each at every place it occurs) in `text`, as the
    entity stage gives them: one entity per surface."""
    rows = []
    for surface, label, *country in names:
        for match in re.finditer(re.escape(surface), text):
            rows.append({"article_id": article_id, "start": match.start(), "end": match.end(), "text": surface,
                         "label": label, "sentence_index": text[:match.start()].count(". "), "canonical_name": surface,
                         "entity_id": f"{label}:{surface}", "country_code": country[0] if country else None,
                         "learned_from": "observed"})
    return pl.DataFrame(rows, schema=STG_MENTION_SCHEMA), {"article_id": article_id, "body": text}


def geocode(index, *articles) -> dict[tuple[str, str], dict]:
    """(article_id, surface) -> the mention's place row (MENTION_PLACE_SCHEMA and the place's columns)."""
    mentions = pl.concat([mentions for mentions, _ in articles])
    bodies = pl.DataFrame([body for _, body in articles], schema={"article_id": pl.String, "body": pl.String})
    found = geocoded_mentions(mentions, bodies, index)
    rows = found.mention_places.join(found.dim_place, on="place_id", how="left")
    return {(row["article_id"], row["entity_id"].split(":", 1)[1]): row for row in rows.iter_rows(named=True)}


def test_ap_state_after_a_town_picks_the_town_of_that_state(index):
    places = geocode(index, article("a", "ATHENS, Ga. (AP) - Police in Athens said two men were arrested.",
                                    ("ATHENS", "PLACE"), ("Athens", "PLACE")),
                     article("b", "Protesters marched in central Athens on Sunday against the new pension law.",
                             ("Athens", "PLACE", "GR")))
    assert (places["a", "ATHENS"]["country_code"], places["a", "ATHENS"]["region"]) == ("US", "Georgia")
    assert places["a", "ATHENS"]["geocoded_by"] == "container"
    assert places["a", "Athens"]["country_code"] == "US"  # the dateline's state settles the rest of the article
    assert places["b", "Athens"]["country_code"] == "GR"  # the same name in another article is another place


@pytest.mark.parametrize(("text", "town", "container", "country", "region_code"), [
    ("Officials in Paris, Texas, closed the schools.", "Paris", "Texas", "US", "US-TX"),
    ("The mayor of Springfield, Illinois, resigned.", "Springfield", "Illinois", "US", "US-IL"),
    ("Gunmen attacked Mangu, Plateau state, overnight.", "Mangu", "Plateau state", "NG", "NG-PL"),
    ("A concert was held in Athens, Georgia, on Friday.", "Athens", "Georgia", "US", "US-GA"),
])
def test_a_container_written_beside_a_name_settles_both(index, text, town, container, country, region_code):
    places = geocode(index, article("a", text, (town, "PLACE"), (container, "PLACE")))
    assert (places["a", town]["level"], places["a", town]["country_code"], places["a", town]["region_code"]) == (
        "town", country, region_code)
    assert places["a", container]["country_code"] == country  # Georgia the state, not the country
    assert places["a", town]["geocoded_by"] == places["a", container]["geocoded_by"] == "container"


def test_a_region_the_article_names_picks_among_towns_of_a_name(index):
    text = "Insurgents raided villages in Borno state on Monday. Residents of Damboa said the army arrived late."
    places = geocode(index, article("a", text, ("Borno state", "PLACE"), ("Damboa", "PLACE")))
    assert places["a", "Borno state"]["level"] == "admin1"
    assert (places["a", "Damboa"]["country_code"], places["a", "Damboa"]["region"]) == ("NG", "Borno State")


def test_a_village_missing_from_the_gazetteer_takes_its_district_never_a_town_elsewhere(index):
    text = "Two farmers were killed in Zzyzx Kalay, a village in Bannu district, police said."
    places = geocode(index, article("a", text, ("Zzyzx Kalay", "PLACE"), ("Bannu district", "PLACE")))
    village = places["a", "Zzyzx Kalay"]
    assert (village["geocoded_by"], village["level"], village["country_code"]) == ("larger_unit", "admin2", "PK")
    assert village["precision"] == "region"


def test_a_nationality_names_its_country(index):
    text = "Iraqi forces and Kurdish fighters retook the town."
    places = geocode(index, article("a", text, ("Iraqi", "GROUP", "IQ"), ("Kurdish", "GROUP")))
    assert (places["a", "Iraqi"]["place_id"], places["a", "Iraqi"]["geocoded_by"]) == ("country:IQ", "nationality")
    assert ("a", "Kurdish") not in places  # a people of no one country names no place


def test_seas_continents_and_countries_have_their_levels(index):
    text = "Ships in the Red Sea were attacked; Africa and Europe condemned it, and Kenya sent a frigate."
    places = geocode(index, article("a", text, ("Red Sea", "PLACE"), ("Africa", "PLACE"), ("Europe", "PLACE"),
                                    ("Kenya", "PLACE", "KE")))
    assert [places["a", name]["level"] for name in ("Red Sea", "Africa", "Europe", "Kenya")] == [
        "feature", "continent", "continent", "country"]
    assert places["a", "Africa"]["geonameid"] == 6255146 and places["a", "Kenya"]["geonameid"] == 192950


def test_a_name_no_gazetteer_knows_stays_with_its_reason(index):
    places = geocode(index, article("a", "Fighting spread to Qwxzvburg overnight.", ("Qwxzvburg", "PLACE")))
    row = places["a", "Qwxzvburg"]
    assert row["place_id"] is None and row["geocoded_by"] is None
    assert row["not_geocoded_because"] == "not_in_gazetteer"


def test_a_name_after_in_that_the_model_called_a_person_is_a_place_when_it_is_one(index):
    text = "Three soldiers were killed in Al Qaim on Tuesday, Iraqi officials said."
    places = geocode(index, article("a", text, ("Al Qaim", "PERSON"), ("Iraqi", "GROUP", "IQ")))
    assert places["a", "Al Qaim"]["place_id"] == "geonames:92138"


def test_an_organization_named_after_its_place_is_there_and_never_an_incidents_place(index):
    text = "Deputies from the Orange County Sheriff's Office searched a lake near Orlando, Fla., on Sunday."
    mentions, body = article("a", text, ("Orange County Sheriff's Office", "ORG"), ("Orlando", "PLACE"),
                             ("Fla.", "PLACE"))
    found = geocoded_mentions(mentions, pl.DataFrame([body]), index)
    rows = found.mention_places.join(found.dim_place, on="place_id").filter(pl.col("entity_id").str.starts_with("ORG:"))
    assert rows.select("geocoded_by", "level", "region_code").rows() == [("organization", "admin2", "US-FL")]
    assert "ORG:Orange County Sheriff's Office" not in found.by_article["a"]


def test_an_articles_places_do_not_depend_on_the_articles_beside_it_in_a_chunk(index):
    club = article("a", "Harwich City drew 0-0 at Southport Albion on Friday.", ("Southport Albion", "ORG"))
    others = [article(f"o{n}", f"Officials in Kyiv said {n} drones were shot down over Ukraine.",
                      ("Kyiv", "PLACE"), ("Ukraine", "PLACE")) for n in range(3)]
    alone = geocode(index, club)
    assert alone["a", "Southport Albion"]["geocoded_by"] == "organization"  # not the whole name after 'at'
    for chunk in ([club, *others], [*others, club], [others[0], club, others[1]]):
        assert geocode(index, *chunk)["a", "Southport Albion"] == alone["a", "Southport Albion"]


def test_a_name_the_model_called_a_person_is_a_place_in_a_list_of_places(index):
    text = "Customers drive in from Mason and Cincinnati, and from Dayton, Ohio."
    places = geocode(index, article("a", text, ("Mason", "ORG"), ("Cincinnati", "PLACE"), ("Dayton", "PLACE"),
                                    ("Ohio", "PLACE")))
    assert (places["a", "Mason"]["country_code"], places["a", "Mason"]["region_code"]) == ("US", "US-OH")


WORDS = ["Athens", "Ga.", "Paris", "Texas", "Borno", "state", "village", "in", "of", "a", ",", "(", ")", "-", "Nile",
         "Zzyzx", "Springfield", "Ill.", "Iraqi", "the", "district", "County", "Orange", " ", "\n"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), st.data())
def test_every_place_entity_gets_one_place_or_a_reason_whatever_the_text(index, words, data):
    text = " ".join(words)
    surfaces = sorted({w for w in words if w[:1].isupper()})
    labels = [data.draw(st.sampled_from(["PLACE", "PERSON", "GROUP"])) for _ in surfaces]
    mentions, body = article("a", text, *zip(surfaces, labels))
    found = geocoded_mentions(mentions, pl.DataFrame([body]), index)
    rows = found.mention_places
    assert rows.schema == pl.Schema(MENTION_PLACE_SCHEMA)
    assert rows.select("article_id", "entity_id").is_unique().all()
    place_entities = {f"PLACE:{s}" for s, label in zip(surfaces, labels) if label == "PLACE"}
    assert place_entities <= set(rows["entity_id"])
    for row in rows.iter_rows(named=True):
        assert (row["place_id"] is None) == (row["geocoded_by"] is None) != (row["not_geocoded_because"] is None)
        assert row["geocoded_by"] in (None, *GEOCODED_BY) and row["not_geocoded_because"] in (None, *NOT_GEOCODED_BECAUSE)
    assert set(rows["place_id"].drop_nulls()) <= set(found.dim_place["place_id"])


@st.composite
def named_articles(draw, article_id: str) -> tuple[pl.DataFrame, dict]:
    """An article of any report and mentions at any spans of it, of any label, as the entity stage gives them."""
    text = draw(REPORTS)
    rows = []
    for start, size, label, country in sorted(draw(st.lists(st.tuples(
            st.integers(0, len(text)), st.integers(1, 20), st.sampled_from(["PLACE", "ORG", "GROUP", "PERSON"]),
            st.sampled_from([None, "IQ", "NG", "US", "XX"])), max_size=6)), key=lambda span: span[:2]):
        surface = text[start:start + size]
        if surface:
            rows.append({"article_id": article_id, "start": start, "end": start + len(surface), "text": surface,
                         "label": label, "sentence_index": text[:start].count(". "), "canonical_name": surface,
                         "entity_id": f"{label}:{surface}", "country_code": country, "learned_from": "observed"})
    return pl.DataFrame(rows, schema=STG_MENTION_SCHEMA), {"article_id": article_id, "body": text}


@pytest.mark.fuzz
@settings(max_examples=settings().max_examples // 5)  # of the profile's budget: each example geocodes on the whole index
@given(named_articles("a"), named_articles("b"))
def test_any_mentions_geocode_to_the_declared_schemas_the_same_alone_or_beside_another_article(index, first, second):
    def geocoded(*articles):
        mentions = pl.concat([mentions for mentions, _ in articles])
        bodies = pl.DataFrame([body for _, body in articles], schema={"article_id": pl.String, "body": pl.String})
        return geocoded_mentions(mentions, bodies, index)

    alone = geocoded(first)
    assert alone.mention_places.schema == pl.Schema(MENTION_PLACE_SCHEMA)
    assert alone.dim_place.schema == pl.Schema(DIM_PLACE_SCHEMA)
    assert set(alone.mention_places["place_id"].drop_nulls()) <= set(alone.dim_place["place_id"])
    assert all(isinstance(place, Place) for places in alone.by_article.values() for place in places.values())
    beside = geocoded(first, second)
    assert_frame_equal(beside.mention_places.filter(pl.col("article_id") == "a"), alone.mention_places)
    assert beside.by_article.get("a") == alone.by_article.get("a")
