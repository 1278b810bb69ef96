"""``factcheck link``: store links between claims of different articles, claim groups and source counts.

Incremental: new claims (above the high-water mark, ``schema_meta`` key
``link_last_claim_id``, or without a ``group_id`` yet) are scored against all claims;
``rebuild=True`` redoes all and replaces every non-manual link in one transaction, so
readers never see a half-written link table. Each link is a ``same`` claim or a
``variant`` (a misquote, with its ``differences``); only ``same`` links form groups
and count as sources. Each claim's matching form
(normalised text and blocking keys, table ``claim_match``) is computed once and stored, so
a run only normalises claims that lack it; the stored forms are dropped when the alias
table or the matching code changes (``link_match_version``), and everything is then relinked. Groups and source counts are recomputed only where
the new links reach, unless the links, the grouped claims or the threshold changed since
the last run (``schema_meta`` key ``link_groups_state``): then all of them are.
Writes go in short transactions so a reviewer working at the same time is not blocked.
Review data (``claim.status``, ``claim.note``) is never touched.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection, Engine, Row

from factcheck.db import chunks, in_write_transaction, read_meta, write_meta
from factcheck.link.blocking import BlockingConfig
from factcheck.link.core import RELATIONS, link_normalized, normalize_all, text_key_bytes
from factcheck.link.groups import components
from factcheck.link.normalize import ALIASES_PATH
from factcheck.link.regroup import regroup
from factcheck.link.scoring import DEFAULT_SCORER, DEFAULT_THRESHOLD, scorer_function
from factcheck.link.sources import (
    ALL_REPORTS,
    NeighbourhoodKeys,
    Report,
    article_origins,
    copy_pairs,
    count_origins,
    load_articles,
)

HWM_KEY = "link_last_claim_id"
MATCH_KEY = "link_match_version"
# what stored matching forms depend on: this format, the alias table, the blocking n-grams
MATCH_VERSION = "2:" + hashlib.sha256(ALIASES_PATH.read_bytes()).hexdigest()[:16] + f":{BlockingConfig().ngrams}"
STATE_KEY = "link_groups_state"
METHOD = "fuzzy"
BATCH = 5_000
_CLAIMS = text(
    "SELECT claim.id, claim.article_id, claim.group_id, claim_match.text, claim_match.keys, "
    "CASE WHEN claim_match.claim_id IS NULL THEN claim.assertion END "
    "FROM claim LEFT JOIN claim_match ON claim_match.claim_id = claim.id ORDER BY claim.id"
)
_ASSERTIONS = text("SELECT id, assertion FROM claim WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
_INSERT_LINK = (
    "INSERT INTO claim_link (claim_a, claim_b, score, method, relation, differences) "
    "VALUES (:a, :b, :s, :m, :r, :d) ON CONFLICT (claim_a, claim_b) DO NOTHING"
)


@dataclass(frozen=True)
class LinkStats:
    """What a linking run did."""

    claims_considered: int
    new_claims: int
    candidates: int
    links_written: int
    groups: int
    largest_group: int
    seconds: float


def _meta(engine: Engine, key: str) -> str | None:
    with engine.connect() as conn:
        return read_meta(conn, key)


def set_meta(engine: Engine, key: str, value: str) -> None:
    """Record a linking fact in ``schema_meta`` (its own short transaction)."""
    in_write_transaction(engine, lambda conn: write_meta(conn, key, value))


def group_state(engine: Engine, threshold: float) -> str:
    """A fingerprint of what groups depend on: threshold, grouped claims, links (ids and manual ones)."""
    with engine.connect() as conn:
        grouped = conn.execute(text("SELECT COUNT(group_id) FROM claim")).scalar_one()
        links = conn.execute(
            text("SELECT COUNT(*), COALESCE(SUM(claim_a), 0), COALESCE(SUM(claim_b), 0), "
                 "COALESCE(SUM(CASE WHEN method = 'manual' THEN 1 ELSE 0 END), 0) FROM claim_link")
        ).one()
    return "|".join(str(v) for v in (threshold, grouped, *links))


def _write(engine: Engine, statement: str, rows: Sequence[dict], progress: Callable[[int], None] | None = None) -> None:
    """Run ``statement`` for ``rows`` in batches, one short write transaction each."""
    for start in range(0, len(rows), BATCH):
        batch = list(rows[start : start + BATCH])
        in_write_transaction(engine, lambda conn, batch=batch: conn.execute(text(statement), batch))
        if progress:
            progress(len(batch))


def _forget_matches(engine: Engine) -> None:
    """Drop every stored matching form (they are recomputed), e.g. after the aliases changed."""
    in_write_transaction(engine, lambda conn: conn.execute(text("DELETE FROM claim_match")))
    set_meta(engine, MATCH_KEY, MATCH_VERSION)


def _matches(engine: Engine, rows: Sequence[Row]) -> tuple[list[str], list[bytes]]:
    """Normalised text and blocking keys of each claim of ``rows`` (see ``_CLAIMS``); missing ones are stored."""
    missing = [i for i, r in enumerate(rows) if r[3] is None]
    fresh = normalize_all([rows[i][5] for i in missing])
    fresh_keys = text_key_bytes(fresh)
    normalized = [r[3] for r in rows]
    keys = [r[4] for r in rows]
    for i, norm, key in zip(missing, fresh, fresh_keys):
        normalized[i], keys[i] = norm, key
    _write(
        engine,
        "INSERT INTO claim_match (claim_id, text, keys) SELECT :i, :t, :k "
        "WHERE EXISTS (SELECT 1 FROM claim WHERE id = :i AND assertion = :a) ON CONFLICT (claim_id) DO NOTHING",
        [{"i": rows[i][0], "t": norm, "k": key, "a": rows[i][5]} for i, norm, key in zip(missing, fresh, fresh_keys)],
    )
    return normalized, [bytes(k) for k in keys]


def _replace_fuzzy_links(engine: Engine, rows: Sequence[dict], progress: Callable[[int], None]) -> None:
    """Replace every non-manual link by ``rows`` in one transaction (a rebuild is all or nothing)."""
    def _replace(conn: Connection) -> None:
        conn.execute(text("DELETE FROM claim_link WHERE method != 'manual'"))
        for start in range(0, len(rows), BATCH):
            conn.execute(text(_INSERT_LINK), list(rows[start : start + BATCH]))
            progress(len(rows[start : start + BATCH]))

    in_write_transaction(engine, _replace)


def _assertion_fetcher(engine: Engine, ids: np.ndarray) -> Callable[[Sequence[int]], list[str]]:
    """``raw(indices)``: the assertions of the claims ``ids[indices]``, read from the database."""
    def raw(indices: Sequence[int]) -> list[str]:
        wanted = [int(ids[i]) for i in indices]
        found: dict[int, str] = {}
        with engine.connect() as conn:
            for batch in chunks(sorted(set(wanted))):
                found.update(conn.execute(_ASSERTIONS, {"ids": batch}).all())
        return [found.get(i, "") for i in wanted]

    return raw


def link_claims(
    engine: Engine,
    *,
    threshold: float | None = None,
    scorer: str | None = None,
    rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> LinkStats:
    """Link claims that make the same assertion across articles; update groups and source counts.

    ``progress(done, total)`` is called as links and claim updates are written.
    """
    started = time.perf_counter()
    threshold = DEFAULT_THRESHOLD if threshold is None else float(threshold)
    scorer = scorer or DEFAULT_SCORER
    scorer_function(scorer)  # fail early on an unknown name
    if not 0 <= threshold <= 100:
        raise ValueError(f"threshold must be between 0 and 100, not {threshold}")
    rebuild = rebuild or _meta(engine, MATCH_KEY) != MATCH_VERSION
    mark = 0 if rebuild else int(_meta(engine, HWM_KEY) or 0)
    local = not rebuild and _meta(engine, STATE_KEY) == group_state(engine, threshold)
    if rebuild:
        _forget_matches(engine)
    with engine.connect() as conn:
        rows = conn.execute(_CLAIMS).all()
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    articles = np.array([r[1] for r in rows], dtype=np.int64)
    # every linked claim gets a group: one without is new even if its id was reused below the mark
    new = (ids > mark) | np.array([r[2] is None for r in rows], dtype=bool)
    normalized, keys = _matches(engine, rows)
    del rows
    links = link_normalized(normalized, articles, _assertion_fetcher(engine, ids), is_new=new, scorer=scorer,
                            threshold=threshold, keys=keys)
    del normalized, keys
    link_rows = [
        {"a": int(a), "b": int(b), "s": round(float(s), 2), "m": METHOD, "r": RELATIONS[r], "d": d}
        for a, b, s, r, d in zip(ids[links.a], ids[links.b], links.score, links.relation.tolist(), links.differences)
    ]
    done = 0

    def _tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, len(link_rows))

    if rebuild:
        _replace_fuzzy_links(engine, link_rows, _tick)
    else:
        _write(engine, _INSERT_LINK, link_rows, _tick)
    if len(ids):
        set_meta(engine, HWM_KEY, str(int(ids.max())))
    if local:
        touched = set(ids[new].tolist()) | {r[k] for r in link_rows for k in ("a", "b")}
        with engine.connect() as conn:
            updates = regroup(conn, threshold, touched, [(r["a"], r["b"]) for r in link_rows if r["r"] == "same"])
        _write(engine, "UPDATE claim SET group_id = :g, independent_sources = :n WHERE id = :i", updates)
        groups, largest = _group_sizes(engine)
    else:
        groups, largest = update_groups(engine, threshold)
    set_meta(engine, STATE_KEY, group_state(engine, threshold))
    return LinkStats(
        claims_considered=len(ids),
        new_claims=int(new.sum()),
        candidates=links.candidates,
        links_written=len(link_rows),
        groups=groups,
        largest_group=largest,
        seconds=round(time.perf_counter() - started, 3),
    )


def _group_sizes(engine: Engine) -> tuple[int, int]:
    """(groups of two or more claims, largest group size) as stored."""
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT COALESCE(SUM(CASE WHEN n >= 2 THEN 1 ELSE 0 END), 0), COALESCE(MAX(n), 0) "
                 "FROM (SELECT COUNT(*) AS n FROM claim WHERE group_id IS NOT NULL GROUP BY group_id) sizes")
        ).one()
    return int(row[0]), int(row[1])


def update_groups(engine: Engine, threshold: float) -> tuple[int, int]:
    """Recompute ``claim.group_id`` and ``claim.independent_sources``; (linked groups, largest size).

    Groups join ``same`` links scoring ≥ ``threshold`` and manual links. Source counts use
    every stored ``same`` link of a claim, as :func:`factcheck.link.corroboration.corroboration` does.
    Only changed rows are written.
    """
    with engine.connect() as conn:
        edges = conn.execute(
            text("SELECT claim_a, claim_b, score, method FROM claim_link WHERE relation = 'same'")
        ).all()
        claims = conn.execute(ALL_REPORTS).all()
        ids = np.array([c[0] for c in claims], dtype=np.int64)
        joined = [(x, y) for x, y, score, method in edges if score >= threshold or method == "manual"]
        label = components(ids, np.array([e[0] for e in joined], dtype=np.int64),
                           np.array([e[1] for e in joined], dtype=np.int64))
        article_of = {c[0]: c[1] for c in claims}
        linked_articles = {(article_of[x], article_of[y]) for x, y, *_ in edges if x in article_of and y in article_of}
        involved = {i for pair in linked_articles for i in pair}
        keys = NeighbourhoodKeys(article_origins(load_articles(conn, involved), copy_pairs(conn, linked_articles)))
    speaker_of = {c[0]: c[2] for c in claims}
    statement_of = {c[0]: c[3] for c in claims}
    neighbours: dict[int, list[int]] = {}
    for x, y, *_ in edges:
        if x in article_of and y in article_of:
            neighbours.setdefault(x, []).append(y)
            neighbours.setdefault(y, []).append(x)
    updates = []
    for (claim_id, _, _, _, old_group, old_sources, _), group in zip(claims, label.tolist()):
        members = [claim_id, *neighbours.get(claim_id, ())]
        found = keys(article_of[m] for m in members)
        sources = count_origins(Report(keys.key(found, article_of[m]), speaker_of[m], statement_of[m]) for m in members)
        if old_group != group or old_sources != sources:
            updates.append({"i": claim_id, "g": group, "n": sources})
    _write(engine, "UPDATE claim SET group_id = :g, independent_sources = :n WHERE id = :i", updates)
    sizes = np.unique(label, return_counts=True)[1] if len(label) else np.zeros(0, dtype=np.int64)
    return int((sizes >= 2).sum()), int(sizes.max()) if len(sizes) else 0
