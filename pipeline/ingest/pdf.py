"""PDF papers with a text layer: words with boxes, grouped into lines, columns and blocks.

pypdfium2 opens the file first (fast, strict): it tells a damaged, encrypted or empty PDF apart
and gives a clear error. pdfplumber then gives each word's box and font size.

Reading order. A page is read top to bottom, except where it is set in two columns: a run of lines
that split at one vertical gutter near the middle, where both sides hold words (not just numbers),
is read left column first, then right. A table row also splits at a gutter, but its right side is
numbers, so tables stay row by row; two tables side by side have labels on both sides and are read
one table after the other. Within a line, a wide gap becomes a tab so table columns stay apart.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium

from ..errors import EncryptedPdf, NotAPdf, TruncatedPdf, ZeroPages
from ..models import BBox, Document, Source
from .builder import DocumentBuilder

_NUMERIC_PART = re.compile(r"^[\s£$€%().,\-–—0-9]*$")
_WORDY = re.compile(r"[A-Za-z]{3,}")


@dataclass
class _Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float | None


@dataclass
class _Line:
    words: list[_Word] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def check_pdf(path: Path, head: bytes, tail: bytes) -> int:
    """Open with pdfium: raise a typed error for a file that is not a usable PDF; return pages."""
    if b"%PDF-" not in head:
        raise NotAPdf(path)
    try:
        doc = pdfium.PdfDocument(str(path), password="")
    except pdfium.PdfiumError as e:
        _classify_failure(path, str(e))
    try:
        n = len(doc)
    finally:
        doc.close()
    if b"%%EOF" not in tail:
        # pdfium rebuilds what it can of a cut-off file; its last pages would be silently lost.
        raise TruncatedPdf(path, "no %%EOF marker at the end of the file")
    if n == 0:
        raise ZeroPages(path)
    return n


def _classify_failure(path: Path, pdfium_message: str) -> None:
    """pdfium said no; its error code is process-global and unreliable, so ask pdfminer why."""
    try:
        with pdfplumber.open(str(path), password="") as pdf:
            pages = len(pdf.pages)
    except Exception as e:
        causes = []
        err: BaseException | None = e
        while err is not None:
            causes.append(f"{type(err).__name__} {err}")
            err = err.__cause__ or err.__context__
        if re.search(r"password|encrypt", " ".join(causes), re.I):
            raise EncryptedPdf(path) from e
        raise TruncatedPdf(path, pdfium_message) from e
    if pages == 0:
        raise ZeroPages(path)
    raise TruncatedPdf(path, pdfium_message)


def _group_lines(words: list[_Word]) -> list[_Line]:
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: (round(w.top, 1), w.x0)):
        mid = (w.top + w.bottom) / 2
        for line in reversed(lines[-3:]):
            if line.top - 0.5 <= mid <= line.bottom + 0.5 and abs(line.top - w.top) < 0.6 * max(
                w.bottom - w.top, 1
            ):
                line.words.append(w)
                break
        else:
            lines.append(_Line([w]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: ln.top)
    return lines


def _split_at(line: _Line, x: float) -> tuple[list[_Word], list[_Word]] | None:
    """The line's words left and right of a gutter at x, or None if a word covers the gutter."""
    left = [w for w in line.words if w.x1 <= x - 2]
    right = [w for w in line.words if w.x0 >= x + 2]
    if len(left) + len(right) != len(line.words):
        return None
    return left, right


def _is_column_text(parts: list[list[_Word]], width: float) -> bool:
    """Prose set in a column: wordy, not numbers, and lines wide enough to be running text.

    The width test keeps label/value forms ("Date", "Place" ... beside their values) row by row.
    """
    parts = [p for p in parts if p]
    texts = [" ".join(w.text for w in p) for p in parts]
    if len(texts) < 2:
        return False
    wordy = sum(1 for t in texts if _WORDY.search(t))
    numeric = sum(1 for t in texts if _NUMERIC_PART.match(t))
    widths = sorted(p[-1].x1 - p[0].x0 for p in parts)
    typical = widths[int(len(widths) * 0.75)]
    return wordy >= 2 and numeric <= len(texts) / 2 and typical >= 0.25 * width


def _find_gutter(lines: list[_Line], width: float) -> float | None:
    """The x near the middle of the page where most lines have words on both sides and none across."""
    if len(lines) < 3:
        return None
    xs = np.arange(width * 0.3, width * 0.7, 2.0)
    score = np.zeros(len(xs), dtype=int)
    for ln in lines:
        x0 = np.array([w.x0 for w in ln.words])[:, None]
        x1 = np.array([w.x1 for w in ln.words])[:, None]
        covered = ((x0 < xs + 2) & (x1 > xs - 2)).any(axis=0)
        left = (x1 <= xs - 2).any(axis=0)
        right = (x0 >= xs + 2).any(axis=0)
        score += ~covered & left & right
    i = int(score.argmax())
    return float(xs[i]) if score[i] >= 3 else None


