import ast
import os
import subprocess
import sys

import numpy as np
import polars as pl
import pytest
from datasketch import LeanMinHash
from polars.testing import assert_frame_equal

import transforms.duplicates as duplicates
from tests.helpers import REPO, SEEDS
from transforms.duplicates import (
    NEAR_DUPLICATE_SCHEMA,
    NEAR_DUPLICATE_THRESHOLD,
    NUM_PERM,
    SCHEME,
    SEED,
    SIGNATURE_SCHEMA,
    minhash_signatures,
    near_duplicate_pairs,
    signature_similarity,
)

WIRE = """Floods cut off Port Alder as river bursts its banks

PORT ALDER, Valdoria (Northwire) - Floodwater cut the northern town of Port Alder off from the rest of the
country on Tuesday after the Senna river burst its banks overnight, killing at least six people and forcing
about 4,000 from their homes, the regional emergency service said.
Rescue crews in boats pulled residents from rooftops in the low-lying Eastbank district, where the water
reached the first floor of many houses. Two of the dead were children swept away near the old rail bridge,
the service said.
"We have never seen the river rise this fast. In two hours the whole street was under water," said Mara
Lenz, a 52-year-old baker who spent the night at a school turned into a shelter.
The government sent 300 soldiers and 12 helicopters to the region, and Prime Minister Tomas Varga said he
would visit on Wednesday. The meteorological office warned that more heavy rain was expected until Friday
and that the river's level could rise by another metre.
The road and rail links to the capital were closed, and the town's hospital was running on generators after
the main power station flooded. Officials said drinking water was being brought in by truck.
It is the worst flooding in the valley since 1998, when 23 people died."""

SYNDICATED = """Six dead as Senna floods isolate northern town

PORT ALDER, Valdoria (Capital Post) - Floodwater cut the northern town of Port Alder off from the rest of the
country on Tuesday after the Senna river burst its banks overnight, killing at least six people and forcing
around 4,000 from their homes, the regional emergency service said.
Rescue teams in boats pulled residents from rooftops in the low-lying Eastbank district, where the water
reached the first floor of many houses. Two of the dead were children swept away near the old rail bridge,
the service said.
\u201cWe have never seen the river rise this fast. In two hours the whole street was under water,\u201d said Mara
Lenz, a 52-year-old baker who spent the night at a school turned into a shelter.
The government sent 300 troops and 12 helicopters to the region, and Prime Minister Tomas Varga said he
would visit on Wednesday. The meteorological office warned that more heavy rain was expected until Friday
and that the river\u2019s level could rise by another metre.
The road and rail links to the capital were closed, and the town\u2019s hospital was running on generators
after the main power station flooded. Officials said drinking water was being delivered by truck."""

INDEPENDENT = """Valdoria deploys army as deadly floods hit Senna valley

The Senna river overflowed in the early hours of Tuesday and left Port Alder, a town of 30,000 in northern
Valdoria, cut off by road and rail. The emergency service put the death toll at six, including two children,
and said some 4,000 residents had left their homes.
Prime Minister Tomas Varga ordered 300 soldiers and a dozen helicopters into the valley and is due in the
area on Wednesday. Forecasters expect rain to continue for three more days.
In Eastbank, the district closest to the river, people waited on roofs for boats. "In two hours the whole
street was under water," baker Mara Lenz told reporters at a shelter set up in a school.
Power is out across much of the town since the flooding of its main power station, and the hospital relies
on generators. Trucks are bringing in drinking water. The last comparable flood in the valley, in 1998, killed
23 people."""


def articles(**bodies: str | None) -> pl.DataFrame:
    return pl.DataFrame({"article_id": list(bodies), "body": list(bodies.values())},
                        schema={"article_id": pl.String, "body": pl.String})


def pairs(*rows: tuple[str, str]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=["article_id", "duplicate_of_article_id"], orient="row")


