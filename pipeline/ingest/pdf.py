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

import bisect
import itertools
import os
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium

from ..errors import EncryptedPdf, NotAPdf, TruncatedPdf, ZeroPages
from ..models import (
    BBox,
    Document,
    OutlineEntry,
    ResultWarning,
    Source,
    SourceTable,
    SourceTableCell,
    Word,
    Words,
)
from . import ocr, pdfium_text
from .builder import DocumentBuilder

_NUMBER_WORD = re.compile(r"^\(?[-–]?[£$€]?\d[\d,]*(?:\.\d+)?\)?-?%?$")
_NUMERIC_PART = re.compile(r"^[\s£$€%().,\-–—0-9]*$")
_WORDY = re.compile(r"[A-Za-z]{3,}")


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float | None
    confidence: float | None = None


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
    """Words into lines. Superscripts and subscripts ("19th", footnote marks) sit higher or lower
    than their line, so they join the line they overlap after the full-size words are grouped."""
    sizes = sorted(w.size for w in words if w.size)
    body = sizes[len(sizes) // 2] if sizes else None
    small = [w for w in words if body and w.size and w.size < 0.8 * body]
    normal = [w for w in words if not (body and w.size and w.size < 0.8 * body)]
    lines: list[_Line] = []
    for w in sorted(normal, key=lambda w: (round(w.top, 1), w.x0)):
        mid = (w.top + w.bottom) / 2
        for line in reversed(lines[-3:]):
            if line.top - 0.5 <= mid <= line.bottom + 0.5 and abs(line.top - w.top) < 0.6 * max(
                w.bottom - w.top, 1
            ):
                line.words.append(w)
                break
        else:
            lines.append(_Line([w]))
    for w in small:
        mid = (w.top + w.bottom) / 2
        host = next((ln for ln in lines if ln.top - 1 <= mid <= ln.bottom + 1
                     and min(abs(w.x0 - x.x1) for x in ln.words) < 3 * (w.bottom - w.top)), None)
        if host is not None:
            host.words.append(w)
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
    best = int(score.max())
    if best < 3:
        return None
    # Of the positions splitting as many lines, take the middle of the widest empty band: a
    # gutter between columns is wide, the gap between a label and its number is narrow.
    runs: list[list[float]] = []
    for x, sc in zip(xs, score, strict=True):
        if sc == best and runs and x - runs[-1][-1] <= 2.01:
            runs[-1].append(float(x))
        elif sc == best:
            runs.append([float(x)])
    widest = max(runs, key=len)
    return widest[len(widest) // 2]


_GUTTER_EMS = 1.0
"""A column gutter is at least an em wide (median over the run's split lines); the spaces of a
justified paragraph that happen to line up down a few lines (a "river") are narrower, so such a
paragraph is read line by line, not as two columns (Kent CPP minutes' "IN ATTENDANCE" list)."""


def _justified_river(splits: list[tuple[list[_Word], list[_Word]]]) -> bool:
    """Whether the run's gap at the gutter is only a word space of justified prose."""
    gaps = [r[0].x0 - left[-1].x1 for left, r in splits if left and r]
    sizes = [w.size for left, r in splits if left and r for w in (left[-1], r[0]) if w.size]
    if not gaps or not sizes:
        return False
    return statistics.median(gaps) < _GUTTER_EMS * statistics.median(sizes)


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
        if both >= 3 and _is_column_text(lefts, width) and _is_column_text(rights, width) \
                and not _justified_river(splits):
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


@dataclass
class _PageWords:
    """One page's words before they go into the Document, and how they were obtained."""
    width: float
    height: float
    words: list[_Word]
    text_source: str = "text_layer"
    confidence: float | None = None
    plumber: bool = True
    """the words are pdfplumber's (camelot, which reads the file, sees them too)"""
    rules: list[BBox] = field(default_factory=list)
    usable: bool | None = None
    """whether the text layer read is text (`_usable`; None: not asked yet)"""


TOUCHING_GAP = 0.5
"""points: two runs of digits this close on one line are one figure. A spreadsheet printed to PDF
pads a right-aligned cell with spaces drawn over its own digits ("1" space "21.80" where the
page shows 121.80, the Souldern 2021-22 monthly accounts); a space that is printed leaves a gap
of a space's width (2 points and more at 8-point type). The runs may overlap by as little: a
statement's "1" drawn 0.06 points into its ",212,000" (the Sutton Coldfield 2017-18 accounts)."""

_FIGURE_PART = re.compile(r"^[£$€(\-–]?[\d,.]*\d[\d,.]*\)?$")


def join_touching_figures(words: list[_Word]) -> list[_Word]:
    """The page's words with figures cut apart by an overprinted padding space joined again."""
    out: list[_Word] = []
    for w in words:
        prev = out[-1] if out else None
        if (prev is not None and -TOUCHING_GAP <= w.x0 - prev.x1 <= TOUCHING_GAP and abs(w.top - prev.top) <= 1.0
                and _FIGURE_PART.match(prev.text) and _FIGURE_PART.match(w.text)
                and _NUMBER_WORD.match(prev.text + w.text)):
            out[-1] = _Word(prev.text + w.text, prev.x0, min(prev.top, w.top), w.x1,
                            max(prev.bottom, w.bottom), prev.size, prev.confidence)
            continue
        out.append(w)
    return out


TEXT_LAYERS = ("pdfplumber", "pdfium")
TEXT_LAYER = os.environ.get("AGENDAPACK_TEXT_LAYER", "pdfium")
"""Which library reads the words of a page: pdfium's characters put into words as pdfplumber
puts pdfminer's (`pdfium_text.py`, several times faster; the default: every eval figure of dev,
dev2, dev3 and test is the same as pdfplumber's), or pdfplumber (pdfminer) itself."""


def text_layer_in_use(name: str | None = None) -> str:
    """The text layer `read_pdf` uses given `name` (None: `TEXT_LAYER`): pdfium, or pdfplumber
    for any other name."""
    return "pdfium" if (name or TEXT_LAYER) == "pdfium" else "pdfplumber"


PDFIUM_PAGES_PER_OPEN = 25
"""pdfium keeps what it parsed of each page (its fonts, images, objects) until the document is
closed, about 0.4 MB a page on the corpus packs; the fast path opens the file again after this
many pages, so a 1,000-page pack holds no more than a short paper."""


def read_pdf(path: Path, source: Source, ocr_settings: ocr.OcrSettings | None = None,
             text_layer: str | None = None) -> Document:
    settings = ocr_settings or ocr.OcrSettings.from_env()
    warnings: list[ResultWarning] = []
    ruled: dict[int, list[list[list[BBox | None]]]] = {}
    pages: list[_PageWords] = []
    b = DocumentBuilder()
    sizes_per_line: list[tuple[int, float]] = []
    built = 0  # pages[:built] are in the Document already
    ocred: set[int] = set()  # pages OCR has been asked for already (as they were read)
    fast = pdfium.PdfDocument(str(path), password="") if text_layer_in_use(text_layer) == "pdfium" else None
    with pdfplumber.open(str(path), password="") as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            if fast is not None and number % PDFIUM_PAGES_PER_OPEN == 0:
                fast.close()  # pdfium keeps each page's fonts and images while the file is open
                fast = pdfium.PdfDocument(str(path), password="")
            fast_page = fast[number - 1] if fast is not None else None
            if fast_page is not None and fast_page.get_rotation() % 360:
                fast_page.close()  # pdfminer turns a rotated page's content, pdfium does not
                fast_page = None
            if fast_page is not None:  # the same words and drawn rules from pdfium, no pdfminer
                ruled[number] = _ruled_grids_pdfium(fast_page)
                raw = pdfium_text.page_words(pdfium_text.page_chars(
                    fast_page, pdfium_text.simple_font_names(page.page_obj.resources)))
                words = [_Word(*w) for w in raw if w[0].strip()]
                fast_page.close()
            else:
                ruled[number] = _ruled_grids(page)
                raw = page.extract_words(x_tolerance=2, y_tolerance=2, keep_blank_chars=False,
                                         use_text_flow=False, extra_attrs=["size"])
                words = [_Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], w.get("size"))
                         for w in raw if w["text"].strip()]
            pages.append(_PageWords(float(page.width), float(page.height), join_touching_figures(words)))
            page.close()
            if len(pages) == built + 1 and not _final_words(pages[-1], settings) and settings.mode == "auto":
                # a scanned page is OCRed now, not after the last page: until it is in the
                # Document, every later page's words would be held (a pack's scanned page 386
                # held 600 pages' words, 140 MB)
                _ocr_where_needed(path, pages, settings, warnings, only=len(pages))
                ocred.add(len(pages))
                _build_page(b, built + 1, pages[-1], sizes_per_line)
                built += 1
            elif len(pages) == built + 1 and _final_words(pages[-1], settings):
                _build_page(b, built + 1, pages[-1], sizes_per_line)
                built += 1
    if fast is not None:
        fast.close()
    if not pages and source.pages:
        pages = _pdfium_pages(path)
        warnings.append(ResultWarning(
            code="pdfium_fallback",
            message=f"{path}: pdfplumber (pdfminer) reads no pages in this file, pdfium reads "
                    f"{len(pages)} (a damaged page tree or cross-reference table?): their text "
                    "is pdfium's, or OCR's where they have none"))
    _ocr_where_needed(path, pages, settings, warnings, done=ocred)
    for number, pw in enumerate(pages[built:], start=built + 1):
        _build_page(b, number, pw, sizes_per_line)
    _mark_headings(b, sizes_per_line)
    doc = Document(
        source=source.model_copy(update={"pages": len(b.pages)}),
        text=b.text(),
        pages=b.pages,
        blocks=b.blocks,
        lines=b.lines,
        words=b.words,
        outline=read_outline(path),
        warnings=warnings,
    )
    doc.tables.extend(find_tables(path, doc, ruled, pages))
    return doc


