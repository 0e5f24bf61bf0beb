"""The end of a night for incidents, in its last transaction: near-duplicate articles found among
the night's and the nearby nights', the night's incident reports clustered with the warehouse's
(transforms.incident_clusters), and fct_incident rebuilt for every incident they touched."""

import time

import duckdb
import polars as pl

from transforms.duplicates import NEAR_DUPLICATE_SCHEMA, SIGNATURE_SCHEMA, near_duplicate_pairs
from transforms.incident_clusters import CLUSTER_REPORT_SCHEMA, WINDOW_DAYS, article_names, article_words, incident_keys
from transforms.keys import key_column
from warehouse.db import sql

NEAR_DUPLICATE_WINDOW_DAYS = 7
NAMING_BATCH = 2_000  # article bodies held at once while their names and words are found


def finalize_incidents(con: duckdb.DuckDBPyConnection, countries: set[str]
                       ) -> tuple[dict[str, int], dict[str, float]]:
    """Rows written (near-duplicate pairs, reports (re)keyed, incidents after the night) and the
    seconds of each step (near_duplicates, clustering). `countries` are the name keys of country
    names, which say nothing of which event a report is of."""
    started = time.perf_counter()
    pairs = _near_duplicates(con)
    seconds = {"near_duplicates": time.perf_counter() - started}
    started = time.perf_counter()
    reports = con.execute(sql("incident_reports_to_cluster"), {"window_days": 2 * WINDOW_DAYS}).pl()
    reports = reports.join(_names_and_words(con, reports.select("article_key").unique(), countries),
                           on="article_key", how="left")
    assigned = incident_keys(reports.cast(CLUSTER_REPORT_SCHEMA).select(list(CLUSTER_REPORT_SCHEMA)))
    con.register("staged", assigned.to_arrow())
    try:
        con.execute(sql("assign_incident_keys"))
        con.execute(sql("rebuild_incidents"))
    finally:
        con.unregister("staged")
    seconds["clustering"] = time.perf_counter() - started
    return {"near_duplicate_pairs": pairs, "incident_reports_keyed": assigned.height,
            "incidents": con.execute("SELECT count(*) FROM fct_incident").fetchone()[0]}, seconds


def _names_and_words(con: duckdb.DuckDBPyConnection, reported: pl.DataFrame, countries: set[str]) -> pl.DataFrame:
    """article_key, names, words: the proper names of each article's body and the words of its title and
    body, the articles read a batch at a time."""
    con.register("reported", reported.to_arrow())
    try:
        batches = con.execute(sql("articles_to_name")).fetch_record_batch(NAMING_BATCH)
        named = [pl.from_arrow(batch).select(
            "article_key",
            pl.col("body").map_elements(lambda body: article_names(body, countries),
                                        return_dtype=pl.List(pl.String)).alias("names"),
            pl.concat_str(pl.col("title").fill_null(""), pl.col("body"), separator="\n\n").map_elements(
                article_words, return_dtype=pl.List(pl.String)).alias("words"))
            for batch in batches]
    finally:
        con.unregister("reported")
    return pl.concat(named) if named else pl.DataFrame(schema={"article_key": pl.Int64, "names": pl.List(pl.String),
                                                               "words": pl.List(pl.String)})


def _near_duplicates(con: duckdb.DuckDBPyConnection) -> int:
    signatures = con.execute(sql("signatures_to_compare"), {"window_days": NEAR_DUPLICATE_WINDOW_DAYS}).pl()
    signatures = signatures.with_columns(pl.col("minhash").cast(SIGNATURE_SCHEMA["minhash"]))
    pairs = near_duplicate_pairs(signatures.filter("is_new").select(list(SIGNATURE_SCHEMA)),
                                 signatures.filter(~pl.col("is_new")).select(list(SIGNATURE_SCHEMA)))
    staged = pairs.cast(NEAR_DUPLICATE_SCHEMA).select(
        key_column(pl.col("article_id")).alias("article_key"),
        key_column(pl.col("duplicate_of_article_id")).alias("duplicate_of_article_key"), "similarity")
    con.register("staged", staged.to_arrow())
    try:
        con.execute(sql("replace_near_duplicates"))
    finally:
        con.unregister("staged")
    return staged.height
