"""The library entry point: `extract(path) -> ExtractionResult` (what the CLI and a notebook call)."""

from __future__ import annotations

import os

from extractors import dates, metadata, tables
from extractors.base import Context

from .ingest import ingest
from .models import Document, ExtractionResult, ResultWarning
from .nlp import load_nlp


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


def extract_document(doc: Document) -> ExtractionResult:
    """Run every extractor over an ingested Document and validate the result."""
    nlp, nlp_warning = load_nlp()
    warnings = document_warnings(doc)
    if nlp_warning:
        warnings.append(ResultWarning(code="no_language_model", message=nlp_warning))
    info = metadata.extract(doc, Context(nlp=nlp))
    anchor = metadata.anchor_date(info)
    found_tables = tables.extract(doc, Context(nlp=nlp, anchor=anchor))
    # Table cells and headers belong to the tables: prose extractors skip those spans.
    ctx = Context(nlp=nlp, anchor=anchor, table_spans=tuple(
        (t.provenance.char_start, t.provenance.char_end) for t in found_tables))
    return ExtractionResult(
        source=doc.source,
        document=info,
        tables=found_tables,
        dates=dates.extract(doc, ctx),
        warnings=warnings,
    )


def extract(path: str | os.PathLike[str]) -> ExtractionResult:
    """Extract one paper. Raises `pipeline.errors.IngestError` for a file that cannot be read."""
    return extract_document(ingest(path))
