"""Which recorded verdict belongs to which claim when an article's claims are re-derived.

A claim keeps its identity across re-extraction by (article sha256, assertion, occurrence,
occurrences): ``occurrence`` is its rank, by offset, among the article's claims with the same
assertion and ``occurrences`` how many such claims there were when the verdict was recorded.
A verdict goes back to the claim with the same identity. When it cannot be placed on exactly
one claim (the number of identical assertions changed, or an event from before identities
were recorded does not say which of several it was), the claims it might belong to stay
unreviewed and are reported as ambiguous: a verdict is never guessed onto a claim.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.engine import Connection

from factcheck.models import Claim, ReviewEvent

# (assertion, occurrence, occurrences); the two numbers are None for events recorded before they existed.
Identity = tuple[str, int | None, int | None]


@dataclass(frozen=True)
class Review:
    """The latest review recorded under one identity."""

    status: str
    note: str | None
    assignee: str | None = None

    @property
    def reviewed(self) -> bool:
        """False for a review that leaves the claim as if never reviewed (nor assigned)."""
        return self.status != "unreviewed" or self.note is not None or self.assignee is not None


@dataclass(frozen=True)
class Placement:
    """Per claim (in the order given): its review, the identity of the events it takes over, and whether it is ambiguous."""

    reviews: list[Review | None]
    taken: list[Identity | None]
    ambiguous: list[bool]


def occurrences(claims: Sequence[tuple[str, int]]) -> list[tuple[int, int]]:
    """(occurrence, occurrences) of each (assertion, start) of one article's claims."""
    seen: dict[str, int] = defaultdict(int)
    rank = [0] * len(claims)
    for n in sorted(range(len(claims)), key=lambda n: (claims[n][1], n)):
        rank[n] = seen[claims[n][0]]
        seen[claims[n][0]] += 1
    return [(rank[n], seen[assertion]) for n, (assertion, _) in enumerate(claims)]


def claim_occurrence(conn: Connection, claim_id: int) -> tuple[int, int]:
    """(occurrence, occurrences) of a stored claim among its article's claims with the same assertion."""
    this = select(Claim.article_id, Claim.assertion, Claim.start).where(Claim.id == claim_id).subquery()
    earlier = or_(Claim.start < this.c.start, and_(Claim.start == this.c.start, Claim.id < claim_id))
    row = conn.execute(
        select(func.sum(case((earlier, 1), else_=0)), func.count())
        .select_from(Claim)
        .join(this, and_(Claim.article_id == this.c.article_id, Claim.assertion == this.c.assertion))
    ).one()
    return int(row[0] or 0), int(row[1])


def latest_reviews(conn: Connection, sha256: str) -> dict[Identity, Review]:
    """The latest review recorded under each identity for the article with this sha256."""
    rows = conn.execute(
        select(
            ReviewEvent.assertion,
            ReviewEvent.occurrence,
            ReviewEvent.occurrences,
            ReviewEvent.status,
            ReviewEvent.note,
            ReviewEvent.assignee,
        )
        .where(ReviewEvent.article_sha256 == sha256)
        .order_by(ReviewEvent.id)
    )
    return {(row.assertion, row.occurrence, row.occurrences): Review(row.status, row.note, row.assignee) for row in rows}


def _placeable(identity: Identity, total: int) -> bool:
    """Whether a review recorded under ``identity`` goes to exactly one of ``total`` claims with its assertion."""
    _, rank, recorded = identity
    return (rank is not None and recorded == total) or (rank is None and recorded is None and total == 1)


def place_reviews(claims: Sequence[tuple[str, int]], reviews: dict[Identity, Review]) -> Placement:
    """Match the latest reviews to an article's new claims, each given as (assertion, start)."""
    by_assertion: dict[str, list[Identity]] = defaultdict(list)
    for identity in reviews:
        by_assertion[identity[0]].append(identity)
    placed: list[Review | None] = []
    taken: list[Identity | None] = []
    ambiguous: list[bool] = []
    for (assertion, _), (rank, total) in zip(claims, occurrences(claims)):
        exact: Identity = (assertion, rank, total)
        legacy: Identity = (assertion, None, None)
        match = exact if exact in reviews else legacy if total == 1 and legacy in reviews else None
        unplaced = any(reviews[i].reviewed and not _placeable(i, total) for i in by_assertion.get(assertion, ()))
        placed.append(reviews[match] if match else None)
        taken.append(match)
        ambiguous.append(match is None and unplaced)
    return Placement(placed, taken, ambiguous)


def attach_events(conn: Connection, sha256: str, claim_id: int, taken: Identity, occurrence: tuple[int, int]) -> None:
    """Point the events recorded under ``taken`` at the claim that took them over (with its identity)."""
    assertion, rank, total = taken
    conn.execute(
        update(ReviewEvent)
        .where(
            ReviewEvent.article_sha256 == sha256,
            ReviewEvent.assertion == assertion,
            ReviewEvent.occurrence.is_(None) if rank is None else ReviewEvent.occurrence == rank,
            ReviewEvent.occurrences.is_(None) if total is None else ReviewEvent.occurrences == total,
        )
        .values(claim_id=claim_id, occurrence=occurrence[0], occurrences=occurrence[1])
    )
