"""The search prompt: full-text search over assertions and speaker names."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class SearchScreen(ModalScreen[str | None]):
    """Ask for search words; dismissed with them ("" clears the search), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True)]

    def __init__(self, current: str | None) -> None:
        super().__init__()
        self.current = current or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="search-dialog") as dialog:
            dialog.border_title = "search claims"
            dialog.border_subtitle = "enter search · empty clears · escape cancel"
            yield Input(self.current, placeholder="words in the assertion or the speaker's name", id="search-input")
            yield Label(
                "Every word must match, in any case, as the start of a word (\"senjat\", \"ryder\"); "
                "a name also finds its variants (Korut: Korea Utara, DPRK). Best matches first.",
                id="search-hint",
            )

    @on(Input.Submitted)
    def submit(self, event: Input.Submitted) -> None:
        """Search for the words typed."""
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        """Close without changing the search."""
        self.dismiss(None)
