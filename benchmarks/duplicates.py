"""Speed, memory and accuracy of near-duplicate detection (transforms.duplicates), in this process.

    python -m benchmarks.duplicates [--articles 2000] [--seed 1]

`near_duplicate_rows(bodies)` measures the given bodies (benchmarks.run passes its generated corpus);
`__main__` measures synthetic articles made of the sentences of seeds/landing/*.txt, shuffled. Rows:

- minhash_signatures: articles and words per second, polars normalization included;
- near_duplicate_pairs: every article against the others, and the last tenth against the first nine
  tenths as `earlier` (a night against the warehouse);
- memory per signature: its column in the frame, and the peak Python allocations (tracemalloc) of
  near_duplicate_pairs per indexed new article and per earlier one;
- accuracy at the threshold, for copies of the first COPIES bodies with k% of their words replaced
  by words of other bodies, and for syndicated copies (new headline line, another agency in the
  dateline, curly quotes, last paragraph cut or a credit line added, 3% of words replaced), each run
  with the bodies as `earlier`: mean and 5th percentile similarity to the original, recall (the copy
  paired with its original) and precision (pairs whose two articles come from one original);
- different articles: pairs among the bodies themselves, and the highest similarity of any two of
  the first ALL_PAIRS_LIMIT with all NUM_PERM slots and with the first half only (what a signature of
  NUM_PERM / 2 would estimate);
- the threshold curve: recall per edit level, false pairs and pairs among the bodies at other thresholds.

Measured 2026-12-02 on this 2-core machine (other jobs running: ranges are quiet to busy), the generated
corpus of benchmarks.run, 2,000 articles of ~400 words; NUM_PERM 128, five-word shingles, threshold 0.4:

- 1,500-2,500 signatures/s; all pairs of 2,000 articles in 0.4-0.6 s; 200 new against 1,800 earlier in
  0.12-0.3 s (10,000 all new: 5 s; 2,000 new against 28,000 earlier: 2-4 s; 30,000 all new: 21 s and
  no growth of peak RSS, the index being capped at INDEX_ARTICLES);
- 512 bytes per signature in the frame; ~20 KB per indexed new signature, ~0.7 KB per earlier one;
- similarity to the original, mean / 5th percentile, and recall at 0.4: 2% of words replaced 0.83 /
  0.73, 100%; 5% 0.65 / 0.52, 100%; 10% 0.42 / 0.33, 60%; 15% 0.29 / 0.20, 4%; 20% 0.21 / 0.13, 0%;
  syndicated 0.68 / 0.55, 100%; precision 1.0;
- different articles: no pair among the 2,000; the highest similarity 0.23 (0.30 with 64 slots);
- recall at 10% replaced / syndicated by threshold: 0.3 97% / 100%, 0.35 82% / 100%, 0.4 60% / 100%,
  0.45 35% / 100%, 0.5 12% / 98%, 0.6 1% / 86%; no false pair at any of them.

On `__main__`'s seed-made articles the figures are alike (highest similarity of different articles 0.10).
Articles that share whole sentences are another matter: made of sentences drawn from the same ~120,
unshuffled, 3 pairs of 2,000 sharing about 40% of their text reached 0.4.
"""

import argparse
import random
import re
import time
import tracemalloc
from pathlib import Path

import polars as pl

from transforms.duplicates import INDEX_ARTICLES, NEAR_DUPLICATE_THRESHOLD, NUM_PERM, minhash_signatures, near_duplicate_pairs

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "landing"
COPIES = 200
EDIT_SHARES = (0.0, 0.02, 0.05, 0.10, 0.15, 0.20, 0.30)
CURVE_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.6)
ALL_PAIRS_LIMIT = 3_000  # highest similarity over all pairs costs n² comparisons
DATELINE_AGENCY = re.compile(r"\([^)]*\)(?= -)")


def near_duplicate_rows(bodies: list[str], seed: int = 1) -> list[dict]:
    """Rows of measurements, each a dict with a `name`; timings have articles, words and seconds."""
    articles = pl.DataFrame({"article_id": [f"a{i:07d}" for i in range(len(bodies))], "body": bodies})
    words = sum(len(body.split()) for body in bodies)
    minhash_signatures(articles.head(50))  # warm-up: polars' regexes compile on first use
    started = time.perf_counter()
    signatures = minhash_signatures(articles)
    rows = [timing("minhash_signatures", len(bodies), words, time.perf_counter() - started)]
    rows += pair_timings(signatures, words)
    rows.append(memory_row(signatures))
    rng = random.Random(seed)
    copies = edited_copies(bodies[:COPIES], rng)
    rows += accuracy_rows(signatures, copies)
    rows.append(unrelated_row(signatures))
    rows += curve_rows(signatures, copies)
    return rows


