"""Command palette commands of the review screen: filter by outlet or speaker, clear filters."""

from __future__ import annotations

import asyncio
from functools import partial

from sqlalchemy.engine import Engine
from sqlmodel import Session
from textual.command import DiscoveryHit, Hit, Hits, Provider

from factcheck.queries import outlet_names, speaker_names
from factcheck.review.widgets.labels import one_line

# (prompt, help) of the command that shows every claim again.
CLEAR = ("clear filters", "Show every claim: no status, outlet, speaker or search filter")


def _names(engine: Engine) -> tuple[list[str], list[str]]:
    with Session(engine) as session:
        return outlet_names(session), speaker_names(session)


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
                yield DiscoveryHit(prompt, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """Outlets, speakers and "clear filters" matching what was typed."""
        matcher = self.matcher(query)
        for prompt, callback, help_text in self.commands:
            score = matcher.match(prompt)
            if score > 0:
                yield Hit(score, matcher.highlight(prompt), callback, help=help_text)
