"""Near-duplicate articles: MinHash signatures of word shingles, pairs found with MinHash LSH.

A syndicated story re-run by another outlet with a new headline, a changed dateline and a few words
edited shares most of its five-word shingles with the original; two reports of the same event written
independently share almost none (their common quotes and names are short runs). Jaccard similarity of
the shingle sets tells them apart, and MinHash estimates it from a fixed-size signature, so a night's
articles can be compared with every article already in the warehouse without their text.

The numbers below were chosen with `python -m benchmarks.duplicates` (figures in its docstring).
Signatures are stored: changing the seed, NUM_PERM, SHINGLE_WORDS, the word normalization or the
shingle hash makes new signatures incomparable with stored ones, which must then be recomputed.
"""

import zlib
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import polars as pl

if TYPE_CHECKING:
    from datasketch import LeanMinHash

# 128 rather than 64: the estimate's standard error at the threshold is 0.043 instead of 0.061, and
# the highest estimate among the 2 million pairs of 2,000 different generated articles falls from 0.30
# to 0.23; signatures cost ~15% more time (hashing the shingles, not the slots, is most of it).
NUM_PERM = 128
# Five words: shorter shingles repeat across different stories built from shared phrasing (in the
# generated corpus the closest different articles are 0.29 exact Jaccard with three words, 0.22 with
# four, 0.16 with five), while light edits still leave most five-word runs intact.
SHINGLE_WORDS = 5
# Between different articles (at most 0.23 estimated) and light edits (5% of words replaced: 0.64 on
# average, 0.52 at the 5th percentile; syndicated re-runs 0.68, 0.55): every such copy is caught, and
# 60-70% of copies with 10% of their words replaced (12-18% at 0.5).
NEAR_DUPLICATE_THRESHOLD = 0.4
SEED = 1
SCHEME = "affine32"  # datasketch 2's default, spelled out because stored values carry no trace of it
# LSH only proposes candidates, each then confirmed by its estimate, so its bands favour recall: with
# these weights a pair at the threshold shares a band 94% of the time (55% with equal weights).
LSH_WEIGHTS = (0.1, 0.9)
# Words of a chunk are Python strings while it is shingled; a whole night at once would hold millions.
CHUNK_ARTICLES = 2_000
# An indexed signature costs ~20 KB (a bucket set in each of 42 bands), so the index holds at most
# this many (~50 MB); a bigger night queries once per chunk of its own.
INDEX_ARTICLES = 2_500
# Candidate pairs confirmed at once: each holds two signatures (1 KB) while it is scored.
CANDIDATE_BLOCK = 20_000
# An empty set's signature, datasketch's starting value: no shingle ever lowered a slot.
EMPTY = np.iinfo(np.uint32).max

SIGNATURE_SCHEMA = {"article_id": pl.String, "minhash": pl.Array(pl.UInt32, NUM_PERM)}
NEAR_DUPLICATE_SCHEMA = {"article_id": pl.String, "duplicate_of_article_id": pl.String, "similarity": pl.Float64}

# Every kind of apostrophe is dropped, so Cairo's, Cairo’s and Cairoʼs are one word and a quote in
# single marks loses only its marks; every other non-alphanumeric character separates words.
APOSTROPHES = r"['’‘ʼ`´′]"


def normalized_words(bodies: pl.Expr) -> pl.Expr:
    """The words of each text: compatibility forms folded (NFKD), accents dropped, lower case,
    apostrophes removed, split at anything that is not a letter or a digit."""
    return (bodies.fill_null("").str.normalize("NFKD").str.replace_all(r"\p{M}+", "").str.to_lowercase()
            .str.replace_all(APOSTROPHES, "").str.extract_all(r"[\p{L}\p{N}]+"))


def shingles(words: list[str]) -> list[bytes]:
    """Runs of SHINGLE_WORDS consecutive words; a text with fewer words is one shingle of all of them,
    and a text with none has none."""
    if len(words) < SHINGLE_WORDS:
        return [" ".join(words).encode()] if words else []
    return [" ".join(run).encode() for run in zip(*(words[start:] for start in range(SHINGLE_WORDS)))]


