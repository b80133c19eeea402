"""Whitespace (unruled) PDF tables: each header word under the figures it names.

camelot stream finds a whitespace table's columns from the alignment of every line, headers
included. A header printed left-aligned or centred over right-aligned figures ("Actual spend in" /
"2019/20" over "446") then gets columns of its own, and one header line may hold the end of one
column's name and the start of the next ("spend for Variation"). A reader places a header word by
the figures below it: `anchor_headers` moves every header word of the number columns into the
number column whose figures it is printed over, and drops the columns left with no text at all.

How a column's figures are aligned decides where the column's header may sit: right-aligned
figures (their right edges agree) own the width from the previous column's figures to their own
right edge; left-aligned ones from their left edge to the next column's; centred ones half way to
each neighbour's centre.
"""

from __future__ import annotations

import re

from pipeline.models import Document, SourceTable, SourceTableCell, Word

from .grids import (
    _MAX_HEADER_LINES,
    _PERIOD,
    _cell_of,
    _numberish,
    _numeric_columns,
    _text_at,
    _Words,
)
from .headers import is_unit_line
from .numbers import looks_numeric

# Points: a header word may stick out this far past its column's figures (a word a little wider
# than the figures below, set flush with them, or a rounding of the two boxes).
_OVERHANG = 2.0

# A column with text in no more than this share of the body rows is not a text column (Payee,
# Description) but the run-on of a few long labels, as camelot cuts them.
_MAX_SPILL_SHARE = 0.1

# A label row or title printed across the number columns is not a header row when it has text
# in the label column and in no more than this many other columns.
_MAX_TITLE_CELLS = 1


def anchor_headers(table: SourceTable, doc: Document, words: _Words | None = None) -> SourceTable:
    """`table` with its header rows' words regrouped under the number columns they name."""
    if table.ruled or len(table.rows) < 3 or not doc.words:
        return table
    words = words or _Words(doc)
    table = _title_run_into_numbers(table, doc, words)
    numeric = _numeric_columns(table)
    if len(numeric) < 2:
        return table
    first_body = next((i for i, r in enumerate(table.rows) if _figured(r, numeric)), None)
    if not first_body:
        return table
    width = max(len(r) for r in table.rows)
    body = table.rows[first_body:]
    # Columns holding no text under the header: only header fragments, free to regroup; and
    # columns with text in a few rows only (the end of a long label run on: "offer").
    empty = {j for j in range(1, width) if not any(_text_at(r, j) for r in body)}
    spill = {j for j in range(1, width) if j not in numeric
             and sum(1 for r in body if _text_at(r, j)) <= _MAX_SPILL_SHARE * len(body)}
    movable = set(numeric) | empty | spill
    extents = _figure_extents(body, numeric, words)
    if extents is None:
        return table
    place = _placer(extents)
    # A table that prints figures before its labels has a number column first: its header
    # words are placed like the others'.
    first_column = 0 if 0 in numeric else 1
    rows = [list(r) + [SourceTableCell(text="", char_start=r[-1].char_end, char_end=r[-1].char_end)]
            * (width - len(r)) for r in table.rows]
    changed = False
    header_words = [w for r in rows[:first_body] for j in movable for w in words.within(r[j])]
    for i in range(first_body):
        row = rows[i]
        filled = [j for j in range(1, width) if _text_at(row, j)]
        if _text_at(row, 0) and len(filled) <= _MAX_TITLE_CELLS:
            continue  # a title or a label printed across the columns
        if _text_at(row, 0) and _run_on(row, words):
            below = [k for k in range(i + 1, first_body) if any(_text_at(rows[k], j) for j in movable)]
            if below and below[-1] - i <= _MAX_HEADER_LINES:
                # a title camelot cut up, close over the column names (where it would be read as
                # one of them): one cell again. Further up it is read as the caption: as cut.
                ws = sorted((w for c in row for w in words.within(c)), key=lambda w: w.char_start)
                row[:] = [_cell_of(doc.text, ws, row[0].char_start)] + [
                    _cell_of(doc.text, [], ws[-1].char_end)] * (width - 1)
                changed = True
            continue
        if _title_cut_up(rows, i, first_body, filled, words):
            ws = sorted((w for c in row for w in words.within(c)), key=lambda w: w.char_start)
            at = filled[0]
            row[:] = [_cell_of(doc.text, [], ws[0].char_start)] * at + [
                _cell_of(doc.text, ws, ws[0].char_start)] + [_cell_of(doc.text, [], ws[-1].char_end)] * (width - at - 1)
            changed = True
            continue
        if any(_text_at(row, j) for j in range(1, width) if j not in movable):
            continue  # names a text column too: leave the row as camelot cut it
        moved: dict[int, list[Word]] = {j: [] for j in movable}
        for j in range(first_column, width):
            for w in words.within(row[j]) if j in movable else []:
                # A word over no figures stays in its column (a column left blank, its heading
                # "Income" printed alone) unless it runs on from a neighbour ("Full Amount").
                # A unit ("£000") is set like the figures under it: placed by them.
                target = j if j not in numeric and not _runs_on(w, header_words) and not is_unit_line(
                    doc.text[w.char_start:w.char_end]) else None
                moved[target if target is not None else numeric[place((w.bbox[0] + w.bbox[2]) / 2)]].append(w)
        anchor = row[0].char_end
        new = {j: _cell_of(doc.text, sorted(moved.get(j, []), key=lambda w: w.char_start), anchor)
               for j in range(first_column, width) if j in movable}
        if any(new[j].text != row[j].text for j in new):
            changed = True
            for j, cell in new.items():
                row[j] = cell
    if _stack_fragments(rows, first_body, numeric, words):
        changed = True
    if not changed:
        return table
    keep = [j for j in range(width) if j not in empty or any(_text_at(r, j) for r in rows)]
    return table.model_copy(update={"rows": [[r[j] for j in keep] for r in rows]})


