"""Modules import only from their own pipeline stage or earlier ones (see CONTRIBUTING.md)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"

# Module prefix → stage; the longest prefix that matches a module decides its stage.
LAYERS = {
    # 0: the foundation every stage reads: tables, database, documents, text safety, quotations,
    #    language packs (word lists and settings as data)
    "factcheck": 0,
    "factcheck.models": 0,
    "factcheck.db": 0,
    "factcheck.document": 0,
    "factcheck.quotes": 0,
    "factcheck.fts": 0,
    "factcheck.statuses": 0,
    "factcheck.ingest.normalize_text": 0,
    "factcheck.extract.lang": 0,
    "factcheck.extract.vocabulary": 0,
    # 1: reading and cleaning
    "factcheck.ingest": 1,
    # 2: attribution
    "factcheck.extract": 2,
    "factcheck.pipeline": 2,
    # 3: storing
    "factcheck.store": 3,
    "factcheck.ingest_run": 3,
    "factcheck.verdicts": 3,
    "factcheck.web_state": 3,
    # 4: linking
    "factcheck.link": 4,
    # 5: reading the database back: search, review, export, statistics, evaluation
    "factcheck.search": 5,
    "factcheck.queries": 5,
    "factcheck.stats": 5,
    "factcheck.review": 5,
    "factcheck.export": 5,
    "factcheck.serve": 5,
    "factcheck.evaluation": 5,
    # 6: engines and commands
    "factcheck.spark": 6,
    "factcheck.web_cli": 6,
    "factcheck.cli": 6,
    "factcheck.__main__": 6,
}


def layer(module: str) -> int:
    """The stage of ``module``: its longest prefix in :data:`LAYERS`."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        prefix = ".".join(parts[:n])
        if prefix in LAYERS:
            return LAYERS[prefix]
    raise KeyError(module)


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(path: Path, modules: set[str]) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from factcheck.extract import lang" imports the module factcheck.extract.lang
            names.update(f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules else node.module
                         for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n == "factcheck" or n.startswith("factcheck.")}


def test_every_module_has_a_stage() -> None:
    assert {m: layer(m) for m in _modules()}  # raises KeyError for a module without one


def test_no_module_imports_a_later_stage() -> None:
    modules = _modules()
    upward = sorted(
        f"{module} (stage {layer(module)}) imports {target} (stage {layer(target)})"
        for module, path in modules.items()
        for target in _imports(path, set(modules))
        if layer(target) > layer(module)
    )
    assert upward == []
