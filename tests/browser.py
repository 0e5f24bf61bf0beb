"""Headless Chromium for tests: render a self-contained HTML file offline and report what it drew.

A test asks for the `browser` fixture (registered in tests/conftest.py) and renders a file:

    def test_report_draws_every_chart(browser, tmp_path):
        rendered = browser.render(write_report(tmp_path), "nightly-report")
        assert rendered.console_errors == []
        assert rendered.outside_requests == []
        assert rendered.chart_marks and all(rendered.chart_marks.values())

When is a page rendered? After its load event, the first of these that applies:
1. the page set `window.__rendered` to a promise by then (e.g. `Promise.all` of its `vegaEmbed` calls):
   the harness awaits it; a rejection is recorded as a console error. Pages we write should do this.
2. `wait_for` was given: until an element matches that CSS selector.
3. otherwise: the load event is enough. Inline `vegaEmbed` calls on inline data have drawn by then
   (measured), but a page that draws later (timers, awaited fetches) must say so with 1 or 2.
Not ready within `timeout_ms` raises TimeoutError (the screenshot is still taken).

Without /usr/bin/chromium the fixture skips, unless DATELINE_REQUIRE_BROWSER=1 (CI), then it fails.
Screenshots go to $DATELINE_TEST_ARTIFACTS, else <repo>/test-artifacts/screenshots/.
"""

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Route, WebSocketRoute, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[1]
LOCAL_SCHEMES = frozenset({"file", "data", "blob"})
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # Even with the flags above, Chromium 156 itself asks update.googleapis.com and accounts.google.com
    # (its net log shows the DNS queries); the browser's own requests bypass context.route, so no name
    # is resolved at all.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
    # Debian's launcher means to add this when /dev/shm is small, but its check breaks when findmnt
    # prints two lines; a small /dev/shm crashes the renderer on large pages.
    "--disable-dev-shm-usage",
]

# Awaited once (wait_for_function does not poll again on a falsy result from an async function).
AWAIT_RENDERED_JS = """async () => {
  try { await window.__rendered; } catch (error) { console.error(`window.__rendered rejected: ${error}`); }
  return true;
}"""

# Drawn means a non-empty box on screen: Vega leaves zero-size paths (d="M0,0h0v0h0Z") for absent
# backgrounds, and elements under display:none or in <defs> have no box.
DRAWN_JS = """() => {
  const drawn = el => { const box = el.getBoundingClientRect(); return box.width > 0 || box.height > 0; };
  const count = (root, selector) => [...root.querySelectorAll(selector)].filter(drawn).length;
  const chartMarks = {};
  document.querySelectorAll('.vega-embed').forEach((chart, i) => {
    chartMarks[chart.id || String(i)] = count(chart, 'svg .role-mark > *');
  });
  return {
    svgMarks: count(document, 'svg :is(path, rect, circle, ellipse, line, polyline, polygon, text, image, use)'),
    chartMarks,
    canvases: count(document, 'canvas'),
    text: document.body.innerText,
  };
}"""


@dataclass(frozen=True)
class Rendered:
    """What one page did in the browser."""

    console_errors: list[str]  # console.error messages and uncaught errors, failed resource loads included
    outside_requests: list[str]  # URLs the page asked for that are not file:, data: or blob: (all were aborted)
    svg_marks: int  # drawn shapes in any <svg>: data marks, but also axes, legends and icons
    chart_marks: dict[str, int]  # per Vega chart (container id, else its index): drawn data marks only
    canvases: int  # <canvas> elements with a size; whether they hold pixels is not checked
    screenshot: Path  # full-page PNG
    text: str  # document.body.innerText


class Chromium:
    """One headless Chromium for a test module; each render gets a fresh context, so no cache or storage is shared."""

    def __init__(self, browser: Browser, screenshots: Path):
        self._browser = browser
        self._screenshots = screenshots

    def render(self, html: Path, screenshot_name: str, wait_for: str | None = None,
               timeout_ms: int = 30_000) -> Rendered:
        """Open html from disk, network shut; wait until it is rendered, screenshot it and count what it drew."""
        errors: list[str] = []
        outside: list[str] = []
        context = self._browser.new_context(viewport={"width": 1280, "height": 800})
        context.route("**/*", lambda route: _local_only(route, outside))
        context.route_web_socket(re.compile(".*"), lambda socket: _refuse_socket(socket, outside))
        page = context.new_page()
        page.on("console", lambda message: _record_console_error(message, errors))
        page.on("pageerror", lambda error: errors.append(f"{error.name}: {error.message}"))
        screenshot = self._screenshots / f"{screenshot_name}.png"
        try:
            page.goto(html.resolve().as_uri(), timeout=timeout_ms)
            try:
                _wait_until_rendered(page, wait_for, timeout_ms)
            except PlaywrightTimeout:
                page.screenshot(path=screenshot, full_page=True)
                raise TimeoutError(f"{html.name} not rendered within {timeout_ms} ms; console errors: {errors}; "
                                   f"outside requests: {outside}; screenshot: {screenshot}") from None
            page.screenshot(path=screenshot, full_page=True)
            drawn = page.evaluate(DRAWN_JS)
        finally:
            context.close()
        return Rendered(console_errors=errors, outside_requests=outside, svg_marks=drawn["svgMarks"],
                        chart_marks=drawn["chartMarks"], canvases=drawn["canvases"], screenshot=screenshot,
                        text=drawn["text"])


def _wait_until_rendered(page: Page, wait_for: str | None, timeout_ms: int) -> None:
    """See "When is a page rendered?" in the module docstring."""
    if page.evaluate("() => '__rendered' in window"):
        page.wait_for_function(AWAIT_RENDERED_JS, timeout=timeout_ms)
    elif wait_for:
        page.wait_for_selector(wait_for, state="attached", timeout=timeout_ms)


def _local_only(route: Route, outside: list[str]) -> None:
    url = route.request.url
    if urlsplit(url).scheme in LOCAL_SCHEMES:
        route.continue_()
        return
    outside.append(url)
    route.abort()


def _refuse_socket(socket: WebSocketRoute, outside: list[str]) -> None:
    # A WebSocket bypasses context.route; not connecting it to the server keeps it on the machine.
    outside.append(socket.url)
    socket.close()


def _record_console_error(message: ConsoleMessage, errors: list[str]) -> None:
    if message.type != "error":
        return
    # "Failed to load resource" names no resource in its text; the location does.
    where = message.location.get("url")
    errors.append(f"{message.text} ({where})" if where else message.text)


def require_chromium(executable: Path, required: bool) -> None:
    """Skip the calling test when executable is missing, or fail it when the run requires a browser."""
    if executable.exists():
        return
    reason = f"{executable} is missing: apt-get install chromium"
    if required:
        pytest.fail(f"{reason} (DATELINE_REQUIRE_BROWSER=1)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    """Debian's Chromium, launched once per test module with a fresh profile and no network. Not once
    per session: Playwright's sync API keeps an event loop running while it is open, and Prefect's
    sync-or-async calls (flow.to_deployment, ...) then return coroutines in every later test."""
    require_chromium(CHROMIUM, required=os.environ.get("DATELINE_REQUIRE_BROWSER") == "1")
    screenshots = Path(os.environ.get("DATELINE_TEST_ARTIFACTS") or REPO / "test-artifacts" / "screenshots")
    screenshots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        # launch() gives every run a new empty user data dir, and removes it on close.
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield Chromium(chromium, screenshots)
        finally:
            chromium.close()
