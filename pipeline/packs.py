"""Agenda packs: one PDF holding the agenda, previous minutes and each item's report -> items.

Where items start, best evidence first:
1. the PDF outline (bookmarks, read by the ingest into `Document.outline`), top level: one entry
   per item, with its page;
2. "Agenda Item N" headers at the top of pages (ModernGov stamps them on each item's first page);
3. the agenda's item list ("4.  Annual complaints report   9"): item number, title and printed
   page number, mapped to PDF pages through the page numbers printed on the pages themselves.
An item runs from its first page to the page before the next item (or the end of the pack).
Items whose printed page lies beyond the end of the file (a cut-down pack) are left out.

Each item becomes its own Document (`item_document`): the pack's text for those pages with every
offset shifted, page numbers kept as the pack's, so provenance still points at the pack's pages.
"""

from __future__ import annotations

import hashlib
import re
import statistics
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel

from .models import Block, Document, Line, Page, Source, SourceTable, SourceTableCell, Word

AGENDA_PAGES = 3  # the item list is on the first pages of a pack
MIN_PAGE_WORDS = 40
"""A page shorter than this ("This page is intentionally left blank", a bare cover sheet) is the
same in many papers, so it never shows that one paper holds another."""
M = TypeVar("M", bound=BaseModel)
# "4.<tab>Annual complaints report<tab>9": number, a full stop/bracket or tab, title, page.
_ITEM_LINE = re.compile(r"^\s*(\d{1,2}[a-z]?)(?:[.)]\s*|\t)(\S.*?)[\t ]+(\d{1,4})\s*$")
_ITEM_HEADER = re.compile(r"^\s*Agenda\s+Item\s+(\d{1,2}[a-z]?)\b", re.I)
_BARE_NUMBER = re.compile(r"^\s*(\d{1,4})\s*$")
# Lines a pack stamps on pages it takes in, which the paper on its own does not print.
_PACK_STAMP = re.compile(r"^\s*(?:(?:Page|Agenda\s+Item)\s+)?\d{1,4}[a-z]?\s*$", re.I)


@dataclass(frozen=True)
class PackItem:
    number: str
    title: str | None
    first_page: int
    last_page: int


def _page_lines(doc: Document, page: Page) -> list[str]:
    return doc.text[page.char_start:page.char_end].splitlines()


def _outline_starts(doc: Document) -> list[tuple[str, str | None, int]]:
    starts = []
    top = [e for e in doc.outline if e.level == 0]
    for n, entry in enumerate(top, start=1):
        m = re.search(r"(?:item\s+)?(\d{1,2}[a-z]?)\b", entry.title or "", re.I)
        starts.append((m.group(1) if m else str(n), entry.title, entry.page))
    return starts


def _header_starts(doc: Document) -> list[tuple[str, str | None, int]]:
    starts = []
    for page in doc.pages:
        for line in _page_lines(doc, page)[:4]:
            m = _ITEM_HEADER.match(line)
            if m:
                starts.append((m.group(1), None, page.number))
                break
    return starts


def _printed_numbers(doc: Document) -> dict[int, int]:
    """Per PDF page, its printed page number: the last number on a line of its own."""
    printed = {}
    for p in doc.pages:
        numbers = [int(m.group(1)) for ln in _page_lines(doc, p) if (m := _BARE_NUMBER.match(ln))]
        if numbers:
            printed[p.number] = numbers[-1]
    return printed


def _agenda_starts(doc: Document) -> list[tuple[str, str | None, int]]:
    """Items from the agenda's list with printed page numbers, mapped to PDF pages."""
    listed: list[tuple[str, str, int, int]] = []  # number, title, printed page, agenda PDF page
    for page in doc.pages[:AGENDA_PAGES]:
        lines = _page_lines(doc, page)
        for line in lines:
            m = _ITEM_LINE.match(line)
            if m:
                listed.append((m.group(1), m.group(2).strip(), int(m.group(3)), page.number))
    # Keep the longest run with rising item numbers and non-decreasing printed pages.
    run: list[tuple[str, str, int, int]] = []
    for entry in listed:
        if run and (int(re.sub(r"\D", "", entry[0])) <= int(re.sub(r"\D", "", run[-1][0]))
                    or entry[2] < run[-1][2]):
            continue
        run.append(entry)
    if len(run) < 2:
        return []
    printed = _printed_numbers(doc)
    agenda_page = run[0][3]
    offsets = [pdf - n for pdf, n in printed.items() if pdf >= agenda_page
               and 0 <= pdf - n <= AGENDA_PAGES + 2]
    offset = int(statistics.median(offsets)) if offsets else 0
    starts = []
    for number, title, printed_page, _ in run:
        found = next((pdf for pdf in sorted(printed) if pdf >= agenda_page
                      and printed[pdf] == printed_page), None)
        pdf_page = found if found is not None else printed_page + offset
        if 1 <= pdf_page <= len(doc.pages):
            starts.append((number, title, pdf_page))
    return starts


