"""Every pydantic model of agendapack: the ingested Document, records with provenance, the result.

`schemas/*.json` are generated from these classes (`make schemas`); a test fails when they drift.
Money is held as `Decimal` (never a binary float) and written out as a JSON number.
"""

from __future__ import annotations

import bisect
import datetime as dt
from array import array
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Annotated, Any, Literal, overload

from pydantic import BaseModel, ConfigDict, Field, GetCoreSchemaHandler, PlainSerializer, PrivateAttr
from pydantic_core import core_schema

SCHEMA_VERSION = "1.0"


def _decimal_to_number(value: Decimal) -> int | float:
    # Whole pounds stay integers so that 2336000 never prints as 2336000.0.
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Pounds = Annotated[
    Decimal,
    PlainSerializer(_decimal_to_number, return_type=int | float, when_used="json"),
]
"""An amount in whole currency units (pounds for UK papers), exact until written out."""

BBox = tuple[float, float, float, float]
"""(x0, top, x1, bottom) in PDF points, origin at the top-left of the page (pdfplumber's frame)."""


def union_bbox(boxes: list[BBox]) -> BBox | None:
    """The smallest box holding all `boxes` (None for none)."""
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------------------------------------
# Provenance


class Provenance(_Model):
    """Where a record came from: enough to find it again on the printed page."""

    page: int | None = Field(description="1-based page number; null for formats without pages")
    char_start: int = Field(ge=0, description="offset of the first character in Document.text")
    char_end: int = Field(ge=0, description="offset one past the last character")
    bbox: BBox | None = Field(
        default=None, description="(x0, top, x1, bottom) in PDF points on `page`; null if not a PDF"
    )
    snippet: str = Field(description="the source text of the span, whitespace collapsed")


# ---------------------------------------------------------------------------------------------
# The ingested document (input to every extractor)

SourceFormat = Literal["pdf", "text", "html"]


class Source(_Model):
    """The file a Document was read from: path, sha256 of its bytes, format and page count."""

    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    format: SourceFormat
    pages: int = Field(ge=0)
    content_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    """sha256 of the text of its pages without page numbers or spacing: the same report in a pack
    and as a file of its own hashes the same (set by `extract`)"""


class Page(_Model):
    """One page of a Document: its span of `Document.text`, size in points, and whether it had
    a text layer."""

    number: int = Field(ge=1)
    width: float | None = None
    height: float | None = None
    char_start: int
    char_end: int
    has_text: bool = Field(description="false for a page with no text (scanned, and not OCRed)")
    text_source: Literal["text_layer", "ocr"] = Field(
        default="text_layer", description="how the page's text was obtained")
    ocr_confidence: float | None = Field(
        default=None, description="OCR pages: Tesseract's mean word confidence, 0-100")


class Word(_Model):
    """A PDF word with its box; lets any character span be mapped back to page + bbox."""

    page: int
    char_start: int
    char_end: int
    bbox: BBox
    size: float | None = None
    confidence: float | None = Field(default=None, description="OCR words: Tesseract's 0-100")


_WORD_FIELDS = set(Word.model_fields)
_NONE = float("nan")  # a column's None (a word's size or confidence not known)


