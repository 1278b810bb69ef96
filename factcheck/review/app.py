"""``factcheck review``: the Textual app where reviewers triage claims."""

from __future__ import annotations

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

    def get_default_screen(self) -> Screen:
        """The review screen is the app's base screen."""
        return ReviewScreen(self.engine, self.reviewer)
