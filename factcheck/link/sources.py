"""Independent sources: which reports of a claim share an origin.

An *origin* is a wire story or a group of copies. Articles share an origin when they
credit any wire in common, when one's outlet is a wire the other credits, or when one is
a copy of the other (union–find over all of these). Two articles are copies when at
least ``COPY_CONTAINMENT`` of the shorter one's word 5-shingles occur in the other, and
the shorter one is not a mere excerpt (at least ``MIN_SHINGLES`` shingles and
``MIN_SIZE_RATIO`` of the longer one's).

An article's *source key* names its origin: ``wire:<names>`` when the origin credits
wires, ``copy-of:<id>`` for copies across outlets (``id`` the smallest article), else
``outlet:<name>`` (``article:<id>`` without an outlet).

Counting: each source key is one source. Within one, another speaker counts as another
source only when both are resolved names (never a pronoun, quantifier, document word or
bare role) of different people, and reports of the identical statement share one
speaker resolution (copies of one article resolve "katanya" differently, not to two people).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from factcheck.db import chunks
from factcheck.link.groups import components
from factcheck.link.speaker_identity import is_resolved, same_person

COPY_CONTAINMENT = 0.8
MIN_SHINGLES = 20
MIN_SIZE_RATIO = 0.5
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")



def shingles(article_text: str) -> set[int]:
    """Hashed word 5-shingles of a text (case-folded)."""
    words = _WORD.findall(article_text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {hash(tuple(words))} if words else set()
    return {hash(tuple(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)}


def is_copy(a: set[int], b: set[int]) -> bool:
    """True when most of the smaller shingle set occurs in the larger one, and it is no excerpt."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < MIN_SHINGLES or len(small) < MIN_SIZE_RATIO * len(large):
        return False
    return len(small & large) >= COPY_CONTAINMENT * len(small)


@dataclass(frozen=True)
class ArticleInfo:
    """What source keys need to know about an article."""

    id: int
    outlet: str | None
    wires: tuple[str, ...]


