"""Financial tables: find them (per input format), normalise every cell to pounds, check the sums.

- text exports: tab-separated and space-aligned tables (`text.py`);
- HTML: each `<table>` is ingested as tab-separated lines, so the same tab reader applies;
- text and HTML: a table flattened into one paragraph ("Payee Net VAT Gross Helen Carrier ...
  £558.89 £0.00 £558.89 ...": rows found as repeated runs of amounts) is read by `flat.py`,
  where no tab or space-aligned table already covers that line;
- PDF: the ingest finds ruled tables (cell borders drawn on the page, found by pdfplumber) and,
  elsewhere, whitespace tables on candidate pages (camelot stream), both as grids of the
  Document's own words (`pipeline/ingest/pdf.py`). `ruled.py` reads the ruled ones, where a cell
  may hold many lines ("Four Oaks - £2,500" / "Total: £10,000"); `grids.py` the whitespace ones
  and HTML tables, and joins a table's parts across pages.
- any format: a costs list, one amount a line, closed by a total that adds it up (`lists.py`),
  where no other table covers it;
`build.py` turns each detected grid into a FinancialTable; `checks.py` holds the arithmetic.
"""

from __future__ import annotations

import re

from pipeline.models import CellFlag, Document, FinancialTable, TableRow, Words, word_starts

from ..base import Context, extractor
from ..vocabulary import BULLETS, dollar_currency
from .build import build_table
from .flat import flat_tables
from .grid import RawTable
from .grids import source_tables
from .lists import cost_lists
from .numbers import parse_scaled_money
from .quantity import not_money_table, prints_a_digit
from .text import space_tables, tab_tables
from .whitespace import complete_stream_tables


@extractor("tables", assigns=("tables",))
def extract(doc: Document, ctx: Context, money_only: bool = True) -> list[FinancialTable]:
    """The financial tables of a paper (`money_only=False`: every table with numbers)."""
    if doc.source.format == "pdf":
        doc = doc.model_copy(update={"tables": complete_stream_tables(doc)})
        raws = source_tables(doc)
    else:
        raws = tab_tables(doc) + space_tables(doc)
        raws += [t for t in flat_tables(doc) if not _overlaps(t, raws)]
    raws += [t for t in cost_lists(doc) if not _overlaps(t, raws)]
    dollar = dollar_currency(doc.text)  # "$" in a Canadian paper is CAD, as in its prose
    tables = [t for t in (build_table(raw, doc, dollar) for raw in sorted(raws, key=lambda r: r.start))
              if t]
    if (any(c == c for c in doc.words.confidence) if isinstance(doc.words, Words)  # NaN: none
            else any(w.confidence is not None for w in doc.words)):
        _flag_low_confidence(tables, doc)
    rows_with_numbers = [t for t in tables if not _prose(t) and not _bulleted(t) and prints_a_digit(t) and (_number_rows(t) >= 2 or (
        _number_rows(t) == 1 and (_money_header(t, doc) or _money_printed(t))))]
    if not money_only:
        return rows_with_numbers
    financial: list[FinancialTable] = []
    for t in rows_with_numbers:
        if not_money_table(t, doc):
            continue  # rates or scores in a table's layout: no money to read
        if _is_financial(t, doc) or (financial and _continues(t, financial[-1])):
            financial.append(t)
    return _left_before_right(financial)


def _left_before_right(tables: list[FinancialTable]) -> list[FinancialTable]:
    """Two tables printed side by side on one page are read left one first, as a reader reads
    the page (a capital forecast at left, its reserves plan at right, whichever starts higher)."""
    out = list(tables)
    for i in range(len(out) - 1):
        a, b = _rows_box(out[i]), _rows_box(out[i + 1])
        if a is None or b is None or out[i].provenance.page != out[i + 1].provenance.page:
            continue
        side_by_side = a[1] < b[3] and b[1] < a[3] and b[2] <= a[0]
        if side_by_side and len(out[i].pages) <= 1 and len(out[i + 1].pages) <= 1:
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def _rows_box(table: FinancialTable) -> tuple[float, float, float, float] | None:
    """Where the table's rows are printed (the table's own span may run through text beside it)."""
    boxes = [r.provenance.bbox for r in table.rows if r.provenance and r.provenance.bbox]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _continues(table: FinancialTable, before: FinancialTable) -> bool:
    """A block of rows under the same named columns as the money table just before it (a
    statutory statement's lines 8-10 under lines 1-7, cut apart where a boxed note stands between
    them) is more of that money table, though it prints no "£" of its own."""
    names = [c.label for c in table.columns]
    return (any(names) and names == [c.label for c in before.columns]
            and table.scale == before.scale and 0 <= table.provenance.page - before.provenance.page <= 1)


