"""Named-entity spans from article bodies, behind a small interface so the model can be swapped.

Long bodies go through the model in windows cut at sentence ends (spaCy refuses texts over a
million characters, and long docs cost memory out of proportion), with offsets kept.
"""

import bisect
import importlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

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
WINDOW_CHARS = 100_000  # longest piece of text given to the model at once
MAX_BODY_CHARS = 2_000_000  # about 350,000 words, a long book: longer bodies are not news
SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*\s+|\n")
SPACE = re.compile(r"\s")


class UnsplittableText(ValueError):
    """The text is too long for the model and cannot be cut into windows; the message says why."""


@dataclass(frozen=True)
class ExtractedDoc:
    spans: list[tuple[int, int, str]]  # start, end, model label; character offsets
    sentence_starts: list[int]  # character offset where each sentence starts


class EntityExtractor(Protocol):
    def extract(self, texts: Iterable[str]) -> Iterator[ExtractedDoc]:
        """For each text, in order, its entity spans and sentence starts."""


def text_windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of at most `size` characters covering the text, each cut after the last
    sentence end inside it, else at its last space. Raises UnsplittableText for a body longer than
    MAX_BODY_CHARS or holding `size` characters without a space."""
    if len(text) > MAX_BODY_CHARS:
        raise UnsplittableText(f"body of {len(text):,} characters is over the limit of {MAX_BODY_CHARS:,}")
    windows, start = [], 0
    while len(text) - start > size:
        piece = text[start:start + size]
        ends = [m.end() for m in SENTENCE_END.finditer(piece, size // 2)]
        cut = ends[-1] if ends else max((m.end() for m in SPACE.finditer(piece)), default=0)
        if cut == 0:
            raise UnsplittableText(f"{size:,} characters without a space from offset {start:,}")
        windows.append((start, start + cut))
        start += cut
    windows.append((start, len(text)))
    return windows


class SpacyExtractor:
    """spaCy NER from an installed model package (never from a hub), between two gazetteer rulers:
    known multi-word names before it, names it missed (all-capitals datelines and headlines) after
    it; then sentence boundaries."""

    def __init__(self, model: str, batch_size: int = 64, patterns: RulerPatterns | None = None,
                 window_chars: int = WINDOW_CHARS):
        self.nlp = importlib.import_module(model).load(exclude=UNUSED_COMPONENTS)
        if patterns is not None:
            self._add_ruler("known_names", patterns.before, before="ner")
            self._add_ruler("gazetteer", patterns.after, after="ner")
        self.nlp.add_pipe("sentencizer")
        self.batch_size = batch_size
        self.window_chars = window_chars

    def _add_ruler(self, name: str, patterns: list[dict], **position: str) -> None:
        if patterns:
            ruler = self.nlp.add_pipe("entity_ruler", name=name, config={"overwrite_ents": False}, **position)
            with self.nlp.select_pipes(enable=[name]):
                ruler.add_patterns(patterns)

    def extract(self, texts: Iterable[str]) -> Iterator[ExtractedDoc]:
        """Texts longer than a window are cut (text_windows) and their pieces' results joined."""
        texts = list(texts)
        pieces = [(number, start, text[start:end]) for number, text in enumerate(texts)
                  for start, end in text_windows(text, self.window_chars)]
        found = [ExtractedDoc([], []) for _ in texts]
        # Strings the batch adds to the vocabulary are freed after it: memory stays flat all night.
        with self.nlp.memory_zone():
            docs = self.nlp.pipe((piece for _, _, piece in pieces), batch_size=self.batch_size)
            for (number, offset, _), doc in zip(pieces, docs):
                found[number].spans.extend((offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents)
                found[number].sentence_starts.extend(offset + s.start_char for s in doc.sents)
        yield from found


def extract_spans(extractor: EntityExtractor, articles: pl.DataFrame, repair) -> pl.DataFrame:
    """One row per span in `articles.body`, after `repair(text, spans)`, with its sentence index."""
    rows = []
    for article_id, body, doc in zip(articles["article_id"], articles["body"], extractor.extract(articles["body"])):
        for start, end, label in repair(body, doc.spans):
            sentence = bisect.bisect_right(doc.sentence_starts, start) - 1
            rows.append((article_id, start, end, body[start:end], label, max(sentence, 0)))
    return pl.DataFrame(rows, schema=SPAN_SCHEMA, orient="row")
