"""``factcheck serve``: the review app in a browser (textual-serve), one app process per browser session.

Opening the page (``/?reviewer=NAME``, and ``&token=T`` when the server has a token) starts a
session: a cookie names it, and the page's websocket starts ``factcheck.review.web`` for it
with that session's reviewer (without one, the app asks for a name). Every session writes to
the one database named by ``FACTCHECK_DB``. Without a token, anyone who reaches the port may
review: so the server binds to the loopback address unless told otherwise.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import logging
import secrets
import shlex
import sys
from collections import OrderedDict

import aiohttp_jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from factcheck.ingest.normalize_text import strip_controls

log = logging.getLogger("textual-serve")

COOKIE = "factcheck_session"
MAX_SESSIONS = 1000  # the oldest session is forgotten past this (its open app keeps running)
MAX_NAME = 80  # characters of a reviewer's name taken from the address


def is_loopback(host: str) -> bool:
    """True when ``host`` is reachable only from this machine (``127.0.0.1``, ``::1``, ``localhost``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def reviewer_from(value: str | None) -> str:
    """A reviewer's name as given in the address: one line, no control characters, at most 80 characters."""
    return " ".join(strip_controls(value or "").split())[:MAX_NAME]


def session_command(reviewer: str) -> str:
    """The shell command running one browser session's review app (the database comes from ``FACTCHECK_DB``)."""
    command = [sys.executable, "-m", "factcheck.review.web"] + ([reviewer] if reviewer else [])
    return " ".join(shlex.quote(part) for part in command)


class ReviewServer(Server):
    """textual-serve's server with sessions: each page load may start one (token checked), each
    session's websocket runs the review app as that session's reviewer."""

    def __init__(self, host: str, port: int, token: str | None = None) -> None:
        super().__init__(session_command(""), host=host, port=port, title="factcheck review")
        self.token = token
        self.sessions: OrderedDict[str, str] = OrderedDict()  # session id → reviewer

    def _allowed(self, request: web.Request) -> bool:
        given = request.query.get("token", "")
        return self.token is None or hmac.compare_digest(given.encode(), self.token.encode())

    def _session(self, request: web.Request) -> str | None:
        """The reviewer of the request's session, or None when it has none (or an unknown one)."""
        return self.sessions.get(request.cookies.get(COOKIE, ""))

    async def handle_index(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        """The page: starts a session for the reviewer named in the address (token permitting)."""
        if not self._allowed(request):
            raise web.HTTPForbidden(text="factcheck: add ?token=… (the token given to factcheck serve) to the address")
        session = secrets.token_urlsafe(24)
        self.sessions[session] = reviewer_from(request.query.get("reviewer"))
        while len(self.sessions) > MAX_SESSIONS:
            self.sessions.popitem(last=False)
        origin = f"{request.scheme}://{request.host}"  # the address the browser used, whatever --host was
        static = origin + str(request.app.router["static"].url_for(filename="/")).rstrip("/") + "/"
        socket = f"{'wss' if request.scheme == 'https' else 'ws'}://{request.host}/ws"
        context = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": socket,
            "config": {"static": {"url": static}},
            "application": {"name": self.title},
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        response.set_cookie(COOKIE, session, httponly=True, samesite="Strict")
        return response

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        """Downloads only within a session."""
        if self._session(request) is None:
            raise web.HTTPForbidden(text="factcheck: no session; open the page first")
        return await super().handle_download(request)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """Run the review app for the request's session, as its reviewer, until the page closes."""
        reviewer = self._session(request)
        if reviewer is None:
            raise web.HTTPForbidden(text="factcheck: no session; open the page first")
        websocket = web.WebSocketResponse(heartbeat=15)
        service: AppService | None = None
        try:
            await websocket.prepare(request)
            service = AppService(
                session_command(reviewer),
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await service.start(to_int(request.query.get("width", "80"), 80), to_int(request.query.get("height", "24"), 24))
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # one session's failure must not stop the server
            log.exception(error)
        finally:
            if service is not None:
                await service.stop()
        return websocket

    async def on_startup(self, app: web.Application) -> None:
        """Say where to open the page (instead of textual-serve's banner)."""
        address = f"[{self.host}]" if ":" in self.host else self.host
        token = "&token=TOKEN" if self.token else ""
        self.console.print(
            f"factcheck review at http://{address}:{self.port}/?reviewer=NAME{token} (ctrl+c stops)",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
