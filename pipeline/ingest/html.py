"""HTML pages (ModernGov pages, parish minutes on village websites): main text, tables as tables.

The main content is the tightest of `<main>`, `<article>` or a content/entry/post container that
still holds (nearly) all of the page's paragraph text; navigation, headers, footers, sidebars,
comments and scripts are dropped. Block elements become lines, headings keep their level, and each
`<table>` becomes a table block (one line per row, cells separated by tabs) plus a SourceTable.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import lxml.html

from ..models import Document, ResultWarning, Source
from .builder import DocumentBuilder
from .text import read_text

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

    def walk(self, root) -> None:
        """Depth first over `root` with a stack of its own, not Python's: a page nested thousands
        of levels deep is read like any other."""
        stack = [(root, False)]
        while stack:
            el, closing = stack.pop()
            tag = el.tag if isinstance(el.tag, str) else None
            is_block = tag in _BLOCK_TAGS
            if closing:
                if is_block:
                    self.flush(int(tag[1]) if tag in _HEADINGS else None)
                if el.tail:
                    self.buf.append(el.tail)
                continue
            if tag == "table":
                self.flush()
                self.table(el)
                if el.tail:
                    self.buf.append(el.tail)
                continue
            if is_block:
                self.flush()
                if tag in ("p", "div", "section", "blockquote", "ul", "ol"):
                    self.b.start_block()
            if el.text and tag is not None:
                self.buf.append(el.text)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MAX_DEPTH = 2048
"""How deeply libxml2 nests elements even with `huge_tree` (its own limit, not ours): a page
nested deeper is read by `_PlainText` instead."""


class _PlainText(HTMLParser):
    """The text of a page, one line per block element, for a page libxml2 cannot build a tree of
    (nested deeper than MAX_DEPTH): the standard library's parser reads it as a stream of tags,
    however deep."""

    SKIP = _DROP_TAGS - {"header", "footer", "nav", "aside", "form", "button", "select"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in _BLOCK_TAGS or tag in ("td", "th"):
            self.parts.append("\t" if tag in ("td", "th") else "\n\n" if tag in (
                "p", "div", "table", *_HEADINGS) else "\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(_WS.sub(" ", data))


def _too_deep(parser) -> bool:
    return any("Excessive depth" in e.message or e.type_name == "ERR_RESOURCE_LIMIT"
               for e in parser.error_log)


def read_html(raw: str, source: Source, warnings: list[ResultWarning] = ()) -> Document:
    parser = lxml.html.HTMLParser(huge_tree=True)  # no cap on text node size or tree depth < 2048
    root = lxml.html.document_fromstring(raw or "<html></html>", parser=parser)
    if _too_deep(parser):
        plain = _PlainText()
        plain.feed(raw)
        plain.close()
        lines = "\n".join(line.strip() for line in "".join(plain.parts).split("\n"))
        doc = read_text(re.sub(r"\n{3,}", "\n\n", lines).strip("\n") + "\n", source)
        return doc.model_copy(update={"warnings": [*warnings, ResultWarning(
            code="html_too_deep",
            message=f"{source.path}: elements nested more than {MAX_DEPTH} levels deep; read as "
                    "plain text (tables not kept as tables)")]})
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
        warnings=list(warnings),
    )