def test_syndicated_copy_with_new_headline_few_words_and_curly_quotes_is_a_near_duplicate():
    result = near_duplicate_pairs(minhash_signatures(articles(wire=WIRE, post=SYNDICATED)))

    assert_frame_equal(result.drop("similarity"), pairs(("wire", "post")))
    assert result["similarity"].item() >= NEAR_DUPLICATE_THRESHOLD + 0.2


def test_independent_report_of_the_same_event_is_not_a_near_duplicate():
    signatures = minhash_signatures(articles(wire=WIRE, other=INDEPENDENT))

    assert_frame_equal(near_duplicate_pairs(signatures), pl.DataFrame(schema=NEAR_DUPLICATE_SCHEMA))
    assert signature_similarity(*signatures["minhash"]) < 0.1


def test_seed_stories_of_the_same_week_are_not_near_duplicates():
    """Eight different stories, four of them about the US strikes in Iraq and Syria and the region."""
    paths = sorted((SEEDS / "landing").glob("*.txt"))
    signatures = minhash_signatures(articles(**{path.stem: path.read_text(encoding="utf-8") for path in paths}))

    assert_frame_equal(near_duplicate_pairs(signatures), pl.DataFrame(schema=NEAR_DUPLICATE_SCHEMA))


def test_identical_texts_have_similarity_one():
    signatures = minhash_signatures(articles(a=WIRE, b=WIRE))

    assert signature_similarity(*signatures["minhash"]) == 1.0
    assert_frame_equal(near_duplicate_pairs(signatures),
                       pl.DataFrame({"article_id": ["b"], "duplicate_of_article_id": ["a"], "similarity": [1.0]}))


@pytest.mark.parametrize(("typed", "typeset"), [
    ('He said "we will stay" in Cairo\'s main square.',
     "He said \u201cwe will stay\u201d in Cairo\u2019s main square."),
    ("The al-Qaim strike - not the first - killed 16.",
     "The al\u2010Qaim strike \u2014 not the first \u2014 killed 16."),
    ("Protesters in Sao Paulo met Jose Sanchez at the cafe.",
     "PROTESTERS in S\u00e3o Paulo met Jos\u00e9 S\u00e1nchez at the caf\u00e9!"),
    ("The officials met in the office at 10 a.m. today.", "The o\ufb03cials met in the o\ufb03ce at 10 a.m. today."),
])
def test_typographic_differences_give_the_same_signature(typed, typeset):
    signatures = minhash_signatures(articles(typed=typed, typeset=typeset))

    assert signature_similarity(*signatures["minhash"]) == 1.0


@pytest.mark.parametrize("body", ["", None, "  \n\t ", "-- \u201c\u201d ..."])
def test_body_without_words_gets_the_empty_signature_and_is_never_paired(body):
    signatures = minhash_signatures(articles(empty=body, again=body, text=WIRE))
    empty = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)

    assert np.array_equal(signatures["minhash"][0].to_numpy(), empty)
    assert signature_similarity(empty, empty) == 0.0
    assert signature_similarity(empty, signatures["minhash"][2]) == 0.0
    assert_frame_equal(near_duplicate_pairs(signatures), pl.DataFrame(schema=NEAR_DUPLICATE_SCHEMA))


def test_article_shorter_than_a_shingle_is_signed_by_the_words_it_has():
    signatures = minhash_signatures(articles(a="Breaking news", b="BREAKING: news!", c="News breaking"))
    a, b, c = signatures["minhash"]

    assert (signature_similarity(a, b), signature_similarity(a, c)) == (1.0, 0.0)


def test_signatures_have_their_schema():
    assert minhash_signatures(articles(a=WIRE)).schema == pl.Schema(SIGNATURE_SCHEMA)
    assert minhash_signatures(articles()).schema == pl.Schema(SIGNATURE_SCHEMA)
    assert near_duplicate_pairs(minhash_signatures(articles())).schema == pl.Schema(NEAR_DUPLICATE_SCHEMA)