def _flag_low_confidence(tables: list[FinancialTable], doc: Document) -> None:
    """A cell read by OCR where a word came with less than LOW_CONFIDENCE is flagged
    ocr_low_confidence (its figure may be misread); a cell whose figure (a word holding a digit)
    came with less than FIGURE_CONFIDENCE also loses its value (its text stays in `raw`)."""
    import bisect

    from pipeline.ingest.ocr import FIGURE_CONFIDENCE, LOW_CONFIDENCE

    starts = word_starts(doc.words)
    text = doc.text
    for table in tables:
        for row in table.rows:
            for column, span in enumerate(row.spans):
                if span is None:
                    continue
                i = bisect.bisect_left(starts, span[0])
                read = [(w.confidence, any(c.isdigit() for c in text[w.char_start:w.char_end]))
                        for w in doc.words[i:bisect.bisect_left(starts, span[1])] if w.confidence is not None]
                confs = [c for c, _ in read]
                figure = min((c for c, digit in read if digit), default=None)
                withheld = (figure is not None and figure < FIGURE_CONFIDENCE and column < len(row.values)
                            and row.values[column] is not None)
                if withheld:
                    row.values[column] = None
                if confs and (min(confs) < LOW_CONFIDENCE or withheld):
                    row.flags.append(CellFlag(
                        column=column, code="ocr_low_confidence", raw=row.raw[column],
                        message=f"read by OCR with a confidence of {min(confs):g} of 100"
                                + ("; its figure is not given" if withheld else "")))


def _number_rows(table: FinancialTable) -> int:
    return sum(1 for r in table.rows if any(v is not None for v in r.values))


# A row label of this many words or more, most of them in lower case, is a line of prose (a
# paragraph whose lines end in "£200m": "on the liquidity allowance. However, this is based on
# ..."), not a table's; names run together in title case ("Dock/Boat Launch Reserve Community
# Centre Building Reserve ...") are still labels. Over half the rows so: no table.
_PROSE_LABEL_WORDS = 15
_PROSE_LOWER_SHARE = 0.6
_MAX_PROSE_SHARE = 0.5


def _sentence(label: str) -> bool:
    words = label.split()
    return len(words) >= _PROSE_LABEL_WORDS and sum(w.islower() for w in words) >= _PROSE_LOWER_SHARE * len(words)


def _prose(table: FinancialTable) -> bool:
    labels = [r.label for r in table.rows if r.label and any(v is not None for v in r.values)]
    return bool(labels) and sum(map(_sentence, labels)) / len(labels) > _MAX_PROSE_SHARE


def _bulleted(table: FinancialTable) -> bool:
    """A list of bullet points each ending in a sum, under no column name ("It was RESOLVED
    that following payments be authorised:" / "\uf0b7 The clerk for expenses incurred: £94.97" /
    "\uf0b7 Coopers for grass cutting: £730.80", Hertingfordbury minutes): the items of a
    resolution in the prose, their sums the prose's amounts, not a table's cells."""
    labels = [r.label for r in table.rows if any(v is not None for v in r.values)]
    return (bool(labels) and not any(c.label for c in table.columns)
            and all(label and label.lstrip()[:1] in BULLETS for label in labels))


def _money_header(table: FinancialTable, doc: Document) -> bool:
    """The header gives the figures' unit ("£'000", "£"): a one-row table under it is still money
    (a collection fund's one-off change)."""
    return any(ch in doc.text[s:e] for s, e in table.header_spans for ch in "£$€")


def _money_printed(table: FinancialTable) -> bool:
    """Every figure of the table is printed as money, under named columns ("Actual 30/09/2024 |
    Minimum" over "£215.8m | £100m") or in named rows of two or more sums each ("Total cash
    available within 3 months | £215.8m | £100m"): a one-row indicator table is money though its
    header gives no unit."""
    rows = [r for r in table.rows if any(v is not None for v in r.values)]
    figures = [c for r in rows for c, v in zip(r.raw, r.values, strict=False) if c and v is not None]
    named = all(c.label for c in table.columns) or all(
        r.label and sum(v is not None for v in r.values) >= _MIN_MONEY_PRINTED for r in rows)
    return (len(figures) >= _MIN_MONEY_PRINTED and named and all(
        any(sign in c for sign in "£$€") for c in figures)) or _indicator_row(table, rows)


def _indicator_row(table: FinancialTable, rows: list[TableRow]) -> bool:
    """One named row under named columns whose figures print their own unit ("Liquidity risk
    indicator | Minimum Level" over "Total cash available within 3 months | £75m", a treasury
    strategy's indicator): a table of one line of money, not a form's box (which names no row
    and no column)."""
    if len(rows) != 1 or not rows[0].label or len(table.columns) != len(rows[0].values):
        return False
    figures = [(raw, col) for raw, v, col in zip(rows[0].raw, rows[0].values, table.columns, strict=False)
               if raw and v is not None]
    return bool(figures) and all(parse_scaled_money(raw) is not None and col.label for raw, col in figures)


