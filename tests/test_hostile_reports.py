"""Issue 18: no script in a report. Every value from a paper (labels, titles, paths, row names,
snippets) is escaped in every HTML and Markdown output, and hrefs are only http(s) or relative.
Each report is rendered with hostile payloads in headless chromium, which must run none of them."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from markdown_it import MarkdownIt

from pipeline.diff import diff_results, render_html, render_markdown, timeline_html
from pipeline.diff.render import safe_href
from pipeline.diff.timeline import Line, Timeline
from pipeline.models import Diff
from pipeline.series import _index_html

from .conftest import extracted
from .test_diff_html import chromium

# Each payload, if it ever ran, adds a <pwned> element to the page (the word is split in the
# payload, so it appears in the dumped DOM only if the script ran).
RUN = "document.body.appendChild(document.createElement('pwn'+'ed'))"
PAYLOADS = [
    f'<img src=x onerror="{RUN}">',
    f"<script>{RUN}</script>",
    f'</text></svg><svg onload="{RUN}"><text>',  # out of the timeline's SVG <text>
    f'" onmouseover="{RUN}" x="',  # out of an attribute
    f"[click me](javascript:{RUN})",  # a Markdown link
    f"<a href=\"javascript:{RUN}\">link</a>",
]
HOSTILE_PATHS = [f"javascript:{RUN}", f"data:text/html,<script>{RUN}</script>",
                 "//evil.example/x.pdf", f"<img src=x onerror=\"{RUN}\">.txt"]


def _poison(value, n: list[int]):
    """`value` (a model dump) with every free-text string replaced by the next payload."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k == "path":
                out[k] = HOSTILE_PATHS[n[0] % len(HOSTILE_PATHS)]
                n[0] += 1
            elif k in ("subject", "column", "table", "section", "note", "snippet", "title",
                       "organisation", "committee") and isinstance(v, str):
                out[k] = PAYLOADS[n[0] % len(PAYLOADS)] + v
                n[0] += 1
            elif k in ("old", "new") and isinstance(v, str) and not re.fullmatch(r"-?[\d.]+", v):
                out[k] = PAYLOADS[n[0] % len(PAYLOADS)]
                n[0] += 1
            else:
                out[k] = _poison(v, n)
        return out
    if isinstance(value, list):
        out = [_poison(v, n) for v in value]
        if out and all(isinstance(v, str) for v in out):  # notes
            out = [PAYLOADS[i % len(PAYLOADS)] + v for i, v in enumerate(out)]
        return out
    return value


@pytest.fixture(scope="module")
def hostile_diff() -> Diff:
    diff = diff_results(extracted("wsx-children-first-update-2020-06.txt"),
                        extracted("wsx-children-first-progress-2020-09.txt"))
    data = _poison(diff.model_dump(mode="json"), [0])
    return Diff.model_validate(data)


def hostile_timeline() -> Timeline:
    return Timeline(papers=PAYLOADS[:3], lines=[
        Line(table=p, section=p, row=p, column=p, values=[Decimal(1), Decimal(2), None])
        for p in PAYLOADS])


def hostile_index(diff: Diff) -> str:
    rows = [{"series": p, "old": diff.old.document, "new": diff.new.document,
             "href": "series/1-2", "count": 3, "summary": p} for p in PAYLOADS]
    return _index_html(rows)


def assert_inert(html: str) -> None:
    """Statically: no script element, no event handler attribute, no image but embedded PNG
    crops, no link but http(s) or relative."""
    root = lxml.html.document_fromstring(html)
    assert not root.xpath("//script"), "a <script> element"
    handlers = [(el.tag, a) for el in root.iter() if isinstance(el.tag, str)
                for a in el.attrib if a.lower().startswith("on")]
    assert not handlers, handlers
    for img in root.iter("img"):
        assert img.get("src", "").startswith("data:image/png;base64,"), img.get("src")
    for el in root.xpath("//*[@href]"):
        assert safe_href(el.get("href")) == el.get("href"), el.get("href")
        # a relative link ("javascript%3A..." is a file name) or http(s), never another host
        assert urlsplit(el.get("href")).scheme in ("", "http", "https"), el.get("href")
        assert not el.get("href").startswith("//"), el.get("href")


