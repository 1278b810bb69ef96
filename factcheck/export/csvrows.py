"""Claim citations as CSV: for each claim group (report order), one row per claim in the group.

Cells are stripped of control characters (line breaks kept, as ``\\n``) and cells that
a spreadsheet would read as a formula are prefixed with a single quote (OWASP CSV
injection): those starting with a tab, CR or LF, and those whose first visible character
is ``= + - @`` or a compatibility form of one (full-width ``＝＋－＠``, small ``﹦﹢﹣﹫``),
even after spaces or invisible characters (zero-width space, BOM, no-break space).
"""

from __future__ import annotations

import csv
import io
import unicodedata

from factcheck.export.groups import ClaimGroup, difference_words
from factcheck.ingest.normalize_text import strip_controls

COLUMNS = (
    "group",
    "group_verdict",
    "independent_sources",
    "claim_id",
    "status",
    "note",
    "speaker",
    "speaker_role",
    "assertion",
    "outlet",
    "wires",
    "article_id",
    "article_title",
    "published",
    "article_source",
    "article_url",
    "sentence",
    "relation",
    "differences",
    "assignee",
)
_FORMULA_STARTS = ("\t", "\r", "\n")
_FORMULA_CHARS = frozenset("=+-@")
# Unicode categories a spreadsheet skips before a formula: spaces, separators, format and control characters.
_SKIPPED = frozenset({"Zs", "Zl", "Zp", "Cf", "Cc"})


def _starts_formula(text: str) -> bool:
    if text.startswith(_FORMULA_STARTS):
        return True
    for char in text:
        if char.isspace() or unicodedata.category(char) in _SKIPPED:
            continue
        return unicodedata.normalize("NFKC", char) in _FORMULA_CHARS
    return False


def cell(value: object) -> str:
    """A CSV cell: ``None`` → "", text stripped of controls and neutralised if it could start a formula."""
    if value is None:
        return ""
    text = strip_controls(str(value))
    return "'" + text if _starts_formula(text) else text


def render_csv(groups: list[ClaimGroup]) -> str:
    """The citations of ``groups`` as CSV text (header row first, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for group in groups:
        for c in group.citations:
            writer.writerow(
                cell(v)
                for v in (
                    group.key,
                    group.verdict,
                    group.independent_sources,
                    c.id,
                    c.status,
                    c.note,
                    c.speaker or c.speaker_text,
                    c.speaker_role,
                    c.assertion,
                    c.outlet,
                    "; ".join(c.wires),
                    c.article_id,
                    c.article_title,
                    c.published.isoformat() if c.published else None,
                    c.article_source,
                    c.article_url,
                    c.sentence,
                    "same",
                    None,
                    c.assignee,
                )
            )
        for member, link in group.variants:  # reported differently: the claim id, outlet and what differs
            changes = "; ".join(f"{kind}: {this} -> {other}" for kind, this, other in difference_words(link.differences))
            row = {"group": group.key, "group_verdict": group.verdict, "independent_sources": group.independent_sources,
                   "claim_id": link.claim_id, "outlet": link.outlet, "relation": "variant", "differences": changes}
            writer.writerow(cell(row.get(column)) for column in COLUMNS)
    return buffer.getvalue()
