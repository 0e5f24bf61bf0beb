"""Dimension rows for dates, sources and articles, built from stg_articles, and what a chunk writes."""

import polars as pl

from transforms.counts import fct_event_count
from transforms.entities import alias_partials, entity_partials, fct_entity_cooccurrence, fct_entity_mention
from transforms.events import fct_article_incident
from transforms.gazetteer import Gazetteer
from transforms.incidents import Place
from transforms.keys import key_column

DIM_DATE_SCHEMA = {
    "date_key": pl.Int32,  # yyyymmdd
    "date": pl.Date,
    "year": pl.Int32,
    "quarter": pl.Int8,
    "month": pl.Int8,
    "month_name": pl.String,
    "day": pl.Int8,
    "day_of_week": pl.Int8,  # ISO: Monday = 1
    "day_name": pl.String,
    "iso_week": pl.Int8,
    "is_weekend": pl.Boolean,
}
DIM_SOURCE_SCHEMA = {
    "source_key": pl.Int64,
    "source_id": pl.String,  # normalized domain, else agency, else 'unknown'
    "source_name": pl.String,
    "is_domain": pl.Boolean,
}
SOURCE_PARTIAL_SCHEMA = DIM_SOURCE_SCHEMA | {"articles": pl.Int64}
RUN_ARTICLE_SCHEMA = {"article_key": pl.Int64}  # the articles whose facts a run wrote
DIM_ARTICLE_SCHEMA = {
    "article_key": pl.Int64,
    "article_id": pl.String,
    "title": pl.String,
    "url": pl.String,
    "source_key": pl.Int64,
    "published_at": pl.Datetime("us"),
    "published_date_key": pl.Int32,
    "published_at_source": pl.String,
    "dateline_place": pl.String,
    "dateline_raw": pl.String,
    "language": pl.String,
    "word_count": pl.Int32,
    "authors": pl.List(pl.String),
    "body": pl.String,
    "content_hash": pl.String,
    "source_path": pl.String,
    "format": pl.String,
}


def date_key(expr: pl.Expr) -> pl.Expr:
    return expr.dt.strftime("%Y%m%d").cast(pl.Int32)


def dim_date(stg_articles: pl.DataFrame, event_dates: pl.Series | None = None) -> pl.DataFrame:
    """One row per calendar day an article was published or an event it reports happened."""
    days = pl.concat([stg_articles.select(pl.col("published_at").dt.date().alias("date")),
                      pl.DataFrame({"date": event_dates if event_dates is not None else []}, schema={"date": pl.Date})])
    days = days.drop_nulls().unique().sort("date")
    day = pl.col("date")
    return days.select(
        date_key(day).alias("date_key"), "date", day.dt.year().alias("year"), day.dt.quarter().alias("quarter"),
        day.dt.month().alias("month"), day.dt.strftime("%B").alias("month_name"), day.dt.day().alias("day"),
        day.dt.weekday().alias("day_of_week"), day.dt.strftime("%A").alias("day_name"),
        day.dt.week().alias("iso_week"), (day.dt.weekday() >= 6).alias("is_weekend"),
    ).cast(DIM_DATE_SCHEMA)


def source_partials(stg_articles: pl.DataFrame) -> pl.DataFrame:
    """Per source and name a chunk gives it, the articles; at the run's end the most frequent name
    names the source (ties: alphabetical; warehouse/sql/finalize_dim_source.sql)."""
    return (
        stg_articles.group_by("source_id", "source_name").agg(pl.len().cast(pl.Int64).alias("articles"))
        .select(
            key_column(pl.col("source_id")).alias("source_key"), "source_id", "source_name",
            pl.col("source_id").str.contains(r"\.").alias("is_domain"), "articles",
        )
        .cast(SOURCE_PARTIAL_SCHEMA)
        .sort("source_id", "source_name")
    )


def dim_article(stg_articles: pl.DataFrame) -> pl.DataFrame:
    """One row per article, keyed by its stable article_key."""
    return stg_articles.with_columns(
        key_column(pl.col("article_id")).alias("article_key"),
        key_column(pl.col("source_id")).alias("source_key"),
        date_key(pl.col("published_at")).alias("published_date_key"),
    ).select(list(DIM_ARTICLE_SCHEMA)).cast(DIM_ARTICLE_SCHEMA)


FCT_ARTICLE_SIGNATURE_SCHEMA = {"article_key": pl.Int64, "minhash": pl.List(pl.UInt32)}


def fct_article_signature(signatures: pl.DataFrame) -> pl.DataFrame:
    """One row per article: its MinHash signature (transforms.duplicates), for later nights' near-duplicates."""
    return signatures.select(key_column(pl.col("article_id")).alias("article_key"),
                             pl.col("minhash").arr.to_list()).cast(FCT_ARTICLE_SIGNATURE_SCHEMA)


def chunk_frames(quarantine: pl.DataFrame, articles: pl.DataFrame, mentions: pl.DataFrame,
                 mention_places: pl.DataFrame, counts: pl.DataFrame, incidents: pl.DataFrame,
                 places: dict[str, dict[str, Place]], dim_place: pl.DataFrame, signatures: pl.DataFrame,
                 gazetteer: Gazetteer, extractor_version: str) -> dict[str, pl.DataFrame]:
    """What one chunk of articles writes, keyed by table name (warehouse/load.py says how); facts
    carry the version of the extractor that produced them. `mention_places` are the places entities name
    (transforms.geocoding), `counts` are placed and read (dateline.night.stages.reported_incidents),
    `incidents` are as each article reports them."""
    article_rows = dim_article(articles)
    return {
        "ops_quarantine": quarantine,
        "dim_date": dim_date(articles, incidents["event_date"]),
        "run_source": source_partials(articles),
        "run_entity": entity_partials(mentions, articles, gazetteer),
        "run_entity_alias": alias_partials(mentions),
        "dim_article": article_rows,
        "run_article": article_rows.select("article_key"),
        "fct_entity_mention": fct_entity_mention(mentions, articles, mention_places, extractor_version),
        "fct_entity_cooccurrence": fct_entity_cooccurrence(mentions, extractor_version),
        "fct_event_count": fct_event_count(counts, articles, extractor_version),
        "dim_place": dim_place,
        "fct_article_incident": fct_article_incident(incidents, articles, places, extractor_version),
        "fct_article_signature": fct_article_signature(signatures),
    }