def reading_order(lines: list[_Line], width: float) -> list[list[_Line]]:
    """Segments of lines in reading order; each two-column run becomes two segments."""
    gutter = _find_gutter(lines, width)
    if gutter is None:
        return [lines]
    segments: list[list[_Line]] = []
    flowing = False  # whether segments[-1] is lines in page order (more may join it)

    def add_flow(flow: list[_Line]) -> None:
        nonlocal flowing
        if flowing:
            segments[-1].extend(flow)
        else:
            segments.append(list(flow))
        flowing = True

    run: list[_Line] = []

    def close_run() -> None:
        nonlocal flowing
        if not run:
            return
        splits = [s for s in (_split_at(ln, gutter) for ln in run) if s]
        lefts = [s[0] for s in splits if s[0]]
        rights = [s[1] for s in splits if s[1]]
        both = sum(1 for s in splits if s[0] and s[1])
        if both >= 3 and _is_column_text(lefts, width) and _is_column_text(rights, width):
            segments.append([_Line(p) for p in lefts])
            segments.append([_Line(p) for p in rights])
            flowing = False
        else:
            add_flow(run)
        run.clear()

    for ln in lines:
        if _split_at(ln, gutter) is None:
            close_run()
            add_flow([ln])
        else:
            run.append(ln)
    close_run()
    return segments


def _separators(words: list[_Word]) -> list[str]:
    """Between words: "" where pdfplumber split on a font change only (superscript "19th"),
    a tab across a wide gap (a table column), else a space."""
    seps = []
    for a, b in zip(words, words[1:], strict=False):
        size = a.size or (a.bottom - a.top) or 10
        gap = b.x0 - a.x1
        if gap < 0.5 and a.size and b.size and abs(a.size - b.size) > 0.5:
            seps.append("")
        else:
            seps.append("\t" if gap > 1.5 * size else " ")
    return seps


def read_pdf(path: Path, source: Source) -> Document:
    b = DocumentBuilder()
    sizes_per_line: list[tuple[int, float]] = []
    with pdfplumber.open(str(path), password="") as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            b.start_page(number)
            raw = page.extract_words(x_tolerance=2, y_tolerance=2, keep_blank_chars=False,
                                     use_text_flow=False, extra_attrs=["size"])
            words = [_Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], w.get("size"))
                     for w in raw if w["text"].strip()]
            for segment in reading_order(_group_lines(words), float(page.width)):
                prev: _Line | None = None
                gaps = [b2.top - a2.bottom for a2, b2 in zip(segment, segment[1:], strict=False)]
                usual_gap = statistics.median(gaps) if gaps else 0.0
                b.start_block()
                for ln in segment:
                    height = ln.bottom - ln.top
                    gap = ln.top - prev.bottom if prev is not None else 0.0
                    # A paragraph break is a gap clearly wider than this segment's line spacing.
                    if prev is not None and gap > max(1.5 * usual_gap, usual_gap + 0.5 * height):
                        b.start_block()
                    pieces: list[tuple[str, BBox | None, float | None]] = [
                        (w.text, (w.x0, w.top, w.x1, w.bottom), w.size) for w in ln.words
                    ]
                    b.add_line(pieces, separators=_separators(ln.words))
                    sizes = [w.size for w in ln.words if w.size]
                    if sizes:
                        sizes_per_line.append((len(b.lines) - 1, statistics.median(sizes)))
                    prev = ln
                b.end_block()
            b.end_page(number, float(page.width), float(page.height), has_text=bool(words))
            page.close()
    _mark_headings(b, sizes_per_line)
    return Document(
        source=source.model_copy(update={"pages": len(b.pages)}),
        text=b.text(),
        pages=b.pages,
        blocks=b.blocks,
        lines=b.lines,
        words=b.words,
    )


def _mark_headings(b: DocumentBuilder, sizes_per_line: list[tuple[int, float]]) -> None:
    """Lines set clearly larger than the body text are headings, level by size rank."""
    if not sizes_per_line:
        return
    weights: dict[float, int] = {}
    for i, size in sizes_per_line:
        line = b.lines[i]
        weights[round(size, 1)] = weights.get(round(size, 1), 0) + (line.char_end - line.char_start)
    body = max(weights, key=weights.get)
    big = sorted({round(s, 1) for _, s in sizes_per_line if s >= body * 1.15}, reverse=True)
    for i, size in sizes_per_line:
        s = round(size, 1)
        if s in big:
            b.lines[i] = b.lines[i].model_copy(update={"heading": min(big.index(s) + 1, 6)})