def _title_run_into_numbers(table: SourceTable, doc: Document, words: _Words) -> SourceTable:
    """The grid's top line, one run of words from the label column into one other column
    ("Income and Expenditure Account | (Unaudited)" over "2018 | 2018" in a town council's notes
    to its accounts), printing no figure: its title, one cell, not words of a column's name."""
    row = table.rows[0]
    filled = [j for j in range(1, len(row)) if _text_at(row, j)]
    if not _text_at(row, 0) or len(filled) != 1 or any(_numberish(_text_at(row, j)) for j in filled) \
            or not _run_on(row, words):
        return table
    ws = sorted((w for c in row for w in words.within(c)), key=lambda w: w.char_start)
    top = [_cell_of(doc.text, ws, row[0].char_start)] + [_cell_of(doc.text, [], ws[-1].char_end)] * (len(row) - 1)
    return table.model_copy(update={"rows": [top, *table.rows[1:]]})


def _figured(row, numeric: list[int]) -> bool:
    """The row prints a figure: a year alone does not count (a title's "- June 2020", cut into a
    number column, is not the first row of the body)."""
    cells = [_text_at(row, j).strip() for j in numeric]
    figures = [t for t in cells if _numberish(t)]
    return bool(figures) and not all(_PERIOD.fullmatch(t) for t in figures)


def _title_cut_up(rows: list[list[SourceTableCell]], i: int, first_body: int, filled: list[int],
                  words: _Words) -> bool:
    """Row i, the top line of a header two or more lines deep, is one run of words that camelot
    cut into cells ("GENERAL GOVERNMENT | RESERVES PLAN" over a reserves plan's columns): the
    table's title, not the first line of two column names."""
    if not (len(filled) >= 2 and not _text_at(rows[i], 0) and first_body - i >= 2
            and not any(_text_at(r, j) for r in rows[:i] for j in range(len(r)))
            and _run_on(rows[i], words)):
        return False
    # over two or more of the names below it, not the first line of one ("Variation to")
    run = [w for c in rows[i] for w in words.within(c)]
    left, right = min(w.bbox[0] for w in run), max(w.bbox[2] for w in run)
    centres = [_centre_x(words.within(c)) for c in rows[i + 1] if words.within(c)]
    return sum(1 for x in centres if left <= x <= right) >= 2


def _centre_x(ws: list[Word]) -> float:
    return (min(w.bbox[0] for w in ws) + max(w.bbox[2] for w in ws)) / 2


