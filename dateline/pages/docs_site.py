"""The warehouse's documentation site, dbt docs offline: an index of every table and view, and a page
each with its grain, columns (types, descriptions, keys), the expectations that check it, the stage
that writes it and its lineage. Descriptions come from the DuckDB catalog (warehouse/schema.yml,
applied by migrate); static HTML, inline CSS, no script."""

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb
import jinja2

from dateline.files import write_atomically
from expectations.suites import SUITES_DIR, Check, Suite, load_suite
from warehouse.catalog import Catalog, Keys, Relation, SchemaDocs, load_schema_docs, mart_grains, relations_read
from warehouse.db import sql
from warehouse.load import WRITES
from warehouse.migrate import MARTS_DIR

TEMPLATES = Path(str(resources.files("dateline.pages") / "templates"))
# Index sections by name prefix, in the order an analyst meets them.
SECTIONS = (
    ("raw_", "Raw layer", "Every article record as read, before cleaning; what everything else is rebuilt from."),
    ("dim_", "Dimensions", "The things facts are about: articles, sources, days, entities, places."),
    ("fct_", "Facts", "What the articles report: mentions, counts, incidents, near-duplicates."),
    ("mart_", "Marts", "Ready-made answers, one view per question, recreated on every migrate."),
    ("v_", "Analyst views", "Facts joined with their dimensions' names: good places to start."),
    ("ops_", "Operations", "How the nights went: runs, checks, quarantine, landing files, migrations."),
)
OTHER_SECTION = ("", "Other", "Relations this documentation does not know.")
KEY_LITERAL = re.compile(r"'(?P<table>[a-z_][a-z0-9_]*)\.(?P<columns>[a-z_][a-z0-9_]*(?:\+[a-z_][a-z0-9_]*)*)'")
CLAUSES = ("FULL OUTER JOIN", "LEFT JOIN", "RIGHT JOIN", "INNER JOIN", "CROSS JOIN", "SEMI JOIN", "ANTI JOIN",
           "ASOF JOIN", "POSITIONAL JOIN", "JOIN", "SELECT", "FROM", "WHERE", "GROUP BY", "HAVING", "QUALIFY",
           "WINDOW", "ORDER BY", "LIMIT", "UNION ALL", "UNION", "EXCEPT", "INTERSECT")
SQL_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\(|\)|,|\b(?:" + "|".join(
    c.replace(" ", r"\s+") for c in CLAUSES) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class RelationCheck:
    """An expectation that checks a relation: on its rows, or on the staged frame that becomes them."""

    suite: str
    expectation: Check
    columns: tuple[str, ...]
    staged: bool  # checked on the staged frame before it is written (a column may be the frame's own)
    last_result: str  # in the latest run that recorded checks: passed, failed (n rows), not run

    @property
    def short_name(self) -> str:
        """'expect_column_values_to_not_be_null' -> 'not null', for a column's badge."""
        name = self.expectation.type.removeprefix("expect_")
        for prefix in ("column_values_to_", "column_pair_values_", "column_"):
            name = name.removeprefix(prefix)
        return name.replace("_to_be_", " ").replace("be_", "").replace("_", " ")

    @property
    def result_class(self) -> str:
        return self.last_result.split(" ")[0] if self.last_result != "not run" else "not-run"

    @property
    def arguments(self) -> str:
        shown = {k: v for k, v in self.expectation.kwargs.items() if k not in ("column", "column_A", "column_B")}
        return ", ".join(f"{k}={v}" for k, v in shown.items()) or (f"query {self.expectation.query}" if self.expectation.query
                                                                   else "")


@dataclass(frozen=True)
class ColumnRow:
    name: str
    type: str
    nullable: bool
    description: str | None
    same_as: str | None  # 'relation.column' whose description it takes
    badges: tuple[str, ...]  # PK, NK
    references: str | None  # 'relation.column' it points to
    checks: tuple[RelationCheck, ...]


@dataclass(frozen=True)
class RelationPage:
    name: str
    kind: str
    section: str
    description: str | None
    grain: str | None
    rows: int | None
    columns: tuple[ColumnRow, ...]
    primary: tuple[str, ...]
    natural: tuple[str, ...]
    references: tuple[tuple[str, str], ...]  # (column, relation.column)
    referenced_by: tuple[str, ...]  # 'relation.column' pointing here
    checks: tuple[RelationCheck, ...]
    written_by: tuple[tuple[str, str], ...]  # (stage, what the stage does)
    write_mode: str | None  # as warehouse/load.py declares it
    reads: tuple[str, ...]
    read_by: tuple[str, ...]
    sql: str | None


