"""Costs lists: a run of lines each naming one sum of money, closed by a total that adds them up.

A report's financial implications often list their costs without a grid, one item a line, the
amount after a tab or a few spaces ("CBSO professional fees   £21,000" ... "Total   £125,000"),
an item's name wrapped over the lines above its amount, and blank lines or a page break between
items. No two lines need align, so nothing but the arithmetic says the lines are one table: a run
is a table only when its last line is a total ("Total", "Total cost") whose amount is exactly the
sum of the items just above it (at least `_MIN_ITEMS`). A line of prose that happens to end in an
amount above the list is left out, as the sum is found over the items nearest the total.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.models import Document

from ..furniture import furniture_lines, raw_lines
from .grid import RawCell, RawRow, RawTable
from .numbers import parse_plain

# One item: a name (with a letter in it), then a sum of money with its currency sign at the end of
# the line; a bracketed sum is a credit.
_ITEM = re.compile(r"^(?P<label>\S.*?[^\W\d_].*?)[\t ]+(?P<amount>\(?[£$€]\s?[\d,]*\d(?:\.\d\d)?\)?)\s*$")
_TOTAL = re.compile(r"^(?:grand\s+|net\s+)?total\b", re.I)
# A wrapped item name above its amount is short and ends no sentence ("Insurance, Technical" /
# "& Production Costs" / "(including 5% contingency)  £95,200"); a lead-in ("summarised as
# follows: -") or a paragraph's last line ends one.
_MAX_WRAPPED_LABEL = 60
_ENDS_SENTENCE = re.compile(r"[.:;!?\-–]\s*$")
_MIN_ITEMS = 2


def cost_lists(doc: Document) -> list[RawTable]:
    """Each costs list of the paper (see the module docstring) as a one-column table."""
    text = doc.text
    lines = raw_lines(text)
    furniture = furniture_lines(doc, lines)
    tables: list[RawTable] = []
    run: list[RawRow] = []
    wrapped: list[tuple[int, int]] = []  # label-only lines just above the next amount
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if i in furniture:
            continue
        if not line.strip():
            wrapped = []
            continue
        item = _ITEM.match(line)
        parsed = parse_plain(item["amount"].replace(" ", "")) if item else None
        if item and parsed is not None and not parsed[1]:
            label_end = s + item.end("label")
            parts = [*wrapped, (s, label_end)]
            label_start = _first_char(text, *parts[0])
            name = " ".join(" ".join(text[a:b].split()) for a, b in parts)
            cell = RawCell(item["amount"], s + item.start("amount"), s + item.end("amount"))
            row = RawRow(label=RawCell(name, label_start, label_end), cells=[cell], numbers=[cell],
                         start=label_start, end=cell.end, page=_page_of(doc, s))
            wrapped = []
            if _TOTAL.match(name):
                table = _closed(run, row, parsed[0])
                if table is not None:
                    tables.append(table)
                run = []
                continue
            run.append(row)
            continue
        if len(line.strip()) <= _MAX_WRAPPED_LABEL and not _ENDS_SENTENCE.search(line) \
                and not re.search(r"\d\s*$", line):
            wrapped.append((s, e))
            continue
        run, wrapped = [], []  # prose: any list above has ended without its total
    return tables


def _closed(run: list[RawRow], total: RawRow, value: Decimal) -> RawTable | None:
    """The table of the items nearest `total` that it adds up, the most of them that do."""
    amounts = [parse_plain(r.numbers[0].text.replace(" ", ""))[0] for r in run]  # type: ignore[index]
    for first in range(len(run) - _MIN_ITEMS + 1):
        if sum(amounts[first:], Decimal(0)) == value:
            rows = [*run[first:], total]
            return RawTable(title=None, columns=[""], rows=rows, start=rows[0].start, end=total.end,
                            pages=sorted({r.page for r in rows if r.page is not None}))
    return None


def _first_char(text: str, start: int, end: int) -> int:
    return start + len(text[start:end]) - len(text[start:end].lstrip())


def _page_of(doc: Document, offset: int) -> int | None:
    return next((p.number for p in doc.pages if p.char_start <= offset < p.char_end), None)
