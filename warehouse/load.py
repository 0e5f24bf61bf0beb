"""Loading a run: every table written in one transaction, in the order and mode declared here."""

import json
from dataclasses import dataclass
from typing import Callable, Literal

import duckdb
import polars as pl

from transforms.counts import FCT_EVENT_COUNT_SCHEMA
from transforms.entities import (
    DIM_ENTITY_ALIAS_SCHEMA, DIM_ENTITY_SCHEMA, FCT_ENTITY_COOCCURRENCE_SCHEMA, FCT_ENTITY_MENTION_SCHEMA,
)
from transforms.quarantine import QUARANTINE_SCHEMA
from transforms.raw_articles import RAW_ARTICLE_SCHEMA
from transforms.star import DIM_ARTICLE_SCHEMA, DIM_DATE_SCHEMA, DIM_SOURCE_SCHEMA
from warehouse.db import sql

WriteMode = Literal["insert_new", "upsert", "merge_seen_dates", "replace_article_facts"]


@dataclass(frozen=True)
class TableWrite:
    table: str
    mode: WriteMode
    schema: dict


# The one place that says how each table is written. Dimensions before facts.
WRITES = (
    TableWrite("raw_article", "insert_new", RAW_ARTICLE_SCHEMA),
    TableWrite("ops_quarantine", "insert_new", QUARANTINE_SCHEMA),
    TableWrite("dim_date", "insert_new", DIM_DATE_SCHEMA),
    TableWrite("dim_source", "upsert", DIM_SOURCE_SCHEMA),
    TableWrite("dim_entity", "merge_seen_dates", DIM_ENTITY_SCHEMA),
    TableWrite("dim_entity_alias", "insert_new", DIM_ENTITY_ALIAS_SCHEMA),
    TableWrite("dim_article", "upsert", DIM_ARTICLE_SCHEMA),
    TableWrite("fct_entity_mention", "replace_article_facts", FCT_ENTITY_MENTION_SCHEMA),
    TableWrite("fct_entity_cooccurrence", "replace_article_facts", FCT_ENTITY_COOCCURRENCE_SCHEMA),
    TableWrite("fct_event_count", "replace_article_facts", FCT_EVENT_COUNT_SCHEMA),
)


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


def load_run(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], run: RunRecord,
             verify: Callable[[duckdb.DuckDBPyConnection], list[dict]] | None = None) -> dict[str, int]:
    """Write every table, then `verify` the warehouse inside the transaction (it raises to roll the
    run back), then the run's ops_runs and ops_dq_results rows; commit. Rows written per table."""
    missing = [write.table for write in WRITES if write.table not in frames]
    if missing:
        raise ValueError(f"no frame given for {missing}")
    written = {}
    con.begin()
    try:
        con.register("loaded_articles", frames["dim_article"].select("article_key").to_arrow())
        for write in WRITES:
            frame = frames[write.table]
            if frame.schema != pl.Schema(write.schema):
                raise ValueError(f"{write.table}: frame schema {frame.schema} is not the declared one")
            con.register("staged", frame.to_arrow())
            result = con.execute(sql(write.mode).format(table=write.table)).fetchone()
            written[write.table] = int(result[0]) if result else 0
            con.unregister("staged")
        dq_rows = verify(con) if verify is not None else []
        record_run(con, RunRecord(**{**run.__dict__, "counts": {**run.counts, "written": written}}), dq_rows)
        con.commit()
    except Exception:
        con.rollback()
        raise
    finally:
        con.unregister("loaded_articles")
    return written


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


def read_frame(con: duckdb.DuckDBPyConnection, query_name: str, parameters: dict | None = None) -> pl.DataFrame:
    return con.execute(sql(query_name), parameters or {}).pl()


def row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return dict(con.execute(sql("row_counts")).fetchall())
