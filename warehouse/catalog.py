"""The warehouse described once: `warehouse/schema.yml` says what every relation and column means,
`apply_comments` writes that into the DuckDB catalog (COMMENT ON), and `Catalog.read` reads the
catalog back with the lineage of its views, for the docs site (dateline.pages.docs_site)."""

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import duckdb
import yaml

from warehouse.db import rollback_quietly
from warehouse.target import is_ducklake

SCHEMA_DOCS = Path(str(resources.files("warehouse") / "schema.yml"))
GRAIN_LINE = re.compile(r"^--\s*Grain:\s*(?P<grain>.+?)\s*$")
# What precedes a view's SELECT: leading comment lines (a mart's grain), then CREATE ... VIEW name AS.
VIEW_HEAD = re.compile(r"^(?:\s*--[^\n]*\n)*\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?VIEW\s+.+?\s+AS\s+",
                       re.I | re.S)
RELATION_FIELDS = {"description", "grain", "written_by", "checked_as", "keys", "columns_from", "columns"}
KEY_FIELDS = {"primary", "natural", "references"}
# The relations and columns of the connection's own schema; DuckDB's internal views left out.
RELATIONS_SQL = """
    SELECT table_name AS name, 'table' AS kind, comment, NULL AS sql FROM duckdb_tables()
    WHERE database_name = current_database() AND schema_name = current_schema() AND NOT temporary
    UNION ALL
    SELECT view_name, 'view', comment, sql FROM duckdb_views()
    WHERE database_name = current_database() AND schema_name = current_schema() AND NOT internal AND NOT temporary
    ORDER BY name
"""
COLUMNS_SQL = """
    SELECT table_name, column_name, data_type, is_nullable, comment FROM duckdb_columns()
    WHERE database_name = current_database() AND schema_name = current_schema()
    ORDER BY table_name, column_index
"""


class SchemaDocError(ValueError):
    pass


@dataclass(frozen=True)
class Keys:
    primary: tuple[str, ...] = ()  # the columns that name a row
    natural: tuple[str, ...] = ()  # the business identity the primary key is a hash of
    references: dict[str, str] = field(default_factory=dict)  # column -> "relation.column"


@dataclass(frozen=True)
class RelationDoc:
    name: str
    description: str
    grain: str | None = None
    written_by: tuple[str, ...] = ()
    checked_as: tuple[str, ...] = ()  # suites named after the staged frame that becomes this table
    keys: Keys = Keys()
    columns_from: tuple[str, ...] = ()  # relations whose same-named columns describe the unlisted ones
    columns: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SchemaDocs:
    """schema.yml: the stages that write tables, and every relation's documentation."""

    stages: dict[str, str]
    relations: dict[str, RelationDoc]

    def column_description(self, relation: str, column: str) -> str | None:
        """The column's description: its own, else that of the same column in `columns_from`."""
        found = self._column(relation, column, set())
        return found[1] if found else None

    def column_source(self, relation: str, column: str) -> str | None:
        """'relation.column' whose description a column takes; None when it has its own or none."""
        found = self._column(relation, column, set())
        return found[0] if found and found[0] != f"{relation}.{column}" else None

    def _column(self, relation: str, column: str, seen: set[str]) -> tuple[str, str] | None:
        doc = self.relations.get(relation)
        if doc is None or relation in seen:
            return None
        if column in doc.columns:
            return f"{relation}.{column}", doc.columns[column]
        seen.add(relation)
        for other in doc.columns_from:
            found = self._column(other, column, seen)
            if found:
                return found
        return None


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool
    comment: str | None


@dataclass(frozen=True)
class Relation:
    name: str
    kind: str  # table | view
    comment: str | None
    columns: tuple[Column, ...]
    sql: str | None  # a view's definition, as DuckDB keeps it


@dataclass(frozen=True)
class Catalog:
    """The relations of a warehouse as its DuckDB catalog has them, and what each view reads."""

    relations: dict[str, Relation]
    reads: dict[str, tuple[str, ...]]  # view -> the relations its SQL names

    @classmethod
    def read(cls, con: duckdb.DuckDBPyConnection) -> "Catalog":
        relations = _relations(con)
        reads = {name: tuple(sorted(relations_read(con, VIEW_HEAD.sub("", relation.sql), set(relations) - {name})))
                 for name, relation in relations.items() if relation.sql is not None}
        return cls(relations, reads)

    def read_by(self, name: str) -> tuple[str, ...]:
        """The views whose SQL names `name`."""
        return tuple(sorted(view for view, read in self.reads.items() if name in read))


