"""Text exports (.txt, .md): keep tabs and alignment, strip inline markup, keep offsets true.

What is stripped: `<sup>`/`<sub>`/`<b>`/`<i>`/`<u>` tags (their content is kept: "19<sup>th</sup>"
-> "19th"), `**`/`__` bold markers and leading markdown heading hashes (recorded as the line's
heading level). Tabs and runs of spaces are kept as they are: tables live in them. A form feed
starts a new page; without one the export is a single page.
"""

from __future__ import annotations

import re

from ..models import Document, Source
from .builder import DocumentBuilder

_INLINE_TAG = re.compile(r"</?(?:sup|sub|b|i|u|em|strong|span)\b[^>]*>", re.IGNORECASE)
_BOLD = re.compile(r"\*\*|__")
_HEADING = re.compile(r"^(#{1,6})[ \t]+")


def clean_line(line: str) -> tuple[str, int | None]:
    """Strip markup from one line; return (clean text, heading level or None)."""
    heading = None
    m = _HEADING.match(line)
    if m:
        heading = len(m.group(1))
        line = line[m.end():]
    line = _INLINE_TAG.sub("", line)
    line = _BOLD.sub("", line)
    # Trailing tabs are kept: a label-only row of a tab table still has its (empty) cells.
    return line.rstrip(" \r") if line.strip() else "", heading


def read_text(raw: str, source: Source) -> Document:
    b = DocumentBuilder()
    pages = raw.split("\f")
    for number, page_text in enumerate(pages, start=1):
        b.start_page(number)
        in_block = False
        for raw_line in page_text.split("\n"):
            line, heading = clean_line(raw_line)
            if not line.strip():
                if in_block:
                    b.end_block()
                    in_block = False
                continue
            if heading is not None:
                b.start_block()
                b.add_line(line, heading=heading)
                b.end_block()
                in_block = False
                continue
            if not in_block:
                b.start_block()
                in_block = True
            b.add_line(line)
        b.end_page(number, None, None, has_text=bool(page_text.strip()))
    return Document(
        source=source.model_copy(update={"pages": len(b.pages)}),
        text=b.text(),
        pages=b.pages,
        blocks=b.blocks,
        lines=b.lines,
    )
