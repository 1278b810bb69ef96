"""Content-Encoding decoders (gzip, deflate, brotli) that never produce more than a set number of bytes.

A small compressed body can expand a thousandfold; each decoder is fed raw chunks and stops with
:class:`TooLarge` as soon as the decoded output would pass the limit, before it is held in memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

import brotli

_STEP = 64 * 1024  # decoded bytes produced per decoder call


class TooLarge(Exception):
    """The decoded body passed the limit."""


class DecodeFailed(Exception):
    """The body is not valid for its declared Content-Encoding."""


class BoundedDecoder:
    """Decode one body incrementally: ``feed(chunk)`` returns decoded bytes, ``finish()`` the rest."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
        self.produced = 0
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._step: Callable[[bytes], bytes] = self._identity
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._step = self._inflate
        elif encoding == "deflate":
            self._zlib = None  # zlib-wrapped or raw deflate: decided on the first bytes
            self._step = self._deflate
        elif encoding == "br":
            self._brotli = brotli.Decompressor()
            self._step = self._unbrotli
        else:
            raise DecodeFailed(f"unsupported Content-Encoding {encoding!r}")

    def feed(self, chunk: bytes) -> bytes:
        """Decoded bytes for the next raw ``chunk``; raises :class:`TooLarge` past the limit."""
        try:
            return self._step(chunk)
        except (zlib.error, brotli.error) as exc:
            raise DecodeFailed(f"corrupt compressed body ({exc})") from None

    def finish(self) -> bytes:
        """Whatever the decoder still holds."""
        return self.feed(b"")

    def _count(self, data: bytes) -> bytes:
        self.produced += len(data)
        if self.produced > self.limit:
            raise TooLarge
        return data

    def _identity(self, chunk: bytes) -> bytes:
        return self._count(chunk)

    def _inflate(self, chunk: bytes) -> bytes:
        assert self._zlib is not None
        out = []
        data = chunk
        while True:
            piece = self._zlib.decompress(data, _STEP)
            out.append(self._count(piece))
            data = self._zlib.unconsumed_tail
            if not data and len(piece) < _STEP:
                return b"".join(out)

    def _deflate(self, chunk: bytes) -> bytes:
        if self._zlib is None:
            if not chunk:
                return b""
            # RFC 9110 "deflate" is zlib-wrapped; some servers send raw deflate.
            wrapped = len(chunk) >= 2 and (chunk[0] & 0x0F) == 8 and ((chunk[0] << 8) | chunk[1]) % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        return self._inflate(chunk)

    def _unbrotli(self, chunk: bytes) -> bytes:
        out = [self._count(self._brotli.process(chunk, output_buffer_limit=_STEP))]
        while not self._brotli.can_accept_more_data():
            out.append(self._count(self._brotli.process(b"", output_buffer_limit=_STEP)))
        return b"".join(out)
