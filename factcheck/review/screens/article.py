"""The article screen: the whole article, with every claim found in it highlighted."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from rich.text import Span, Text
from sqlalchemy.engine import Engine
from sqlmodel import Session
from textual.app import ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Footer, Static

from factcheck.queries import ArticleView, article_view
from factcheck.review.widgets.labels import STATUS_LOOK, one_line, safe

CLAIM_STYLE = "underline"
SELECTED_STYLE = "reverse"
SPEAKER_STYLE = "italic cyan"  # who said the claim, after its span


def article_text(view: ArticleView, selected: int | None) -> Text:
    """The article's text with each claim's span underlined (in its status colour), ``selected`` reversed,
    and who said it after each span (``⟨Patrick Ryder⟩``)."""
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    styles: list[str] = []
    speakers: list[str] = []
    for claim in view.claims:
        if 0 <= claim.start < claim.end <= len(view.text):
            starts[claim.start].append(len(styles))
            ends[claim.end].append(len(styles))
            styles.append(_claim_style(claim.status, claim.id == selected))
            speakers.append(one_line(claim.speaker) or "unknown speaker")
    cuts = sorted({0, len(view.text), *starts, *ends})
    active: set[int] = set()  # the claims covering the piece between two cuts: one sweep, not a scan per piece
    pieces: list[str] = []
    spans: list[Span] = []
    at = 0
    for start, end in pairwise(cuts):
        active.difference_update(ends.get(start, ()))
        active.update(starts.get(start, ()))
        piece = safe(view.text[start:end])
        if active and piece:
            spans.append(Span(at, at + len(piece), " ".join(styles[i] for i in sorted(active))))
        pieces.append(piece)
        at += len(piece)
        for claim in ends.get(end, ()):
            label = f" ⟨{speakers[claim]}⟩"
            spans.append(Span(at, at + len(label), SPEAKER_STYLE))
            pieces.append(label)
            at += len(label)
    return Text("".join(pieces), spans=spans)


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


class ArticleBody(ScrollView, can_focus=True):
    """The scrolling article text (j/k scroll too), wrapped once per width and drawn a screen at a time,
    so an article of any length opens at once."""

    DEFAULT_CSS = "ArticleBody { scrollbar-gutter: stable; }"
    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
    ]

    def __init__(self, content: Text, **kwargs: str | None) -> None:
        super().__init__(**kwargs)
        self.content = content
        self._lines: list[Text] = []
        self._width = -1

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        if width != self._width and width > 0:
            self._lines = list(self.content.wrap(self.app.console, width))
            self._width = width
            self.virtual_size = Size(width, len(self._lines))

    def on_resize(self) -> None:
        self._wrap()

    def render_line(self, y: int) -> Strip:
        self._wrap()
        scroll_x, scroll_y = self.scroll_offset
        width, style = self.scrollable_content_region.width, self.rich_style
        index = scroll_y + y
        if index >= len(self._lines):
            return Strip.blank(width, style)
        line = self._lines[index]
        strip = Strip(line.render(self.app.console), line.cell_len)
        return strip.crop_extend(scroll_x, scroll_x + width, style).apply_style(style)


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
            yield ArticleBody(article_text(view, self.selected), id="article-text")
        yield Footer()

    def on_mount(self) -> None:
        for body in self.query(ArticleBody):
            body.focus()
