"""agendapack: structured, checkable data from local-government committee papers.

    >>> import pipeline
    >>> result = pipeline.extract("samples/wsx-children-first-progress-2020-09.txt")
    >>> result.document.date
    '2020-09'

The names below are imported when first used (`import pipeline` stays fast: the command line's
`--help` does not load spaCy, camelot or pandas).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# name -> the module that defines it
_LAZY = {
    "extract": "pipeline.extract",
    "extract_document": "pipeline.extract",
    "ingest": "pipeline.ingest",
    "Document": "pipeline.models",
    "ExtractionResult": "pipeline.models",
    "AgendapackError": "pipeline.errors",
    "IngestError": "pipeline.errors",
    "Store": "pipeline.store",
}
__all__ = ["extract", "extract_document", "ingest", "Document", "ExtractionResult",
           "AgendapackError", "IngestError", "Store", "__version__"]

if TYPE_CHECKING:
    from .errors import AgendapackError, IngestError
    from .extract import extract, extract_document
    from .ingest import ingest
    from .models import Document, ExtractionResult
    from .store import Store


def __getattr__(name: str):
    """Import a public name on first use (PEP 562)."""
    if name not in _LAZY:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    module = importlib.import_module(_LAZY[name])
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


_SHADOWED = {"extract", "ingest"}
"""submodules named after the function they define: `pipeline.extract` is the function, as it
was when this package imported them eagerly, whichever is imported first"""


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            value = getattr(value, name)  # the import system binding the finished submodule
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
