"""A detected grid (RawTable) -> a FinancialTable: rows classified, cells in pounds, checked."""

from __future__ import annotations

import dataclasses
import itertools
import re
from decimal import Decimal

from pipeline.models import CellFlag, Document, FinancialTable, TableCheck, TableRow

from ..vocabulary import currency_in
from .checks import TableArithmetic, WorkRow
from .grid import RawRow, RawTable
from .headers import column, is_year_column, scale_of
from .numbers import Cell, Reading, parse_cell
from .quantity import column_quantity, is_month_year_line

_TOTAL = re.compile(r"^(grand\s+)?totals?\b|\btotals?$|\bfunding\s+requirement\b|^net\s+total|"
                    r"\btotal\s+(funding|expenditure|income|spend|budget|cost)", re.I)
# A row marked as a sub-item by a leading dash ("- Property funds", "– Bond funds") lists a part
# of the item printed just above it, which carries a figure of its own (a sector limit over its
# funds' limits): that item is its section. Under a heading the heading stays the section.
_SUB_ITEM = re.compile(r"^[-–]\s+\w")
_ROW_TOTAL = re.compile(r"^(gross|totals?)\b|\b(inc|incl|including)\.?\s+vat\b", re.I)
_CONTINUES = re.compile(r"(&|\(|,|/|-|\band|\bof|\bfor|\bthe)$", re.I)
_MAX_PLACEMENTS = 60
# A label-only line that ends a sentence leading into the rows ("The net impact on our reserves
# balances is:" under "MEMORANDUM:") introduces them; the heading above it stays their section.
_LEAD_IN = re.compile(r"\b(?:is|are|was|were|as\s+follows|follows|includes?|comprises?|below)\s*:$", re.I)


def _whole_numbers(table: RawTable) -> bool:
    tokens = [c.text for r in table.rows for c in r.numbers]
    decimals = sum(1 for t in tokens if re.search(r"\d\.\d", t))
    return decimals <= 0.1 * max(len(tokens), 1)


def _near_copy(above: str | None, text: str) -> bool:
    """The same figure as the cell above, or one OCR character away from it ("1,037"/"1,637")."""
    if above is None or len(above) != len(text) or len(text) < 3:
        return False
    return sum(a != b for a, b in zip(above, text, strict=True)) <= 1


def _is_ghost(label: str | None, cells: list[Cell], row: RawRow, prev: WorkRow | None,
              prev_src: RawRow | None) -> bool:
    """An OCR ghost line: mostly unreadable cells, or an unlabelled near-copy of the line above."""
    unreadable = sum(1 for c in cells if c.readings[0].flag == "unreadable")
    if unreadable >= max(2, len(cells) / 2):
        return True
    if label is None and prev is not None and prev_src is not None and row.cells and prev_src.cells:
        pairs = [(a.text, b.text) for a, b in zip(row.cells, prev_src.cells, strict=False) if a and b]
        copies = sum(1 for a, b in pairs if _near_copy(b, a) or a == b)
        return len(pairs) >= 3 and copies >= 0.6 * len([c for c in row.cells if c])
    return False


# A footnote marker after a label ("HAPTC*": approved at the last meeting) is not its name; nor
# is the colon a heading ends with ("Payments:").
_FOOTNOTE_MARK = re.compile(r"\s*[*†‡]+$")


def _printed_label(text: str, heading: bool) -> str:
    label = _FOOTNOTE_MARK.sub("", " ".join(text.split())) or " ".join(text.split())
    return label[:-1].rstrip() if heading and label.endswith(":") and len(label) > 1 else label


def _merge_headings(rows: list[RawRow]) -> list[tuple[RawRow, str | None]]:
    """Label-only rows that wrap ("Temporary additional capacity (service &" + "corporate); ...")
    become one heading. Returns (row, label) pairs."""
    out: list[tuple[RawRow, str | None]] = []
    for row in rows:
        label = _printed_label(row.label.text, heading=not row.numbers) if row.label else None
        heading = not row.numbers
        if heading and label and out:
            prev_row, prev_label = out[-1]
            if not prev_row.numbers and prev_label and (
                _CONTINUES.search(prev_label) or label[:1].islower()
            ):
                # Grid rows need not follow reading order: the merged span is the hull of both.
                merged = RawRow(label=prev_row.label, cells=prev_row.cells, numbers=[],
                                start=min(prev_row.start, row.start), end=max(prev_row.end, row.end),
                                page=prev_row.page)
                out[-1] = (merged, f"{prev_label} {label}")
                continue
        out.append((row, label))
    return out


