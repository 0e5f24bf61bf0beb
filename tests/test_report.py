"""The analysts' report on a hand-built warehouse: what each section shows for a window, and that the
page stands alone. tests/test_pages_in_browser.py renders it in Chromium."""

import re
from datetime import date

import pytest

from dateline.pages.report import ReportError, Window, build_report, window_for, write_report
from tests.warehouse.tiny import HOSTILE, MARCH, populated


def by_title(report):
    return {section.title: section for section in report.sections}


def test_every_section_draws_from_the_window():
    sections = by_title(build_report(populated().con, MARCH))
    assert [title for title, section in sections.items() if section.spec is None] == [
        "Data quality of the latest run"]  # a table and a note, not a chart
    days = {value["date"] for value in sections["Articles per day and source"].spec["datasets"].values()
            for value in value}
    assert len(days) == 14


def test_titles_name_the_window_and_axes_their_units():
    spec = by_title(build_report(populated().con, MARCH))["Killed and wounded per day"].spec
    assert "2024-03-01 to 2024-03-14" in spec["title"]
    assert spec["encoding"]["y"]["title"] == "people (best estimate per incident)"
    assert spec["encoding"]["x"]["title"] == "day of the incident (UTC)"


def test_events_are_counted_on_the_day_they_happened_by_type():
    spec = by_title(build_report(populated().con, MARCH))["Events per day and type"].spec
    rows = {(row["date"][:10], row["event_type"], row["events"]) for row in next(iter(spec["datasets"].values()))}
    # the clash reported on 3 March happened on the 2nd; the incident no text types is still counted
    assert rows == {("2024-03-02", "Battles", 1), ("2024-03-10", "Violence against civilians", 1),
                    ("2024-03-11", "Not typed", 1)}


def test_rising_and_falling_compare_the_last_week_with_the_one_before():
    frame = by_title(build_report(populated().con, MARCH))["Entities rising and falling"].spec
    rows = {row["canonical_name"]: row["direction"] for row in next(iter(frame["datasets"].values()))}
    assert rows == {"M23": "rising", "Ana Diaz": "falling",  # UN and HOSTILE: as often in both weeks
                    "Goma": "falling", "North Kivu": "rising", "Africa": "rising"}


def test_the_map_places_only_incidents_with_a_place_and_says_how_many_are_missing():
    section = by_title(build_report(populated().con, MARCH))["Events on the map"]
    points = section.spec["layer"][2]
    places = {(row["place"], row["event_type"]) for row in section.spec["datasets"][points["data"]["name"]]}
    assert places == {("Goma", "Battles"), ("North Kivu", "Violence against civilians")}
    assert section.note.startswith("1 of 3 incidents have no geocoded place and are not on the map.")


def test_the_incidents_listed_under_the_map_are_those_most_sources_report_first():
    table = by_title(build_report(populated().con, MARCH))["Events on the map"].table
    assert [(row["event type"], row["place"], row["sources"], row["clustering confidence"]) for row in table] == [
        ("Battles", "Goma", 2, 0.88), ("Violence against civilians", "North Kivu", 1, None), ("Not typed", None, 1, None)]


def test_places_in_the_news_are_mapped_by_articles_with_what_is_named_beside_them():
    section = by_title(build_report(populated().con, MARCH))["Places in the news"]
    points = section.spec["layer"][2]
    rows = {row["place"]: row for row in section.spec["datasets"][points["data"]["name"]]}
    assert set(rows) == {"Goma", "North Kivu"}  # a continent is no dot on the map
    assert (rows["Goma"]["articles"], rows["Goma"]["mentions"], rows["Goma"]["level"]) == (3, 6, "town")
    assert rows["Goma"]["named_with"] == "UN, Ana Diaz, M23"  # by articles naming both, then by name
    assert [row["place"] for row in section.table] == ["Goma", "North Kivu"]