class Words(Sequence[Word]):
    """A Document's words as columns (page, char_start, char_end, the box's four sides, size,
    confidence: typed arrays, 72 bytes a word), each `Word` made when it is read: a list of
    `Word` models cost about 560 bytes a word, 190 MB for the 341,000 words of a 1,000-page pack,
    and an agenda item's Document held a second copy of its pages' words. Reads as a list of
    Word would: `len`, index, iteration, a slice (a list of Word), `==` with a list; `starts` is
    the char_start column (what a bisect by offset needs, without making a Word); an item's
    words (`span`) are a Words of their own (columns copied, no models). In text order (the
    builder appends them so)."""

    __slots__ = ("page", "start", "end", "x0", "top", "x1", "bottom", "size", "confidence",
                 "_recent", "_in_page_order")
    COLUMNS = ("page", "start", "end", "x0", "top", "x1", "bottom", "size", "confidence")

    RECENT_PAGES = 4
    """the models of this many pages are kept once made (the pages last read): an extractor
    reads a table's words, or a record's, many times over, page by page"""

    def __init__(self) -> None:
        self._recent: dict[int, tuple[int, int, list[Word]]] = {}
        self._in_page_order: bool | None = None
        self.page = array("l")
        self.start = array("q")
        self.end = array("q")
        self.x0, self.top, self.x1, self.bottom = array("d"), array("d"), array("d"), array("d")
        self.size, self.confidence = array("d"), array("d")

    def append_word(self, page: int, char_start: int, char_end: int, bbox: BBox,
                    size: float | None, confidence: float | None) -> None:
        """Add one word at the end (ingest adds them in reading order)."""
        if self._recent or self._in_page_order is not None:
            self._recent, self._in_page_order = {}, None
        self.page.append(page)
        self.start.append(char_start)
        self.end.append(char_end)
        x0, top, x1, bottom = bbox
        self.x0.append(x0)
        self.top.append(top)
        self.x1.append(x1)
        self.bottom.append(bottom)
        self.size.append(_NONE if size is None else size)
        self.confidence.append(_NONE if confidence is None else confidence)

    @classmethod
    def of(cls, words: Iterable[Word]) -> Words:
        """Columns of these words (the same object when they are columns already)."""
        if isinstance(words, Words):
            return words
        out = cls()
        for w in words:
            out.append_word(w.page, w.char_start, w.char_end, w.bbox, w.size, w.confidence)
        return out

    @property
    def starts(self) -> array:
        """Each word's char_start, in order (for bisecting by offset without making words)."""
        return self.start

    def __len__(self) -> int:
        return len(self.start)

    def _word(self, i: int, new=object.__new__, put=object.__setattr__) -> Word:
        size, confidence = self.size[i], self.confidence[i]
        w = new(Word)
        put(w, "__dict__", {
            "page": self.page[i], "char_start": self.start[i], "char_end": self.end[i],
            "bbox": (self.x0[i], self.top[i], self.x1[i], self.bottom[i]),
            "size": None if size != size else size,
            "confidence": None if confidence != confidence else confidence})
        put(w, "__pydantic_fields_set__", _WORD_FIELDS)
        put(w, "__pydantic_extra__", None)
        put(w, "__pydantic_private__", None)
        return w

    @overload
    def __getitem__(self, i: int) -> Word: ...
    @overload
    def __getitem__(self, i: slice) -> list[Word]: ...

    def __getitem__(self, i):
        n = len(self.start)
        if isinstance(i, slice):
            start, stop, step = i.indices(n)
            if step == 1:
                return self.models(start, stop)
            word = self._word
            return [word(k) for k in range(start, stop, step)]
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("word index out of range")
        return self.models(i, i + 1)[0]

    def models(self, lo: int, hi: int) -> list[Word]:
        """The words lo..hi as a list of Word models (those of the RECENT_PAGES pages last read
        are made once)."""
        lo, hi = max(lo, 0), min(hi, len(self.start))
        if lo >= hi:
            return []
        if self._in_page_order is None:
            pages = self.page
            self._in_page_order = all(a <= b for a, b in zip(pages, pages[1:]))
        if not self._in_page_order:
            word = self._word
            return [word(i) for i in range(lo, hi)]
        out: list[Word] = []
        while lo < hi:
            first, last, made = self._page_models(self.page[lo])
            out += made[lo - first:min(hi, last) - first]
            lo = last
        return out

    def _page_models(self, page: int) -> tuple[int, int, list[Word]]:
        """(first index, end index, models) of the words of `page`."""
        found = self._recent.pop(page, None)  # popped and put back: the dict is in use order
        if found is None:
            first = bisect.bisect_left(self.page, page)
            last = bisect.bisect_right(self.page, page, first)
            word = self._word
            found = (first, last, [word(i) for i in range(first, last)])
            if len(self._recent) >= self.RECENT_PAGES:
                del self._recent[next(iter(self._recent))]
        self._recent[page] = found
        return found

    def __iter__(self) -> Iterator[Word]:
        word = self._word
        for i in range(len(self.start)):
            yield word(i)

    def _take(self, where: slice, shift: int = 0) -> Words:
        out = Words()
        for name in Words.COLUMNS:
            setattr(out, name, getattr(self, name)[where])
        if shift:
            out.start = array("q", [s - shift for s in out.start])
            out.end = array("q", [e - shift for e in out.end])
        return out

    def span(self, char_start: int, char_end: int, shift: int = 0) -> Words:
        """The words inside [char_start, char_end), their offsets moved back by `shift`."""
        lo = bisect.bisect_left(self.start, char_start)
        hi = bisect.bisect_left(self.start, char_end, lo)
        keep = [i for i in range(lo, hi) if self.end[i] <= char_end]
        if len(keep) == hi - lo:
            return self._take(slice(lo, hi), shift)
        out = Words()
        for i in keep:
            w = self._word(i)
            out.append_word(w.page, w.char_start - shift, w.char_end - shift, w.bbox, w.size,
                            w.confidence)
        return out

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Words | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Words({len(self)} words)"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler):
        listed = handler.generate_schema(list[Word])
        as_words = core_schema.no_info_after_validator_function(cls.of, listed)
        return core_schema.json_or_python_schema(
            json_schema=as_words,
            python_schema=core_schema.union_schema([core_schema.is_instance_schema(cls), as_words]),
            serialization=core_schema.plain_serializer_function_ser_schema(
                list, return_schema=listed))


