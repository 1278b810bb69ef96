"""Benchmark fetching from a local HTTP server (127.0.0.1 only); prints one JSON object.

    python benchmarks/bench_fetch.py [--pages 500] [--polite-pages 20] [--delay 0.2] [--ingest 100]

The server (started and stopped here) serves the html-news pages (cycled under distinct paths;
synthetic pages when ``../shared/corpora`` is absent). ``pages_per_s`` is fetching with
politeness off (no delay; robots.txt still read once), through the same :class:`Fetcher` as
``factcheck ingest``. With ``--delay`` on, ``min_gap_s`` is the smallest time between two
requests as the server saw them: ``delay_honoured`` says it never fell below the delay.
``--ingest N`` also times ``factcheck ingest`` of a sitemap of N pages into a temporary
database (fetch, extract, analyse, store).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.ingest.fetch import Fetcher, FetchError, FetchPolicy  # noqa: E402

HTML_NEWS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "html-news"


def _pages() -> list[bytes]:
    found = sorted(HTML_NEWS.glob("*.html")) if HTML_NEWS.exists() else []
    if found:
        return [page.read_bytes() for page in found]
    paragraph = "<p>The harbour authority will close the pier for repairs next month, officials said.</p>"
    return [f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>{paragraph * 30}"
            f"</article></body></html>".encode() for n in range(10)]


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, pages: list[bytes], count: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.pages = pages
        self.arrivals: list[float] = []
        urls = "".join(f"<url><loc>http://127.0.0.1:{self.server_address[1]}/p/{n}</loc></url>" for n in range(count))
        self.sitemap = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                        f"{urls}</urlset>").encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, as real servers send them
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.server.arrivals.append(time.monotonic())
        if self.path == "/sitemap.xml":
            body, kind = self.server.sitemap, "application/xml"
        elif self.path.startswith("/p/"):
            body, kind = self.server.pages[int(self.path[3:]) % len(self.server.pages)], "text/html; charset=utf-8"
        else:
            body, kind = b"", "text/plain"
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _fetch_all(base: str, paths: list[str], delay: float) -> tuple[float, int]:
    failures = 0
    with Fetcher(FetchPolicy(delay=delay)) as fetcher:
        fetcher.fetch(f"{base}/p/0")  # robots.txt and the connection, outside the timing
        start = time.perf_counter()
        for path in paths:
            try:
                fetcher.fetch(base + path)
            except FetchError:
                failures += 1
        return time.perf_counter() - start, failures


def _ingest_seconds(base: str) -> tuple[float, int]:
    from typer.testing import CliRunner

    from factcheck.cli import app

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        result = CliRunner().invoke(app, ["ingest", f"{base}/sitemap.xml", "--delay", "0", "--db", f"{folder}/b.db"])
        seconds = time.perf_counter() - start
        added = next((int(line.split()[0]) for line in result.stderr.splitlines() if "articles added" in line), 0)
    return seconds, added


def run(pages: int = 500, polite_pages: int = 20, delay: float = 0.2, ingest: int = 0) -> dict:
    """Fetch ``pages`` with no delay and ``polite_pages`` with ``delay``; optionally ingest a sitemap."""
    server = _Server(_pages(), ingest)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        seconds, failures = _fetch_all(base, [f"/p/{n}" for n in range(pages)], 0.0)
        server.arrivals.clear()
        polite_seconds, polite_failures = _fetch_all(base, [f"/p/{n}" for n in range(polite_pages)], delay)
        arrivals = server.arrivals[2:]  # the timed requests (after robots.txt and the first page)
        gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:])]
        result = {
            "pages": pages,
            "bytes_per_page": round(sum(map(len, server.pages)) / len(server.pages)),
            "seconds": round(seconds, 3),
            "pages_per_s": round(pages / seconds, 1),
            "failures": failures + polite_failures,
            "polite_pages": polite_pages,
            "delay_s": delay,
            "polite_seconds": round(polite_seconds, 3),
            "min_gap_s": round(min(gaps), 4) if gaps else None,
            "delay_honoured": bool(gaps) and min(gaps) >= delay,
        }
        if ingest:
            ingest_seconds, added = _ingest_seconds(base)
            result.update(ingest_pages=ingest, ingest_added=added, ingest_seconds=round(ingest_seconds, 2),
                          ingest_pages_per_s=round(ingest / ingest_seconds, 1))
        return result
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--polite-pages", type=int, default=20)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--ingest", type=int, default=0)
    args = parser.parse_args()
    print(json.dumps(run(args.pages, args.polite_pages, args.delay, args.ingest)))


if __name__ == "__main__":
    main()
