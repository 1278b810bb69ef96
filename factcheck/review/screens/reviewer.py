"""Asking for a reviewer's name: who is reviewing (when the app starts without one, as in a browser
session), or whom to assign a claim to."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from factcheck.review.widgets.labels import one_line


class ReviewerScreen(ModalScreen[str | None]):
    """Ask for a reviewer's name; dismissed with it (never empty), or None when ``cancellable`` and escaped."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True)]

    def __init__(
        self,
        title: str = "who is reviewing?",
        hint: str = "Your name is recorded on every verdict and note you make.",
        placeholder: str = "your name",
        *,
        cancellable: bool = False,
    ) -> None:
        super().__init__()
        self.title_text, self.hint, self.placeholder = title, hint, placeholder
        self.cancellable = cancellable

    def compose(self) -> ComposeResult:
        with Vertical(id="reviewer-dialog") as dialog:
            dialog.border_title = self.title_text
            dialog.border_subtitle = "enter · escape cancel" if self.cancellable else "enter"
            yield Input(placeholder=self.placeholder, id="reviewer-name")
            yield Label(self.hint, id="reviewer-hint", markup=False)

    @on(Input.Submitted)
    def submit(self, event: Input.Submitted) -> None:
        """Start reviewing under the name typed (a name is needed)."""
        name = one_line(event.value)
        if name:
            self.dismiss(name)

    def action_cancel(self) -> None:
        """Close without a name, when that is allowed."""
        if self.cancellable:
            self.dismiss(None)
