"""Named-entity spans from article bodies, behind a small interface so the model can be swapped."""

import importlib
from typing import Iterable, Iterator, Protocol

import polars as pl

SPAN_SCHEMA = {
    "article_id": pl.String,
    "start": pl.Int32,
    "end": pl.Int32,
    "text": pl.String,
    "model_label": pl.String,
}
# Only `ner` runs: the small English model's NER has its own embedding layer, so the other
# components change nothing in the entities and cost about half the time.
UNUSED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

Span = tuple[int, int, str, str]


class EntityExtractor(Protocol):
    def spans(self, texts: Iterable[str]) -> Iterator[list[Span]]:
        """For each text, its (start, end, text, label) spans with character offsets."""


class SpacyExtractor:
    """spaCy NER from an installed model package, loaded from disk (never from a hub)."""

    def __init__(self, model: str, batch_size: int = 64, processes: int = 1):
        self.nlp = importlib.import_module(model).load(exclude=UNUSED_COMPONENTS)
        self.batch_size = batch_size
        self.processes = processes

    def spans(self, texts: Iterable[str]) -> Iterator[list[Span]]:
        for doc in self.nlp.pipe(texts, batch_size=self.batch_size, n_process=self.processes):
            yield [(ent.start_char, ent.end_char, ent.text, ent.label_) for ent in doc.ents]


def extract_spans(extractor: EntityExtractor, articles: pl.DataFrame) -> pl.DataFrame:
    """One row per span the extractor finds in `articles.body`."""
    rows = [
        (article_id, start, end, text, label)
        for article_id, spans in zip(articles["article_id"], extractor.spans(articles["body"]))
        for start, end, text, label in spans
    ]
    return pl.DataFrame(rows, schema=SPAN_SCHEMA, orient="row")
