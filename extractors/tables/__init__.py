"""Financial tables: find them (per input format), normalise every cell to pounds, check the sums.

- text exports: tab-separated and space-aligned tables (`text.py`);
- HTML: each `<table>` is ingested as tab-separated lines, so the same tab reader applies;
- PDF: `pdf.py`.
`build.py` turns each detected grid into a FinancialTable; `checks.py` holds the arithmetic.
"""

from __future__ import annotations

from pipeline.models import Document, FinancialTable

from ..base import Context
from .build import build_table
from .text import space_tables, tab_tables


def extract(doc: Document, ctx: Context) -> list[FinancialTable]:
    if doc.source.format == "pdf":
        from .pdf import pdf_tables

        raws = pdf_tables(doc)
    else:
        raws = tab_tables(doc) + space_tables(doc)
    tables = [t for t in (build_table(raw, doc) for raw in sorted(raws, key=lambda r: r.start)) if t]
    return [t for t in tables if _is_financial(t)]


def _is_financial(table: FinancialTable) -> bool:
    """At least two rows with numbers: a list of dates or a one-line box is not a money table."""
    return sum(1 for r in table.rows if any(v is not None for v in r.values)) >= 2