def write_docs_site(con: duckdb.DuckDBPyConnection, out_dir: Path) -> Path:
    """Write the site for the warehouse of `con` into `out_dir` (index.html, one page per relation,
    columns.html); return the index's path. Only reads the warehouse."""
    catalog = Catalog.read(con)
    docs = load_schema_docs()
    checks, run_level = relation_checks(con, catalog, docs, _suites(), _latest_results(con, catalog))
    grains = {**mart_grains(MARTS_DIR), **{name: doc.grain for name, doc in docs.relations.items() if doc.grain}}
    pages = [_page(con, catalog, docs, relation, grains.get(name), checks.get(name, ()))
             for name, relation in catalog.relations.items()]
    sections = [(title, blurb, [p for p in pages if p.section == title])
                for _, title, blurb in (*SECTIONS, OTHER_SECTION)]
    sections = [section for section in sections if section[2]]
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                                     undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    common = {"sections": sections, "generated_at": datetime.now(UTC), "page_of": page_name}
    out_dir.mkdir(parents=True, exist_ok=True)
    for page in pages:
        html = environment.get_template("docs_relation.html").render(page=page, **common)
        write_atomically(out_dir / page_name(page.name), html)
    columns = sorted(((column, page) for page in pages for column in page.columns),
                     key=lambda pair: (pair[0].name, pair[1].name))
    write_atomically(out_dir / "columns.html", environment.get_template("docs_columns.html").render(
        columns=columns, **common))
    return write_atomically(out_dir / "index.html", environment.get_template("docs_index.html").render(
        run_level=run_level, tables=sum(p.kind == "table" for p in pages), views=sum(p.kind == "view" for p in pages),
        **common))


