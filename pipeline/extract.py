"""The library entry point: `extract(path) -> ExtractionResult` (what the CLI and a notebook call)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

from extractors import amounts, appointments, dates, metadata, resolutions, tables
from extractors.base import Context

from .ingest import ingest
from .models import Document, ExtractionResult, FinancialTable, ResultWarning
from .nlp import load_nlp

T = TypeVar("T")


def document_warnings(doc: Document) -> list[ResultWarning]:
    blank = [p.number for p in doc.pages if not p.has_text]
    if not blank:
        return []
    if len(blank) == len(doc.pages):
        return [ResultWarning(
            code="no_text_layer",
            message=f"{doc.source.path}: no page has a text layer (scanned?); "
                    "OCR is not available yet, so nothing was extracted",
        )]
    return [ResultWarning(code="no_text_layer", page=n,
                          message=f"page {n} has no text layer (scanned?); it was skipped")
            for n in blank]


def table_warnings(found: list[FinancialTable]) -> list[ResultWarning]:
    """What the arithmetic found: totals off by rounding, and checks that fail, per table."""
    warnings = []
    for n, table in enumerate(found, start=1):
        name = f"table {n}" + (f" ({table.title})" if table.title else "")
        page = table.pages[0] if table.pages else None
        for check in table.checks:
            if check.rounding:
                warnings.append(ResultWarning(
                    code="table_rounding", page=page,
                    message=f"{name}: {check.description}: printed {check.actual}, "
                            f"the rows add up to {check.expected} (one unit of scale: rounding)"))
        if table.checks_failed:
            warnings.append(ResultWarning(
                code="table_check_failed", page=page,
                message=f"{name}: {table.checks_failed} of {len(table.checks)} arithmetic checks "
                        "fail; the failing cells are flagged check_failed"))
    return warnings


def table_spans(found: list[FinancialTable]) -> list[tuple[int, int]]:
    """Each table's title and headers, its row labels ("Salary & Expenses Feb 17": the date is
    the row's, not the prose's) and every printed number cell."""
    spans = []
    for t in found:
        spans += t.header_spans
        spans += [r.label_span for r in t.rows if r.label_span is not None]
        spans += [span for r in t.rows for span in r.spans if span is not None]
    return spans


def _guarded(name: str, warnings: list[ResultWarning], run: Callable[[], T], empty: T) -> T:
    """Run one extractor; if it raises, the paper keeps everything else and says what failed."""
    try:
        return run()
    except Exception as e:  # a bug on one paper must not lose the paper
        warnings.append(ResultWarning(
            code="extractor_error",
            message=f"{name} extraction failed on this paper: {type(e).__name__}: {e}"))
        return empty


def extract_document(doc: Document) -> ExtractionResult:
    """Run every extractor over an ingested Document and validate the result."""
    nlp, nlp_warning = load_nlp()
    warnings = document_warnings(doc)
    if nlp_warning:
        warnings.append(ResultWarning(code="no_language_model", message=nlp_warning))
    info = metadata.extract(doc, Context(nlp=nlp))
    anchor = metadata.anchor_date(info)
    found_tables = _guarded("table", warnings, lambda: tables.extract(doc, Context(nlp=nlp, anchor=anchor)), [])
    # Table headers and number cells belong to the tables: prose extractors skip those spans
    # (row labels and text cells stay prose).
    ctx = Context(nlp=nlp, anchor=anchor, table_spans=tuple(table_spans(found_tables)))
    people, posts = _guarded("appointment", warnings, lambda: appointments.extract(doc, ctx), ([], []))
    return ExtractionResult(
        source=doc.source,
        document=info,
        tables=found_tables,
        appointments=people,
        posts=posts,
        dates=_guarded("date", warnings, lambda: dates.extract(doc, ctx), []),
        amounts=_guarded("amount", warnings, lambda: amounts.extract(doc, ctx), []),
        resolutions=_guarded("resolution", warnings, lambda: resolutions.extract(doc, ctx), []),
        warnings=warnings + table_warnings(found_tables),
    )


def extract(path: str | os.PathLike[str]) -> ExtractionResult:
    """Extract one paper. Raises `pipeline.errors.IngestError` for a file that cannot be read."""
    return extract_document(ingest(path))
