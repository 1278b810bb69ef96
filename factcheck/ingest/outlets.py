"""Canonical outlet and wire names: look-ups in the tables of ``factcheck.ingest.furniture``."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from factcheck.ingest.furniture import OUTLETS, WIRES, Source


def canonical_outlet(name: str | None) -> str | None:
    """The canonical outlet for a name, alias, domain or URL ("TEMPO.CO" → "Tempo"), else ``None``."""
    return _lookup(name, _outlet_index())


def canonical_wire(name: str | None) -> str | None:
    """The canonical wire agency for a name or alias ("Associated Press" → "AP"), else ``None``."""
    return _lookup(name, _wire_index())


def outlet_domain(name: str) -> str | None:
    """The web domain of a canonical outlet or wire name, else ``None``."""
    for source in (*OUTLETS, *WIRES):
        if source.name == name:
            return source.domain
    return None


def alias_pattern(sources: tuple[Source, ...]) -> str:
    """A regex alternation of every name and alias (as written and upper-cased), longest first."""
    forms = {form for source in sources for alias in (source.name, *source.aliases)
             for form in (alias, alias.upper())}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


def _lookup(name: str | None, index: dict[str, str]) -> str | None:
    if not name:
        return None
    key = _key(name)
    if key in index:
        return index[key]
    try:
        host = urlsplit(name.strip()).hostname if "/" in name else key
    except ValueError:  # not a URL after all ("http://[")
        return None
    while host and "." in host:  # kalbar.antaranews.com → antaranews.com
        if host in index:
            return index[host]
        host = host.split(".", 1)[1]
    return None


def _key(name: str) -> str:
    key = " ".join(name.split()).casefold()
    return key.removeprefix("www.")


@cache
def _outlet_index() -> dict[str, str]:
    return _index(OUTLETS)


@cache
def _wire_index() -> dict[str, str]:
    return _index(WIRES)


def _index(sources: tuple[Source, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for source in sources:
        for alias in (source.name, *source.aliases, *((source.domain,) if source.domain else ())):
            index.setdefault(_key(alias), source.name)
    return index