def _stack_fragments(rows: list[list[SourceTableCell]], first_body: int, numeric: list[int],
                     words: _Words) -> bool:
    """One column's name wrapped over more lines than the others' ("Variation" / "to" /
    "planned" / "spend" / "2020/21" beside three-line names): a header line printing one word of
    it alone, a wrapped line's pitch over a word of the line below in that column, is joined
    into that line's cell (text first, then its own; the cell's span stays its own line's, the
    joined line's kept in `lines`). The header block is then as deep as the other names. Only
    number columns' names: a word over the labels is their heading."""
    changed = False
    for i in range(first_body - 2, -1, -1):
        filled = [j for j in range(1, len(rows[i])) if _text_at(rows[i], j)]
        if _text_at(rows[i], 0) or len(filled) != 1 or filled[0] >= len(rows[i + 1]):
            continue
        if any(not _text_at(r, 0) and sum(1 for k in range(1, len(r)) if _text_at(r, k)) > 1
               for r in rows[:i]):
            continue  # a line inside the header block ("Health" under "Public", centred on its
            # neighbours' one line): the names above it are not all one column's
        j = filled[0]
        if j not in numeric:
            continue  # a heading over the labels ("INCOME" over "Details"), not a figure's name
        if _heads_periods(rows, i, numeric):
            continue
        over, under = rows[i][j], rows[i + 1][j]
        a, b = words.within(over), words.within(under)
        if not a or not b or len(a) > 1 or is_unit_line(over.text):
            continue
        size = a[0].size or 10.0
        if not 0 < b[0].bbox[1] - a[0].bbox[1] <= _LINE_PITCH * size or not any(
                w.bbox[0] < a[0].bbox[2] and a[0].bbox[0] < w.bbox[2] for w in b):
            continue  # not the same name going on under it ("Public" beside "ASCH" and "CYPE")
        rows[i + 1][j] = under.model_copy(update={
            "text": f"{over.text} {under.text}",
            "lines": [*(over.lines or [(over.char_start, over.char_end)]),
                      *(under.lines or [(under.char_start, under.char_end)])]})
        del rows[i]
        changed = True
    return changed


# A row of periods this wide under one word is a row of whole column names, not the foot of one
# wrapped name.
_MIN_PERIOD_COLUMNS = 3


def _heads_periods(rows: list[list[SourceTableCell]], i: int, numeric: list[int]) -> bool:
    """Row i, the top of the header, is one word over a row naming a period in every number
    column ("ACTUALS" boxed over "2015-16 | ... | 2023-24" in a reserves history): a heading
    over them all (`grids._spanning_layers`), not the first line of the column under it."""
    below = [_text_at(rows[i + 1], j) for j in numeric]
    return (len(numeric) >= _MIN_PERIOD_COLUMNS and all(_PERIOD.fullmatch(t) for t in below)
            and not any(_text_at(r, j) for r in rows[:i] for j in numeric))


# A line whose words follow each other with no gap wider than this many times their font size is
# one run of text (a title camelot cut into cells), not column headings.
_RUN_ON_GAP = 1.0

# Lines of one wrapped heading are at most this many times the font size apart (line spacing
# is 1.2 em in most documents; a new row of the header is set further down).
_LINE_PITCH = 1.5


def _runs_on(w: Word, others: list[Word]) -> bool:
    """`w` is part of a run of header text: a word space from a word beside it on its line, or a
    line from a word over or under it (a heading wrapped over lines)."""
    size = w.size or 10.0
    for o in others:
        if o.char_start == w.char_start:  # the word itself (a Document's words are made when
            continue  # read, so the same word may be two objects: it is known by where it starts)
        if abs(o.bbox[1] - w.bbox[1]) < _SAME_LINE:
            if max(o.bbox[0] - w.bbox[2], w.bbox[0] - o.bbox[2]) < _RUN_ON_GAP * size:
                return True
        elif abs(o.bbox[1] - w.bbox[1]) <= _LINE_PITCH * size and o.bbox[0] < w.bbox[2] and w.bbox[0] < o.bbox[2]:
            return True
    return False


def _run_on(row, words: _Words) -> bool:
    ws = sorted((w for c in row for w in words.within(c)), key=lambda w: w.bbox[0])
    return len(ws) >= 2 and all(b.bbox[0] - a.bbox[2] < _RUN_ON_GAP * (a.size or 10.0)
                                for a, b in zip(ws, ws[1:], strict=False))


def _figure_extents(body, numeric: list[int], words: _Words) -> list[tuple[float, float]] | None:
    """(left, right) of the widest run of each number column's figures, in column order."""
    out = []
    for j in numeric:
        boxes = [w.bbox for r in body if _numberish(_text_at(r, j)) for w in words.within(r[j])]
        if not boxes:
            return None
        out.append((min(b[0] for b in boxes), max(b[2] for b in boxes), _spread(boxes, 0),
                    _spread(boxes, 2)))
    if any(b[0] <= a[1] for a, b in zip(out, out[1:], strict=False)):
        return None  # columns out of order or overlapping: camelot's cut is not to be redone
    return out


def _spread(boxes, k: int) -> float:
    xs = [b[k] for b in boxes]
    return max(xs) - min(xs)


