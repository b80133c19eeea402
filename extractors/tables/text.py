"""Tables in text exports: tab-separated rows, and space-aligned rows of a flattened PDF.

Tab tables: a run of lines holding tabs; cells are the tab-separated fields.

Space-aligned tables: a run of lines ending in two or more numbers, with short heading lines
between them. The label is the text before the first number (it may be followed by a single
space). Such exports pad every field to the same width whatever was blank, so a row printing fewer
numbers than there are columns cannot be placed by alignment: its cells are left unplaced and the
normaliser places them by the table's arithmetic. The column headers of such an export are
fragments on separate lines above a unit row ("£000 £000 ..."); they are rejoined per column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.models import Document

from .grid import RawCell, RawRow, RawTable
from .numbers import looks_numeric

_UNIT = re.compile(r"^(?:£\s?0{3}s?|£'000|£k|£m|£|\$000|000s?|%)$", re.I)
_PERIOD = re.compile(r"(?:19|20)\d\d(?:\s?[/\-–]\s?\d{2,4})?")
_TOKEN = re.compile(r"\S+")


@dataclass
class _Line:
    text: str
    start: int
    end: int
    block: int
    page: int | None


def _lines(doc: Document) -> list[_Line]:
    return [_Line(doc.text[ln.char_start:ln.char_end], ln.char_start, ln.char_end, ln.block, ln.page)
            for ln in doc.lines]


def _is_unit_row(text: str) -> bool:
    tokens = text.replace("\t", " ").split()
    return len(tokens) >= 2 and all(_UNIT.match(t) for t in tokens)


def _heading_like(text: str) -> bool:
    t = text.strip()
    return 0 < len(t) <= 80 and not t.endswith(".") and not any(looks_numeric(x) for x in t.split()[-1:])


# -- tab-separated ------------------------------------------------------------------------------

def _split_tabs(line: _Line) -> list[RawCell]:
    cells, pos = [], line.start
    for field in line.text.split("\t"):
        lead = len(field) - len(field.lstrip())
        cells.append(RawCell(field.strip(), pos + lead, pos + lead + len(field.strip())))
        pos += len(field) + 1
    return cells


def tab_tables(doc: Document) -> list[RawTable]:
    lines = _lines(doc)
    tables, run = [], []
    for line in lines + [None]:  # type: ignore[list-item]
        if line is not None and "\t" in line.text and (not run or run[-1].block == line.block):
            run.append(line)
            continue
        if len(run) >= 3:
            table = _tab_table(run, lines)
            if table:
                tables.append(table)
        run = [line] if line is not None and "\t" in line.text else []
    return tables


def _tab_table(run: list[_Line], all_lines: list[_Line]) -> RawTable | None:
    rows = [_split_tabs(line) for line in run]
    numeric_rows = [r for r in rows if sum(looks_numeric(c.text) for c in r[1:]) >= 1]
    if len(numeric_rows) < 2:
        return None
    ncols = max(len(r) for r in rows) - 1
    first_numeric = next(i for i, r in enumerate(rows) if r in numeric_rows)
    # Header rows carry text in the value columns; label-only rows after them are section headings.
    first_body = 0
    for i, r in enumerate(rows[:first_numeric]):
        if any(c.text for c in r[1:]):
            first_body = i + 1
    header_rows = rows[:first_body]
    title = None
    labels = [""] * ncols
    unit_text = ""
    for r in header_rows:
        texts = [c.text for c in r]
        if _is_unit_row(" ".join(texts)):
            unit_text += " " + " ".join(texts)
            continue
        if texts[0] and len(texts[0]) > 3:
            title = texts[0]
        for j, c in enumerate(r[1:]):
            if c.text and j < ncols:
                labels[j] = f"{labels[j]} {c.text}".strip()
    if title is None:
        title = _title_above(run[0], all_lines)
    body = []
    for r, line in zip(rows[first_body:], run[first_body:], strict=False):
        label = r[0] if r[0].text else None
        cells = [c if c.text else None for c in r[1:]] + [None] * (ncols - (len(r) - 1))
        body.append(RawRow(label=label, cells=cells[:ncols], numbers=[c for c in cells if c],
                           start=line.start, end=line.end, page=line.page))
    return RawTable(title=title, columns=labels,
                    rows=body, unit_text=f"{title or ''} {' '.join(labels)} {unit_text}",
                    start=run[0].start, end=run[-1].end,
                    pages=sorted({ln.page for ln in run if ln.page}))


def _title_above(first: _Line, lines: list[_Line]) -> str | None:
    i = next(k for k, ln in enumerate(lines) if ln.start == first.start)
    if i == 0:
        return None
    prev = lines[i - 1].text.strip()
    if prev and len(prev) <= 120 and not prev.endswith((".", ":", ";")) and "\t" not in prev:
        return prev
    return None


# -- space-aligned ----------------------------------------------------------------------------

def _numeric_tail(line: _Line) -> tuple[RawCell | None, list[RawCell]]:
    """(label, numbers): the numbers printed at the end of the line, the text before them."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(line.text)]
    k = len(tokens)
    while k > 0 and looks_numeric(tokens[k - 1][0]):
        k -= 1
    numbers = [RawCell(t, line.start + s, line.start + e) for t, s, e in tokens[k:]]
    label = None
    if k:
        s, e = tokens[0][1], tokens[k - 1][2]
        label = RawCell(line.text[s:e], line.start + s, line.start + e)
    return label, numbers