def split_pack(doc: Document) -> list[PackItem]:
    """The items of an agenda pack, in page order; [] when the pack cannot be split."""
    if doc.source.format != "pdf" or len(doc.pages) < 2:
        return []
    starts = _outline_starts(doc) or _header_starts(doc) or _agenda_starts(doc)
    starts = sorted({s[2]: s for s in starts}.values(), key=lambda s: s[2])  # one item per page
    last = doc.pages[-1].number
    items = []
    for i, (number, title, first) in enumerate(starts):
        end = starts[i + 1][2] - 1 if i + 1 < len(starts) else last
        items.append(PackItem(number=number, title=title, first_page=first, last_page=max(first, end)))
    return items


def content_sha256(doc: Document, first_page: int | None = None, last_page: int | None = None) -> str:
    """Hash of the text of these pages without page numbers, "Page 5" / "Agenda Item 6" stamps or
    spacing: the same report in a pack and as a standalone file hashes the same. A page range without text hashes its file and range."""
    pages = [p for p in doc.pages if (first_page is None or p.number >= first_page)
             and (last_page is None or p.number <= last_page)]
    if pages:
        lines = (ln for p in pages for ln in _page_lines(doc, p))
    else:
        lines = iter(doc.text.splitlines())
    words = " ".join(w for ln in lines if not _PACK_STAMP.match(ln) for w in ln.split())
    if not words:
        words = f"{doc.source.sha256}:{first_page}-{last_page}"
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def _shifted(model: M, offset: int, **update: object) -> M:
    """A copy of `model` with every character offset moved back by `offset` (all other fields
    kept as they are: a cell's lines, a table's `ruled` flag)."""
    changes: dict[str, object] = {"char_start": model.char_start - offset,  # type: ignore[attr-defined]
                                  "char_end": model.char_end - offset}  # type: ignore[attr-defined]
    if isinstance(model, SourceTableCell):
        changes["lines"] = [(a - offset, b - offset) for a, b in model.lines]
    if isinstance(model, SourceTable):
        changes["rows"] = [[_shifted(c, offset) for c in row] for row in model.rows]
    return model.model_copy(update={**changes, **update})


def item_document(doc: Document, item: PackItem) -> Document:
    """The pack's Document cut to the item's pages: offsets shifted, page numbers kept."""
    pages = [p for p in doc.pages if item.first_page <= p.number <= item.last_page]
    start, end = pages[0].char_start, pages[-1].char_end

    def inside(m: Block | Line | Word | SourceTable) -> bool:
        return start <= m.char_start and m.char_end <= end

    blocks_kept = [(i, b) for i, b in enumerate(doc.blocks) if inside(b)]
    new_index = {old: new for new, (old, _) in enumerate(blocks_kept)}
    source = Source(path=f"{doc.source.path}#pages={item.first_page}-{item.last_page}",
                    sha256=doc.source.sha256, format=doc.source.format, pages=len(pages),
                    content_sha256=content_sha256(doc, item.first_page, item.last_page))
    return Document(
        source=source, text=doc.text[start:end], pages=[_shifted(p, start) for p in pages],
        blocks=[_shifted(b, start) for _, b in blocks_kept],
        lines=[_shifted(ln, start, block=new_index.get(ln.block, 0)) for ln in doc.lines
               if inside(ln)],
        words=[_shifted(w, start) for w in doc.words if inside(w)],
        tables=[_shifted(t, start) for t in doc.tables if inside(t)],
        outline=[e for e in doc.outline if item.first_page <= e.page <= item.last_page])


def page_hashes(doc: Document) -> dict[int, str]:
    """Per page with enough words to be distinctive, its content hash (`content_sha256` of that
    page): the store finds a report that is part of another paper by these."""
    hashes = {}
    for p in doc.pages:
        if len(doc.text[p.char_start:p.char_end].split()) >= MIN_PAGE_WORDS:
            hashes[p.number] = content_sha256(doc, p.number, p.number)
    return hashes
