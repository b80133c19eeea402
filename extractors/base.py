"""What every extractor receives besides the Document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.language import Language


@dataclass(frozen=True)
class Context:
    nlp: Language
    """the process's one spaCy pipeline (model + rule components, or blank English + rules)"""
    anchor: dt.date | None = None
    """the document's own date: yearless and relative expressions are read against it"""
    table_spans: tuple[tuple[int, int], ...] = ()
    """character spans of the financial tables found in the document: their cells and headers
    belong to the tables, so prose extractors (dates, amounts) skip them"""

    def in_table(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.table_spans)
