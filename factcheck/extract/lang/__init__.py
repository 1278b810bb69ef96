"""Language packs and their registry.

One module per language (``id.py``, ``en.py``), each holding its word lists, cue patterns and
settings as data, the way spaCy keeps ``spacy/lang/<code>/``. Everything that depends on the
language — the CLI's choices, cleaning, language detection, exports and the attribution engine —
reads this registry. Every module of this package that defines a ``PACK`` is registered, so
supporting another language is a new module (and its tests).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import fields
from functools import lru_cache
from types import MappingProxyType

from factcheck.extract.lang.base import LanguagePack, Vocabulary


def _discover() -> dict[str, LanguagePack]:
    """The ``PACK`` of every module of this package, by language code."""
    packs: dict[str, LanguagePack] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        pack = getattr(importlib.import_module(f"{__name__}.{info.name}"), "PACK", None)
        if isinstance(pack, LanguagePack):
            packs[pack.code] = pack
    return packs


PACKS: dict[str, LanguagePack] = _discover()
# The language assumed when detection has nothing to go on (the project's primary language).
DEFAULT_CODE = "id"


class UnknownLanguage(ValueError):
    """A language code no pack is registered for."""


def codes() -> tuple[str, ...]:
    """The codes of the registered languages, the default first."""
    return (DEFAULT_CODE, *sorted(code for code in PACKS if code != DEFAULT_CODE))


def get(code: str) -> LanguagePack:
    """The pack of ``code``; raises :class:`UnknownLanguage` for a code without one."""
    try:
        return PACKS[code]
    except KeyError:
        raise UnknownLanguage(f"no language pack for {code!r} (known: {', '.join(codes())})") from None


@lru_cache(maxsize=1)
def shared_vocabulary() -> Vocabulary:
    """The union of every pack's vocabulary: speaker phrases are read with the words of all languages."""
    merged: dict[str, object] = {}
    for f in fields(Vocabulary):
        values = [getattr(pack.vocabulary, f.name) for pack in PACKS.values()]
        if isinstance(values[0], frozenset):
            merged[f.name] = frozenset().union(*values)
        elif isinstance(values[0], tuple):
            merged[f.name] = tuple(dict.fromkeys(item for value in values for item in value))
        else:
            merged[f.name] = MappingProxyType({k: v for value in values for k, v in value.items()})
    return Vocabulary(**merged)  # type: ignore[arg-type]
