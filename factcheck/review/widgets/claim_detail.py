"""The detail pane: one claim in full, with its sentence in its paragraph."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from factcheck.queries import ClaimDetail
from factcheck.review.widgets.labels import one_line, safe, status_text


def detail_text(detail: ClaimDetail) -> Text:
    """The claim's assertion, who said it, where it was reported, its review, and its paragraph."""
    text = Text()
    text.append(f"“{one_line(detail.assertion)}”\n\n", style="bold")
    text.append(one_line(detail.speaker or detail.speaker_text or "unknown speaker"), style="bold cyan")
    if detail.speaker_role:
        text.append(f" — {one_line(detail.speaker_role)}")
    text.append("\n")
    said = " · ".join(one_line(part) for part in (detail.kind, detail.verb) if part)
    text.append(said)
    if detail.speaker_text:
        text.append(f"{' · ' if said else ''}as written: “{one_line(detail.speaker_text)}”")
    text.append("\n")
    where = [one_line(detail.outlet or "unknown outlet"), detail.published.isoformat() if detail.published else "no date"]
    if detail.updated:
        where.append("updated")
    if detail.superseded:
        where.append("older version (page updated since)")
    where.append(one_line(detail.url or detail.source))
    text.append(" · ".join(where) + "\n", style="italic")
    text.append("status: ")
    text.append_text(status_text(detail.status))
    text.append(f" · claim {detail.id}")
    if detail.assignee:
        text.append(" · assigned to ")
        text.append(one_line(detail.assignee), style="bold")
    text.append("\n")
    text.append("note: ")
    text.append(safe(detail.note) if detail.note else "—", style="" if detail.note else "dim")
    text.append("\n\n")
    start, end = detail.assertion_span
    paragraph = detail.paragraph
    text.append(safe(paragraph[:start]), style="dim")
    text.append(safe(paragraph[start:end]), style="reverse")
    text.append(safe(paragraph[end:]), style="dim")
    return text


class ClaimDetailView(Static):
    """Shows the selected claim (or a hint when there is none)."""

    def show(self, detail: ClaimDetail | None) -> None:
        """Display ``detail``; None clears the pane."""
        self.update(detail_text(detail) if detail else Text("no claim selected", style="dim"))
