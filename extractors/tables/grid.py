"""The shape every detector (text, HTML, PDF) hands to the normaliser: rows of located cells."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawCell:
    text: str
    start: int
    end: int
    """span of the cell's text in Document.text"""


@dataclass
class RawRow:
    label: RawCell | None
    cells: list[RawCell | None] | None
    """one per column, None for a blank; None altogether when the row printed fewer numbers than
    there are columns and nothing on the page says which columns they belong to"""
    numbers: list[RawCell] = field(default_factory=list)
    """the row's printed numbers in order (always set)"""
    start: int = 0
    end: int = 0
    page: int | None = None
    section: str | None = None
    """set by detectors that know the row's group (a grid's first column); else headings decide"""
    details: dict[str, str] = field(default_factory=dict)
    """the row's other text columns, by header"""
    columns: list[str] | None = None
    """the column names of the row's block, where it prints a header of its own in the table's
    grid (aligned with RawTable.columns); None: the table's"""


@dataclass
class RawTable:
    title: str | None
    columns: list[str]
    """column labels, multi-row headers already joined with single spaces"""
    rows: list[RawRow]
    unit_text: str = ""
    """header and title text that may carry the unit ("£000", "£m")"""
    start: int = 0
    end: int = 0
    pages: list[int] = field(default_factory=list)
    grouped: bool = False
    """rows carry their section; label-only rows are continuation text, not headings"""
    header_spans: list[tuple[int, int]] | None = None
    """where the headers are printed; None: everything from the table's start to its first row"""
    note: bool = False
    """a note of a statement of accounts under its keyed heading ("D Balance Sheet"): the next
    note, under a heading of its own, is another table"""
