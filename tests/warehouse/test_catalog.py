"""warehouse/catalog.py: schema.yml applied to the DuckDB catalog, and the catalog read back."""

import shutil

import duckdb
import pytest

from expectations.suites import SUITES_DIR
from warehouse.catalog import Catalog, SchemaDocError, apply_comments, load_schema_docs, mart_grains, relations_read
from warehouse.load import WRITES
from warehouse.migrate import MARTS_DIR, MIGRATIONS_DIR, migrate

DOCS = load_schema_docs()


@pytest.fixture(scope="module")
def migrated() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    migrate(con)
    return con


def undescribed(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every relation and column of the connection's schema whose catalog comment is empty."""
    catalog = Catalog.read(con)
    missing = [name for name, relation in catalog.relations.items() if not (relation.comment or "").strip()]
    return missing + [f"{name}.{column.name}" for name, relation in catalog.relations.items()
                      for column in relation.columns if not (column.comment or "").strip()]


def write_docs(tmp_path, text: str):
    path = tmp_path / "schema.yml"
    path.write_text(text)
    return load_schema_docs(path)


def test_every_table_view_and_column_has_a_description_after_migrate(migrated):
    assert undescribed(migrated) == []


def test_a_column_added_without_a_description_is_reported():
    con = duckdb.connect()
    migrate(con)
    con.execute("ALTER TABLE dim_source ADD COLUMN homepage VARCHAR")
    assert undescribed(con) == ["dim_source.homepage"]


def test_the_comments_are_the_descriptions_of_schema_yml(migrated):
    comment = migrated.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 'fct_incident'").fetchone()[0]
    assert comment == DOCS.relations["fct_incident"].description
    column = migrated.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'fct_event_count' "
                              "AND column_name = 'is_subset'").fetchone()[0]
    assert column == DOCS.relations["fct_event_count"].columns["is_subset"]


def test_a_view_column_not_listed_takes_the_description_of_its_columns_from_relation(migrated):
    assert "title" not in DOCS.relations["v_article"].columns
    comment = migrated.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'v_article' "
                               "AND column_name = 'title'").fetchone()[0]
    assert comment == DOCS.relations["dim_article"].columns["title"]
    assert DOCS.column_source("v_article", "title") == "dim_article.title"
    assert DOCS.column_source("v_article", "published_date") is None  # its own


def test_comments_survive_a_second_migrate_that_recreates_the_marts():
    con = duckdb.connect()
    migrate(con)
    assert migrate(con) == []
    assert undescribed(con) == []
    assert apply_comments(con) == 0  # nothing left to set: a third pass writes nothing


@pytest.mark.parametrize("entry, problem", [
    ("dim_article:\n    description: Articles.\n    columns: {titel: The headline.}", "dim_article.titel: no such column"),
    ("dim_artikel:\n    description: Articles.", "dim_artikel: no such table or view"),
    ("dim_article:\n    description: Articles.\n    keys: {primary: [article_id_key]}", "dim_article.article_id_key"),
    ("dim_article:\n    description: Articles.\n    keys: {references: {source_key: dim_source.key}}",
     "dim_article.source_key: references dim_source.key, which does not exist"),
])
def test_schema_yml_naming_what_the_warehouse_lacks_is_refused(migrated, tmp_path, entry, problem):
    docs = write_docs(tmp_path, f"stages: {{}}\nrelations:\n  {entry}\n")
    with pytest.raises(SchemaDocError, match=problem):
        apply_comments(migrated, docs)


def test_a_refused_schema_yml_sets_no_comment_at_all(tmp_path):
    con = duckdb.connect()
    migrate(con)
    docs = write_docs(tmp_path, "stages: {}\nrelations:\n  dim_date:\n    description: Changed.\n"
                                "  dim_article:\n    description: Articles.\n    columns: {titel: x}\n")
    with pytest.raises(SchemaDocError):
        apply_comments(con, docs)
    assert con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 'dim_date'").fetchone()[0] \
        == DOCS.relations["dim_date"].description


@pytest.mark.parametrize("entry, problem", [
    ("dim_date:\n    descripton: Days.", "unknown field"),
    ("dim_date:\n    description: Days.\n    columns: {date: }", "empty description for column"),
    ("dim_date:\n    description: Days.\n    written_by: [nightly]", "undeclared stage"),
    ("v_article:\n    description: Articles.\n    columns_from: [dim_artikel]", "columns_from names undocumented"),
])
def test_a_malformed_schema_yml_is_refused_when_read(tmp_path, entry, problem):
    with pytest.raises(SchemaDocError, match=problem):
        write_docs(tmp_path, f"stages: {{load: Writes.}}\nrelations:\n  {entry}\n")


