"""`dateline extract` on the sample article: the model's known mistakes are fixed (issue cases)."""

import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.night.extract import Doc, Extraction, read_docs
from dateline.parameters import night_parameters
from tests.helpers import SAMPLE_ARTICLE
from tests.nights import built_reference_cache, give_built_reference_data


@pytest.fixture(scope="module")
def extraction():
    extraction = Extraction.load(built_reference_cache())
    yield extraction
    extraction.close()


@pytest.fixture(scope="module")
def sample_record(extraction) -> dict:
    [record] = extraction.records([Doc("sample", SAMPLE_ARTICLE.read_text())])
    return record


@pytest.fixture(scope="module")
def sample(sample_record) -> list[dict]:
    return sample_record["entities"]


def found(entities, text) -> list[tuple[str, str]]:
    return [(e["label"], e["canonical_name"]) for e in entities if e["text"] == text]


def test_offsets_point_into_the_given_text(sample):
    text = SAMPLE_ARTICLE.read_text()
    assert sample and all(text[e["start"]:e["end"]] == e["text"] for e in sample)


def test_extract_runs_the_nights_cleaning_and_checks(extraction):
    """Boilerplate and spacing go as they go in a night, offsets still point into the text as given, and a
    text the night would refuse is refused, saying why."""
    text = "  ANKARA,  Feb 3 - Turkish   officials met.\n\nAdvertisement\nThe  talks in  Ankara ended."
    [record, empty] = extraction.records([Doc("d", text), Doc("e", "")])
    places = [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"] if e["text"].lower() == "ankara"]
    assert places == [("ANKARA", "PLACE"), ("Ankara", "PLACE")]
    assert record["refused"] == []
    assert empty["entities"] == [] and empty["refused"]


def test_every_place_is_printed_with_where_it_is_at_its_own_offsets(extraction):
    text = "SPRINGFIELD, Ill. - Iraqi and Kenyan officials toured Springfield before flying on to Zzyzxqton."
    [record] = extraction.records([Doc("d", text)])
    places = {e["text"]: e for e in record["entities"] if "place" in e}
    springfield = places["SPRINGFIELD"]["place"]
    assert set(springfield) >= {"geonameid", "name", "level", "country_code", "admin1", "latitude", "longitude"}
    assert (springfield["geonameid"], springfield["level"], springfield["admin1"]) == (4250542, "town", "Illinois")
    assert places["Springfield"]["place"] == springfield  # one place per name within an article
    assert places["Iraqi"]["place"]["name"] == "Iraq" and places["Iraqi"]["geocoded_by"] == "nationality"
    unknown = places.get("Zzyzxqton")
    assert unknown is None or (unknown["place"] is None and unknown["not_geocoded_because"] == "not_in_gazetteer")
    assert all(text[e["start"]:e["end"]] == e["text"] for e in places.values())


def test_every_event_is_printed_coded_with_or_without_a_number(extraction):
    [line] = read_docs(json.dumps({"doc_id": "d", "published_date": "2024-03-14", "text": (
        "ABUJA, Nigeria - Boko Haram fighters attacked soldiers near Maiduguri late on Tuesday. "
        "On Wednesday, hundreds of traders protested in Kano against new market fees.")}), "in.jsonl")
    [record] = extraction.records([line])
    coded = [{k: i[k] for k in ("event_type", "sub_event_type", "event_date", "date_precision", "actor1", "actor2")}
             for i in record["incidents"]]
    assert coded == [
        {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2024-03-12", "date_precision": "day",
         "actor1": "Boko Haram", "actor2": "Military Forces (Nigeria)"},
        {"event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2024-03-13",
         "date_precision": "day", "actor1": "Protesters (Nigeria)", "actor2": None}]
    assert [i["place"] for i in record["incidents"]] == ["Maiduguri", "Kano"]  # not the dateline's Abuja


def test_all_caps_dateline_place_is_found(sample):
    assert sample[0]["text"] == "ERBIL"
    assert (sample[0]["label"], sample[0]["canonical_name"]) == ("PLACE", "Erbil")


def test_surname_after_a_title_is_the_prime_minister(sample):
    assert found(sample, "Sudani") == [("PERSON", "Mohammed Shia al-Sudani")]


def test_militia_with_curly_possessive_is_an_organization(sample):
    assert set(found(sample, "Kataib Hezbollah")) == {("ORG", "Kataib Hezbollah")}
    assert not [e for e in sample if e["text"].endswith(("’s", "'s"))]


def test_brigade_is_an_organization_not_a_person(sample):
    assert [label for label, _ in found(sample, "al-Nujaba")] == ["ORG"]


def test_leading_article_and_possessor_are_split_off(sample):
    assert [label for label, _ in found(sample, "US Central Command")] == ["ORG"]
    assert found(sample, "IRGC") == [("ORG", "Islamic Revolutionary Guard Corps")]
    assert found(sample, "Quds Force") == [("ORG", "Quds Force")]
    assert not [e for e in sample if e["text"].lower().startswith("the ")]


def test_region_and_town_are_two_places(sample):
    assert found(sample, "Anbar") == [("PLACE", "Anbar")]
    assert found(sample, "al-Qaem") == [("PLACE", "al-Qaem")]


def test_fragment_of_a_title_is_not_an_organization(sample):
    assert not [e for e in sample if "National Security" in e["text"]]
    assert found(sample, "Ali Akbar Ahmadian") == [("PERSON", "Ali Akbar Ahmadian")]


def test_acronym_and_variants_share_one_entity(sample):
    pmf = {e["entity_key"] for e in sample if e["text"] in ("PMF", "Popular Mobilization Forces")}
    us = {e["entity_key"] for e in sample if e["text"] in ("US", "U.S.")}
    assert len(pmf) == 1 and len(us) == 1


def test_nationalities_are_groups(sample):
    assert set(found(sample, "Iraqi")) == {("GROUP", "Iraqis")}
    assert set(found(sample, "Iranian")) == {("GROUP", "Iranians")}


def test_jsonl_input_gives_one_line_per_doc(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"doc_id": "d1", "text": "Olaf Scholz visited Paris."}) + "\n"
                    + json.dumps({"doc_id": "d2", "text": "Nothing here."}) + "\n")
    result = CliRunner().invoke(app, ["extract", str(path)])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["doc_id"] for line in lines] == ["d1", "d2"]
    assert {e["canonical_name"] for e in lines[0]["entities"]} == {"Olaf Scholz", "Paris"}
    assert lines[1]["entities"] == []


