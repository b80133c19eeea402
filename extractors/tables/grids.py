"""Tables the ingest already found as grids (Document.tables: PDF whitespace tables located by
camelot stream on candidate pages, HTML `<table>`s) -> RawTable for the normaliser.

Number columns are the columns where at least two cells are numbers; the row label is the text of
the other columns (left to right). Rows above the first row with a number are the header: a row
with a single long cell there is the title, the rest are joined per column into the labels. A
table at the top of the next page with the same number columns and no header of its own (or the
same header again) continues the table before it.
"""

from __future__ import annotations

from pipeline.models import Document, SourceTable

from .grid import RawCell, RawRow, RawTable
from .numbers import looks_numeric


def _numeric_columns(table: SourceTable) -> list[int]:
    width = max(len(r) for r in table.rows)
    counts = [0] * width
    for row in table.rows:
        for j, cell in enumerate(row):
            if looks_numeric(cell.text):
                counts[j] += 1
    return [j for j, n in enumerate(counts) if n >= 2]


def grid_to_raw(table: SourceTable) -> RawTable | None:
    if not table.rows:
        return None
    numeric = _numeric_columns(table)
    if not numeric:
        return None
    first_data = next((i for i, row in enumerate(table.rows)
                       if any(j < len(row) and looks_numeric(row[j].text) for j in numeric)), None)
    if first_data is None:
        return None
    title = None
    labels = [""] * len(numeric)
    unit_bits = []
    for row in table.rows[:first_data]:
        filled = [c for c in row if c.text.strip()]
        unit_bits += [c.text for c in filled]
        if len(filled) == 1 and len(filled[0].text) > 15 and title is None:
            title = filled[0].text.strip()
            continue
        for k, j in enumerate(numeric):
            if j < len(row) and row[j].text.strip():
                labels[k] = f"{labels[k]} {row[j].text.strip()}".strip()
    rows = []
    for row in table.rows[first_data:]:
        label_cells = [c for j, c in enumerate(row) if j not in numeric and c.text.strip()]
        label = None
        if label_cells:
            label = RawCell(" ".join(c.text.strip() for c in label_cells), label_cells[0].char_start,
                            label_cells[-1].char_end)
        cells = [RawCell(row[j].text.strip(), row[j].char_start, row[j].char_end)
                 if j < len(row) and row[j].text.strip() else None for j in numeric]
        numbers = [c for c in cells if c is not None]
        spans = [c.char_start for c in row if c.text] + [c.char_end for c in row if c.text]
        rows.append(RawRow(label=label, cells=cells, numbers=numbers, start=min(spans),
                           end=max(spans), page=table.page))
    return RawTable(title=title, columns=[lb or f"Column {k + 1}" for k, lb in enumerate(labels)],
                    rows=rows, unit_text=" ".join([title or "", *labels, *unit_bits]),
                    start=table.char_start, end=table.char_end,
                    pages=[table.page] if table.page else [])


def _continues(prev: RawTable, nxt: RawTable) -> bool:
    same_shape = len(prev.columns) == len(nxt.columns)
    next_page = bool(prev.pages and nxt.pages and nxt.pages[0] == prev.pages[-1] + 1)
    no_header = all(c.startswith("Column ") for c in nxt.columns) or nxt.columns == prev.columns
    return same_shape and next_page and no_header


def source_tables(doc: Document) -> list[RawTable]:
    out: list[RawTable] = []
    for table in doc.tables:
        raw = grid_to_raw(table)
        if raw is None:
            continue
        if out and _continues(out[-1], raw):
            prev = out[-1]
            prev.rows.extend(raw.rows)
            prev.start, prev.end = min(prev.start, raw.start), max(prev.end, raw.end)
            prev.pages = sorted(set(prev.pages) | set(raw.pages))
            continue
        out.append(raw)
    return out
