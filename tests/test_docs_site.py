"""dateline/pages/docs_site.py: the documentation site of a tiny, really migrated warehouse."""

import re
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from dateline.pages.docs_site import format_sql, relation_checks, write_docs_site
from expectations.suites import SUITES_DIR, load_suite
from tests.warehouse.tiny import Tiny
from warehouse.catalog import Catalog, load_schema_docs


class Page(HTMLParser):
    """What a test reads of a page: its links and other URLs, its tags, and each section's text and
    table rows (cell texts, by the row's id when it has one)."""

    def __init__(self, path: Path):
        super().__init__()
        self.urls: list[str] = []
        self.tags: set[str] = set()
        self.text: dict[str, str] = {}
        self.rows: dict[str, list[list[str]]] = {}
        self.row_ids: dict[str, dict[str, list[str]]] = {}
        self._section, self._row, self._row_id, self._cell = "", None, None, None
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        self.urls += [value for name, value in attrs.items() if name in ("href", "src") and value]
        if tag == "br":
            self.handle_data(" ")
        elif tag == "section":
            self._section = attrs.get("id", "")
        elif tag == "tr":
            self._row, self._row_id = [], attrs.get("id")
        elif tag in ("td", "th") and self._row is not None:
            self._cell = ""

    def handle_endtag(self, tag):
        if tag == "section":
            self._section = ""
        elif tag in ("td", "th") and self._cell is not None:
            self._row.append(" ".join(self._cell.split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.setdefault(self._section, []).append(self._row)
            if self._row_id:
                self.row_ids.setdefault(self._section, {})[self._row_id] = self._row
            self._row = None

    def handle_data(self, data):
        self.text[self._section] = self.text.get(self._section, "") + data
        if self._cell is not None:
            self._cell += data

    def section(self, name: str) -> str:
        return " ".join(self.text.get(name, "").split())

    def links(self) -> set[str]:
        return {url.split("#")[0] for url in self.urls}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[duckdb.DuckDBPyConnection, Path]:
    """A tiny warehouse (two articles, an incident at a place, a run with a failed check) and its site."""
    tiny = Tiny()
    tiny.article(1, "Wire", datetime(2024, 3, 1, 9))
    tiny.article(2, "Post", datetime(2024, 3, 1, 11))
    tiny.entity("Ana Diaz")
    tiny.mention(1, "Ana Diaz", count=2)
    tiny.place("Erbil", "IQ", 36.19, 44.01)
    tiny.incident(7, date(2024, 3, 1), reports=[1, 2], place="Erbil", killed=3)
    tiny.run("r1", datetime(2024, 3, 2, 2))
    tiny.con.execute("""INSERT INTO ops_dq_results (run_id, suite, expectation, on_failure, success, unexpected_count,
                                                    checked_at)
                        VALUES ('r1', 'stg_articles', 'expect_column_values_to_be_between(word_count)', 'quarantine',
                                false, 2, '2024-03-02 02:00')""")
    out = tmp_path_factory.mktemp("docs") / "site"
    index = write_docs_site(tiny.con, out)
    assert index == out / "index.html"
    return tiny.con, out


def relations(con) -> dict:
    return Catalog.read(con).relations


def test_index_links_every_table_and_view_to_a_page_that_exists(site):
    con, out = site
    links = Page(out / "index.html").links()
    for name in relations(con):
        assert f"{name}.html" in links, name
        assert (out / f"{name}.html").exists(), name


def test_every_link_of_every_page_leads_to_a_page_of_the_site(site):
    _, out = site
    for path in out.glob("*.html"):
        for link in Page(path).links():
            assert (out / link).exists(), f"{path.name} links {link}"


def test_index_gives_each_relation_its_kind_rows_and_description(site):
    con, out = site
    rows = {row[0]: row for rows in Page(out / "index.html").rows.values() for row in rows}
    assert rows["fct_incident"] == ["fct_incident", "table", "1", relations(con)["fct_incident"].comment]
    assert rows["fct_article_incident"][2] == "2"
    assert rows["mart_incidents"][1:3] == ["view", "1"]


def test_the_site_asks_for_nothing_outside_itself(site):
    _, out = site
    for path in out.glob("*.html"):
        page = Page(path)
        assert not {"script", "link", "img", "iframe"} & page.tags, path.name
        assert all(not re.match(r"[a-z][a-z0-9+.-]*:|//", url) for url in page.urls), path.name
        assert "default-src 'none'" in path.read_text(encoding="utf-8")


def test_a_table_page_lists_its_columns_with_types_and_descriptions(site):
    con, out = site
    page = Page(out / "fct_incident.html")
    rows = page.row_ids["columns"]
    columns = relations(con)["fct_incident"].columns
    assert list(rows) == [column.name for column in columns]
    for column in columns:
        name, type_, description, _ = rows[column.name]
        assert name.split()[0] == column.name
        assert type_.split()[0] == column.type
        assert description.startswith(column.comment)
    assert rows["incident_key"][0] == "incident_key PK"
    assert rows["place_key"][0] == "place_key FK"
    assert "→ dim_place.place_key" in rows["place_key"][2]
    assert rows["kind"][1] == "VARCHAR not null"


def test_a_table_page_gives_grain_keys_and_referencing_columns(site):
    _, out = site
    page = Page(out / "fct_incident.html")
    assert "Grain: " + load_schema_docs().relations["fct_incident"].grain in page.section("")
    keys = page.section("keys")
    assert "Primary key (names a row): incident_key" in keys
    assert "date_key references dim_date.date_key" in keys
    assert "fct_article_incident.incident_key" in keys  # referenced by


def test_a_table_page_lists_the_expectations_that_check_it_with_the_latest_result(site):
    _, out = site
    rows = Page(out / "dim_article.html").rows["checks"][1:]
    assert ["stg_articles staged", "expect_column_values_to_be_between", "word_count", "min_value=1", "quarantine",
            "failed (2 rows)"] in rows
    assert ["stg_articles staged", "expect_column_values_to_be_unique", "article_id", "", "fail_run", "not run"] in rows
    assert ["warehouse", "expect_natural_keys_unique", "article_id", "query dq_duplicate_natural_keys", "fail_run",
            "not run"] in rows
    columns = Page(out / "dim_article.html").row_ids["columns"]
    assert "between" in columns["word_count"][3]


def test_a_table_page_says_which_stage_writes_it_and_how(site):
    _, out = site
    lineage = Page(out / "dim_article.html").section("lineage")
    assert "Written by the load stage." in lineage
    assert "upsert on (article_key)" in lineage
    assert "Written by the check stage." in Page(out / "fct_incident.html").section("lineage")


def test_lineage_goes_both_ways_between_a_view_and_what_it_reads(site):
    _, out = site
    mart = Page(out / "mart_incidents.html")
    assert "Reads dim_date, dim_entity, dim_place, fct_incident" in mart.section("lineage")
    assert "fct_incident.html" in mart.links()
    assert "mart_incidents" in Page(out / "fct_incident.html").section("lineage").split("Read by", 1)[1]
    assert "CREATE VIEW mart_incidents AS" in mart.section("sql")


def test_a_mart_page_gives_the_grain_of_its_file(site):
    _, out = site
    assert "Grain: one row per real-world incident" in Page(out / "mart_incidents.html").section("")


def test_a_view_column_names_the_column_whose_description_it_takes(site):
    _, out = site
    rows = Page(out / "v_article.html").row_ids["columns"]
    assert "as in dim_article.title" in rows["title"][2]


def test_the_columns_page_lists_every_column_of_every_relation(site):
    con, out = site
    rows = Page(out / "columns.html").rows[""][1:]
    assert len(rows) == sum(len(relation.columns) for relation in relations(con).values())
    assert ["is_subset", "fct_event_count", "BOOLEAN",
            relations(con)["fct_event_count"].columns[-1].comment] in rows


def test_an_undocumented_relation_and_column_show_as_such(tmp_path):
    con = duckdb.connect()
    Tiny(con)
    con.execute("CREATE TABLE scratch (x INTEGER)")
    con.execute("ALTER TABLE dim_source ADD COLUMN homepage VARCHAR")
    con.execute("COMMENT ON COLUMN dim_source.source_name IS '<b>bold</b> & co'")
    index = write_docs_site(con, tmp_path)
    assert "Other" in Page(index).section("other")
    assert Page(tmp_path / "dim_source.html").row_ids["columns"]["homepage"][2] == "no description"
    html = (tmp_path / "dim_source.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in html


def test_every_expectation_of_every_suite_checks_a_relation_or_the_run(site):
    con, _ = site
    suites = [load_suite(path.stem, SUITES_DIR) for path in sorted(SUITES_DIR.glob("*.yml"))]
    checks, run_level = relation_checks(con, Catalog.read(con), load_schema_docs(), suites, {})
    placed = {(t.suite, t.expectation.name) for found in checks.values() for t in found}
    assert placed | {(t.suite, t.expectation.name) for t in run_level} == {
        (suite.table, check.name) for suite in suites for check in suite.checks}
    assert [t.expectation.type for t in run_level] == ["expect_rows_in_to_equal_loaded_duplicates_quarantined"]


def test_a_warehouse_check_names_the_columns_of_the_keys_its_query_checks(site):
    con, _ = site
    suites = [load_suite("warehouse", SUITES_DIR)]
    checks, _ = relation_checks(con, Catalog.read(con), load_schema_docs(), suites, {})
    by_type = {t.expectation.type: t.columns for t in checks["fct_event_count"]}
    assert by_type["expect_table_keys_unique"] == ("article_key", "char_offset")
    assert by_type["expect_fact_keys_in_dimensions"] == ("article_key", "place_entity_key", "actor_entity_key")


def test_formatting_a_view_changes_only_its_whitespace_and_puts_each_clause_on_its_line(site):
    con, _ = site
    for relation in relations(con).values():
        if relation.sql:
            formatted = format_sql(relation.sql)
            assert re.sub(r"\s+", "", formatted) == re.sub(r"\s+", "", relation.sql), relation.name
    assert format_sql("CREATE VIEW v AS SELECT a, count(*) FILTER (WHERE b > 1) AS n FROM t JOIN u USING (k) "
                      "WHERE a IN (SELECT a FROM w) GROUP BY a") == (
        "CREATE VIEW v AS\nSELECT a,\n    count(*) FILTER (WHERE b > 1) AS n\nFROM t\nJOIN u USING (k)\n"
        "WHERE a IN (\n    SELECT a\n    FROM w)\nGROUP BY a")


def test_pages_open_in_a_browser_with_the_network_shut(browser, site):
    con, out = site
    kinds = [relation.kind for relation in relations(con).values()]
    overview = f"{kinds.count('table')} tables and {kinds.count('view')} views"
    for name, heading in (("index", overview), ("fct_incident", "Grain: One row per real-world incident"),
                          ("mart_incidents", "Reads dim_date"), ("columns", "All columns A–Z")):
        rendered = browser.render(out / f"{name}.html", f"docs-{name}", wait_for="main footer")
        assert rendered.console_errors == [] and rendered.outside_requests == [], name
        assert heading in rendered.text, name
