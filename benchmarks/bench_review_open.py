"""Benchmark the review UI on a large generated database; prints one JSON object.

    python benchmarks/bench_review_open.py [--claims 1000000] [--db db/bench-review.db] [--rebuild]

The database is bulk-inserted once (``build_claims_database``) and reused while it
holds ``--claims`` claims. Measured (wall time, milliseconds, warm OS page cache):

- ``queries``: ``count_claims`` and the first and last page of every sort order;
- ``import_ms``: importing the review app in a fresh interpreter (paid once per start);
- ``first_render_ms``: from constructing ``ReviewApp`` until the first page of the
  claim list is on screen (headless, 120×40);
- ``end_ms``: from pressing End until the last claims are on screen;
- ``stall_ms_max`` / ``stall_ms_p95``: while 60 page-downs are pressed from a third
  of the way down, the longest (and 95th percentile) time the event loop could not
  run: the UI thread never waits for the database, pages arrive from thread workers;
- ``scroll_settle_ms``: from the last page-down until every visible row arrived.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.db import make_engine  # noqa: E402
from factcheck.queries import SORTS, ClaimFilter, count_claims, page_claims  # noqa: E402
from factcheck.fts import ensure_search_index  # noqa: E402

SIZE = (120, 40)
_WORDS = (
    "pemerintah akan menaikkan harga bahan bakar minyak bulan depan kami tidak pernah menyetujui kesepakatan "
    "itu Korea Utara Rusia senjata bantuan militer ekonomi tumbuh lima persen tahun ini inflasi terkendali "
    "pemilu berjalan damai jujur adil rakyat menolak kebijakan baru sekolah gratis untuk semua anak"
).split()
_STATUSES = ("unreviewed",) * 6 + ("checkworthy", "verified", "disputed", "false", "dismissed")


def build_claims_database(engine: Engine, claims: int, *, claims_per_article: int = 20, seed: int = 0) -> None:
    """Bulk-insert ``claims`` synthetic claims (with outlets, speakers, articles and FTS) into an empty SQLite database."""
    rng = random.Random(seed)
    articles = max(1, claims // claims_per_article)
    speakers = max(1, claims // 200)
    outlets = [f"Outlet {i:02d}" for i in range(30)]
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("DROP TRIGGER IF EXISTS claim_fts_insert")
        cur.execute("BEGIN")
        cur.executemany("INSERT INTO outlet (id, name, kind) VALUES (?, ?, 'outlet')", enumerate(outlets, 1))
        cur.executemany(
            "INSERT INTO speaker (id, name, kind) VALUES (?, ?, 'person')",
            ((i, f"Pembicara {i:06d}") for i in range(1, speakers + 1)),
        )
        day0 = date(2020, 1, 1)
        cur.executemany(
            "INSERT INTO article (id, source, sha256, title, outlet_id, published, language, text, raw_text, "
            "decoding, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'id', '', '', 'utf-8', '2024-01-01 00:00:00')",
            (
                (i, f"bulk/{i}.txt", f"bulk-{i}", f"Artikel {i}", rng.randint(1, len(outlets)),
                 (day0 + timedelta(days=rng.randint(0, 1500))).isoformat())
                for i in range(1, articles + 1)
            ),
        )
        cur.executemany(
            "INSERT INTO claim (id, article_id, speaker_id, speaker_text, assertion, verb, kind, start, \"end\", "
            "status, independent_sources) VALUES (?, ?, ?, '', ?, 'kata', 'direct', 0, 0, ?, ?)",
            (
                (i, (i - 1) // claims_per_article + 1, rng.randint(1, speakers),
                 f"{i}: " + " ".join(rng.choices(_WORDS, k=rng.randint(6, 14))),
                 rng.choice(_STATUSES), rng.randint(1, 6))
                for i in range(1, claims + 1)
            ),
        )
        cur.execute(
            "INSERT INTO claim_fts (rowid, assertion, speaker) "
            "SELECT claim.id, claim.assertion, speaker.name FROM claim JOIN speaker ON speaker.id = claim.speaker_id"
        )
        cur.execute("COMMIT")
        cur.close()
    finally:
        raw.close()
    with engine.begin() as conn:
        ensure_search_index(conn)


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def query_times(engine: Engine, claims: int) -> dict[str, float]:
    """Milliseconds of the counts and of the first and last page of each sort order."""
    times: dict[str, float] = {}
    with Session(engine) as session:
        for name, flt in (("count", ClaimFilter()), ("count_unreviewed", ClaimFilter(statuses=("unreviewed",)))):
            start = time.perf_counter()
            count_claims(session, flt)
            times[name] = _ms(start)
        for sort in SORTS:
            for where, offset in (("first", 0), ("last", claims - 200)):
                start = time.perf_counter()
                page_claims(session, ClaimFilter(), sort, offset=offset, limit=200)
                times[f"{sort} {where} page"] = _ms(start)
    return times


async def _until(pilot, condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the review UI did not show the rows in time")
        await pilot.pause(0.002)


async def _watch_loop(done: asyncio.Event, stalls: list[float], tick: float = 0.005) -> None:
    """Record how late each short sleep wakes up: the time the event loop was blocked."""
    while not done.is_set():
        start = time.perf_counter()
        await asyncio.sleep(tick)
        stalls.append((time.perf_counter() - start - tick) * 1000)


async def ui_times(engine: Engine) -> dict[str, float]:
    """Time to first render, to the far end, and key handling while scrolling."""
    from factcheck.review.app import ReviewApp
    from factcheck.review.widgets.claim_list import ClaimList

    start = time.perf_counter()
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        claims = app.screen.query_one(ClaimList)
        await _until(pilot, lambda: claims.row_at(0) is not None)
        await pilot.pause()
        times = {"first_render_ms": _ms(start)}

        start = time.perf_counter()
        await pilot.press("end")
        await _until(pilot, lambda: claims.row_at(claims.total - 1) is not None)
        await pilot.pause()
        times["end_ms"] = _ms(start)

        claims.cursor = claims.total // 3
        await pilot.pause(0.5)
        stalls: list[float] = []
        done = asyncio.Event()
        watcher = asyncio.create_task(_watch_loop(done, stalls))
        for _ in range(60):
            await pilot.press("pagedown")
        done.set()
        await watcher
        stalls.sort()
        times["stall_ms_max"] = round(stalls[-1], 1)
        times["stall_ms_p95"] = round(stalls[int(len(stalls) * 0.95)], 1)
        start = time.perf_counter()
        top = int(claims.scroll_y)
        await _until(pilot, lambda: all(claims.row_at(top + y) is not None for y in range(claims.size.height)))
        times["scroll_settle_ms"] = _ms(start)
    return times


def import_ms() -> float:
    """Milliseconds to import the review app in a fresh interpreter."""
    code = "import time; t = time.perf_counter(); import factcheck.review.app; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return round(float(out) * 1000, 1)


def claim_count(engine: Engine) -> int:
    """How many claims the database holds."""
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM claim")).scalar_one())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", default="db/bench-review.db")
    parser.add_argument("--rebuild", action="store_true", help="Build the database again even if it exists.")
    args = parser.parse_args()
    path = Path(args.db)
    result: dict[str, object] = {"claims": args.claims}
    if args.rebuild or not path.exists() or claim_count(make_engine(str(path))) != args.claims:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        start = time.perf_counter()
        build_claims_database(make_engine(str(path)), args.claims)
        result["build_s"] = round(time.perf_counter() - start, 1)
    engine = make_engine(str(path))
    result["queries_ms"] = query_times(engine, args.claims)
    result["import_ms"] = import_ms()
    result.update(asyncio.run(ui_times(engine)))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
