"""Page furniture: what a page prints that is not the paper's text.

Lines near the top or bottom of a page that repeat on other pages (running headers and footers,
"Minutes - March 19, 2024 - Page 2"), page numbers ("Page 1 of 3", "P a g e | 2", a bare number)
and signature lines ("Signed ____ Dated ____"). Readers that run across page breaks (resolution
items, tables continued on the next page) leave these out.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from pipeline.models import Document

PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:p\s?a\s?g\s?e|p\s?age)\s*\|?\s*\d+(?:\s*of\s*\d+)?|-?\s*\d{1,3}\s*-?)\s*$", re.I
)
SIGNATURE = re.compile(r"^\s*Signed\s*[_.…]{3,}", re.I)
EDGE_LINES = 5
"""How many non-blank lines at the top and at the bottom of a page can be running headers/footers."""


@functools.lru_cache(maxsize=4)
def raw_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each line of the text. Kept for the last few texts: the readers of one
    paper ask for its lines many times (a table's surroundings, furniture, resolutions), and a
    1,000-page pack's text is megabytes."""
    spans, pos = [], 0
    for piece in text.split("\n"):
        spans.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return tuple(spans)


def furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).casefold())


def furniture_lines(doc: Document, lines: Sequence[tuple[int, int]], placed: bool = False) -> set[int]:
    """Indexes of lines that are page furniture (running headers/footers, page numbers, signatures).

    With `placed`, a repeated line is furniture only where it repeats in the same place, as many
    lines from the page's edge: a running header is printed in one place, while a motion quoted
    again in an amendment ("This Council believes that:") falls at the top of two pages in
    different places. Readers of running text (resolutions) ask for this."""
    text = doc.text
    furniture = {i for i, (s, e) in enumerate(lines) if SIGNATURE.match(text[s:e])}
    if doc.source.format != "pdf" or len(doc.pages) < 2:
        return furniture
    # (zone, line index) for the top and bottom lines of each page; a header repeats as a header
    edge: dict[int, list[tuple[str, int]]] = {}
    starts = [s for s, _ in lines]  # in order: the lines of raw_lines (or of doc.lines)
    for page in doc.pages:
        first, last = bisect.bisect_left(starts, page.char_start), bisect.bisect_left(starts, page.char_end)
        on_page = [i for i in range(first, last) if text[slice(*lines[i])].strip()]
        top = on_page[:EDGE_LINES]
        bottom = on_page[-EDGE_LINES:]
        edge[page.number] = [(f"top{rank}" if placed else "top", i) for rank, i in enumerate(top)] + [
            (f"bottom{len(bottom) - rank}" if placed else "bottom", i)
            for rank, i in enumerate(bottom) if i not in top]
    pages_of: dict[tuple[str, str], set[int]] = {}
    for number, zoned in edge.items():
        for zone, i in zoned:
            pages_of.setdefault((zone, furniture_key(text[slice(*lines[i])])), set()).add(number)
    for zoned in edge.values():
        for zone, i in zoned:
            line = text[slice(*lines[i])]
            if PAGE_NUMBER.match(line) or len(pages_of[(zone, furniture_key(line))]) >= 2:
                furniture.add(i)
    return furniture