def run_in_chromium(page: Path) -> str:
    done = chromium("--dump-dom", "--virtual-time-budget=3000", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<pwned" not in done.stdout, "a payload ran in the browser"
    assert "document.createElement(" in done.stdout  # the payloads are there, as text
    return done.stdout


def test_safe_href_allows_only_http_and_relative_links():
    assert safe_href("papers/minutes%20March.pdf#page=3") == "papers/minutes%20March.pdf#page=3"
    assert safe_href("../a.pdf") == "../a.pdf"
    assert safe_href("https://democracy.example.gov.uk/a.pdf") == "https://democracy.example.gov.uk/a.pdf"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd",
                "vbscript:x", "//evil.example/a.pdf", "http:/x", ""):
        assert safe_href(bad) is None, bad


def test_diff_report_runs_no_script(hostile_diff, tmp_path):
    html = render_html(hostile_diff, base=tmp_path, crops=False)
    assert_inert(html)
    page = tmp_path / "diff.html"
    page.write_text(html, encoding="utf-8")
    dom = run_in_chromium(page)
    assert_inert(dom)


def test_timeline_report_runs_no_script(tmp_path):
    html = timeline_html(hostile_timeline())
    assert_inert(html)
    assert "&lt;img src=x" in html  # the paper's label is shown, escaped, in the SVG
    page = tmp_path / "timeline.html"
    page.write_text(html, encoding="utf-8")
    assert_inert(run_in_chromium(page))


def test_changes_index_runs_no_script(hostile_diff, tmp_path):
    html = hostile_index(hostile_diff)
    assert_inert(html)
    page = tmp_path / "index.html"
    page.write_text(html, encoding="utf-8")
    assert_inert(run_in_chromium(page))


def test_markdown_diff_passes_no_html_and_no_links(hostile_diff, tmp_path):
    md = render_markdown(hostile_diff)
    # Rendered as a Markdown viewer would (CommonMark passes raw HTML through): no tag and no
    # link come from the paper; the payloads show as text.
    html = MarkdownIt("commonmark").render(md)
    assert_inert(html)
    assert not re.search(r"<(img|script|svg|a)\b", html)
    assert "[click me](javascript:" in html  # shown as written
    page = tmp_path / "diff-md.html"
    page.write_text(f"<!DOCTYPE html><html><body>{html}</body></html>", encoding="utf-8")
    assert_inert(run_in_chromium(page))


def test_decisions_markdown_passes_no_html_and_no_links(tmp_path):
    from pipeline.decisions import render_html as decisions_html
    from pipeline.decisions import render_markdown as decisions_markdown
    from pipeline.models import DecisionLink, DecisionLinks, Provenance

    where = Provenance(page=1, char_start=0, char_end=1, snippet=PAYLOADS[0])
    links = DecisionLinks(earlier=HOSTILE_PATHS[3], later=HOSTILE_PATHS[0], links=[
        DecisionLink(item=p, title=p, minutes_ref=p, minutes_title=p, outcome="approved",
                     decision=p, earlier=where, later=where) for p in PAYLOADS])
    html = MarkdownIt("commonmark").render(decisions_markdown(links))
    assert_inert(html)
    assert not re.search(r"<(img|script|svg|a)\b", html)
    assert "[click me](javascript:" in html  # shown as written
    assert_inert(decisions_html(links))
    page = tmp_path / "decisions-md.html"
    page.write_text(f"<!DOCTYPE html><html><body>{html}</body></html>", encoding="utf-8")
    assert_inert(run_in_chromium(page))
