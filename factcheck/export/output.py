"""Writing an export: to stdout, or atomically to the one file the user named."""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path


def _write_stdout(data: bytes) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        sys.stdout.flush()
        buffer.write(data)
        buffer.flush()


def write_output(content: str, path: Path | None) -> None:
    """Write ``content`` (UTF-8) to stdout when ``path`` is None, else atomically to ``path``.

    The text goes to a new temporary file beside ``path`` which is then renamed over
    it, so readers see the old file or the new one, never a partial one; on failure
    the temporary file is removed and the error (an ``OSError``) propagates.
    """
    data = content.encode("utf-8")
    if path is None:
        _write_stdout(data)
        return
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
