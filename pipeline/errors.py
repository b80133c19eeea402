"""Typed errors. Each names the file and the reason in one line: `str(err)` is what the CLI prints."""

from __future__ import annotations

from pathlib import Path


class AgendapackError(Exception):
    """Base class of every error agendapack raises on purpose."""


class IngestError(AgendapackError):
    """A paper that cannot be read. Subclasses say why."""

    reason = "cannot be read"

    def __init__(self, path: str | Path, detail: str | None = None):
        self.path = str(path)
        self.detail = detail
        super().__init__(f"{self.path}: {self.reason}" + (f" ({detail})" if detail else ""))


class UnreadableFile(IngestError):
    reason = "cannot be read"


class EmptyFile(IngestError):
    reason = "is empty (0 bytes)"


class UnsupportedFormat(IngestError):
    reason = "unsupported file type (expected .pdf, .txt, .md, .html or .htm)"


class NotAPdf(IngestError):
    reason = "is not a PDF (no %PDF- header)"


class TruncatedPdf(IngestError):
    reason = "is a damaged or truncated PDF"


class EncryptedPdf(IngestError):
    reason = "is encrypted and cannot be opened without a password"


class ZeroPages(IngestError):
    reason = "is a PDF with no pages"


class TextDecodeError(IngestError):
    reason = "is not readable text (unknown encoding)"
