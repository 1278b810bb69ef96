"""The claim list: a Line API ``ScrollView`` that pages claims from the database.

Only the visible lines are rendered. Rows come from a cache of pages
(``page_size`` rows fetched by offset/limit in thread workers); a line whose page
is not loaded yet shows a placeholder until the page arrives. Nothing but the
visible pages and the count is ever read, so a million claims open as fast as fifty.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rich.style import Style
from rich.text import Text
from sqlalchemy.engine import Engine
from sqlmodel import Session
from textual import events, work
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget
from textual.worker import get_current_worker

from factcheck.queries import ClaimFilter, ClaimRow, count_claims, page_claims
from factcheck.review.widgets.labels import one_line, status_text

PAGE_SIZE = 200
EMPTY = "no claims match: s changes the status filter, / the search, ctrl+p the outlet or speaker"
CACHED_PAGES = 64
CACHED_LINES = 1024  # rendered list lines kept (scrolling back draws from here)

# (title, width) of the fixed columns; the assertion takes the rest of the line.
VARIANT_MARK = "≠"  # after the source count: another article reports the claim differently
COLUMNS: tuple[tuple[str, int], ...] = (("ST", 3), ("SPEAKER", 22), ("OUTLET", 16), ("SRC", 5))


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: a filter and a sort order (a key of ``queries.SORTS``)."""

    flt: ClaimFilter = ClaimFilter()
    sort: str = "unreviewed first"


def header_text(width: int) -> Text:
    """The column titles, aligned with the rows."""
    line = Text(style="bold")
    for title, size in COLUMNS:
        line.append(title.ljust(size) if title != "SRC" else title.rjust(size - 2) + "  ")
    line.append("ASSERTION")
    line.truncate(width, pad=True)
    return line


def row_text(row: ClaimRow, width: int) -> Text:
    """One claim as a list line: status symbol, speaker, outlet, independent sources, assertion."""
    line = Text(no_wrap=True, end="")
    line.append_text(status_text(row.status, symbol=True))
    line.append("  ")
    for value, (_, size) in ((row.speaker, COLUMNS[1]), (row.outlet, COLUMNS[2])):
        cell = Text(one_line(value))
        cell.truncate(size - 1, overflow="ellipsis", pad=True)
        line.append_text(cell)
        line.append(" ")
    line.append(f"{row.independent_sources:>{COLUMNS[3][1] - 2}}")
    line.append(VARIANT_MARK if row.variants else " ", style="bold magenta")
    line.append(" ")
    line.append(one_line(row.assertion))
    line.truncate(width, overflow="ellipsis", pad=True)
    return line


class ListHeader(Widget):
    """Column titles over the claim list."""

    def render(self) -> Text:
        """The titles, as wide as the list."""
        return header_text(self.size.width)