def _in_column_units(cells: list[Cell], columns: tuple[int, ...], not_money: dict[int, str]) -> list[Cell]:
    """The cells under a percent column read as percentages, though printed without a "%"."""
    return [dataclasses.replace(c, percent=True) if not_money.get(col) == "percent" else c
            for c, col in zip(cells, columns, strict=False)] + cells[len(columns):]


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_CURRENCY = re.compile(r"[£$€]")
_MIN_SIGNED = 2  # money figures printed with their sign before a column is known to print them so


def _years_among_money(raw: RawTable) -> set[int]:
    """Columns of years (`headers.is_year_column`), and columns whose money is printed with a
    currency sign ("$45,000", "$7,500") but which also hold bare years ("2025"): a year column
    camelot ran into the figures (a slide's capital forecast). Those years are not amounts."""
    out = set()
    for j in range(len(raw.columns)):
        texts = [r.cells[j].text.strip() for r in raw.rows if r.cells is not None and j < len(r.cells)
                 and r.cells[j] is not None]
        years = [t for t in texts if _BARE_YEAR.fullmatch(t)]
        others = [t for t in texts if not _BARE_YEAR.fullmatch(t)]
        if years and len(others) >= _MIN_SIGNED and all(_CURRENCY.search(t) for t in others):
            out.add(j)
        elif is_year_column(raw.columns[j], texts):
            out.add(j)  # only years: a year column whatever reader let it through as figures
    return out


def _without_years(row: RawRow, columns: set[int]) -> RawRow:
    """The row without the bare years printed in `columns` (`_years_among_money`)."""
    if row.cells is None or not any(j in columns and c is not None and _BARE_YEAR.fullmatch(c.text.strip())
                                    for j, c in enumerate(row.cells)):
        return row
    cells = [None if j in columns and c is not None and _BARE_YEAR.fullmatch(c.text.strip()) else c
             for j, c in enumerate(row.cells)]
    return dataclasses.replace(row, cells=cells, numbers=[c for c in cells if c is not None])


_CHEQUE_NUMBER = re.compile(r"^\d{2,6}$")
_PENCE_FIGURE = re.compile(r"\d\.\d\d\)?$")
_MIN_CHEQUE_RUN = 2  # one whole number before pence may be a sum; a run of them numbers cheques


def _cheque_runs(raw: RawTable) -> set[int]:
    """The rows whose first figure is a cheque number lost its "CQ" header: a whole number
    before figures that all print pence, and, taken down the table, those numbers rise by one
    a row ("T H Brindley | 96 | 52.06 | 2.54 | 54.60", "F Cooper | 97 | 609.00 | 121.80 |
    730.80": a parish statement's payments, its "Payee | CQ | Net | VAT | Gross" line read as a
    heading). A cheque's number, not pounds (gold README: a reference is not a cell)."""
    rows = [i for i, r in enumerate(raw.rows) if len(r.numbers) >= 3
            and _CHEQUE_NUMBER.match(r.numbers[0].text.strip())
            and all(_PENCE_FIGURE.search(c.text.strip()) for c in r.numbers[1:])]
    numbers = [int(raw.rows[i].numbers[0].text.strip()) for i in rows]
    rising = all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
    return set(rows) if len(rows) >= _MIN_CHEQUE_RUN and rising else set()


def _without_first_figure(row: RawRow) -> RawRow:
    first = row.numbers[0]
    cells = None if row.cells is None else [None if c is first else c for c in row.cells]
    return dataclasses.replace(row, cells=cells, numbers=row.numbers[1:])


