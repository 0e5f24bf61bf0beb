"""Entities: mentions in articles, one dimension row per normalized entity, article x entity facts."""

import re

import polars as pl

from transforms.keys import key_column

# spaCy's OntoNotes labels to Dateline's; numeric and temporal labels are not entities.
LABEL_MAP = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "NORP": "GROUP", "EVENT": "EVENT", "WORK_OF_ART": "OTHER", "LAW": "OTHER", "PRODUCT": "OTHER",
    "LANGUAGE": "OTHER",
}
ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "GROUP", "EVENT", "OTHER")
STG_MENTION_SCHEMA = {
    "article_id": pl.String,
    "start": pl.Int32,
    "end": pl.Int32,
    "text": pl.String,
    "label": pl.String,
    "canonical_name": pl.String,
    "entity_id": pl.String,
}
DIM_ENTITY_SCHEMA = {
    "entity_key": pl.Int64,
    "entity_id": pl.String,
    "canonical_name": pl.String,
    "entity_type": pl.String,
}
FCT_ENTITY_MENTION_SCHEMA = {
    "article_key": pl.Int64,
    "entity_key": pl.Int64,
    "mention_count": pl.Int32,
    "first_offset": pl.Int32,
}
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?$")


def stg_mentions(spans: pl.DataFrame) -> pl.DataFrame:
    """One row per entity mention: article_id, start, end, text, label and its normalized entity."""
    return (
        spans.filter(pl.col("model_label").is_in(list(LABEL_MAP)))
        .with_columns(
            pl.col("model_label").replace_strict(LABEL_MAP).alias("label"),
            pl.col("text").map_elements(canonical_name, return_dtype=pl.String).alias("canonical_name"),
        )
        .filter(pl.col("canonical_name") != "")
        .with_columns(entity_id(pl.col("label"), pl.col("canonical_name")))
        .select(list(STG_MENTION_SCHEMA))
        .cast(STG_MENTION_SCHEMA)
        .sort("article_id", "start")
    )


def canonical_name(surface: str) -> str:
    """The surface without a leading article, possessive or stray whitespace."""
    name = POSSESSIVE.sub("", LEADING_ARTICLE.sub("", " ".join(surface.split())))
    return name.strip(" .,;:")


def entity_id(label: pl.Expr, name: pl.Expr) -> pl.Expr:
    """Natural key: type and case-folded canonical name."""
    return pl.concat_str(label, pl.lit("|"), name.str.to_lowercase()).alias("entity_id")


def dim_entity(mentions: pl.DataFrame) -> pl.DataFrame:
    """One row per entity; the name is its most frequent spelling that is not all capitals (datelines
    and headlines shout), ties broken alphabetically."""
    return (
        mentions.group_by("entity_id", "label", "canonical_name").len()
        .with_columns((pl.col("canonical_name") == pl.col("canonical_name").str.to_uppercase()).alias("_caps"))
        .sort(["entity_id", "_caps", "len", "canonical_name"], descending=[False, False, True, False])
        .unique("entity_id", keep="first", maintain_order=True)
        .select(
            key_column(pl.col("entity_id")).alias("entity_key"), "entity_id", "canonical_name",
            pl.col("label").alias("entity_type"),
        )
        .cast(DIM_ENTITY_SCHEMA)
    )


def fct_entity_mention(mentions: pl.DataFrame) -> pl.DataFrame:
    """One row per article and entity: how often it is mentioned and where first."""
    return (
        mentions.group_by("article_id", "entity_id")
        .agg(pl.len().alias("mention_count"), pl.col("start").min().alias("first_offset"))
        .select(
            key_column(pl.col("article_id")).alias("article_key"),
            key_column(pl.col("entity_id")).alias("entity_key"),
            "mention_count", "first_offset",
        )
        .cast(FCT_ENTITY_MENTION_SCHEMA)
        .sort("article_key", "entity_key")
    )