def timing(name: str, articles: int, words: int, seconds: float, **extra) -> dict:
    return {"name": name, "articles": articles, "words": words, "seconds": seconds,
            "articles_per_second": articles / seconds if seconds else None, **extra}


def pair_timings(signatures: pl.DataFrame, words: int) -> list[dict]:
    count = signatures.height
    started = time.perf_counter()
    pairs = near_duplicate_pairs(signatures)
    rows = [timing(f"near_duplicate_pairs, {count:,} articles", count, words, time.perf_counter() - started,
                   pairs=pairs.height)]
    new = max(count // 10, 1)
    started = time.perf_counter()
    pairs = near_duplicate_pairs(signatures.tail(new), earlier=signatures.head(count - new))
    rows.append(timing(f"near_duplicate_pairs, {new:,} new against {count - new:,} earlier", new, None,
                       time.perf_counter() - started, pairs=pairs.height))
    return rows


def memory_row(signatures: pl.DataFrame) -> dict:
    """Bytes per signature: its minhash column, and the peak Python allocations (tracemalloc) of
    near_duplicate_pairs per new article (the LSH index holds up to INDEX_ARTICLES new ones, each in a
    bucket of every band) and per earlier one (its row of the matrix, the sketch it queries with)."""
    count = max(signatures.height, 1)
    indexed = signatures.head(INDEX_ARTICLES)
    per_new = traced_peak(lambda: near_duplicate_pairs(indexed)) / max(indexed.height, 1)
    new = max(count // 10, 1)
    night = traced_peak(lambda: near_duplicate_pairs(signatures.tail(new), earlier=signatures.head(count - new)))
    return {"name": "memory per signature", "articles": signatures.height,
            "frame_bytes": signatures["minhash"].estimated_size() / count, "peak_bytes_per_new": per_new,
            "peak_bytes_per_earlier": (night - new * per_new) / max(count - new, 1)}


def traced_peak(work) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def edited_copies(originals: list[str], rng: random.Random) -> pl.DataFrame:
    """Copies of each original: one per share of EDIT_SHARES and one syndicated; `of` is the original's
    row, `edit` what was done."""
    vocabulary = [word for body in originals for word in body.split()]
    rows = []
    for index, body in enumerate(originals):
        for share in EDIT_SHARES:
            rows.append({"of": index, "edit": f"{share:.0%} of words replaced",
                         "body": replace_words(body, share, vocabulary, rng)})
        rows.append({"of": index, "edit": "syndicated", "body": syndicated(body, vocabulary, rng)})
    return pl.DataFrame(rows).with_columns(article_id=pl.format("copy{}", pl.int_range(pl.len())))


def replace_words(body: str, share: float, vocabulary: list[str], rng: random.Random) -> str:
    return " ".join(rng.choice(vocabulary) if rng.random() < share else word for word in body.split(" "))


def syndicated(body: str, vocabulary: list[str], rng: random.Random) -> str:
    """Another outlet's re-run: its own headline line, its name in the dateline, curly quotes, the last
    paragraph cut (or a credit line added) and a few words changed."""
    paragraphs = body.split("\n")
    paragraphs[0] = DATELINE_AGENCY.sub("(Capital Post)", paragraphs[0], count=1)
    if len(paragraphs) > 4 and rng.random() < 0.5:
        paragraphs.pop()
    else:
        paragraphs.append("(Additional reporting by Dana Whitfield; editing by Omar Haddad)")
    text = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", "\n".join(paragraphs)).replace("'", "\u2019")
    headline = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(6, 12)))
    return headline + "\n" + replace_words(text, 0.03, vocabulary, rng)


