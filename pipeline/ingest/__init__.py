"""Ingest: any paper (PDF, text export, HTML) -> one Document.

`ingest(path)` checks the file and dispatches by extension; every failure is a typed
`IngestError` naming the file and the reason, never a traceback from a parser.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import (
    EmptyFile,
    IngestError,
    NotAPdf,
    TextDecodeError,
    UnreadableFile,
    UnsupportedFormat,
)
from ..models import Document, Source, SourceFormat
from .html import read_html
from .ocr import OcrSettings
from .pdf import check_pdf, read_pdf
from .text import read_text

FORMATS: dict[str, SourceFormat] = {
    ".pdf": "pdf",
    ".txt": "text",
    ".md": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
}


def format_of(path: Path) -> SourceFormat | None:
    return FORMATS.get(path.suffix.lower())


def _decode(data: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TextDecodeError(path)


def from_string(text: str, fmt: SourceFormat, path: str) -> Document:
    """A Document from text in memory (a text export, or HTML), as `ingest` would read it from a
    file holding that text in UTF-8: tests and notebooks need no temporary files."""
    source = Source(path=path, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    format=fmt, pages=0)
    return read_html(text, source) if fmt == "html" else read_text(text, source)


def ingest(path: str | os.PathLike[str], ocr: str | OcrSettings | None = None) -> Document:
    """Read one paper into a Document. Raises an IngestError subclass for bad input.

    `ocr`: auto (OCR a PDF's pages without a usable text layer) | force | off, or OcrSettings;
    None: AGENDAPACK_OCR, else auto."""
    path = Path(path)
    settings = ocr if isinstance(ocr, OcrSettings) else OcrSettings.from_env(ocr)
    fmt = format_of(path)
    if fmt is None:
        raise UnsupportedFormat(path, f"extension {path.suffix or '(none)'!r}")
    try:
        if path.is_dir():
            raise UnreadableFile(path, "is a directory")
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise UnreadableFile(path, "no such file") from e
    except PermissionError as e:
        raise UnreadableFile(path, "permission denied") from e
    except OSError as e:
        raise UnreadableFile(path, e.strerror or str(e)) from e
    if not data:
        raise EmptyFile(path)
    source = Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(), format=fmt, pages=0)
    if fmt == "pdf":
        pages = check_pdf(path, data[:1024], data[-4096:])
        try:
            return read_pdf(path, source.model_copy(update={"pages": pages}), settings)
        except IngestError:
            raise
        except Exception as e:  # pdfminer's own errors on a file pdfium could open
            from ..errors import TruncatedPdf

            raise TruncatedPdf(path, f"{type(e).__name__}: {e}") from e
    if data[:5] == b"%PDF-":
        raise UnsupportedFormat(path, f"a PDF named {path.suffix}")
    text = _decode(data, path)
    if fmt == "html":
        return read_html(text, source)
    return read_text(text, source)


__all__ = ["ingest", "from_string", "format_of", "FORMATS", "NotAPdf", "OcrSettings"]