class ClaimList(ScrollView, can_focus=True, inherit_bindings=False):
    """The claims matching a query, one line each, with a cursor."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "next claim", show=False),
        Binding("up,k", "cursor_up", "previous claim", show=False),
        Binding("pagedown", "page_down", "page down", show=False),
        Binding("pageup", "page_up", "page up", show=False),
        Binding("home", "first", "first claim", show=False),
        Binding("end", "last", "last claim", show=False),
    ]
    COMPONENT_CLASSES = {"claim-list--cursor", "claim-list--pending"}

    cursor: reactive[int] = reactive(0, repaint=False)

    class Highlighted(Message):
        """The claim under the cursor changed (or was re-read); ``row`` is None for an empty list."""

        def __init__(self, row: ClaimRow | None) -> None:
            self.row = row
            super().__init__()

    class Counted(Message):
        """The list was (re)counted."""

        def __init__(self, total: int, unreviewed: int) -> None:
            self.total = total
            self.unreviewed = unreviewed
            super().__init__()

    @dataclass
    class RowsLoaded(Message):
        """Rows read by a worker (``total``/``unreviewed`` are None for a single page).

        A page whose rows are None was skipped: the viewport had moved on before it was read.
        """

        generation: int
        pages: dict[int, list[ClaimRow] | None]
        total: int | None = None
        unreviewed: int | None = None
        follow: int | None = None

    def __init__(self, engine: Engine, *, page_size: int = PAGE_SIZE, id: str | None = None) -> None:
        super().__init__(id=id)
        self.engine = engine
        self.page_size = page_size
        self.query = ListQuery()
        self.total = 0
        self.loaded = False
        self._pages: LRUCache[int, list[ClaimRow]] = LRUCache(CACHED_PAGES)
        self._pending: set[int] = set()
        self._wanted: frozenset[int] = frozenset()
        self._generation = 0
        self._highlighted: ClaimRow | None = None
        self._strips: LRUCache[tuple, Strip] = LRUCache(CACHED_LINES)

    # -- reading -----------------------------------------------------------------

    def load(self, query: ListQuery) -> None:
        """Show ``query`` from the top (the cache is dropped)."""
        self.query = query
        self._generation += 1
        self._pages.clear()
        self._pending.clear()
        self.loaded = False
        self.cursor = 0
        self.scroll_to(y=0, animate=False)
        self._read(self._generation, query, frozenset({0}), None)

    def reread(self, follow: int | None = None) -> None:
        """Re-count and re-read the visible rows, keeping the cursor on claim ``follow`` (default: the current one)."""
        current = self.current_row
        follow = follow if follow is not None else (current.id if current else None)
        self._read(self._generation, self.query, self._visible_pages() | {self.cursor // self.page_size}, follow)

    @work(thread=True, exclusive=True, group="claim-list-count")
    def _read(self, generation: int, query: ListQuery, pages: frozenset[int], follow: int | None) -> None:
        unreviewed_filter = replace(
            query.flt, statuses=("unreviewed",) if not query.flt.statuses or "unreviewed" in query.flt.statuses else ()
        )
        with Session(self.engine) as session:
            total = count_claims(session, query.flt)
            unreviewed = count_claims(session, unreviewed_filter) if unreviewed_filter.statuses else 0
            rows: dict[int, list[ClaimRow] | None] = {
                page: self._query_page(session, query, page) for page in sorted(pages)
            }
        if not get_current_worker().is_cancelled:
            self.post_message(self.RowsLoaded(generation, rows, total, unreviewed, follow))

    @work(thread=True, group="claim-list-pages")
    def _read_page(self, generation: int, query: ListQuery, page: int) -> None:
        rows = None
        if page in self._wanted and generation == self._generation:
            with Session(self.engine) as session:
                rows = self._query_page(session, query, page)
        self.post_message(self.RowsLoaded(generation, {page: rows}))

    def _query_page(self, session: Session, query: ListQuery, page: int) -> list[ClaimRow]:
        return page_claims(session, query.flt, query.sort, offset=page * self.page_size, limit=self.page_size)

    def on_claim_list_rows_loaded(self, message: RowsLoaded) -> None:
        message.stop()
        if message.generation != self._generation:
            return
        if message.total is not None:
            self._pages.clear()
            self._pending.clear()
            self.total = message.total
            self.loaded = True
            self.virtual_size = Size(self.size.width, self.total)
            self.post_message(self.Counted(message.total, message.unreviewed or 0))
        for page, rows in message.pages.items():
            self._pending.discard(page)
            if rows is not None:
                self._pages[page] = rows
        if message.follow is not None:
            self._follow(message.follow)
        self.cursor = min(self.cursor, max(0, self.total - 1))
        self._announce(force=message.total is not None)
        self.refresh()

    def _follow(self, claim_id: int) -> None:
        for page in self._pages.keys():
            for n, row in enumerate(self._pages.get(page) or ()):
                if row.id == claim_id:
                    self.cursor = page * self.page_size + n
                    return

    # -- rows --------------------------------------------------------------------

    def row_at(self, index: int) -> ClaimRow | None:
        """The row at ``index`` if its page is loaded."""
        rows = self._pages.get(index // self.page_size)
        offset = index % self.page_size
        return rows[offset] if rows is not None and offset < len(rows) else None

    @property
    def current_row(self) -> ClaimRow | None:
        """The claim under the cursor, if loaded."""
        return self.row_at(self.cursor) if self.total else None

    def loaded_pages(self) -> set[int]:
        """The page numbers held in memory."""
        return set(self._pages.keys())

    def update_row(self, claim_id: int, **changes: object) -> None:
        """Change a cached row in place (after a review action), before the next re-read."""
        for page in self._pages.keys():
            rows = self._pages.get(page) or []
            for n, row in enumerate(rows):
                if row.id == claim_id:
                    rows[n] = replace(row, **changes)  # type: ignore[arg-type]
        self.refresh()

    def _announce(self, force: bool = False) -> None:
        row = self.current_row
        if force or row != self._highlighted:
            self._highlighted = row
            self.post_message(self.Highlighted(row))

    # -- rendering ---------------------------------------------------------------

    def _visible_pages(self) -> frozenset[int]:
        top = int(self.scroll_y)
        bottom = min(self.total, top + max(1, self.size.height)) - 1
        return frozenset(range(top // self.page_size, max(top, bottom) // self.page_size + 1))

    def render_lines(self, crop: Region) -> list[Strip]:
        """Request the pages the viewport needs before its lines are rendered."""
        self._wanted = self._visible_pages()
        if self.loaded:
            for page in self._wanted:
                if page not in self._pages and page not in self._pending:
                    self._pending.add(page)
                    self._read_page(self._generation, self.query, page)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        """Render the list line at viewport row ``y``."""
        index = int(self.scroll_y) + y
        width = self.size.width
        base = self.rich_style
        if index >= self.total:
            if index == 0 and self.loaded:
                return self._render_text(Text(EMPTY, style=self.get_component_rich_style("claim-list--pending")), width, base)
            return Strip.blank(width, base)
        row = self.row_at(index)
        key = (row, width, index == self.cursor, self.has_focus, base)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row(row, width, base, cursor=index == self.cursor)
            self._strips[key] = strip
        return strip

    def _render_row(self, row: ClaimRow | None, width: int, base: Style, *, cursor: bool) -> Strip:
        if row is None:
            text = Text("  …", style=self.get_component_rich_style("claim-list--pending"))
        else:
            text = row_text(row, width)
        return self._render_text(text, width, base, self._cursor_style() if cursor else None)

    def _render_text(self, text: Text, width: int, base: Style, highlight: Style | None = None) -> Strip:
        text.end = ""
        text.truncate(width, pad=True)
        # One style under the text: the cursor's over the widget's (applied one after the other, the
        # widget's background, applied first, would win and the cursor row would show no background).
        under = base if highlight is None else base + highlight
        return Strip(list(text.render(self.app.console)), width).apply_style(under).crop_extend(0, width, under)

    def _cursor_style(self) -> Style:
        style = self.get_component_rich_style("claim-list--cursor")
        return style if self.has_focus else style + Style(dim=True)

    def notify_style_update(self) -> None:
        """Styles changed (theme, focus): rendered lines must be redrawn."""
        super().notify_style_update()
        self._strips.clear()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, self.total)

    def watch_cursor(self, old: int, new: int) -> None:
        top = int(self.scroll_y)
        height = max(1, self.size.height)
        if new < top:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False, immediate=True)
        self.refresh()
        self._announce()

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_y) + event.y
        if 0 <= index < self.total:
            self.cursor = index

    # -- actions -----------------------------------------------------------------

    def _move(self, delta: int) -> None:
        if self.total:
            self.cursor = max(0, min(self.total - 1, self.cursor + delta))

    def action_cursor_down(self) -> None:
        """Move to the next claim."""
        self._move(1)

    def action_cursor_up(self) -> None:
        """Move to the previous claim."""
        self._move(-1)

    def action_page_down(self) -> None:
        """Move down one screenful."""
        self._move(max(1, self.size.height - 1))

    def action_page_up(self) -> None:
        """Move up one screenful."""
        self._move(-max(1, self.size.height - 1))

    def action_first(self) -> None:
        """Move to the first claim."""
        self._move(-self.cursor)

    def action_last(self) -> None:
        """Move to the last claim."""
        self._move(self.total)