def test_quotes_and_backslashes_are_stored_verbatim(tmp_path):
    con = duckdb.connect()
    migrate(con)
    text = """It's 'quoted', "double" and back\\slashed; -- not a comment"""
    docs = write_docs(tmp_path, "stages: {}\nrelations:\n  dim_date:\n    description: |-\n      " + text
                      + "\n    columns:\n      date: |-\n        " + text + "\n")
    assert apply_comments(con, docs) == 2
    assert con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 'dim_date'").fetchone()[0] == text
    assert con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'dim_date' "
                       "AND column_name = 'date'").fetchone()[0] == text


def test_a_partial_migration_is_left_undescribed(tmp_path):
    old = tmp_path / "migrations"
    old.mkdir()
    shutil.copy(MIGRATIONS_DIR / "001_core.sql", old)
    con = duckdb.connect()
    assert migrate(con, old, marts=None) == [1]
    assert con.execute("SELECT count(comment) FROM duckdb_tables()").fetchone()[0] == 0


def test_primary_keys_are_the_keys_the_loader_writes_by():
    for write in WRITES:
        if not write.table.startswith("run_"):
            assert DOCS.relations[write.table].keys.primary == write.key, write.table


def test_primary_keys_agree_with_the_primary_keys_the_ddl_declares(migrated):
    declared = migrated.execute("SELECT table_name, constraint_column_names FROM duckdb_constraints() "
                                "WHERE constraint_type = 'PRIMARY KEY'").fetchall()
    assert declared  # dim_date, dim_source, ops_runs... keep theirs
    for table, columns in declared:
        assert DOCS.relations[table].keys.primary == tuple(columns), table


def test_every_table_has_a_grain_and_a_writer_and_every_view_a_grain_once(migrated):
    catalog = Catalog.read(migrated)
    marts = mart_grains(MARTS_DIR)
    for name, relation in catalog.relations.items():
        doc = DOCS.relations[name]
        if name in marts:
            assert doc.grain is None, f"{name} repeats the grain of warehouse/marts/{name}.sql"
        else:
            assert doc.grain, f"{name} has no grain"
        if relation.kind == "table":
            assert doc.written_by, f"{name} names no stage that writes it"


def test_staged_suites_a_table_is_checked_as_exist():
    suites = {path.stem for path in SUITES_DIR.glob("*.yml")}
    for doc in DOCS.relations.values():
        assert set(doc.checked_as) <= suites, doc.name


def test_a_mart_without_its_grain_line_is_refused(tmp_path):
    (tmp_path / "mart_x.sql").write_text("CREATE OR REPLACE VIEW mart_x AS SELECT 1 AS one;\n")
    with pytest.raises(SchemaDocError, match="mart_x.sql"):
        mart_grains(tmp_path)


def test_views_read_the_relations_their_sql_names(migrated):
    catalog = Catalog.read(migrated)
    assert catalog.reads["mart_incidents"] == ("dim_date", "dim_entity", "dim_place", "fct_incident")
    assert catalog.reads["mart_actor_network"] == ("dim_article", "dim_date", "mart_actor_network_daily")
    assert "mart_incidents" in catalog.read_by("fct_incident")
    assert "fct_incident" not in catalog.reads["fct_incident_report"]  # a longer name is not a mention


def test_views_columns_from_are_relations_they_read(migrated):
    catalog = Catalog.read(migrated)
    for name, doc in DOCS.relations.items():
        assert set(doc.columns_from) <= set(catalog.reads.get(name, ())), name


@pytest.mark.parametrize("query, expected", [
    ("SELECT * FROM fct_incident i JOIN dim_place p USING (place_key)", {"fct_incident", "dim_place"}),
    ("SELECT 'fct_incident' AS dim_place FROM dim_date", {"dim_date"}),  # a string and an alias read nothing
    ("WITH mart AS (SELECT * FROM fct_incident_report) SELECT * FROM mart", {"fct_incident_report"}),
    ("SELECT * FROM dim_date WHERE date_key IN (SELECT date_key FROM fct_incident)", {"dim_date", "fct_incident"}),
    ("SELECT * FROM other_schema.dim_date", set()),
])
def test_relations_read_come_from_the_parse_tree(query, expected):
    names = {"fct_incident", "fct_incident_report", "dim_place", "dim_date"}
    assert relations_read(duckdb.connect(), query, names) == expected


def test_a_statement_the_parser_cannot_serialize_is_read_by_whole_words():
    query = "PIVOT fct_incident_report ON kind USING count(*)"
    assert relations_read(duckdb.connect(), query, {"fct_incident", "fct_incident_report"}) == {"fct_incident_report"}