def page_name(relation: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", relation) + ".html"


def relation_checks(con: duckdb.DuckDBPyConnection, catalog: Catalog, docs: SchemaDocs, suites: list[Suite],
                    latest: dict[tuple[str, str], str]) -> tuple[dict[str, list[RelationCheck]], list[RelationCheck]]:
    """The expectations checking each relation, and those checking no one relation (the run's
    accounting). A suite checks the relation it is named after, or those whose rows it checks staged
    (schema.yml `checked_as`); a warehouse check checks the relations its query names, and the
    columns its keys name ('fct_event_count.article_key+char_offset')."""
    staged = defaultdict(list)
    for name, doc in docs.relations.items():
        for suite_name in doc.checked_as:
            staged[suite_name].append(name)
    checks: dict[str, list[RelationCheck]] = defaultdict(list)
    run_level = []
    for suite in suites:
        for check in suite.checks:
            result = latest.get((suite.table, check.name), "not run")
            if check.query:
                text = sql(check.query)
                named = defaultdict(list)
                for match in KEY_LITERAL.finditer(text):
                    named[match["table"]] += [c for c in match["columns"].split("+") if c not in named[match["table"]]]
                targets = relations_read(con, text, catalog.relations) | (set(named) & set(catalog.relations))
                for target in sorted(targets):
                    checks[target].append(RelationCheck(suite.table, check, tuple(named.get(target, ())), False,
                                                        result))
            elif suite.table in catalog.relations:
                checks[suite.table].append(RelationCheck(suite.table, check, check.columns, False, result))
            elif staged.get(suite.table):
                for target in staged[suite.table]:
                    checks[target].append(RelationCheck(suite.table, check, check.columns, True, result))
            else:
                run_level.append(RelationCheck(suite.table, check, check.columns, False, result))
    return dict(checks), run_level


def format_sql(text: str) -> str:
    """DuckDB's one-line view SQL on several lines: each clause and each item of a query's lists on a
    line of its own, indented by how deeply the query is nested; what is inside an expression's
    parentheses ('count(*)', 'FILTER (WHERE ...)', 'OVER (ORDER BY ...)') stays on its line."""
    out: list[str] = []
    stack: list[str] = []  # per open parenthesis: 'query' or 'expr'
    position, closed_query, line_start = 0, False, False
    for match in SQL_TOKEN.finditer(text):
        before = text[position:match.start()]
        out.append(before.lstrip(" ") if line_start else before)
        token, position = match.group(0), match.end()
        at_query_level = not stack or stack[-1] == "query"
        indent = "\n" + "    " * stack.count("query")
        line_start = False
        if token == ")":
            closed_query = bool(stack) and stack.pop() == "query"
            out.append(token)
            continue
        if token == "(":
            following = text[position:].lstrip().upper()
            stack.append("query" if following.startswith(("SELECT", "WITH", "FROM")) else "expr")
        elif token == "," and at_query_level:  # the next CTE of a WITH, else the next item of a list
            out.append(out.pop().rstrip(" "))
            token += indent + ("" if closed_query else "    ")
            line_start = True
        elif token[0] not in "'\"" and at_query_level:
            out.append(out.pop().rstrip(" ") + indent)
        out.append(token)
        closed_query = False
    out.append(text[position:].lstrip(" ") if line_start else text[position:])
    return "".join(out).strip()


def _page(con: duckdb.DuckDBPyConnection, catalog: Catalog, docs: SchemaDocs, relation: Relation,
          grain: str | None, checks: list[RelationCheck]) -> RelationPage:
    doc = docs.relations.get(relation.name)
    keys = doc.keys if doc else Keys()
    by_column = defaultdict(list)
    for check in checks:
        for column in check.columns:
            by_column[column].append(check)
    columns = tuple(ColumnRow(
        name=c.name, type=c.type, nullable=c.nullable,
        # A DuckLake keeps no comment on a view's column: the description comes from schema.yml then.
        description=c.comment or docs.column_description(relation.name, c.name),
        same_as=docs.column_source(relation.name, c.name),
        badges=tuple(badge for badge, names in (("PK", keys.primary), ("NK", keys.natural)) if c.name in names),
        references=keys.references.get(c.name), checks=tuple(by_column.get(c.name, ())),
    ) for c in relation.columns)
    referenced_by = tuple(sorted(f"{other}.{column}" for other, other_doc in docs.relations.items()
                                 for column, target in other_doc.keys.references.items()
                                 if target.split(".", 1)[0] == relation.name and other != relation.name
                                 and other in catalog.relations))
    write = next((w for w in WRITES if w.table == relation.name), None)
    return RelationPage(
        name=relation.name, kind=relation.kind, section=_section(relation.name), description=relation.comment,
        grain=grain, rows=_rows(con, relation.name), columns=columns, primary=keys.primary, natural=keys.natural,
        references=tuple(keys.references.items()), referenced_by=referenced_by, checks=tuple(checks),
        written_by=tuple((stage, docs.stages.get(stage, "")) for stage in (doc.written_by if doc else ())),
        write_mode=_write_mode(write) if write else None, reads=catalog.reads.get(relation.name, ()),
        read_by=catalog.read_by(relation.name), sql=format_sql(relation.sql) if relation.sql else None)


def _write_mode(write) -> str:
    how = {"insert_new": "new rows inserted, existing rows kept as they are",
           "upsert": "rows replace the row with the same key",
           "append": "every row appended",
           "merge_seen_dates": "new rows inserted; known rows keep their name and widen first/last seen",
           "replace_article_facts": "the facts of each article loaded replace its earlier facts as a whole"}[write.mode]
    key = f" on ({', '.join(write.key)})" if write.key else ""
    when = (f", once at the end of the night from warehouse/sql/{write.finalize}.sql" if write.finalize
            else ", chunk by chunk")
    return f"{write.mode}{key}: {how}{when}"


def _section(name: str) -> str:
    return next((title for prefix, title, _ in SECTIONS if name.startswith(prefix)), OTHER_SECTION[1])


def _rows(con: duckdb.DuckDBPyConnection, name: str) -> int | None:
    quoted = '"' + name.replace('"', '""') + '"'
    try:
        return con.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
    except duckdb.Error:  # a view over something that is gone: the page says so rather than failing
        return None


def _suites() -> list[Suite]:
    return [load_suite(path.stem, SUITES_DIR) for path in sorted(SUITES_DIR.glob("*.yml"))]


def _latest_results(con: duckdb.DuckDBPyConnection, catalog: Catalog) -> dict[tuple[str, str], str]:
    """(suite, expectation) -> how it went in the latest run: passed, or failed (n rows)."""
    if not {"ops_runs", "ops_dq_results"} <= set(catalog.relations):
        return {}
    latest = con.execute(sql("latest_run")).fetchone()
    if latest is None:
        return {}
    rows = con.execute(sql("dq_results"), {"run_id": latest[0]}).fetchall()
    return {(suite, expectation): "passed" if success else f"failed ({unexpected or 0} rows)"
            for suite, expectation, _, success, unexpected in rows}
