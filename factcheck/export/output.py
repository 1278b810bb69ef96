"""Writing an export: to stdout, or atomically to the one file the user named.

A file is written through symlinks (the link stays, its target gets the text), keeps its
permissions, and is never the database or any other SQLite file. Devices and pipes
(``/dev/stdout``, a FIFO) are written to directly.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import sys
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
# The files that make up an SQLite database beside the main one.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


class RefusedOutput(OSError):
    """An output file that must not be written over (the database, or any SQLite file)."""


def _write_stdout(data: bytes) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        sys.stdout.flush()
        buffer.write(data)
        buffer.flush()


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_output(path: Path, database: Path | None = None) -> None:
    """Raise :class:`RefusedOutput` when writing ``path`` would destroy ``database`` or another SQLite file."""
    target = Path(os.path.realpath(path))
    if database is not None:
        main = Path(os.path.realpath(database))
        if target in {main, *(main.with_name(main.name + suffix) for suffix in SQLITE_COMPANIONS)}:
            raise RefusedOutput("it is the database being exported; choose another output file")
    if stat.S_ISREG(_mode(target)) and _is_sqlite(target):
        raise RefusedOutput("it is an SQLite database; refusing to write over it")


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode
    except FileNotFoundError:
        return 0


def _temp_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(target.name)}\.(\d+)\.[0-9a-f]{{12}}\.tmp")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        pass
    return True


def remove_stale_temps(target: Path) -> None:
    """Delete the temporary files of earlier writes of ``target`` whose process died (e.g. ``kill -9``)."""
    pattern = _temp_pattern(target)
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        found = pattern.fullmatch(name)
        if found and not _alive(int(found.group(1))):
            (target.parent / name).unlink(missing_ok=True)


def write_output(content: str, path: Path | None, *, database: Path | None = None) -> None:
    """Write ``content`` (UTF-8) to stdout when ``path`` is None, else atomically to ``path``.

    The text goes to a new temporary file beside the file ``path`` names (through any
    symlinks), which is then renamed over it with the old file's permissions, so readers see
    the old file or the new one, never a partial one. On failure the temporary file is
    removed and the error (an ``OSError``) propagates; temporary files left by a killed
    process are removed by the next write. :class:`RefusedOutput` when ``path`` is
    ``database`` or an SQLite file (see :func:`check_output`).
    """
    data = content.encode("utf-8")
    if path is None:
        _write_stdout(data)
        return
    check_output(path, database)
    target = Path(os.path.realpath(path))
    mode = _mode(target)
    if mode and not stat.S_ISREG(mode):
        with open(target, "wb") as handle:
            handle.write(data)
        return
    remove_stale_temps(target)
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode:
                os.fchmod(handle.fileno(), stat.S_IMODE(mode))
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