def test_plain_text_is_one_doc():
    assert read_docs("Just a story.\nSecond line.", "x.txt") == [Doc("x.txt", "Just a story.\nSecond line.")]


def test_known_multi_word_names_are_not_cut_by_the_model(extraction):
    text = "Ships reported the attack to the UK Maritime Trade Operations agency on Monday."
    [record] = extraction.records([Doc("d", text)])
    start = text.index("UK Maritime")
    assert [(e["text"], e["label"]) for e in record["entities"] if e["start"] == start] == [
        ("UK Maritime Trade Operations", "ORG")]


def test_extract_resolves_against_the_warehouse_entities_it_is_given(tmp_path):
    from warehouse.db import connect
    from warehouse.migrate import migrate

    warehouse = tmp_path / "w.duckdb"
    give_built_reference_data(night_parameters(warehouse=str(warehouse)))  # `extract` finds it beside the warehouse
    with connect(warehouse) as con:
        migrate(con)
        con.execute("INSERT INTO dim_entity (entity_key, entity_id, canonical_name, entity_type) "
                    "VALUES (1, 'ORG|brightwater analytics', 'Brightwater Analytics', 'ORG')")
    text = "Shares of Brightwater Analytycs rose 5% on Monday, the company said."
    alone = CliRunner().invoke(app, ["extract", "-"], input=text)
    known = CliRunner().invoke(app, ["extract", "-", "--warehouse", str(warehouse)], input=text)
    assert alone.exit_code == known.exit_code == 0, known.output
    names = lambda output: {e["text"]: e["canonical_name"] for e in json.loads(output)["entities"]}  # noqa: E731
    assert names(alone.output)["Brightwater Analytycs"] == "Brightwater Analytycs"
    # A misspelling of a warehouse entity joins it: the warehouse was really asked.
    assert names(known.output)["Brightwater Analytycs"] == "Brightwater Analytics"
