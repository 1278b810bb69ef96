"""What a citations report covers: its header (filters, counts, database, time made) and its groups."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.engine import Engine
from sqlmodel import Session

from factcheck.export.groups import VERDICT_LABELS, VERDICT_ORDER, ClaimGroup, Source, build_groups
from factcheck.export.records import load_records, matching_ids, with_group_members
from factcheck.queries import ClaimFilter
from factcheck.wording import count

SELECTION = "groups with at least one matching claim; every claim of a selected group is cited"


@dataclass(frozen=True)
class Report:
    """The citations report, ready to render as Markdown or HTML."""

    made: str  # UTC time, the report's only timestamp
    database: str
    filters: str
    matched: int  # claims matching the filters
    claims: int  # claims cited (matching claims and their group members)
    articles: int
    outlets: int
    verdicts: tuple[tuple[str, int], ...]  # (verdict label, number of groups), in report order
    groups: tuple[ClaimGroup, ...]


def describe_filter(flt: ClaimFilter) -> str:
    """A one-line description of ``flt`` ("none" for an empty filter)."""
    parts = []
    if flt.statuses:
        parts.append("status " + " or ".join(flt.statuses))
    if flt.outlet:
        parts.append(f"outlet {flt.outlet}")
    if flt.speaker:
        parts.append(f"speaker contains {flt.speaker!r}")
    if flt.since:
        parts.append(f"published since {flt.since.isoformat()}")
    if flt.search:
        parts.append(f"search {flt.search!r}")
    if flt.article_id is not None:
        parts.append(f"article {flt.article_id}")
    return "; ".join(parts) or "none"


def build_report(engine: Engine, flt: ClaimFilter, now: datetime | None = None) -> Report:
    """Select the claim groups for ``flt`` and gather the header facts; ``now`` defaults to the clock."""
    with Session(engine) as session:
        matched = matching_ids(session, flt)
        records = load_records(session, with_group_members(session, matched))
    groups = tuple(build_groups(records))
    verdicts = Counter(group.verdict for group in groups)
    made = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return Report(
        made=made.strftime("%Y-%m-%d %H:%M:%S UTC"),
        database=engine.url.render_as_string(hide_password=True),
        filters=describe_filter(flt),
        matched=len(matched),
        claims=len(records),
        articles=len({r.article_id for r in records}),
        outlets=len({r.outlet for r in records if r.outlet}),
        verdicts=tuple((VERDICT_LABELS[v], verdicts[v]) for v in VERDICT_ORDER if verdicts[v]),
        groups=groups,
    )


def coverage(report: Report) -> str:
    """The header line saying what the report covers."""
    return (
        f"{count(len(report.groups), 'claim group')}, {count(report.claims, 'claim')} "
        f"({report.matched} matching the filters) in {count(report.articles, 'article')} "
        f"from {count(report.outlets, 'outlet')}"
    )


def source_label(source: Source) -> str:
    """How a source is introduced: copies of a wire story or of one article, or the outlet carrying it.

    Reads the linker's source keys: ``wire:<name>``, ``copy-of:<id>``, ``outlet:<name>``.
    """
    n = len(source.citations)
    kind, _, name = source.key.partition(":")
    outlet = source.citations[0].outlet or "Unknown outlet"
    if kind == "wire" and name:
        return f"{name} wire copies ({n} articles)" if n > 1 else f"{outlet} (credits {name})"
    if n == 1:
        return outlet
    if kind == "outlet" and name:
        return f"{name} ({n} articles)"
    return f"Copies of one story ({n} articles)"


def speaker_line(name: str | None, speaker_text: str, role: str | None) -> str:
    """The speaker as shown under a claim: canonical name and role."""
    who = name or speaker_text or "Unknown speaker"
    return f"{who}, {role}" if role else who


def claim_detail(claim_id: int, kind: str, verb: str, speaker_text: str) -> str:
    """Claim id, direct/indirect, and the reporting verb and speaker as written."""
    parts = [f"claim {claim_id}", f"{kind} quote" if kind == "direct" else kind]
    if verb or speaker_text:
        parts.append(" ".join(p for p in (verb, speaker_text) if p))
    return " · ".join(parts)
