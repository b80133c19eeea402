"""agendapack: structured, checkable data from local-government committee papers.

    >>> import pipeline
    >>> result = pipeline.extract("samples/wsx-children-first-progress-2020-09.txt")
    >>> result.document.date
    '2020-09'
"""

from .errors import AgendapackError, IngestError
from .extract import extract, extract_document
from .ingest import ingest
from .models import Document, ExtractionResult

__version__ = "0.1.0"
__all__ = ["extract", "extract_document", "ingest", "Document", "ExtractionResult",
           "AgendapackError", "IngestError", "__version__"]
