"""Command palette commands of the review screen: filter by outlet or speaker, claims with variants, clear filters.

Outlet and speaker names come from articles: prompts are plain :class:`Content`, never markup.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial

from sqlalchemy.engine import Engine
from sqlmodel import Session
from textual.command import DiscoveryHit, Hit, Hits, Provider, SimpleProvider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.screen import Screen

from factcheck.queries import outlet_names, speaker_names
from factcheck.review.widgets.labels import one_line

# (prompt, help) of the command that shows every claim again.
CLEAR = ("clear filters", "Show every claim: no status, outlet, speaker, assignee or search filter")
# (prompt, help) of the filter on claims another article reports differently (≠ in the list).
VARIANTS = ("claims with variants", "Only claims another article reports differently: a number, negation, name or order")
MINE = ("assigned to me", "Only the claims assigned to you")


def _names(engine: Engine) -> tuple[list[str], list[str]]:
    with Session(engine) as session:
        return outlet_names(session), speaker_names(session)


def highlight(matcher: Matcher, prompt: str) -> Content:
    """``prompt`` as plain text with the characters matching the query styled (``Matcher.highlight`` parses markup)."""
    content = Content(prompt)
    score, offsets = matcher.fuzzy_search.match(matcher.query, prompt)
    if not score:
        return content
    for offset in offsets:
        if not prompt[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ListedCommands(SimpleProvider):
    """A fixed list of (prompt, callback, help) commands, every one offered before anything is typed
    (a ``SimpleProvider`` whose prompts are plain text, never markup)."""

    def __init__(self, screen: Screen, commands: list[tuple[str, Callable[[], object], str]]) -> None:
        super().__init__(screen, [])
        self.commands = commands

    async def discover(self) -> Hits:
        """Every command."""
        for prompt, callback, help_text in self.commands:
            yield DiscoveryHit(Content(prompt), callback, text=prompt, help=help_text)

    async def search(self, query: str) -> Hits:
        """The commands matching what was typed (prompts are plain text, never markup)."""
        matcher = self.matcher(query)
        for prompt, callback, help_text in self.commands:
            if (score := matcher.match(prompt)) > 0:
                yield Hit(score, highlight(matcher, prompt), callback, text=prompt, help=help_text)


class FilterCommands(Provider):
    """Outlets and speakers to filter the claim list by, and "clear filters"."""

    commands: list[tuple[str, partial, str]]

    async def startup(self) -> None:
        """Read the outlet and speaker names (off the event loop)."""
        from factcheck.review.screens.main import ReviewScreen

        self.commands = []
        screen = self.screen
        if not isinstance(screen, ReviewScreen):
            return
        outlets, speakers = await asyncio.to_thread(_names, screen.engine)
        self.commands.append((CLEAR[0], partial(screen.clear_filters), CLEAR[1]))
        self.commands.append((VARIANTS[0], partial(screen.set_filter, variants=True), VARIANTS[1]))
        if screen.reviewer:
            self.commands.append(
                (MINE[0], partial(screen.set_filter, assignee=screen.reviewer), f"{MINE[1]} ({one_line(screen.reviewer)})")
            )
        self.commands += [
            (f"outlet: {one_line(name)}", partial(screen.set_filter, outlet=name), "Only claims this outlet reported")
            for name in outlets
        ]
        self.commands += [
            (f"speaker: {one_line(name)}", partial(screen.set_filter, speaker=name), "Only claims by this speaker")
            for name in speakers
        ]

    async def discover(self) -> Hits:
        """Offer "clear filters" and the outlets before anything is typed."""
        for prompt, callback, help_text in self.commands:
            if not prompt.startswith("speaker: "):
                yield DiscoveryHit(Content(prompt), callback, text=prompt, help=help_text)

    async def search(self, query: str) -> Hits:
        """Outlets, speakers and "clear filters" matching what was typed."""
        matcher = self.matcher(query)
        for prompt, callback, help_text in self.commands:
            score = matcher.match(prompt)
            if score > 0:
                yield Hit(score, highlight(matcher, prompt), callback, text=prompt, help=help_text)