# Points: figures whose edges differ by no more than this share that edge (the rounding of the
# boxes of one font's digits).
_ALIGNED = 1.0
# The shared edge's spread is at most this share of the other's: a bracket or trailing minus
# ("(265)", "357-") sets a right-aligned figure's edge off by a character; centred figures
# spread about equally on both sides.
_ALIGNED_SHARE = 0.5


def _placer(extents):
    """x -> index of the number column that owns it."""
    # Each column whose figures differ in width votes for the edge they share; a column of
    # figures all one width ("0", "£000") shows none.
    votes = [("right" if rs <= _ALIGNED_SHARE * ls else "left" if ls <= _ALIGNED_SHARE * rs else "centre")
             for _, _, ls, rs in extents if max(ls, rs) > _ALIGNED]
    right_aligned = not votes or votes.count("right") >= len(votes) / 2
    left_aligned = not right_aligned and votes.count("left") >= len(votes) / 2
    if right_aligned:
        bounds = [right + _OVERHANG for _, right, _, _ in extents[:-1]]
    elif left_aligned:
        bounds = [left - _OVERHANG for left, _, _, _ in extents[1:]]
    else:
        centres = [(left + right) / 2 for left, right, _, _ in extents]
        bounds = [(a + b) / 2 for a, b in zip(centres, centres[1:], strict=False)]

    def place(x: float) -> int:
        return next((k for k, b in enumerate(bounds) if x <= b), len(bounds))

    return place


# A label printed over two lines of one cell sits closer to its second line than rows sit to each
# other (line spacing against row spacing with the cell's padding): a pitch below this share of
# the table's usual row pitch joins the lines.
_WRAP_PITCH = 0.9

# Points: the second line of a wrapped label starts where the first does (or a little indented).
_WRAP_INDENT = 12.0

_MIN_PITCHES = 3  # rows of figures needed to know the table's usual row pitch


def _labelled_rows(table: SourceTable, doc: Document, words: _Words | None):
    """(words, rows as lists of cells, rows with figures) of a whitespace table of three rows or
    more whose first column names its rows and whose other columns hold its figures; else None."""
    if table.ruled or len(table.rows) < 3 or not doc.words:
        return None
    words = words or _Words(doc)
    numeric = _numeric_columns(table)
    if not numeric or 0 in numeric:
        return None
    rows = [list(r) for r in table.rows]
    figures = [i for i, r in enumerate(rows) if any(_numberish(_text_at(r, j)) for j in numeric)]
    return words, rows, figures