def build_table(raw: RawTable, doc: Document, dollar: str = "USD") -> FinancialTable | None:
    ncols = len(raw.columns)
    if ncols == 0:
        return None
    cheques = _cheque_runs(raw)
    if cheques:
        raw = dataclasses.replace(raw, rows=[_without_first_figure(r) if i in cheques else r
                                             for i, r in enumerate(raw.rows)])
    whole = _whole_numbers(raw)
    columns = [column(label) for label in raw.columns]
    not_money = {j: unit for j, label in enumerate(raw.columns) if (unit := column_quantity(label))}
    work: list[WorkRow] = []
    sources: list[RawRow] = []
    section: str | None = None
    above: dict[int, str] = {}  # column -> text printed in the row above
    year_columns = _years_among_money(raw)
    parent: str | None = None  # the last item not marked as a sub-item, under the same heading
    for row, label in _merge_headings(raw.rows):
        if year_columns and row.numbers:
            row = _without_years(row, year_columns)
            if not row.numbers:
                continue  # a line printing only a year beside the money: table text, no row
        if row.numbers and is_month_year_line(label, [c.text for c in row.numbers]):
            continue  # "Dec-24 | Mar-25 ..." over the columns, years split off as figures: header
        if raw.grouped:
            section = row.section
        if not row.numbers:
            if not label or sum(ch.isalnum() for ch in label) < 2:
                continue  # an empty or junk line
            if not (_LEAD_IN.search(row.label.text.strip()) and work and work[-1].kind == "heading"):
                section = label
            parent = None
            work.append(WorkRow(label=label, kind="heading", section=None, numbers=[], placements=[]))
            sources.append(row)
            continue
        cells = [parse_cell(c.text, whole) for c in row.numbers]
        if row.cells is not None:
            placements = [tuple(j for j, c in enumerate(row.cells) if c is not None)]
            # OCR sometimes copies a figure from the line above; 0 becomes a candidate reading
            # that only the table's sums can select.
            for pos, col in enumerate(placements[0]):
                value = cells[pos].value
                if value and _near_copy(above.get(col), row.numbers[pos].text):
                    cells[pos] = dataclasses.replace(cells[pos], readings=(
                        *cells[pos].readings, Reading(Decimal(0), "ocr_copied_from_row_above")))
            above = {col: row.numbers[pos].text for pos, col in enumerate(placements[0])}
            cells = _in_column_units(cells, placements[0], not_money)
        else:
            options = list(itertools.combinations(range(ncols), len(cells)))
            placements = options[:_MAX_PLACEMENTS] if options else [tuple(range(min(ncols, len(cells))))]
            cells = cells[: len(placements[0])]
        kind = "item"
        if label is None:
            kind = "subtotal"
        elif _TOTAL.search(label):
            kind = "total"
        if _is_ghost(label, cells, row, work[-1] if work else None, sources[-1] if sources else None):
            kind = "ghost"
        row_section = section
        if label is not None and _SUB_ITEM.match(label):
            row_section = parent or section  # "- Property funds" under "Strategic pooled funds ..."
        elif kind == "item" and not raw.grouped:
            parent = label
        else:
            parent = None
        work.append(WorkRow(label=label, kind=kind, section=row_section, numbers=cells,
                            placements=placements, flags=[] if row.cells is not None else ["placed"]))
        sources.append(row)
    if not any(r.kind != "heading" for r in work):
        return None

    arithmetic = TableArithmetic(work, ncols, grouped=raw.grouped, unsummed=frozenset(not_money))
    variance_cols = [j for j, c in enumerate(columns) if c.measure == "variance"]
    arithmetic.discover_identities(variance_cols)
    total_cols = [j for j, c in enumerate(columns) if _ROW_TOTAL.search(c.label) and j not in variance_cols]
    arithmetic.discover_sums(total_cols, exclude=variance_cols)
    arithmetic.solve()  # row identities alone settle what they can before sums are inferred
    # A labelled row that adds up the items above it is a subtotal (its label may be OCR noise).
    items: list[int] = []
    for i, row in enumerate(work):
        if row.kind == "item":
            if arithmetic.looks_like_subtotal(i, items):
                row.kind = "subtotal"
                row.flags.append("subtotal_by_arithmetic")
                items = []
            else:
                items.append(i)
        elif row.kind != "heading":
            items = []
        else:
            items = []
    arithmetic.build_sums()
    arithmetic.solve()
    if arithmetic.derive_unreadable():
        arithmetic.solve()
    outcomes = arithmetic.outcomes([c.label for c in columns])

    scale = scale_of(raw.unit_text)
    currency = currency_in(raw.unit_text + " " + " ".join(c.text for r in raw.rows for c in r.numbers),
                           dollar)
    failed_cells = {(o.row, o.column): o for o in outcomes if not o.passed}
    rows_out: list[TableRow] = []
    for i, (row, src) in enumerate(zip(work, sources, strict=True)):
        values: list[Decimal | None] = [None] * ncols
        raws: list[str | None] = [None] * ncols
        spans: list[tuple[int, int] | None] = [None] * ncols
        flags: list[CellFlag] = []
        for pos, col in enumerate(row.columns()):
            cell = row.numbers[pos]
            reading = cell.readings[row.choice.get(pos, 0)]
            raws[col] = cell.raw
            printed = src.numbers[pos] if pos < len(src.numbers) else None
            if printed is not None:
                spans[col] = (printed.start, printed.end)
            if reading.value is not None:
                values[col] = reading.value if cell.percent or cell.in_pounds else reading.value * scale
            if cell.percent:
                flags.append(CellFlag(column=col, code="percent", raw=cell.raw))
            elif not_money.get(col):
                values[col] = reading.value  # a count of years, not pounds: not scaled
                flags.append(CellFlag(column=col, code="not_money", raw=cell.raw,
                                      message=f"the column's header gives its unit as {not_money[col]}"))
            if reading.flag:
                chosen = "" if row.choice.get(pos, 0) == 0 else " (chosen by the table's arithmetic)"
                flags.append(CellFlag(column=col, code=reading.flag, raw=cell.raw,
                                      message=f"read {cell.raw!r} as {reading.value}{chosen}"))
            if (i, col) in failed_cells:
                o = failed_cells[(i, col)]
                flags.append(CellFlag(column=col, code="check_failed", raw=cell.raw,
                                      message=f"{o.description}: expected {o.expected}, printed {o.actual}"))
        if "placed" in row.flags and row.numbers:
            flags.append(CellFlag(column=None, code="placed_by_arithmetic",
                                  message="fewer numbers than columns; placed where the table adds up"))
        if row.kind == "ghost":
            values = [None] * ncols
            flags = [CellFlag(column=None, code="ocr_ghost_row",
                              message="an OCR artefact (unreadable, or a damaged copy of the line "
                                      "above): printed text kept in raw, no values asserted")]
        if "subtotal_by_arithmetic" in row.flags:
            flags.append(CellFlag(column=None, code="subtotal_by_arithmetic",
                                  message="labelled row that adds up the rows above it"))
        mine = [o for o in outcomes if o.row == i]
        check = "unchecked" if not mine else ("passed" if all(o.passed for o in mine) else "failed")
        label_span = src.label
        rows_out.append(TableRow(
            label=row.label if row.kind != "subtotal" or label_span else None,
            section=row.section, kind="item" if row.kind == "ghost" else row.kind,  # type: ignore[arg-type]
            values=values if row.kind != "heading" else [None] * ncols,
            raw=raws, spans=spans, flags=flags, check=check,  # type: ignore[arg-type]
            label_span=(label_span.start, label_span.end) if label_span else None,
            details=src.details, columns=src.columns,
            provenance=doc.provenance(src.start, src.end),
        ))
    checks = [TableCheck(description=o.description, passed=o.passed, expected=o.expected * scale,
                         actual=o.actual * scale, row=o.row, column=o.column, rounding=o.rounding)
              for o in outcomes]
    return FinancialTable(
        title=raw.title, pages=raw.pages, unit=currency or "GBP", scale=scale, columns=columns,
        rows=rows_out, checks=checks, checks_passed=sum(c.passed for c in checks),
        header_spans=raw.header_spans if raw.header_spans is not None else [
            (raw.start, min((r.start for r in raw.rows), default=raw.start))],
        checks_failed=sum(not c.passed for c in checks),
        provenance=doc.provenance(raw.start, raw.end),
    )
