"""The extractor's version: a hash, like the gazetteer's cache key, over everything that decides
what a fact says (the model, every reference table, the extraction code). Facts record it; a
backfill re-extracts those an older extractor made."""

import hashlib
from importlib.metadata import version
from pathlib import Path

import transforms.counts
import transforms.datelines
import transforms.entities
import transforms.gazetteer
import transforms.incidents
import transforms.keys
import transforms.names
import transforms.ner
import transforms.numbers
import transforms.places
import transforms.spans
import transforms.star

# The code that turns an article's text into spans, entities, counts and fact rows.
EXTRACTION_MODULES = (transforms.ner, transforms.spans, transforms.entities, transforms.counts, transforms.numbers,
                      transforms.gazetteer, transforms.names, transforms.datelines, transforms.keys, transforms.star,
                      transforms.incidents, transforms.places)


def extractor_version(model: str, reference_dir: Path) -> str:
    """12 hex digits naming the extractor: the model package and its version, every reference table
    (seeds/*.csv) and the extraction code."""
    digest = hashlib.sha256(f"{model}=={version(model.replace('_', '-'))}".encode())
    for table in sorted(reference_dir.glob("*.csv")):
        digest.update(table.name.encode() + b"\0" + table.read_bytes())
    for module in EXTRACTION_MODULES:
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:12]