def _laid_out_rows(table: SourceTable, doc: Document, words: _Words | None):
    """(words, rows, row boxes, rows with figures, the usual pitch of rows) of a whitespace table
    whose first column names its rows; None where its row pitch cannot be known."""
    labelled = _labelled_rows(table, doc, words)
    if labelled is None:
        return None
    words, rows, figures = labelled
    boxes = [_row_box(r, words) for r in rows]
    pitches = sorted(boxes[b][1] - boxes[a][1] for a, b in zip(figures, figures[1:], strict=False)
                     if b == a + 1 and boxes[a] and boxes[b])
    if len(pitches) < _MIN_PITCHES:
        return None
    return words, rows, boxes, figures, pitches[len(pitches) // 2]


def join_wrapped_labels(table: SourceTable, doc: Document, words: _Words | None = None) -> SourceTable:
    """`table` with each row label printed over two or more lines joined into one row: a line
    holding only a label ("Practice Improvement/Behaviour") closer to the line below it than
    rows are to each other, starting where that line's label starts ("Change Programme  1,251")."""
    laid = _laid_out_rows(table, doc, words)
    if laid is None:
        return table
    words, rows, boxes, figures, usual = laid
    changed = False
    for i in range(len(rows) - 2, -1, -1):
        row, below = rows[i], rows[i + 1]
        if not _label_only(row) or not _text_at(below, 0) or _numberish(_text_at(below, 0)):
            continue
        a, b = words.within(row[0]), words.within(below[0])
        if not a or not b or boxes[i] is None or boxes[i + 1] is None:
            continue
        if boxes[i + 1][1] - boxes[i][1] >= _WRAP_PITCH * usual or boxes[i + 1][1] <= boxes[i][1]:
            continue
        if not 0 <= b[0].bbox[0] - a[0].bbox[0] <= _WRAP_INDENT:
            continue
        below[0] = _cell_of(doc.text, a + b, row[0].char_start)
        del rows[i]
        boxes[i:i + 2] = [(boxes[i][0], boxes[i][1], boxes[i + 1][2], boxes[i + 1][3])]
        changed = True
    return table.model_copy(update={"rows": rows}) if changed else table


def join_labels_round_figures(table: SourceTable, doc: Document, words: _Words | None = None) -> SourceTable:
    """`table` with a two-line label set vertically centred on its figures joined into their row:
    an unlabelled line of figures between a label-only line just above and one just below, both
    starting at one left edge and nearer to it than rows are to each other ("Cash and cash" /
    "128.9 4.1 133.0" / "equivalents" in a treasury report's balances)."""
    laid = _laid_out_rows(table, doc, words)
    if laid is None:
        return table
    words, rows, boxes, figures, usual = laid
    changed = False
    for i in range(len(rows) - 2, 0, -1):
        above, row, below = rows[i - 1], rows[i], rows[i + 1]
        if _text_at(row, 0) or i not in figures or not _label_only(above) or not _label_only(below):
            continue
        a, b = words.within(above[0]), words.within(below[0])
        box_a, box, box_b = boxes[i - 1], boxes[i], boxes[i + 1]
        if not a or not b or box_a is None or box is None or box_b is None:
            continue
        if not (box_a[1] < box[1] < box_b[1]) or box_b[1] - box_a[1] >= _WRAP_PITCH * usual:
            continue
        if abs(a[0].bbox[0] - b[0].bbox[0]) > _WRAP_INDENT:
            continue
        row[0] = _cell_of(doc.text, a + b, above[0].char_start)
        del rows[i + 1]
        del rows[i - 1]
        boxes[i - 1:i + 2] = [(box_a[0], box_a[1], box_b[2], box_b[3])]
        changed = True
    return table.model_copy(update={"rows": rows}) if changed else table


def join_labels_run_on_below(table: SourceTable, doc: Document, words: _Words | None = None) -> SourceTable:
    """`table` with a row's label that runs on below its figures joined into it, as in a table
    whose cells are set from their top ("Creative Enterprise Quarter Industrial  2.474  2.605" /
    "Units, Ashford units 1, 2, 3, 14, 18," / "19, 20, 21, 22, 23, 24" in a county investment
    strategy): a line holding only a label, starting where the row's label starts, close under
    it, whose first word would not have fitted at the end of the line above within the widest
    line the label column prints (so it was wrapped there, as a heading under a row is not)."""
    labelled = _labelled_rows(table, doc, words)
    if labelled is None or len(labelled[2]) < 2:
        return table
    words, rows, figures = labelled
    body = [w for r in rows[figures[0]:] for w in words.within(r[0]) if r[0].text.strip()]
    if not body:
        return table
    limit = max(w.bbox[2] for w in body)
    changed = False
    i = figures[0]
    while i < len(rows) - 1:
        row = rows[i]
        if i not in figures or not _text_at(row, 0) or _numberish(_text_at(row, 0)):
            i += 1
            continue
        taken = list(words.within(row[0]))
        k = i + 1
        while taken and k < len(rows) and _label_only(rows[k]):
            b = words.within(rows[k][0])
            if not b:
                break
            line = _last_line(taken)
            right, bottom = max(w.bbox[2] for w in line), max(w.bbox[3] for w in line)
            size = line[0].size or (bottom - line[0].bbox[1])
            if not (abs(b[0].bbox[0] - taken[0].bbox[0]) <= _WRAP_INDENT and 0 <= b[0].bbox[1] - bottom <= 0.8 * size
                    and right + _SPACE * size + (b[0].bbox[2] - b[0].bbox[0]) > limit):
                break
            taken += b
            k += 1
        if k > i + 1:
            row[0] = _cell_of(doc.text, taken, row[0].char_start)
            del rows[i + 1:k]
            figures = [f if f <= i else f - (k - i - 1) for f in figures if not i < f < k]
            changed = True
        i += 1
    return table.model_copy(update={"rows": rows}) if changed else table


def _last_line(ws: list[Word]) -> list[Word]:
    """The words of the bottom line of a cell's words."""
    top = max(w.bbox[1] for w in ws)
    half = (ws[-1].bbox[3] - ws[-1].bbox[1]) / 2
    return [w for w in ws if top - w.bbox[1] <= half]


# A space's width as a share of the type size (about a quarter of an em in most faces).
_SPACE = 0.25


def _label_only(row) -> bool:
    return bool(_text_at(row, 0)) and not _numberish(_text_at(row, 0)) and not any(
        _text_at(row, j) for j in range(1, len(row)))


def _row_box(row, words: _Words) -> tuple[float, float, float, float] | None:
    ws = [w for c in row for w in words.within(c)]
    if not ws:
        return None
    return (min(w.bbox[0] for w in ws), min(w.bbox[1] for w in ws), max(w.bbox[2] for w in ws),
            max(w.bbox[3] for w in ws))


# A page-number line at the foot of the page ("12", "Page 3 of 9") is furniture, not a header.
_FOLIO = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$", re.I)

# The header lines found at the foot of the page before must name at least this share of the
# body's number columns (else they are something else printed there).
_MIN_NAMED_SHARE = 0.5


def header_from_page_before(table: SourceTable, doc: Document, words: _Words | None = None) -> SourceTable:
    """A whitespace table that opens its page with figures, with the lines over its number
    columns at the foot of the page before (the header block printed there, the body here): those
    lines become its header rows, each word under the figures it is printed over."""
    if table.ruled or not table.page or table.page < 2 or len(table.rows) < 3 or not doc.words:
        return table
    words = words or _Words(doc)
    numeric = _numeric_columns(table)
    if len(numeric) < 2 or 0 in numeric:
        return table
    first_body = next((i for i, r in enumerate(table.rows)
                       if any(_numberish(_text_at(r, j)) for j in numeric)), None)
    if first_body is None or any(_text_at(r, j) for r in table.rows[:first_body] for j in numeric):
        return table  # it has a header of its own
    body = table.rows[first_body:]
    extents = _figure_extents(body, numeric, words)
    labels = [w for r in table.rows for w in words.within(r[0])] if table.rows else []
    if extents is None or not labels:
        return table
    label_edge = max(w.bbox[2] for w in labels)
    found: list[list[Word]] = []
    for ws in reversed(_printed_lines(words.on_page(table.page - 1))):
        text = " ".join(doc.text[w.char_start:w.char_end] for w in ws)
        if not found and _FOLIO.match(text):
            continue
        if any((w.bbox[0] + w.bbox[2]) / 2 <= label_edge for w in ws):
            break  # printed where the labels are: a title or prose, not column names
        figures = [w for w in ws if _numberish(doc.text[w.char_start:w.char_end])
                   and not _PERIOD.fullmatch(doc.text[w.char_start:w.char_end])]
        if figures or text.endswith(".") or (
                _run_on([SourceTableCell(text=text, char_start=ws[0].char_start, char_end=ws[-1].char_end)],
                        words) and len({_placer(extents)((w.bbox[0] + w.bbox[2]) / 2) for w in ws}) > 1):
            break  # a row of figures, or a sentence run across the columns
        found.insert(0, ws)
    if not found:
        return table
    place = _placer(extents)
    named = {place((w.bbox[0] + w.bbox[2]) / 2) for ws in found for w in ws if not is_unit_line(
        doc.text[w.char_start:w.char_end])}
    if len(named) < _MIN_NAMED_SHARE * len(numeric):
        return table
    width = max(len(r) for r in table.rows)
    header = []
    for ws in found:
        cols: dict[int, list[Word]] = {}
        for w in ws:
            cols.setdefault(numeric[place((w.bbox[0] + w.bbox[2]) / 2)], []).append(w)
        anchor = ws[0].char_start
        header.append([_cell_of(doc.text, sorted(cols.get(j, []), key=lambda w: w.char_start), anchor)
                       for j in range(width)])
    _stack_fragments(header, len(header), numeric, words)
    return table.model_copy(update={"rows": header + [list(r) for r in table.rows],
                                    "char_start": min(table.char_start, found[0][0].char_start)})


_SAME_LINE = 2.0  # points: words whose tops differ by less are on one printed line


def _printed_lines(ws: list[Word]) -> list[list[Word]]:
    """The words as printed lines, top to bottom, each left to right (whatever the reading order
    the ingest gave them)."""
    lines: list[list[Word]] = []
    for w in sorted(ws, key=lambda w: (w.bbox[1], w.bbox[0])):
        if lines and abs(w.bbox[1] - lines[-1][0].bbox[1]) < _SAME_LINE:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.bbox[0]) for line in lines]


