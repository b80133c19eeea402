"""Ruled tables (cell borders drawn in the PDF) -> RawTable for the normaliser.

The borders settle the rows and columns, so a row is a ruled row however many lines its cells
hold: a paragraph of project summary next to a cell of amounts is one row, not twenty.

A number column is one where most cells print amounts, two or more in the whole table (or
one with a currency sign). An amount line is a number ("25,000", "£9,506"), a labelled amount ("Four Oaks - £2,500",
"Total: £10,000", "Total = 868.23"; an amount with a currency sign or pence), an unlabelled one
("= £ 4,000"), or an amount whose label ends the line above ("Trinity Ward -" then "£1,250";
"Vesey Ward" then "£600"). Other lines of a number cell are notes ("(incl £100 deferred grant)")
and stay prose.

Leading rows of short cells with no amount in any number column are the header; their lines join per column
into the labels. When the amount lines name themselves, a row is a group: its first text column
("Good Hope Hospital Charity") is the section and each amount line is a row named by its own
label. Otherwise each ruled row is one row named by its first text column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.models import SourceTable, SourceTableCell

from ..vocabulary import MONTHS, is_account_block
from .grid import RawCell, RawRow, RawTable
from .headers import is_identifier, is_stub_header, is_unit_line, is_year_column, join_header
from .numbers import is_overflowed, looks_numeric, parse_scaled_money

_AMOUNT = r"[£$€]\s?\d[\d,]*(?:\.\d\d)?|\d[\d,]*\.\d\d"
_LABELLED = re.compile(rf"^(?P<label>.*?)\s*(?:[-–:=]\s*|\s)(?P<amount>{_AMOUNT})$")
_SEPARATOR_FIRST = re.compile(r"^[-–]\s*(?P<amount>[£$€]\s?\d[\d,]*(?:\.\d\d)?)$")
_LEADING_SEPARATOR = re.compile(rf"^[-–:=]\s*(?P<amount>{_AMOUNT})$")
_MONEY_FORM = re.compile(r"[£$€]|\d\.\d\d\)?$")  # a currency sign, or pence
_DASHES = {"-", "–", "—", "―"}
_PENDING_LABEL = re.compile(r"^(?P<label>[^£$€\d()][^£$€]{0,38}?)\s*[-–:=]?$")
# A figure in pounds opening a cell and qualified by the words after it ("£25m per fund", "£2m
# per issuer", "£30m country limit", "£75m or 5% of total fund value if greater": a treasury
# strategy's counterparty limits): the figure is the cell's amount, the words its note. Only a
# figure with its currency sign, and only lower-case words after it with no other sum of money.
_QUALIFIED = re.compile(
    r"^(?P<amount>[£$€]\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn)?)\s+(?=[a-z])[^£$€]*$")


@dataclass
class _Line:
    text: str
    start: int
    end: int


@dataclass
class _Entry:
    """One amount printed in a number cell, with the name it gives itself (if any)."""

    amount: RawCell
    label: RawCell | None


def _lines(cell: SourceTableCell) -> list[_Line]:
    if not cell.text:
        return []
    texts = cell.text.split("\n")
    spans = cell.lines or [(cell.char_start, cell.char_end)]
    if len(texts) != len(spans):  # not a ruled cell: one line
        return [_Line(" ".join(cell.text.split()), cell.char_start, cell.char_end)]
    return [_Line(t, s, e) for t, (s, e) in zip(texts, spans, strict=True)]


def _amount_at_end(line: _Line, amount: str) -> RawCell:
    return RawCell(amount, line.end - len(amount), line.end)


def _label_of(line: _Line) -> RawCell:
    """The label a line ending in a separator gives the amount below it ("Trinity Ward -")."""
    name = _PENDING_LABEL.match(line.text.strip()).group("label")
    return RawCell(name, line.start, line.start + len(name))


_DATE_BEFORE_YEAR = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>[A-Za-z]{3,9})\.?$")


def year_of_a_date(previous: str, text: str) -> bool:
    """`text` is a year alone ("2025") under a line ending in a month ("31 March"): the two
    lines are one date, as a form's column head prints it, not an amount."""
    m = _DATE_BEFORE_YEAR.search(previous)
    return bool(m and m["month"].lower() in MONTHS and re.fullmatch(r"(?:19|20)\d\d", text))