_MIN_MONEY_PRINTED = 2
"""one figure in pounds under a heading is a form's box (a budget amendment's "£550k"), not a
table; two side by side under two column names ("Actual | Minimum") are"""


@extractor("table_spans", requires=("tables",), assigns=("table_spans",))
def table_spans(doc: Document, ctx: Context) -> list[tuple[int, int]]:
    """Each table's title and headers, its row labels ("Salary & Expenses Feb 17": the date is
    the row's, not the prose's) and every printed number cell: prose extractors skip these
    (text cells stay prose)."""
    spans = []
    for t in ctx.tables:
        spans += t.header_spans
        spans += [r.label_span for r in t.rows if r.label_span is not None]
        spans += [span for r in t.rows for span in r.spans if span is not None]
        spans += [span for r in t.rows for span in _years_printed_in_row(r, doc)]
    return spans + _year_lines_of_grids(doc)


_YEAR_LINE = re.compile(r"^\s*((?:19|20)\d\d)(?:\s*$|\s+\S.*[£$€]\s?\d)")


def _year_lines_of_grids(doc: Document) -> list[tuple[int, int]]:
    """The years a ruled grid prints as a column of its own, line by line: a line that is only
    a year, or opens with one and prints money ("2024 Building reserve $3500.00", "2026" with
    nothing planned, in a slide's capital forecast): table text, whichever reader reads the grid."""
    out = []
    for grid in doc.tables:
        if not grid.ruled:
            continue
        for row in grid.rows:
            for cell in row:
                for s, e in cell.lines or ([(cell.char_start, cell.char_end)] if cell.text else []):
                    m = _YEAR_LINE.match(doc.text[s:e])
                    if m:
                        out.append((s + m.start(1), s + m.end(1)))
    return out


_BARE_YEAR = re.compile(r"(?<![\w/.,£$-])(?:19|20)\d\d(?![\w/.,%-])")


def _years_printed_in_row(row: TableRow, doc: Document) -> list[tuple[int, int]]:
    """The bare years a row prints ("2025" in a capital forecast's year column, "2026" under
    "FOR USE"): table text, not dates of the prose, though not figures of the table either."""
    if row.provenance is None:
        return []
    start, end = row.provenance.char_start, row.provenance.char_end
    return [(start + m.start(), start + m.end()) for m in _BARE_YEAR.finditer(doc.text[start:end])]


def _overlaps(table: RawTable, others: list[RawTable]) -> bool:
    return any(table.start < o.end and o.start < table.end for o in others)


_MONEY_WORDS = re.compile(
    r"£|\$|€|\bbudget|\bspen[dt]|\bcosts?\b|\bamount|\bincome|\bexpenditure|\bpayments?\b|\bpaid\b|"
    r"\bgrants?\b|\bprecept|\bvat\b|\bnet\b|\bgross\b|\bbalances?\b|\bfund|\bestimate|\bforecast|"
    r"\boutturn|\bvariance|\bvariation|\breserves?\b|\bsalar", re.I)
_PENCE = re.compile(r"^\(?-?£?\d[\d,]*\.\d\d\)?-?$")


def _is_financial(table: FinancialTable, doc: Document) -> bool:
    """A money table: two or more rows of numbers, and money shown by a scale (£000), a currency
    sign, money words in the title or headers (with their unit lines: a "£" under "Adjusted
    Principal"), or amounts printed with pence. An agenda's page numbers or a form's box numbers
    are not."""
    if _number_rows(table) < 2 and not (_money_header(table, doc) or _money_printed(table)):
        return False
    raws = [c for r in table.rows for c in r.raw if c]
    header = " ".join([table.title or "", *[c.label for c in table.columns],
                       *[doc.text[s:e] for s, e in table.header_spans],
                       *[r.label for r in table.rows[:1] if r.kind == "heading" and r.label]])  # "Balance Sheet" atop
    pence = sum(1 for c in raws if _PENCE.match(c.strip()))
    return (table.scale > 1 or bool(_MONEY_WORDS.search(header))
            or any("£" in c or "$" in c for c in raws) or pence >= max(2, len(raws) / 2)
            or _money_lines(table))


# A statement's lines name money ("Annual Precept", "Staff Costs", "Total Other Payments",
# "Balances Forward" in a town council's annual return, headed by years only): at least this
# many rows of figures, and most of them, so named.
_MIN_MONEY_LINES = 3


def _money_lines(table: FinancialTable) -> bool:
    labels = [r.label for r in table.rows if r.label and any(v is not None for v in r.values)]
    named = sum(1 for label in labels if _MONEY_WORDS.search(label))
    return named >= _MIN_MONEY_LINES and 2 * named > len(labels)