def load_schema_docs(path: Path = SCHEMA_DOCS) -> SchemaDocs:
    """schema.yml as SchemaDocs; a misspelt field or a stage nobody declared is refused."""
    spec = yaml.load(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # C: 10x faster
    stages = dict(spec.get("stages") or {})
    relations = {}
    for name, entry in (spec.get("relations") or {}).items():
        where = f"{path.name}: {name}"
        unknown = set(entry) - RELATION_FIELDS
        if unknown:
            raise SchemaDocError(f"{where}: unknown field(s) {sorted(unknown)}")
        if not str(entry.get("description") or "").strip():
            raise SchemaDocError(f"{where}: no description")
        keys = entry.get("keys") or {}
        if set(keys) - KEY_FIELDS:
            raise SchemaDocError(f"{where}: unknown key field(s) {sorted(set(keys) - KEY_FIELDS)}")
        undeclared = set(entry.get("written_by") or ()) - set(stages)
        if undeclared:
            raise SchemaDocError(f"{where}: written_by names undeclared stage(s) {sorted(undeclared)}")
        columns = {str(column): str(text or "").strip() for column, text in (entry.get("columns") or {}).items()}
        empty = [column for column, text in columns.items() if not text]
        if empty:
            raise SchemaDocError(f"{where}: empty description for column(s) {empty}")
        relations[name] = RelationDoc(
            name=name, description=str(entry["description"]).strip(), grain=entry.get("grain"),
            written_by=tuple(entry.get("written_by") or ()), checked_as=tuple(entry.get("checked_as") or ()),
            keys=Keys(tuple(keys.get("primary") or ()), tuple(keys.get("natural") or ()),
                      dict(keys.get("references") or {})),
            columns_from=tuple(entry.get("columns_from") or ()), columns=columns)
    for doc in relations.values():
        missing = [other for other in doc.columns_from if other not in relations]
        if missing:
            raise SchemaDocError(f"{path.name}: {doc.name}: columns_from names undocumented {missing}")
    return SchemaDocs(stages, relations)


def apply_comments(con: duckdb.DuckDBPyConnection, docs: SchemaDocs | None = None) -> int:
    """Set the comment of every documented relation and column that differs from schema.yml, in one
    transaction; return how many were set. Raises SchemaDocError, naming every entry, when schema.yml
    names a relation or column the warehouse lacks."""
    docs = docs or load_schema_docs()
    relations = _relations(con)
    problems = _missing(docs, relations)
    if problems:
        raise SchemaDocError("schema.yml does not match the warehouse:\n  " + "\n  ".join(problems))
    statements = []
    lake = is_ducklake(con)
    for name, doc in docs.relations.items():
        relation = relations[name]
        if relation.comment != doc.description:
            statements.append(f"COMMENT ON {relation.kind.upper()} {_identifier(name)} IS {_literal(doc.description)}")
        if lake and relation.kind == "view":
            continue  # DuckLake refuses comments on a view's columns; its docs site still shows them
        for column in relation.columns:
            text = docs.column_description(name, column.name)
            if text is not None and column.comment != text:
                statements.append(f"COMMENT ON COLUMN {_identifier(name)}.{_identifier(column.name)} "
                                  f"IS {_literal(text)}")
    if statements:
        con.begin()
        try:
            con.execute(";\n".join(statements))
            con.commit()
        except Exception:
            rollback_quietly(con)
            raise
    return len(statements)


def relations_read(con: duckdb.DuckDBPyConnection, query: str, names: Iterable[str]) -> set[str]:
    """Which of `names` a SELECT reads: the tables of its parse tree (DuckDB's json_serialize_sql), or,
    for a statement the serializer refuses (PIVOT...), the names it contains as whole words."""
    names = set(names)
    tree = json.loads(con.execute("SELECT json_serialize_sql(?)", [query]).fetchone()[0])
    if tree.get("error"):
        return {name for name in names if re.search(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", query)}
    found: set[str] = set()
    _base_tables(tree, found)
    return found & names


def mart_grains(directory: Path) -> dict[str, str]:
    """Each mart's grain, the `-- Grain:` first line of warehouse/marts/<mart>.sql."""
    grains = {}
    for path in sorted(directory.glob("*.sql")):
        first = path.read_text().split("\n", 1)[0]
        match = GRAIN_LINE.match(first)
        if match is None:
            raise SchemaDocError(f"{path.name}: the first line must be '-- Grain: one row per ...'")
        grains[path.stem] = match.group("grain")
    return grains


def _relations(con: duckdb.DuckDBPyConnection) -> dict[str, Relation]:
    columns: dict[str, list[Column]] = {}
    for table, name, data_type, nullable, comment in con.execute(COLUMNS_SQL).fetchall():
        columns.setdefault(table, []).append(Column(name, data_type, nullable, comment))
    return {name: Relation(name, kind, comment, tuple(columns.get(name, ())), sql)
            for name, kind, comment, sql in con.execute(RELATIONS_SQL).fetchall()}


def _missing(docs: SchemaDocs, relations: dict[str, Relation]) -> list[str]:
    """What schema.yml names that the warehouse lacks, one line per entry."""
    def has(relation: str, column: str) -> bool:
        return any(c.name == column for c in relations[relation].columns)

    problems = []
    for name, doc in docs.relations.items():
        if name not in relations:
            problems.append(f"{name}: no such table or view")
            continue
        named = [*doc.columns, *doc.keys.primary, *doc.keys.natural, *doc.keys.references]
        problems += [f"{name}.{column}: no such column" for column in dict.fromkeys(named) if not has(name, column)]
        for column, target in doc.keys.references.items():
            table, _, target_column = target.partition(".")
            if table not in relations or not has(table, target_column):
                problems.append(f"{name}.{column}: references {target}, which does not exist")
    return problems


def _base_tables(node, found: set[str]) -> None:
    if isinstance(node, dict):
        if node.get("type") == "BASE_TABLE" and node.get("schema_name") in ("", "main", None):
            found.add(node["table_name"])
        for value in node.values():
            _base_tables(value, found)
    elif isinstance(node, list):
        for value in node:
            _base_tables(value, found)


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    """A SQL string literal: COMMENT ON takes no bound parameter."""
    return "'" + text.replace("'", "''") + "'"
