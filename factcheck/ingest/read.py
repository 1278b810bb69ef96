"""Reading inputs: files, folders (recursive), stdin and JSONL records, with limits and clear errors.

Reading never raises for bad input: every problem becomes an :class:`InputError`
naming the file (and JSONL line) and the cause, and reading goes on with the rest.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from factcheck.document import RawArticle
from factcheck.ingest.html import extract_html
from factcheck.ingest.normalize_text import escape_surrogates, normalize_text, strip_controls

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
STDIN = "-"

# Magic numbers of common binary formats that contain no NUL in their first bytes.
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BM", b"RIFF")
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


@dataclass(frozen=True)
class InputError:
    """A rejected input: ``source`` is the file (or ``file:line``), ``reason`` the cause."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM allowed) or BOM-marked UTF-16, else a fallback; return ``(text, encoding used)``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in _FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text (NUL bytes, a known binary format), or None when it looks like text."""
    if data.startswith(_BINARY_MAGIC):
        return "binary file (not text)"
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary file (contains NUL bytes)"
    return None


def _source_name(path: Path | str) -> str:
    """How a path is named in the database and in messages: as given, undecodable bytes as ``\\xff``."""
    return escape_surrogates(str(path))


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read (a FIFO, socket or device would block or never end), or None."""
    if stat.S_ISREG(mode):
        return None
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"))
    kind = next((name for test, name in kinds if test(mode)), "not a file")
    return f"not a regular file ({kind}), skipped"


def _read_bytes(path: Path, name: str, size: int, max_bytes: int) -> bytes | InputError:
    if size > max_bytes:
        return InputError(name, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit")
    try:
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as exc:
        return InputError(name, _os_reason(exc))


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.EACCES:
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    if exc.errno == errno.EISDIR:
        return "is a directory"
    return exc.strerror or str(exc)


def _text_article(source: str, data: bytes, *, html: bool) -> RawArticle | InputError:
    reason = binary_reason(data)
    if reason:
        return InputError(source, reason)
    text, encoding = decode(data)
    if not text.strip():
        return InputError(source, "empty file")
    html = html or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))
    if html:
        return _html_article(source, text, encoding, url=None)
    return RawArticle(source=source, text=normalize_text(text), decoding=encoding)


def _html_article(source: str, html: str, encoding: str, url: str | None) -> RawArticle | InputError:
    body, meta = extract_html(html, url=url)
    if not body.strip():
        return InputError(source, "no article text found in the HTML")
    return RawArticle(
        source=source,
        text=normalize_text(body),
        title=meta.get("title"),
        outlet=meta.get("sitename"),
        url=url or meta.get("url"),
        published=meta.get("date"),
        decoding=encoding,
    )


def jsonl_articles(
    source: str, lines: Iterable[bytes], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawArticle | InputError]:
    """Articles from JSONL lines (split on ``\\n`` only), one record a line; ``source`` names the file.

    ``max_bytes`` limits each record, not the whole feed, so feeds of any size stream through.
    """
    empty = True
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        empty = False
        where = f"{source}:{number}"
        if len(line) > max_bytes:
            yield InputError(where, f"record is {len(line) / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit")
            continue
        text, encoding = decode(line)
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "a JSONL record must be an object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError(where, 'record has no "text"')
            continue
        fields = {key: record.get(key) for key in ("title", "outlet", "url", "published")}
        bad = [key for key, value in fields.items() if value is not None and not isinstance(value, str)]
        if bad:
            yield InputError(where, f'field "{bad[0]}" must be a string')
            continue
        # Kept as given but storable: lone surrogates escaped, control characters (NUL included) removed.
        fields = {key: value if value is None else strip_controls(escape_surrogates(value))
                  for key, value in fields.items()}
        yield RawArticle(source=where, text=normalize_text(body), decoding=encoding, **fields)
    if empty:
        yield InputError(source, "empty file")


def _jsonl_file(path: Path, name: str, max_bytes: int) -> Iterator[RawArticle | InputError]:
    """Stream a JSONL file line by line (binary lines end at ``\\n`` only)."""
    try:
        with path.open("rb") as handle:
            reason = binary_reason(handle.read(65536))
            if reason:
                yield InputError(name, reason)
                return
            handle.seek(0)
            yield from jsonl_articles(name, handle, max_bytes)
    except OSError as exc:
        yield InputError(name, _os_reason(exc))


def _file_articles(path: Path, max_bytes: int) -> Iterator[RawArticle | InputError]:
    """The articles of one file; anything but a regular file is refused before it is opened."""
    name = _source_name(path)
    try:
        mode, size = (info := path.stat()).st_mode, info.st_size
    except OSError as exc:
        yield InputError(name, _os_reason(exc))
        return
    if reason := _not_regular(mode):
        yield InputError(name, reason)
    elif path.suffix.lower() == ".jsonl":
        yield from _jsonl_file(path, name, max_bytes)
    else:
        data = _read_bytes(path, name, size, max_bytes)
        html = path.suffix.lower() in HTML_SUFFIXES
        yield data if isinstance(data, InputError) else _text_article(name, data, html=html)


def _walk(folder: Path) -> Iterator[Path | InputError]:
    """Article files under ``folder``, recursively, sorted, following symlinks without looping."""
    seen: set[str] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        real = os.path.realpath(current)
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(current.iterdir())
        except OSError as exc:
            yield InputError(_source_name(current), _os_reason(exc))
            continue
        subfolders = []
        for entry in entries:
            try:
                if entry.is_dir():
                    subfolders.append(entry)
                elif entry.suffix.lower() in ARTICLE_SUFFIXES:
                    yield entry
            except OSError as exc:
                yield InputError(_source_name(entry), _os_reason(exc))
        stack.extend(reversed(subfolders))


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str | InputError]:
    """Resolve command-line paths into files (``"-"`` stays as stdin), or errors."""
    for name in paths:
        if name == STDIN:
            yield STDIN
            continue
        path = Path(name)
        try:
            path.stat()
        except OSError as exc:
            yield InputError(_source_name(name), _os_reason(exc))
            continue
        if path.is_dir():
            found = False
            for item in _walk(path):
                found = found or isinstance(item, Path)
                yield item
            if not found:
                yield InputError(_source_name(name), "no readable articles (.txt .md .html .htm .jsonl) in this folder")
        else:
            yield path


def read_stdin(stream: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputError]:
    """Articles from standard input: JSONL when every non-blank line is a JSON object, else one text."""
    data = (stream or sys.stdin.buffer).read(max_bytes + 1)
    if len(data) > max_bytes:
        yield InputError("<stdin>", f"input is over the {max_bytes / 1e6:.1f} MB limit")
        return
    lines = [line for line in data.split(b"\n") if line.strip()]
    if lines and all(line.lstrip().startswith(b"{") for line in lines):
        yield from jsonl_articles("<stdin>", data.split(b"\n"), max_bytes)
    else:
        yield _text_article("<stdin>", data, html=False)


def read_item(item: Path | str | InputError, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputError]:
    """The articles (or errors) of one item from :func:`expand_paths`."""
    if isinstance(item, InputError):
        yield item
    elif item == STDIN:
        yield from read_stdin(max_bytes=max_bytes)
    else:
        yield from _file_articles(Path(item), max_bytes)


def read_inputs(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputError]:
    """Every article (or error) from the given paths, in order."""
    for item in expand_paths(paths):
        yield from read_item(item, max_bytes)
