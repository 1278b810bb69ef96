"""Claim groups for the citations report: one assertion, its verdict, and every article carrying it.

A group is the claims sharing a ``group_id`` (a claim the linker has not grouped is
a group of its own). Citations are grouped by origin: articles that are copies of
one wire story share the linker's source key and count as one source.

Groups are ordered by verdict (``VERDICT_ORDER``: reviewed verdicts first), then
by independent sources (most first), then by the id of the claim shown for the group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.export.records import ClaimRecord, Link
from factcheck.statuses import REVIEWED_STATUSES, TABLE

# Group verdicts, in report order. "conflicting": members carry different reviewed verdicts.
VERDICT_ORDER = ("conflicting", *(s.code for s in sorted(TABLE, key=lambda s: s.report_rank)))
VERDICT_LABELS = {"conflicting": "Conflicting verdicts", **{s.code: s.title for s in TABLE}}


@dataclass(frozen=True)
class Source:
    """One independent origin of a claim: a single article, or copies of one wire story."""

    key: str  # the linker's source key, ``claim:<id>`` when it gave none
    citations: tuple[ClaimRecord, ...]


@dataclass(frozen=True)
class ClaimGroup:
    """Claims making one assertion, with the group's verdict and its sources."""

    key: str
    claim: ClaimRecord  # the claim shown for the group: the first reviewed one, else the first
    verdict: str
    verdicts: tuple[str, ...]  # distinct reviewed verdicts of the members
    notes: tuple[tuple[int, str], ...]  # (claim id, note), distinct notes
    independent_sources: int
    sources: tuple[Source, ...]
    variants: tuple[tuple[int, Link], ...] = ()  # (member claim id, variant link): reported differently


    @property
    def citations(self) -> tuple[ClaimRecord, ...]:
        """Every claim of the group, source by source."""
        return tuple(c for source in self.sources for c in source.citations)


def group_key(record: ClaimRecord) -> str:
    """The key of the record's group: ``g<group_id>``, or ``c<claim id>`` for an ungrouped claim."""
    return f"g{record.group_id}" if record.group_id is not None else f"c{record.id}"


def _date_key(record: ClaimRecord) -> tuple:
    return (record.published is None, record.published or date.min, record.outlet or "", record.article_id, record.id)


def _verdict(members: Sequence[ClaimRecord]) -> tuple[str, tuple[str, ...]]:
    reviewed = tuple(dict.fromkeys(m.status for m in members if m.status in REVIEWED_STATUSES))
    if len(reviewed) > 1:
        return "conflicting", reviewed
    if reviewed:
        return reviewed[0], reviewed
    statuses = {m.status for m in members}
    return next((s for s in ("checkworthy", "unreviewed") if s in statuses), "dismissed"), reviewed


def _sources(members: Sequence[ClaimRecord]) -> tuple[Source, ...]:
    known = {link.claim_id: link.source_key for m in members for link in m.links
             if link.source_key and link.relation == "same"}
    by_key: dict[str, list[ClaimRecord]] = {}
    for member in sorted(members, key=_date_key):
        by_key.setdefault(known.get(member.id) or f"claim:{member.id}", []).append(member)
    return tuple(Source(key, tuple(citations)) for key, citations in by_key.items())


def _variants(members: Sequence[ClaimRecord]) -> tuple[tuple[int, Link], ...]:
    """Variant links of the members to claims outside the group, each claim once."""
    inside = {m.id for m in members}
    found: dict[int, tuple[int, Link]] = {}
    for member in members:
        for link in member.links:
            if link.relation == "variant" and link.claim_id not in inside:
                found.setdefault(link.claim_id, (member.id, link))
    return tuple(found[k] for k in sorted(found))


def difference_words(differences: Sequence[dict]) -> list[tuple[str, str, str]]:
    """(kind, this claim's words, the other claim's words) of a variant's differences."""
    return [(d["kind"], " / ".join(d["this"]) or "—", " / ".join(d["other"]) or "—") for d in differences]


def build_group(key: str, members: Sequence[ClaimRecord]) -> ClaimGroup:
    """The group of ``members`` (claims sharing ``key``)."""
    members = sorted(members, key=lambda m: m.id)
    verdict, verdicts = _verdict(members)
    shown = next((m for m in members if m.status in REVIEWED_STATUSES), members[0])
    notes: dict[str, int] = {}
    for member in members:
        if member.note and member.note not in notes:
            notes[member.note] = member.id
    return ClaimGroup(
        key=key,
        claim=shown,
        verdict=verdict,
        verdicts=verdicts,
        notes=tuple((claim_id, note) for note, claim_id in notes.items()),
        independent_sources=max(m.independent_sources for m in members),
        sources=_sources(members),
        variants=_variants(members),
    )


def build_groups(records: Sequence[ClaimRecord]) -> list[ClaimGroup]:
    """Group ``records`` and order the groups: verdict, then independent sources (most first), then claim id."""
    members: dict[str, list[ClaimRecord]] = {}
    for record in records:
        members.setdefault(group_key(record), []).append(record)
    groups = [build_group(key, group) for key, group in members.items()]
    rank = {verdict: i for i, verdict in enumerate(VERDICT_ORDER)}
    return sorted(groups, key=lambda g: (rank[g.verdict], -g.independent_sources, g.claim.id))
