"""Where the places an article names are: its PLACE entities, and names after 'in' that the model
called something else, geocoded with the countries named nearest to them as hints."""

import polars as pl

from transforms.incidents import Place
from transforms.places import DIM_PLACE_SCHEMA, QUERY_SCHEMA, PlaceIndex

# A name the model did not call a place is one after these words when it geocodes to a town or region of
# the article's countries, or to a town of LARGE_TOWN people where it names none: 'killed in Al Qaim'
# (tagged a person).
LOCATED_AFTER = r"(?i)\b(?:in|near|outside|at)\s+(?:the\s+)?$"
LARGE_TOWN = 15_000


def geocoded_places(mentions: pl.DataFrame, articles: pl.DataFrame, index: PlaceIndex
                    ) -> tuple[dict[str, dict[str, Place]], pl.DataFrame]:
    """The place of each PLACE entity an article names, by article and entity (an article alone decides
    it, so chunks never change it): by its canonical name, its country, and the countries of the other
    places named nearest to it ('Anbar's al-Qaem' is in Iraq even when the article names the United
    States more often); and of names after 'in' that are a town or region of those countries,
    whatever the model called them. Also the dim_place rows of what was found."""
    mentions = mentions.with_columns(mention_key=pl.concat_str("article_id", pl.lit("\x1f"), "entity_id"))
    bodies = articles.select("article_id", "body")
    located = (mentions.filter(pl.col("label") != "PLACE").join(bodies, on="article_id")
               .filter(pl.col("body").str.slice(pl.max_horizontal(pl.col("start") - 12, 0),
                                                pl.min_horizontal(pl.col("start"), 12)).str.contains(LOCATED_AFTER))
               .drop("body"))
    places = mentions.filter(pl.col("label") == "PLACE")
    candidates = pl.concat([places, located])
    entities = (candidates.sort("article_id", "start").unique("mention_key", keep="first", maintain_order=True)
                .select("mention_key", pl.when(pl.col("label") == "PLACE").then("canonical_name").otherwise("text")
                        .alias("name"), "country_code", is_place=pl.col("label") == "PLACE").sort("mention_key"))
    # Twice: the countries of the places found first ('Plateau' is a state of Nigeria) tell where the
    # small towns named beside them are ('Mangu').
    # Nationalities say where too: 'Israeli emergency services said' (their demonyms carry a country).
    hints = mentions.filter(pl.col("label").is_in(["PLACE", "GROUP"]))
    found = _geocoded(entities, candidates, hints, index)
    known = hints.join(found.select(mention_key="query_id", found_country="country_code"), on="mention_key", how="left")
    known = known.with_columns(pl.coalesce("country_code", "found_country").alias("country_code"))
    missing = entities.join(found.select(mention_key="query_id"), on="mention_key", how="anti")
    found = pl.concat([found, _geocoded(missing, candidates, known, index)]).sort("query_id")
    by_article: dict[str, dict[str, Place]] = {}
    for row in found.iter_rows(named=True):
        article_id, entity_id = row["query_id"].split("\x1f", 1)
        by_article.setdefault(article_id, {})[entity_id] = Place(row["place_id"], row["country_code"], row["region_id"],
                                                                 row["precision"])
    return by_article, found.select(list(DIM_PLACE_SCHEMA)).unique("place_key", keep="first").sort("place_key")


def _geocoded(entities: pl.DataFrame, candidates: pl.DataFrame, places: pl.DataFrame, index: PlaceIndex
              ) -> pl.DataFrame:
    """The places of `entities`; the countries of the `places` nearest to their mentions are the hints.
    A name the model did not call a place counts only as a town or region of one of them."""
    hints = places.drop_nulls("country_code")
    # Countries named in the same sentence, nearest first, then the article's by how often it names
    # them: joins per sentence and per article, never of every mention with every other.
    same_sentence = (candidates.select("article_id", "sentence_index", "mention_key", "start")
                     .join(hints.select("article_id", "sentence_index", "country_code", other="start"),
                           on=["article_id", "sentence_index"])
                     .group_by("mention_key", "country_code")
                     .agg(rank=(pl.col("start") - pl.col("other")).abs().min().cast(pl.Int64)))
    in_article = (candidates.select("article_id", "mention_key").unique()
                  .join(hints.group_by("article_id", "country_code").len("times"), on="article_id")
                  .group_by("mention_key", "country_code").agg(rank=1_000_000_000 - pl.col("times").sum().cast(pl.Int64)))
    nearby = (pl.concat([same_sentence, in_article]).group_by("mention_key", "country_code").agg(pl.col("rank").min())
              .sort("mention_key", "rank", "country_code")
              .group_by("mention_key", maintain_order=True).agg(pl.col("country_code").alias("context_countries")))
    queries = entities.join(nearby, on="mention_key", how="left").with_columns(
        # One question per name, country and hints: 'Iraq' in a thousand articles is looked up once. A
        # name with its own country needs no other hint.
        question=pl.concat_str("name", pl.lit("\x1f"), pl.col("country_code").fill_null(""), pl.lit("\x1f"),
                               pl.when(pl.col("country_code").is_null())
                               .then(pl.col("context_countries").list.join(",")).fill_null("")))
    asked = queries.unique("question", keep="first", maintain_order=True)
    answers = index.geocode(asked.select(pl.col("question").alias("query_id"), "name", "country_code",
                                         "context_countries").cast(QUERY_SCHEMA))
    found = (queries.select("mention_key", "question", "is_place", context="context_countries")
             .join(answers.rename({"query_id": "question"}), on="question").drop("question")
             .rename({"mention_key": "query_id"}))
    in_context = pl.col("context").list.contains(pl.col("country_code"))
    # Without any country named, a name after 'in' must be a town large enough to be the likely one.
    large = pl.col("context").list.len().fill_null(0).eq(0) & pl.col("population").fill_null(0).ge(LARGE_TOWN)
    return found.filter(pl.col("is_place") | (pl.col("precision").is_in(["town", "region"]) & (in_context | large))
                        ).drop("is_place", "context")