def _final_words(pw: _PageWords, settings: ocr.OcrSettings) -> bool:
    """Whether the page's words are the ones its Document will hold: a text layer OCR will not
    replace. Such a page, when all before it are in, goes into the Document as soon as it is read
    (its words are not held for the whole file: a 1,000-page pack held 270,000 of them)."""
    usable = _usable(pw)  # asked while the words are here: --ocr off warns of a scanned page after
    return settings.mode == "off" or (settings.mode == "auto" and usable)


def _usable(pw: _PageWords) -> bool:
    """Whether the page's text layer is text (`ocr.usable_text`), as read (kept: the words of
    a page in the Document are let go)."""
    if pw.usable is None:
        pw.usable = ocr.usable_text(w.text for w in pw.words)
    return pw.usable


def _build_page(b: DocumentBuilder, number: int, pw: _PageWords,
                sizes_per_line: list[tuple[int, float]]) -> None:
    b.start_page(number)
    _add_page_words(b, pw, sizes_per_line)
    b.end_page(number, pw.width, pw.height, has_text=bool(pw.words),
               text_source=pw.text_source, ocr_confidence=pw.confidence)
    if pw.plumber:
        pw.words = []  # in the Document now; only redrawn pages' words are read again


def _add_page_words(b: DocumentBuilder, pw: _PageWords, sizes_per_line: list[tuple[int, float]]) -> None:
    for segment in reading_order(_group_lines(pw.words), pw.width):
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
            pieces = [(w.text, (w.x0, w.top, w.x1, w.bottom), w.size, w.confidence)
                      for w in ln.words]
            b.add_line(pieces, separators=_separators(ln.words))
            sizes = [w.size for w in ln.words if w.size]
            if sizes:
                sizes_per_line.append((len(b.lines) - 1, statistics.median(sizes)))
            prev = ln
        b.end_block()