# The whitespace finder (camelot stream) may stop a table short of its last blocks: a parish
# financial statement's "Payments for approval" list under its "Payments since last report", set
# in the same columns further down the page, with a caption between. Lines below a whitespace
# grid on its page are read into the grid's columns (`complete_stream_tables`):
# - a gap wider than this many of the table's row pitches starts a block of its own, a table
#   under its caption ("Payments for approval at meeting on 9 Nov 2011"); the lines closer under
#   the grid are its own rows, which `grids._rows_below` reads;
_BLOCK_GAP = 3.0
# - a block is a table when this many of its lines print figures in the grid's number columns
#   (a page number or a paragraph's one figure is not);
_MIN_BLOCK_FIGURE_LINES = 2
# - a block's lines before its first figures are its caption and headings: at most this many;
_MAX_BLOCK_HEAD_LINES = 3
# - a line opening with a footnote mark ("* = approved at Oct meeting") is the note, not a row;
_FOOTNOTE_LINE = re.compile(r"^[*†‡]")
# - a word further than this many points outside the grid's printed width is prose run across
#   the page: the table has ended.
_PAST_EDGE = 24.0


def complete_stream_tables(doc: Document) -> list[SourceTable]:
    """doc.tables with the blocks of figures printed below each whitespace grid on its page, in
    its columns after a wider gap, as grids of their own."""
    if not doc.words or not any(not t.ruled and t.page for t in doc.tables):
        return doc.tables
    words = _Words(doc)
    taken = {w.char_start for t in doc.tables for r in t.rows for c in r for w in words.within(c)}
    out: list[SourceTable] = []
    for table in doc.tables:
        if table.ruled or not table.page or len(table.rows) < 3:
            out.append(table)
            continue
        own = {w.char_start for r in table.rows for c in r for w in words.within(c)}
        below = [w for w in words.on_page(table.page) if w.char_start not in own]
        blocks = _blocks_below(table, below, taken - own, doc, words)
        out.append(table)
        out += blocks
        taken |= {w.char_start for t in blocks for r in t.rows for c in r
                  for w in words.within(c)}
    return sorted(out, key=lambda t: t.char_start)


