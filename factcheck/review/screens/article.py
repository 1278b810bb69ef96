"""The article screen: the whole article, with every claim found in it highlighted."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from rich.text import Text
from sqlalchemy.engine import Engine
from sqlmodel import Session
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from factcheck.queries import ArticleView, article_view
from factcheck.review.widgets.labels import STATUS_LOOK, one_line, safe

CLAIM_STYLE = "underline"
SELECTED_STYLE = "reverse"


def article_text(view: ArticleView, selected: int | None) -> Text:
    """The article's text with each claim's span underlined (in its status colour) and ``selected`` reversed."""
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    styles: list[str] = []
    for claim in view.claims:
        if 0 <= claim.start < claim.end <= len(view.text):
            starts[claim.start].append(len(styles))
            ends[claim.end].append(len(styles))
            styles.append(_claim_style(claim.status, claim.id == selected))
    cuts = sorted({0, len(view.text), *starts, *ends})
    active: set[int] = set()  # the claims covering the piece between two cuts: one sweep, not a scan per piece
    text = Text()
    for start, end in pairwise(cuts):
        active.difference_update(ends.get(start, ()))
        active.update(starts.get(start, ()))
        text.append(safe(view.text[start:end]), style=" ".join(styles[i] for i in sorted(active)))
    return text


def _claim_style(status: str, selected: bool) -> str:
    if selected:
        return SELECTED_STYLE
    colour = STATUS_LOOK.get(status, ("", "", ""))[2].replace("dim", "").strip()
    return f"{CLAIM_STYLE} {colour}".strip()


def article_heading(view: ArticleView) -> Text:
    """Title, then outlet, date, source and how many claims are marked."""
    heading = Text(one_line(view.title or "untitled article") + "\n", style="bold")
    parts = [
        one_line(view.outlet or "unknown outlet"),
        view.published.isoformat() if view.published else "no date",
        one_line(view.url or view.source),
        f"{len(view.claims)} claims marked",
    ]
    heading.append(" · ".join(parts), style="italic")
    return heading


class ArticleBody(VerticalScroll):
    """The scrolling article text (j/k scroll too)."""

    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
    ]


class ArticleScreen(Screen[None]):
    """One article in full; escape returns to the claim list."""

    BINDINGS = [Binding("escape,q", "app.pop_screen", "Back to claims")]

    def __init__(self, engine: Engine, article_id: int, selected: int | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.article_id = article_id
        self.selected = selected

    def compose(self) -> ComposeResult:
        with Session(self.engine) as session:
            view = article_view(session, self.article_id)
        if view is None:
            yield Static(Text("this article is no longer in the database", style="bold red"), id="article-heading")
        else:
            yield Static(article_heading(view), id="article-heading")
            with ArticleBody(id="article-body"):
                yield Static(article_text(view, self.selected), id="article-text")
        yield Footer()

    def on_mount(self) -> None:
        for body in self.query(ArticleBody):
            body.focus()