def entries(cell: SourceTableCell) -> list[_Entry]:
    """The amounts a cell prints, each with its own label where it names one."""
    out: list[_Entry] = []
    pending: _Line | None = None
    previous = ""
    for line in _lines(cell):
        text = line.text.strip()
        date_year, previous = year_of_a_date(previous, text), text
        if date_year:
            continue  # "31 March" then "2025": a column head's date, not an amount
        separated = _SEPARATOR_FIRST.match(text) if pending is not None else None
        if separated:
            # "Four Oaks" then "-£2,500": the dash separates the label from its amount
            out.append(_Entry(_amount_at_end(line, separated.group("amount")), _label_of(pending)))
            pending = None
            continue
        # a ruled cell's borders say it is one figure: "£215.8m" with its own unit is one too,
        # and so is a spreadsheet's "#####" (a figure too wide for its column: unreadable)
        if looks_numeric(text) or parse_scaled_money(text) is not None or is_overflowed(text):
            label = _label_of(pending) if pending is not None else None
            out.append(_Entry(RawCell(text, line.start, line.end), label))
            pending = None
            continue
        unlabelled = _LEADING_SEPARATOR.match(text)
        if unlabelled:
            out.append(_Entry(_amount_at_end(line, unlabelled.group("amount")), None))
            pending = None
            continue
        labelled = _LABELLED.match(text)
        if labelled and 0 < len(labelled.group("label")) <= 40 and not any(
                ch.isdigit() for ch in labelled.group("label")):
            name = labelled.group("label")
            out.append(_Entry(_amount_at_end(line, labelled.group("amount")),
                              RawCell(name, line.start, line.start + len(name))))
            pending = None
            continue
        qualified = _QUALIFIED.match(text)
        if qualified:
            amount = qualified.group("amount")
            lead = len(line.text) - len(line.text.lstrip())
            out.append(_Entry(RawCell(amount, line.start + lead, line.start + lead + len(amount)), None))
            pending = None
            continue
        pending = line if _PENDING_LABEL.match(text) else None
    return out


def _header_text(row: list[SourceTableCell], j: int) -> str:
    """A header cell's text; where a header is drawn across several columns ("2024-25" over
    "Budget | Forecast | Variance"), each column it covers takes it. A cell drawn from the first
    column across the others is the table's title, not a column's name."""
    k = j
    while k > 0 and row[k].spanned and not row[k].text:
        k -= 1
    return row[k].text if k == j or k > 0 or _heads_second_column(row, j) else ""


# A period's name in a header cell: a month ("Sept", "March") or a year ("2024", "2024-25").
_PERIOD_NAME = re.compile(
    r"^(?:(?:19|20)\d\d(?:\s?[/\-–]\s?(?:\d{2}|\d{4}))?|(?:%s)\.?)$" % "|".join(
        sorted({*MONTHS, *(m[:3] for m in MONTHS), "sept"}, key=len, reverse=True)), re.I)


def _spans_run_on(rows: list[list[SourceTableCell]]) -> list[list[SourceTableCell]]:
    """A spreadsheet's merged header cell may stop a column short of the run of periods under it
    ("Spend (inc VAT)" merged over April ... Feb, its Mar cell drawn apart and empty: the Souldern
    2021-22 spending sheet): an empty header cell just after a spanning heading, over the next
    period of the run the heading stands over, is under that heading too."""
    out = [list(r) for r in rows]
    for i in range(len(out) - 1):
        row, below = out[i], out[i + 1]
        for j in range(2, min(len(row), len(below))):
            if row[j].text or row[j].spanned or not row[j - 1].spanned:
                continue
            if not all(_PERIOD_NAME.match(_text(below[k])) for k in (j - 2, j - 1, j)):
                continue
            k = j - 1
            while k > 0 and row[k].spanned and not row[k].text:
                k -= 1
            if row[k].text:
                row[j] = row[j].model_copy(update={"spanned": True})
    return out


