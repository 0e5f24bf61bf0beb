"""The pages a night writes for people, opened in headless Chromium with the network shut: every chart
and the map drew, no script failed, nothing was asked of another host. Screenshots are kept as test
artifacts (tests/browser.py says where)."""

from datetime import date

from dateline.pages.report import write_report
from tests.warehouse.tiny import MARCH, populated


def test_the_report_draws_every_chart_and_the_map_offline(browser, tmp_path):
    page = write_report(populated().con, tmp_path / "report.html", since=MARCH.since, until=MARCH.until)
    rendered = browser.render(page, "report-march-2024")
    assert rendered.console_errors == []
    assert rendered.outside_requests == []
    assert len(rendered.chart_marks) == 8 and all(rendered.chart_marks.values()), rendered.chart_marks
    places_map, incident_map = rendered.chart_marks["chart-4"], rendered.chart_marks["chart-5"]
    assert places_map > 200 and incident_map > 200  # the land shapes, the borders and a circle per place


def test_an_empty_window_draws_no_axes_and_says_why(browser, tmp_path):
    page = write_report(populated().con, tmp_path / "empty.html", since=date(2023, 1, 1), until=date(2023, 1, 31))
    rendered = browser.render(page, "report-empty-window")
    assert rendered.console_errors == [] and rendered.outside_requests == []
    assert rendered.chart_marks == {}
    assert "No article was published from 2023-01-01 to 2023-01-31." in rendered.text
    assert "No incident with a known place from 2023-01-01 to 2023-01-31." in rendered.text