def word_starts(words: Sequence[Word]) -> Sequence[int]:
    """The char_start of each word (the column, for Words; a list otherwise)."""
    return words.starts if isinstance(words, Words) else [w.char_start for w in words]


class Line(_Model):
    """A line of text as printed: its span of `Document.text`, page, box, block and heading
    level."""

    page: int | None
    char_start: int
    char_end: int
    bbox: BBox | None = None
    block: int = Field(description="index into Document.blocks")
    heading: int | None = Field(default=None, description="heading level (1 = most prominent)")
    size: float | None = Field(default=None, description="median font size (PDF only)")


class Block(_Model):
    """A run of lines read together: a paragraph, a column segment or a table."""

    page: int | None
    char_start: int
    char_end: int
    bbox: BBox | None = None
    kind: Literal["text", "table"] = "text"


class SourceTableCell(_Model):
    """One cell of a table as the source laid it out, with its span of `Document.text`."""

    text: str
    """the cell's words; in a ruled table its lines are joined by newlines"""
    char_start: int
    char_end: int
    lines: list[tuple[int, int]] = Field(
        default_factory=list,
        description="ruled tables: each text line of the cell as (char_start, char_end)")
    spanned: bool = Field(
        default=False,
        description="ruled tables: covered by the cell to its left, drawn across both columns "
                    "(a header such as '2024-25' over 'Budget | Forecast')")


class SourceTable(_Model):
    """A table as the source laid it out (an HTML `<table>`, a PDF grid): rows of cells with their
    spans. `ruled`: the rows and columns are the PDF's drawn cell borders, so one row may hold
    several lines of text per cell."""

    page: int | None
    char_start: int
    char_end: int
    rows: list[list[SourceTableCell]]
    ruled: bool = False


class OutlineEntry(_Model):
    """A bookmark of the PDF's outline (agenda packs bookmark each item)."""

    title: str | None = None
    page: int = Field(ge=1)
    level: int = Field(ge=0)


class ResultWarning(_Model):
    """Something that went wrong or was unsure while reading a paper (a scanned page, a failed
    extractor)."""

    code: str = Field(description="e.g. no_text_layer, no_language_model")
    message: str
    page: int | None = None


