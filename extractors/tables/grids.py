"""Tables the ingest already found as grids (Document.tables: PDF whitespace tables located by
camelot stream on candidate pages, HTML `<table>`s) -> RawTable for the normaliser.

Number columns are the columns where at least two cells are numbers; the row label is the text of
the other columns (left to right). Rows above the first row with a number are the header: a row
with a single long cell there is the title, the rest are joined per column into the labels. A
table at the top of the next page with the same number columns and no header of its own (or the
same header again) continues the table before it.
"""

from __future__ import annotations

import bisect
import re

from pipeline.models import Document, SourceTable, SourceTableCell, Word, Words, word_starts

from ..furniture import furniture_lines, raw_lines
from ..vocabulary import is_account_block
from .grid import RawCell, RawRow, RawTable
from .headers import is_identifier, is_stub_header, is_unit_line, is_year_column, scale_of
from .numbers import looks_numeric
from .ruled import MAX_HEADER_CELL as _MAX_RULED_HEADER_CELL
from .ruled import entries, ruled_to_raw, year_of_a_date

# A cell printing what an amount is for and the amount: "Four Oaks - £1,250", "Total: £1,000".
_LABELLED_AMOUNT = re.compile(r"^(?P<label>[^£$]{1,60}?)\s*[-–:=]\s*(?P<amount>[£$]\s?[\d,]+(?:\.\d\d)?)$")


def _split_money(text: str) -> tuple[str, str] | None:
    """(label, amount) of a labelled-amount cell, or None."""
    m = _LABELLED_AMOUNT.match(text.strip())
    return (m.group("label").strip(), m.group("amount")) if m else None


# A figure with the tick its checker wrote beside it ("15.00 OK"), or with the footnote mark
# printed before it ("* -19,045.4": see the note below the table), or a symbol-font glyph after it
# (a circled note number: "350.00 \uf06b" in a private-use code point): the figure is the cell's.
_TICKED = re.compile(r"^(?:[*†‡]+\s*(\S+)|(\S+)\s+(?:ok|✓|✔|[\ue000-\uf8ff]))$", re.I)


def _ticked_figure(text: str) -> tuple[str, int] | None:
    """(figure, where it starts in `text`) of a ticked or footnoted figure, else None."""
    m = _TICKED.match(text)
    if not m:
        return None
    group = 1 if m.group(1) else 2  # after the mark (ends the cell), or before the tick (opens it)
    return (m.group(group), m.start(group)) if looks_numeric(m.group(group)) else None


def _numberish(text: str) -> bool:
    t = text.strip()
    return looks_numeric(t) or _split_money(t) is not None or _ticked_figure(t) is not None


# Paragraph numbers down the margin of a report or minutes ("73.", "73.1", "2.10"): numbers,
# but the grid is numbered prose, not a table of amounts.
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.(?:\d{1,2}\.?)?$")


# Minutes number only the items with sub-paragraphs ("73.2" then "75.1"): the next numbered line
# may be a few items on; amounts jump further ("3.20", "12.50").
_MAX_SECTION_STEP = 5


def _paragraph_numbers(texts: list[str]) -> bool:
    """The column's numbers are paragraph numbers in reading order, each in the same section as
    the one before or one a few items on ("2.1", "2.2", "3.1")."""
    numbers = [t for t in texts if _numberish(t)]
    if len(numbers) < 2 or not all(_PARAGRAPH_NUMBER.match(t) for t in numbers):
        return False
    keys = [tuple(int(p) for p in t.split(".") if p) for t in numbers]
    if not any(re.search(r"\.\d?$", t) for t in numbers):
        # every one with two decimals: amounts in pence ("1.50", "2.00"), unless each is the next
        # paragraph of one section ("2.11", "2.12", "2.13" down a treasury report's margin)
        return _next_paragraphs(keys)
    return all(b > a and b[0] - a[0] <= _MAX_SECTION_STEP for a, b in zip(keys, keys[1:], strict=False))


# Two-decimal paragraph numbers are told from pence by running on one by one; two in a row may be
# two prices a penny apart, this many are a numbered run.
_MIN_NEXT_PARAGRAPHS = 3


def _next_paragraphs(keys: list[tuple[int, ...]]) -> bool:
    """Each number is the one after the number before it in the same section (2.11, 2.12, 2.13)."""
    return len(keys) >= _MIN_NEXT_PARAGRAPHS and all(
        len(a) == len(b) == 2 and b[0] == a[0] and b[1] == a[1] + 1
        for a, b in zip(keys, keys[1:], strict=False))


def _numeric_columns(table: SourceTable) -> list[int]:
    width = max(len(r) for r in table.rows)
    counts = [0] * width
    for row in table.rows:
        for j, cell in enumerate(row):
            if _numberish(cell.text):
                counts[j] += 1
    return [j for j, n in enumerate(counts)
            if n >= 2 and not _paragraph_numbers([_text_at(r, j) for r in table.rows])
            and not _line_numbers([_text_at(r, j) for r in table.rows])]


# A statutory return numbers its lines ("1 Balances Brought Forward", "2 Annual Precept", ... in
# a town council's annual return): a column of whole numbers counting up from 1, one a row, at
# least this many, is those numbers, not amounts.
_MIN_LINE_NUMBERS = 3


def _line_numbers(texts: list[str]) -> bool:
    numbers = [t for t in texts if _numberish(t)]
    return (len(numbers) >= _MIN_LINE_NUMBERS and all(t.isdigit() for t in numbers)
            and [int(t) for t in numbers] == list(range(1, len(numbers) + 1)))


def _text_at(row, j: int) -> str:
    return row[j].text.strip() if j < len(row) else ""


# A header row is short (not a sentence of prose): in all, or cell by cell when it names many
# columns ("Core | External | Total" over each of four years).
_MAX_HEADER_ROW = 60
_MAX_HEADER_CELL = 25
_MIN_HEADER_CELLS = 3


def _year_header(row, numeric: list[int]) -> bool:
    """A row naming the years of its columns ("2025 | 2026 | 2027 | 2028" over a capital
    forecast): every figure over the number columns a year, two or more, rising. Numbers, but
    the columns' names, not amounts."""
    texts = [_text_at(row, j) for j in numeric if _text_at(row, j)]
    if len(texts) < 2 or not all(_YEAR_WORD.match(t) for t in texts):
        return False
    years = [int(t) for t in texts]
    others = [c.text for j, c in enumerate(row) if j not in numeric and c.text.strip()]
    # A year may head two columns side by side ("2018 | 2018" over "Net Expenditure | Budget"
    # in a town council's notes to its accounts) where the row prints nothing else.
    rising = all(b > a or (b == a and not others) for a, b in zip(years, years[1:], strict=False))
    return rising and not any(_numberish(t) for t in others)


def _years_over_header(rows, k: int, numeric: list[int]) -> bool:
    """A line printing only years over the number columns (one year over a note's one column:
    "2018" / "£" / "Net" / "Expenditure" in a town council's notes to its accounts) over a line
    of words or units alone: the top line of the header, not a row of figures."""
    row = rows[k]
    texts = [_text_at(row, j) for j in numeric if _text_at(row, j)]
    if not texts or not all(_YEAR_WORD.match(t) for t in texts) or any(
            c.text.strip() for j, c in enumerate(row) if j not in numeric):
        return False
    below = rows[k + 1] if k + 1 < len(rows) else None
    return below is not None and any(c.text.strip() for c in below) and not any(
        _numberish(c.text) for c in below)


def _is_header_row(row, numeric: list[int]) -> bool:
    """Column headings: words over a number column, in a short row (not a sentence of prose)."""
    if _year_header(row, numeric):
        return True
    if _caption_left(row, numeric):
        return False
    filled = [c.text.strip() for c in row if c.text.strip()]
    text = " ".join(filled)
    short = len(text) <= _MAX_HEADER_ROW or (
        len(filled) >= _MIN_HEADER_CELLS and max(map(len, filled)) <= _MAX_HEADER_CELL)
    return (short and not text.endswith(":")
            and any(_text_at(row, j) and not _numberish(_text_at(row, j)) for j in numeric))


def _caption_left(row, numeric: list[int]) -> bool:
    """A short line printed wholly left of the number columns over a header row ("(b) Payments |
    Due" over "Cheques Issued | ... | Chq No"): the table's caption, not a wrapped column name;
    the header block stops below it (a letterhead above it names no column)."""
    filled = [j for j, c in enumerate(row) if c.text.strip()]
    if filled == [0] and 0 in numeric and len(_text_at(row, 0).split()) >= _MIN_TITLE_WORDS:
        # A table printing figures before its labels has a number column first: a line of
        # several words there alone, over the column names, is the caption all the same.
        return True
    return bool(filled) and bool(numeric) and max(filled) < min(numeric)


# A column name's first line holds a word or three ("Variation to"); a caption more.
_MIN_TITLE_WORDS = 4


def _is_fragment(row) -> bool:
    text = " ".join(c.text.strip() for c in row if c.text.strip())
    return 0 < len(text) <= 20 and not text.endswith(":")


def _labels_in_body(body, numeric: list[int]) -> dict[int, str]:
    """Column names printed in a row of the body with no figures, as label cells ending in a
    colon over a number column ("Budget:"), by position in `numeric`; the other names that row
    prints over number columns name theirs, colon or not ("Payments: | | Orig Budget: | Rev
    Budget | Bank a/c:")."""
    out: dict[int, str] = {}
    for row in body:
        if any(_numberish(_text_at(row, j)) for j in numeric):
            continue
        texts = [_text_at(row, j) for j in numeric]
        if not any(len(t) > 1 and t.endswith(":") for t in texts):
            continue
        for k, text in enumerate(texts):
            if len(text) > 1 and k not in out and sum(ch.isalpha() for ch in text) >= 2:
                out[k] = text.removesuffix(":").strip()
    return out


def _is_section_heading(row, numeric: list[int], label_column: int = 0) -> bool:
    """A short line printed in the column of row names only, over rows of figures ("Cheques
    Issued", "Receipts"; "RESERVES" at the top of a budget's second page): it heads the rows
    below it."""
    filled = [j for j, c in enumerate(row) if c.text.strip()]
    if len(filled) != 1 or filled[0] in numeric or filled[0] not in (0, label_column):
        return False
    text = _text_at(row, filled[0])
    return 0 < len(text) <= 60 and not _numberish(text)


# Lines a whitespace table's header block takes (names over two or three lines, a unit line): a
# line further up with text at the left is read as the caption and joins the column names.
_MAX_HEADER_LINES = 4
# A section heading just above the first rows may wrap ("Funding per the Local Government Finance
# Settlement &" / "Local Taxation"): this many lines.
_MAX_HEADING_LINES = 2
_WRAPS = re.compile(r"(?:&|,|\band|\bof|\bfor|\bthe)$", re.I)  # a heading line that runs on below


def _segments(table: SourceTable, numeric: list[int]) -> list[tuple[int, int, int, int]]:
    """(start, header_start, first_data, end) per table in the grid: a header repeated below the data
    (a second payments list under its own caption) starts a new table."""
    rows = table.rows
    has_number = [any(_numberish(_text_at(r, j)) for j in numeric) and not _year_header(r, numeric)
                  and not _years_over_header(rows, k, numeric) for k, r in enumerate(rows)]
    width = max(len(r) for r in rows)
    label_column = next((j for j in range(width) if j not in numeric
                         and _wordy_rows(table, j, numeric) >= _MIN_BESIDE_ROWS), 0)
    out = []
    i = 0
    while i < len(rows):
        first_data = next((k for k in range(i, len(rows)) if has_number[k]), None)
        if first_data is None:
            break
        for step in range(_MAX_HEADING_LINES):
            if (first_data > i and not has_number[first_data - 1]
                    and _is_section_heading(rows[first_data - 1], numeric, label_column)
                    and not _is_header_row(rows[first_data - 1], numeric)
                    and (step == 0 or _WRAPS.search(_text_at(rows[first_data - 1], label_column)))):
                first_data -= 1  # "Cheques Issued" over the payments: their section, not a caption
        header_start = first_data
        # The header block: heading rows, and short fragments of wrapped headings between them.
        while header_start > i and not has_number[header_start - 1] and first_data - header_start < _MAX_HEADER_LINES and (
                _is_header_row(rows[header_start - 1], numeric) or _years_over_header(rows, header_start - 1, numeric) or (
                    _is_fragment(rows[header_start - 1]) and not _caption_left(rows[header_start - 1], numeric))) and not (
                header_start < first_data and _heads_block(rows[header_start - 1], numeric, label_column)):
            header_start -= 1
        while header_start < first_data and not (_is_header_row(rows[header_start], numeric)
                                                 or _years_over_header(rows, header_start, numeric)):
            header_start += 1  # fragments above the top heading row belong to the title, if any
        if header_start > i and not has_number[header_start - 1]:
            header_start -= 1  # the caption or title row above the header
        heading = [_text_at(rows[first_data - 1], j) for j in numeric] if first_data > header_start else []
        end = first_data
        while end < len(rows) and (has_number[end] or not _repeats(rows[end], heading, numeric)):
            end += 1
        # A caption row just above a repeated header belongs to the next table.
        if end < len(rows) and end - 1 > first_data and not has_number[end - 1]:
            end -= 1
        out.append((i, header_start, first_data, end))
        i = end
    return out


