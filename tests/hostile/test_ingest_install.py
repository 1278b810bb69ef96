"""What the package imports is declared in pyproject.toml, so a fresh install (with the pip that Python
ships, not upgraded) can ingest."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "factcheck"
HTML = ("<html><head><title>Harga beras</title></head><body><article><p>\"Harga beras akan turun bulan depan di "
        "seluruh pasar,\" kata Menteri Perdagangan Zulkifli Hasan di Jakarta pada Senin.</p><p>Ia menegaskan "
        "bahwa stok beras nasional cukup sampai akhir tahun.</p></article></body></html>")


SPARK = PACKAGE / "spark"  # the optional Spark engine: its imports are declared in the extra "spark"


def _declared(extra: str | None = None) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lines = project["dependencies"] + (project["optional-dependencies"][extra] if extra else [])
    return [Requirement(line) for line in lines]


def _imported_top_level_modules(spark: bool = False) -> set[str]:
    names: set[str] = set()
    for path in (SPARK if spark else PACKAGE).rglob("*.py"):
        if not spark and SPARK in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"factcheck", "__future__"}


@pytest.mark.parametrize("spark", [False, True], ids=["package", "spark extra"])
def test_every_imported_distribution_is_declared(spark: bool) -> None:
    declared = {canonicalize_name(req.name) for req in _declared("spark" if spark else None)}
    providers = metadata.packages_distributions()
    missing = {module: providers.get(module) for module in _imported_top_level_modules(spark)
               if not {canonicalize_name(d) for d in providers.get(module, [])} & declared}
    assert missing == {}


def _requirements(distribution: str, extras: frozenset[str] = frozenset()) -> list[Requirement]:
    """What an installed distribution requires, with ``extras`` asked for (markers evaluated here)."""
    found = []
    for line in metadata.requires(distribution) or []:
        req = Requirement(line)
        wanted = {"", *extras}
        if req.marker is None or any(req.marker.evaluate({"extra": extra}) for extra in wanted):
            found.append(req)
    return found


def test_extras_spelled_unnormalised_are_declared_by_name() -> None:
    """An extra asked for in a spelling other than its normalised name ("lxml[html_clean]" in justext, where
    lxml provides "html-clean") is skipped by pip 23.2, which Python 3.11 ships, so what it brings is named here."""
    by_name: set[str] = set()
    extras_asked: list[tuple[str, str, str]] = []  # (distribution, extra as spelled, asked by)
    todo = [(req, "pyproject.toml") for req in _declared()]
    while todo:
        req, asked_by = todo.pop()
        name = canonicalize_name(req.name)
        extras_asked += [(name, extra, asked_by) for extra in req.extras]
        if name not in by_name:
            by_name.add(name)
            todo += [(sub, name) for sub in _requirements(name)]
    unnamed = {
        (asked_by, f"{name}[{extra}]", canonicalize_name(sub.name))
        for name, extra, asked_by in extras_asked if extra != canonicalize_name(extra)
        for sub in _requirements(name, frozenset({extra, canonicalize_name(extra)}))
        if canonicalize_name(sub.name) not in by_name
    }
    assert unnamed == set()


@pytest.mark.slow
def test_a_fresh_install_with_the_bundled_pip_can_ingest_html(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(PACKAGE, source / "factcheck", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    install = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(source)],
                             capture_output=True, text=True, timeout=900, check=False)
    assert install.returncode == 0, install.stderr[-3000:]
    page = tmp_path / "page.html"
    page.write_text(HTML)
    ingest = subprocess.run([str(venv / "bin" / "factcheck"), "ingest", str(page), "--db", str(tmp_path / "f.db")],
                            capture_output=True, text=True, timeout=300, check=False)
    assert ingest.returncode == 0, ingest.stderr[-3000:]
    assert "1 article added" in ingest.stderr