class Document(_Model):
    """One paper, whatever its format: text with positions. Extractors read only this."""

    source: Source
    text: str
    pages: list[Page]
    blocks: list[Block]
    lines: list[Line]
    words: Words = Field(default_factory=Words)
    tables: list[SourceTable] = Field(default_factory=list)
    outline: list[OutlineEntry] = Field(default_factory=list)
    warnings: list[ResultWarning] = Field(
        default_factory=list, description="what the ingest could not read, or read another way")
    _offsets: dict[str, tuple[tuple[int, int], list[int]]] = PrivateAttr(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, path: str = "<text>") -> Document:
        """The Document of a text export held in memory (`Document.from_text("RESOLVED ...")`)."""
        from .ingest import from_string

        return from_string(text, "text", path)

    @classmethod
    def from_html(cls, html: str, path: str = "<html>") -> Document:
        """The Document of an HTML page held in memory."""
        from .ingest import from_string

        return from_string(html, "html", path)

    def _starts(self, name: str) -> list[int]:
        """The char_start of each of `pages`, `lines` or `words`, worked out once per list (the
        lists are in text order): provenance is then a bisect, not a pass over the document."""
        items = getattr(self, name)
        if isinstance(items, Words):
            return items.starts  # type: ignore[return-value]
        key = (id(items), len(items))
        cached = self._offsets.get(name)
        if cached is None or cached[0] != key:
            cached = (key, [x.char_start for x in items])
            self._offsets[name] = cached
        return cached[1]

    def page_of(self, offset: int) -> int | None:
        """The page holding character `offset` (None for formats without pages)."""
        if self.source.format != "pdf" or not self.pages:
            return self.pages[0].number if len(self.pages) == 1 and self.source.format != "pdf" else None
        i = max(0, bisect.bisect_right(self._starts("pages"), offset) - 1)
        return self.pages[i].number

    def line_at(self, offset: int) -> Line | None:
        """The line holding character `offset` (None between lines)."""
        i = bisect.bisect_right(self._starts("lines"), offset) - 1
        if i >= 0 and self.lines[i].char_start <= offset <= self.lines[i].char_end:
            return self.lines[i]
        return None

    def bbox_of(self, char_start: int, char_end: int) -> BBox | None:
        """Union of the boxes of the words the span touches, on the span's first page."""
        if not self.words:
            return None
        i = max(0, bisect.bisect_right(self._starts("words"), char_start) - 1)
        words = self.words
        if isinstance(words, Words):  # the same, read from the columns (no Word made)
            starts, ends, pages, n = words.start, words.end, words.page, len(words)
            picked: list[int] = []
            while i < n and starts[i] < char_end:
                if ends[i] > char_start and (not picked or pages[i] == pages[picked[0]]):
                    picked.append(i)
                i += 1
            if not picked:
                return None
            return (min(words.x0[k] for k in picked), min(words.top[k] for k in picked),
                    max(words.x1[k] for k in picked), max(words.bottom[k] for k in picked))
        boxes: list[BBox] = []
        page = None
        while i < len(self.words) and self.words[i].char_start < char_end:
            w = self.words[i]
            if w.char_end > char_start:
                if page is None:
                    page = w.page
                if w.page == page:
                    boxes.append(w.bbox)
            i += 1
        return union_bbox(boxes)

    def provenance(self, char_start: int, char_end: int) -> Provenance:
        """Provenance for a character span of `text`: page, bbox and snippet."""
        if not 0 <= char_start <= char_end <= len(self.text):
            raise ValueError(f"span {char_start}:{char_end} outside document text")
        page = None
        if self.source.format == "pdf":
            page = self.page_of(char_start)
        elif self.pages:
            page = self.page_of(char_start) or 1
        return Provenance(
            page=page,
            char_start=char_start,
            char_end=char_end,
            bbox=self.bbox_of(char_start, char_end),
            snippet=" ".join(self.text[char_start:char_end].split()),
        )


# ---------------------------------------------------------------------------------------------
# Records (the extractor issues fill these; the shapes are part of the schema now)

Measure = Literal["budget", "planned", "actual", "projected", "variance", "estimate", "other"]
Grain = Literal[
    "day", "week", "month", "season", "quarter", "year", "financial_year", "range"
]


class Period(_Model):
    """The period a table column covers (a financial year, quarter or month), as printed and as
    dates."""

    label: str = Field(description='as printed, e.g. "2020/21"')
    start: dt.date
    end: dt.date


class TableColumn(_Model):
    """A column of a financial table: its header, the period it covers and what it measures."""

    label: str = Field(description="multi-row headers joined with single spaces")
    period: Period | None = None
    measure: Measure = "other"


class CellFlag(_Model):
    """Something noted about one cell (repaired, not applicable, a failed check) with the text
    printed."""

    column: int | None = Field(description="0-based index into FinancialTable.columns")
    code: str = Field(description="e.g. repaired, not_applicable, check_failed")
    raw: str | None = None
    message: str | None = None


