"""Every place an article names, geocoded in context, the whole article at once, the way a geoparser does it.

The places are its PLACE entities, its nationalities (an 'Iraqi' convoy names Iraq), names after 'in' or
in a list of places that the model called something else ('killed in Al Qaim', tagged a person), and the
place an organization is named after ('Orange County Sheriff's Office'). Each is one place within
the article (per entity), chosen in this order of evidence:
  1. the container written next to it: 'Athens, Ga.', 'Mangu, Plateau state', 'Paris, Texas': the
     candidate of the name that lies inside a candidate of the container;
  2. the regions the article names and the region of its dateline: 'Gwoza' in an article about Borno;
  3. the countries named nearest to it, then those the article names most;
  4. the kind of place the name says ('X province'), then population.
A village the gazetteer lacks takes the container named beside it, at that container's precision
('Kafr Nabl, Idlib province' is in Idlib province), never a town of the same name elsewhere.
"""

import re
from dataclasses import dataclass

import polars as pl
import us

from transforms.datelines import find_dateline
from transforms.incidents import Place
from transforms.places import CONTEXT_REGIONS, DIM_PLACE_SCHEMA, QUERY_SCHEMA, PlaceIndex

MENTION_PLACE_SCHEMA = {
    "article_id": pl.String,
    "entity_id": pl.String,
    "place_id": pl.String,  # null: not geocoded
    "geocoded_by": pl.String,  # GEOCODED_BY, null when not geocoded
    "not_geocoded_because": pl.String,  # NOT_GEOCODED_BECAUSE, null when geocoded
}
GEOCODED_BY = {
    "container": "the place written beside it contains it ('Athens, Ga.')",
    "organization": "an organization named after its place ('Orange County Sheriff's Office')",
    "larger_unit": "not in the gazetteer; the place written beside it, at that place's precision",
    "nationality": "a nationality or people of one country ('Iraqi forces')",
    "context": "among places of that name, the one the article's regions and countries point to",
}
NOT_GEOCODED_BECAUSE = {
    "not_in_gazetteer": "no place of that name is known",
    "too_small_without_context": "only small towns have that name, none in a country or region the article names",
}
# A name the model did not call a place is one after these words, or in a list with a place ('Mason and
# Cincinnati'), when it geocodes to a town or region of the article's countries, or to a town of LARGE_TOWN
# people where it names none.
LOCATED_AFTER = r"(?i)\b(?:in|near|outside|at)\s+(?:the\s+)?$"
LISTED_WITH_PLACE = r"^(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s+and\s+)$"
# 'at Southport Albion' is located and named after a place: the organization's reading wins.
NAMED_AS_STRENGTH = {"place": 0, "organization": 1, "located": 2}
MAX_NAMED_AFTER_WORDS = 3  # 'Orange County', 'New York City' Police Department
LARGE_TOWN = 15_000
AP_STATES = {state.ap_abbr: state.abbr for state in us.STATES_AND_TERRITORIES if state.ap_abbr and "." in state.ap_abbr}
CONTAINER_WORD = r"[A-Z][\w'’\-]*"
# What follows a place to name the place containing it: ', Ga.', ', Plateau state', ' (Nakuru County)',
# ', a village in Idlib province'.
CONTAINER = re.compile(
    r"(?:\s*,\s*(?:(?:an?|the)\s+(?:\w+\s+)?(?:village|town|city|hamlet|suburb|district|area)\s+(?:in|of|near)\s+"
    r"(?:the\s+)?)?|\s*\(\s*|\s+(?:village|town|district)\s+(?:in|of)\s+(?:the\s+)?)"
    rf"(?P<outer>{'|'.join(re.escape(abbr) for abbr in sorted(AP_STATES, key=len, reverse=True))}"
    rf"|{CONTAINER_WORD}(?:\s+(?:of\s+|the\s+|al-|el-)?{CONTAINER_WORD}){{0,3}}"
    r"(?:\s+(?:province|state|county|district|region|governorate|oblast|territory|parish))?)")


