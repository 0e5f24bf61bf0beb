"""The browser harness itself, on small hand-written pages."""

import functools
import json
from pathlib import Path

import altair as alt
import pytest
import vl_convert

from tests.browser import Rendered, require_chromium

BAR_ROWS = [{"source": "wire", "articles": 3}, {"source": "radio", "articles": 5}, {"source": "paper", "articles": 2}]


@functools.cache
def vega_bundle() -> str:
    """vega, vega-lite and vegaEmbed as one script (~900 KB), made once: it takes seconds."""
    return vl_convert.javascript_bundle()


def bars(rows: list[dict]) -> dict:
    return alt.Chart(alt.Data(values=rows)).mark_bar().encode(x="source:N", y="articles:Q").to_dict()


def chart_page(path: Path, specs: dict[str, dict], *, signals_ready: bool = True) -> Path:
    """A page drawing each spec as SVG into the div of its id, the library inlined as the report will have it."""
    divs = "".join(f'<div id="{chart_id}"></div>' for chart_id in specs)
    embeds = f"Object.entries({json.dumps(specs)}).map(([id, spec]) => vegaEmbed('#' + id, spec, {{renderer: 'svg'}}))"
    draw = f"window.__rendered = Promise.all({embeds});" if signals_ready else f"{embeds};"
    return page(path, f'{divs}<script type="module">{vega_bundle()}\n{draw}</script>')


def page(path: Path, body: str) -> Path:
    path.write_text(f'<!doctype html><html><head><meta charset="utf-8"></head><body>{body}</body></html>')
    return path


@pytest.fixture(scope="module")
def two_charts(browser, tmp_path_factory) -> Rendered:
    """One chart with three bars and one with no rows: axes only."""
    html = chart_page(tmp_path_factory.mktemp("charts") / "charts.html", {"bars": bars(BAR_ROWS), "empty": bars([])})
    return browser.render(html, "harness-two-charts")


def test_each_chart_counts_its_own_data_marks(two_charts):
    assert two_charts.chart_marks == {"bars": 3, "empty": 0}


def test_axes_count_as_svg_marks_but_not_as_chart_marks(two_charts):
    assert two_charts.svg_marks > sum(two_charts.chart_marks.values())


def test_svg_marks_count_only_shapes_with_geometry(browser, tmp_path):
    html = page(tmp_path / "shapes.html", '<svg width="100" height="100">'
                '<defs><clipPath id="clip"><rect width="50" height="50"/></clipPath></defs>'
                '<rect width="10" height="10" clip-path="url(#clip)"/><text x="20" y="20">drawn</text>'
                '<path d="M0,0h0v0h0Z"/><text x="40" y="40"></text><circle r="4" style="display:none"/></svg>')

    assert browser.render(html, "harness-shapes").svg_marks == 2


def test_inlined_chart_page_logs_no_errors(two_charts):
    assert two_charts.console_errors == []


def test_inlined_chart_page_makes_no_outside_request(two_charts):
    assert two_charts.outside_requests == []


def test_screenshot_is_a_png(two_charts):
    assert two_charts.screenshot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_without_ready_signal_inline_charts_have_drawn_by_load(browser, tmp_path):
    html = chart_page(tmp_path / "unsignalled.html", {"bars": bars(BAR_ROWS)}, signals_ready=False)

    assert browser.render(html, "harness-unsignalled").chart_marks == {"bars": 3}


def test_outside_requests_are_recorded(browser, tmp_path):
    html = page(tmp_path / "outside.html", '<script src="https://cdn.example.com/x.js"></script>'
                '<img src="http://example.org/a.png"><script>new WebSocket("wss://feed.example.net/live")</script>')

    result = browser.render(html, "harness-outside")

    assert sorted(result.outside_requests) == [
        "http://example.org/a.png", "https://cdn.example.com/x.js", "wss://feed.example.net/live"]


@pytest.mark.parametrize("script", [
    "throw new Error('chart data missing')",
    "console.error('chart data missing')",
    "window.__rendered = Promise.reject(new Error('chart data missing'))",
    # Rejected while the harness awaits it: handled, so no uncaught error; the harness must say it.
    "window.__rendered = new Promise((_, reject) => setTimeout(() => reject(new Error('chart data missing')), 300))",
], ids=["uncaught", "console", "rejected-ready-signal", "ready-signal-rejects-while-awaited"])
def test_script_errors_are_recorded(browser, tmp_path, script):
    html = page(tmp_path / "throws.html", f"<p>report</p><script>{script}</script>")

    result = browser.render(html, "harness-throws")

    assert any("chart data missing" in error for error in result.console_errors), result.console_errors


def test_wait_for_selector_waits_for_late_content(browser, tmp_path):
    html = page(tmp_path / "late.html", "<script>setTimeout(() => document.body.innerHTML = "
                "'<p id=\"late\">drawn late</p>', 300)</script>")

    assert browser.render(html, "harness-late", wait_for="#late").text == "drawn late"


def test_page_never_ready_times_out(browser, tmp_path):
    html = page(tmp_path / "never.html", "<script>window.__rendered = new Promise(() => {})</script>")

    with pytest.raises(TimeoutError, match="not rendered within 500 ms"):
        browser.render(html, "harness-never", timeout_ms=500)


def test_missing_chromium_skips(tmp_path):
    with pytest.raises(pytest.skip.Exception, match="missing"):
        require_chromium(tmp_path / "chromium", required=False)


def test_missing_chromium_fails_when_required(tmp_path):
    with pytest.raises(pytest.fail.Exception, match="DATELINE_REQUIRE_BROWSER=1"):
        require_chromium(tmp_path / "chromium", required=True)