class TableRow(_Model):
    """A row of a financial table: label, section, kind, values in pounds and the text printed
    in each cell."""

    label: str | None
    section: str | None = None
    kind: Literal["item", "subtotal", "total", "heading"] = "item"
    values: list[Pounds | None] = Field(description="in pounds, aligned with columns; null = blank")
    raw: list[str | None] = Field(description="each cell's text as printed")
    spans: list[tuple[int, int] | None] = Field(
        default_factory=list,
        description="each printed cell's (char_start, char_end) in the document text")
    label_span: tuple[int, int] | None = Field(
        default=None, description="where the row's label is printed, as (char_start, char_end)")
    details: dict[str, str] = Field(
        default_factory=dict,
        description="the row's other text columns by header (a payment's details, its category)")
    columns: list[str] | None = Field(
        default=None,
        description="the column names of this row's block, aligned with the table's columns, where "
                    "a block of rows prints a header row of its own in the table's grid (a payments "
                    "block's 'Payment' over what the receipts block calls 'Receipt'); null: the "
                    "table's columns")
    flags: list[CellFlag] = Field(default_factory=list)
    check: Literal["passed", "failed", "unchecked"] = "unchecked"
    provenance: Provenance


class TableCheck(_Model):
    """One arithmetic check of a table (a total or subtotal against the cells it adds up)."""

    description: str
    passed: bool
    expected: Pounds | None = Field(default=None, description="what the other cells add up to")
    actual: Pounds | None = Field(default=None, description="what is printed")
    row: int | None = Field(default=None, description="0-based index into FinancialTable.rows")
    column: int | None = Field(default=None, description="0-based index into FinancialTable.columns")
    rounding: bool = Field(default=False, description="passed, but off by one unit of scale")


class FinancialTable(_Model):
    """A financial table: columns, rows in pounds (scale applied), and the checks of its
    arithmetic."""

    title: str | None
    pages: list[int] = Field(default_factory=list)
    unit: str | None = Field(default="GBP", description="currency, ISO 4217")
    scale: int = Field(default=1, description="1, 1000 or 1000000: the multiplier printed cells carry")
    columns: list[TableColumn]
    rows: list[TableRow]
    checks: list[TableCheck] = Field(default_factory=list)
    checks_passed: int = 0
    checks_failed: int = 0
    header_spans: list[tuple[int, int]] = Field(
        default_factory=list,
        description="where the table's title and column headers are printed, as (char_start, char_end)")
    provenance: Provenance

    def to_dataframe(self):
        """One row per table row: label, section, kind, then one column per table column (pounds)."""
        import pandas as pd

        frame = pd.DataFrame({
            "label": [row.label for row in self.rows],
            "section": [row.section for row in self.rows],
            "kind": [row.kind for row in self.rows],
        })
        for j, col in enumerate(self.columns):
            values = [row.values[j] if j < len(row.values) else None for row in self.rows]
            whole = all(v is None or v == v.to_integral_value() for v in values)
            # Whole pounds stay exact integers; a blank stays missing, never 0.
            frame[col.label] = pd.array([None if v is None else (int(v) if whole else float(v))
                                         for v in values], dtype="Int64" if whole else "Float64")
        return frame


AppointmentStatus = Literal["permanent", "interim", "acting", "agency"]


AppointmentEvent = Literal["elected", "re-elected", "appointed", "co-opted", "nominated",
                           "resigned", "left", "proposed"]
"""What the paper says happened; null when it only names the holder (an attendance list)."""


class Appointment(_Model):
    """A membership (Popolo-style): a person holding, taking or leaving a post or a seat on a body."""

    person: str = Field(description="full name as written, honorific removed")
    role: str = Field(description="the post as written")
    post: str | None = Field(default=None, description="canonical post: 'CHAIRMAN' -> 'Chair', "
                             "'RFO' -> 'Responsible Financial Officer'")
    organisation: str | None = Field(default=None, description="the committee or outside body of "
                                     "a membership, when the paper names one")
    status: AppointmentStatus | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    event: AppointmentEvent | None = None
    future: bool = Field(default=False, description="the event is still to happen "
                         "('will be co-opted at our next meeting')")
    provenance: Provenance


class Post(_Model):
    """A post discussed without a named holder."""

    role: str
    status: AppointmentStatus | None = None
    provenance: Provenance


