"""Loading a run into its working copy (warehouse.publish) or its stage (warehouse.stage): each chunk
written in its own transaction, in the order and mode declared here; then, in one last transaction,
the run's aggregated dimensions finalized, the warehouse checked and the run recorded. Nobody reads
the working copy or the stage before the night is published whole, so a chunk's commit is only a
checkpoint: it is what keeps a night's memory flat."""

import json
from dataclasses import dataclass
from typing import Literal

import duckdb
import polars as pl

from transforms.counts import FCT_EVENT_COUNT_SCHEMA
from transforms.entities import (
    ALIAS_PARTIAL_SCHEMA,
    DIM_ENTITY_ALIAS_SCHEMA,
    DIM_ENTITY_SCHEMA,
    ENTITY_PARTIAL_SCHEMA,
    FCT_ENTITY_COOCCURRENCE_SCHEMA,
    FCT_ENTITY_MENTION_SCHEMA,
    KNOWN_ENTITY_SCHEMA,
    known_entity_candidates,
)
from transforms.events import FCT_ARTICLE_INCIDENT_SCHEMA
from transforms.places import DIM_PLACE_SCHEMA
from transforms.quarantine import QUARANTINE_SCHEMA
from transforms.raw_articles import MANIFEST_SCHEMA, RAW_ARTICLE_SCHEMA
from transforms.star import (
    DIM_ARTICLE_SCHEMA,
    DIM_DATE_SCHEMA,
    DIM_SOURCE_SCHEMA,
    FCT_ARTICLE_SIGNATURE_SCHEMA,
    RUN_ARTICLE_SCHEMA,
    SOURCE_PARTIAL_SCHEMA,
)
from warehouse.db import rollback_quietly, sql

WriteMode = Literal["insert_new", "upsert", "append", "merge_seen_dates", "replace_article_facts"]


@dataclass(frozen=True)
class TableWrite:
    table: str
    mode: WriteMode
    schema: dict
    key: tuple[str, ...] = ()  # the columns that name a row: what insert_new, upsert and merge match on
    finalize: str | None = None  # written once at the end of the run from this query, not per chunk


# The one place that says how each table is written. `run_*` are the run's partial tables (in its working
# copy, dropped before it is published).
WRITES = (
    TableWrite("raw_article", "insert_new", RAW_ARTICLE_SCHEMA, ("content_hash",)),
    TableWrite("ops_landing_manifest", "upsert", MANIFEST_SCHEMA, ("landing", "source_path")),
    TableWrite("ops_quarantine", "insert_new", QUARANTINE_SCHEMA, ("quarantine_id",)),
    TableWrite("dim_date", "insert_new", DIM_DATE_SCHEMA, ("date_key",)),
    TableWrite("dim_place", "insert_new", DIM_PLACE_SCHEMA, ("place_key",)),
    TableWrite("run_source", "append", SOURCE_PARTIAL_SCHEMA),
    TableWrite("run_entity", "append", ENTITY_PARTIAL_SCHEMA),
    TableWrite("run_entity_alias", "append", ALIAS_PARTIAL_SCHEMA),
    TableWrite("run_article", "append", RUN_ARTICLE_SCHEMA),
    TableWrite("dim_article", "upsert", DIM_ARTICLE_SCHEMA, ("article_key",)),
    TableWrite("fct_entity_mention", "replace_article_facts", FCT_ENTITY_MENTION_SCHEMA, ("article_key", "entity_key")),
    TableWrite("fct_entity_cooccurrence", "replace_article_facts", FCT_ENTITY_COOCCURRENCE_SCHEMA,
               ("article_key", "entity_key_a", "entity_key_b")),
    TableWrite("fct_event_count", "replace_article_facts", FCT_EVENT_COUNT_SCHEMA, ("article_key", "char_offset")),
    TableWrite("fct_article_incident", "replace_article_facts", FCT_ARTICLE_INCIDENT_SCHEMA, ("report_key",)),
    TableWrite("fct_article_signature", "replace_article_facts", FCT_ARTICLE_SIGNATURE_SCHEMA, ("article_key",)),
    TableWrite("dim_source", "upsert", DIM_SOURCE_SCHEMA, ("source_key",), finalize="finalize_dim_source"),
    TableWrite("dim_entity", "merge_seen_dates", DIM_ENTITY_SCHEMA, ("entity_key",), finalize="finalize_dim_entity"),
    TableWrite("dim_entity_alias", "insert_new", DIM_ENTITY_ALIAS_SCHEMA, ("alias_id",),
               finalize="finalize_dim_entity_alias"),
)
# The warehouse's own tables (ops_runs and ops_dq_results aside, which grow with every run).
TABLES = tuple(write.table for write in WRITES if not write.table.startswith("run_")) + (
    "fct_incident", "fct_near_duplicate")  # written when the run ends (warehouse.incidents)

DQ_RESULT_SCHEMA = {
    "run_id": pl.String, "suite": pl.String, "expectation": pl.String, "on_failure": pl.String,
    "success": pl.Boolean, "observed_value": pl.String, "element_count": pl.Int64, "unexpected_count": pl.Int64,
    "examples": pl.String, "checked_at": pl.Datetime("us"),
}


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    flow_name: str
    parameters: dict
    started_at: object
    ended_at: object
    status: str
    counts: dict
    error: str | None = None


