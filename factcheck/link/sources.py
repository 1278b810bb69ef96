"""Independent sources: which reports of a claim share an origin.

An article's *source key* is ``wire:<name>`` when it credits a wire (or is a copy of an
article that does), ``copy-of:<id>`` when it is a near-duplicate copy of articles of
other outlets (``id`` the smallest of them), else ``outlet:<name>`` (``article:<id>``
without an outlet, ``id`` the smallest of its copies).
Two articles are copies when at least ``COPY_CONTAINMENT`` of the shorter one's word
5-shingles occur in the other, and the shorter one is not a mere excerpt (at least
``MIN_SHINGLES`` shingles and ``MIN_SIZE_RATIO`` of the longer one's).

An *origin* is a (source key, speaker) pair: the same speaker carried by two source keys
is reported twice; another speaker asserting it is another origin. Claims whose speaker
is unknown join the known speakers of their source key.
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


def source_keys(infos: dict[int, ArticleInfo], copies: Sequence[tuple[int, int]]) -> dict[int, str]:
    """The independent-source key of each article, copies folded together."""
    ids = np.array(sorted(infos), dtype=np.int64)
    a = np.array([p[0] for p in copies], dtype=np.int64)
    b = np.array([p[1] for p in copies], dtype=np.int64)
    label = dict(zip(ids.tolist(), components(ids, a, b).tolist()))
    members: dict[int, list[int]] = {}
    for article_id, root in label.items():
        members.setdefault(root, []).append(article_id)
    keys: dict[int, str] = {}
    for root, group in members.items():
        wires = sorted({w for i in group for w in infos[i].wires})
        outlets = {infos[i].outlet for i in group}
        for i in group:
            info = infos[i]
            if wires:
                keys[i] = f"wire:{info.wires[0] if info.wires else wires[0]}"
            elif len(outlets) > 1:
                keys[i] = f"copy-of:{root}"
            else:
                keys[i] = f"outlet:{info.outlet}" if info.outlet else f"article:{root}"
    return keys


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker names name the same speaker: equal, or one's words all in the other's
    ("Prabowo" and "Prabowo Subianto", "Pak" and "Jung Pak")."""
    if not a or not b:
        return False
    words_a, words_b = set(a.casefold().split()), set(b.casefold().split())
    return words_a <= words_b or words_b <= words_a


def count_origins(entries: Iterable[tuple[str, str | None]]) -> int:
    """Distinct origins among (source key, speaker name or None) entries.

    Within one source, each distinct speaker is another origin (another source asserts it);
    the same speaker written in full or short counts once.
    """
    speakers: dict[str, list[str]] = {}
    for key, speaker in entries:
        known = speakers.setdefault(key, [])
        if speaker and not any(same_speaker(speaker, other) for other in known):
            known.append(speaker)
    return sum(max(1, len(known)) for known in speakers.values())
