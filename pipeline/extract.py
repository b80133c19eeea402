"""The library entry point: `extract(path) -> ExtractionResult` (what the CLI, the batch and a
notebook call; all three get the same result).

    ingest -> Document -> registered extractors, in the order their declarations give
           -> (an agenda pack: the same for each item's pages) -> validated ExtractionResult

The extractors and what each requires and assigns are declared in `extractors/` (see
`extractors/base.py`); this module only runs them.
"""

from __future__ import annotations

import os
from typing import Any

from extractors.base import Context, Extractor, extraction_order

from . import packs
from .ingest import OcrSettings, ingest
from .models import AgendaItem, Document, ExtractionResult, FinancialTable, ResultWarning
from .nlp import lazy_nlp, model_warning

RESULT_KEYS = ("document", "tables", "appointments", "posts", "dates", "amounts", "resolutions",
               "amendments")
"""What the extractors assign into the result (other keys, such as `table_spans`, are passed
between extractors only)."""


def document_warnings(doc: Document) -> list[ResultWarning]:
    """The ingest's own warnings (pages OCR could not read, a fallback reader), then pages
    without text that nothing has warned about yet."""
    warned = {w.page for w in doc.warnings if w.page is not None}
    blank = [p.number for p in doc.pages if not p.has_text and p.number not in warned]
    if not blank:
        return list(doc.warnings)
    if len(blank) == len(doc.pages):
        return [*doc.warnings, ResultWarning(
            code="no_text_layer",
            message=f"{doc.source.path}: no page has any text, so nothing was extracted")]
    return [*doc.warnings, *(ResultWarning(code="no_text_layer", page=n,
                                           message=f"page {n} has no text; it was skipped")
                             for n in blank)]


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


def run_extractors(doc: Document, nlp: Any, order: list[Extractor],
                   warnings: list[ResultWarning]) -> dict[str, Any]:
    """Run each extractor in turn on what came before it. One that raises becomes a warning and
    its keys hold their empty values: a bug on one paper must not lose the paper."""
    values: dict[str, Any] = {}
    for e in order:
        try:
            made = e.run(doc, Context.of(nlp, values))
        except Exception as exc:
            warnings.append(ResultWarning(
                code="extractor_error",
                message=f"{e.name} extraction failed on this paper: {type(exc).__name__}: {exc}"))
            made = e.empty()
        values.update(zip(e.assigns, made if len(e.assigns) > 1 else (made,), strict=True))
    return values


def _records(doc: Document) -> dict[str, Any]:
    """The records of one Document (a paper, or an item's pages), as ExtractionResult fields."""
    warnings = document_warnings(doc)
    at = len(warnings)
    # The model loads when an extractor first asks it something (many papers never do).
    values = run_extractors(doc, lazy_nlp(), list(extraction_order()), warnings)
    nlp_warning = model_warning()
    if nlp_warning:
        warnings.insert(at, ResultWarning(code="no_language_model", message=nlp_warning))
    source = doc.source
    if source.content_sha256 is None:
        source = source.model_copy(update={"content_sha256": packs.content_sha256(doc)})
    return {"source": source, **{k: values[k] for k in RESULT_KEYS},
            "warnings": warnings + table_warnings(values["tables"])}


def _item(doc: Document, pack: dict[str, Any], item: packs.PackItem) -> AgendaItem:
    records = _records(packs.item_document(doc, item))
    info = records["document"]
    # An item's own pages rarely repeat who and which committee: the pack says so.
    fill = {k: getattr(pack["document"], k) for k in ("organisation", "committee", "date")
            if getattr(info, k) is None}
    if info.title is None and item.title:
        fill["title"] = item.title
    if fill:
        records["document"] = info.model_copy(update=fill)
    return AgendaItem(number=item.number, title=item.title, first_page=item.first_page,
                      last_page=item.last_page, **records)


def extract_document(doc: Document) -> ExtractionResult:
    """Run every extractor over an ingested Document (and over each item of an agenda pack)
    and validate the result."""
    records = _records(doc)
    items = []
    if records["document"].kind == "agenda_pack":
        items = [_item(doc, records, item) for item in packs.split_pack(doc)]
    return ExtractionResult(**records, items=items)


def extract(path: str | os.PathLike[str], ocr: str | OcrSettings | None = None) -> ExtractionResult:
    """Extract one paper. Raises `pipeline.errors.IngestError` for a file that cannot be read.
    `ocr`: auto | force | off (see `pipeline.ingest.ingest`)."""
    return extract_document(ingest(path, ocr))