def _heads_second_column(row: list[SourceTableCell], j: int) -> bool:
    """A header cell drawn from the first column over the second only ("Precept figures" over
    a budget sheet's item names and its precept column): it names the second column's figures
    (the first holds the rows' names), not the table."""
    return j == 1 and (len(row) == 2 or not row[2].spanned or bool(row[2].text))


def _text(cell: SourceTableCell | None) -> str:
    return " ".join(cell.text.split()) if cell is not None else ""


def _is_number_column(rows: list[list[SourceTableCell]], found: list[list[list[_Entry]]], j: int,
                      money_header: bool = False) -> bool:
    """Most of the column's cells print amounts, and it prints two, or one written as money (a
    currency sign: a one-row table of a single grant; pence: the one VAT figure of a payments
    list) or under a header that gives the unit ("Increase £'000" over a total's change)."""
    filled = [f[j] for r, f in zip(rows, found, strict=True)
              if j < len(r) and r[j].text and _text(r[j]) not in _DASHES]
    first = next((k for k, cell in enumerate(filled) if cell), 0)
    filled = filled[first:]  # the column's header above its first amount is not counted
    amounts = [e.amount.text for cell in filled for e in cell]
    with_amounts = sum(1 for cell in filled if cell)
    return bool(amounts) and 2 * with_amounts >= len(filled) and (
        len(amounts) >= 2 or money_header or any(_MONEY_FORM.search(a) for a in amounts))


def _wordy(cells: list[SourceTableCell]) -> bool:
    """Most cells hold words (a payee, a ward), not dates or reference numbers."""
    filled = [c for c in cells if c.text]
    wordy = [c for c in filled
             if sum(ch.isalpha() for ch in c.text) > sum(ch.isdigit() for ch in c.text)]
    return bool(filled) and 2 * len(wordy) >= len(filled)


# A column of short codes ("GET", "CYPE", "DCED": a directorate; "R104": a cost centre) says
# which group a row belongs to; the row's name is the first column of words after it.
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9&/.\-]{0,7}$")


# One short capital name is as likely an acronym payee ("OALC", "HMRC") as a code: a column is
# read as codes only over at least this many rows.
_MIN_CODE_ROWS = 2


def _codes(cells: list[SourceTableCell]) -> bool:
    names = [_text(c) for c in cells if c.text]
    return len(names) >= _MIN_CODE_ROWS and sum(1 for n in names if _CODE.match(n)) >= 0.8 * len(names)


MAX_HEADER_CELL = 80  # characters: a header cell names a column; a longer cell is a row's text
_MAX_HEADING = 120  # characters: a heading row is a title line, not a paragraph carried over


def _heading(row: list[SourceTableCell]) -> RawCell | None:
    """The row's only text, when it is printed in the first cell and short enough to be a heading."""
    filled = [j for j, c in enumerate(row) if c.text.strip()]
    if filled != [0] or len(_text(row[0])) > _MAX_HEADING:
        return None
    return RawCell(_text(row[0]), row[0].char_start, row[0].char_end)


def _notes_columns(body: list[list[SourceTableCell]], width: int) -> set[int]:
    """Columns of prose beside the figures (a statutory form's "Notes and guidance": "Total
    balances and reserves at the beginning of the year as recorded ..."): most of their body
    cells are longer than a header cell can be. Their header cell is long too (the column's own
    guidance, "Please round all figures to nearest £1. Do not leave any boxes blank ..."), and
    that does not end the header of the figures beside it."""
    out = set()
    for j in range(1, width):
        filled = [_text(r[j]) for r in body if j < len(r) and r[j].text.strip()]
        if filled and 2 * sum(len(t) > MAX_HEADER_CELL for t in filled) > len(filled):
            out.add(j)
    return out


# A date opening each line of a name cell ("04/04/2023 OALC"): a date column printed in the same
# cell as the descriptions, the line's date, not part of its name.
_LINE_DATE = re.compile(r"^(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s+(?=\S)")


