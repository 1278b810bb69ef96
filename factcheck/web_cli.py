"""The command-line side of reading from the web: per-host progress, durations, and Ctrl-C between articles."""

from __future__ import annotations

import re
import signal
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn

from factcheck.ingest.fetch import Fetcher
from factcheck.ingest.normalize_text import strip_controls
from factcheck.ingest.urls import host_of, is_web_url

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(h|m|s|ms)?", re.IGNORECASE)
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001, None: 1.0}


def parse_duration(text: str) -> float:
    """Seconds in ``"15m"``, ``"1h30m"``, ``"45s"``, ``"90"`` (seconds); raise ``ValueError``."""
    value = text.strip().lower()
    position, total = 0, 0.0
    while position < len(value):
        found = _DURATION.match(value, position)
        if not found:
            raise ValueError(f"not a duration: {text!r} (use e.g. 15m, 1h, 30s)")
        total += float(found.group(1)) * _UNIT_SECONDS[found.group(2)]
        position = found.end()
    if not value:
        raise ValueError("empty duration")
    return total


class HostProgress:
    """One progress line per web host on stderr: pages fetched, stored, failed."""

    def __init__(self, console: Console, fetcher: Fetcher) -> None:
        self.console, self.fetcher = console, fetcher
        self.counts: dict[str, Counter[str]] = {}
        self._tasks: dict[str, TaskID] = {}
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), console=console,
            disable=not console.is_terminal, transient=True,
        )

    def __enter__(self) -> HostProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def article(self, source: str, status: str) -> None:
        """Count one article outcome (``added``, ``duplicate``, ``unchanged``, ``rejected``) under its host."""
        if not is_web_url(source):
            return
        host = host_of(source)
        self.counts.setdefault(host, Counter())[status] += 1
        description = self.line(host)
        if host not in self._tasks:
            self._tasks[host] = self.progress.add_task(description, total=None)
        self.progress.update(self._tasks[host], description=description)

    def line(self, host: str) -> str:
        """``host: N fetched, N stored, N failed``."""
        counts = self.counts.get(host, Counter())
        fetched = self.fetcher.hosts[host].fetched if host in self.fetcher.hosts else 0
        return strip_controls(f"{host}: {fetched} fetched, {counts['added']} stored, {counts['rejected']} failed")

    def summary(self) -> list[str]:
        """The final line of every host seen."""
        return [self.line(host) for host in sorted(self.counts)]


class StopFlag:
    """Set by the first Ctrl-C (SIGINT) so work stops between articles; a second Ctrl-C interrupts at once."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def __call__(self) -> bool:
        return self.event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True when stopped meanwhile."""
        return self.event.wait(seconds)

    @contextmanager
    def on_interrupt(self) -> Iterator[StopFlag]:
        """Install the SIGINT handler for the duration of the block (main thread only)."""
        if threading.current_thread() is not threading.main_thread():
            yield self
            return

        def handler(signum: int, frame: FrameType | None) -> None:
            if self.event.is_set():
                raise KeyboardInterrupt
            self.event.set()

        previous = signal.signal(signal.SIGINT, handler)
        try:
            yield self
        finally:
            signal.signal(signal.SIGINT, previous)