class DateMention(_Model):
    """A date in the text, read as the range it names (a day, month, quarter, financial year
    ...)."""

    text: str = Field(description="verbatim")
    start: dt.date
    end: dt.date = Field(description="inclusive")
    grain: Grain
    inferred: bool = Field(
        default=False, description="true when the year or anchor came from the document's date"
    )
    inferred_by: Literal["relative", "context", "past", "future", "nearest"] | None = Field(
        default=None,
        description="how an inferred date was placed: counted from the paper's date (relative), "
                    "by the year of the heading it is listed under (context), by the tense around it (past: the last such date before the paper, future: "
                    "the next one after it), or the nearest such date to the paper's date")
    provenance: Provenance


class Amount(_Model):
    """An amount of money in the text (outside the financial tables), exact, in pounds."""

    text: str
    value: Pounds
    currency: str = "GBP"
    provenance: Provenance


class ResolutionItem(_Model):
    """One numbered item of a resolution or recommendation."""

    number: str | None
    text: str


class Outcome(_Model):
    """What the paper says became of a resolution: carried or lost, unanimous, the vote."""

    text: str
    carried: bool | None = None
    unanimous: bool | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    names_for: list[str] = Field(default_factory=list)
    """a recorded vote's names per side, as printed ("Mr Baldock")"""
    names_against: list[str] = Field(default_factory=list)
    names_abstaining: list[str] = Field(default_factory=list)


class Resolution(_Model):
    """What a meeting resolved or decided, or what a report recommends, with its items and
    outcome."""

    ref: str | None = Field(description='minute or paragraph number, e.g. "27.21"')
    kind: Literal["resolved", "recommendation", "decision"]
    body: str | None = Field(default=None, description='the lead-in, e.g. "That the Committee:"')
    about: str | None = Field(default=None, description="what it decides on, where the paper prints "
                              'that apart from the decision: the applicant of a table row whose '
                              'decided cell reads "Approved."')
    items: list[ResolutionItem]
    outcome: Outcome | None = None
    moved_by: str | None = Field(default=None, description='who moved or proposed it, as printed')
    seconded_by: str | None = Field(default=None, description="who seconded it, as printed")
    provenance: Provenance


class Amendment(_Model):
    """An amendment moved to a motion or to a report's recommendations: who moved and seconded
    it, what it amends, its wording, and what became of it (its own record, not a resolution)."""

    ref: str | None = Field(description='its number ("4") or the minute it is moved under')
    moved_by: str | None = None
    seconded_by: str | None = None
    amends: str | None = Field(default=None, description='what it amends, as printed: '
                               '"the motion set out in paragraph 5"')
    text: str = Field(description="its wording (or its stated purpose), as printed")
    outcome: Outcome | None = None
    provenance: Provenance


# ---------------------------------------------------------------------------------------------
# The result of `agendapack extract`

DocumentKind = Literal["report", "minutes", "agenda", "agenda_pack", "other"]


class DocumentInfo(_Model):
    """What the paper is: its kind, title, organisation, committee and date."""

    kind: DocumentKind = "other"
    title: str | None = None
    organisation: str | None = None
    committee: str | None = None
    date: str | None = Field(
        default=None,
        pattern=r"^\d{4}-\d{2}(-\d{2})?$",
        description="meeting or report date: YYYY-MM-DD, or YYYY-MM when only the month is known",
    )


class Records(_Model):
    """What the extractors find in one paper, or in one item of an agenda pack."""

    source: Source
    document: DocumentInfo
    tables: list[FinancialTable] = Field(default_factory=list)
    appointments: list[Appointment] = Field(default_factory=list)
    posts: list[Post] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    resolutions: list[Resolution] = Field(default_factory=list)
    amendments: list[Amendment] = Field(default_factory=list)
    warnings: list[ResultWarning] = Field(default_factory=list)


class AgendaItem(Records):
    """One item of an agenda pack (its report, or the previous meeting's minutes), extracted on
    its own pages. `source.path` is the pack's path with `#pages=FIRST-LAST` and `source.sha256`
    the pack file's; provenance page numbers are the pack's. Metadata the item's pages do not
    give (organisation, committee, date; the title from the pack's list) is the pack's."""

    number: str
    title: str | None = None
    first_page: int = Field(ge=1)
    last_page: int = Field(ge=1)