def _heads_block(row, numeric: list[int], label_column: int) -> bool:
    """A heading printed in the label column just above the column headers ("INCOME" over
    "2015/6 | Details | Receipt"): the section of the rows below, not a line of their header."""
    return _is_section_heading(row, numeric, label_column) and not is_stub_header(
        " ".join(c.text for c in row)) and any(ch.isalpha() for ch in " ".join(c.text for c in row))


def _repeats(row, heading: list[str], numeric: list[int]) -> bool:
    """The row prints the same column headings again (a second list under its own caption)."""
    if not any(heading):
        return False
    texts = [_text_at(row, j) for j in numeric]
    shared = [h for h, t in zip(heading, texts, strict=True) if h and t == h]
    return len(shared) >= max(1, sum(1 for h in heading if h) // 2)


# Two blocks printed side by side in one grid (a statement's payments, and beside them its bank
# balance and reserves): a column of row names right of the figures, naming at least this many
# rows that print a figure further right.
_MIN_BESIDE_ROWS = 2


def _gutter(table: SourceTable, numeric: list[int]) -> int | None:
    """The first column of a second block of rows printed beside the first, or None. The first
    block names its own rows: figures left of the only column of names are that row's figures
    printed before its label (a budget summary's last-year total), not a block of their own."""
    width = max(len(r) for r in table.rows)
    for j in range(min(numeric) + 1, width):
        if not any(_wordy_rows(table, t, numeric) >= _MIN_BESIDE_ROWS for t in range(j) if t not in numeric):
            continue
        if j in numeric or not any(n > j for n in numeric):
            continue
        named = [r for r in table.rows if _text_at(r, j) and not _numberish(_text_at(r, j))
                 and sum(ch.isalpha() for ch in _text_at(r, j)) >= 2
                 and any(_numberish(_text_at(r, n)) for n in numeric if n > j)]
        if len(named) >= _MIN_BESIDE_ROWS:
            return j
    return None


def _wordy_rows(table: SourceTable, j: int, numeric: list[int]) -> int:
    """Rows of figures that column `j` names."""
    return sum(1 for r in table.rows if _text_at(r, j) and not _numberish(_text_at(r, j))
               and sum(ch.isalpha() for ch in _text_at(r, j)) >= 2
               and any(_numberish(_text_at(r, n)) for n in numeric))


def _columns_from(table: SourceTable, lo: int, hi: int | None) -> SourceTable:
    rows = [r[lo:hi] for r in table.rows]
    return SourceTable(page=table.page, char_start=table.char_start, char_end=table.char_end,
                       rows=rows if any(rows) else [], ruled=table.ruled)


def _beside(left: RawTable, right: RawTable) -> RawTable:
    """One table of both blocks: the right block's rows follow the left's, in columns of their own
    (a reader reads the left block, then the right)."""
    pad = [None] * len(left.columns)
    for row in left.rows:
        if row.cells is not None:
            row.cells = [*row.cells, *([None] * len(right.columns))]
        if row.columns is not None:
            row.columns = [*row.columns, *right.columns]
    for row in right.rows:
        if row.cells is not None:
            row.cells = [*pad, *row.cells]
        if row.columns is not None:
            row.columns = [*left.columns, *row.columns]
    return RawTable(title=left.title or right.title, columns=[*left.columns, *right.columns],
                    rows=[*left.rows, *right.rows], unit_text=f"{left.unit_text} {right.unit_text}",
                    start=min(left.start, right.start), end=max(left.end, right.end),
                    pages=sorted(set(left.pages) | set(right.pages)),
                    grouped=left.grouped and right.grouped)


def _dates_joined(table: SourceTable) -> SourceTable:
    """A year the whitespace finder set in a cell of its own after a date ("as at 31 May" |
    "2012" in a statement's heading) is the date's year, not an amount: it joins that cell."""
    rows = []
    changed = False
    for row in table.rows:
        row = list(row)
        for j in range(1, len(row)):
            prev = row[j - 1]
            if prev.text.strip() and year_of_a_date(prev.text.strip(), row[j].text.strip()):
                row[j - 1] = SourceTableCell(text=f"{prev.text.strip()} {row[j].text.strip()}",
                                             char_start=prev.char_start, char_end=row[j].char_end)
                row[j] = SourceTableCell(text="", char_start=row[j].char_end, char_end=row[j].char_end)
                changed = True
        rows.append(row)
    return table.model_copy(update={"rows": rows}) if changed else table


def grid_to_raw(table: SourceTable, words: _Words | None = None) -> list[RawTable]:
    if not table.rows:
        return []
    if not table.ruled:
        table = _dates_joined(table)
    numeric = _numeric_columns(table)
    if not numeric:
        return []
    gutter = _gutter(table, numeric)
    if gutter is not None:
        left = grid_to_raw(_columns_from(table, 0, gutter), words)
        right = grid_to_raw(_columns_from(table, gutter, None), words)
        if len(left) == 1 and len(right) == 1 and all(r.cells is not None for r in (*left[0].rows, *right[0].rows)):
            return [_beside(left[0], right[0])]
    out = []
    for start, header_start, first_data, end in _segments(table, numeric):
        raw = _segment_to_raw(table, numeric, start, header_start, first_data, end, words)
        if raw is not None:
            out.append(raw)
    return out


# A header printed again inside the body over other grid columns (a payments list under the
# receipts, with a cheque-number column before its figures): at least this many of the column
# names must be found again for the rows below to follow it.
_MIN_RENAMED = 2


def _renamed_columns(row, labels: list[str], place: list[int], numeric: list[int]) -> list[int] | None:
    """Where each named column is printed from this row on, when the row (no figures) prints the
    column names again, some over other grid columns; else None."""
    if any(_numberish(_text_at(row, j)) for j in range(len(row))):
        return None
    found = {}
    for k, name in enumerate(labels):
        if not name:
            continue
        at = [j for j in range(len(row)) if _text_at(row, j).casefold() == name.casefold()]
        if len(at) == 1:
            found[k] = at[0]
    if len(found) < _MIN_RENAMED or all(found[k] == place[k] for k in found):
        return None
    taken = set(found.values())
    return [found[k] if k in found else (-1 if place[k] in taken else place[k])
            for k in range(len(labels))]


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _without_blank_items(rows: list[RawRow]) -> list[RawRow]:
    """Where the table prints its headings in capitals ("DIRECT SERVICES TO THE PUBLIC"), a row
    of words only in lower case between two rows of figures ("Cultural and Heritage" with
    nothing printed this year) is an item with no figures, not a heading over the rows below."""
    if not any(not r.numbers and r.label is not None and _capitals(r.label.text) for r in rows):
        return rows
    out = []
    for k, row in enumerate(rows):
        between = 0 < k < len(rows) - 1 and rows[k - 1].numbers and rows[k + 1].numbers and (
            rows[k + 1].label is not None)
        if not row.numbers and row.label is not None and not _capitals(row.label.text) and between:
            continue
        out.append(row)
    return out


def _notes_and_run_ons(rows: list[RawRow]) -> list[RawRow]:
    """Lines of words below a row of figures that are not headings: a note in brackets on that
    row ("(previously Improved Better Care Fund and Hospital Discharge" / "grant)") is left out;
    a line opening in lower case ("but excluding social care levy)") runs its label on."""
    out: list[RawRow] = []
    in_note = False
    for row in rows:
        text = " ".join(row.label.text.split()) if row.label is not None else ""
        words_only = not row.numbers and bool(text)
        after_figures = bool(out) and bool(out[-1].numbers) and out[-1].label is not None
        if words_only and (in_note or (after_figures and text.startswith("("))):
            in_note = not text.endswith(")") and text.count("(") + in_note > text.count(")")
            continue
        in_note = False
        if words_only and after_figures and text[:1].islower():
            prev = out[-1]
            prev.label = RawCell(f"{prev.label.text} {text}", prev.label.start, row.label.end)
            prev.end = max(prev.end, row.end)
            continue
        out.append(row)
    return out


def _names_columns_again(row, labels: list[str], numeric: list[int], label_column: int) -> bool:
    """A row of the body printing column names (no figures) over the number columns, one at
    least the same as the header's above the same column."""
    if any(_numberish(_text_at(row, j)) for j in range(len(row))) or not _is_header_row(row, numeric):
        return False
    named = [(lb, _text_at(row, j)) for lb, j in zip(labels, numeric, strict=True) if _text_at(row, j)]
    # Under no header at all (a block cut from the statement above it: "Payments due" then
    # "Payee | Description | CQ | Net | VAT | Gross" over its payments), the line names the
    # columns for the first time: it is their header, not a heading over the rows.
    return len(named) >= _MIN_RENAMED and (any(lb and lb.casefold() == t.casefold() for lb, t in named)
                                           or not any(labels))


def _centre(cells, words: _Words | None) -> float | None:
    """The middle of the cells' printed words (x), or None without word boxes."""
    boxes = [w.bbox for c in cells for w in (words.within(c) if words else [])]
    return sum((b[0] + b[2]) / 2 for b in boxes) / len(boxes) if boxes else None


def _middle(cells, words: _Words | None) -> float | None:
    """The middle of the extent the cells' words are printed over (x), or None without word boxes."""
    boxes = [w.bbox for c in cells for w in (words.within(c) if words else [])]
    return (min(b[0] for b in boxes) + max(b[2] for b in boxes)) / 2 if boxes else None


def _filled_columns(row, numeric: list[int]) -> set[int]:
    return {j for j in numeric if _text_at(row, j) and not is_unit_line(_text_at(row, j))}


SPANNED_COLUMNS = 2
"""A heading that spans columns stands over at least this many: a row of headings over nearly every
column ("Actual | Planned | Projected" over "spend in 2019/20 | spend for 2020/21 | ...") is the
first line of each column's own name."""


def _spanning_layers(block, heads: list[int], numeric: list[int]) -> list[list[int]]:
    """The header rows that print headings over groups of columns (fewer headings than the row of
    column names below them: "TOTAL | ASCH | CYPE" over "Core | External | Total"), as layers of
    rows read together: a heading printed over two lines beside one-line headings centred on it
    ("Public" / "Health" around "ASCH") is one layer. A row of periods ("2024-25") is a layer of
    its own (a period is printed over its own block of directorates)."""
    if not heads:
        return []
    counts = {i: len(_filled_columns(block[i], numeric)) for i in heads}
    leaf = max(heads, key=lambda i: (counts[i], i))
    # Column names that are each a period, all of them ("2015-16 | 2016-17 | ... | 2023-24"),
    # are whole names: a heading over them ("ACTUALS") spans them, as over names that repeat.
    leaf_periods = counts[leaf] >= SPANNED_COLUMNS and all(
        _PERIOD.fullmatch(_text_at(block[leaf], j)) for j in _filled_columns(block[leaf], numeric))
    layers: list[list[int]] = []
    for i in (h for h in heads if h < leaf and 0 < counts[h] < counts[leaf]):
        cols = _filled_columns(block[i], numeric)
        periods = all(_PERIOD.fullmatch(_text_at(block[i], j)) for j in cols)
        if not periods and (counts[i] * SPANNED_COLUMNS > counts[leaf] or not (leaf_periods or _names_repeat(
                block, [h for h in heads if i < h <= leaf], numeric))):
            continue
        last = layers[-1] if layers else None
        if last is not None and not periods and last[-1] == i - 1 and not _all_periods(block, last, numeric):
            above = set().union(*(_filled_columns(block[r], numeric) for r in last))
            if not cols & above or cols <= above or above <= cols:
                last.append(i)
                continue
        layers.append([i])
    return layers


def _names_repeat(block, below: list[int], numeric: list[int]) -> bool:
    """The column names under a row repeat ("Core | External | Total" under "ASCH", again under
    "CYPE"). A heading that is not a period spans columns only over names that repeat: over names
    that differ, the shorter lines above are the first lines of the longer names, wrapped
    ("Variation / to / planned spend 2020/21" beside "Actual spend in 2019/20")."""
    names = [" ".join(" ".join(_text_at(block[r], j) for r in below).lower().split()) for j in numeric]
    # A name that is only a period ("2021/22") is the last line of a longer wrapped name as often
    # as a column of its own: its repeats say nothing.
    names = [n for n in names if n and not _PERIOD.fullmatch(n)]
    return len(set(names)) < len(names)


def _all_periods(block, rows: list[int], numeric: list[int]) -> bool:
    return all(_PERIOD.fullmatch(_text_at(block[r], j)) for r in rows for j in _filled_columns(block[r], numeric))


# A column left under no spanning heading costs this much (in column widths of misplacement): a
# heading takes the columns it is centred over, not every column of the table ("Forecast" over
# "Q1 | Q2 | Q3" does not name "Last year" beside them).
_UNSPANNED_COST = 0.25


def _spanned(headings: list[tuple[float, str]], places: list[float], width: float) -> list[str]:
    """Each column's spanning heading: the headings (x, text) split the columns (x, in order) into
    runs, each heading over a run holding the column nearest below it and centred under it as
    nearly as can be (least total distance in column widths); a column may stay under none."""
    n, m = len(places), len(headings)
    anchor = [min(range(n), key=lambda c: abs(places[c] - x)) for x, _ in headings]
    inf = float("inf")
    # best[k][i]: least cost with headings before k placed over columns before i
    best = [[inf] * (n + 1) for _ in range(m + 1)]
    back: dict[tuple[int, int], tuple[int, int, bool]] = {}
    best[0][0] = 0.0
    for k in range(m + 1):
        for i in range(n + 1):
            cost = best[k][i]
            if cost == inf:
                continue
            if i < n and cost + _UNSPANNED_COST < best[k][i + 1]:
                best[k][i + 1] = cost + _UNSPANNED_COST
                back[(k, i + 1)] = (k, i, False)
            if k < m and i <= anchor[k]:
                x = headings[k][0]
                for j in range(anchor[k] + 1, n + 1):
                    c = cost + abs(sum(places[i:j]) / (j - i) - x) / width
                    if c < best[k + 1][j]:
                        best[k + 1][j] = c
                        back[(k + 1, j)] = (k, i, True)
    out = [""] * n
    k, i = m, n
    if best[m][n] == inf:
        return out
    while (k, i) != (0, 0):
        pk, pi, took = back[(k, i)]
        if took:
            for c in range(pi, i):
                out[c] = headings[pk][1]
        k, i = pk, pi
    return out


def _layer_labels(block, rows: list[int], numeric: list[int], body, words: _Words | None) -> list[str]:
    """What a spanning layer says over each number column (`_spanned`), its lines joined."""
    texts = {j: " ".join(_text_at(block[r], j) for r in rows if _text_at(block[r], j)
                         and not is_unit_line(_text_at(block[r], j))) for j in numeric}
    places = []
    for j in numeric:
        # Where the column's names stand under the layer: a heading is centred over the names
        # it spans as they are set in their cells ("Income" over "Box 2 Precept | Box 3 Other
        # Income | Total" in a town council's reconciliation to its annual return), while
        # right-aligned figures stand further right; else where its figures stand.
        names = [block[r][j] for r in range(max(rows) + 1, len(block))
                 if j < len(block[r]) and block[r][j].text.strip() and not is_unit_line(block[r][j].text)]
        figures = [r[j] for r in body if j < len(r) and r[j].text.strip()]
        x = _middle([*names, *figures], words)
        if x is None:
            x = _centre(figures, words)
        places.append(x if x is not None else float(j))
    headings = []
    for j in numeric:
        if not texts[j]:
            continue
        x = _centre([block[r][j] for r in rows if j < len(block[r]) and block[r][j].text.strip()], words) \
            if words else None
        headings.append((x if x is not None else places[numeric.index(j)], texts[j]))
    gaps = [b - a for a, b in zip(places, places[1:], strict=False) if b > a]
    width = sorted(gaps)[len(gaps) // 2] if gaps else 1.0
    return _spanned(sorted(headings), places, width)


_PERIOD = re.compile(r"(?:19|20)\d\d(?:\s?[/\-–]\s?(?:\d{2}|\d{4}))?")


# A block of rows printed beside another within one grid names at least this many of its figures.
_MIN_BESIDE_ENTRIES = 2


def _beside_entry(row, j: int) -> bool:
    """Words in column `j` and a figure just right of them: a line of the side block."""
    name = _text_at(row, j)
    return (bool(name) and not _numberish(name) and sum(ch.isalpha() for ch in name) >= 2
            and (_numberish(_text_at(row, j + 1)) or _ticked_figure(_text_at(row, j + 1)) is not None))


def _side_block(body, block, numeric: list[int], label_column: int) -> tuple[int, RawCell] | None:
    """A second block printed beside the rows, in the same grid, under a heading of its own over
    its names ("Receipts since last report | Net | VAT | Gross | Reconcile", and under
    "Reconcile": "B Fwd 42,733.28", "Movements 3,389.99", "Unpaid cq 825.91" ... level with the
    receipts' "Totals"): the column of its names and its heading, or None. Its lines are rows of
    their own, the heading their section, not figures of the rows beside them."""
    width = max((len(r) for r in [*body, *block]), default=0)
    for j in range(label_column + 1, width - 1):
        if j + 1 not in numeric or not any(n < j for n in numeric):
            continue
        heading = next((r[j] for r in block if j < len(r) and _text_at(r, j)
                        and not _numberish(_text_at(r, j))), None)
        if heading is None or sum(1 for r in body if _beside_entry(r, j)) < _MIN_BESIDE_ENTRIES:
            continue
        return j, RawCell(" ".join(heading.text.split()), heading.char_start, heading.char_end)
    return None


_TOTALS_WORD = re.compile(r"^(?:grand\s+)?totals?:?$", re.I)


def _segment_to_raw(table: SourceTable, numeric: list[int], start: int, header_start: int,
                    first_data: int, end: int, words: _Words | None = None) -> RawTable | None:
    title = None
    labels = [""] * len(numeric)
    # Everything above the data (captions, titles, units) may say what the numbers are.
    unit_bits = [c.text for r in table.rows[start:first_data] for c in r if c.text.strip()]
    block = table.rows[header_start:first_data]
    heads = [i for i, r in enumerate(block) if _is_header_row(r, numeric) or _years_over_header(block, i, numeric)]
    layers = _spanning_layers(block, heads, numeric)
    spanning: dict[int, list[str] | None] = {}
    for layer in layers:
        spanning[layer[0]] = _layer_labels(block, layer, numeric, table.rows[first_data:end], words)
        spanning.update({r: None for r in layer[1:]})
    in_layer = {r for layer in layers for r in layer[1:]}
    # Lines above the headings that span the columns are the title and its notes ("INDICATIVE
    # FOR PLANNING PURPOSES"), not column names.
    top = min((layer[0] for layer in layers if _all_periods(block, layer, numeric)), default=0)
    width = max(len(r) for r in table.rows)
    body = table.rows[first_data:end]
    label_column = next((j for j in range(width) if j not in numeric and _names(body, j)), 0)
    opening: RawCell | None = None  # a section heading over the header ("INCOME")
    forced_opening = False  # the heading is the block's, printed in its header row
    for i, row in enumerate(block):
        filled = [c for c in row if c.text.strip()]
        if i in in_layer:
            continue  # read with the layer's first line
        if i == 0 and len(block) > 1 and heads and heads[0] > 0 and _heads_block(row, numeric, label_column):
            opening = RawCell(_text_at(row, label_column), row[label_column].char_start, row[label_column].char_end)
            continue
        if i == max(heads, default=-1) and opening is None and numeric:
            # "Receipts since | last report | Net | VAT | Gross": the block's heading printed in
            # the header row, left of the column names, is the section of its rows.
            stub = " ".join(c.text.strip() for c in row[:min(numeric)] if c.text.strip())
            if stub and is_account_block(stub):
                cells = [c for c in row[:min(numeric)] if c.text.strip()]
                opening = RawCell(" ".join(stub.split()).rstrip(":"), cells[0].char_start, cells[-1].char_end)
                forced_opening = True
        if i not in heads or i < top:
            if title is None and filled:
                title = " ".join(c.text.strip() for c in filled)
            continue
        spans = spanning.get(i)
        for k, j in enumerate(numeric):
            text = spans[k] if spans is not None else _text_at(row, j)
            if is_unit_line(text):
                continue  # the unit line gives the scale (unit_bits), not the column's name
            if not text:
                # camelot may set a header one column off its numbers: take the neighbour's
                # header when that neighbour holds no data of its own.
                for n in (j - 1, j + 1):
                    if n >= 0 and n not in numeric and _text_at(row, n) and not any(
                            _text_at(r, n) for r in table.rows[first_data:end]):
                        text = _text_at(row, n)
                        break
            if text:
                labels[k] = f"{labels[k]} {text}".strip()
    year_columns = [j for j, lb in zip(numeric, labels, strict=True) if is_year_column(
        lb, [_text_at(r, j) for r in table.rows[first_data:end]])]
    kept = [k for k, lb in enumerate(labels) if not is_identifier(lb) and numeric[k] not in year_columns]
    if len(kept) < len(numeric):  # a "CQ" or "Ref" column prints numbers that are not amounts
        numeric, labels = [numeric[k] for k in kept], [labels[k] for k in kept]
        if not numeric:
            return None
    grouped = 0 not in numeric and sum(
        1 for r in table.rows[first_data:end] for j in numeric if _split_money(_text_at(r, j))) >= 2
    groups = _groups(table.rows[first_data:end]) if grouped else [None] * (end - first_data)
    body = table.rows[first_data:end]
    width = max(len(r) for r in table.rows)
    text_columns = [j for j in range(width) if j not in numeric]
    named_by = next((j for j in text_columns if _names(body, j)), None)
    header_row = table.rows[first_data - 1] if first_data > header_start else []
    # A column of years left of the names groups the rows under each year (`ruled.py` reads a
    # ruled capital forecast the same way): the year is their section.
    by_year = next((j for j in year_columns if named_by is not None and j < named_by), None)
    year: str | None = None
    named_here = _labels_in_body(body, numeric)
    if named_here:
        # A spreadsheet statement names its columns beside its sections ("Payments:" ...
        # "Budget:"); the lines above the figures were its title, not their header.
        labels = [named_here.get(k, "") for k in range(len(numeric))]
    rows = []
    second_block = False  # a second block of rows under a header of its own
    block_columns: list[str] | None = None  # that block's column names
    again: list[tuple[int, int]] = []  # where that header is printed
    place = list(numeric)  # where each column's figures are printed, row by row
    side = _side_block(table.rows[first_data:end], block, numeric, label_column)
    beside: list[RawRow] = []  # the side block's rows, read after the rows beside them

    def flush_beside() -> None:
        if beside and side is not None:
            rows.append(RawRow(label=side[1], cells=[None] * len(place), numbers=[], start=side[1].start,
                               end=side[1].end, page=table.page))
            rows.extend(beside)
            beside.clear()

    for n, (row, group) in enumerate(zip(table.rows[first_data:end], groups, strict=True)):
        if side is not None and place == list(numeric) and _beside_entry(row, side[0]):
            j = side[0]
            name, figure = row[j], row[j + 1]
            ticked = _ticked_figure(figure.text)
            text = ticked[0] if ticked else figure.text.strip()
            cells_beside: list[RawCell | None] = [None] * len(place)
            cells_beside[place.index(j + 1)] = RawCell(text, figure.char_start, figure.char_start + len(text))
            beside.append(RawRow(label=RawCell(_text_at(row, j), name.char_start, name.char_end),
                                 cells=cells_beside, numbers=[c for c in cells_beside if c is not None],
                                 start=name.char_start, end=figure.char_end, page=table.page))
            row = [c.model_copy(update={"text": ""}) if k in (j, j + 1) else c for k, c in enumerate(row)]
            if not any(c.text.strip() for c in row):
                continue
        if beside and not any(_numberish(_text_at(row, j)) for j in place):
            flush_beside()  # a heading of the next block: the side block is read before it
        if n == 0 and _is_section_heading(row, numeric, named_by or 0) and is_stub_header(
                " ".join(c.text for c in row)) and not any(_text_at(r, named_by or 0) for r in block):
            # the label column's header ("MTFP Category") under the column headers; where the
            # header prints one already ("Annual Return Box Numbers"), a heading ("Direct Services")
            continue
        moved = _renamed_columns(row, labels, place, numeric)
        if moved is not None:
            place = moved  # the header again, over other columns: the rows below follow it
            continue
        naming = named_here and any(_text_at(row, j).endswith(":") for j in numeric)  # read above
        if not naming and _names_columns_again(row, labels, numeric, label_column):
            # The header of a second block of rows ("Details | Payment | ... | Budget 2016/17"
            # under "EXPENDITURE"): it names the columns the first header left blank, and the
            # block's own columns ("Payment" where the receipts block printed "Receipt"; a column
            # it leaves blank keeps the first header's name).
            block_columns = [_text_at(row, j) or lb for lb, j in zip(labels, numeric, strict=True)]
            labels = [lb or _text_at(row, j) for lb, j in zip(labels, numeric, strict=True)]
            second_block = True
            again += [(c.char_start, c.char_end) for c in row if c.text.strip()]
            continue
        if by_year is not None and _text_at(row, by_year):
            year = _text_at(row, by_year)
        if by_year is not None and not any(_numberish(_text_at(row, j)) for j in place):
            continue  # a year with nothing costed, or a line of a wrapped name beside none
        # Text in a column the header moved away from ("Totals" under the cheque numbers) names the row.
        label_cells = [c for j, c in enumerate(row) if j not in place and c.text.strip()
                       and (j not in numeric or not _numberish(c.text))]
        if not label_cells:
            # "Totals" printed under the cheque numbers of a block whose header is only in its
            # body (the cheque column still among the figures'): the word names the row
            totals = [(j, c) for j, c in enumerate(row) if j in place and _TOTALS_WORD.match(c.text.strip())]
            if len(totals) == 1:
                label_cells = [totals[0][1]]
                row = [c.model_copy(update={"text": ""}) if j == totals[0][0] else c for j, c in enumerate(row)]
        words_only = not any(_numberish(_text_at(row, j)) for j in {*numeric, *place})
        named = row[named_by] if named_by is not None and named_by < len(row) else None
        if words_only and named is not None and not named.text.strip() and numeric and label_cells and all(
                j > max(numeric) for j, c in enumerate(row) if c.text.strip()):
            # Words only in a notes column right of the figures ("Incl Civic Regalia, Volunteers
            # Reception," over "Civic Events" in a town council's notes): a line of a row's note,
            # not a heading over the rows.
            continue
        if named is not None and named.text.strip() and not grouped and not words_only:
            label_cells = [named]  # the row's name; its other text columns are its details
        label = None
        if label_cells:
            label = RawCell(" ".join(c.text.strip() for c in label_cells), label_cells[0].char_start,
                            label_cells[-1].char_end)
        details = {_text_at(header_row, j) or f"Column {j + 1}": _text_at(row, j)
                   for j in text_columns if j != named_by and _text_at(row, j)} if (
            named is not None and named.text.strip() and not grouped) else {}
        cells: list[RawCell | None] = []
        for j in place:
            cell = row[j] if 0 <= j < len(row) else None
            if cell is None or not cell.text.strip() or words_only:
                cells.append(None)
                continue
            money = _split_money(cell.text)
            if money is None:
                ticked = _ticked_figure(cell.text)
                if ticked:  # "15.00 OK": the figure, checked off; "* -19,045.4": footnoted
                    figure, at = ticked
                    first = cell.char_start if at == 0 else cell.char_end - len(figure)
                    cells.append(RawCell(figure, first, first + len(figure)))
                    continue
                cells.append(RawCell(cell.text.strip(), cell.char_start, cell.char_end))
                continue
            # The cell names its own line ("Four Oaks - £1,250"): that name is the row label,
            # the amount is the number (its span: where it is printed at the end of the cell).
            name, amount = money
            amount_start = cell.char_end - len(amount)
            cells.append(RawCell(amount, amount_start, cell.char_end))
            label = RawCell(name, cell.char_start, cell.char_start + len(name))
        numbers = [c for c in cells if c is not None]
        spans = [c.char_start for c in row if c.text] + [c.char_end for c in row if c.text]
        if not spans:
            continue
        if grouped and not numbers:
            continue  # wrapped text of the group's other columns
        if grouped and label is not None and label_cells and label.start == label_cells[0].char_start:
            label = None  # the group's own text is its section, not this line's label
        rows.append(RawRow(label=label, cells=cells, numbers=numbers, start=min(spans),
                           end=max(spans), page=table.page, section=group if by_year is None else year,
                           details=details, columns=block_columns))
    flush_beside()
    if not rows:
        return None
    titled = any(any(c.text.strip() for c in r) for r in table.rows[start:header_start])
    if opening is not None and (second_block or titled or forced_opening):
        # Blocks each under a heading and a header ("INCOME" ... "EXPENDITURE"), or a heading
        # between the table's title and its header: the first block's section.
        rows.insert(0, RawRow(label=opening, cells=[None] * len(numeric), numbers=[], start=opening.start,
                              end=opening.end, page=table.page))
    elif opening is not None and title is None:
        title = opening.text
    if title is None:
        above = [r for r in table.rows[start:header_start] if any(c.text.strip() for c in r)]
        if above:
            title = " ".join(c.text.strip() for c in above[-1] if c.text.strip())
    used = [c for r in table.rows[header_start:end] for c in r if c.text]
    first = min(c.char_start for c in used)
    return RawTable(title=title, columns=labels,
                    rows=rows, unit_text=" ".join([title or "", *labels, *unit_bits]),
                    start=first, end=max(c.char_end for c in used),
                    pages=[table.page] if table.page else [], grouped=grouped or by_year is not None,
                    header_spans=[(first, min(r.start for r in rows)), *again] if again else None)


# A name column: most of its filled cells are words, not dates ("11-05-16") or codes; a text
# column filled on fewer rows than this share is a note beside some rows, not their names.
_NAMED_SHARE = 0.5


def _names(rows, j: int) -> bool:
    texts = [_text_at(r, j) for r in rows]
    filled = [t for t in texts if t]
    wordy = [t for t in filled if sum(ch.isalpha() for ch in t) > sum(ch.isdigit() for ch in t)]
    return len(filled) >= _NAMED_SHARE * len(texts) and len(wordy) >= _NAMED_SHARE * len(filled) > 0


def _groups(rows) -> list[str | None]:
    """Each row's group: the text of the first column, which names a group (an organisation, a
    payee) on the row where the group starts and may wrap onto the rows just below it."""
    names: list[str | None] = []
    current: list[str] = []
    opened_at = 0
    previous_empty = True
    for i, row in enumerate(rows):
        text = _text_at(row, 0)
        if text and previous_empty:
            for k in range(opened_at, i):
                names[k] = " ".join(current) or None
            current, opened_at = [text], i
        elif text:
            current.append(text)
        names.append(None)
        previous_empty = not text
    for k in range(opened_at, len(rows)):
        names[k] = " ".join(current) or None
    return names


def _continues(prev: RawTable, nxt: RawTable) -> bool:
    if nxt.note or (prev.note and nxt.rows and not nxt.rows[0].numbers):
        return False  # the next note, under its own keyed heading or opening with a heading
    same_shape = len(prev.columns) == len(nxt.columns)
    next_page = bool(prev.pages and nxt.pages and nxt.pages[0] == prev.pages[-1] + 1)
    no_header = _headerless(nxt) or nxt.columns == prev.columns
    # the same column names under a title of the page's own ("Annual Return 31 March 2018" after
    # a balance sheet, both headed "2017 | 2018") open a table of their own
    titled = (not _headerless(nxt) and bool(nxt.title) and _norm_title(nxt.title) != _norm_title(prev.title)
              and not _CONTINUED.search(nxt.title))
    return next_page and ((same_shape and no_header and not titled) or _some_columns(prev, nxt))


_CONTINUED = re.compile(r"\bcont(?:inued|'d|d)?\b\.?", re.I)  # "Appendix A (continued)": the same table


def _norm_title(title: str | None) -> str:
    return re.sub(r"\s*\(?\bcont(?:inued|'d|d)?\b\.?\)?", "", " ".join((title or "").lower().split()))


def _some_columns(prev: RawTable, nxt: RawTable) -> bool:
    """`nxt` prints some of `prev`'s columns under their own names (a budget plan's funding page
    giving only the "Total" of each year's "Core | External | Total"): more rows of `prev`, each
    figure in the column of its name."""
    return (not _headerless(nxt) and len(nxt.columns) < len(prev.columns)
            and len(set(nxt.columns)) == len(nxt.columns) and all(c and c in prev.columns for c in nxt.columns)
            and all(r.cells is not None for r in nxt.rows))


def _headerless(table: RawTable) -> bool:
    return not any(table.columns)


# A figure printed just before its row's label ("1,315,610.6 Revised Base": a budget summary
# printing last year's total left of the label) that camelot set in the label's column: a column
# is split when at least this many of its cells open with one figure before words.
_MIN_FIGURE_FIRST_ROWS = 2
_YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")


class _Words:
    """The Document's words, found by where they start in its text."""

    def __init__(self, doc: Document):
        starts = word_starts(doc.words)
        if isinstance(doc.words, Words) and all(a <= b for a, b in zip(starts, starts[1:])):
            self.words: Sequence[Word] = doc.words  # in text order already: no list of models
            self.starts: Sequence[int] = starts
        else:
            self.words = sorted(doc.words, key=lambda w: w.char_start)
            self.starts = [w.char_start for w in self.words]
        pages = self.words.page if isinstance(self.words, Words) else None
        self._pages = pages if pages is not None and all(
            a <= b for a, b in zip(pages, pages[1:])) else None

    def on_page(self, page: int | None) -> list[Word]:
        """The words printed on `page`, in text order."""
        if self._pages is None:
            return [w for w in self.words if w.page == page]
        if page is None:
            return []
        lo = bisect.bisect_left(self._pages, page)
        return self.words.models(lo, bisect.bisect_right(self._pages, page, lo))  # type: ignore[union-attr]

    def within(self, cell: SourceTableCell) -> list[Word]:
        if not cell.text:
            return []
        i = bisect.bisect_left(self.starts, cell.char_start)
        j = bisect.bisect_left(self.starts, cell.char_end)
        return self.words[i:j]

    def middle(self, offset: int) -> float | None:
        """The vertical middle of the word printed from `offset`, if one starts there."""
        i = bisect.bisect_left(self.starts, offset)
        if i < len(self.words) and self.starts[i] == offset:
            return (self.words[i].bbox[1] + self.words[i].bbox[3]) / 2
        return None


def _figure_first(text_of, words: list[Word]) -> bool:
    """The cell opens with one figure (not a year), then words with letters."""
    return (len(words) >= 2 and looks_numeric(text_of(words[0])) and not _YEAR_WORD.match(text_of(words[0]))
            and not looks_numeric(text_of(words[1])) and any(ch.isalpha() for ch in text_of(words[1])))


def _cell_of(text: str, words: list[Word], anchor: int) -> SourceTableCell:
    if not words:
        return SourceTableCell(text="", char_start=anchor, char_end=anchor)
    return SourceTableCell(text=" ".join(text[w.char_start:w.char_end] for w in words),
                           char_start=words[0].char_start, char_end=words[-1].char_end)


def split_figures_before_labels(table: SourceTable, doc: Document, words: _Words | None = None) -> SourceTable:
    """A column whose cells print a figure and then the row's label becomes two columns: the
    figures, and the labels. Every word of the column left of the figures' right edge (the
    figures, and the header printed over them: "Total") goes to the figures' column."""
    if table.ruled or not table.rows or not doc.words:
        return table
    words = words or _Words(doc)
    text = doc.text

    def text_of(w: Word) -> str:
        return text[w.char_start:w.char_end]

    width = max(len(r) for r in table.rows)
    rows = [list(r) for r in table.rows]
    j = 0
    while j < width:
        cells = [(r, words.within(r[j])) for r in rows if j < len(r)]
        first = [ws for _, ws in cells if _figure_first(text_of, ws)]
        names = {" ".join(text_of(w) for w in ws[1:]) for ws in first}
        if len(names) < _MIN_FIGURE_FIRST_ROWS:  # row labels differ; a tick ("15.00 OK") does not
            j += 1
            continue
        edge = max(ws[0].bbox[2] for ws in first)
        labels_at = min(ws[1].bbox[0] for ws in first)
        if labels_at <= edge:
            j += 1
            continue
        for row in rows:
            if j >= len(row):
                continue
            ws = words.within(row[j])
            left = [w for w in ws if w.bbox[0] < edge]
            right = [w for w in ws if w.bbox[0] >= edge]
            row[j:j + 1] = [_cell_of(text, left, row[j].char_start), _cell_of(text, right, row[j].char_start)]
        width += 1
        j += 2
    if width == max(len(r) for r in table.rows):
        return table
    return table.model_copy(update={"rows": rows})


class _Between:
    """What the paper prints outside its tables and its page furniture, line by line."""

    def __init__(self, doc: Document):
        text = doc.text
        lines = raw_lines(text)
        furniture = furniture_lines(doc, lines)
        cells = sorted(span for t in doc.tables for row in t.rows for c in row if c.text
                       for span in (c.lines or [(c.char_start, c.char_end)]))
        self.lines = [(s, e) for i, (s, e) in enumerate(lines)
                      if i not in furniture and text[s:e].strip() and not _inside(s, e, cells)]
        self.text = text

    def lines_between(self, start: int, end: int) -> list[tuple[int, int]]:
        return [(s, e) for s, e in self.lines if start <= s and e <= end]


# A table runs on to the next page from the foot of its own: at most this many lines (a footnote)
# are printed below it on its page, past the page furniture.
_MAX_LINES_UNDER_CONTINUED = 3


def _ends_its_page(table: RawTable, doc: Document, furniture: dict[str, set[int]]) -> bool:
    """Nothing but a footnote and the page furniture is printed below the table on its last page:
    a headerless grid on the next page may be more of it. Prose, another caption and more rows
    below it ("Earmarked reserves represent ..." / "D Balance Sheet" under a town council's note
    C) say it ended there."""
    page = next((p for p in doc.pages if table.pages and p.number == table.pages[-1]), None)
    if page is None:
        return True
    lines = raw_lines(doc.text)
    if "lines" not in furniture:
        furniture["lines"] = furniture_lines(doc, lines)
    under = [i for i, (s, e) in enumerate(lines) if s >= table.end and e <= page.char_end
             and doc.text[s:e].strip() and i not in furniture["lines"]]
    return len(under) <= _MAX_LINES_UNDER_CONTINUED


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """text[start:end] is covered, without a gap, by the (sorted) spans."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    covered = start
    for s, e in spans[max(i, 0):]:
        if s > end:
            break
        if s <= covered <= e:
            covered = max(covered, e)
    return covered >= end


# A ruled grid whose cells each hold a whole column of lines (a box drawn round a budget page,
# no rules between its rows): at least two cells of at least this many lines.
_MIN_BOX_LINES = 6


def _line_grid(table: SourceTable, doc: Document, words: _Words) -> SourceTable | None:
    """A border-only ruled grid as a grid of its printed lines: each line of each cell set in the
    row of the other cells' lines printed at the same height, in that cell's column; None when
    the grid has rules between its rows. Its rows are kept only where they continue the table
    before it under some of its column names (`_some_columns`): that the names match is what
    confirms the lines were lined up right (on the blind split, boxes read alone matched no
    annotated structure)."""
    if not table.ruled or sum(1 for r in table.rows for c in r if len(c.lines) >= _MIN_BOX_LINES) < 2:
        return None
    if len({len(c.lines) for r in table.rows for c in r if len(c.lines) >= _MIN_BOX_LINES}) == 1:
        return None  # a line for a line: `ruled_to_raw` names each line of figures by its own
    width = max(len(r) for r in table.rows)
    text = doc.text
    wordy = [sum(1 for r in table.rows if j < len(r) for s, e in r[j].lines if not looks_numeric(text[s:e].strip()))
             for j in range(width)]
    names = max(range(width), key=lambda j: wordy[j])  # the column of row names
    items = []  # (y, height, column, cell)
    for row in table.rows:
        figured = any(looks_numeric(text[s:e].strip()) for c in row for s, e in c.lines)
        for j, cell in enumerate(row):
            spans = cell.lines or ([(cell.char_start, cell.char_end)] if cell.text.strip() else [])
            figures = [w for s, e in spans if looks_numeric(text[s:e].strip())
                       for w in words.words[bisect.bisect_left(words.starts, s):bisect.bisect_left(words.starts, e)]]
            x0, x1 = (min(w.bbox[0] for w in figures), max(w.bbox[2] for w in figures)) if figures else (0.0, 0.0)
            seen_figure = False
            for s, e in spans:
                i = bisect.bisect_left(words.starts, s)
                ws = words.words[i:bisect.bisect_left(words.starts, e)]
                if not ws:
                    continue
                seen_figure = seen_figure or looks_numeric(text[s:e].strip())
                if figures and not seen_figure:
                    # A header line over a column that prints fewer figures than it names
                    # ("Core External Total" over the totals only): the words over its figures;
                    # a heading over them all ("2024-25") stays whole.
                    over = [w for w in ws if w.bbox[0] < x1 and w.bbox[2] > x0]
                    if over:
                        ws = over
                        s, e = over[0].char_start, over[-1].char_end
                if not figured:
                    j = names  # a row of the box with no figures is its title, in the names' column
                y = sum((w.bbox[1] + w.bbox[3]) / 2 for w in ws) / len(ws)
                h = max(w.bbox[3] - w.bbox[1] for w in ws)
                items.append((y, h, j, SourceTableCell(text=doc.text[s:e].strip(), char_start=s, char_end=e)))
    if not items:
        return None
    items.sort(key=lambda t: (t[0], t[2]))
    tolerance = sorted(h for _, h, _, _ in items)[len(items) // 2] / 2  # half a line's height
    lines: list[list[tuple[float, float, int, SourceTableCell]]] = []
    for item in items:
        if lines and item[0] - lines[-1][0][0] <= tolerance and all(k != item[2] for _, _, k, _ in lines[-1]):
            lines[-1].append(item)
        else:
            lines.append([item])
    rows = []
    for line in lines:
        anchor = min(c.char_start for _, _, _, c in line)
        cells = [SourceTableCell(text="", char_start=anchor, char_end=anchor) for _ in range(width)]
        for _, _, j, cell in line:
            cells[j] = cell
        rows.append(cells)
    return SourceTable(page=table.page, char_start=table.char_start, char_end=table.char_end,
                       rows=rows, ruled=False)


def _title_floor(out: list[RawTable], previous_end: int, start: int) -> int:
    """Where the lines that may title a table starting at `start` begin: after the table before.
    When that table's print runs on past this one's start (a cell set beside its row and read
    last: the Sutton Coldfield grants report's "£9,506 (incl £100 deferred grant)" after its
    "All wards" heading and the table under it), after the last of its cells printed before."""
    if not out or previous_end <= start:
        return previous_end
    ends = [c.end for r in out[-1].rows for c in (r.label, *(r.cells or ()), *r.numbers)
            if c is not None and c.end <= start]
    return max(ends, default=previous_end)


# A box drawn round ruled tables (a slide's frame) whose figures are at least this share theirs
# is no table of its own: read, it gives their figures a second time.
_FRAMED_SHARE = 0.5


def _frames_ruled_tables(table: SourceTable, doc: Document) -> bool:
    """`table` is a box drawn round other ruled tables on its page, holding their figures."""
    if not table.ruled:
        return False
    inner = [t for t in doc.tables if t is not table and t.ruled and t.page == table.page
             and table.char_start <= t.char_start and t.char_end <= table.char_end]
    if not inner:
        return False
    text = doc.text
    figures = [(w.char_start, w.char_end) for w in doc.words if w.page == table.page
               and table.char_start <= w.char_start < table.char_end
               and looks_numeric(text[w.char_start:w.char_end]) and any(ch.isdigit() for ch in text[w.char_start:w.char_end])]
    held = [s for s, _ in figures if any(c.char_start <= s < c.char_end for t in inner for r in t.rows for c in r if c.text)]
    return bool(figures) and len(held) >= _FRAMED_SHARE * len(figures)


def source_tables(doc: Document) -> list[RawTable]:
    """Each grid of the ingest as tables.

    A ruled table runs on over the next page when the grid there has as many columns and nothing
    but page furniture is printed between them; its parts are read as one table (so its number
    columns are decided once). A heading between ("Vesey Ward") starts a new table, which takes
    that heading as its title and, when it repeats no header, the columns of the table above.
    Whitespace grids continue the table before them by shape and header (`_continues`), after
    whitespace.py has regrouped their header words, joined wrapped labels and found a header
    printed at the foot of the page before."""
    from .whitespace import (
        anchor_headers,
        header_from_page_before,
        join_labels_round_figures,
        join_labels_run_on_below,
        join_wrapped_labels,
    )
    out: list[RawTable] = []
    between = _Between(doc) if any(t.ruled for t in doc.tables) else None
    furniture: dict[str, set[int]] = {}  # the page furniture's line indexes, found when first asked
    words = _Words(doc) if doc.words else None
    previous_end = 0
    for unit in _ruled_runs(doc.tables, between):
        if len(unit) == 1 and _frames_ruled_tables(unit[0], doc):
            continue
        lined = _line_grid(unit[0], doc, words) if len(unit) == 1 and words is not None else None
        if lined is not None:
            unit = [lined]  # a border-only box: read as the whitespace table it is inside
        if unit[0].ruled and between is not None:
            raw = ruled_to_raw(unit, words.middle if words is not None else None)
            if raw is None:
                continue
            printed = between.lines_between(_title_floor(out, previous_end, raw.start), raw.start)
            title = doc.text[slice(*printed[-1])].strip() if printed else ""
            if title and len(title) <= 80:
                raw.title = title
                raw.unit_text = f"{title} {raw.unit_text}"  # "Capital programme (£m)"
                raw.header_spans = [printed[-1], *(raw.header_spans or [])]
            if out and _widens(out[-1], raw):
                _widen(out[-1], raw)
                previous_end = raw.end
                continue
            if out and _headerless(raw) and len(out[-1].columns) == len(raw.columns):
                raw.columns = list(out[-1].columns)
                raw.unit_text = f"{raw.unit_text} {out[-1].unit_text}"
            out.append(raw)
            previous_end = raw.end
            continue
        grid = split_figures_before_labels(unit[0], doc, words)
        anchored = anchor_headers(grid, doc, words)
        grid = join_labels_round_figures(join_wrapped_labels(anchored, doc, words), doc, words)
        if grid is anchored:
            # A table sets its cells' lines one way: where a label wraps onto its figures' line
            # (or round it), a label-only line under a row is a heading, not more of that label.
            grid = join_labels_run_on_below(grid, doc, words)
        grid = header_from_page_before(grid, doc, words)
        raws = grid_to_raw(grid, words)
        if raws and words is not None and unit[0].page:
            _header_above(raws[0], unit[0], doc, words)
            _note_heading(raws[0], doc, words)
            below = _rows_below(raws[-1], unit[0], doc, words)
            if below is not None:
                raws.append(below)
        if unit[0].page and any(p.number == unit[0].page and p.text_source == "ocr" for p in doc.pages):
            for raw in raws:
                _join_split_rows(raw)
        for raw in raws:
            raw.rows = _notes_and_run_ons(_without_blank_items(raw.rows))
        for raw in raws:
            if out and _continues(out[-1], raw) and (not _headerless(raw) or _ends_its_page(out[-1], doc, furniture)):
                _extend(out[-1], raw)
            elif lined is None:  # a box read by its lines stands only as more rows of the table
                out.append(raw)  # before it: alone, nothing confirms how its lines line up
            previous_end = raw.end
    return out


# The whitespace finder may stop a table at a note printed inside it ("* the prior year savings
# ... will be updated"): lines below it on the page whose figures stand in the table's columns
# are its rows. At most this many lines of prose are passed over before the first such row.
_MAX_NOTE_LINES = 8
# A line is a row of the table when it prints figures in at least this share of its columns
# (a page number or a paragraph's one figure is not).
_MIN_ROW_SHARE = 0.5
# Rows below a grid are printed as its rows are: in its type size (a footnote, a caption or the
# next section's heading is smaller or larger: at most this far from the grid's median size,
# as a ratio), and a line of figures alone with fewer than the share stands within this many of
# the grid's row pitches of the row above it (a totals line, or figures over a label on the line
# under them), not lower down the page (a chart's axis, a second table's figures).
_BELOW_SIZE_RATIO = 1.2
_BELOW_FIGURES_PITCHES = 2.0


def _column_boxes(raw: RawTable, words: _Words) -> list[tuple[float, float]] | None:
    """Each column's printed extent (x0, x1) over the table's rows; None if one has no figure."""
    boxes: list[list[float]] = [[float("inf"), float("-inf")] for _ in raw.columns]
    for row in raw.rows:
        for k, cell in enumerate(row.cells or []):
            if cell is None or k >= len(boxes):
                continue
            i = bisect.bisect_left(words.starts, cell.start)
            for w in words.words[i:bisect.bisect_left(words.starts, cell.end)]:
                boxes[k][0], boxes[k][1] = min(boxes[k][0], w.bbox[0]), max(boxes[k][1], w.bbox[2])
    if any(b[0] == float("inf") for b in boxes):
        return None
    return [(b[0], b[1]) for b in boxes]


# The whitespace finder may leave the column headers out of the grid ("Net / Expenditure |
# Budget | Variance" over a scanned budget comparison): at most this many lines just above it,
# every word over one of its columns, are read as its header.
_MAX_HEADER_LINES_ABOVE = 4


def _page_lines(doc: Document, page: int, start: int, end: int) -> list[tuple[int, int]]:
    text = doc.text
    return [(s, e) for s, e in raw_lines(text) if s >= start and e <= end and text[s:e].strip()]


def _lines_above(grid: SourceTable, doc: Document) -> list[tuple[int, int]] | None:
    """The printed lines of the grid's page above it, below any grid above it there."""
    page = next((p for p in doc.pages if p.number == grid.page), None)
    if page is None:
        return None
    floor = max([t.char_end for t in doc.tables if t.page == grid.page and t.char_end <= grid.char_start]
                + [page.char_start])
    return _page_lines(doc, grid.page, floor, grid.char_start)


def _over_column(x: float, boxes: list[tuple[float, float]]) -> int | None:
    """The column whose printed extent, widened by half its width each side, holds x."""
    return next((k for k, (x0, x1) in enumerate(boxes) if x0 - (x1 - x0) / 2 <= x <= x1 + (x1 - x0) / 2), None)


def _header_above(raw: RawTable, grid: SourceTable, doc: Document, words: _Words) -> None:
    """A grid with no header: the header lines printed just above it, outside it: each word joins the name of the
    column it stands over (top line first); a unit line gives the scale; the line above them,
    when short, is the title."""
    if not _headerless(raw):
        taken = _periods_above(raw, grid, doc, words) or _name_opens_above(raw, grid, doc, words)
        _caption_above(raw, grid, doc, taken)
        _caption_unit(raw, grid, doc)  # a grid with a header of its own: the lines above are its caption
        if not taken:
            _name_starts_above(raw, grid, doc, words)
        return
    if any(r.cells is None for r in raw.rows) or not raw.rows:
        return
    boxes = _column_boxes(raw, words)
    lines = _lines_above(grid, doc)
    if boxes is None or lines is None:
        return
    text = doc.text
    taken: list[list[str]] = []
    title = None
    for s, e in reversed(lines):
        i = bisect.bisect_left(words.starts, s)
        ws = words.words[i:bisect.bisect_left(words.starts, e)]
        at = [(_over_column((w.bbox[0] + w.bbox[2]) / 2, boxes), text[w.char_start:w.char_end]) for w in ws]
        if not ws or len(taken) == _MAX_HEADER_LINES_ABOVE or any(
                k is None or (looks_numeric(t) and not _YEAR_WORD.match(t)) for k, t in at):
            title = " ".join(text[s:e].split()) if ws and len(text[s:e].strip()) <= 80 else None
            break
        names = [""] * len(boxes)
        for k, t in at:
            names[k] = f"{names[k]} {t}".strip()
        taken.append(names)
    if not taken:
        return
    units = []
    columns = list(raw.columns)
    for names in taken:  # bottom line first: each goes before what is below it
        if all(is_unit_line(n) for n in names if n):
            units += [n for n in names if n]
            continue
        columns = [f"{n} {c}".strip() if n and not c.startswith(n) else c for n, c in zip(names, columns, strict=True)]
    raw.columns = columns
    raw.unit_text = " ".join([*units, raw.unit_text, *columns, title or ""])
    if title and not raw.title:
        raw.title = title


# A header line of periods, one over each number column ("2017 | 2018 | 2018 | 2018" over
# "Budget | Net Expenditure | Budget | Variance" in a town council's budget comparison).
_PERIOD_WORD = re.compile(r"^(?:19|20)\d\d(?:\s?[/\-–]\s?(?:\d{2}|\d{4}))?$")


def _period_line(ws: list[Word], text: str, boxes: list[tuple[float, float]]) -> list[str] | None:
    """The line's period over each column, when it prints one period over every column and no
    other word."""
    names = [""] * len(boxes)
    for w in ws:
        t = text[w.char_start:w.char_end]
        k = _over_column((w.bbox[0] + w.bbox[2]) / 2, boxes)
        if k is None or names[k] or not _PERIOD_WORD.match(t):
            return None
        names[k] = t
    return names if all(names) else None


def _periods_above(raw: RawTable, grid: SourceTable, doc: Document, words: _Words) -> int:
    """The grid may leave out the top lines of its header block: a line of periods, one over
    each number column ("2017 | 2018 | 2018 | 2018"), then unit lines ("£ | £ | £ | £") and
    the first lines of wrapped names ("Net" over "Expenditure"), printed just above it. Each
    period opens its column's name, and so do the words under it over that column. Without such
    a line of periods the lines are left alone (a spanning period or heading over several
    columns prints fewer words than columns: the grid's own header reading places those).
    Returns how many lines above the grid it read (0 if none)."""
    if any(r.cells is None for r in raw.rows) or any(_PERIOD_WORD.match(c.split()[0]) for c in raw.columns if c):
        return 0
    boxes = _column_boxes(raw, words)
    lines = _lines_above(grid, doc)
    if boxes is None or lines is None:
        return 0
    text = doc.text
    units: list[str] = []
    wrapped: list[list[str]] = []  # bottom line first
    for s, e in reversed(lines[-_MAX_HEADER_LINES_ABOVE:]):
        i = bisect.bisect_left(words.starts, s)
        ws = words.words[i:bisect.bisect_left(words.starts, e)]
        at = [(_over_column((w.bbox[0] + w.bbox[2]) / 2, boxes), text[w.char_start:w.char_end]) for w in ws]
        if not ws or any(k is None for k, _ in at):
            return 0
        if all(is_unit_line(t) for _, t in at):
            units.append(text[s:e].strip())
            continue
        periods = _period_line(ws, text, boxes)
        if periods is not None:
            names = list(raw.columns)
            for line in wrapped:
                names = [f"{n} {c}".strip() for n, c in zip(line, names, strict=True)]
            raw.columns = [f"{p} {c}".strip() for p, c in zip(periods, names, strict=True)]
            raw.unit_text = " ".join([*units, raw.unit_text, *raw.columns])
            return len(units) + len(wrapped) + 1
        if any(looks_numeric(t) for _, t in at):
            return 0
        line = [""] * len(boxes)
        for k, t in at:
            line[k] = f"{line[k]} {t}".strip()
        wrapped.append(line)
    return 0


def _caption_above(raw: RawTable, grid: SourceTable, doc: Document, skip: int) -> None:
    """A grid with a header of its own and no title: the short line printed just above its header
    block (past the `skip` header lines read there) is its caption ("B Income and Expenditure
    Account (Unaudited)" over a note's "2018 | 2018"), which tells a table of its own from one
    continued on the next page under the same column names."""
    if raw.title:
        return
    lines = _lines_above(grid, doc)
    if not lines or len(lines) <= skip:
        return
    s, e = lines[-1 - skip]
    caption = " ".join(doc.text[s:e].split())
    if doc.text.count(doc.text[s:e].strip()) > 1:
        return  # printed again elsewhere: a running header ("Royal Sutton Coldfield Town Council")
    if len(caption) <= 80 and sum(ch.isalpha() for ch in caption) >= 4 and not is_unit_line(caption):
        raw.title = caption
        if is_account_block(caption) and raw.rows and raw.rows[0].numbers and all(
                r.section is None for r in raw.rows):
            # "Payments since last meeting" over a parish statement's block of payments: the
            # heading of its rows (their section), as it is when printed inside the grid
            cells = None if raw.rows[0].cells is None else [None] * len(raw.columns)
            raw.rows.insert(0, RawRow(label=RawCell(caption, s, e), cells=cells, numbers=[],
                                      start=s, end=e, page=grid.page))


def _name_starts_above(raw: RawTable, grid: SourceTable, doc: Document, words: _Words) -> None:
    """The grid may leave out the first line of a column's name ("Variation to" over "planned
    spend 2020/21"): a name that opens in lower case goes on from the line above, when every word
    of that line stands over a column whose name so opens."""
    if not any(c[:1].islower() for c in raw.columns) or any(r.cells is None for r in raw.rows):
        return
    boxes = _column_boxes(raw, words)
    lines = _lines_above(grid, doc)
    if boxes is None or lines is None:
        return
    from .whitespace import _placer
    place = _placer(_raw_extents(raw, words))
    # A word left of the first column's figures by more than the gap between two columns is
    # over the labels.
    left = boxes[0][0] - (boxes[1][0] - boxes[0][1] if len(boxes) > 1 else 0)
    text = doc.text
    for s, e in reversed(lines[-_MAX_HEADER_LINES_ABOVE:]):
        i = bisect.bisect_left(words.starts, s)
        ws = words.words[i:bisect.bisect_left(words.starts, e)]
        at = [(place((w.bbox[0] + w.bbox[2]) / 2), text[w.char_start:w.char_end]) for w in ws]
        if not at or any(w.bbox[0] < left or w.bbox[2] > boxes[-1][1] + _OVERHANG_RIGHT for w in ws) or any(
                not raw.columns[k][:1].islower() or looks_numeric(t) for k, t in at):
            return
        names = [""] * len(boxes)
        for k, t in at:
            names[k] = f"{names[k]} {t}".strip()
        raw.columns = [f"{n} {c}" if n else c for n, c in zip(names, raw.columns, strict=True)]
        raw.unit_text = f"{raw.unit_text} {' '.join(n for n in names if n)}"


def _name_opens_above(raw: RawTable, grid: SourceTable, doc: Document, words: _Words) -> int:
    """The grid may leave out the first line of a two-line column name in capitals too ("Net" over
    "Expenditure | Budget | Variance" on a scanned budget comparison, where the scan's line
    spacing puts the first line apart): the one line printed just above the grid's header line
    (at most `_HEADER_LINE_GAP` of its height away), each of whose words lies over the figures
    of one column, none a figure or over the labels, opens those columns' names. A caption or
    title over the table is not such a line: it is wider than one column's figures. Returns how
    many lines above the grid it read (0 or 1)."""
    if any(r.cells is None for r in raw.rows) or not raw.rows:
        return 0
    boxes = _column_boxes(raw, words)
    lines = _lines_above(grid, doc)
    if boxes is None or not lines:
        return 0
    header = words.words[bisect.bisect_left(words.starts, grid.char_start):
                         bisect.bisect_left(words.starts, raw.rows[0].start)]
    header = [w for w in header if doc.text[w.char_start:w.char_end].strip()]
    if not header:
        return 0
    top = min(w.bbox[1] for w in header)
    height = max(w.bbox[3] - w.bbox[1] for w in header)
    s, e = lines[-1]
    ws = words.words[bisect.bisect_left(words.starts, s):bisect.bisect_left(words.starts, e)]
    if not ws or top - max(w.bbox[3] for w in ws) > _HEADER_LINE_GAP * height or top - min(
            w.bbox[3] for w in ws) < 0:
        return 0
    text = doc.text
    names = [""] * len(boxes)
    for w in ws:
        t = text[w.char_start:w.char_end]
        k = next((k for k, (x0, x1) in enumerate(boxes)
                  if x0 - _OVER_FIGURES <= w.bbox[0] and w.bbox[2] <= x1 + _OVER_FIGURES), None)
        if k is None or looks_numeric(t) or scale_of(t) > 1 or not t[:1].isalpha():
            return 0
        names[k] = f"{names[k]} {t}".strip()
    raw.columns = [f"{n} {c}" if n and not c.startswith(n) else c
                   for n, c in zip(names, raw.columns, strict=True)]
    raw.unit_text = f"{raw.unit_text} {' '.join(n for n in names if n)}"
    return 1


# A header line's height: the line over the header is this many of them above it at most (the
# gap between two lines of one name, not the space between a title and the table).
_HEADER_LINE_GAP = 1.0
# Points: a header word over a column may stand out this far either side of its figures.
_OVER_FIGURES = 4.0

# Points: a header word may end this far right of the last column's figures.
_OVERHANG_RIGHT = 12.0


def _raw_extents(raw: RawTable, words: _Words) -> list[tuple[float, float, float, float]]:
    """Each column's figures: (left, right, spread of left edges, spread of right edges), as
    `whitespace._placer` takes them."""
    out = []
    for k in range(len(raw.columns)):
        bs = [w.bbox for r in raw.rows if r.cells and k < len(r.cells) and r.cells[k] is not None
              for w in words.words[bisect.bisect_left(words.starts, r.cells[k].start):
                                   bisect.bisect_left(words.starts, r.cells[k].end)]]
        out.append((min(b[0] for b in bs), max(b[2] for b in bs),
                    max(b[0] for b in bs) - min(b[0] for b in bs), max(b[2] for b in bs) - min(b[2] for b in bs)))
    return out


def _caption_unit(raw: RawTable, grid: SourceTable, doc: Document) -> None:
    """The unit a table's caption, printed just above its grid, gives ("Savings (£000s)"), when
    its own header gives none."""
    if scale_of(raw.unit_text) > 1:
        return
    lines = _lines_above(grid, doc)
    for s, e in reversed((lines or [])[-_MAX_CAPTION_LINES_UP:]):
        caption = " ".join(doc.text[s:e].split())
        if len(caption) > _MAX_CAPTION:
            return  # a paragraph: the caption, if any, was below it
        if scale_of(caption) > 1:
            raw.unit_text = f"{raw.unit_text} {caption}"
            return


_MAX_CAPTION = 120  # characters: a caption line, not a paragraph that mentions "£m"
# The caption may stand over header lines the grid left out ("Resource Plan (£000)" over
# "Variation to", the first line of a column's name): this many lines up at most.
_MAX_CAPTION_LINES_UP = 1 + _MAX_HEADER_LINES_ABOVE


def _join_split_rows(raw: RawTable) -> None:
    """OCR sets a row's label a little above its figures, so one printed row becomes a row of its
    label (with some of its figures, or none) and an unlabelled row of the others: the two are
    one row when no column holds a figure in both."""
    out: list[RawRow] = []
    for row in raw.rows:
        prev = out[-1] if out else None
        if (prev is not None and row.label is None and prev.label is not None and row.cells is not None
                and prev.cells is not None and row.numbers and row.page == prev.page
                and not any(a is not None and b is not None for a, b in zip(prev.cells, row.cells, strict=False))):
            cells = [a if a is not None else b for a, b in zip(prev.cells, row.cells, strict=False)]
            out[-1] = RawRow(label=prev.label, cells=cells, numbers=[c for c in cells if c is not None],
                             start=min(prev.start, row.start), end=max(prev.end, row.end), page=prev.page,
                             section=prev.section, details=prev.details)
            continue
        out.append(row)
    raw.rows = out


def _rows_below(raw: RawTable, grid: SourceTable, doc: Document, words: _Words) -> RawTable | None:
    """Rows of `raw` printed below its grid on the same page, past a note (`_MAX_NOTE_LINES`):
    lines whose figures each stand in one of its columns, and short lines in the label column
    between them (headings: "RESERVES"). Where a line of column names stands over them (a table
    of its own under its title: "Reserve Movements" / "Balance April 2017 | Movement for Year |
    Balance March 2018"), they are that table's rows: it is returned, `raw` left as it was."""
    if not raw.columns or any(r.cells is None for r in raw.rows):
        return None
    boxes = _column_boxes(raw, words)
    if boxes is None or any(b[0] < a[1] for a, b in zip(boxes, boxes[1:], strict=False)):
        return None
    one_column = len(raw.columns) == 1  # its rows below only under a note's heading of their own
    margin = _label_margin(raw, words)
    page = next((p for p in doc.pages if p.number == grid.page), None)
    if page is None:
        return None
    stop = min([t.char_start for t in doc.tables if t.page == grid.page and t.char_start >= grid.char_end]
               + [page.char_end])
    text = doc.text
    lines = [(s, e) for s, e in raw_lines(text) if s >= grid.char_end and e <= stop]
    edge = boxes[0][0]
    band = _label_band(raw, boxes, words)
    size, pitch, bottom = _grid_print(raw, words)
    last_bottom = float("-inf")  # of the last row found
    above = bottom  # the bottom of the last line taken (the grid's, a row's or a heading's)
    pending: list[RawRow] = []
    found: list[RawRow] = []
    skipped = 0
    names: list[list[Word]] | None = None  # a table of its own: the words naming each column
    title: str | None = None
    note: str | None = None  # a table of its own under a note's heading ("D Balance Sheet")
    last_skipped: str | None = None
    for s, e in lines:
        if not text[s:e].strip():
            pending = []  # a heading stands just above its rows; before a blank line, a note ends
            continue
        i = bisect.bisect_left(words.starts, s)
        ws = words.words[i:bisect.bisect_left(words.starts, e)]
        if not ws:
            continue
        comment = [w for w in ws if w.bbox[0] > boxes[-1][1] + _COMMENT_GAP]
        if comment and len(comment) == len(ws) and (found or note is not None):
            continue  # a comment's run-on line beside the rows ("new Dep Mayor Pendant")
        ws = [w for w in ws if w not in comment] if (found or note is not None) else ws
        if not ws:
            continue
        key = _note_key(ws, text, margin, edge)
        if key is not None and names is None:
            if found:
                break  # the next note: the rows so far were all
            note, pending, skipped = key, [], 0
            above = max(w.bbox[3] for w in ws)
            continue
        if one_column and note is None:
            if skipped >= _MAX_NOTE_LINES:
                return None
            skipped += 1
            continue
        if not found and (_heads_columns(ws, text, boxes) or (
                names is not None and _heads_columns(ws, text, boxes, periods=True))):
            # the column names of a table of its own below ("Balance April 2017 | Movement ..."),
            # its title the short line above them (read as a heading when in the label column)
            if names is None:
                names = [[] for _ in boxes]
                title = pending[-1].label.text if pending and pending[-1].label else last_skipped
                pending = []
            for w in ws:  # to the nearest column: widened, two columns' extents may overlap
                x = (w.bbox[0] + w.bbox[2]) / 2
                names[min(range(len(boxes)), key=lambda k: abs((boxes[k][0] + boxes[k][1]) / 2 - x))].append(w)
            above = max(w.bbox[3] for w in ws)
            continue
        label = [w for w in ws if (w.bbox[2] <= edge or _within(w, band))
                 and not looks_numeric(text[w.char_start:w.char_end])]
        rest = [w for w in ws if w not in label]
        cells: list[RawCell | None] = [None] * len(boxes)
        fits = True
        for w in rest:
            t = text[w.char_start:w.char_end]
            x = (w.bbox[0] + w.bbox[2]) / 2
            k = next((k for k, (x0, x1) in enumerate(boxes) if x0 - (x1 - x0) / 2 <= x <= x1 + (x1 - x0) / 2), None)
            if k is None or cells[k] is not None or not looks_numeric(t):
                fits = False
                break
            cells[k] = RawCell(t, w.char_start, w.char_end)
        name = RawCell(" ".join(text[w.char_start:w.char_end] for w in label), label[0].char_start,
                       label[-1].char_end) if label else None
        filled = sum(1 for c in cells if c is not None)
        if fits and not _same_size(ws, size):
            fits = False  # a footnote or the next section's heading, not a row of the grid
        if fits and filled and name is None and all(_YEAR_WORD.match(c.text) for c in cells if c is not None):
            fits = False  # a line of years alone is the header of a table below, not figures
        # A line of figures alone, each under a column, is a row however few it prints (its
        # label may follow on the next line), when it stands close under the row above; a line
        # with words needs the share.
        share = max(min(2, len(boxes)), _MIN_ROW_SHARE * len(boxes))
        if note is not None and name is None:
            fits = False  # a note's rows are named
        close = pitch is not None and min(w.bbox[1] for w in ws) - above <= _BELOW_FIGURES_PITCHES * pitch
        if fits and (filled >= share or (name is None and close and filled >= 2)):
            found += pending
            pending = []
            last_bottom = above = max(w.bbox[3] for w in ws)
            found.append(RawRow(label=name, cells=cells, numbers=[c for c in cells if c is not None],
                                start=ws[0].char_start, end=ws[-1].char_end, page=grid.page,
                                columns=raw.rows[-1].columns))  # under the last block's header
            continue
        if fits and filled == 0 and name is not None and len(name.text) <= 60:
            if (found and found[-1].label is None and found[-1].numbers and not pending
                    and min(w.bbox[1] for w in ws) < last_bottom):
                # A label printed lower than its figures, overlapping their line, as in a
                # two-line cell ("-17,000.0 ... -18,400.0" / "ADULT SOCIAL CARE FUNDING
                # UNRESOLVED BALANCE", its top 6 points under theirs).
                found[-1].label, found[-1].end = name, max(found[-1].end, name.end)
                continue
            above = max(w.bbox[3] for w in ws)
            last_skipped = name.text  # a title, if column names follow
            pending.append(RawRow(label=name, cells=[None] * len(boxes), numbers=[], start=name.start,
                                  end=name.end, page=grid.page))
            continue
        if found or names is not None:
            break  # prose after the rows: the table has ended
        pending = []
        skipped += 1
        last_skipped = " ".join(text[s:e].split()) if len(text[s:e].strip()) <= 80 else None
        if skipped > _MAX_NOTE_LINES:
            return None
    if names is not None:
        return _table_below(raw, names, found, title, text, grid.page)
    if note is not None:
        return _note_below(found, note, grid.page)
    if len(found) - sum(1 for r in found if not r.numbers) < 1:
        return None
    raw.rows.extend(found)
    raw.end = max(raw.end, found[-1].end)
    return None


# Points: words this far right of the last column's figures are a row's comment, not its cells
# ("1,800  Office Space Rental" in a town council's notes to its accounts).
_COMMENT_GAP = 12.0
_NOTE_KEY = re.compile(r"^(?:[A-Z]|\d{1,2})\.?$")
# A note's key stands this far left of the row labels at least (points).
_NOTE_KEY_INDENT = 6.0
# A note table below a grid prints at least this many named rows of figures.
_MIN_NOTE_ROWS = 2


def _label_margin(raw: RawTable, words: _Words) -> float | None:
    """Where the grid's row labels start (the left edge of the most of them)."""
    xs = sorted(round(words.words[bisect.bisect_left(words.starts, r.label.start)].bbox[0])
                for r in raw.rows if r.label is not None
                and bisect.bisect_left(words.starts, r.label.start) < len(words.words))
    return float(xs[len(xs) // 2]) if xs else None


def _note_key(ws: list[Word], text: str, margin: float | None, edge: float) -> str | None:
    """A note's heading under a statement of accounts' grid: a key ("D", "2") printed left of the
    row labels, then its title in the label column, no figure ("D  Balance Sheet"): the title."""
    if margin is None or len(ws) < 2 or not _NOTE_KEY.match(text[ws[0].char_start:ws[0].char_end]):
        return None
    if ws[0].bbox[2] > margin - _NOTE_KEY_INDENT or any(w.bbox[2] > edge for w in ws[1:]):
        return None
    title = " ".join(text[w.char_start:w.char_end] for w in ws[1:])
    return title if any(ch.isalpha() for ch in title) and not any(looks_numeric(text[w.char_start:w.char_end]) for w in ws[1:]) else None


def _note_heading(raw: RawTable, doc: Document, words: _Words) -> None:
    """A grid whose first row is a heading printed after a note's key left of the row labels, on
    its line ("E  Balance Sheet" over a town council's creditors): the note's title, not a section
    of its rows."""
    if not raw.rows or raw.rows[0].numbers or raw.rows[0].label is None or raw.title:
        return
    head = raw.rows[0].label
    i = bisect.bisect_left(words.starts, head.start)
    margin = _label_margin(raw, words)
    if i == 0 or i >= len(words.words) or margin is None:
        return
    key, first = words.words[i - 1], words.words[i]
    text = doc.text
    if (key.page == first.page and abs(key.bbox[1] - first.bbox[1]) <= _NOTE_KEY_INDENT
            and _NOTE_KEY.match(text[key.char_start:key.char_end])
            and key.bbox[2] <= margin - _NOTE_KEY_INDENT and not text[key.char_end:head.start].count("\n")):
        raw.title, raw.note = head.text, True
        raw.rows = raw.rows[1:]


def _note_below(found: list[RawRow], title: str, page: int | None) -> RawTable | None:
    """The rows under a note's heading below a grid, as a table of its own: its figures in the
    grid's columns, which it does not name (it prints no header)."""
    rows = [r for r in found if r.numbers]
    if len(rows) < _MIN_NOTE_ROWS or any(r.label is None for r in rows):
        return None
    used = [k for k in range(len(found[0].cells or [])) if any(r.cells and r.cells[k] is not None for r in found)]
    if not used:
        return None
    out = [RawRow(label=r.label, cells=[r.cells[k] for k in used] if r.cells else None, numbers=r.numbers,
                  start=r.start, end=r.end, page=r.page) for r in found]
    return RawTable(title=title, columns=[""] * len(used), rows=out, unit_text=title,
                    start=found[0].start, end=found[-1].end, pages=[page] if page else [], note=True)


def _table_below(raw: RawTable, names: list[list[Word]], found: list[RawRow], title: str | None,
                 text: str, page: int | None) -> RawTable | None:
    """The table under its own column names below a grid, in the grid's columns: each column
    named by the words over it (top line first), a column of figures under no name of its own
    keeping the grid's (the last year's figures printed beside both tables); the columns it
    prints no figure in are left out."""
    if sum(1 for r in found if len(r.numbers) >= 2) < _MIN_TABLE_BELOW_ROWS:
        return None
    used = [k for k in range(len(names)) if any(r.cells[k] is not None for r in found if r.cells)]
    if len(used) < 2:
        return None
    columns = [" ".join(text[w.char_start:w.char_end] for w in sorted(names[k], key=lambda w: (round(w.bbox[1]), w.bbox[0])))
               or raw.columns[k] for k in used]
    rows = [RawRow(label=r.label, cells=[r.cells[k] for k in used] if r.cells else None,
                   numbers=r.numbers, start=r.start, end=r.end, page=r.page) for r in found]
    spans = [(w.char_start, w.char_end) for ws in names for w in ws]
    return RawTable(title=title, columns=columns, rows=rows, unit_text=f"{title or ''} {' '.join(columns)} {raw.unit_text}",
                    start=min(s for s, _ in spans), end=max(r.end for r in found), pages=[page] if page else [],
                    header_spans=spans)


def _heads_columns(ws: list[Word], text: str, boxes: list[tuple[float, float]], periods: bool = False) -> bool:
    """A line of words only, each over one of the grid's number columns, over two or more of
    them: a header of column names (a note's prose runs over the labels too). `periods`: the
    header's later lines may print years ("April 2017 | for Year | March 2018")."""
    at = [_over_column((w.bbox[0] + w.bbox[2]) / 2, boxes) for w in ws]
    return (not any(k is None for k in at) and len(set(at)) >= 2 and not any(
        looks_numeric(t) and not (periods and _PERIOD_WORD.match(t))
        for t in (text[w.char_start:w.char_end] for w in ws)))


# A table under its own column names below a grid prints figures in at least this many rows.
_MIN_TABLE_BELOW_ROWS = 2


def _grid_print(raw: RawTable, words: _Words) -> tuple[float | None, float | None, float]:
    """The grid's median type size, its row pitch (the median step between its lines' tops) and
    the bottom of its last line."""
    ws = [w for r in raw.rows for w in words.words[bisect.bisect_left(words.starts, r.start):
                                                    bisect.bisect_left(words.starts, r.end)]]
    sizes = sorted(w.size for w in ws if w.size)
    tops = sorted({round(w.bbox[1], 1) for w in ws})
    steps = sorted(b - a for a, b in zip(tops, tops[1:], strict=False) if b - a > 1)
    return (sizes[len(sizes) // 2] if sizes else None, steps[len(steps) // 2] if steps else None,
            max((w.bbox[3] for w in ws), default=float("-inf")))


def _same_size(ws: list[Word], size: float | None) -> bool:
    return size is None or all(w.size is None or 1 / _BELOW_SIZE_RATIO <= w.size / size <= _BELOW_SIZE_RATIO
                               for w in ws)


def _label_band(raw: RawTable, boxes: list[tuple[float, float]], words: _Words) -> tuple[float, float] | None:
    """Where the table prints its row labels between two number columns (a budget summary that
    prints each row's figures before its label): the gap between those columns' extents, when
    the rows' labels stand in it; None when they stand left of the first column."""
    xs = [w for r in raw.rows if r.label is not None
          for w in words.words[bisect.bisect_left(words.starts, r.label.start):
                               bisect.bisect_left(words.starts, r.label.end)]]
    if not xs:
        return None
    x0 = min(w.bbox[0] for w in xs)
    return next(((a[1], b[0]) for a, b in zip(boxes, boxes[1:], strict=False) if a[1] <= x0 < b[0]),
                None)


def _within(w: Word, band: tuple[float, float] | None) -> bool:
    return band is not None and band[0] <= (w.bbox[0] + w.bbox[2]) / 2 <= band[1]


def _ruled_runs(tables: list[SourceTable], between: _Between | None) -> list[list[SourceTable]]:
    """The ingest's tables in order, a ruled table's parts on following pages grouped together."""
    runs: list[list[SourceTable]] = []
    for table in tables:
        last = runs[-1][-1] if runs else None
        if (table.ruled and last is not None and last.ruled and between is not None
                and last.page and table.page == last.page + 1
                and max(map(len, last.rows)) == max(map(len, table.rows))
                and not between.lines_between(last.char_end, table.char_start)
                and _same_or_no_header(runs[-1][0], table)):
            runs[-1].append(table)
        else:
            runs.append([table])
    return runs


def _leading_header(table: SourceTable) -> list[tuple[str, ...]]:
    """The rows a ruled grid opens with before its first row of figures or of long text (its
    header block, as `ruled_to_raw` reads it)."""
    out = []
    for row in table.rows:
        texts = tuple(" ".join(c.text.split()) for c in row)
        if any(len(t) > _MAX_RULED_HEADER_CELL for t in texts) or any(
                entries(c) and not _YEAR_WORD.match(t) for c, t in zip(row[1:], texts[1:], strict=True)):
            break
        out.append(texts)
    return out


def _same_or_no_header(first: SourceTable, part: SourceTable) -> bool:
    """A ruled grid on the next page continues the table above only when it prints no header of
    its own or the same header again. A different header (a capital programme's years 5-10 after
    its years 1-4, the next directorate's "Total Cost | Years 1-4" page) is another table, or
    further columns of the same rows (`_widens`), never more rows under the first header."""
    head = _leading_header(part)
    named = [r for r in head if sum(1 for t in r if t) >= 2]  # a header row names two columns or more
    return not named or named == [r for r in _leading_header(first) if sum(1 for t in r if t) >= 2]


def _extend(prev: RawTable, raw: RawTable) -> None:
    if _some_columns(prev, raw):
        at = [prev.columns.index(c) for c in raw.columns]
        for row in raw.rows:
            cells: list[RawCell | None] = [None] * len(prev.columns)
            for k, cell in zip(at, row.cells or [], strict=False):
                cells[k] = cell
            row.cells = cells
            if row.columns is not None:
                names = list(prev.columns)
                for k, name in zip(at, row.columns, strict=False):
                    names[k] = name
                row.columns = names
    prev.rows.extend(raw.rows)
    prev.start, prev.end = min(prev.start, raw.start), max(prev.end, raw.end)
    prev.pages = sorted(set(prev.pages) | set(raw.pages))
    if prev.header_spans is not None or raw.header_spans is not None:  # a header repeated over a page
        prev.header_spans = [*(prev.header_spans if prev.header_spans is not None else [(prev.start, prev.rows[0].start)]),
                             *(raw.header_spans if raw.header_spans is not None else [(raw.start, raw.rows[0].start)])]


def _row_key(row: RawRow) -> tuple[str | None, bool]:
    return (" ".join(row.label.text.split()) if row.label else None, bool(row.numbers))


def _own_rows(prev: RawTable, nxt: RawTable) -> list[RawRow]:
    """`nxt`'s rows without the caption heading it opens with when `prev` prints no such heading
    (the directorate named again inside the grid of its years 5-10 page)."""
    rows = list(nxt.rows)
    keys = {_row_key(r) for r in prev.rows}
    while rows and not rows[0].numbers and _row_key(rows[0]) not in keys:
        rows.pop(0)
    return rows


def _matching_rows(prev: RawTable, nxt: RawTable, first: int = 0) -> list[int] | None:
    """For each row of `nxt`, the row of `prev` (from row `first` on) with the same label (and,
    for a heading, the same heading), in order; None when some row of `nxt` has no such row."""
    found, k = [], first
    for row in _own_rows(prev, nxt):
        key = _row_key(row)
        while k < len(prev.rows) and _row_key(prev.rows[k]) != key:
            k += 1
        if k == len(prev.rows):
            return None
        found.append(k)
        k += 1
    return found


# A table too wide for its page prints its further columns on the next page, beside the same
# rows (Kent's ten-year capital programme: years 1-4, then years 5-10): at least this many of
# the rows must be labelled for the rows to be known the same.
_MIN_SHARED_LABELS = 2


def _widened_from(prev: RawTable, nxt: RawTable) -> int | None:
    """Where `nxt`'s rows start in `prev` when `nxt` prints the further columns `prev` already
    took from a page before for its first rows (a capital programme printing each page's years
    1-4, then the same rows' years 5-10 on the next page, page pair after page pair): the first
    row of figures with none in those columns. None when `prev` does not end in `nxt`'s columns."""
    n = len(nxt.columns)
    if len(prev.columns) <= n or prev.columns[-n:] != nxt.columns:
        return None
    return next((i for i, r in enumerate(prev.rows) if r.numbers and r.cells is not None
                 and all(c is None for c in r.cells[-n:])), None)


def _widens(prev: RawTable, nxt: RawTable) -> bool:
    """`nxt`, on the next page, prints further columns of `prev`'s rows: new column names (or the
    further columns `prev` took from its page pairs before, `_widened_from`) over rows that all
    carry `prev`'s labels in `prev`'s order."""
    next_page = bool(prev.pages and nxt.pages and nxt.pages[0] == prev.pages[-1] + 1)
    if not next_page or _headerless(nxt):
        return False
    first = _widened_from(prev, nxt)
    if first is None and set(prev.columns) & set(nxt.columns):
        return False
    if any(r.cells is None for r in (*prev.rows, *nxt.rows)):
        return False  # a row's numbers must sit in known columns to be set beside each other
    labelled = sum(1 for r in nxt.rows if r.label is not None and r.numbers)
    return labelled >= _MIN_SHARED_LABELS and _matching_rows(prev, nxt, first or 0) is not None


def _widen(prev: RawTable, nxt: RawTable) -> None:
    """Append `nxt`'s columns to `prev`: each row takes the cells printed beside its label (into
    the columns it already has, when `nxt` carries on a page pair's further columns)."""
    first = _widened_from(prev, nxt)
    matches = dict(zip(_matching_rows(prev, nxt, first or 0) or [], _own_rows(prev, nxt), strict=False))
    width = len(nxt.columns)
    for i, row in enumerate(prev.rows):
        other = matches.get(i)
        if other is None and first is not None:
            continue  # a row of another page pair keeps its further columns
        extra = other.cells if other is not None and other.cells is not None else [None] * width
        if row.cells is not None:
            row.cells = [*row.cells[:-width], *extra] if first is not None else [*row.cells, *extra]
        if row.columns is not None and first is None:
            row.columns = [*row.columns, *nxt.columns]
        if other is not None:
            row.numbers = [c for c in row.cells if c is not None] if row.cells is not None else [
                *row.numbers, *other.numbers]
            row.end = max(row.end, other.end)
    if first is None:
        prev.columns = [*prev.columns, *nxt.columns]
    prev.unit_text = f"{prev.unit_text} {nxt.unit_text}"
    prev.start, prev.end = min(prev.start, nxt.start), max(prev.end, nxt.end)
    prev.pages = sorted(set(prev.pages) | set(nxt.pages))
    if prev.header_spans is not None and nxt.header_spans is not None:
        prev.header_spans = [*prev.header_spans, *nxt.header_spans]
