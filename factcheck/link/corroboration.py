"""Who else reports a claim, and how many of those reports are independent (for export and review).

Only ``same`` links corroborate; ``variant`` links (the statement reported differently:
a changed number, a negation, swapped entities, another name) are listed apart.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from sqlalchemy import bindparam, text
from sqlmodel import Session

from factcheck.db import chunks
from factcheck.link.sources import (
    REPORTS_IN,
    NeighbourhoodKeys,
    Report,
    article_origins,
    copy_pairs,
    count_origins,
    load_articles,
    same_speaker,
)


@dataclass(frozen=True)
class LinkedClaim:
    """A claim linked to the one asked about."""

    claim_id: int
    article_id: int
    outlet: str | None
    speaker: str | None
    score: float
    same_speaker: bool
    source_key: str
    relation: str = "same"
    differences: tuple[dict, ...] = ()  # a variant's {"kind", "this", "other"}: the differing words of each claim


@dataclass
class Corroboration:
    """The links of a claim (same claim), its variants, the other outlets carrying it, and its source count."""

    links: list[LinkedClaim] = field(default_factory=list)
    corroborating_outlets: list[str] = field(default_factory=list)
    independent_sources: int = 1
    variants: list[LinkedClaim] = field(default_factory=list)
    source_key: str = ""  # the claim's own origin

    @property
    def origins(self) -> int:
        """Distinct origins among the claim and its same-claim links (the count before speakers)."""
        return len({self.source_key} | {link.source_key for link in self.links})


_LINKS = text(
    "SELECT claim_a, claim_b, score, relation, differences FROM claim_link WHERE claim_a IN :ids OR claim_b IN :ids"
).bindparams(bindparam("ids", expanding=True))


def _oriented(differences: str | None, this_is_a: bool) -> tuple[dict, ...]:
    """Stored differences (``a``/``b`` by claim id) as seen from one claim: ``this`` and ``other``."""
    items = json.loads(differences) if differences else []
    return tuple(
        {"kind": d["kind"], "this": d["a"] if this_is_a else d["b"], "other": d["b"] if this_is_a else d["a"]}
        for d in items
    )


def corroboration(session: Session, claim_ids: Sequence[int]) -> dict[int, Corroboration]:
    """Corroboration of each of ``claim_ids`` (unknown ids are left out), links best score first."""
    conn = session.connection()
    scores: dict[int, dict[int, tuple[float, str, tuple[dict, ...]]]] = {}
    for ids in chunks(sorted(set(claim_ids)), 450):
        for a, b, score, relation, differences in conn.execute(_LINKS, {"ids": ids}):
            scores.setdefault(a, {})[b] = (score, relation, _oriented(differences, True))
            scores.setdefault(b, {})[a] = (score, relation, _oriented(differences, False))
    wanted = set(claim_ids) | {other for c in claim_ids for other in scores.get(c, {})}
    claims: dict[int, tuple[int, int | None, str | None, str]] = {}
    for ids in chunks(sorted(wanted)):
        rows = conn.execute(REPORTS_IN, {"ids": ids})
        claims.update((row[0], (row[1], row[6], row[2], row[3])) for row in rows)
    infos = load_articles(conn, {c[0] for c in claims.values()})
    neighbourhoods = {
        claim_id: sorted({claims[claim_id][0]} | {claims[o][0] for o, (_, relation, _) in scores.get(claim_id, {}).items()
                                                  if o in claims and relation == "same"})
        for claim_id in claim_ids
        if claim_id in claims
    }
    pairs = {pair for articles in neighbourhoods.values() for pair in combinations(articles, 2)}
    origins = NeighbourhoodKeys(article_origins(infos, copy_pairs(conn, pairs)))
    result: dict[int, Corroboration] = {}
    for claim_id, articles in neighbourhoods.items():
        article, speaker_id, speaker, statement = claims[claim_id]
        keys = origins(articles)
        key = origins.key(keys, article)
        linked = sorted(
            (
                LinkedClaim(
                    claim_id=o,
                    article_id=claims[o][0],
                    outlet=infos[claims[o][0]].outlet if claims[o][0] in infos else None,
                    speaker=claims[o][2],
                    score=float(score),
                    same_speaker=_same_speaker(speaker_id, speaker, claims[o][1], claims[o][2]),
                    source_key=origins.key(keys if relation == "same" else origins([claims[o][0]]), claims[o][0]),
                    relation=relation,
                    differences=differences,
                )
                for o, (score, relation, differences) in scores.get(claim_id, {}).items()
                if o in claims
            ),
            key=lambda link: (-link.score, link.claim_id),
        )
        links = [link for link in linked if link.relation == "same"]
        own_outlet = infos[article].outlet if article in infos else None
        result[claim_id] = Corroboration(
            links=links,
            corroborating_outlets=sorted({link.outlet for link in links if link.outlet and link.outlet != own_outlet}),
            independent_sources=count_origins(
                [Report(key, speaker, statement)]
                + [Report(link.source_key, link.speaker, claims[link.claim_id][3]) for link in links]
            ),
            variants=[link for link in linked if link.relation != "same"],
            source_key=key,
        )
    return result


def _same_speaker(id_a: int | None, name_a: str | None, id_b: int | None, name_b: str | None) -> bool:
    return (id_a is not None and id_a == id_b) or same_speaker(name_a, name_b)