class ExtractionResult(Records):
    """Everything `pipeline.extract` found in one paper: the records with provenance, the
    warnings and an agenda pack's items. `to_json()`, `to_frames()` (pandas), a short repr in
    notebooks."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    items: list[AgendaItem] = Field(default_factory=list)
    """an agenda pack's items, in page order (empty for any other paper, and for a pack that
    cannot be split); the pack's own records above cover all of its pages"""

    def to_json(self, indent: int | None = 2) -> str:
        """The result as JSON (what `agendapack extract` prints)."""
        return self.model_dump_json(indent=indent)

    def to_frames(self):
        """One pandas DataFrame per record kind (`pipeline.frames.result_frames`)."""
        from .frames import result_frames

        return result_frames(self)

    def __repr__(self) -> str:
        from .frames import result_repr

        return result_repr(self)

    def _repr_html_(self) -> str:
        from .frames import result_html

        return result_html(self)

    def item_result(self, item: AgendaItem) -> ExtractionResult:
        """An item as a result of its own (what the store keeps for it)."""
        fields = item.model_dump(exclude={"number", "title", "first_page", "last_page"})
        return ExtractionResult.model_validate(fields)


# ---------------------------------------------------------------------------------------------
# `agendapack decisions EARLIER LATER`: what became of each agenda item or recommendation

LinkOutcome = Literal["approved", "approved_with_amendment", "deferred", "rejected", "noted",
                      "withdrawn", "not_found"]


class MinuteEntry(_Model):
    """A numbered item of an agenda, or a minute of minutes: its number and heading."""

    number: str
    title: str
    provenance: Provenance


class DecisionLink(_Model):
    """One agenda item or recommendation of the earlier paper paired with the minute that
    decided it."""

    item: str = Field(description="the agenda item's number, or the recommendation's")
    title: str = Field(description="the agenda item's heading, or the recommendation's text")
    minutes_ref: str | None = Field(description="the minute that decided it; null: not_found")
    minutes_title: str | None = None
    outcome: LinkOutcome
    decision: str | None = Field(default=None, description="what the minute recorded, as printed")
    earlier: Provenance
    later: Provenance | None = None


class DecisionLinks(_Model):
    """`agendapack decisions EARLIER LATER`: both papers' items and what became of each."""

    earlier: str
    later: str
    earlier_items: list[MinuteEntry] = Field(default_factory=list)
    later_items: list[MinuteEntry] = Field(default_factory=list)
    links: list[DecisionLink] = Field(default_factory=list)

    def to_json(self, indent: int | None = 2) -> str:
        """These links as JSON (what `agendapack decisions --format json` prints)."""
        return self.model_dump_json(indent=indent)


# ---------------------------------------------------------------------------------------------
# Hand annotations (samples/gold/NAME.json): what `agendapack eval` scores against


class GoldDocument(_Model):
    """The hand-annotated facts of a paper (kind, organisation, title, date, committee)."""

    kind: DocumentKind | None = None
    organisation: str | None = None
    title: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    committee: str | None = None
    """scored only where the annotation gives the key (older annotations do not)"""


class GoldAppointment(_Model):
    """A hand-annotated appointment."""

    person: str
    role: str
    status: AppointmentStatus | None = None
    event: AppointmentEvent | None = None
    """optional: scored (kind appointment_events) only where the annotation gives the key"""
    start_date: dt.date | None = None
    """optional: scored (kind appointment_start_dates) only where the annotation gives the key"""


class GoldDate(_Model):
    """A hand-annotated date mention."""

    text: str
    start: dt.date
    end: dt.date
    grain: Grain | None = None


class GoldAmount(_Model):
    """A hand-annotated amount of money (pounds)."""

    text: str
    value: Decimal


class GoldOutcome(_Model):
    """What the paper says became of a resolution; each key given is scored, a key left out is not."""

    carried: bool | None = None
    unanimous: bool | None = None
    votes_for: int | None = Field(default=None, ge=0)
    votes_against: int | None = Field(default=None, ge=0)
    abstentions: int | None = Field(default=None, ge=0)


class GoldResolution(_Model):
    """A hand-annotated resolution or recommendation with its items."""

    ref: str | None = None
    kind: Literal["resolved", "recommendation", "decision"]
    items: list[str]
    outcome: GoldOutcome | None = None
    """what the paper states became of it (Carried, Lost, unanimously, vote counts), or null
    where it states nothing or the annotation does not say (annotations before issue 14)"""


