"""Named-entity spans from article bodies, behind a small interface so the model can be swapped."""

import bisect
import importlib
from dataclasses import dataclass
from typing import Iterable, Iterator, Protocol

import polars as pl

from transforms.gazetteer import RulerPatterns

SPAN_SCHEMA = {
    "article_id": pl.String,
    "start": pl.Int32,
    "end": pl.Int32,
    "text": pl.String,
    "label": pl.String,
    "sentence_index": pl.Int32,
}
# Only `ner` runs from the model: the small English model's NER has its own embedding layer,
# so the other components change nothing in the entities and cost about half the time.
UNUSED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


@dataclass(frozen=True)
class ExtractedDoc:
    spans: list[tuple[int, int, str]]  # start, end, model label; character offsets
    sentence_starts: list[int]  # character offset where each sentence starts


class EntityExtractor(Protocol):
    def extract(self, texts: Iterable[str]) -> Iterator[ExtractedDoc]:
        """For each text, in order, its entity spans and sentence starts."""


class SpacyExtractor:
    """spaCy NER from an installed model package (never from a hub), between two gazetteer rulers:
    known multi-word names before it, names it missed (all-capitals datelines and headlines) after
    it; then sentence boundaries."""

    def __init__(self, model: str, batch_size: int = 64, processes: int = 1, patterns: RulerPatterns | None = None):
        self.nlp = importlib.import_module(model).load(exclude=UNUSED_COMPONENTS)
        if patterns is not None:
            self._add_ruler("known_names", patterns.before, before="ner")
            self._add_ruler("gazetteer", patterns.after, after="ner")
        self.nlp.add_pipe("sentencizer")
        self.batch_size = batch_size
        self.processes = processes

    def _add_ruler(self, name: str, patterns: list[dict], **position: str) -> None:
        if patterns:
            ruler = self.nlp.add_pipe("entity_ruler", name=name, config={"overwrite_ents": False}, **position)
            with self.nlp.select_pipes(enable=[name]):
                ruler.add_patterns(patterns)

    def extract(self, texts: Iterable[str]) -> Iterator[ExtractedDoc]:
        for doc in self.nlp.pipe(texts, batch_size=self.batch_size, n_process=self.processes):
            yield ExtractedDoc([(e.start_char, e.end_char, e.label_) for e in doc.ents],
                               [sentence.start_char for sentence in doc.sents])


def extract_spans(extractor: EntityExtractor, articles: pl.DataFrame, repair) -> pl.DataFrame:
    """One row per span in `articles.body`, after `repair(text, spans)`, with its sentence index."""
    rows = []
    for article_id, body, doc in zip(articles["article_id"], articles["body"], extractor.extract(articles["body"])):
        for start, end, label in repair(body, doc.spans):
            sentence = bisect.bisect_right(doc.sentence_starts, start) - 1
            rows.append((article_id, start, end, body[start:end], label, max(sentence, 0)))
    return pl.DataFrame(rows, schema=SPAN_SCHEMA, orient="row")
