"""The review statuses, in one table: what is stored, how each is shown, keyed, reported and rated.

Everything that lists statuses — the tables, the review keys and help, the CLI's ``--status``,
the report's verdict order and headings, the ClaimReview ratings — derives from :data:`TABLE`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Status:
    """One review status."""

    code: str  # stored in claim.status and review_event.status
    label: str  # as the review screen, the CLI and help spell it
    title: str  # as the citations report heads it
    symbol: str  # in the claim list's ST column
    style: str  # Rich style of the symbol and label
    key: str  # the review key that sets it
    key_help: str  # the key's description in the footer and help
    report_rank: int  # place in the report's verdict order (after "conflicting")
    rating: int | None = None  # ClaimReview rating (1–5) of a reviewed verdict; None: not a verdict to publish


TABLE: tuple[Status, ...] = (
    Status("unreviewed", "unreviewed", "Unreviewed", "·", "dim", "r", "back to unreviewed", 5),
    Status("checkworthy", "check-worthy", "Check-worthy", "?", "bold yellow", "c", "check-worthy", 4),
    Status("verified", "verified", "Verified", "✓", "bold green", "v", "verified", 3, rating=5),
    Status("disputed", "disputed", "Disputed", "~", "bold dark_orange", "d", "disputed", 2, rating=3),
    Status("false", "false", "False", "✗", "bold red", "f", "false", 1, rating=1),
    Status("dismissed", "dismissed", "Dismissed", "-", "dim", "x", "dismiss", 6),
)
BY_CODE: dict[str, Status] = {status.code: status for status in TABLE}
STATUSES: tuple[str, ...] = tuple(status.code for status in TABLE)
REVIEWED_STATUSES: tuple[str, ...] = tuple(status.code for status in TABLE if status.rating is not None)
LABELS: tuple[str, ...] = tuple(status.label for status in TABLE)


def parse_status(value: str) -> str | None:
    """The status ``value`` names, however spelt ("check-worthy", "Check worthy", "checkworthy"), else None."""
    name = "".join(value.lower().replace("-", " ").replace("_", " ").split())
    return name if name in BY_CODE else None