_ARTICLES = text(
    "SELECT article.id, outlet.name FROM article LEFT JOIN outlet ON outlet.id = article.outlet_id "
    "WHERE article.id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_WIRES = text(
    "SELECT article_wire.article_id, outlet.name FROM article_wire JOIN outlet ON outlet.id = article_wire.outlet_id "
    "WHERE article_wire.article_id IN :ids ORDER BY outlet.name"
).bindparams(bindparam("ids", expanding=True))
_TEXTS = text("SELECT id, text FROM article WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
REPORT_SELECT = (
    "SELECT claim.id, claim.article_id, NULLIF(speaker.name, ''), "
    "COALESCE(claim_match.text, '#' || CAST(claim.id AS TEXT)), claim.group_id, claim.independent_sources, "
    "claim.speaker_id FROM claim LEFT JOIN speaker ON speaker.id = claim.speaker_id "
    "LEFT JOIN claim_match ON claim_match.claim_id = claim.id "
)
# What counting needs of each claim: id, article, resolved speaker name (None when extraction left it
# unresolved), statement (its normalised text, else unique), group, stored count, speaker id.
ALL_REPORTS = text(REPORT_SELECT + "ORDER BY claim.id")
REPORTS_IN = text(REPORT_SELECT + "WHERE claim.id IN :ids").bindparams(bindparam("ids", expanding=True))


def load_articles(conn: Connection, article_ids: Collection[int]) -> dict[int, ArticleInfo]:
    """Outlet and credited wires of each article."""
    outlets: dict[int, str | None] = {}
    wires: dict[int, list[str]] = {}
    for ids in chunks(sorted(article_ids)):
        outlets.update(conn.execute(_ARTICLES, {"ids": ids}).all())
        for article_id, wire in conn.execute(_WIRES, {"ids": ids}):
            wires.setdefault(article_id, []).append(wire)
    return {i: ArticleInfo(i, outlets.get(i), tuple(wires.get(i, ()))) for i in outlets}


def copy_pairs(conn: Connection, pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Those article pairs whose texts are near-duplicate copies."""
    pairs = sorted({(min(a, b), max(a, b)) for a, b in pairs if a != b})
    needed = sorted({i for pair in pairs for i in pair})
    found: dict[int, set[int]] = {}
    for ids in chunks(needed):
        found.update((i, shingles(t)) for i, t in conn.execute(_TEXTS, {"ids": ids}))
    return [(a, b) for a, b in pairs if is_copy(found.get(a, set()), found.get(b, set()))]


@dataclass(frozen=True)
class Origin:
    """What an article's copies tell about where its story comes from."""

    copy_root: int  # smallest article id among its copies (itself when it has none)
    wires: tuple[str, ...]  # wires credited by it or any of its copies, as written
    outlet: str | None
    copy_outlets: int  # distinct outlets among its copies


def article_origins(infos: dict[int, ArticleInfo], copies: Sequence[tuple[int, int]]) -> dict[int, Origin]:
    """Each article's :class:`Origin`: copies folded together (an uncredited copy of a wire story is the wire's)."""
    ids = np.array(sorted(infos), dtype=np.int64)
    a = np.array([p[0] for p in copies], dtype=np.int64)
    b = np.array([p[1] for p in copies], dtype=np.int64)
    label = dict(zip(ids.tolist(), components(ids, a, b).tolist()))
    members: dict[int, list[int]] = {}
    for article_id, root in label.items():
        members.setdefault(root, []).append(article_id)
    origins: dict[int, Origin] = {}
    for root, group in members.items():
        wires = tuple(sorted({w for i in group for w in infos[i].wires}, key=str.casefold))
        outlets = len({infos[i].outlet for i in group})
        origins.update((i, Origin(root, wires, infos[i].outlet, outlets)) for i in group)
    return origins


def _find(parent: dict[int, int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def source_keys(origins: dict[int, Origin], articles: Collection[int]) -> dict[int, str]:
    """The independent-source key of each of ``articles`` among themselves (union–find).

    Two of them are one origin when they are copies, credit any wire in common, or one's
    outlet is a wire the other credits.
    """
    parent = {i: i for i in articles}
    first: dict[str, int] = {}
    for i in sorted(articles):
        o = origins[i]
        for name in [f"copy:{o.copy_root}", *(f"wire:{w.casefold()}" for w in o.wires)]:
            if name in first:
                parent[_find(parent, i)] = _find(parent, first[name])
            else:
                first[name] = i
    for i in sorted(articles):
        outlet = origins[i].outlet
        if outlet and f"wire:{outlet.casefold()}" in first:
            parent[_find(parent, i)] = _find(parent, first[f"wire:{outlet.casefold()}"])
    members: dict[int, list[int]] = {}
    for i in sorted(articles):
        members.setdefault(_find(parent, i), []).append(i)
    keys: dict[int, str] = {}
    for group in members.values():
        wires = sorted({w for i in group for w in origins[i].wires}, key=str.casefold)
        outlets = {origins[i].outlet for i in group}
        roots = {origins[i].copy_root for i in group}
        for i in group:
            o = origins[i]
            if wires:
                keys[i] = "wire:" + " / ".join(wires)
            elif len(outlets) > 1 or o.copy_outlets > 1:
                keys[i] = f"copy-of:{min(roots)}"
            else:
                keys[i] = f"outlet:{o.outlet}" if o.outlet else f"article:{o.copy_root}"
    return keys


class NeighbourhoodKeys:
    """:func:`source_keys` of each claim neighbourhood's articles, computed once per set of articles."""

    def __init__(self, origins: dict[int, Origin]) -> None:
        self.origins = origins
        self._done: dict[frozenset[int], dict[int, str]] = {}

    def __call__(self, articles: Iterable[int]) -> dict[int, str]:
        """Keys of ``articles`` (unknown ones get ``article:<id>``)."""
        known = frozenset(a for a in articles if a in self.origins)
        if known not in self._done:
            self._done[known] = source_keys(self.origins, known)
        return self._done[known]

    def key(self, keys: dict[int, str], article: int) -> str:
        """``article``'s key in ``keys``, ``article:<id>`` for an article without one."""
        return keys.get(article, f"article:{article}")


@dataclass(frozen=True)
class Report:
    """One report of a claim, as counting needs it: its origin, speaker and statement."""

    source_key: str
    speaker: str | None
    statement: object  # equal for reports of the identical statement (e.g. its normalised text)


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker strings name the same speaker ("Prabowo" / "Prabowo Subianto", "Kim Jong Un" /
    "Kim Jong-un", "Menlu Retno" / "Retno Marsudi")."""
    return bool(a and b) and same_person(a, b)


def count_origins(reports: Iterable[Report]) -> int:
    """Independent sources among ``reports`` (see the module docstring)."""
    statements: dict[str, dict[object, list[str]]] = {}
    for report in reports:
        speakers = statements.setdefault(report.source_key, {}).setdefault(report.statement, [])
        if report.speaker and is_resolved(report.speaker):
            speakers.append(report.speaker)
    total = 0
    for by_statement in statements.values():
        people: list[str] = []
        for speakers in by_statement.values():
            if not speakers:
                continue
            chosen = min(speakers, key=lambda name: (-speakers.count(name), name))  # most common, then by name
            if not any(same_person(chosen, other) for other in people):
                people.append(chosen)
        total += max(1, len(people))
    return total