def minhash_signatures(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per article: its MinHash over the word shingles of its body (SIGNATURE_SCHEMA).

    A body with no words (empty, null, only punctuation) gets the empty signature, every slot
    2**32 - 1: it is never paired by near_duplicate_pairs and scores 0.0 in signature_similarity.
    """
    from datasketch import MinHash  # datasketch imports SciPy: a second, paid where signatures are made

    signatures = np.empty((articles.height, NUM_PERM), dtype=np.uint32)
    done = 0
    for chunk in articles.select("body").iter_slices(CHUNK_ARTICLES):
        words = chunk.select(normalized_words(pl.col("body"))).to_series().to_list()
        # crc32 is stable across processes and versions (Python's hash() is salted per process) and a
        # third of sha1's cost; datasketch mixes every input hash with MurmurHash3's finalizer first.
        sketches = MinHash.generator((shingles(article_words) for article_words in words),
                                     num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32, scheme=SCHEME)
        for sketch in sketches:
            signatures[done] = sketch.hashvalues
            done += 1
    return pl.DataFrame({"article_id": articles["article_id"],
                         "minhash": pl.Series(signatures, dtype=SIGNATURE_SCHEMA["minhash"])},
                        schema=SIGNATURE_SCHEMA)


def signature_similarity(a: np.ndarray | Sequence[int], b: np.ndarray | Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures: the share of slots where they agree; 0.0 when
    either is the empty signature (an empty text is no copy of anything, itself included)."""
    a, b = np.asarray(a, dtype=np.uint32), np.asarray(b, dtype=np.uint32)
    if a.shape != b.shape:
        raise ValueError(f"signatures of different lengths: {a.shape} and {b.shape}")
    return float(_similarities(a[np.newaxis], b[np.newaxis])[0])


def _similarities(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """signature_similarity of each row of `left` with the same row of `right`."""
    agree = np.count_nonzero(left == right, axis=1) / left.shape[1]
    return np.where(_is_empty(left) | _is_empty(right), 0.0, agree)


def _is_empty(signatures: np.ndarray) -> np.ndarray:
    return np.all(signatures == EMPTY, axis=1)


def near_duplicate_pairs(signatures: pl.DataFrame, earlier: pl.DataFrame | None = None,
                         threshold: float = NEAR_DUPLICATE_THRESHOLD) -> pl.DataFrame:
    """One row per near-duplicate pair with an article of `signatures` in it (NEAR_DUPLICATE_SCHEMA).

    `earlier` are signatures already in the warehouse: a new article may be paired with one of them,
    two of them are never paired, and an earlier row with the id of a new one is that article's old
    version, replaced by the new. duplicate_of_article_id is the earlier article of the pair, else the
    smaller id. Candidates come from MinHash LSH and are kept when the estimated Jaccard similarity is
    at least `threshold`. Sorted by article_id, then duplicate_of_article_id.
    """
    if signatures["article_id"].is_duplicated().any():
        raise ValueError("signatures hold an article_id more than once")
    earlier = (earlier if earlier is not None else pl.DataFrame(schema=SIGNATURE_SCHEMA)).filter(
        ~pl.col("article_id").is_in(signatures["article_id"].implode()))
    ids = pl.concat([signatures["article_id"], earlier["article_id"]]).to_list()
    new_count = signatures.height
    first, second, similarity = _confirmed_pairs(_matrix(signatures, earlier), new_count, threshold)
    pairs = pl.DataFrame({"first": [ids[row] for row in first.tolist()],
                          "second": [ids[row] for row in second.tolist()],
                          "second_is_earlier": second >= new_count, "similarity": similarity},
                         schema={"first": pl.String, "second": pl.String, "second_is_earlier": pl.Boolean,
                                 "similarity": pl.Float64})
    article_first = pl.col("second_is_earlier") | (pl.col("first") > pl.col("second"))
    return pairs.select(
        article_id=pl.when(article_first).then("first").otherwise("second"),
        duplicate_of_article_id=pl.when(article_first).then("second").otherwise("first"),
        similarity="similarity",
    ).sort("article_id", "duplicate_of_article_id")


def _matrix(signatures: pl.DataFrame, earlier: pl.DataFrame) -> np.ndarray:
    """New signatures, then earlier ones, as one row each."""
    frames = [frame["minhash"] for frame in (signatures, earlier) if frame.height]
    if not frames:
        return np.empty((0, NUM_PERM), dtype=np.uint32)
    return pl.concat(frames).to_numpy().astype(np.uint32, copy=False).reshape(-1, NUM_PERM)


def _confirmed_pairs(matrix: np.ndarray, new_count: int, threshold: float) -> tuple[np.ndarray, ...]:
    """Row pairs (new row, other row) and their similarity, for the LSH candidates at `threshold` or
    above. Candidates are confirmed a block at a time: a night of similar articles proposes millions."""
    kept = [(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float64))]
    for block in _candidate_blocks(matrix, new_count, threshold):
        first, second = np.array(block, dtype=np.int64).T
        similarity = _similarities(matrix[first], matrix[second])
        confirmed = similarity >= threshold
        kept.append((first[confirmed], second[confirmed], similarity[confirmed]))
    return tuple(np.concatenate(part) for part in zip(*kept))


def _candidate_blocks(matrix: np.ndarray, new_count: int, threshold: float) -> Iterator[list[tuple[int, int]]]:
    """Row pairs (new row, other row) that share an LSH band, each pair once, CANDIDATE_BLOCK or so at a
    time; the other row is a later new row or an earlier one. Only new rows are indexed, INDEX_ARTICLES
    at a time, and the rows not yet paired with them query the index: memory follows the night, not
    the warehouse. Empty signatures are left out: they all share every band."""
    from datasketch import MinHashLSH

    rows = np.flatnonzero(~_is_empty(matrix))
    new_rows = rows[rows < new_count]
    found = []
    for start in range(0, len(new_rows), INDEX_ARTICLES):
        indexed = new_rows[start:start + INDEX_ARTICLES]
        lsh = MinHashLSH(num_perm=NUM_PERM, params=_bands(threshold))
        with lsh.insertion_session() as session:
            for row in indexed.tolist():
                session.insert(row, _sketch(matrix[row]), check_duplication=False)
        for row in rows[rows >= indexed[0]].tolist():  # new rows before the chunk were paired with it already
            found += [(other, row) for other in lsh.query(_sketch(matrix[row]))
                      if row >= new_count or other < row]
            if len(found) >= CANDIDATE_BLOCK:
                yield found
                found = []
    if found:
        yield found


@lru_cache
def _bands(threshold: float) -> tuple[int, int]:
    """Bands and rows per band of an LSH index for `threshold` (datasketch's optimum for LSH_WEIGHTS;
    finding it takes ~30 ms of numerical integration)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    return lsh.b, lsh.r


def _sketch(signature: np.ndarray) -> "LeanMinHash":
    from datasketch import LeanMinHash

    return LeanMinHash(seed=SEED, hashvalues=signature, scheme=SCHEME)
