"""``factcheck review``: the Textual app where reviewers triage claims."""

from __future__ import annotations

import gc

from sqlalchemy.engine import Engine
from textual.app import App
from textual.screen import Screen

from factcheck.review.commands import FilterCommands
from factcheck.review.screens.main import ReviewScreen


class ReviewApp(App[None]):
    """Review claims in ``engine``'s database; ``reviewer`` is recorded on every action."""

    TITLE = "factcheck"
    CSS_PATH = "review.tcss"
    COMMANDS = App.COMMANDS | {FilterCommands}

    def __init__(self, engine: Engine, reviewer: str = "") -> None:
        super().__init__()
        self.engine = engine
        self.reviewer = reviewer

    def on_mount(self) -> None:
        # What exists once the app is up (Textual, SQLAlchemy, rich) lives until exit: keeping it out of
        # the collector's full passes cuts the pauses while scrolling from ~100 ms to ~20 ms at a million claims.
        gc.freeze()

    def get_default_screen(self) -> Screen:
        """The review screen is the app's base screen."""
        return ReviewScreen(self.engine, self.reviewer)
