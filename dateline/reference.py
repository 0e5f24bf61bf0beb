"""Reference tables from the seeds folder (read at the edge, passed down as frames)."""

from pathlib import Path

import polars as pl

from transforms.counts import COUNT_WORDS_SCHEMA, CountRules
from transforms.gazetteer import ALIAS_SCHEMA, DEMONYM_SCHEMA, Gazetteer

def load_gazetteer(reference_dir: Path) -> Gazetteer:
    aliases = pl.read_csv(reference_dir / "entity_aliases.csv", schema=ALIAS_SCHEMA)
    demonyms = pl.read_csv(reference_dir / "demonyms.csv", schema=DEMONYM_SCHEMA)
    return Gazetteer(aliases, demonyms)


def load_count_rules(reference_dir: Path) -> CountRules:
    return CountRules(pl.read_csv(reference_dir / "count_types.csv", schema=COUNT_WORDS_SCHEMA))
