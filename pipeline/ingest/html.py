"""HTML pages (ModernGov pages, parish minutes on village websites): main text, tables as tables.

The main content is the tightest of `<main>`, `<article>` or a content/entry/post container that
still holds (nearly) all of the page's paragraph text; navigation, headers, footers, sidebars,
comments and scripts are dropped. Block elements become lines, headings keep their level, and each
`<table>` becomes a table block (one line per row, cells separated by tabs) plus a SourceTable.
"""

from __future__ import annotations

import re

import lxml.html

from ..models import Document, Source
from .builder import DocumentBuilder

_DROP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
              "iframe", "svg", "button", "select", "template", "head"}
_CHROME = re.compile(r"comment|sidebar|widget|menu|breadcrumb|share|social|cookie|skip-link|navbar",
                     re.IGNORECASE)
_CONTENT = re.compile(r"content|entry|post|article|main|minutes|body-text", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd",
               "blockquote", "pre", "address", "figure", "figcaption", "hr", "br",
               "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "center"}
_WS = re.compile(r"\s+")


def _classes(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _paragraph_text_len(el) -> int:
    return sum(len(p.text_content().strip()) for p in el.iter("p", "li", "td"))


def _main_content(root):
    body = root.find("body")
    if body is None:
        body = root
    candidates = [el for el in body.iter()
                  if isinstance(el.tag, str)
                  and (el.tag in ("main", "article") or _CONTENT.search(_classes(el)))
                  and not _CHROME.search(_classes(el))]
    best_total = _paragraph_text_len(body)
    if best_total == 0 or not candidates:
        return body
    good = [el for el in candidates if _paragraph_text_len(el) >= 0.8 * best_total]
    if not good:
        return body
    return min(good, key=lambda el: len(el.text_content()))


def _drop_chrome(root) -> None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments, processing instructions
            if el.getparent() is not None:
                el.drop_tree()
            continue
        if el.tag in _DROP_TAGS or (_CHROME.search(_classes(el)) and el.tag not in ("body", "html")):
            el.drop_tree()


class _Walker:
    def __init__(self, b: DocumentBuilder):
        self.b = b
        self.buf: list[str] = []

    def flush(self, heading: int | None = None) -> None:
        text = _WS.sub(" ", "".join(self.buf)).strip()
        self.buf = []
        if not text:
            return
        if heading is not None:
            self.b.start_block()
            self.b.add_line(text, heading=heading)
            self.b.end_block()
        else:
            self.b.add_line(text)

    def table(self, el) -> None:
        rows = []
        for tr in el.iter("tr"):
            cells = [_WS.sub(" ", td.text_content()).strip() for td in tr if td.tag in ("td", "th")]
            if any(cells):
                rows.append(cells)
        if rows:
            self.b.add_table(rows)
            self.b.start_block()

    def walk(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag == "table":
            self.flush()
            self.table(el)
            if el.tail:
                self.buf.append(el.tail)
            return
        heading = int(tag[1]) if tag in ("h1", "h2", "h3", "h4", "h5", "h6") else None
        is_block = tag in _BLOCK_TAGS
        if is_block:
            self.flush()
            if tag in ("p", "div", "section", "blockquote", "ul", "ol"):
                self.b.start_block()
        if el.text and tag is not None:
            self.buf.append(el.text)
        for child in el:
            self.walk(child)
        if is_block:
            self.flush(heading)
        if el.tail:
            self.buf.append(el.tail)


def read_html(raw: str, source: Source) -> Document:
    root = lxml.html.document_fromstring(raw or "<html></html>")
    title = (root.findtext(".//title") or "").strip()
    _drop_chrome(root)
    main = _main_content(root)
    b = DocumentBuilder()
    b.start_page(1)
    if title and not any(h.text_content().strip() for h in main.iter("h1")):
        # The page title is the only title a bare page has; keep it as the first heading.
        b.start_block()
        b.add_line(_WS.sub(" ", title), heading=1)
        b.end_block()
    b.start_block()
    w = _Walker(b)
    w.walk(main)
    w.flush()
    b.end_page(1, None, None, has_text=bool(b.length))
    return Document(
        source=source.model_copy(update={"pages": 1}),
        text=b.text(),
        pages=b.pages,
        blocks=b.blocks,
        lines=b.lines,
        tables=b.tables,
    )

