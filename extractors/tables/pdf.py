"""PDF tables (being written)."""

from __future__ import annotations

from pipeline.models import Document

from .grid import RawTable


def pdf_tables(doc: Document) -> list[RawTable]:
    return []