def _blocks_below(table: SourceTable, below: list[Word], taken: set[int], doc: Document,
                  words: _Words) -> list[SourceTable]:
    """The blocks of figures further down than the lines close under `table`, as grids in its
    columns; words in `taken` (another grid's) only space the lines."""
    numeric = _numeric_columns(table)
    width = max(len(r) for r in table.rows)
    grid_words = [[w for r in table.rows if j < len(r) for w in words.within(r[j])] for j in range(width)]
    if len(numeric) < 2 or not below or any(not ws for ws in (grid_words[j] for j in numeric)):
        return []
    ranges = [(min(w.bbox[0] for w in ws), max(w.bbox[2] for w in ws)) if ws else None
              for ws in grid_words]
    tops = sorted({round(min(w.bbox[1] for c in r for w in words.within(c)), 1)
                   for r in table.rows if any(words.within(c) for c in r)})
    pitches = sorted(b - a for a, b in zip(tops, tops[1:], strict=False) if b > a)
    if len(pitches) < 2:
        return []
    pitch = pitches[len(pitches) // 2]
    left = min(r[0] for r in ranges if r)
    right = max(r[1] for r in ranges if r)
    blocks: list[list[list[Word]]] = [[]]
    previous = tops[-1]
    for line in _printed_lines(below):
        if line[0].bbox[1] <= previous + _SAME_LINE:
            continue  # above the grid's last line, or beside it
        if all(w.char_start in taken for w in line):
            break  # another grid is printed here
        if any(w.bbox[0] < left - _PAST_EDGE or w.bbox[2] > right + _PAST_EDGE for w in line):
            break  # prose across the page
        if line[0].bbox[1] - previous > _BLOCK_GAP * pitch:
            blocks.append([])
        previous = line[0].bbox[1]
        text = " ".join(doc.text[w.char_start:w.char_end] for w in line)
        line = [w for w in line if w.char_start not in taken]
        if line and not _FOOTNOTE_LINE.match(text):
            blocks[-1].append(line)
    rows_of = [[_without_marks(_row_of(line, ranges, width, doc), numeric) for line in block]
                for block in blocks]
    # A line left with nothing in the label column and no figures was a mark beside the rows;
    # "NONE" under a heading says the section is empty ("Payments since last meeting" / "NONE").
    rows_of = [[r for r in rows if _figures(r, numeric) or (
        r[0].text.strip() and not _NOTHING.match(r[0].text.strip()))] for rows in rows_of]
    figured = [[_figures(row, numeric) for row in rows] for rows in rows_of]
    tables = []  # blocks[0], close under the grid, is left to `grids._rows_below`
    for rows, figs in zip(rows_of[1:], figured[1:], strict=True):
        if sum(1 for f in figs if f >= 2) < _MIN_BLOCK_FIGURE_LINES:
            break  # prose, or a paragraph's figures: the columns have ended
        if not all(_under_columns(r, numeric, ranges, words, doc.text) for r, f in zip(rows, figs, strict=True) if f):
            break  # figures in other columns: another table, with a layout of its own
        first = next(i for i, f in enumerate(figs) if f)
        last = max(i for i, f in enumerate(figs) if f)
        if first > _MAX_BLOCK_HEAD_LINES:
            break
        block = rows[:last + 1]
        if first >= 2 and not any(c.text.strip() for c in block[0][1:]):
            # The caption over the block's heading ("Payments for approval at meeting on 9 Nov
            # 2011" over "Payments since last meeting") is the page's text: its date is the
            # paper's, which a table's header would hide from the prose readers.
            block, first = block[1:], first - 1
        kept = _header_first(block, first, numeric)
        tables.append(SourceTable(page=table.page, rows=kept, ruled=False,
                                  char_start=min(c.char_start for r in kept for c in r if c.text),
                                  char_end=max(c.char_end for r in kept for c in r if c.text)))
    return tables


def _row_of(line: list[Word], ranges, width: int, doc: Document) -> list[SourceTableCell]:
    """A printed line as a row of the grid: each word in the column it is printed under (the
    nearest), a run of text (a caption, "Payments for approval at meeting on 9 Nov 2011") whole
    in the first column."""
    cols: dict[int, list[Word]] = {}
    cell = SourceTableCell(text=" ".join(doc.text[w.char_start:w.char_end] for w in line),
                           char_start=line[0].char_start, char_end=line[-1].char_end)
    if len(line) >= 2 and _run_on([cell], _OneLine(line)):
        cols[0] = line
    else:
        for w in line:
            x = (w.bbox[0] + w.bbox[2]) / 2
            j = min((j for j in range(width) if ranges[j]),
                    key=lambda j: 0 if ranges[j][0] <= x <= ranges[j][1] else
                    min(abs(x - ranges[j][0]), abs(x - ranges[j][1])))
            cols.setdefault(j, []).append(w)
    anchor = line[0].char_start
    return [_cell_of(doc.text, cols.get(j, []), anchor) for j in range(width)]


# A checker's tick beside a figure-less line ("NONE ... OK"): a mark, not a column's text.
_MARK = re.compile(r"^(?:ok|✓|✔)$", re.I)
_NOTHING = re.compile(r"^(?:none|nil|n/a)\.?$", re.I)


def _without_marks(row: list[SourceTableCell], numeric: list[int]) -> list[SourceTableCell]:
    if _figures(row, numeric):
        return row
    return [c.model_copy(update={"text": "", "char_end": c.char_start}) if _MARK.match(c.text.strip())
            else c for c in row]


def _under_columns(row: list[SourceTableCell], numeric: list[int], ranges, words: _Words,
                   text: str) -> bool:
    """Each figure of the row stands alone under one of the grid's number columns: its centre no
    further outside the column's printed extent than half the column's width (as
    `grids._rows_below` reads), and no two figures fall in one column."""
    for j, cell in enumerate(row):
        figures = [w for w in words.within(cell) if looks_numeric(text[w.char_start:w.char_end])]
        if not figures or (j == 0 and not _numberish(cell.text)):
            continue  # a label ("Tree report 90" is split from its figures by column)
        if j not in numeric or len(figures) > 1:
            return False
        x0, x1 = ranges[j]
        x = (figures[0].bbox[0] + figures[0].bbox[2]) / 2
        if not x0 - (x1 - x0) / 2 <= x <= x1 + (x1 - x0) / 2:
            return False
    return True


class _OneLine:
    """A line's words, looked up as `_Words` does."""

    def __init__(self, line: list[Word]):
        self.line = line

    def within(self, cell: SourceTableCell) -> list[Word]:
        return self.line


def _figures(row: list[SourceTableCell], numeric: list[int]) -> int:
    return sum(1 for j in numeric if j < len(row) and _numberish(row[j].text))



def _header_first(rows: list[list[SourceTableCell]], first: int, numeric: list[int]) -> list[list[SourceTableCell]]:
    """A block with no column names over its first figures, which prints them further down over
    a later section ("Payments due" / "Payee Description CQ Net VAT Gross"): the same columns
    throughout, so that line heads the block."""
    def names(row) -> bool:
        return (sum(1 for j in numeric if j < len(row) and row[j].text.strip()) >= 2
                and not _figures(row, numeric))
    if any(names(r) for r in rows[:first]):
        return rows
    k = next((i for i in range(first, len(rows)) if names(rows[i])), None)
    if k is None:
        return rows
    return [rows[k]] + [r for i, r in enumerate(rows) if i != k]
