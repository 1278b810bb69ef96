"""The main review screen: status line, claim list, claim detail and corroboration panes.

Every verdict, note or undo is queued at once and written by a thread worker
(:mod:`factcheck.review.saving`), each in its own transaction, so a database locked
elsewhere never freezes the screen: the action waits, and is written when the lock goes.
Quitting with actions still waiting asks first.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from functools import partial, wraps
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from sqlalchemy.engine import Engine
from sqlmodel import Session
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import CommandPalette
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from factcheck.queries import (
    BEST_MATCH,
    SORTS,
    ClaimDetail,
    ClaimFilter,
    ClaimRow,
    LinkedSentence,
    claim_detail,
    known_reviewers,
    linked_sentences,
)
from factcheck.review.commands import ListedCommands
from factcheck.statuses import BY_CODE, TABLE
from factcheck.db import BUSY_NOTICE, sqlite_file
from factcheck.review.screens.article import ArticleScreen
from factcheck.review.screens.export import ExportScreen
from factcheck.review.screens.help import HelpScreen, help_rows
from factcheck.review.screens.note import NoteScreen
from factcheck.review.actions import ReviewChange
from factcheck.review.saving import Action, Outcome, Review, SaveQueue, StopSaving, Undo
from factcheck.review.screens.reviewer import ReviewerScreen
from factcheck.review.screens.search import SearchScreen
from factcheck.review.widgets.claim_detail import ClaimDetailView
from factcheck.review.widgets.claim_list import ClaimList, ListHeader, ListQuery
from factcheck.review.widgets.corroboration import CorroborationView
from factcheck.review.widgets.labels import STATUS_FILTERS, STATUS_LOOK, one_line

if TYPE_CHECKING:
    from factcheck.link.corroboration import Corroboration

REFRESH_SECONDS = 5.0
REPORT_FILE = "factcheck-report.md"
VERDICT_KEYS = Binding.Group("verdict")


def status_line(query: ListQuery, counts: tuple[int, int] | None, reviewer: str = "") -> Text:
    """``factcheck · ana — 52 claims · 31 unreviewed · filter: all · sort: unreviewed first`` (``ana``: the reviewer)."""
    flt = query.flt
    parts = [STATUS_LOOK[flt.statuses[0]][1] if len(flt.statuses) == 1 else "all"]
    if flt.outlet:
        parts.append(f"outlet: {one_line(flt.outlet)}")
    if flt.speaker:
        parts.append(f"speaker: {one_line(flt.speaker)}")
    if flt.search:
        parts.append(f"search: “{one_line(flt.search)}”")
    if flt.variants:
        parts.append("reported differently")
    if flt.assignee:
        parts.append(f"assigned to {one_line(flt.assignee)}")
    counted = (
        f"{counts[0]:,} claim{'' if counts[0] == 1 else 's'} · {counts[1]:,} unreviewed" if counts else "counting claims…"
    )
    who = f" · {one_line(reviewer)}" if reviewer else ""
    return Text(f"factcheck{who} — {counted} · filter: {' · '.join(parts)} · sort: {query.sort}")


def undo_message(change: ReviewChange) -> str:
    """What an undo restored: the status when it changed, else the note (back, or removed)."""
    if change.status != change.previous_status:
        return f"undone: claim {change.claim_id} is {STATUS_LOOK[change.status][1]} again"
    if change.assignee != change.previous_assignee:
        who = f"assigned to {one_line(change.assignee)}" if change.assignee else "unassigned"
        return f"undone: claim {change.claim_id} is {who} again"
    if change.note != change.previous_note:
        return f"undone: the note of claim {change.claim_id} is {'back' if change.note else 'removed again'}"
    return f"undone: claim {change.claim_id} is as it was"


def moved_by(query: ListQuery, old: str, new: str) -> str | None:
    """Where a claim goes in ``query``'s list when its status changes from ``old`` to ``new`` (None: it stays)."""
    if old == new:
        return None
    if query.flt.statuses and new not in query.flt.statuses:
        return f"it leaves this list (filter: {', '.join(STATUS_LOOK[s][1] for s in query.flt.statuses)}); s changes the filter"
    if query.sort == "unreviewed first" and "unreviewed" in (old, new):
        where = "back among the unreviewed claims" if new == "unreviewed" else "to the reviewed claims after the unreviewed ones"
        return f"it moves {where} (sort: unreviewed first; o changes it)"
    return None


