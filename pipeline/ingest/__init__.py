"""Ingest: any paper (PDF, text export, HTML) -> one Document.

`ingest(path)` checks the file and dispatches by extension; every failure is a typed
`IngestError` naming the file and the reason, never a traceback from a parser.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from ..errors import (
    EmptyFile,
    IngestError,
    NotAPdf,
    UnreadableFile,
    UnsupportedFormat,
)
from ..models import Document, ResultWarning, Source, SourceFormat
from .html import read_html
from .ocr import OcrSettings
from .pdf import check_pdf, read_pdf
from .text import decode_text, read_text

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


def read_regular_file(path: Path) -> bytes:
    """The bytes of `path`, which must be a regular file: a FIFO is never waited on (opened
    non-blocking), a device or /dev/zero behind a symbolic link never read."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "is a directory")
        if not stat.S_ISREG(mode):
            kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a device"
                    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket or special file")
            raise UnreadableFile(path, f"not a regular file ({kind})")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read()
    finally:
        os.close(fd)


def _check_page_count(doc: Document, pdfium_pages: int) -> Document:
    """A PDF whose text was read from fewer pages than pdfium counts (a scrambled xref that
    pdfium repairs and pdfminer does not) says so: never a silent empty result."""
    if len(doc.pages) >= pdfium_pages:
        return doc
    warning = ResultWarning(
        code="pages_unread",
        message=f"{doc.source.path}: pdfium counts {pdfium_pages} pages but the text was read from "
                f"{len(doc.pages)} (a damaged cross-reference table?); the rest was not extracted")
    return doc.model_copy(update={"warnings": [*doc.warnings, warning]})


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
        data = read_regular_file(path)
    except IsADirectoryError as e:
        raise UnreadableFile(path, "is a directory") from e
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
        del data  # pdfium and pdfminer read the file themselves: a pack's bytes are not kept
        try:
            doc = read_pdf(path, source.model_copy(update={"pages": pages}), settings)
        except (IngestError, MemoryError):
            raise
        except Exception as e:  # pdfminer's own errors on a file pdfium could open
            from ..errors import TruncatedPdf

            raise TruncatedPdf(path, f"{type(e).__name__}: {e}") from e
        return _check_page_count(doc, pages)
    if data[:5] == b"%PDF-":
        raise UnsupportedFormat(path, f"a PDF named {path.suffix}")
    text, warnings = decode_text(data, path)
    if fmt == "html":
        return read_html(text, source, warnings)
    return read_text(text, source, warnings)


__all__ = ["ingest", "from_string", "format_of", "FORMATS", "NotAPdf", "OcrSettings"]