def _pdfium_pages(path: Path) -> list[_PageWords]:
    """Each page's words from pdfium's text layer (characters joined at spaces and line
    breaks), for a file pdfminer cannot read."""
    pdf = pdfium.PdfDocument(str(path), password="")
    pages = []
    try:
        for page in pdf:
            width, height = page.get_size()
            text_page = page.get_textpage()
            words: list[_Word] = []
            run: list[tuple[str, tuple[float, float, float, float]]] = []
            text = text_page.get_text_range()
            for i, ch in enumerate(text[:text_page.count_chars()] + " "):
                if not ch.isspace() and ch != "\ufffe" and i < text_page.count_chars():
                    run.append((ch, text_page.get_charbox(i)))
                elif run:
                    x0, x1 = min(bx[0] for _, bx in run), max(bx[2] for _, bx in run)
                    top, bottom = height - max(bx[3] for _, bx in run), height - min(bx[1] for _, bx in run)
                    words.append(_Word("".join(c for c, _ in run), x0, top, x1, bottom,
                                       round(bottom - top, 1)))
                    run = []
            pages.append(_PageWords(float(width), float(height), words, plumber=False))
    finally:
        pdf.close()
    return pages


def _ocr_where_needed(path: Path, pages: list[_PageWords], settings: ocr.OcrSettings,
                      warnings: list[ResultWarning], only: int | None = None,
                      done: set[int] | frozenset[int] = frozenset()) -> None:
    """The per-page hook: pages without a usable text layer (all pages with --ocr force) get
    Tesseract's words instead; without Tesseract, or with --ocr off, each scanned page warns.
    `only`: that page alone; pages in `done` were seen to already."""
    numbers = [only] if only is not None else [n for n in range(1, len(pages) + 1) if n not in done]
    scanned = [n for n in numbers if not _usable(pages[n - 1])]
    wanted = (numbers if settings.mode == "force"
              else scanned if settings.mode == "auto" else [])
    if settings.mode == "off":
        warnings.extend(ResultWarning(code="no_text_layer", page=n, message=(
            f"page {n} has no usable text layer (scanned?) and OCR is off (--ocr off): "
            "its text was not read")) for n in scanned)
        return
    missing = ocr.missing_tool() if wanted else None
    if missing:
        warnings.extend(ResultWarning(code="ocr_unavailable", page=n, message=(
            f"page {n} has no usable text layer (scanned?) and could not be OCRed: {missing}"))
            for n in scanned)
        return
    for n, found in ocr.ocr_pages(path, wanted, settings).items():
        pw = pages[n - 1]
        if found.error:
            warnings.append(ResultWarning(code="ocr_failed", page=n, message=(
                f"{path}: page {n} could not be OCRed: {found.error}; "
                + ("its text was not read" if n in scanned else "its text layer is kept"))))
            continue
        if not found.words and n not in scanned:
            continue  # --ocr force on a text page OCR cannot read: its text layer stays
        pw.words = [_Word(w.text, w.x0, w.top, w.x1, w.bottom, w.line_height, w.confidence)
                    for w in found.words]
        pw.text_source, pw.confidence, pw.plumber, pw.rules = "ocr", found.confidence, False, found.rules
        if found.confidence is not None and found.confidence < ocr.LOW_CONFIDENCE:
            warnings.append(ResultWarning(code="ocr_low_confidence", page=n, message=(
                f"page {n} was read by OCR with a mean confidence of {found.confidence:g} of 100: "
                "check its records against the page")))