def _is_numeric_row(line: _Line) -> bool:
    if "\t" in line.text:
        return False
    _, numbers = _numeric_tail(line)
    if len(numbers) < 2:
        return False
    gaps = [b.start - a.end for a, b in zip(numbers, numbers[1:], strict=False)]
    return len(numbers) >= 3 or max(gaps) >= 2


def space_tables(doc: Document) -> list[RawTable]:
    lines = _lines(doc)
    tables = []
    i = 0
    while i < len(lines):
        if not _is_numeric_row(lines[i]):
            i += 1
            continue
        # Grow the region: numeric rows and short heading lines between them.
        j, last_numeric, headings_in_a_row = i, i, 0
        while j + 1 < len(lines):
            nxt = lines[j + 1]
            if _is_numeric_row(nxt):
                last_numeric, headings_in_a_row = j + 1, 0
            elif _heading_like(nxt.text) and headings_in_a_row < 3 and not _is_unit_row(nxt.text):
                headings_in_a_row += 1
            else:
                break
            j += 1
        # Headings and the unit row just above the first number row belong to the table too.
        start = i
        while start > 0 and _heading_like(lines[start - 1].text) and not _is_unit_row(
                lines[start - 1].text) and i - start < 3:
            start -= 1
        region = lines[start:last_numeric + 1]
        if sum(_is_numeric_row(ln) for ln in region) >= 3:
            tables.append(_space_table(region, lines, start))
        i = last_numeric + 1
    return tables


def _header_above(lines: list[_Line], start: int) -> tuple[int, list[list[_Line]], str, int]:
    """(ncols from the unit row or 0, header fragment paragraphs, unit text, index of first header line)."""
    k = start - 1
    ncols, unit_text = 0, ""
    if k >= 0 and _is_unit_row(lines[k].text):
        unit_text = lines[k].text
        ncols = len(lines[k].text.split())
        k -= 1
    paragraphs: list[list[_Line]] = []
    while k >= 0 and len(lines[k].text.strip()) <= 30 and not lines[k].text.strip().endswith("."):
        if paragraphs and paragraphs[0][0].block == lines[k].block:
            paragraphs[0].insert(0, lines[k])
        else:
            paragraphs.insert(0, [lines[k]])
        k -= 1
    return ncols, paragraphs, unit_text, k + 1


def _join_header(paragraphs: list[list[_Line]], ncols: int) -> list[str]:
    """Column labels from header fragments: a fragment starting in lower case, or a one-line
    fragment after a label that has not reached its period ("Revised Full Amount" + "Estimated"),
    continues the label before it."""
    groups: list[str] = []
    for para in paragraphs:
        text = " ".join(" ".join(ln.text.split()) for ln in para)
        if groups and len(groups) + (len(paragraphs) - paragraphs.index(para)) > ncols and (
            text[:1].islower() or (len(para) == 1 and not _PERIOD.search(groups[-1]))
        ):
            groups[-1] = f"{groups[-1]} {text}"
        else:
            groups.append(text)
    return groups


def _space_table(region: list[_Line], lines: list[_Line], start: int) -> RawTable:
    ncols, paragraphs, unit_text, header_start = _header_above(lines, start)
    rows: list[RawRow] = []
    parsed = []
    for line in region:
        label, numbers = _numeric_tail(line) if _is_numeric_row(line) else (None, [])
        if not numbers:
            t = line.text.strip()
            lead = len(line.text) - len(line.text.lstrip())
            label = RawCell(t, line.start + lead, line.start + lead + len(t))
        parsed.append((line, label, numbers))
    ncols = ncols or max(len(n) for _, _, n in parsed)
    labels = _join_header(paragraphs, ncols) if paragraphs else []
    if len(labels) != ncols:
        labels = [""] * ncols  # no header: the columns are unnamed, as a reader leaves them
    for line, label, numbers in parsed:
        cells: list[RawCell | None] | None
        if not numbers:
            cells = [None] * ncols
        elif len(numbers) == ncols:
            cells = list(numbers)
        else:
            cells = None
        rows.append(RawRow(label=label, cells=cells, numbers=numbers, start=line.start,
                           end=line.end, page=line.page))
    title = None
    if header_start > 0:
        above = lines[header_start - 1].text.strip()
        if above and len(above) <= 120 and not above.endswith((".", ":", ";")):
            title = above
    first = lines[header_start] if header_start < start else region[0]
    return RawTable(title=title, columns=labels, rows=rows,
                    unit_text=f"{title or ''} {' '.join(labels)} {unit_text}",
                    start=(lines[header_start - 1].start if title else first.start), end=region[-1].end,
                    pages=sorted({ln.page for ln in region if ln.page}))
