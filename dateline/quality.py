"""Scores of extraction against hand-annotated gold sets: entity span precision, recall and F1 per
label, accuracy of canonical names on the spans found, and count precision, recall and F1."""

from collections import Counter
from dataclasses import dataclass

from transforms.names import name_key


@dataclass(frozen=True)
class Score:
    label: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def span_scores(gold: list[dict], predicted: list[dict]) -> list[Score]:
    """Exact-match scores per label and overall ('ALL'); each doc is {"doc_id", "entities": [...]}."""
    def spans(docs):
        return {(d["doc_id"], e["start"], e["end"], e["label"]) for d in docs for e in d["entities"]}

    gold_spans, predicted_spans = spans(gold), spans(predicted)
    correct = gold_spans & predicted_spans
    labels = sorted({s[3] for s in gold_spans | predicted_spans})

    def count(found, label):
        return sum(1 for s in found if label in ("ALL", s[3]))

    return [Score(label, count(gold_spans, label), count(predicted_spans, label), count(correct, label))
            for label in [*labels, "ALL"]]


def canonical_accuracy(gold: list[dict], predicted: list[dict]) -> tuple[int, int]:
    """(right, total) canonical names among gold spans the extractor found with the same offsets;
    names compare by key (case, diacritics and al- prefixes aside)."""
    found = {(d["doc_id"], e["start"], e["end"]): e["canonical_name"] for d in predicted for e in d["entities"]}
    results = Counter()
    for doc in gold:
        for entity in doc["entities"]:
            name = found.get((doc["doc_id"], entity["start"], entity["end"]))
            if name is not None:
                results[name_key(name) == name_key(entity["canonical_name"])] += 1
    return results[True], results[True] + results[False]


def errors(gold: list[dict], predicted: list[dict]) -> list[tuple[str, str, str, str]]:
    """(doc_id, kind, text, label) for every missed or spurious span, to read when improving."""
    gold_by = {(d["doc_id"], e["start"], e["end"], e["label"]): e["text"] for d in gold for e in d["entities"]}
    pred_by = {(d["doc_id"], e["start"], e["end"], e["label"]): e["text"] for d in predicted for e in d["entities"]}
    missed = [(k[0], "missed", text, k[3]) for k, text in gold_by.items() if k not in pred_by]
    spurious = [(k[0], "spurious", text, k[3]) for k, text in pred_by.items() if k not in gold_by]
    return sorted(missed + spurious)


def count_scores(gold: list[dict], predicted: list[dict]) -> list[Score]:
    """Counts matched as multisets per doc on (type, quantity) and on (type, quantity, object)."""
    found = {d["doc_id"]: d["counts"] for d in predicted}
    scores = []
    for name, fields in (("type+quantity", ("type", "quantity")), ("+object", ("type", "quantity", "object"))):
        gold_total = predicted_total = correct = 0
        for doc in gold:
            expected = Counter(tuple(c[f] for f in fields) for c in doc["counts"])
            got = Counter(tuple(c[f] for f in fields) for c in found.get(doc["doc_id"], []))
            gold_total += sum(expected.values())
            predicted_total += sum(got.values())
            correct += sum((expected & got).values())
        scores.append(Score(name, gold_total, predicted_total, correct))
    return scores


def count_errors(gold: list[dict], predicted: list[dict]) -> list[tuple[str, str, str, str]]:
    """(doc_id, kind, count, text) for every missed or spurious (type, quantity, object)."""
    found = {d["doc_id"]: d["counts"] for d in predicted}
    rows = []
    for doc in gold:
        def key(c):
            return c["type"], c["quantity"], c["object"]
        expected, got = Counter(map(key, doc["counts"])), Counter(map(key, found.get(doc["doc_id"], [])))
        rows += [(doc["doc_id"], "missed", str(k), doc["text"][:100]) for k in (expected - got).elements()]
        rows += [(doc["doc_id"], "spurious", str(k), doc["text"][:100]) for k in (got - expected).elements()]
    return rows
