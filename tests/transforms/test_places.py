import polars as pl
import pytest
from polars.testing import assert_frame_equal

from dateline.extraction.places import load_place_index
from tests.helpers import SEEDS
from transforms.places import (
    ADMIN1_ID_SCHEMA,
    CONTINENT_SCHEMA,
    FEATURE_SCHEMA,
    GEOCODED_SCHEMA,
    QUERY_SCHEMA,
    designated,
    place_frames,
)

AL_QAIM = "geonames:92138"
ANBAR = "region:IQ:01"
IDENTITY = ["query_id", "place_id", "country_code", "region", "precision"]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("places")


@pytest.fixture(scope="module")
def index(cache_dir):
    return load_place_index(SEEDS, cache_dir)  # built from the installed packages and the features table, and cached


def queries(*rows) -> pl.DataFrame:
    """(name, country hint, context countries) -> QUERY_SCHEMA rows q0, q1, ..."""
    return pl.DataFrame([(f"q{i}", *row) for i, row in enumerate(rows)], schema=QUERY_SCHEMA, orient="row")


def place(index, name, country_code=None, context=()) -> dict | None:
    rows = index.geocode(queries((name, country_code, list(context)))).to_dicts()
    return rows[0] if rows else None


@pytest.mark.parametrize(("name", "context"), [("al-Qaem", ["IQ"]), ("Al-Qaim", []), ("Al Qa'im", []),
                                               ("Al Qā’im", [])])
def test_spellings_of_al_qaim_meet_in_one_town(index, name, context):
    result = index.geocode(queries((name, None, context))).select(IDENTITY)
    expected = pl.DataFrame([("q0", AL_QAIM, "IQ", "Al Anbar", "town")], schema=result.schema, orient="row")
    assert_frame_equal(result, expected)


def test_town_is_inside_its_province_and_country_not_another_country(index):
    al_qaim, anbar, iraq, syria = index.geocode(queries(
        ("al-Qaem", "IQ", []), ("Anbar", None, []), ("Iraq", None, []), ("Syria", None, []))).to_dicts()
    assert index.place_contains(anbar, al_qaim) and index.place_contains(iraq, al_qaim)
    assert index.place_contains(iraq, anbar) and index.place_contains(al_qaim, al_qaim)
    assert not index.place_contains(syria, al_qaim) and not index.place_contains(al_qaim, anbar)


def test_rafah_with_and_without_diacritics_is_one_place(index):
    assert place(index, "Rafah")["place_id"] == place(index, "Rafaḩ")["place_id"] == "geonames:281102"


@pytest.mark.parametrize(("name", "place_id", "precision"), [
    ("Iraq", "country:IQ", "country"),
    ("Anbar province", ANBAR, "region"),
    ("Anbar", ANBAR, "region"),
    ("Lebanon", "country:LB", "country"),  # not one of the American towns called Lebanon
    ("Kurdistan Region of Iraq", "region:IQ:IQ-KR", "region"),
])
def test_country_and_region_names_resolve_to_areas(index, name, place_id, precision):
    found = place(index, name, "US" if name == "Lebanon" else None)
    assert (found["place_id"], found["precision"], found["feature_class"]) == (place_id, precision, "A")


def test_kurdistan_region_contains_erbil(index):
    assert index.place_contains(place(index, "Kurdistan Region of Iraq"), place(index, "Erbil"))


@pytest.mark.parametrize(("country_code", "context", "expected"), [
    ("LB", [], "LB"), ("LY", [], "LY"), (None, ["LB"], "LB"), (None, [], "LY")])  # else the larger
def test_country_hint_picks_between_same_named_towns(index, country_code, context, expected):
    assert place(index, "Tripoli", country_code, context)["country_code"] == expected


@pytest.mark.parametrize("name", ["Zzyzxville", "Of", "iraq", ""])
def test_unknown_lowercase_and_function_word_names_give_no_row(index, name):
    assert index.geocode(queries((name, None, []))).is_empty()


@pytest.mark.parametrize(("name", "country_code"), [("Reading", "GB"), ("Nice", "FR"), ("Mobile", "US")])
def test_common_word_names_take_the_city_not_a_village(index, name, country_code):
    assert place(index, name)["country_code"] == country_code


def test_kind_words_choose_region_or_town(index):
    assert place(index, "Washington State")["place_id"] == "region:US:WA"
    assert place(index, "Washington")["precision"] == "town"
    assert place(index, "Idlib province")["precision"] == "region"
    assert place(index, "Idlib")["precision"] == "town"


def test_output_follows_query_order_with_one_row_per_resolved_query(index):
    result = index.geocode(queries(("Kyiv", None, []), ("Nowhere-upon-Zzyzx", None, []), ("Kiev", None, []),
                                   ("Gaza", None, [])))
    assert result.schema == pl.Schema(GEOCODED_SCHEMA)
    assert result["query_id"].to_list() == ["q0", "q2", "q3"]
    assert result["place_id"][0] == result["place_id"][1]