class GoldTableCell(_Model):
    """A hand-annotated cell of a financial table (table number, row and column labels,
    pounds)."""

    table: int = Field(ge=1)
    row: str
    section: str | None = None
    column: str
    value: Decimal


GoldKind = Literal["document", "appointments", "dates", "amounts", "resolutions", "table_cells",
                   "outcomes"]


class Gold(_Model):
    """The hand annotations of one sample (samples/gold/NAME.json): what `agendapack eval`
    scores against."""

    model_config = ConfigDict(extra="ignore")

    sample: str = Field(description="file name of the sample in samples/")
    annotator_notes: str | None = None
    not_annotated: list[GoldKind] = Field(default_factory=list)
    document: GoldDocument = Field(default_factory=GoldDocument)
    appointments: list[GoldAppointment] = Field(default_factory=list)
    dates: list[GoldDate] = Field(default_factory=list)
    amounts: list[GoldAmount] = Field(default_factory=list)
    resolutions: list[GoldResolution] = Field(default_factory=list)
    table_cells: list[GoldTableCell] = Field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# What changed between two papers (`agendapack diff`, pipeline/diff/)

ChangeKind = Literal[
    "table_cell", "table_row_added", "table_row_removed", "table_row_renamed", "table_row_moved",
    "table_added", "table_removed", "appointment_added", "appointment_changed",
    "appointment_ended", "date_moved", "date_added", "resolution_added", "resolution_removed",
    "amount_changed", "appointment_mentioned", "appointment_not_mentioned",
    "amount_added", "amount_removed", "column_added", "column_removed", "post_holder_changed",
    "outcome_changed", "amendment_added", "amendment_removed",
]
"""`appointment_mentioned` (named now, not before, and the paper does not say they were appointed)
and `appointment_not_mentioned` (named before, absent now) are kept apart from real arrivals and
departures: being named is not being appointed, and absence is not departure. `amount_added` /
`amount_removed`: a sum in the prose of one paper only (its value nowhere in the other);
`column_added` / `column_removed`: a column of a matched table with no counterpart;
`post_holder_changed`: the same post (by its canonical words) held by another person.
`outcome_changed`: the same resolution or amendment in both papers with another stated outcome
(carried or lost, unanimous, the votes); `amendment_added` / `amendment_removed`: an amendment
moved in one paper only."""


class DiffSide(_Model):
    """One of the two papers compared by a diff."""

    source: Source
    document: DocumentInfo


class Change(_Model):
    """One typed change between two papers (a table cell, a row, a person, a date, an amount
    ...)."""

    kind: ChangeKind
    subject: str = Field(description="the row label, person, milestone, resolution or amount")
    column: str | None = Field(default=None, description="table column (as printed in NEW)")
    old: Pounds | str | None = Field(default=None, description="pounds for money, else text")
    new: Pounds | str | None = None
    delta: Pounds | None = Field(
        default=None, description="new - old in pounds; for date_moved, days the end moved")
    match: Literal["exact", "renamed", "fuzzy"] = "exact"
    table: str | None = Field(default=None, description="table title (NEW's, else OLD's)")
    section: str | None = Field(default=None, description="table section heading of the row")
    note: str | None = Field(default=None, description="why these were paired, when not exact")
    old_provenance: Provenance | None = None
    new_provenance: Provenance | None = None


class ColumnMatch(_Model):
    """How one column of a matched table pair was paired (or not) across the two papers."""

    table: str
    old: str | None
    new: str | None
    match: Literal["exact", "renamed", "fuzzy"] | None = Field(
        default=None, description="null: the column is in one paper only (reported, not forced)")
    note: str | None = None


class Diff(_Model):
    """What changed from OLD to NEW (`agendapack diff`): the changes, a count per kind, column
    pairings."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    old: DiffSide
    new: DiffSide
    summary: dict[str, int] = Field(description="number of changes per kind")
    changes: list[Change]
    columns: list[ColumnMatch] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    def to_json(self, indent: int | None = 2) -> str:
        """The diff as JSON (what `agendapack diff --format json` prints)."""
        return self.model_dump_json(indent=indent)