class Pane(VerticalScroll, can_focus=False):
    """A scrolling pane that leaves the keyboard to the claim list."""


@dataclass
class DetailLoaded(Message):
    """The detail and corroboration of a claim, read by a worker."""

    claim_id: int
    detail: ClaimDetail | None
    support: Corroboration | None
    sentences: Mapping[int, LinkedSentence]


def on_current_row(action: Callable[..., None]) -> Callable[..., None]:
    """An action on the claim under the cursor (passed as ``row``); with no claim there, the bell rings."""

    @wraps(action)
    def run(screen: ReviewScreen, *args: object) -> None:
        row = screen.claims.current_row
        if row is None:
            screen.app.bell()
            return
        action(screen, row, *args)

    return run


class ReviewScreen(Screen[None]):
    """Triage claims: one key per verdict, then on to the next claim."""

    BINDINGS = [
        # the footer shows the five verdict keys as one item, so that at 80 columns undo, help and quit stay in view
        *(Binding(s.key, f"verdict('{s.code}')", s.key_help, group=VERDICT_KEYS) for s in TABLE if s.code != "unreviewed"),
        Binding(BY_CODE["unreviewed"].key, "verdict('unreviewed', False)", BY_CODE["unreviewed"].key_help, show=False),
        Binding("n", "note", "note"),
        Binding("a", "assign", "assign to a reviewer", show=False),
        Binding("m", "assigned_to_me", "only claims assigned to me (again: all)", show=False),
        Binding("u", "undo", "undo"),
        Binding("slash", "search", "search"),
        Binding("s", "cycle_status", "cycle status filter", show=False),
        Binding("o", "cycle_sort", "cycle sort order", show=False),
        Binding("enter", "open_article", "open the article", show=False),
        Binding("e", "export", "write the citations report (asks where)", show=False),
        Binding("ctrl+r,f5", "reread", "refresh now", show=False),
        Binding("question_mark,f1", "help", "help"),
        Binding("q", "quit", "quit"),
    ]

    def __init__(self, engine: Engine, reviewer: str = "") -> None:
        super().__init__()
        self.engine = engine
        self.reviewer = reviewer
        self.query_state = ListQuery()
        self.counts: tuple[int, int] | None = None
        self.saves = SaveQueue(engine, reviewer)
        self._told_busy = False
        self._quit_asked = False

    def compose(self) -> ComposeResult:
        yield Static(status_line(self.query_state, None, self.reviewer), id="status-line")
        yield ListHeader(id="list-header")
        yield ClaimList(self.engine, id="claims")
        with Horizontal(id="panes"):
            with Pane(id="detail-pane") as detail:
                detail.border_title = "claim"
                yield ClaimDetailView(id="detail")
            with Pane(id="corroboration-pane") as support:
                support.border_title = "reported by"
                yield CorroborationView(id="corroboration")
        yield Footer()

    @property
    def claims(self) -> ClaimList:
        """The claim list widget."""
        return self.query_one(ClaimList)

    def on_mount(self) -> None:
        self.claims.focus()
        self.claims.load(self.query_state)
        self.set_interval(REFRESH_SECONDS, self.claims.reread)

    def set_reviewer(self, name: str) -> None:
        """Record the actions from now on under ``name`` (and show it)."""
        self.reviewer = self.saves.reviewer = name
        self._update_status_line()

    # -- list state ----------------------------------------------------------------

    def show_query(self, query: ListQuery) -> None:
        """List the claims of ``query`` from the top."""
        self.query_state = query
        self.counts = None
        self._update_status_line()
        self.claims.load(query)

    def set_filter(self, **changes: object) -> None:
        """Change fields of the current filter (e.g. ``outlet="Antara"``)."""
        self.show_query(replace(self.query_state, flt=replace(self.query_state.flt, **changes)))  # type: ignore[arg-type]

    def clear_filters(self) -> None:
        """Show every claim (the sort order is kept, but for the search's "best match")."""
        sort = self.query_state.sort
        self.show_query(ListQuery(ClaimFilter(), "unreviewed first" if sort == BEST_MATCH else sort))

    def _update_status_line(self) -> None:
        self.query_one("#status-line", Static).update(status_line(self.query_state, self.counts, self.reviewer))

    @on(ClaimList.Counted)
    def _counted(self, message: ClaimList.Counted) -> None:
        self.counts = (message.total, message.unreviewed)
        self._update_status_line()

    @on(ClaimList.Highlighted)
    def _highlighted(self, message: ClaimList.Highlighted) -> None:
        if message.row is None:
            self.query_one(ClaimDetailView).show(None)
            self.query_one(CorroborationView).show(None, {})
            self.query_one("#corroboration-pane").border_title = "reported by"
        else:
            self._load_detail(message.row.id)

    @work(thread=True, exclusive=True, group="detail")
    def _load_detail(self, claim_id: int) -> None:
        # imported here, off the event loop: linking pulls in numpy, which the first screen does not need
        from factcheck.link.corroboration import corroboration

        with Session(self.engine) as session:
            detail = claim_detail(session, claim_id)
            support = corroboration(session, [claim_id]).get(claim_id)
            sentences = linked_sentences(session, [link.claim_id for link in support.links]) if support else {}
        self.post_message(DetailLoaded(claim_id, detail, support, sentences))

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        current = self.claims.current_row
        if current is None or current.id != message.claim_id:
            return
        self.query_one(ClaimDetailView).show(message.detail)
        self.query_one(CorroborationView).show(message.support, message.sentences)
        sources = message.support.independent_sources if message.support else 1
        self.query_one("#corroboration-pane").border_title = (
            f"reported by ({sources} independent source{'s' if sources != 1 else ''})"
        )

    # -- review actions ------------------------------------------------------------

    def _save(self, action: Action) -> None:
        if self.saves.put(action):
            self._write_saves()

    @work(thread=True, group="save", exit_on_error=False)
    def _write_saves(self) -> None:
        worker = get_current_worker()

        def busy(waited: float) -> None:
            if worker.is_cancelled:
                raise StopSaving
            if not waited:
                self.app.call_from_thread(self._busy)

        self.saves.drain(lambda outcome: self.app.call_from_thread(self._saved, outcome), busy)

    def _busy(self) -> None:
        self._told_busy = True
        waiting = self.saves.pending
        self.notify(
            f"{BUSY_NOTICE} {waiting} action{'s' if waiting != 1 else ''} waiting to be saved",
            severity="warning",
            markup=False,
        )

    def _saved(self, outcome: Outcome) -> None:
        """An action was written (or could not be): show it, and re-read the list."""
        action, change = outcome.action, outcome.change
        if outcome.error is not None:
            verb = "not undone" if isinstance(action, Undo) else f"not saved (claim {action.claim_id})"
            self.notify(f"{verb}: {outcome.error}", severity="error", markup=False)
        elif isinstance(action, Undo) and change is None:
            self.notify("nothing to undo")
        elif isinstance(action, Undo):
            self.claims.update_row(change.claim_id, status=change.status)
            self.notify(undo_message(change), markup=False)
        if self._told_busy and not self.saves.pending:
            self._told_busy = False
            self.notify("saved: the database is free again")
        follow = change.claim_id if isinstance(action, Undo) and change is not None else None
        self.claims.reread(follow=follow)

    @on_current_row
    def action_verdict(self, row: ClaimRow, status: str, advance: bool = True) -> None:
        """Set the status of the claim under the cursor (and move to the next claim)."""
        self._save(Review(row.id, {"status": status}))
        self.claims.update_row(row.id, status=status)
        if (moved := moved_by(self.query_state, row.status, status)) is not None:
            self.notify(f"claim {row.id} is {STATUS_LOOK[status][1]}: {moved}", markup=False)
        if advance:
            self.claims.action_cursor_down()

    @on_current_row
    def action_note(self, row: ClaimRow) -> None:
        """Edit the note of the claim under the cursor."""
        with Session(self.engine) as session:
            detail = claim_detail(session, row.id)
        if detail is None:
            return

        def save(note: str | None) -> None:
            if note is not None:
                self._save(Review(row.id, {"note": note}))

        self.app.push_screen(NoteScreen(detail.note, f"note on claim {row.id}"), save)

    @on_current_row
    def action_assign(self, row: ClaimRow) -> None:
        """Assign the claim under the cursor: a palette of known reviewers, nobody, or a name to type."""
        with Session(self.engine) as session:
            names = known_reviewers(session)
        if self.reviewer:
            names = [self.reviewer, *(name for name in names if name != self.reviewer)]

        def assign(name: str | None) -> None:
            self._save(Review(row.id, {"assignee": name}))
            self.notify(f"claim {row.id} {f'assigned to {name}' if name else 'unassigned'}", markup=False)

        def ask() -> None:
            prompt = ReviewerScreen(
                f"assign claim {row.id} to", "The reviewer's name, as they review under it.", "name", cancellable=True
            )
            self.app.push_screen(prompt, lambda name: assign(name) if name else None)

        commands = [
            (one_line(name) + (" (me)" if name == self.reviewer else ""), partial(assign, name), f"Assign claim {row.id}")
            for name in names
        ]
        commands += [
            ("someone else…", ask, "Type the name of a reviewer"),
            ("nobody", partial(assign, None), f"Unassign claim {row.id}"),
        ]
        provider = ListedCommands(self, commands)
        self.app.push_screen(CommandPalette(providers=[provider], placeholder=f"assign claim {row.id} to…"))

    def action_assigned_to_me(self) -> None:
        """Show only the claims assigned to this reviewer; again, every claim."""
        if not self.reviewer:
            self.notify("no reviewer name: start with --reviewer NAME to see the claims assigned to you")
            return
        mine = None if self.query_state.flt.assignee == self.reviewer else self.reviewer
        self.set_filter(assignee=mine)

    def action_undo(self) -> None:
        """Undo this session's last action, if no one has acted on the claim since (recorded as a new event)."""
        self._save(Undo())

    def action_quit(self) -> None:
        """Quit; with actions still waiting to be saved, only when asked twice."""
        waiting = self.saves.pending
        if waiting and not self._quit_asked:
            self._quit_asked = True
            self.notify(
                f"{waiting} action{'s are' if waiting != 1 else ' is'} still waiting to be saved; q again quits without them",
                severity="warning",
                markup=False,
            )
            return
        self.app.exit()

    # -- finding claims --------------------------------------------------------------

    def action_search(self) -> None:
        """Ask for words to search the assertions and speaker names for."""

        def search(words: str | None) -> None:
            if words is None:
                return
            query = self.query_state
            sort = BEST_MATCH if words else ("unreviewed first" if query.sort == BEST_MATCH else query.sort)
            self.show_query(ListQuery(replace(query.flt, search=words or None), sort))

        self.app.push_screen(SearchScreen(self.query_state.flt.search), search)

    def action_cycle_status(self) -> None:
        """Show all claims, then claims of one status at a time."""
        statuses = self.query_state.flt.statuses
        current = statuses[0] if len(statuses) == 1 else None
        following = STATUS_FILTERS[(STATUS_FILTERS.index(current) + 1) % len(STATUS_FILTERS)]
        self.set_filter(statuses=(following,) if following else ())

    def action_cycle_sort(self) -> None:
        """Use the next sort order."""
        sorts = [*SORTS, BEST_MATCH] if self.query_state.flt.search else list(SORTS)
        following = sorts[(sorts.index(self.query_state.sort) + 1) % len(sorts)]
        self.show_query(replace(self.query_state, sort=following))

    def action_reread(self) -> None:
        """Re-read the list from the database now."""
        self.claims.reread()

    # -- other screens ---------------------------------------------------------------

    @on_current_row
    def action_open_article(self, row: ClaimRow) -> None:
        """Open the article of the claim under the cursor, with all its claims marked."""
        self.app.push_screen(ArticleScreen(self.engine, row.article_id, row.id))

    def action_help(self) -> None:
        """Show every key and how reviewing works."""
        self.app.push_screen(HelpScreen(help_rows(self)))

    def action_export(self) -> None:
        """Ask where to write the citations report of the listed claims, then write it; in a browser,
        the report is downloaded (the server's disk is not the reviewer's)."""
        flt = self.query_state.flt
        if self.app.is_web:
            self.notify("preparing the citations report for download…")
            self._export(flt, None)
            return

        def write(path: Path | None) -> None:
            if path is not None:
                self.notify("writing the citations report…")
                self._export(flt, path)

        self.app.push_screen(ExportScreen(Path.cwd() / REPORT_FILE), write)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, flt: ClaimFilter, path: Path | None) -> None:
        from factcheck.export import render, write_output  # only needed when a report is written

        report = render(self.engine, "md", flt)
        if path is None:
            self.app.call_from_thread(self.app.deliver_text, io.StringIO(report), save_filename=REPORT_FILE)
            return
        try:
            write_output(report, path, database=sqlite_file(self.engine))
        except OSError as exc:
            self.app.call_from_thread(
                self.notify, f"{path}: cannot write: {exc.strerror or exc}", severity="error", markup=False
            )
        else:
            self.app.call_from_thread(self.notify, f"wrote {path}", markup=False)
