"""The HTML diff report in a real browser: headless Debian chromium (installed by .ci/run)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from pipeline.diff import diff_results, render_html, summary_line

from .conftest import extracted

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(*args: str) -> subprocess.CompletedProcess:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run must install it (apt-get install chromium)")
        pytest.skip("chromium is not installed (required in CI)")
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, str]:
    diff = diff_results(extracted("wsx-children-first-update-2020-06.txt"),
                        extracted("wsx-children-first-progress-2020-09.txt"))
    page = tmp_path_factory.mktemp("html") / "diff.html"
    page.write_text(render_html(diff), encoding="utf-8")
    return page, summary_line(diff)


def test_report_is_self_contained(report):
    html = report[0].read_text(encoding="utf-8")
    # Nothing is fetched: no scripts, stylesheets, images or fonts from anywhere.
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(", html, re.I)
    assert not re.search(r"(src|href)=\"https?:", html)


def test_summary_visible_in_chromium(report):
    page, summary = report
    done = chromium("--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    match = re.search(r'<p class="summary" id="summary">(.*?)</p>', done.stdout, re.S)
    assert match and match.group(1).strip() == summary
    assert "4 people new in post" in summary
    assert "£223,000" in done.stdout and "+£92,000" in done.stdout


def test_screenshot_on_a_phone(report, tmp_path):
    page, _ = report
    # Kept where a person can look at it after the run (out/ is the project's scratch folder).
    shot = Path(os.environ.get("DIFF_SCREENSHOT", tmp_path / "diff-phone.png"))
    shot.parent.mkdir(parents=True, exist_ok=True)
    done = chromium(f"--screenshot={shot}", "--window-size=412,915", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (412, 915)
    assert len(data) > 20_000  # a rendered page, not a blank one
