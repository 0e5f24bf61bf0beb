"""The benchmark's peers and its process-tree meter: counts, rows written, memory and line times."""

import json
import sys
import textwrap

import duckdb
import pytest

from benchmarks import peers
from benchmarks.rss import run_measured
from tests.helpers import REPO

RECORDS = [
    {"title": "Visit", "maintext": "Joe Biden visited Paris.", "url": "https://example.com/1",
     "date_publish": "2024-03-01 10:00:00", "language": "en"},
    {"title": "Talks", "maintext": "Angela Merkel met well-known leaders in Berlin on Monday.",
     "url": "https://example.com/2", "date_publish": None, "language": "en"},
    {"title": "March", "maintext": "Protesters marched through Cairo\u2019s main square.",
     "url": "https://example.com/3", "date_publish": "2024-03-02T08:30:00+00:00", "language": "en"},
]
WORDS = 4 + 9 + 6  # "well-known" and "Cairo’s" are one word each
MB = 1024 * 1024


@pytest.fixture
def landing(tmp_path):
    """Two records in a JSONL file, one alone in a JSON file."""
    folder = tmp_path / "landing"
    (folder / "wire").mkdir(parents=True)
    (folder / "wire" / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS[:2]), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps(RECORDS[2]), encoding="utf-8")
    return folder


def test_bare_spacy_counts_every_article_and_word(landing, capsys):
    result = peers.main(["bare-spacy", "--landing", str(landing), "--processes", "1", "--batch-size", "2"])

    assert (result["peer"], result["articles"], result["words"]) == ("bare-spacy", 3, WORDS)
    assert result["entities"] > 0
    assert json.loads(capsys.readouterr().out) == result


def test_naive_writes_one_row_per_article_and_its_entities(landing, tmp_path):
    warehouse = tmp_path / "naive.duckdb"

    result = peers.main(["naive", "--landing", str(landing), "--warehouse", str(warehouse)])

    with duckdb.connect(str(warehouse), read_only=True) as con:
        articles = con.execute("SELECT count(*), count(date_publish) FROM articles").fetchone()
        visit = con.execute("SELECT text, label, start, \"end\" FROM entities JOIN articles USING (article_id) "
                            "WHERE url = ?", [RECORDS[0]["url"]]).fetchall()
        entities = con.execute("SELECT count(*) FROM entities").fetchone()[0]
    assert (result["articles"], result["words"]) == (3, WORDS)
    assert articles == (3, 2)
    assert {("Joe Biden", "PERSON", 0, 9), ("Paris", "GPE", 18, 23)} & set(visit)
    assert entities == result["entities"]


def test_peer_runs_as_a_process_and_prints_one_json_line(landing):
    measured = run_measured([sys.executable, "-m", "benchmarks.peers", "bare-spacy", "--landing", str(landing)],
                            cwd=REPO)

    assert measured.returncode == 0, measured.stderr
    [line] = measured.stdout.splitlines()
    result = json.loads(line)
    assert (result["articles"], result["words"]) == (3, WORDS)
    assert 0 < result["seconds"] < measured.seconds


def test_peak_memory_includes_a_child_process():
    child = "import time; block = b'x' * (200 * 1024 * 1024); time.sleep(0.5)"
    parent = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {child!r}], check=True)"

    measured = run_measured([sys.executable, "-c", parent], interval=0.02)

    assert measured.returncode == 0, measured.stderr
    assert measured.peak_rss_bytes > 150 * MB
    assert measured.peak_pss_bytes > 150 * MB


def test_lines_of_both_streams_are_stamped_in_order():
    code = textwrap.dedent("""
        import sys, time
        print("starting")
        time.sleep(0.2)
        print("first article read", file=sys.stderr)
        time.sleep(0.2)
        print("done")
    """)

    measured = run_measured([sys.executable, "-c", code])

    assert [line for _, line in measured.line_times] == ["starting", "first article read", "done"]
    times = [at for at, _ in measured.line_times]
    assert times == sorted(times) and times[2] - times[0] >= 0.35
    assert 0.15 <= measured.first_line_at("first article read") < times[2]
    assert measured.first_line_at("never printed") is None
    assert (measured.stdout, measured.stderr) == ("starting\ndone\n", "first article read\n")
