"""factcheck serve in a real browser: Debian's headless Chromium driven by selenium through the system
chromedriver. A reviewer opens the page, presses keys, sets a verdict; two sessions at once mark
different claims. Every verdict is checked in the database."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import add_newsroom

from factcheck.db import make_engine

pytestmark = pytest.mark.slow

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,800")
TOKEN = "team-s3cret"
WAIT = 60.0  # seconds before a wait gives up (a failure, not a measurement)
LIST_LOADS = 2.0  # seconds given to the app after its first frame to read the list's first page


def _need_chromium() -> None:
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        message = "Debian's chromium and chromium-driver are needed (.ci/run installs them)"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)


def _wait(condition, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting for {what}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """``factcheck serve`` with a token on the small newsroom database: (base URL, database path)."""
    _need_chromium()
    db = tmp_path / "team.db"
    engine = make_engine(str(db))
    add_newsroom(engine)
    engine.dispose()
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "serve", "--db", str(db), "--port", str(port), "--token", TOKEN],
        stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path,
    )
    try:
        _wait(lambda: _listening(port) or process.poll() is not None, "the server to listen")
        assert process.poll() is None, (tmp_path / "serve.log").read_text()
        yield f"http://127.0.0.1:{port}", db
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


@contextmanager
def browser(tmp_path: Path, name: str) -> Iterator[object]:
    """A headless Chromium with a profile of its own."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / ('profile-' + name)}")
    options.add_experimental_option("prefs", {"download.default_directory": str(tmp_path / ("downloads-" + name))})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / ("profile-" + name), ignore_errors=True)


def open_review(driver, url: str, reviewer: str) -> None:  # type: ignore[no-untyped-def]
    """Open the page as ``reviewer`` and wait until the app has drawn its claim list."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver.get(f"{url}/?token={TOKEN}&reviewer={reviewer}")
    _wait(lambda: "-first-byte" in (driver.find_element(By.TAG_NAME, "body").get_attribute("class") or ""),
          "the app's first screen")
    terminal = driver.find_element(By.ID, "terminal")
    # focus the terminal by clicking its top line (the status line: a click on the list would move the cursor)
    ActionChains(driver).move_to_element_with_offset(terminal, 0, -terminal.size["height"] // 2 + 4).click().perform()


def press(driver, *keys: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.action_chains import ActionChains

    for key in keys:
        ActionChains(driver).send_keys(key).perform()
        time.sleep(0.3)  # one key per frame, as a person types


def verdicts(db: Path) -> list[tuple[int, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT claim_id, status, reviewer FROM review_event ORDER BY id").fetchall()


def test_a_reviewer_sets_a_verdict_in_the_browser(server: tuple[str, Path], tmp_path: Path) -> None:
    url, db = server
    with browser(tmp_path, "ana") as driver:
        open_review(driver, url, "ana")
        time.sleep(LIST_LOADS)
        press(driver, "v")
        assert _wait(lambda: verdicts(db), "the verdict in the database") == [(1, "verified", "ana")]
        screenshot = tmp_path / "review.png"
        driver.save_screenshot(str(screenshot))
        assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 10_000
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM claim WHERE id = 1").fetchone() == ("verified",)


def test_e_downloads_the_report_to_the_browser(server: tuple[str, Path], tmp_path: Path) -> None:
    url, _ = server
    with browser(tmp_path, "ana") as driver:
        open_review(driver, url, "ana")
        time.sleep(LIST_LOADS)
        press(driver, "e")
        report = _wait(lambda: next((tmp_path / "downloads-ana").glob("factcheck-report*.md"), None), "the download")
    assert "kesepakatan senjata akan melanggar resolusi PBB" in report.read_text(encoding="utf-8")
    assert not (tmp_path / "factcheck-report.md").exists(), "nothing written on the server's disk"


def test_two_browser_sessions_mark_different_claims(server: tuple[str, Path], tmp_path: Path) -> None:
    url, db = server
    with browser(tmp_path, "ana") as ana, browser(tmp_path, "budi") as budi:
        open_review(ana, url, "ana")
        open_review(budi, url, "budi")
        time.sleep(LIST_LOADS)
        press(budi, "j", "j")  # budi moves down two claims while ana stays on the first
        press(ana, "v")
        press(budi, "f")
        stored = _wait(lambda: found if len(found := verdicts(db)) == 2 else None, "both verdicts")
    assert {(status, reviewer) for _, status, reviewer in stored} == {("verified", "ana"), ("false", "budi")}
    assert len({claim for claim, _, _ in stored}) == 2, stored