def read_outline(path: Path) -> list[OutlineEntry]:
    """The PDF's bookmarks (title, 1-based page, level); [] when it has none or they are broken."""
    try:
        pdf = pdfium.PdfDocument(str(path), password="")
    except pdfium.PdfiumError:
        return []
    try:
        entries = []
        for entry in pdf.get_toc():
            dest = entry.get_dest()
            index = dest.get_index() if dest is not None else None
            if index is not None:
                entries.append(OutlineEntry(title=entry.get_title() or None, page=index + 1,
                                            level=entry.level))
        return entries
    except Exception:  # a malformed outline loses the bookmarks, not the paper
        return []
    finally:
        pdf.close()


@dataclass
class _Drawing:
    """What pdfplumber's table finder reads of a page (its `edges`), from pdfium's path objects."""
    edges: list[dict]
    bbox: tuple[float, float, float, float]


def _ruled_grids_pdfium(page: pdfium.PdfPage) -> list[list[list[BBox | None]]]:
    """`_ruled_grids` of the page, its edges read from pdfium's path objects (no pdfminer)."""
    edges = pdfium_text.page_edges(page)
    if not any(e["object_type"] in ("line", "rect_edge") for e in edges):
        return []
    width, height = page.get_size()
    return _ruled_grids(_Drawing(edges, (0.0, 0.0, width, height)))


def _ruled_grids(page) -> list[list[list[BBox | None]]]:
    """Tables drawn with cell borders: rows of cell boxes (None where a merged cell continues).
    Only pages with drawn lines or boxes are searched; a grid needs two columns. `page` is a
    pdfplumber page, or a `_Drawing` of one."""
    from pdfplumber.table import TableFinder, TableSettings

    if not isinstance(page, _Drawing) and not (page.objects.get("line") or page.objects.get("rect")):
        return []
    try:
        found = TableFinder(page, TableSettings.resolve(None)).tables
    except Exception:  # a malformed drawing loses the ruled tables of this page, not the paper
        return []
    grids = []
    for table in found:
        rows = [list(row.cells) for row in table.rows]
        if rows and max(len(r) for r in rows) >= 2:
            grids.append(rows)
    return grids