def test_an_empty_window_says_so_instead_of_drawing_empty_axes():
    report = build_report(populated().con, Window(date(2023, 1, 1), date(2023, 1, 31)))
    assert all(section.spec is None for section in report.sections)
    assert by_title(report)["Articles per day and source"].empty == (
        "No article was published from 2023-01-01 to 2023-01-31.")


def test_a_one_day_window_has_nothing_to_compare_trends_with():
    report = build_report(populated().con, Window(date(2024, 3, 14), date(2024, 3, 14)))
    assert by_title(report)["Articles per day and source"].spec is not None
    assert by_title(report)["Entities rising and falling"].empty == (
        "A window of one day has no earlier days to compare it with.")


def test_the_window_defaults_to_the_30_days_up_to_the_latest_publication_day():
    assert window_for(populated().con, None, None) == Window(date(2024, 2, 14), date(2024, 3, 14))
    assert window_for(populated().con, date(2024, 3, 10), None) == Window(date(2024, 3, 10), date(2024, 3, 14))


def test_a_window_that_ends_before_it_starts_is_refused():
    with pytest.raises(ReportError, match="starts"):
        Window(date(2024, 3, 2), date(2024, 3, 1))


def test_the_page_stands_alone_and_names_cannot_break_out_of_its_script(tmp_path):
    page = write_report(populated().con, tmp_path / "report.html", since=MARCH.since, until=MARCH.until)
    html = page.read_text(encoding="utf-8")
    markup = re.sub(r"<script>.*?</script>", "", html, flags=re.S)
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b[^>]*\b(src|href|data)=", markup)  # nothing fetched
    assert HOSTILE not in html  # written as \u003c/script>... inside the data
    assert html.count("</script>") == 2  # the Vega bundle's and the charts'
    assert "1 checks passed" not in html and "Run night-1 (succeeded" in html


def test_the_report_links_the_runs_data_quality_page_relative_to_itself(tmp_path):
    dq = tmp_path / "dq" / "night-1.html"
    dq.parent.mkdir()
    dq.write_text("<html></html>")
    page = write_report(populated().con, tmp_path / "report.html", since=MARCH.since, until=MARCH.until,
                        dq_report=dq)
    assert 'href="dq/night-1.html"' in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("values, shown", [([1, 1], [1]), ([1, 2], [1, 2]), ([2, 30], [2, 11, 21, 30])])
def test_legends_of_counts_show_whole_numbers(values, shown):
    import polars as pl

    from dateline.pages.charts import whole_legend

    assert whole_legend(pl.Series(values)).to_dict()["values"] == shown


def test_the_vega_libraries_are_bundled_once_per_version_and_read_back_whole(tmp_path, monkeypatch):
    import vl_convert

    from dateline.pages.report import _vega_bundle

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = _vega_bundle.__wrapped__()
    cached = tmp_path / "dateline" / f"vega-bundle-{vl_convert.__version__}.js"
    assert cached.read_text(encoding="utf-8") == built and "vega-lite" in built
    cached.write_text("// kept", encoding="utf-8")
    assert _vega_bundle.__wrapped__() == "// kept"  # read from the cache, not bundled again
    cached.unlink()
    cached.parent.chmod(0o500)  # a home it cannot write: bundled each time, the report still whole
    try:
        assert _vega_bundle.__wrapped__() == built
    finally:
        cached.parent.chmod(0o700)


def test_both_maps_draw_land_and_borders_from_named_datasets_of_their_spec():
    sections = by_title(build_report(populated().con, MARCH))
    for title in ("Places in the news", "Events on the map"):
        spec = sections[title].spec
        land, borders, _ = spec["layer"]
        assert (land["data"], borders["data"]) == ({"name": "world-land"}, {"name": "world-borders"})
        assert len(spec["datasets"]["world-land"]) > 100  # the continents and islands, as polygons
        assert {f["geometry"]["type"] for f in spec["datasets"]["world-land"]} == {"Polygon"}
        assert spec["datasets"]["world-borders"][0]["geometry"]["type"] == "MultiLineString"