def _line_labels(cell: SourceTableCell, found: list[list[_Entry]], numeric: list[int],
                 depth: int) -> list[tuple[RawCell, str | None]] | None:
    """A spreadsheet printed with its border only (one ruled cell holding every line of a column:
    dates and payees, then amounts): when the name cell has exactly one line per line of figures
    and every number column prints one figure a line, each line's name (and its date) is that
    line's. None otherwise (a wrapped name, or notes between the figures)."""
    lines = [ln for ln in _lines(cell) if ln.text.strip()]
    if depth < 2 or len(lines) != depth or any(len(found[j]) not in (0, depth) for j in numeric):
        return None
    out = []
    for line in lines:
        text = line.text.strip()
        lead = len(line.text) - len(line.text.lstrip())
        m = _LINE_DATE.match(text)
        skip = m.end() if m else 0
        name = text[skip:]
        start = line.start + lead
        # The span covers the line's date too: printed in the table, it is no date of the prose.
        out.append((RawCell(name, start, start + skip + len(name)), m.group("date") if m else None))
    return out


def _merged_groups(rows: list[list[SourceTableCell]]) -> list[tuple[int, int]]:
    """Runs of columns (first, last) that most rows draw as one cell (text in the first, the
    others spanned) and that no row fills in two places: one column cut up by a few rows'
    borders (a capital forecast's first year split into three lines of its own)."""
    width = max(len(r) for r in rows)
    filled = [r for r in rows if any(c.text for c in r)]
    groups = []
    j = 0
    while j < width:
        k = j
        while k + 1 < width and 2 * sum(1 for r in filled if k + 1 < len(r) and r[k + 1].spanned) > len(filled):
            k += 1
        if k > j and not any(sum(1 for c in r[j:k + 1] if c.text) > 1 for r in filled):
            groups.append((j, k))
        j = k + 1
    return groups


def _merge_columns(rows: list[list[SourceTableCell]]) -> list[list[SourceTableCell]]:
    """`rows` with each `_merged_groups` run of columns read as one column."""
    groups = _merged_groups(rows)
    if not groups:
        return rows
    starts = {j: k for j, k in groups}
    inside = {c for j, k in groups for c in range(j + 1, k + 1)}
    out = []
    for r in rows:
        new = []
        for j, c in enumerate(r):
            if j in inside:
                continue
            if j in starts:
                c = next((x for x in r[j:starts[j] + 1] if x.text), c)
                c = c.model_copy(update={"spanned": False})
            new.append(c)
        out.append(new)
    return out


def _level_labels(cell: SourceTableCell, found: list[list[_Entry]], numeric: list[int], depth: int,
                  height_at: Callable[[int], float | None]) -> list[tuple[RawCell, str | None]] | None:
    """A year's cell of a capital forecast listing more projects than it costs ("Pick Up Truck
    Final payments" ... "Underground Tank at Ski Hill Road" beside one "$50,000"): each figure
    is named by the line of the name cell printed level with it. None where the heights are not
    known or two figures are level with one line."""
    lines = [ln for ln in _lines(cell) if ln.text.strip()]
    if len(lines) <= depth:
        return None
    tops = [height_at(ln.start + len(ln.text) - len(ln.text.lstrip())) for ln in lines]
    out, used = [], set()
    for k in range(depth):
        amount = next((found[j][k].amount for j in numeric if k < len(found[j])), None)
        y = height_at(amount.start) if amount is not None else None
        if y is None or any(t is None for t in tops):
            return None
        best = min(range(len(lines)), key=lambda i: abs(tops[i] - y))  # type: ignore[operator]
        if best in used:
            return None
        used.add(best)
        line = lines[best]
        lead = len(line.text) - len(line.text.lstrip())
        text = line.text.strip()
        out.append((RawCell(text, line.start + lead, line.start + lead + len(text)), None))
    return out


