"""Who is reviewing: asked when the app starts without a name (as in a browser session)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from factcheck.review.widgets.labels import one_line


class ReviewerScreen(ModalScreen[str]):
    """Ask for the reviewer's name; dismissed with it (never empty)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="reviewer-dialog") as dialog:
            dialog.border_title = "who is reviewing?"
            dialog.border_subtitle = "enter to start"
            yield Input(placeholder="your name", id="reviewer-name")
            yield Label("Your name is recorded on every verdict and note you make.", id="reviewer-hint")

    @on(Input.Submitted)
    def submit(self, event: Input.Submitted) -> None:
        """Start reviewing under the name typed (a name is needed)."""
        name = one_line(event.value)
        if name:
            self.dismiss(name)