def test_new_copy_of_an_earlier_article_names_the_earlier_one_as_original():
    """The earlier article is the original even when its id sorts after the new one's."""
    earlier = minhash_signatures(articles(z_earlier=WIRE, y_earlier_copy=WIRE, other=INDEPENDENT))
    new = minhash_signatures(articles(a_new=SYNDICATED))

    result = near_duplicate_pairs(new, earlier=earlier)

    assert_frame_equal(result.drop("similarity"), pairs(("a_new", "y_earlier_copy"), ("a_new", "z_earlier")))


def test_pairs_among_earlier_articles_are_not_reported():
    earlier = minhash_signatures(articles(a=WIRE, b=WIRE))
    new = minhash_signatures(articles(c=INDEPENDENT))

    assert near_duplicate_pairs(new, earlier=earlier).is_empty()


def test_two_new_copies_name_the_smaller_id_as_original():
    result = near_duplicate_pairs(minhash_signatures(articles(b=SYNDICATED, a=WIRE, c=WIRE)))

    assert_frame_equal(result.drop("similarity"), pairs(("b", "a"), ("c", "a"), ("c", "b")))


def test_new_version_of_an_earlier_article_replaces_it():
    """An article in both frames is its new body only: no pair with its own old version."""
    earlier = minhash_signatures(articles(a=WIRE, b=INDEPENDENT))
    new = minhash_signatures(articles(a=INDEPENDENT))

    assert_frame_equal(near_duplicate_pairs(new, earlier=earlier).drop("similarity"), pairs(("a", "b")))


def test_article_id_twice_in_the_new_signatures_is_refused():
    with pytest.raises(ValueError, match="more than once"):
        near_duplicate_pairs(minhash_signatures(articles(a=WIRE)).vstack(minhash_signatures(articles(a=WIRE))))


def test_signature_similarity_is_datasketchs_jaccard():
    left, right = minhash_signatures(articles(wire=WIRE, post=SYNDICATED))["minhash"]
    sketches = [LeanMinHash(seed=SEED, hashvalues=values.to_numpy(), scheme=SCHEME) for values in (left, right)]

    assert signature_similarity(left.to_list(), right.to_numpy()) == sketches[0].jaccard(sketches[1])


def test_signature_is_the_same_when_computed_again():
    frame = articles(wire=WIRE, post=SYNDICATED, short="Breaking news")

    assert_frame_equal(minhash_signatures(frame), minhash_signatures(frame))


def test_signature_is_the_same_in_another_process():
    """The seed and crc32 fix the signature; Python's salted str hash is not used."""
    code = ("import polars as pl; from transforms.duplicates import minhash_signatures; "
            "print(minhash_signatures(pl.DataFrame({'article_id': ['a'], 'body': [open(0).read()]}))"
            "['minhash'][0].to_list())")
    other = subprocess.run([sys.executable, "-c", code], input=WIRE, capture_output=True, text=True, check=True,
                           cwd=REPO, env={**os.environ, "PYTHONHASHSEED": "12345"})

    assert ast.literal_eval(other.stdout) == minhash_signatures(articles(a=WIRE))["minhash"][0].to_list()


def test_chunked_signatures_and_index_give_the_same_result(monkeypatch):
    """One chunk of everything, and chunks of two articles (words, LSH index) and one candidate."""
    frame = articles(b=SYNDICATED, a=WIRE, c=WIRE, d=INDEPENDENT, e="", f="Breaking news")
    earlier = minhash_signatures(articles(g=WIRE, h=INDEPENDENT))
    whole = minhash_signatures(frame)
    whole_pairs = near_duplicate_pairs(whole, earlier=earlier)

    monkeypatch.setattr(duplicates, "CHUNK_ARTICLES", 2)
    monkeypatch.setattr(duplicates, "INDEX_ARTICLES", 2)
    monkeypatch.setattr(duplicates, "CANDIDATE_BLOCK", 1)
    chunked = minhash_signatures(frame)

    assert_frame_equal(chunked, whole)
    assert_frame_equal(near_duplicate_pairs(chunked, earlier=earlier), whole_pairs)
    assert_frame_equal(whole_pairs.drop("similarity"),
                       pairs(("a", "g"), ("b", "a"), ("b", "g"), ("c", "a"), ("c", "b"), ("c", "g"), ("d", "h")))