def _names_a_row(above: list[list[SourceTableCell]], row: list[SourceTableCell],
                 below: list[list[SourceTableCell]]) -> bool:
    """Under a header that leaves the row names' column blank ("| Time limit | Counterparty
    limit | Sector limit"), a row that fills it ("The UK Government | 50 years | unlimited") is
    the first row of the table, though it prints no amount: a header names columns, not rows.
    Not where a header line that leaves it blank follows ("Investment Fund | Book cost | ..."
    over "| | Income | Total" and a "£m" line: the name of the names' column)."""
    if not above or not row or not row[0].text.strip() or any(
            r and r[0].text.strip() for r in above) or any(not (r and r[0].text.strip()) for r in below):
        return False
    name = _text(row[0])
    return not is_stub_header(name) and not is_unit_line(name) and not _PERIOD_NAME.match(name)


def _joined(a: SourceTableCell, b: SourceTableCell) -> SourceTableCell:
    """Two cells of one column, one under the other, as one cell of their lines."""
    if not b.text:
        return a
    if not a.text:
        return b
    spans = (a.lines or [(a.char_start, a.char_end)]) + (b.lines or [(b.char_start, b.char_end)])
    return a.model_copy(update={"text": f"{a.text}\n{b.text}", "char_start": min(a.char_start, b.char_start),
                                "char_end": max(a.char_end, b.char_end), "lines": spans})


def _year_blocks(data: list[list[SourceTableCell]], found: list[list[list[_Entry]]], pages: list[int],
                 by_year: int, named_by: int, numeric: list[int]):
    """A capital forecast whose year cell is drawn over several ruled rows of projects, one
    project a row (shaded bands), while its figures stand in one cell drawn over the whole year
    ("2024 | Tandem Truck ... Year 2 of 5 | $90,000" then four more rows of projects, the
    $90,000 level with the last, "Pick Up Truck Year 1 of 5"): the rows of a year that print no
    year and no figure are more lines of that year's names, so each figure is named by the
    line level with it (`_level_labels`), not by the year's first project."""
    rows: list[list[SourceTableCell]] = []
    entries_of: list[list[list[_Entry]]] = []
    pages_of: list[int] = []
    absorbed: list[SourceTableCell] = []
    for row, f, page in zip(data, found, pages, strict=True):
        def blank(j: int, row=row, f=f) -> bool:
            return j >= len(row) or (not row[j].text.strip() and not f[j])
        continues = (rows and blank(by_year) and all(blank(j) for j in numeric) and named_by < len(row)
                     and row[named_by].text.strip() and pages_of[-1] == page
                     and by_year < len(rows[-1]) and named_by < len(rows[-1]))
        if continues:
            last = rows[-1]
            rows[-1] = [*last[:named_by], _joined(last[named_by], row[named_by]), *last[named_by + 1:]]
            absorbed += [c for c in (last[named_by], *row) if c.text]
            continue
        rows.append(list(row))
        entries_of.append(f)
        pages_of.append(page)
    return rows, entries_of, pages_of, absorbed


_TOTAL_WORD = re.compile(r"^(?:grand\s+|sub-?\s?)?totals?\b", re.I)


def _total_elsewhere(row: list[SourceTableCell], text_columns: list[int]) -> SourceTableCell | None:
    """A totals line whose names' cell is blank and whose "Totals" stands in another column of
    words ("| | Totals | | 1,483.75 | 110.48 | 1,594.23" under "Payee | Description | CQ": a
    parish payments list's total, printed under the descriptions): that word names the row."""
    return next((row[j] for j in text_columns if j < len(row) and _TOTAL_WORD.match(_text(row[j]))), None)


