import os
import shutil

import polars as pl
import pytest

from dateline.extraction.workers import FinderPool, local_finder
from dateline.parameters import DEFAULT_MODEL, SettingsError, default_processes
from tests.helpers import SEEDS


def test_a_process_keeps_its_model_for_the_next_night_until_a_reference_table_changes(tmp_path):
    reference = tmp_path / "reference"
    reference.mkdir()
    for table in SEEDS.glob("*.csv"):
        shutil.copy(table, reference)
    cache = tmp_path / "cache"
    first = local_finder(DEFAULT_MODEL, 8, reference, cache)
    assert local_finder(DEFAULT_MODEL, 8, reference, cache) is first  # the next night: no second load
    with (reference / "entity_aliases.csv").open("a", encoding="utf-8") as table:
        table.write("Tamsin Orrow,Tamsin Orrow,PERSON,\n")  # the model takes her for a place
    changed = local_finder(DEFAULT_MODEL, 8, reference, cache)
    assert changed is not first
    articles = pl.DataFrame({"article_id": ["a"], "body": ["Tamsin Orrow spoke in Baghdad."]})
    label = dict(first.find(articles)[0].select("text", "label").iter_rows())["Tamsin Orrow"]
    assert label != "PERSON"
    spans, _, _ = FinderPool(DEFAULT_MODEL, 8, 1, reference, cache).submit(articles).result()  # a night in this process
    assert dict(spans.select("text", "label").iter_rows())["Tamsin Orrow"] == "PERSON"


@pytest.mark.parametrize(("value", "expected"), [("3", 3), (" 1 ", 1), ("", len(os.sched_getaffinity(0)))])
def test_dateline_processes_sets_the_default_number_of_workers(monkeypatch, value, expected):
    monkeypatch.setenv("DATELINE_PROCESSES", value)  # empty: one per core
    assert default_processes() == expected


@pytest.mark.parametrize("value", ["0", "two", "-1", "65", "1.5"])
def test_a_bad_dateline_processes_is_refused_naming_it(monkeypatch, value):
    monkeypatch.setenv("DATELINE_PROCESSES", value)
    with pytest.raises(SettingsError, match="DATELINE_PROCESSES"):
        default_processes()