@dataclass(frozen=True)
class GeocodedMentions:
    mention_places: pl.DataFrame  # MENTION_PLACE_SCHEMA: one row per article and entity that names a place
    dim_place: pl.DataFrame  # DIM_PLACE_SCHEMA: the places found
    by_article: dict[str, dict[str, Place]]  # article_id -> entity_id -> place, for incidents (no peoples, continents)


def geocoded_mentions(mentions: pl.DataFrame, articles: pl.DataFrame, index: PlaceIndex) -> GeocodedMentions:
    """The place of every place an article names (module docstring); each article alone decides its own,
    so chunks never change them."""
    mentions = mentions.with_columns(mention_key=pl.concat_str("article_id", pl.lit("\x1f"), "entity_id"))
    bodies = articles.select("article_id", "body")
    named = pl.concat([mentions.filter(pl.col("label") == "PLACE").with_columns(named_as=pl.lit("place")),
                       _located(mentions, bodies), _named_after(mentions, index)])
    # One reading per entity: its first mention, and of two readings of one mention the stronger (an
    # explicit sort: a tie left to the sort would let the other articles of a chunk decide).
    strength = pl.col("named_as").replace_strict(NAMED_AS_STRENGTH, return_dtype=pl.Int8)
    entities = (named.sort("article_id", "start", strength, maintain_order=True)
                .unique("mention_key", keep="first", maintain_order=True)
                .select("mention_key", pl.when(pl.col("named_as") == "place").then("canonical_name").otherwise("text")
                        .alias("name"), "country_code", "named_as").sort("mention_key"))
    contained, outers = _contained(named, entities, bodies, index)
    found, known = _by_countries(entities, named, mentions, contained, index)
    # Then the regions the article names (and its dateline's, and the containers') pick among the towns of
    # a name; what they do not settle keeps its place by countries.
    in_regions = (_geocoded(entities, named, known, index, _context_regions(found, contained, named, bodies))
                  .filter(pl.col("in_context_region")))
    found = pl.concat([contained.with_columns(geocoded_by=pl.lit("container")),
                       in_regions.select(contained.columns).with_columns(geocoded_by=pl.lit("context")),
                       found.with_columns(geocoded_by=pl.lit("context")),
                       _larger_units(outers, entities, index).with_columns(geocoded_by=pl.lit("larger_unit"))])
    found = found.unique("query_id", keep="first", maintain_order=True)
    # An organization named after its place is there; incidents never take their place from one.
    named_after = entities.filter(pl.col("named_as") == "organization")["mention_key"].implode()
    found = found.with_columns(geocoded_by=pl.when(pl.col("query_id").is_in(named_after))
                               .then(pl.lit("organization")).otherwise("geocoded_by"))
    peoples = _nationalities(mentions, index)
    places = _mention_places(entities, found, peoples, index)
    dim_place = (pl.concat([found.select(DIM_PLACE_SCHEMA.keys()), peoples.select(DIM_PLACE_SCHEMA.keys())])
                 .unique("place_key", keep="first").sort("place_key"))
    by_article: dict[str, dict[str, Place]] = {}
    for row in (found.filter(pl.col("precision") != "continent", ~pl.col("query_id").is_in(named_after))
                .sort("query_id").iter_rows(named=True)):
        article_id, entity_id = row["query_id"].split("\x1f", 1)
        by_article.setdefault(article_id, {})[entity_id] = Place(row["place_id"], row["country_code"], row["region_id"],
                                                                 row["precision"], row["admin2_id"])
    return GeocodedMentions(places, dim_place, by_article)