def ruled_to_raw(parts: list[SourceTable], height_at: Callable[[int], float | None] | None = None) -> RawTable | None:
    """One table from its ruled parts: the grid on each page it runs over, in order.
    `height_at`: the vertical middle of the word printed at a text offset, where known."""
    rows = _merge_columns([r for part in parts for r in part.rows])
    pages = [part.page for part in parts for _ in part.rows]
    width = max(len(r) for r in rows)
    found = [[entries(r[j]) if j < len(r) else [] for j in range(width)] for r in rows]
    first_data = next((i for i, f in enumerate(found) if any(f[j] for j in range(width))), len(rows))
    # Lines drawn inside the grid above its header, each one cell across the table ("APPENDIX B -
    # CAPITAL INVESTMENT SUMMARY" / "Chief Executive's Department (CED)"; "Paid by Standing
    # Order" over "Payee | Detail | Total £s | VAT"): not the header, nor a heading that ends it.
    # The one just above the header heads the rows when it names a block of a statement of
    # accounts (`is_account_block`: their section, as such a heading is wherever it is printed);
    # else it and any above it are the title.
    top = 0
    while top < first_data and _heading(rows[top]) is not None and any(
            sum(1 for c in r if c.text.strip()) >= 2 for r in rows[top + 1:first_data]):
        top += 1
    header_end = top
    # a long cell ends the header (a paragraph carried over from the page before) unless its
    # column is a notes column
    notes = _notes_columns(rows[first_data:], width)
    while header_end < first_data and all(
            len(_text(c)) <= MAX_HEADER_CELL or j in notes for j, c in enumerate(rows[header_end])
    ) and not (header_end > top and _heading(rows[header_end]) is not None) and not _names_a_row(
            rows[top:header_end], rows[header_end], rows[header_end + 1:first_data]):
        header_end += 1  # below the header: a section heading, or text carried over from the page before
    header_rows = _spans_run_on(rows[top:header_end])
    heads = [join_header([line for r in header_rows if j < len(r)
                          for line in _header_text(r, j).split("\n")])
             for j in range(width)]
    unit_text = " ".join(_text(c) for r in rows[:header_end] for c in r if c.text)
    years = [j for j in range(width) if is_year_column(heads[j], [_text(r[j]) for r in rows[header_end:] if j < len(r)])]
    numeric = [j for j in range(width)
               if not is_identifier(heads[j]) and j not in years and _is_number_column(
                   rows, found, j, money_header=any(
                       ch in r[j].text for r in rows[:header_end] if j < len(r) for ch in "£$€"))]
    if not numeric:
        return None
    first_data = next(i for i, f in enumerate(found) if any(f[j] for j in numeric))
    header_end = min(header_end, first_data)
    labels = [heads[j] for j in numeric]
    text_columns = [j for j in range(width) if j not in numeric]
    data = rows[header_end:]
    wordy = [j for j in text_columns if _wordy([r[j] for r in data if j < len(r)])]
    # the rows that print figures say which column names them: a heading row drawn across the
    # first columns ("Significant Risks (over £10m)" over a risk register's "CYPE | High Needs
    # Spending | ...") is no name of a row, so does not make the code column look like words
    figured = [r for r, f in zip(data, found[header_end:], strict=True) if any(f[j] for j in numeric)]
    named_by = next((j for j in wordy if not _codes([r[j] for r in figured if j < len(r)])),
                    wordy[0] if wordy else text_columns[0] if text_columns else None)
    repeated = {tuple(_text(c) for c in r) for r in rows[:header_end]}
    grouped = any(e.label is not None for f in found[first_data:] for j in numeric for e in f[j])
    # A column of years left of the names groups the rows under each year (a capital forecast's
    # "2025" printed once beside that year's projects): the year is their section.
    by_year = next((j for j in years if named_by is not None and j < named_by), None)
    if by_year is not None and named_by is not None and height_at is not None:
        data, found_data, pages_data, absorbed = _year_blocks(data, found[header_end:], pages[header_end:],
                                                              by_year, named_by, numeric)
    else:
        absorbed = []
        found_data, pages_data = found[header_end:], pages[header_end:]
    year: str | None = None
    # the lines of a year's block are table text, naming a figure or not ("Tandem Truck (replace
    # 2005) Year 2 of 5" with no estimate that year: its years are no dates of the prose)
    header = [c for r in rows[:header_end] for c in r if c.text] + absorbed
    raw_rows: list[RawRow] = []
    caption = _heading(rows[top - 1]) if top else None
    if caption is not None and is_account_block(caption.text):
        raw_rows.append(RawRow(label=caption, cells=[None] * len(numeric), numbers=[],
                               start=caption.start, end=caption.end, page=pages[top - 1]))
    group: str | None = None  # a ruled row with no name of its own continues the group above
    for row, f, page in zip(data, found_data, pages_data, strict=True):
        if tuple(_text(c) for c in row) in repeated:
            header += [c for c in row if c.text]  # the header printed again on the next page
            continue
        name_cell = row[named_by] if named_by is not None and named_by < len(row) and row[named_by].text else None
        if name_cell is None:
            name_cell = _total_elsewhere(row, text_columns)
        name = (RawCell(_text(name_cell), name_cell.char_start, name_cell.char_end)
                if name_cell is not None else None)
        details = {heads[j] or f"Column {j + 1}": _text(row[j]) for j in text_columns
                   if j != named_by and j < len(row) and row[j].text}
        depth = max(len(f[j]) for j in numeric)
        heading = _heading(row)
        if by_year is not None and by_year < len(row) and _text(row[by_year]):
            year = _text(row[by_year])
        if depth == 0 and by_year is not None:
            # a year with nothing planned in it, or projects with no estimate that year ("Pump 2
            # Year 3 of 5"): kept as table text (its years are no dates of the prose)
            header += [c for c in row if c.text]
            continue
        if depth == 0 and heading is not None and not grouped:
            # A row printing only words in its first cell ("Potential Forthcoming Projects"):
            # the heading of the rows below it, which the normaliser makes their section.
            raw_rows.append(RawRow(label=heading, cells=[None] * len(numeric), numbers=[],
                                   start=heading.start, end=heading.end, page=page))
            continue
        if depth == 0:
            continue  # text run on from the row above (a summary continued over a page)
        if grouped and name is not None:
            group = name.text
        printed = [c for c in row if c.text]
        start, end = min(c.char_start for c in printed), max(c.char_end for c in printed)
        by_line = _line_labels(name_cell, f, numeric, depth) if name_cell is not None and not grouped else None
        if by_line is None and by_year is not None and name_cell is not None and height_at is not None:
            by_line = _level_labels(name_cell, f, numeric, depth, height_at)
        for k in range(depth):
            cells = [f[j][k].amount if k < len(f[j]) else None for j in numeric]
            own = next((f[j][k].label for j in numeric if k < len(f[j]) and f[j][k].label), None)
            if by_line is not None:
                # One line of the name cell per line of figures: each names its own line.
                label, line_date = by_line[k]
                printed_here = [c for c in cells if c is not None]
                raw_rows.append(RawRow(label=label, cells=cells, numbers=printed_here,
                                       start=min(label.start, *(c.start for c in printed_here)),
                                       end=max(label.end, *(c.end for c in printed_here)), page=page,
                                       details={"Date": line_date} if line_date else {}, section=year))
                continue
            if grouped:
                label = own
                span = [c for c in cells if c is not None] + ([own] if own else [])
                row_start, row_end = min(c.start for c in span), max(c.end for c in span)
            elif by_line is not None:
                # borders round the columns only: line k of the names is the name of figure k
                label, dated = by_line[k]
                span = [c for c in cells if c is not None] + [label]
                row_start, row_end = min(c.start for c in span), max(c.end for c in span)
            else:
                label = name
                row_start, row_end = start, end
            row_details = {} if grouped else details
            if by_line is not None and by_line[k][1]:
                row_details = {**details, "Date": by_line[k][1]}
            raw_rows.append(RawRow(label=label, cells=cells, numbers=[c for c in cells if c is not None],
                                   start=row_start, end=row_end, page=page,
                                   section=(name.text if name else group) if grouped else year,
                                   details=row_details))
    if not raw_rows:
        return None
    used = header + [c for r in data for c in r if c.text]
    title_at = top - 2 if raw_rows and raw_rows[0].label is caption and caption is not None else top - 1
    return RawTable(title=_text(rows[title_at][0]) if top and title_at >= 0 else None, columns=labels,
                    rows=raw_rows, unit_text=unit_text,
                    start=min(c.char_start for c in used), end=max(c.char_end for c in used),
                    pages=sorted({p for p in pages if p}), grouped=grouped or by_year is not None,
                    header_spans=[span for c in header for span in (c.lines or [(c.char_start, c.char_end)])])
