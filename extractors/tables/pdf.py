"""Tables in PDFs with a text layer, found from the Document's word boxes.

A table is a run of lines whose numbers line up in columns: numbers are right-aligned, so a
column is a cluster of right edges. Cells are placed by that alignment (a blank is a column with
no number on the line), the row label is the text left of the first column, and header words
above the first row are given to the column they sit over. A table that goes on at the top of the
next page with the same columns is the same table (a repeated header there is skipped).

Cheap first: only pages with at least three lines of aligned numbers are looked at all.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from pipeline.models import Document, Line, Word

from .grid import RawCell, RawRow, RawTable
from .headers import scale_of
from .numbers import looks_numeric

_ALIGN = 6.0  # points: right edges this close are one column


@dataclass
class _Chunk:
    """Words of one line that sit together (split at wide gaps)."""

    words: list[Word]
    text: str

    @property
    def x0(self) -> float:
        return self.words[0].bbox[0]

    @property
    def x1(self) -> float:
        return self.words[-1].bbox[2]

    @property
    def numeric(self) -> bool:
        return looks_numeric(self.text)


@dataclass
class _PLine:
    line: Line
    chunks: list[_Chunk]

    @property
    def numbers(self) -> list[_Chunk]:
        return [c for c in self.chunks if c.numeric]

    @property
    def top(self) -> float:
        return self.line.bbox[1] if self.line.bbox else 0.0

    @property
    def bottom(self) -> float:
        return self.line.bbox[3] if self.line.bbox else 0.0


def _chunks(doc: Document, line: Line, words: list[Word]) -> list[_Chunk]:
    chunks: list[list[Word]] = []
    for w in words:
        if chunks:
            prev = chunks[-1][-1]
            size = prev.size or (prev.bbox[3] - prev.bbox[1]) or 10
            gap = w.bbox[0] - prev.bbox[2]
            # A sign or currency symbol belongs with the number after it.
            joined = doc.text[prev.char_start:prev.char_end] in ("£", "$", "-", "(")
            if gap < 0.9 * size or joined:
                chunks[-1].append(w)
                continue
        chunks.append([w])
    return [_Chunk(ws, doc.text[ws[0].char_start:ws[-1].char_end]) for ws in chunks]


def _page_lines(doc: Document) -> dict[int, list[_PLine]]:
    by_line: dict[int, list[Word]] = {}
    starts = [ln.char_start for ln in doc.lines]
    import bisect

    for w in doc.words:
        i = bisect.bisect_right(starts, w.char_start) - 1
        if i >= 0:
            by_line.setdefault(i, []).append(w)
    pages: dict[int, list[_PLine]] = {}
    for i, line in enumerate(doc.lines):
        words = sorted(by_line.get(i, []), key=lambda w: w.bbox[0])
        if words and line.page:
            pages.setdefault(line.page, []).append(_PLine(line, _chunks(doc, line, words)))
    for lines in pages.values():
        lines.sort(key=lambda pl: pl.top)
    return pages


def _columns(lines: list[_PLine]) -> list[list[float]]:
    """Clusters of right edges of numbers: each cluster is a column (sorted left to right)."""
    edges = sorted(c.x1 for pl in lines for c in pl.numbers)
    clusters: list[list[float]] = []
    for x in edges:
        if clusters and x - clusters[-1][-1] <= _ALIGN:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [c for c in clusters if len(c) >= 2]


def _regions(lines: list[_PLine]) -> list[list[_PLine]]:
    """Runs of lines with numbers, allowing short label-only lines (section headings) between."""
    regions, run, gap_lines = [], [], 0
    heights = [pl.bottom - pl.top for pl in lines if pl.bottom > pl.top]
    line_h = statistics.median(heights) if heights else 10
    for pl in lines:
        far = run and pl.top - run[-1].bottom > 3.5 * line_h
        if pl.numbers and not far:
            run.append(pl)
            gap_lines = 0
        elif run and not far and gap_lines < 2 and len(" ".join(c.text for c in pl.chunks)) <= 80:
            run.append(pl)
            gap_lines += 1
        else:
            if run:
                regions.append(run)
            run = [pl] if pl.numbers else []
            gap_lines = 0
    if run:
        regions.append(run)
    out = []
    for region in regions:
        while region and not region[-1].numbers:
            region.pop()
        if sum(1 for pl in region if pl.numbers) >= 3:
            out.append(region)
    return out


def _cell(doc: Document, chunk: _Chunk) -> RawCell:
    return RawCell(chunk.text, chunk.words[0].char_start, chunk.words[-1].char_end)


def _table_from_region(doc: Document, region: list[_PLine], above: list[_PLine]) -> RawTable | None:
    clusters = _columns(region)
    if not clusters:
        return None
    centres = [statistics.median(c) for c in clusters]
    first_left = min(c.x0 for pl in region for c in pl.numbers if abs(c.x1 - centres[0]) <= _ALIGN)
    rows: list[RawRow] = []
    for pl in region:
        cells: list[RawCell | None] = [None] * len(centres)
        label_chunks = []
        for ch in pl.chunks:
            if ch.numeric:
                j = min(range(len(centres)), key=lambda k: abs(centres[k] - ch.x1))
                if abs(centres[j] - ch.x1) <= 3 * _ALIGN and cells[j] is None:
                    cells[j] = _cell(doc, ch)
                    continue
            if ch.x1 <= first_left + _ALIGN or not ch.numeric:
                label_chunks.append(ch)
        label = None
        if label_chunks:
            label = RawCell(" ".join(c.text for c in label_chunks), label_chunks[0].words[0].char_start,
                            label_chunks[-1].words[-1].char_end)
        numbers = [c for c in cells if c is not None]
        rows.append(RawRow(label=label, cells=cells if numbers else [None] * len(centres),
                           numbers=numbers, start=pl.line.char_start, end=pl.line.char_end,
                           page=pl.line.page))
    # Header: label-less text lines just above, their words given to the column beneath them.
    spans = []
    for j, cluster in enumerate(clusters):
        lefts = [c.x0 for pl in region for c in pl.numbers if abs(c.x1 - centres[j]) <= _ALIGN]
        spans.append((min(lefts), max(cluster)))
    labels = [""] * len(centres)
    header_lines = []
    for pl in reversed(above):
        if pl.numbers and not all(re.fullmatch(r"(19|20)\d\d", c.text) for c in pl.numbers):
            break
        texts = [c for c in pl.chunks if c.x1 > first_left - _ALIGN]
        if not texts or len(header_lines) >= 4:
            break
        header_lines.insert(0, pl)
    for pl in header_lines:
        for ch in pl.chunks:
            mid = (ch.x0 + ch.x1) / 2
            j = min(range(len(spans)), key=lambda k: 0 if spans[k][0] - 12 <= mid <= spans[k][1] + 12
                    else min(abs(mid - spans[k][0]), abs(mid - spans[k][1])) + 1000)
            if spans[j][0] - 40 <= mid <= spans[j][1] + 40:
                labels[j] = f"{labels[j]} {ch.text}".strip()
    title = None
    title_line = next((pl for pl in reversed(above[: len(above) - len(header_lines)])), None)
    if title_line is not None:
        t = " ".join(c.text for c in title_line.chunks)
        if len(t) <= 120 and not t.endswith("."):
            title = t
    unit_text = " ".join([title or ""] + labels + [" ".join(c.text for c in pl.chunks) for pl in header_lines])
    # Reading order may put a table's lines apart (columns), so its span is the hull of its lines.
    spanned = header_lines + region
    start = min(pl.line.char_start for pl in spanned)
    end = max(pl.line.char_end for pl in spanned)
    return RawTable(title=title, columns=[lb or f"Column {j + 1}" for j, lb in enumerate(labels)],
                    rows=rows, unit_text=unit_text, start=start, end=end,
                    pages=sorted({pl.line.page for pl in region if pl.line.page}))


def _continues(prev: RawTable, nxt: RawTable) -> bool:
    return (len(prev.columns) == len(nxt.columns) and prev.pages and nxt.pages
            and nxt.pages[0] == prev.pages[-1] + 1
            and all(b.startswith("Column") or a == b for a, b in zip(prev.columns, nxt.columns, strict=True)))


def pdf_tables(doc: Document) -> list[RawTable]:
    tables: list[RawTable] = []
    for _, lines in sorted(_page_lines(doc).items()):
        aligned = [pl for pl in lines if pl.numbers]
        if len(aligned) < 3:
            continue  # the cheap test: no table worth looking for on this page
        for region in _regions(lines):
            i = lines.index(region[0])
            table = _table_from_region(doc, region, lines[max(0, i - 6):i])
            if table is None:
                continue
            near_top = lines.index(region[0]) <= 3  # only a running header above it
            if tables and near_top and _continues(tables[-1], table):
                prev = tables[-1]
                prev.rows.extend(table.rows)
                prev.end = max(prev.end, table.end)
                prev.pages = sorted(set(prev.pages) | set(table.pages))
                continue
            if scale_of(table.unit_text) == 1 and not any("£" in c.text or "," in c.text
                                                           for r in table.rows for c in r.numbers):
                # Only numbers without money marks: a list of years or counts, not a money table.
                if not re.search(r"£|\$|budget|spend|cost|income|expenditure|amount|grant|payment",
                                 table.unit_text, re.I):
                    continue
            tables.append(table)
    return tables