def test_cached_index_equals_built_index(index, cache_dir):
    cached = load_place_index(SEEDS, cache_dir)
    assert_frame_equal(cached.places, index.places)
    assert_frame_equal(cached.names, index.names)


@pytest.mark.parametrize(("key", "expected"), [
    ("anbar province", ("anbar", "region")), ("kyiv city", ("kyiv", "town")),
    ("iqlim kurdistan", ("kurdistan", "region")), ("province of anbar", ("anbar", "region")),
    ("anbar", None), ("state college", None)])
def test_designator_words_are_split_off(key, expected):
    assert designated(key) == expected


def test_place_frames_name_regions_and_place_countries_at_their_towns():
    towns = pl.DataFrame([(92138, "Al Qā’im", 34.0, 41.0, "IQ", 74100, "01", ["Al-Qaim", "القائم", "DEZ"]),
                          (91, "Ar Ramadi", 32.0, 43.0, "IQ", 274539, "01", [])],
                         schema=["geonameid", "name", "latitude", "longitude", "country_code", "population",
                                 "admin1_code", "alternate_names"], orient="row")
    town_regions = pl.DataFrame({"country_code": ["IQ"], "latitude": [34.0], "longitude": [41.0],
                                 "region": ["Al Anbar"], "county": ["Qaḑā’ al Qā’im"]})
    subdivisions = pl.DataFrame({"code": ["IQ-AN"], "country_code": ["IQ"], "name": ["Al Anbār"],
                                 "parent_code": [None]}, schema_overrides={"parent_code": pl.String})
    countries = pl.DataFrame({"country_code": ["IQ"], "geonameid": [99237], "name": ["Iraq"],
                              "official_name": ["Republic of Iraq"], "common_name": [None], "geonames_name": ["Iraq"],
                              "population": [38433600]}, schema_overrides={"common_name": pl.String})
    continents = pl.DataFrame([("AS", 6255147, "Asia", 29.8, 89.3, 3_812_366_000, ["Asien"])], schema=CONTINENT_SCHEMA,
                              orient="row")
    features = pl.DataFrame([("euphrates", None, "Euphrates", "H", None, 34.5, 40.9, ["Euphrates River"])],
                            schema=FEATURE_SCHEMA, orient="row")
    places, names = place_frames(towns, town_regions, subdivisions, countries, pl.DataFrame(schema=ADMIN1_ID_SCHEMA),
                                 continents, features)
    result = places.select("place_id", "geonameid", "name", "level", "region", "region_code", "region_id", "latitude",
                           "longitude", "population", "parent_id")
    assert places.filter(pl.col("place_id") == "geonames:92138")["admin2_id"].to_list() == ["admin2:IQ:01:Qaḑā’ al Qā’im"]
    qaim_district = "admin2:IQ:01:Qaḑā’ al Qā’im"
    expected = pl.DataFrame([
        (qaim_district, None, "Qaḑā’ al Qā’im", "admin2", "Al Anbar", "IQ-AN", ANBAR, 34.0, 41.0, 74100, ANBAR),
        ("continent:AS", 6255147, "Asia", "continent", None, None, None, 29.8, 89.3, 3_812_366_000, None),
        ("country:IQ", 99237, "Iraq", "country", None, None, None, 33.0, 42.0, 38433600, None),
        ("feature:euphrates", None, "Euphrates", "feature", None, None, None, 34.5, 40.9, None, None),
        ("geonames:91", 91, "Ar Ramadi", "town", "Al Anbar", "IQ-AN", ANBAR, 32.0, 43.0, 274539, ANBAR),
        ("geonames:92138", 92138, "Al Qā’im", "town", "Al Anbar", "IQ-AN", ANBAR, 34.0, 41.0, 74100, qaim_district),
        (ANBAR, None, "Al Anbar", "admin1", "Al Anbar", "IQ-AN", None, 33.0, 42.0, 348639, "country:IQ"),
    ], schema=result.schema, orient="row")
    assert_frame_equal(result, expected)
    assert names.filter(pl.col("place_id") == "geonames:92138")["name_key"].to_list() == ["qaim"]  # no Arabic, no code
    assert sorted(names.filter(pl.col("place_id") == "country:IQ")["name_key"]) == ["iraq", "republic of iraq"]
    assert sorted(names.filter(pl.col("place_id") == qaim_district)["name_key"]) == ["qada qaim", "qaim"]
    assert names.filter(pl.col("place_id") == "feature:euphrates").sort("name_key").rows() == [
        ("euphrates", "feature:euphrates", False), ("euphrates river", "feature:euphrates", True)]