def table_candidate_pages(doc: Document, held: set[int] | frozenset[int] = frozenset()) -> list[int]:
    """Pages worth the table finder: three or more lines holding two or more numbers, or four
    or more lines ending in a number at the same right edge (a one-column list of amounts).
    Words in `held` (start offsets: those of the ruled tables) are not counted."""
    line_starts = [ln.char_start for ln in doc.lines]
    numbers_per_line: dict[int, int] = {}
    last_number_edge: dict[int, float] = {}
    words = doc.words
    spans = (zip(words.start, words.end, words.x1) if isinstance(words, Words)
             else ((w.char_start, w.char_end, w.bbox[2]) for w in words))
    for start, end, right in spans:
        if start not in held and _NUMBER_WORD.match(doc.text[start:end]):
            i = bisect.bisect_right(line_starts, start) - 1
            numbers_per_line[i] = numbers_per_line.get(i, 0) + 1
            if end == doc.lines[i].char_end:
                last_number_edge[i] = right
    pages = set()
    per_page: dict[int, int] = {}
    edges: dict[int, list[float]] = {}
    for i, n in numbers_per_line.items():
        page = doc.lines[i].page
        if page and n >= 2:
            per_page[page] = per_page.get(page, 0) + 1
        if page and i in last_number_edge:
            edges.setdefault(page, []).append(last_number_edge[i])
    pages |= {p for p, n in per_page.items() if n >= 3}
    for page, xs in edges.items():
        xs.sort()
        if any(sum(1 for x in xs if abs(x - anchor) <= 3) >= 4 for anchor in xs):
            pages.add(page)
    return sorted(pages)


def find_tables(path: Path, doc: Document,
                ruled: dict[int, list[list[list[BBox | None]]]] | None = None,
                pages: list[_PageWords] | None = None) -> list[SourceTable]:
    """Tables as grids of the Document's own words: ruled tables (drawn cell borders) holding
    numbers first, then whitespace tables on candidate pages (camelot stream) elsewhere.

    The borders, or camelot's row and column boundaries, place each word in a cell, so every
    cell keeps its true character span (and so its page and box) in Document.text.

    Pages whose words are not in the file's text layer (OCR, pdfium's) are redrawn first into a
    PDF of their own (`ocr.words_pdf`: each word where it was read, each ruling line found on
    the image as a drawn line), which the same two readers then read.
    """
    import tempfile

    redrawn = {n: i for i, n in enumerate(
        (n for n, pw in enumerate(pages or [], start=1) if not pw.plumber and pw.words), start=1)}
    with tempfile.TemporaryDirectory(prefix="agendapack-tables-") as tmp:
        synthetic = Path(tmp) / "redrawn.pdf"
        ruled = dict(ruled or {})
        if redrawn:
            assert pages is not None
            synthetic.write_bytes(ocr.words_pdf([
                (pages[n - 1].width, pages[n - 1].height,
                 [(w.text, w.x0, w.top, w.x1, w.bottom) for w in pages[n - 1].words],
                 pages[n - 1].rules) for n in redrawn]))
            with pdfplumber.open(str(synthetic)) as pdf:
                for n, i in redrawn.items():
                    ruled[n] = _ruled_grids(pdf.pages[i - 1])
        words_by_page = _words_by_page(doc)
        ruled_tables = _ruled_tables(doc, ruled, words_by_page)
        # camelot reads only pages with numbers in lines outside the ruled tables: what a ruled
        # table holds it would give back, and a table holding words of a ruled one is dropped
        candidates = table_candidate_pages(doc, _held_words(ruled_tables, words_by_page))
        found = _camelot_stream(path, {p: p for p in candidates if p not in redrawn})
        found += _camelot_stream(synthetic, {redrawn[p]: p for p in candidates if p in redrawn})
        return _tables_of(doc, ruled_tables, found, words_by_page)


CAMELOT_PAGES_AT_ONCE = 20
"""camelot is given a pack's candidate pages this many at a time, and of each table found only
its row and column boundaries are kept: camelot holds every page it parsed (pdfminer's layout
of it, its text) until the call returns, so one call for all of a 1,000-page pack's candidates
held hundreds of MB. 20 pages cost a few MB; reopening the file per call costs little."""