def begin_run(con: duckdb.DuckDBPyConnection) -> None:
    """The run's partial tables, in its working copy (dropped by commit_run)."""
    con.execute(sql("run_partials"))


def write_chunk(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], into: str = "") -> dict[str, int]:
    """Write a chunk's frames (any subset of the per-chunk tables) in one transaction; rows written
    per table. Facts of the chunk's articles replace their earlier facts as a whole. `into` qualifies
    the tables written (a DuckLake night's stage: `stage.main.`)."""
    unknown = set(frames) - {write.table for write in WRITES if write.finalize is None}
    if unknown:
        raise ValueError(f"no per-chunk write declared for {sorted(unknown)}")
    written = {}
    if "dim_article" in frames:
        con.register("loaded_articles", frames["dim_article"].select("article_key").to_arrow())
    con.begin()
    try:
        for write in WRITES:
            if write.table not in frames:
                continue
            frame = frames[write.table]
            if frame.schema != pl.Schema(write.schema):
                raise ValueError(f"{write.table}: frame schema {frame.schema} is not the declared one")
            written[write.table] = _write(con, write, frame.to_arrow(), into)
        con.commit()
    except BaseException:
        rollback_quietly(con)  # a commit that failed has ended the transaction already
        raise
    finally:
        if "dim_article" in frames:
            con.unregister("loaded_articles")
    return written


def apply_stage(con: duckdb.DuckDBPyConnection, stage: str) -> dict[str, int]:
    """In the open transaction, write every per-chunk table of the schema `stage` (a night's stage,
    whole) into the default catalog's, each in its declared mode; rows written per table."""
    written = {}
    con.execute(f"CREATE OR REPLACE TEMP VIEW loaded_articles AS SELECT article_key FROM {stage}.dim_article")
    for write in WRITES:
        if write.finalize is None and not write.table.startswith("run_"):
            con.execute(f"CREATE OR REPLACE TEMP VIEW staged AS SELECT * FROM {stage}.{write.table}")
            result = con.execute(sql(write.mode).format(table=write.table, key=", ".join(write.key))).fetchone()
            written[write.table] = int(result[0]) if result else 0
    con.execute("DROP VIEW staged")
    con.execute("DROP VIEW loaded_articles")
    return written


def finalize_run(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """In the run's last transaction (open), write the dimensions aggregated over the whole run from
    its partials; rows written per table. The warehouse checks and commit_run follow in it."""
    written = {}
    for write in WRITES:
        if write.finalize is not None:
            rows = con.execute(sql(write.finalize)).fetch_arrow_table()
            written[write.table] = _write(con, write, rows)
    return written


def commit_run(con: duckdb.DuckDBPyConnection, run: "RunRecord", dq_rows: list[dict],
               drop_partials: bool = True) -> None:
    """The run's ops_runs and ops_dq_results rows, the publish token taken, its partials dropped
    (unless they live elsewhere: a DuckLake night's are in its stage), then commit."""
    record_run(con, run, dq_rows)
    con.execute(sql("take_publish_token"), {"run_id": run.run_id})
    if drop_partials:
        con.execute(sql("drop_run_partials"))
    con.commit()


def _write(con: duckdb.DuckDBPyConnection, write: TableWrite, rows, into: str = "") -> int:
    con.register("staged", rows)
    try:
        result = con.execute(sql(write.mode).format(table=into + write.table, key=", ".join(write.key))).fetchone()
    finally:
        con.unregister("staged")
    return int(result[0]) if result else 0


def record_run(con: duckdb.DuckDBPyConnection, run: RunRecord, dq_rows: list[dict] = ()) -> None:
    """The run's ops_runs row and its data-quality results."""
    if dq_rows:
        con.register("dq_rows", pl.DataFrame(list(dq_rows), schema=DQ_RESULT_SCHEMA).to_arrow())
        con.execute(sql("insert_dq_results"))
        con.unregister("dq_rows")
    con.execute(sql("insert_run"), {
        "run_id": run.run_id, "flow_name": run.flow_name,
        "parameters": json.dumps(run.parameters, default=str, sort_keys=True),
        "started_at": run.started_at, "ended_at": run.ended_at, "status": run.status, "error": run.error,
        "counts": json.dumps(run.counts, default=str, sort_keys=True),
    })


def read_frame(con: duckdb.DuckDBPyConnection, query_name: str, parameters: dict | None = None,
               **frames: pl.DataFrame) -> pl.DataFrame:
    """The answer to `warehouse/sql/<query_name>.sql`; `frames` are registered under their names for
    the query to join with (what a chunk asks of the warehouse), and unregistered after."""
    for name, frame in frames.items():
        con.register(name, frame.to_arrow())
    try:
        return con.execute(sql(query_name), parameters or {}).pl()
    finally:
        for name in frames:
            con.unregister(name)


def known_entities(con: duckdb.DuckDBPyConnection, spans: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """The warehouse's entities that the spans of `articles` may resolve to (KNOWN_ENTITY_SCHEMA)."""
    return read_frame(con, "known_entities_for",
                      candidate_names=known_entity_candidates(spans, articles)).cast(KNOWN_ENTITY_SCHEMA)


def row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return dict(con.execute(sql("row_counts")).fetchall())
