"""What every extractor receives besides the Document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.language import Language


@dataclass(frozen=True)
class Context:
    nlp: Language
    """the process's one spaCy pipeline (model or blank English)"""
    anchor: dt.date | None = None
    """the document's own date: yearless and relative expressions are read against it"""
