"""Citations report and machine-readable exports.

``render`` turns the claims selected by a :class:`~factcheck.queries.ClaimFilter` into
one of ``FORMATS``; ``write_output`` sends it to stdout or atomically to a file. The
same database always renders the same bytes; only the md/html report header carries
a timestamp (pass ``now`` to fix it).

Selection: ``json``, ``jsonl`` and ``claimreview`` hold the claims matching the
filter; ``md``, ``html`` and ``csv`` hold every claim group with at least one
matching claim, with all the group's claims (every outlet and article carrying it).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from factcheck.export.claimreview import latest_reviews, render_claimreview
from factcheck.export.csvrows import render_csv
from factcheck.export.groups import build_groups
from factcheck.export.htmlpage import render_html
from factcheck.export.jsondata import render_json, render_jsonl
from factcheck.export.markdown import render_markdown
from factcheck.export.output import write_output
from factcheck.export.records import load_records, matching_ids, with_group_members
from factcheck.export.report import build_report
from factcheck.models import REVIEWED_STATUSES
from factcheck.queries import ClaimFilter

FORMATS: tuple[str, ...] = ("md", "html", "csv", "json", "jsonl", "claimreview")

__all__ = ["FORMATS", "render", "write_output"]


def render(
    engine: Engine, fmt: str, flt: ClaimFilter, publisher: str | None = None, *, now: datetime | None = None
) -> str:
    """The export of the claims selected by ``flt`` in format ``fmt`` (one of ``FORMATS``).

    ``publisher`` names the fact-checking organisation (ClaimReview author); ``now``
    (timezone-aware) is the report time shown in the md/html header, default the clock.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "md":
        return render_markdown(build_report(engine, flt, now))
    if fmt == "html":
        return render_html(build_report(engine, flt, now))
    if fmt == "claimreview":
        reviewed = tuple(s for s in flt.statuses or REVIEWED_STATUSES if s in REVIEWED_STATUSES)
        if not reviewed:
            return render_claimreview([], set(), {}, publisher)
        flt = replace(flt, statuses=reviewed)
    with Session(engine) as session:
        matched = matching_ids(session, flt)
        if fmt == "jsonl":
            return render_jsonl(load_records(session, matched))
        if fmt == "json":
            return render_json(load_records(session, matched))
        records = load_records(session, with_group_members(session, matched))
        if fmt == "csv":
            return render_csv(build_groups(records))
        selected = set(matched)
        latest = latest_reviews(session, [r for r in records if r.id in selected])
        return render_claimreview(build_groups(records), selected, latest, publisher)
