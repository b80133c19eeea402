"""Accumulates lines into Document text while keeping every offset true to that text."""

from __future__ import annotations

from pydantic import BaseModel

from ..models import BBox, Block, Line, Page, SourceTable, SourceTableCell, Words, union_bbox


def _sharing_fields_set(model: BaseModel, shared: dict[frozenset[str], set[str]]) -> BaseModel:
    """`model` with its set of fields given (pydantic's `model_fields_set`) swapped for an equal
    set held once for all the Documents' lines: a set of seven names is 700 bytes, more than half
    of what a line costs. The set is only read (an assignment adds a name that is in it
    already: every field is given here)."""
    own = model.__pydantic_fields_set__
    object.__setattr__(model, "__pydantic_fields_set__", shared.setdefault(frozenset(own), own))
    return model


_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


class DocumentBuilder:
    """Appends text line by line. Lines are separated by "\\n", blocks by a blank line."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.pages: list[Page] = []
        self.blocks: list[Block] = []
        self.lines: list[Line] = []
        self.words = Words()
        self.tables: list[SourceTable] = []
        self._page_start: int | None = None
        self._page: int | None = None
        self._block_start: int | None = None
        self._block_boxes: list[BBox] = []
        self._block_kind = "text"

    # -- low level -----------------------------------------------------------------------------
    def _append(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def _separate(self, sep: str) -> None:
        """Ensure the text ends with `sep` (unless at the very start)."""
        if self.length == 0:
            return
        text_tail = "".join(self.parts[-3:])[-len(sep):]
        if text_tail != sep:
            # Top up existing newlines rather than stacking more.
            have = len(text_tail) - len(text_tail.rstrip("\n"))
            self._append("\n" * max(0, len(sep) - have))

    # -- pages ---------------------------------------------------------------------------------
    def start_page(self, number: int) -> None:
        self.end_block()
        self._separate("\n\n")
        self._page = number
        self._page_start = self.length

    def end_page(self, number: int, width: float | None, height: float | None, has_text: bool,
                 text_source: str = "text_layer", ocr_confidence: float | None = None) -> None:
        self.end_block()
        start = self._page_start if self._page_start is not None else self.length
        self.pages.append(
            Page(number=number, width=width, height=height, char_start=start,
                 char_end=self.length, has_text=has_text, text_source=text_source,  # type: ignore[arg-type]
                 ocr_confidence=ocr_confidence)
        )
        self._page_start = None

    # -- blocks --------------------------------------------------------------------------------
    def start_block(self, kind: str = "text") -> None:
        self.end_block()
        self._separate("\n\n")
        self._block_start = self.length
        self._block_boxes = []
        self._block_kind = kind

    def end_block(self) -> None:
        if self._block_start is None:
            return
        end = self.length
        if end > self._block_start:
            self.blocks.append(
                Block(page=self._page, char_start=self._block_start, char_end=end,
                      bbox=union_bbox(self._block_boxes), kind=self._block_kind)  # type: ignore[arg-type]
            )
        self._block_start = None

    # -- lines ---------------------------------------------------------------------------------
    def add_line(
        self,
        pieces: list[tuple[str, BBox | None, float | None]]
        | list[tuple[str, BBox | None, float | None, float | None]] | str,
        *,
        heading: int | None = None,
        separators: list[str] | None = None,
    ) -> tuple[int, int]:
        """Add one line. `pieces` is plain text, or words with boxes joined by `separators`
        (text, bbox, font size[, OCR confidence]).

        Returns the (start, end) span of the line in the document text.
        """
        if self._block_start is None:
            self.start_block()
        self._separate("\n")
        start = self.length
        boxes: list[BBox] = []
        sizes: list[float] = []
        if isinstance(pieces, str):
            self._append(pieces)
        else:
            for i, (text, bbox, size, *confidence) in enumerate(pieces):
                if i:
                    self._append(separators[i - 1] if separators else " ")
                w_start = self.length
                self._append(text)
                if bbox is not None:
                    boxes.append(bbox)
                    self.words.append_word(self._page or 0, w_start, self.length, bbox, size,
                                           confidence[0] if confidence else None)
                if size is not None:
                    sizes.append(size)
        end = self.length
        bbox = union_bbox(boxes)
        if bbox:
            self._block_boxes.append(bbox)
        sizes.sort()
        self.lines.append(_sharing_fields_set(
            Line(page=self._page, char_start=start, char_end=end, bbox=bbox,
                 block=len(self.blocks), heading=heading,
                 size=sizes[len(sizes) // 2] if sizes else None), _FIELDS_SETS))
        return start, end

    def add_table(self, rows: list[list[str]]) -> None:
        """A table kept as a table: one line per row, cells separated by tabs."""
        self.start_block("table")
        table_start = self.length
        out_rows: list[list[SourceTableCell]] = []
        for row in rows:
            cells: list[SourceTableCell] = []
            self._separate("\n")
            line_start = self.length
            for i, cell in enumerate(row):
                if i:
                    self._append("\t")
                c_start = self.length
                self._append(cell)
                cells.append(SourceTableCell(text=cell, char_start=c_start, char_end=self.length))
            self.lines.append(Line(page=self._page, char_start=line_start, char_end=self.length,
                                   block=len(self.blocks)))
            out_rows.append(cells)
        self.tables.append(SourceTable(page=self._page, char_start=table_start,
                                       char_end=self.length, rows=out_rows))
        self.end_block()

    def text(self) -> str:
        return "".join(self.parts)
