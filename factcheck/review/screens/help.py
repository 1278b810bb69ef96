"""The help screen, built from the active key bindings so it never drifts from the keys."""

from __future__ import annotations

from itertools import zip_longest

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from factcheck.review.widgets.labels import STATUS_LOOK

WORKFLOW = (
    "After a verdict (c, v, d, f, x) the cursor moves to the next claim, so a list is triaged one key per "
    "claim; r (back to unreviewed) stays put. Every action is saved at once, with your reviewer name, and u "
    "undoes the last one. The list re-reads the database every few seconds, so other reviewers' verdicts "
    "appear on their own. a assigns the claim to a reviewer, m shows only the claims assigned to you. The "
    "command palette (ctrl+p) filters by outlet or speaker and clears filters; e writes the citations "
    "report for the claims listed."
)


COLUMNS_HELP = (
    "SRC: how many independent sources report the claim (copies of one wire story count once); ≠ after "
    "it: another article reports the claim differently. "
    "In \"reported by\", match N is how closely another article's wording agrees with this claim (0-100)."
)


def legend() -> Text:
    """What the list's status symbols and its SRC column mean."""
    text = Text("ST: ")
    for n, (symbol, label, style) in enumerate(STATUS_LOOK.values()):
        text.append("  " if n else "")
        text.append(symbol, style=style)
        text.append(f" {label}")
    text.append("\n" + COLUMNS_HELP)
    return text


def _rank(active: ActiveBinding, screen: Screen) -> int:
    """The screen's own keys first, then the focused widget's, then the rest."""
    own = {binding.action for binding in type(screen).__dict__.get("BINDINGS", ()) if isinstance(binding, Binding)}
    if active.node is screen:
        return 0 if active.binding.action in own else 2
    return 2 if isinstance(active.node, App) else 1


def help_rows(screen: Screen) -> list[tuple[str, str]]:
    """(keys, description) for every described binding active on ``screen``; keys of one action go together."""
    rows: dict[tuple[int, str], tuple[list[str], str]] = {}
    ordered = sorted(screen.active_bindings.values(), key=lambda active: _rank(active, screen))
    for active in ordered:
        binding = active.binding
        if not binding.description:
            continue
        keys, _ = rows.setdefault((id(active.node), binding.action), ([], binding.description))
        key = screen.app.get_key_display(binding)
        if key not in keys:
            keys.append(key)
    return [(" ".join(keys), description) for keys, description in rows.values()]


def keys_table(rows: list[tuple[str, str]]) -> Table:
    """The rows in two side-by-side columns of (keys, description)."""
    table = Table.grid(padding=(0, 2))
    for _ in range(2):
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
    half = (len(rows) + 1) // 2
    for left, right in zip_longest(rows[:half], rows[half:], fillvalue=("", "")):
        table.add_row(Text(left[0]), Text(left[1]), Text(right[0]), Text(right[1]))
    return table


class HelpScreen(ModalScreen[None]):
    """Every key of the screen it was opened from, and how reviewing works."""

    BINDINGS = [
        Binding("escape,question_mark,f1,q", "dismiss", "Close help"),
    ]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "keys"
            body.border_subtitle = "escape to close"
            yield Static(keys_table(self.rows), id="help-keys")
            yield Static(legend(), id="help-legend")
            yield Static(Text(WORKFLOW), id="help-workflow")

    async def action_dismiss(self, result: None = None) -> None:
        """Close the help."""
        self.dismiss(result)
