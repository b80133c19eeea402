"""The HTML diff report in a real browser: headless Debian chromium (installed by .ci/run)."""

from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdfium2
import pytest

from pipeline.diff import diff_results, render_html, summary_line
from pipeline.diff.crops import CROP_LIMIT

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
    # Nothing is fetched: no scripts, stylesheets or fonts from anywhere; pictures embedded.
    assert not re.search(r"<script|<link|<iframe|@import|url\(", html, re.I)
    assert not re.search(r"<img(?![^>]*src=\"data:image/png;base64,)", html)
    assert not re.search(r"(src|href)=\"(https?|file):", html)


@pytest.fixture(scope="module")
def sutton(tmp_path_factory) -> Path:
    diff = diff_results(
        extracted("sutton-coldfield-tc-community-grant-applications-report-2018-03-13.pdf"),
        extracted("sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf"))
    folder = tmp_path_factory.mktemp("sutton")
    page = folder / "diff.html"
    page.write_text(render_html(diff, base=folder), encoding="utf-8")
    return page


def test_pdf_report_embeds_crops_and_links_relatively(sutton):
    html = sutton.read_text(encoding="utf-8")
    crops = re.findall(r'<img class="crop"[^>]*src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert 1 <= len(crops) <= CROP_LIMIT
    assert base64.b64decode(crops[0])[:8] == b"\x89PNG\r\n\x1a\n"
    links = re.findall(r'href="([^"]+)"', html)
    assert links and all(not h.startswith(("/", "file:")) for h in links)
    # Relative from the report's folder to the paper, opened at its page.
    assert any(h.endswith("sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf#page=3")
               and h.startswith("../") for h in links)
    assert not self_contained_violations(html)


def self_contained_violations(html: str) -> list[str]:
    return re.findall(r"<script|<link|<iframe|@import|url\(|(?:src|href)=\"https?:", html, re.I)


def test_headline_leads_and_money_is_neutral(report):
    html = report[0].read_text(encoding="utf-8")
    assert html.index('id="summary"') < html.index('id="headline"') < html.index('class="grid"')
    # One grid a table, not one card per value: the resource plan's, and the MTFS pressures
    # table's, where "Estimate for IT Systems improvements" moved to with its 2021/22 figure.
    assert html.count('<table class="grid">') == 2
    assert "--up" not in html and "--down" not in html and "#b00020" not in html


def test_screenshot_at_desktop_width(report, tmp_path):
    page, _ = report
    shot = tmp_path / "diff-desktop.png"
    done = chromium(f"--screenshot={shot}", "--window-size=1280,900", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1280, 900)
    assert len(data) > 40_000


def test_printed_report_fits_three_pages_and_leads_with_the_summary(report, tmp_path):
    page, summary = report
    pdf_path = tmp_path / "diff.pdf"
    done = chromium(f"--print-to-pdf={pdf_path}", "--no-pdf-header-footer", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    assert len(pdf) <= 3
    text = [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    assert text[0].startswith("What changed since the last report " + summary[:40])
    everything = " ".join(text)
    # The evidence prints: the printed lines the changes were read from.
    assert "Senior Improvement Leads" in everything
    assert "“Linda Steele Assistant Director, Safeguarding, Quality and Practice”" in everything
    assert "week commencing 19th October 2020" in everything


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