def _by_countries(entities: pl.DataFrame, named: pl.DataFrame, mentions: pl.DataFrame, contained: pl.DataFrame,
                  index: PlaceIndex) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(The places of `entities` by the countries named nearest them, GEOCODED_SCHEMA; the mentions with
    the countries their places gave, the hints of later passes.) Twice: the countries of the places found
    first ('Plateau' is a state of Nigeria) tell where the small towns named beside them are ('Mangu').
    Nationalities hint too ('Israeli emergency services said'), and a name settled by its container
    ('Athens, Ga.') gives its country, not the one its name suggests."""
    hints = mentions.filter(pl.col("label").is_in(["PLACE", "GROUP"]))
    found = pl.concat([contained, _geocoded(entities, named, hints, index).drop("in_context_region")])
    found = found.unique("query_id", keep="first", maintain_order=True)
    known = (hints.join(found.select(mention_key="query_id", found_country="country_code"), on="mention_key", how="left")
             .with_columns(pl.coalesce("found_country", "country_code").alias("country_code")))
    missing = entities.join(found.select(mention_key="query_id"), on="mention_key", how="anti")
    return pl.concat([found, _geocoded(missing, named, known, index).drop("in_context_region")]), known


def _larger_units(outers: pl.DataFrame, entities: pl.DataFrame, index: PlaceIndex) -> pl.DataFrame:
    """The containers written beside place names (GEOCODED_SCHEMA, by the name's mention_key), where they
    are areas: what a village the gazetteer lacks takes, never a town ('Zzyzx, Washington officials said')."""
    beside = (outers.join(entities.filter(pl.col("named_as") == "place").select("mention_key"), on="mention_key")
              .unique("mention_key", keep="first", maintain_order=True))
    state_names = {abbr: f"{us.states.lookup(code).name} state" for abbr, code in AP_STATES.items()}
    units = index.geocode(beside.select(
        query_id="mention_key", name=pl.col("outer").replace(state_names), country_code=pl.lit(None, pl.String),
        context_countries=pl.lit([], pl.List(pl.String))).cast(QUERY_SCHEMA))
    return units.filter(pl.col("precision").is_in(["region", "country"]))


def _located(mentions: pl.DataFrame, bodies: pl.DataFrame) -> pl.DataFrame:
    """Mentions the model called something else that the text puts as places: after 'in' ('killed in Al
    Qaim', tagged a person), or in a list with a place ('Mason and Cincinnati', 'Dayton, Mason')."""
    by_article = pl.col("article_id")
    ordered = (mentions.sort("article_id", "start").join(bodies, on="article_id")
               .with_columns(previous_label=pl.col("label").shift().over(by_article),
                             previous_end=pl.col("end").shift().over(by_article),
                             next_label=pl.col("label").shift(-1).over(by_article),
                             next_start=pl.col("start").shift(-1).over(by_article)))
    body, start, end = pl.col("body"), pl.col("start"), pl.col("end")
    before = body.str.slice(pl.max_horizontal(start - 12, 0), pl.min_horizontal(start, 12))
    gap_before = body.str.slice(pl.col("previous_end"), (start - pl.col("previous_end")).clip(0))
    gap_after = body.str.slice(end, (pl.col("next_start") - end).clip(0))
    listed = (((pl.col("previous_label") == "PLACE") & gap_before.str.contains(LISTED_WITH_PLACE))
              | ((pl.col("next_label") == "PLACE") & gap_after.str.contains(LISTED_WITH_PLACE))).fill_null(False)
    return (ordered.filter(~pl.col("label").is_in(["PLACE", "GROUP"]), before.str.contains(LOCATED_AFTER) | listed)
            .drop("body", "previous_label", "previous_end", "next_label", "next_start")
            .with_columns(named_as=pl.lit("located")))


def _named_after(mentions: pl.DataFrame, index: PlaceIndex) -> pl.DataFrame:
    """Organizations whose first words name a place ('Orange County Sheriff's Office', 'Nigeria Police
    Force'): the longest such words, as a mention of the organization's entity."""
    organizations = mentions.filter(pl.col("label") == "ORG").unique("mention_key", keep="first", maintain_order=True)
    prefixes = (organizations.select("mention_key", words=pl.col("text").str.split(" "))
                .with_columns(size=pl.int_ranges(1, pl.min_horizontal(pl.col("words").list.len(), MAX_NAMED_AFTER_WORDS + 1)))
                .explode("size").drop_nulls("size")
                .with_columns(prefix=pl.col("words").list.head(pl.col("size")).list.join(" ")))
    if prefixes.is_empty():
        return mentions.clear().with_columns(named_as=pl.lit("organization"))
    known = index.candidates(prefixes.select(query_id=pl.format("{}@{}", "mention_key", "size"), name="prefix",
                                             country_code=pl.lit(None, pl.String),
                                             context_countries=pl.lit([], pl.List(pl.String))).cast(QUERY_SCHEMA))
    longest = (prefixes.join(known.select(pl.col("query_id").unique()), left_on=pl.format("{}@{}", "mention_key", "size"),
                             right_on="query_id")
               .sort("mention_key", "size", descending=[False, True]).unique("mention_key", keep="first"))
    return (organizations.join(longest.select("mention_key", "prefix"), on="mention_key")
            .with_columns(text="prefix", end=pl.col("start") + pl.col("prefix").str.len_chars().cast(pl.Int32))
            .drop("prefix").with_columns(named_as=pl.lit("organization")))


def _geocoded(entities: pl.DataFrame, candidates: pl.DataFrame, places: pl.DataFrame, index: PlaceIndex,
              regions: pl.DataFrame | None = None) -> pl.DataFrame:
    """The places of `entities`; the countries of the `places` nearest to their mentions are the hints, and
    `regions` (mention_key, context_regions), when given, the regions. A name the model did not call a
    place counts only as a town or region of one of those countries."""
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
    if regions is None:
        regions = pl.DataFrame(schema={"mention_key": pl.String} | CONTEXT_REGIONS)
    queries = (entities.join(nearby, on="mention_key", how="left").join(regions, on="mention_key", how="left")
               .with_columns(pl.col("context_regions").fill_null(pl.lit([], CONTEXT_REGIONS["context_regions"])))
               .with_columns(
        # One question per name, country and hints: 'Iraq' in a thousand articles is looked up once. A
        # name with its own country needs no other country hint.
        question=pl.concat_str("name", pl.lit("\x1f"), pl.col("country_code").fill_null(""), pl.lit("\x1f"),
                               pl.when(pl.col("country_code").is_null())
                               .then(pl.col("context_countries").list.join(",")).fill_null(""), pl.lit("\x1f"),
                               pl.col("context_regions").list.sort().list.join(","))))
    asked = queries.unique("question", keep="first", maintain_order=True)
    answers = index.geocode(asked.select(pl.col("question").alias("query_id"), "name", "country_code",
                                         "context_countries", "context_regions")
                            .cast(QUERY_SCHEMA | CONTEXT_REGIONS))
    found = (queries.select("mention_key", "question", "named_as", "context_regions", context="context_countries")
             .join(answers.rename({"query_id": "question"}), on="question").drop("question")
             .rename({"mention_key": "query_id"}))
    in_context = pl.col("context").list.contains(pl.col("country_code"))
    # Without any country named, a name after 'in' must be a town large enough to be the likely one.
    large = pl.col("context").list.len().fill_null(0).eq(0) & pl.col("population").fill_null(0).ge(LARGE_TOWN)
    in_region = (pl.col("context_regions").list.contains(pl.col("region_id"))
                 | pl.col("context_regions").list.contains(pl.col("place_id"))).fill_null(False)
    named_as, precision = pl.col("named_as"), pl.col("precision")
    # A name after 'in' is a town or region of the article's countries, or a large town; an organization's
    # first words ('Orange County Sheriff's Office') may also be a country.
    town_or_region = precision.is_in(["town", "region"]) & (in_context | large)
    return (found.filter((named_as == "place") | ((named_as == "located") & town_or_region)
                         | ((named_as == "organization") & (town_or_region | precision.is_in(["region", "country"]))))
            .with_columns(in_context_region=in_region).drop("named_as", "context", "context_regions"))


def _contained(named: pl.DataFrame, entities: pl.DataFrame, bodies: pl.DataFrame, index: PlaceIndex
               ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(GEOCODED_SCHEMA rows of names settled by the container written beside them, and of the containers
    themselves when the article names them as places; mention_key and outer: every container found)."""
    rows = []
    text = dict(bodies.iter_rows())
    for mention in named.select("mention_key", "article_id", "end").iter_rows(named=True):
        match = CONTAINER.match(text.get(mention["article_id"], ""), mention["end"])
        if match:
            rows.append((mention["mention_key"], mention["article_id"], match["outer"], match.start("outer")))
    outers = pl.DataFrame(rows, schema={"mention_key": pl.String, "article_id": pl.String, "outer": pl.String,
                                        "outer_start": pl.Int32}, orient="row"
                          ).with_columns(outer_id=pl.format("{}@{}", "mention_key", "outer_start"))
    empty = index.geocode(pl.DataFrame(schema=QUERY_SCHEMA))
    if outers.is_empty():
        return empty, outers
    no_hints = {"country_code": pl.lit(None, pl.String), "context_countries": pl.lit([], pl.List(pl.String))}
    states = outers.filter(pl.col("outer").is_in(list(AP_STATES)))
    inner_candidates = index.candidates(entities.join(outers.select("mention_key").unique(), on="mention_key").select(
        query_id="mention_key", name="name", **no_hints).cast(QUERY_SCHEMA))
    outer_candidates = pl.concat([
        index.candidates(outers.join(states, on="outer_id", how="anti").select(query_id="outer_id", name="outer",
                                                                                 **no_hints).cast(QUERY_SCHEMA))
        .select(outer_id="query_id", place_id="place_id"),
        states.select("outer_id", place_id=pl.format("region:US:{}", pl.col("outer").replace_strict(AP_STATES)))])
    # Of the name's places inside its container, a town before an area of the same name (the name would
    # say 'district'), then the largest; an entity written with two containers takes its first.
    pairs = (index.within(inner_candidates.select(mention_key="query_id", place_id="place_id", precision="precision",
                                                  population="population"), outer_candidates)
             .join(outers.select("outer_id", "mention_key", "article_id", "outer_start"),
                   left_on=["outer_id_outer", "mention_key"], right_on=["outer_id", "mention_key"])
             .sort("mention_key", "outer_start", pl.col("precision").replace_strict({"town": 0, "region": 1}, default=2),
                   pl.col("population").fill_null(0), "place_id", descending=[False, False, False, True, False]))
    inner = pairs.unique("mention_key", keep="first", maintain_order=True).select(query_id="mention_key",
                                                                                 place_id="place_id")
    # The container itself, where the article names it as a place: 'Georgia' in 'Athens, Georgia' is the state.
    outer_mentions = (pairs.unique("outer_id_outer", keep="first", maintain_order=True)
                      .join(named.select("article_id", start="start", outer_key="mention_key"),
                            left_on=["article_id", "outer_start"], right_on=["article_id", "start"])
                      .select(query_id="outer_key", place_id="place_id_outer"))
    chosen = pl.concat([inner, outer_mentions]).unique("query_id", keep="first", maintain_order=True)
    places = index.places.select(DIM_PLACE_SCHEMA.keys())
    return chosen.join(places, on="place_id").select(empty.columns).sort("query_id"), outers


def _context_regions(found: pl.DataFrame, contained: pl.DataFrame, named: pl.DataFrame, bodies: pl.DataFrame
                     ) -> pl.DataFrame:
    """Per place mention (mention_key), the regions (admin1 and admin2 place ids) that the towns of its
    article are likely in: those the article names, those of places settled by a container, and its
    dateline's; never those the mention itself gave ('Orange County' guessed in California must not
    confirm itself against an Orlando, Fla. beside it)."""
    article_of = named.select("mention_key", "article_id").unique("mention_key")
    dateline_starts = pl.DataFrame(
        [(article_id, match.start("place")) for article_id, body in bodies.iter_rows()
         if (match := find_dateline(body)) is not None], schema={"article_id": pl.String, "start": pl.Int32}, orient="row")
    datelines = named.join(dateline_starts, on=["article_id", "start"]).select("mention_key")
    region = pl.col("precision") == "region"
    own = pl.when(region).then("place_id")
    named_regions = pl.concat([found.filter(region).select("query_id", region_id=own),
                               found.filter(region).select("query_id", "region_id")])  # an admin2's admin1
    settled = pl.concat([contained, found.join(datelines.select(query_id="mention_key"), on="query_id")])
    settled_regions = pl.concat([settled.select("query_id", "region_id"), settled.select("query_id", region_id=own)])
    given = (pl.concat([named_regions, settled_regions]).drop_nulls("region_id")
             .join(article_of.rename({"mention_key": "query_id"}), on="query_id").rename({"query_id": "giver"}))
    return (article_of.join(given, on="article_id").filter(pl.col("giver") != pl.col("mention_key"))
            .group_by("mention_key").agg(pl.col("region_id").unique().sort().alias("context_regions"))
            .cast({"context_regions": CONTEXT_REGIONS["context_regions"]}))


def _nationalities(mentions: pl.DataFrame, index: PlaceIndex) -> pl.DataFrame:
    """A people of one country names that country as a place: 'Iraqi forces' names Iraq (query_id and
    DIM_PLACE_SCHEMA, by article and entity)."""
    peoples = (mentions.filter((pl.col("label") == "GROUP") & pl.col("country_code").is_not_null())
               .unique("mention_key").select(query_id="mention_key", place_id=pl.format("country:{}", "country_code")))
    return peoples.join(index.places.select(DIM_PLACE_SCHEMA.keys()), on="place_id").sort("query_id")


def _mention_places(entities: pl.DataFrame, found: pl.DataFrame, peoples: pl.DataFrame, index: PlaceIndex
                    ) -> pl.DataFrame:
    """MENTION_PLACE_SCHEMA: every place entity with its place, or why it has none; names after 'in' that
    the model called something else count only when found."""
    resolved = pl.concat([found.select("query_id", "place_id", "geocoded_by"),
                          peoples.select("query_id", "place_id", geocoded_by=pl.lit("nationality"))])
    places = entities.filter(pl.col("named_as") == "place").select("mention_key", "name").join(
        resolved.rename({"query_id": "mention_key"}), on="mention_key", how="left")
    unresolved = places.filter(pl.col("place_id").is_null())
    known_names = index.candidates(unresolved.select(
        query_id="mention_key", name="name", country_code=pl.lit(None, pl.String),
        context_countries=pl.lit([], pl.List(pl.String))).cast(QUERY_SCHEMA))["query_id"].unique()
    because = (pl.when(pl.col("place_id").is_not_null()).then(None)
               .when(pl.col("mention_key").is_in(known_names.implode())).then(pl.lit("too_small_without_context"))
               .otherwise(pl.lit("not_in_gazetteer")))
    everything = pl.concat([places.with_columns(not_geocoded_because=because).drop("name"),
                            resolved.join(places.select(query_id="mention_key"), on="query_id", how="anti")
                            .rename({"query_id": "mention_key"}).with_columns(not_geocoded_because=pl.lit(None, pl.String))])
    return (everything.with_columns(pl.col("mention_key").str.split_exact("\x1f", 1)
                                    .struct.rename_fields(["article_id", "entity_id"])).unnest("mention_key")
            .select(MENTION_PLACE_SCHEMA.keys()).cast(MENTION_PLACE_SCHEMA).sort("article_id", "entity_id"))
