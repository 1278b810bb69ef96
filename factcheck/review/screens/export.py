"""The export prompt: where to write the citations report; an existing file is replaced only when confirmed."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

HINT = "The citations report (Markdown) of the claims listed."


class ExportScreen(ModalScreen[Path | None]):
    """Ask for the report's file; dismissed with its path, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True)]

    def __init__(self, suggested: Path) -> None:
        super().__init__()
        self.suggested = suggested
        self._confirmed: Path | None = None  # an existing file the reviewer was warned about

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog") as dialog:
            dialog.border_title = "write the citations report"
            dialog.border_subtitle = "enter write · escape cancel"
            yield Input(str(self.suggested), id="export-path")
            yield Label(HINT, id="export-hint", markup=False)

    def _warn(self, message: str) -> None:
        self.query_one("#export-hint", Label).update(Text(message, style="bold yellow"))

    @on(Input.Submitted)
    def submit(self, event: Input.Submitted) -> None:
        """Write to the path typed; an existing file needs a second enter, a folder is refused."""
        if not event.value.strip():
            self._warn("type a file name")
            return
        path = Path(event.value.strip()).expanduser()
        if path.is_dir():
            self._warn(f"{path} is a folder: type a file name")
        elif not path.parent.is_dir():
            self._warn(f"no folder {path.parent}")
        elif path.exists() and path != self._confirmed:
            self._confirmed = path
            self._warn(f"{path.name} exists: enter again replaces it, or type another name")
        else:
            self.dismiss(path)

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(None)