@dataclass(slots=True)
class _StreamTable:
    """What is kept of a camelot stream table: its rows' (top, bottom) and columns' (left,
    right) boundaries, in camelot's frame (y upwards)."""
    rows: list
    cols: list


def _camelot_stream(path: Path, numbering: dict[int, int]) -> list[tuple[int, _StreamTable]]:
    """camelot stream's tables on the pages of `path` keyed in `numbering`, each with its page
    of the Document (`numbering`'s value)."""
    if not numbering:
        return []
    import warnings

    import camelot

    out: list[tuple[int, _StreamTable]] = []
    ordered = sorted(numbering)
    for at in range(0, len(ordered), CAMELOT_PAGES_AT_ONCE):
        chunk = ordered[at:at + CAMELOT_PAGES_AT_ONCE]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = camelot.read_pdf(str(path), pages=",".join(map(str, chunk)), flavor="stream")
            except Exception:  # camelot failing on a page loses the tables there, not the paper
                continue
        out += [(numbering[int(t.page)], _StreamTable(list(t.rows), list(t.cols))) for t in found]
        del found
    return out


class _WordsByPage:
    """A Document's words of one page (`get(page, default)`, as a dict of lists would give
    them), made when asked for: the words of a 1,000-page pack are not all held as models at
    once. The Document's words are in page order (`Words.page` rises), so a page's are a run."""

    def __init__(self, words: Words) -> None:
        self.words = words

    def get(self, page: int, default: list[Word]) -> list[Word]:
        lo = bisect.bisect_left(self.words.page, page)
        hi = bisect.bisect_right(self.words.page, page, lo)
        return self.words.models(lo, hi) if hi > lo else default  # a copy: callers may keep it

    def starts(self, page: int) -> Sequence[int]:
        """The char_start of each word of `page` (no Word made)."""
        lo = bisect.bisect_left(self.words.page, page)
        return self.words.start[lo:bisect.bisect_right(self.words.page, page, lo)]


def _starts_on(words_by_page: _WordsByPage | dict[int, list[Word]], page: int) -> Sequence[int]:
    if isinstance(words_by_page, _WordsByPage):
        return words_by_page.starts(page)
    return [w.char_start for w in words_by_page.get(page, [])]


def _words_by_page(doc: Document) -> _WordsByPage | dict[int, list[Word]]:
    words = doc.words
    if isinstance(words, Words) and all(a <= b for a, b in zip(words.page, words.page[1:])):
        return _WordsByPage(words)
    words_by_page: dict[int, list[Word]] = {}
    for w in words:
        words_by_page.setdefault(w.page, []).append(w)
    return words_by_page


def _ruled_tables(doc: Document, ruled: dict[int, list[list[list[BBox | None]]]],
                  words_by_page: _WordsByPage | dict[int, list[Word]]) -> list[SourceTable]:
    tables: list[SourceTable] = []
    for page, grids in sorted(ruled.items()):
        words = words_by_page.get(page, []) if grids else []
        for boxes in grids:
            table = _words_into_ruled_grid(doc.text, words, boxes, page)
            if table is not None:
                tables.append(table)
    return tables


def _held_words(tables: list[SourceTable], words_by_page: _WordsByPage | dict[int, list[Word]]) -> set[int]:
    """The start offsets of the words the tables hold."""
    return {s for t in tables for s in _word_starts(t.rows, _starts_on(words_by_page, t.page or 0))}


def _tables_of(doc: Document, ruled_tables: list[SourceTable], found: list[tuple[int, _StreamTable]],
               words_by_page: _WordsByPage | dict[int, list[Word]]) -> list[SourceTable]:
    tables = list(ruled_tables)
    taken = _held_words(tables, words_by_page)
    heights = {p.number: p.height or 0.0 for p in doc.pages}
    # Words already in a table are not read twice: camelot may report one table twice, and a
    # ruled table's words are its own.
    for page, table in found:
        grid = _words_into_grid(doc.text, words_by_page.get(page, []), table.rows, table.cols,
                                heights[page])
        words = _word_starts(grid, _starts_on(words_by_page, page))
        if not words or len(words & taken) > 0.5 * len(words):
            continue
        if words & taken and _beside(words & taken, words - taken, words_by_page.get(page, [])):
            grid = _without_words(doc.text, words_by_page.get(page, []), taken, table, heights[page])
            words = _word_starts(grid, _starts_on(words_by_page, page))
        taken |= words
        if grid:
            start = min(c.char_start for row in grid for c in row if c.text)
            end = max(c.char_end for row in grid for c in row if c.text)
            tables.append(SourceTable(page=page, char_start=start, char_end=end, rows=grid))
    tables.sort(key=lambda t: t.char_start)
    return tables