def scored_copies(signatures: pl.DataFrame, copies: pl.DataFrame, threshold: float) -> tuple[pl.DataFrame, int, int]:
    """Each copy with its similarity to its original and whether the two were paired, with the bodies
    as `earlier`; the pairs reported, and how many join articles of two different originals."""
    copy_signatures = minhash_signatures(copies)
    pairs = near_duplicate_pairs(copy_signatures, earlier=signatures, threshold=threshold)
    family = dict(zip(signatures["article_id"], range(signatures.height))) | dict(zip(copies["article_id"],
                                                                                    copies["of"]))
    reported = set(zip(pairs["article_id"], pairs["duplicate_of_article_id"]))
    false = sum(family[copy] != family[other] for copy, other in reported)
    originals = signatures["minhash"].to_numpy()[copies["of"].to_numpy()]
    similarity = (copy_signatures["minhash"].to_numpy() == originals).mean(axis=1)
    ids = signatures["article_id"].to_list()
    paired = [(copy, ids[of]) in reported for copy, of in zip(copies["article_id"], copies["of"])]
    return copies.with_columns(similarity=similarity, paired=pl.Series(paired)), len(reported), false


def accuracy_rows(signatures: pl.DataFrame, copies: pl.DataFrame) -> list[dict]:
    scored, reported, false = scored_copies(signatures, copies, NEAR_DUPLICATE_THRESHOLD)
    summary = scored.group_by("edit", maintain_order=True).agg(
        copies=pl.len(), mean_similarity=pl.col("similarity").mean(),
        p5_similarity=pl.col("similarity").quantile(0.05), recall=pl.col("paired").mean())
    precision = (reported - false) / reported if reported else None
    return [{"name": f"copies, {row.pop('edit')}", "threshold": NEAR_DUPLICATE_THRESHOLD, **row,
             "precision": precision} for row in summary.to_dicts()]


def unrelated_row(signatures: pl.DataFrame) -> dict:
    """Pairs among the bodies, and the highest similarity of any two of the first ALL_PAIRS_LIMIT, with
    every slot and with the first half of the slots."""
    pairs = near_duplicate_pairs(signatures)
    matrix = signatures["minhash"].head(ALL_PAIRS_LIMIT).to_numpy()
    highest, highest_half = 0.0, 0.0
    for row in range(len(matrix) - 1):
        agree = matrix[row + 1:] == matrix[row]
        highest = max(highest, agree.mean(axis=1).max())
        highest_half = max(highest_half, agree[:, :NUM_PERM // 2].mean(axis=1).max())
    return {"name": "different articles (the bodies among themselves)", "articles": signatures.height,
            "threshold": NEAR_DUPLICATE_THRESHOLD, "pairs": pairs.height, "highest_similarity": float(highest),
            f"highest_similarity_{NUM_PERM // 2}_slots": float(highest_half), "compared": len(matrix)}


def curve_rows(signatures: pl.DataFrame, copies: pl.DataFrame) -> list[dict]:
    rows = []
    for threshold in CURVE_THRESHOLDS:
        scored, reported, false = scored_copies(signatures, copies, threshold)
        recall = dict(scored.group_by("edit", maintain_order=True).agg(pl.col("paired").mean()).iter_rows())
        rows.append({"name": f"threshold {threshold:.2f}", "threshold": threshold, "recall": recall,
                     "false_pairs": false, "pairs_among_bodies": near_duplicate_pairs(signatures, threshold=threshold)
                     .height})
    return rows


def seed_bodies(count: int, rng: random.Random) -> list[str]:
    """Synthetic articles of about 400 words: sentences of seeds/landing/*.txt drawn at random, each cut
    into runs of three words put in a new order. Different articles then share the seeds' words and
    short phrases, as independent reports do, but seldom five words in a row."""
    sentences = [sentence.split() for path in sorted(SEEDS.glob("*.txt"))
                 for sentence in re.split(r"(?<=[.!?\"”])\s+", path.read_text(encoding="utf-8")) if sentence.strip()]
    bodies = []
    for _ in range(count):
        picked, words = [], 0
        while words < 400:
            sentence = rng.choice(sentences)
            runs = [sentence[start:start + 3] for start in range(0, len(sentence), 3)]
            rng.shuffle(runs)
            picked.append(" ".join(word for run in runs for word in run))
            words += len(sentence)
        bodies.append(" ".join(picked))
    return bodies


def print_rows(rows: list[dict]) -> None:
    for row in rows:
        fields = ", ".join(f"{key} {value:,.3f}" if isinstance(value, float) else f"{key} {value}"
                           for key, value in row.items() if key != "name" and value is not None)
        print(f"{row['name']}: {fields}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    print_rows(near_duplicate_rows(seed_bodies(args.articles, random.Random(args.seed)), args.seed))


if __name__ == "__main__":
    main()
