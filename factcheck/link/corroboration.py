"""Who else reports a claim, and how many of those reports are independent (for export and review)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from sqlalchemy import bindparam, text
from sqlmodel import Session

from factcheck.db import chunks
from factcheck.link.sources import copy_pairs, count_origins, load_articles, same_speaker, source_keys


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


@dataclass
class Corroboration:
    """The links of a claim, the other outlets carrying it, and its independent-source count."""

    links: list[LinkedClaim] = field(default_factory=list)
    corroborating_outlets: list[str] = field(default_factory=list)
    independent_sources: int = 1


_LINKS = text(
    "SELECT claim_a, claim_b, score FROM claim_link WHERE claim_a IN :ids OR claim_b IN :ids"
).bindparams(bindparam("ids", expanding=True))
_CLAIMS = text(
    "SELECT claim.id, claim.article_id, claim.speaker_id, COALESCE(speaker.name, claim.speaker_text) "
    "FROM claim LEFT JOIN speaker ON speaker.id = claim.speaker_id WHERE claim.id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def corroboration(session: Session, claim_ids: Sequence[int]) -> dict[int, Corroboration]:
    """Corroboration of each of ``claim_ids`` (unknown ids are left out), links best score first."""
    conn = session.connection()
    scores: dict[int, dict[int, float]] = {}
    for ids in chunks(sorted(set(claim_ids)), 450):
        for a, b, score in conn.execute(_LINKS, {"ids": ids}):
            scores.setdefault(a, {})[b] = score
            scores.setdefault(b, {})[a] = score
    wanted = set(claim_ids) | {other for c in claim_ids for other in scores.get(c, {})}
    claims: dict[int, tuple[int, int | None, str | None]] = {}
    for ids in chunks(sorted(wanted)):
        rows = conn.execute(_CLAIMS, {"ids": ids})
        claims.update((i, (article, speaker_id, name)) for i, article, speaker_id, name in rows)
    infos = load_articles(conn, {c[0] for c in claims.values()})
    neighbourhoods = {
        claim_id: sorted({claims[claim_id][0]} | {claims[o][0] for o in scores.get(claim_id, {}) if o in claims})
        for claim_id in claim_ids
        if claim_id in claims
    }
    pairs = {pair for articles in neighbourhoods.values() for pair in combinations(articles, 2)}
    keys = source_keys(infos, copy_pairs(conn, pairs))
    result: dict[int, Corroboration] = {}
    for claim_id in neighbourhoods:
        article, speaker_id, speaker = claims[claim_id]
        linked = [o for o in scores.get(claim_id, {}) if o in claims]
        key = keys.get(article, f"article:{article}")
        links = sorted(
            (
                LinkedClaim(
                    claim_id=o,
                    article_id=claims[o][0],
                    outlet=infos[claims[o][0]].outlet if claims[o][0] in infos else None,
                    speaker=claims[o][2],
                    score=float(scores[claim_id][o]),
                    same_speaker=_same_speaker(speaker_id, speaker, claims[o][1], claims[o][2]),
                    source_key=keys.get(claims[o][0], f"article:{claims[o][0]}"),
                )
                for o in linked
            ),
            key=lambda link: (-link.score, link.claim_id),
        )
        own_outlet = infos[article].outlet if article in infos else None
        result[claim_id] = Corroboration(
            links=links,
            corroborating_outlets=sorted({link.outlet for link in links if link.outlet and link.outlet != own_outlet}),
            independent_sources=count_origins(
                [(key, speaker)] + [(link.source_key, link.speaker) for link in links]
            ),
        )
    return result


def _same_speaker(id_a: int | None, name_a: str | None, id_b: int | None, name_b: str | None) -> bool:
    return (id_a is not None and id_a == id_b) or same_speaker(name_a, name_b)