BESIDE_SHARE = 0.9
"""share of a whitespace grid's other words that must lie clear of a ruled table's words, on one
side, for the two to be tables side by side (a title over the ruled one may stand above it)"""


def _beside(these: set[int], those: set[int], words: list[Word]) -> bool:
    """The words (by start offset) of `those` lie, nearly all, right of `these` or left of them."""
    boxes = {w.char_start: w.bbox for w in words}
    a = [boxes[s] for s in these if s in boxes]
    b = [boxes[s] for s in those if s in boxes]
    if not a or not b:
        return False
    left, right = min(x[0] for x in a), max(x[2] for x in a)
    return max(sum(1 for x in b if x[0] > right), sum(1 for x in b if x[2] < left)) >= BESIDE_SHARE * len(b)


def _without_words(text: str, words: list[Word], taken: set[int], table: _StreamTable,
                   height: float) -> list[list[SourceTableCell]]:
    """A whitespace grid read again without the words a ruled table holds (two tables side by
    side, the left one ruled: camelot's columns run over both, the ruled one is read already),
    its columns left empty dropped."""
    grid = _words_into_grid(text, [w for w in words if w.char_start not in taken], table.rows,
                            table.cols, height)
    width = max((len(r) for r in grid), default=0)
    keep = [j for j in range(width) if any(j < len(r) and r[j].text for r in grid)]
    return [[r[j] for j in keep if j < len(r)] for r in grid]


def _word_starts(rows: list[list[SourceTableCell]], word_starts: Iterable[int]) -> set[int]:
    """The words a grid holds (by their start offsets), of the words starting at `word_starts`."""
    spans = sorted(span for row in rows for c in row if c.text
                   for span in (c.lines or [(c.char_start, c.char_end)]))
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end so far
    held = set()
    for start in word_starts:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and reach[i] > start:
            held.add(start)
    return held


def _spanned_from_left(boxes: list[list[BBox | None]]) -> set[tuple[int, int]]:
    """(row, column) of the places a cell drawn across several columns covers to the right of
    where it starts: pdfplumber gives no box there, and the box on its left reaches over the
    column's middle (a cell drawn down over several rows leaves no box too, but nothing on its
    left reaches over)."""
    middles: dict[int, float] = {}
    for row in boxes:
        for c, box in enumerate(row):
            if box is not None and c not in middles:
                middles[c] = (box[0] + box[2]) / 2
    out = set()
    for r, row in enumerate(boxes):
        for c, box in enumerate(row):
            if box is not None or c not in middles:
                continue
            left = next((b for b in reversed(row[:c]) if b is not None), None)
            if left is not None and left[2] > middles[c]:
                out.add((r, c))
    return out


