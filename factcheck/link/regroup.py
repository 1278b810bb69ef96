"""Incremental regrouping: groups and source counts recomputed only where new links reach.

New links can only merge groups, change the source counts of their own endpoints, and,
when they link two articles that are copies for the first time, change the source keys
of the articles of that copy component (and so the counts of claims reporting them or
linked to claims in them). Everything else keeps its stored values, so the work grows
with the new links, not with the database. The result equals a full
:func:`factcheck.link.linker.update_groups` as long as nothing else changed links or
grouped claims since the last run (the linker checks that before choosing this path).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import numpy as np
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from factcheck.db import chunks
from factcheck.link.groups import components
from factcheck.link.sources import (
    REPORTS_IN,
    NeighbourhoodKeys,
    Report,
    article_origins,
    copy_pairs,
    count_origins,
    load_articles,
)

# article, speaker name, statement, group id, independent sources, speaker id (see REPORTS_IN)
ClaimInfo = tuple[int, str | None, str, int | None, int, int | None]


def _query(sql: str) -> object:
    return text(sql).bindparams(bindparam("ids", expanding=True))


_IN_GROUPS = _query("SELECT id FROM claim WHERE group_id IN :ids")
_IN_ARTICLES = _query("SELECT id FROM claim WHERE article_id IN :ids")
_LINKS = (
    _query("SELECT claim_a, claim_b, score, method FROM claim_link WHERE claim_a IN :ids AND relation = 'same'"),
    _query("SELECT claim_a, claim_b, score, method FROM claim_link WHERE claim_b IN :ids AND relation = 'same'"),
)
_LINKED_ARTICLES = tuple(
    _query(
        "SELECT DISTINCT ca.article_id, cb.article_id FROM claim_link "
        "JOIN claim ca ON ca.id = claim_link.claim_a JOIN claim cb ON cb.id = claim_link.claim_b "
        f"WHERE {side}.article_id IN :ids"
    )
    for side in ("ca", "cb")
)


def _claims(conn: Connection, ids: Collection[int]) -> dict[int, ClaimInfo]:
    found: dict[int, ClaimInfo] = {}
    for batch in chunks(sorted(ids)):
        found.update((row[0], tuple(row[1:])) for row in conn.execute(REPORTS_IN, {"ids": batch}))
    return found


def _ids(conn: Connection, statement: object, keys: Collection[int]) -> set[int]:
    return {row[0] for batch in chunks(sorted(keys)) for row in conn.execute(statement, {"ids": batch})}


def _links(conn: Connection, ids: Collection[int]) -> set[tuple[int, int, float, str]]:
    """Every stored ``same`` link with an endpoint in ``ids``."""
    return {tuple(row) for statement in _LINKS for batch in chunks(sorted(ids))
            for row in conn.execute(statement, {"ids": batch})}


def _article_pairs(conn: Connection, articles: Collection[int]) -> set[tuple[int, int]]:
    """Pairs of distinct articles (smaller id first) linked by a claim link, one of them in ``articles``."""
    return {(min(a, b), max(a, b)) for statement in _LINKED_ARTICLES for batch in chunks(sorted(articles))
            for a, b in conn.execute(statement, {"ids": batch}) if a != b}


def copy_components(conn: Connection, articles: Iterable[int]) -> tuple[set[int], list[tuple[int, int]]]:
    """The articles of the copy components of ``articles`` (copies among linked articles) and their copy pairs."""
    seen = set(articles)
    frontier, tested = set(seen), set()
    copies: list[tuple[int, int]] = []
    while frontier:
        pairs = _article_pairs(conn, frontier) - tested
        tested |= pairs
        found = copy_pairs(conn, pairs)
        copies.extend(found)
        frontier = {i for pair in found for i in pair} - seen
        seen |= frontier
    return seen, copies


def regroup(
    conn: Connection, threshold: float, touched: Collection[int], new_links: Iterable[tuple[int, int]]
) -> list[dict]:
    """Changed ``{"i": id, "g": group, "n": sources}`` rows after ``new_links`` were added.

    ``touched`` holds the new claims and the endpoints of the new links.
    """
    info = _claims(conn, touched)
    groups = {claim[3] for claim in info.values() if claim[3] is not None}
    members = set(info) | _ids(conn, _IN_GROUPS, groups)
    info.update(_claims(conn, members - set(info)))
    edges = _links(conn, members)
    joined = [(a, b) for a, b, score, method in edges if score >= threshold or method == "manual"]
    ids = np.array(sorted(members), dtype=np.int64)
    label = components(ids, np.array([e[0] for e in joined], dtype=np.int64),
                       np.array([e[1] for e in joined], dtype=np.int64))
    group_of = dict(zip(ids.tolist(), label.tolist()))

    new_pairs = {(info[a][0], info[b][0]) for a, b in new_links if a in info and b in info}
    recount = set(info) & set(touched)
    new_copies = copy_pairs(conn, new_pairs)
    if new_copies:  # a copy component grew: its articles' source keys may change
        changed, _ = copy_components(conn, {i for pair in new_copies for i in pair})
        in_changed = _ids(conn, _IN_ARTICLES, changed)
        recount |= in_changed | {x for a, b, *_ in _links(conn, in_changed) for x in (a, b)}
    neighbours: dict[int, list[int]] = {}
    for a, b, *_ in edges | _links(conn, recount - members):
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    info.update(_claims(conn, {n for c in recount for n in neighbours.get(c, ())} | recount - set(info)))
    articles = {info[m][0] for c in recount if c in info for m in (c, *neighbours.get(c, ())) if m in info}
    closure, copies = copy_components(conn, articles)
    keys = NeighbourhoodKeys(article_origins(load_articles(conn, closure), copies))

    updates = []
    for claim_id in sorted(members | recount):
        if claim_id not in info:
            continue
        old_group, old_sources = info[claim_id][3], info[claim_id][4]
        group = group_of.get(claim_id, old_group)
        sources = old_sources
        if claim_id in recount:
            present = [m for m in (claim_id, *neighbours.get(claim_id, ())) if m in info]
            found = keys(info[m][0] for m in present)
            sources = count_origins(Report(keys.key(found, info[m][0]), info[m][1], info[m][2]) for m in present)
        if group != old_group or sources != old_sources:
            updates.append({"i": claim_id, "g": group, "n": sources})
    return updates
