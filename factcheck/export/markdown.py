"""The citations report as Markdown: every article-derived string on one line, markup characters escaped."""

from __future__ import annotations

import re

from factcheck.export.groups import VERDICT_LABELS, ClaimGroup, difference_words
from factcheck.export.report import SELECTION, Report, claim_detail, coverage, source_label, speaker_line
from factcheck.export.text import display

_MARKUP = re.compile(r"([\\`*_\[\]<>|&~#!])")
_BACKTICKS = re.compile("`+")


def md(value: str | None) -> str:
    """``value`` as inert Markdown text: one line, no controls, markup characters backslash-escaped."""
    return _MARKUP.sub(r"\\\1", display(value))


def md_code(value: str | None) -> str:
    """``value`` as a Markdown code span (shown literally): one line, no controls, fenced past its backticks."""
    text = display(value)
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _group(number: int, group: ClaimGroup) -> list[str]:
    claim = group.claim
    verdict = VERDICT_LABELS[group.verdict]
    if group.verdict == "conflicting":
        verdict += " (" + ", ".join(VERDICT_LABELS[v] for v in group.verdicts) + ")"
    lines = [
        f"## {number}. “{md(claim.assertion)}”",
        "",
        f"- Speaker: {md(speaker_line(claim.speaker, claim.speaker_text, claim.speaker_role))}",
        f"- Verdict: {verdict}",
    ]
    if group.notes:
        lines += [f"- Note (claim {claim_id}): {md(note)}" for claim_id, note in group.notes]
    else:
        lines.append("- Note: —")
    lines += [f"- Independent sources: {group.independent_sources}", "", "### Reported by", ""]
    for i, source in enumerate(group.sources, 1):
        lines.append(f"{i}. {md(source_label(source))}")
        for c in source.citations:
            where = [f"*{md(c.article_title) or 'Untitled'}*", md(c.outlet) or "unknown outlet"]
            where.append(c.published.isoformat() if c.published else "undated")
            where.append(md_code(c.article_source))
            if c.article_url:
                where.append(md_code(c.article_url))
            detail = md(claim_detail(c.id, c.kind, c.verb, c.speaker_text))
            if c.status != claim.status:
                detail += f" · status: {VERDICT_LABELS.get(c.status, md(c.status))}"
            lines += [f"   - {' · '.join(where)}", f"     ({detail})", ""]
            lines.append(f"     > {md(c.sentence or c.assertion)}")
            lines.append("")
    if group.variants:
        lines += ["### Reported differently", ""]
        for member, link in group.variants:
            changes = "; ".join(f"{kind}: {md(this)} → **{md(other)}**" for kind, this, other in difference_words(
                link.differences))
            lines += [f"- claim {link.claim_id} · {md(link.outlet) or 'unknown outlet'} (against claim {member}): "
                      f"{changes}", ""]
    return lines


def render_markdown(report: Report) -> str:
    """The citations report as one Markdown document."""
    verdicts = " · ".join(f"{label} {n}" for label, n in report.verdicts) or "—"
    lines = [
        "# Citations report",
        "",
        f"- Made: {report.made}",
        f"- Database: {md_code(report.database)}",
        f"- Filters: {md(report.filters)} ({SELECTION})",
        f"- Covers: {coverage(report)}",
        f"- Verdicts: {verdicts}",
        "",
    ]
    for number, group in enumerate(report.groups, 1):
        lines += _group(number, group)
    return "\n".join(lines).rstrip("\n") + "\n"
