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

from pipeline.models import CellFlag, Document, FinancialTable

from ..base import Context, extractor
from ..vocabulary import dollar_currency
from .build import build_table
from .flat import flat_tables
from .grid import RawTable
from .grids import source_tables
from .lists import cost_lists
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
    if any(w.confidence is not None for w in doc.words):
        _flag_low_confidence(tables, doc)
    rows_with_numbers = [t for t in tables if not _prose(t) and (_number_rows(t) >= 2 or (
        _number_rows(t) == 1 and (_money_header(t, doc) or _money_cells(t))))]
    if not money_only:
        return rows_with_numbers
    financial: list[FinancialTable] = []
    for t in rows_with_numbers:
        if _is_financial(t, doc) or (financial and _continues(t, financial[-1])):
            financial.append(t)
    return financial


def _continues(table: FinancialTable, before: FinancialTable) -> bool:
    """A block of rows under the same named columns as the money table just before it (a
    statutory statement's lines 8-10 under lines 1-7, cut apart where a boxed note stands between
    them) is more of that money table, though it prints no "£" of its own."""
    names = [c.label for c in table.columns]
    return (any(names) and names == [c.label for c in before.columns]
            and table.scale == before.scale and 0 <= table.provenance.page - before.provenance.page <= 1)


def _flag_low_confidence(tables: list[FinancialTable], doc: Document) -> None:
    """A cell read by OCR where a word came with less than LOW_CONFIDENCE is flagged
    ocr_low_confidence (its figure may be misread)."""
    import bisect

    from pipeline.ingest.ocr import LOW_CONFIDENCE

    starts = [w.char_start for w in doc.words]
    for table in tables:
        for row in table.rows:
            for column, span in enumerate(row.spans):
                if span is None:
                    continue
                i = bisect.bisect_left(starts, span[0])
                confs = [w.confidence for w in doc.words[i:bisect.bisect_left(starts, span[1])]
                         if w.confidence is not None]
                if confs and min(confs) < LOW_CONFIDENCE:
                    row.flags.append(CellFlag(
                        column=column, code="ocr_low_confidence", raw=row.raw[column],
                        message=f"read by OCR with a confidence of {min(confs):g} of 100"))


def _number_rows(table: FinancialTable) -> int:
    return sum(1 for r in table.rows if any(v is not None for v in r.values))


def _money_cells(table: FinancialTable) -> bool:
    """A named row of two or more sums, each printing its currency ("Total cash available within
    3 months | £215.8m | £100m"): a one-row table of sums. One sum alone in a box is a form's
    field ("£550k" on a budget amendment form)."""
    rows = [r for r in table.rows if any(v is not None for v in r.values)]
    raws = [c for r in rows for c, v in zip(r.raw, r.values, strict=False) if v is not None and c]
    return (bool(rows) and all(r.label and sum(v is not None for v in r.values) >= 2 for r in rows)
            and all(any(ch in c for ch in "£$€") for c in raws))


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


def _money_header(table: FinancialTable, doc: Document) -> bool:
    """The header gives the figures' unit ("£'000", "£"): a one-row table under it is still money
    (a collection fund's one-off change)."""
    return any(ch in doc.text[s:e] for s, e in table.header_spans for ch in "£$€")


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
    return spans


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
    if _number_rows(table) < 2 and not (_money_header(table, doc) or _money_cells(table)):
        return False
    raws = [c for r in table.rows for c in r.raw if c]
    header = " ".join([table.title or "", *[c.label for c in table.columns],
                       *[doc.text[s:e] for s, e in table.header_spans]])
    pence = sum(1 for c in raws if _PENCE.match(c.strip()))
    return (table.scale > 1 or bool(_MONEY_WORDS.search(header))
            or any("£" in c or "$" in c for c in raws) or pence >= max(2, len(raws) / 2))
