"""The extractor's version: a hash, like the gazetteer's cache key, over everything that decides
what a fact says (the model, every reference table, the code). Facts record it; a backfill
re-extracts those an older extractor made.

Which code counts is found by a rule, not kept by hand: every module of the packages in FACT_ROOTS,
and every module of ours they import, directly or not (read from the modules' own import statements).
"""

import ast
import hashlib
import pkgutil
from functools import cache
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

# What turns an article into facts: the transforms, a chunk's stages as the night runs them (cleaning,
# checks, entities, counts, incidents), the extraction workers with the reference data they load (the
# gazetteer, the place index), and the end-of-night clustering of incidents. Their imports bring in the
# rest (the suites' runner, the loaders).
FACT_ROOTS = ("transforms", "dateline.extraction", "dateline.night.chunks", "warehouse.incidents")
OURS = ("dateline", "transforms", "warehouse", "expectations", "flows")


def extractor_version(model: str, reference_dir: Path, sources: dict[str, bytes] | None = None) -> str:
    """12 hex digits naming the extractor: the model package and its version, every reference table
    (seeds/*.csv) and the source of every fact module (`sources`: fact_sources(), by default)."""
    digest = hashlib.sha256(f"{model}=={version(model.replace('_', '-'))}".encode())
    for table in sorted(reference_dir.glob("*.csv")):
        digest.update(table.name.encode() + b"\0" + table.read_bytes())
    for name, source in sorted((sources if sources is not None else fact_sources()).items()):
        digest.update(name.encode() + b"\0" + source)
    return digest.hexdigest()[:12]


@cache  # the code of a running process does not change
def fact_sources() -> dict[str, bytes]:
    """The source of every fact module, by module name."""
    return {name: Path(find_spec(name).origin).read_bytes() for name in fact_modules()}


def fact_modules() -> list[str]:
    """Every module of FACT_ROOTS (a package: all its modules) and every module of ours they import."""
    found: set[str] = set()
    waiting = [name for root in FACT_ROOTS for name in _with_submodules(root)]
    while waiting:
        name = waiting.pop()
        if name in found:
            continue
        found.add(name)
        waiting += [imported for imported in _imports(name) if imported not in found]
    return sorted(found)


def _with_submodules(name: str) -> list[str]:
    spec = find_spec(name)
    if spec.submodule_search_locations is None:
        return [name]
    return [name] + [module.name for module in pkgutil.walk_packages(spec.submodule_search_locations, f"{name}.")]


def _imports(name: str) -> list[str]:
    """The modules of ours that module `name` imports (at its top or inside functions)."""
    tree = ast.parse(Path(find_spec(name).origin).read_bytes())
    named: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            named += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            named += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return [module for module in named if module.split(".")[0] in OURS and _is_module(module)]


def _is_module(name: str) -> bool:
    try:
        return find_spec(name) is not None
    except ModuleNotFoundError:  # `from package import function`: the function is no module
        return False
