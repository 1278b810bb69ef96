"""The corroboration pane: every claim linked to the selected one, grouped by independent source."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from factcheck.queries import LinkedSentence
from factcheck.review.widgets.labels import one_line

if TYPE_CHECKING:
    from factcheck.link.corroboration import Corroboration, LinkedClaim


def source_label(key: str, links: Sequence[LinkedClaim]) -> str:
    """A reader's name for an independent source key (``wire:Yonhap`` → ``Yonhap (wire)``)."""
    kind, _, name = key.partition(":")
    if kind == "wire":
        return f"{one_line(name)} (wire)"
    if kind == "outlet":
        return one_line(name)
    outlets = dict.fromkeys(one_line(link.outlet or "unknown outlet") for link in links)
    return " / ".join(outlets) + (" (copies of one story)" if kind == "copy-of" else "")


def group_links(links: Sequence[LinkedClaim]) -> list[tuple[str, list[LinkedClaim]]]:
    """Links grouped by source key (wire copies and copies of one story together), best score first."""
    groups: dict[str, list[LinkedClaim]] = {}
    for link in sorted(links, key=lambda link: (-link.score, link.claim_id)):
        key = link.source_key if link.source_key else f"article:{link.article_id}"
        groups.setdefault(key, []).append(link)
    return list(groups.items())


def count_explained(support: Corroboration) -> str:
    """Why the count is what it is: "2 independent: AFP (3 reports), Kompas"."""
    groups = group_links(support.links)
    parts = [f"{source_label(key, links)} ({len(links)} reports)" if len(links) > 1 else source_label(key, links)
             for key, links in groups]
    return f"{support.independent_sources} independent: " + ", ".join(parts)


def variants_text(support: Corroboration) -> Text:
    """"Reported differently by": each variant's outlet and its differing words, highlighted."""
    text = Text()
    if not support.variants:
        return text
    text.append("reported differently by\n", style="bold magenta")
    for link in support.variants:
        text.append(f"  {one_line(link.outlet or 'unknown outlet')} · claim {link.claim_id} · ")
        for n, difference in enumerate(link.differences):
            if n:
                text.append("; ")
            text.append(f"{difference['kind']}: ", style="magenta")
            text.append(one_line(" / ".join(difference["this"]) or "—"), style="strike")
            text.append(" → ")
            text.append(one_line(" / ".join(difference["other"]) or "—"), style="bold reverse")
        text.append("\n")
    return text


def corroboration_text(support: Corroboration | None, sentences: Mapping[int, LinkedSentence]) -> Text:
    """The linked claims, one block per independent source; a copy's repeated sentence is folded; then variants."""
    if support is None or not (support.links or support.variants):
        return Text("no other article reports this claim — ingest more coverage of this story "
                    "(factcheck ingest FOLDER_OR_FEED, then factcheck link)", style="dim")
    text = Text()
    if support.links:
        text.append(count_explained(support) + "\n", style="dim")
    for key, links in group_links(support.links):
        text.append("● ", style="bold")
        text.append(source_label(key, links), style="bold")
        if len(links) > 1:
            text.append(f" · {len(links)} reports", style="dim")
        text.append("\n")
        shown: set[str] = set()
        for link in links:
            found = sentences.get(link.claim_id)
            published = found.published.isoformat() if found and found.published else "no date"
            text.append(f"  {one_line(link.outlet or 'unknown outlet')} · {published} · match {link.score:.0f} · ")
            if link.same_speaker:
                text.append("same speaker", style="green")
            else:
                text.append(f"other speaker: {one_line(link.speaker or 'unknown')}", style="yellow")
            sentence = one_line(found.sentence) if found else ""
            if sentence in shown:
                text.append(" · copy", style="dim")
            elif sentence:
                text.append(f"\n    “{sentence}”", style="italic")
                shown.add(sentence)
            text.append("\n")
    if support.variants:
        if text.plain:
            text.append("\n")
        text.append_text(variants_text(support))
    text.rstrip()
    return text


class CorroborationView(Static):
    """Shows who else reports the selected claim."""

    def show(self, support: Corroboration | None, sentences: Mapping[int, LinkedSentence]) -> None:
        """Display the corroboration of a claim (None: not linked)."""
        self.update(corroboration_text(support, sentences))