def _words_into_ruled_grid(text: str, words: list[Word], boxes: list[list[BBox | None]],
                           page: int) -> SourceTable | None:
    """A ruled table as rows of cells, each cell the words whose centre lies inside its borders,
    line by line (None when no word lies inside it)."""
    placed: dict[tuple[int, int], list[Word]] = {}
    drawn = [box for row in boxes for box in row if box]
    if not drawn:
        return None
    left, top = min(b[0] for b in drawn), min(b[1] for b in drawn)
    right, bottom = max(b[2] for b in drawn), max(b[3] for b in drawn)
    for w in words:
        cx, cy = (w.bbox[0] + w.bbox[2]) / 2, (w.bbox[1] + w.bbox[3]) / 2
        if not (left <= cx <= right and top <= cy <= bottom):
            continue  # outside every cell (most of a page's words, for a small grid)
        for r, row in enumerate(boxes):
            hit = next((c for c, box in enumerate(row)
                        if box and box[0] <= cx <= box[2] and box[1] <= cy <= box[3]), None)
            if hit is not None:
                placed.setdefault((r, hit), []).append(w)
                break
    spanned = _spanned_from_left(boxes)
    rows = []
    for r, row in enumerate(boxes):
        cells = []
        for c in range(len(row)):
            lines = _cell_lines(placed.get((r, c), []))
            spans = [(ln[0].char_start, max(w.char_end for w in ln)) for ln in lines]
            cell_text = "\n".join(" ".join(text[w.char_start:w.char_end] for w in ln) for ln in lines)
            if spans:
                cells.append(SourceTableCell(text=cell_text, char_start=min(s for s, _ in spans),
                                             char_end=max(e for _, e in spans), lines=spans))
            else:
                cells.append(SourceTableCell(text="", char_start=0, char_end=0, spanned=(r, c) in spanned))
        if any(c.text for c in cells):
            anchor = min(c.char_start for c in cells if c.text)
            rows.append([c if c.text else c.model_copy(update={"char_start": anchor, "char_end": anchor})
                         for c in cells])
    if not rows or _columns_run_together(rows) or _rows_not_ruled(rows):
        return None
    spans = [s for row in rows for c in row if c.text for s in (c.char_start, c.char_end)]
    return SourceTable(page=page, char_start=min(spans), char_end=max(spans), rows=rows, ruled=True)


def _columns_run_together(rows: list[list[SourceTableCell]]) -> bool:
    """Borders that do not separate the columns (a table shaded in stripes, not ruled): lines of
    a cell printing two numbers next to each other ("Arunachal Pradesh 2,241,609 10")."""
    lines = [line for row in rows for c in row if c.text for line in c.text.split("\n")]
    numbered = [ln for ln in lines if any(_NUMBER_WORD.match(w) for w in ln.split())]
    crowded = [ln for ln in numbered if any(_NUMBER_WORD.match(a) and _NUMBER_WORD.match(b)
                                            for a, b in zip(ln.split(), ln.split()[1:], strict=False))]
    return len(crowded) >= 2 and len(crowded) > 0.1 * len(numbered)


def _rows_not_ruled(rows: list[list[SourceTableCell]]) -> bool:
    """Borders round the columns only: one ruled row holds the figures of many rows, stacked in
    two or more cells ("-", "68,635", "-" ... beside "4,022", "163,521" ...). Which figures share
    a row is then a matter of alignment, which the whitespace reader does."""
    for row in rows:
        stacked = [c for c in row if c.text.count("\n") >= 2 and all(
            _NUMBER_WORD.match(ln.strip()) or ln.strip() in ("-", "–", "—") for ln in c.text.split("\n"))]
        if len(stacked) >= 2:
            return True
    return False


def _cell_lines(words: list[Word]) -> list[list[Word]]:
    """A cell's words as lines, top to bottom, each left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.bbox[1], w.bbox[0])):
        mid = (w.bbox[1] + w.bbox[3]) / 2
        if lines and lines[-1][0].bbox[1] - 1 <= mid <= lines[-1][0].bbox[3] + 1:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ln, key=lambda w: w.bbox[0]) for ln in lines]


def _words_into_grid(text: str, words: list[Word], rows, cols,
                     height: float) -> list[list[SourceTableCell]]:
    cells: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        cx = (w.bbox[0] + w.bbox[2]) / 2
        cy = height - (w.bbox[1] + w.bbox[3]) / 2  # camelot measures y upwards
        r = next((i for i, (top, bottom) in enumerate(rows) if bottom <= cy <= top), None)
        c = next((j for j, (left, right) in enumerate(cols) if left <= cx <= right), None)
        if r is not None and c is not None:
            cells.setdefault((r, c), []).append(w)
    grid = []
    for r in range(len(rows)):
        row_words = [w for c in range(len(cols)) for w in cells.get((r, c), [])]
        if not row_words:
            continue
        anchor = min(w.char_start for w in row_words)
        row = []
        for c in range(len(cols)):
            ws = sorted(cells.get((r, c), []), key=lambda w: w.char_start)
            if ws:
                row.append(SourceTableCell(text=" ".join(text[w.char_start:w.char_end] for w in ws),
                                           char_start=ws[0].char_start, char_end=ws[-1].char_end))
            else:
                row.append(SourceTableCell(text="", char_start=anchor, char_end=anchor))
        grid.append(row)
    return grid


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
