"""The extractor's version: a hash, like the gazetteer's cache key, over everything that decides
what a fact says (the model, every reference table, the code). Facts record it; a backfill
re-extracts those an older extractor made.

Which code counts is found by a rule, not kept by hand: every module of the packages in FACT_ROOTS,
and every module of ours they import, directly or not (read from the modules' own import statements).
"""

import hashlib
import io
import tokenize
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
    return {name: _source_file(name).read_bytes() for name in fact_modules()}


def fact_modules() -> list[str]:
    """Every module of FACT_ROOTS (a package: all its modules) and every module of ours they import.
    Found in the files alone, importing nothing: each worker process asks too, and importing every
    module it names took seconds of a night's start."""
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
    source = _source_file(name)
    if source.name != "__init__.py":
        return [name]
    return [name] + sorted(".".join([name, *path.relative_to(source.parent).with_suffix("").parts])
                           for path in source.parent.rglob("*.py") if path.name != "__init__.py")


def _imports(name: str) -> list[str]:
    """The modules of ours that module `name` imports (at its top or inside functions)."""
    named = imported_names(_source_file(name).read_bytes())
    return [module for module in named if module.split(".")[0] in OURS and _source_file(module) is not None]


def imported_names(source: bytes) -> list[str]:
    """What each absolute import statement of `source` names: `import a.b` gives a.b; `from a import b,
    c` gives a, a.b and a.c (b may be a module or a function). Read from its tokens, not its syntax tree:
    CPython 3.11's tree builder fails now and then deep inside a flow run with "SystemError: AST
    constructor recursion depth mismatch" (python/cpython#106905)."""
    named: list[str] = []
    for statement in _logical_lines(source):
        if statement[:1] == ["import"]:
            named += [_before_as(part) for part in _split(statement[1:])]
        elif statement[:1] == ["from"] and "import" in statement and not statement[1].startswith("."):
            at = statement.index("import")
            module = "".join(statement[1:at])
            named += [module] + [f"{module}.{_before_as(part)}" for part in _split(statement[at + 1:])]
    return named


def _logical_lines(source: bytes) -> list[list[str]]:
    """The names and operators of each logical line (a statement, however many lines it spans)."""
    lines, line = [], []
    for token in tokenize.tokenize(io.BytesIO(source).readline):
        if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            if line:
                lines.append(line)
            line = []
        elif token.type in (tokenize.NAME, tokenize.OP):
            line.append(token.string)
    return lines


def _split(tokens: list[str]) -> list[list[str]]:
    """`a as b, c` (parenthesized or not) into [a, as, b] and [c]."""
    parts, part = [], []
    for token in tokens:
        if token == ",":
            parts.append(part)
            part = []
        elif token not in "()":
            part.append(token)
    return [p for p in parts + [part] if p]


def _before_as(part: list[str]) -> str:
    return "".join(part[:part.index("as")] if "as" in part else part)


@cache
def _source_file(name: str) -> Path | None:
    """The file of module `name` of ours (a package's __init__.py); None when `name` is no module
    (`from package.module import function`)."""
    top, *rest = name.split(".")
    base = _package_folder(top).joinpath(*rest)
    for candidate in ([base.with_name(base.name + ".py")] if rest else []) + [base / "__init__.py"]:
        if candidate.is_file():
            return candidate
    return None


@cache
def _package_folder(top: str) -> Path:
    return Path(find_spec(top).origin).parent  # a top-level package: finding it imports nothing
