"""Agenda packs: one PDF holding the agenda, previous minutes and each item's report -> items.

Where items start, best evidence first:
1. the PDF outline (bookmarks), top level: one entry per item, with its page;
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
from pathlib import Path

from .models import Block, Document, Line, Page, Source, SourceTable, SourceTableCell, Word

AGENDA_PAGES = 3  # the item list is on the first pages of a pack
# "4.<tab>Annual complaints report<tab>9": number, a full stop/bracket or tab, title, page.
_ITEM_LINE = re.compile(r"^\s*(\d{1,2}[a-z]?)(?:[.)]\s*|\t)(\S.*?)[\t ]+(\d{1,4})\s*$")
_ITEM_HEADER = re.compile(r"^\s*Agenda\s+Item\s+(\d{1,2}[a-z]?)\b", re.I)
_BARE_NUMBER = re.compile(r"^\s*(\d{1,4})\s*$")


@dataclass(frozen=True)
class PackItem:
    number: str
    title: str | None
    first_page: int
    last_page: int


def _page_lines(doc: Document, page: Page) -> list[str]:
    return doc.text[page.char_start:page.char_end].splitlines()


def _outline_starts(path: Path) -> list[tuple[str, str | None, int]]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password="")
    except Exception:
        return []
    try:
        starts = []
        for n, entry in enumerate(pdf.get_toc(), start=1):
            dest = entry.get_dest()
            index = dest.get_index() if dest is not None else None
            if entry.level != 0 or index is None:
                continue
            title = entry.get_title() or None
            m = re.search(r"(?:item\s+)?(\d{1,2}[a-z]?)\b", title or "", re.I)
            starts.append((m.group(1) if m else str(n), title, index + 1))
        return starts
    finally:
        pdf.close()


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
    starts = (_outline_starts(Path(doc.source.path)) or _header_starts(doc)
              or _agenda_starts(doc))
    starts = sorted({s[2]: s for s in starts}.values(), key=lambda s: s[2])  # one item per page
    last = doc.pages[-1].number
    items = []
    for i, (number, title, first) in enumerate(starts):
        end = starts[i + 1][2] - 1 if i + 1 < len(starts) else last
        items.append(PackItem(number=number, title=title, first_page=first, last_page=max(first, end)))
    return items


def content_sha256(doc: Document, first_page: int | None = None, last_page: int | None = None) -> str:
    """Hash of the text of these pages without page numbers or spacing: the same report in a pack
    and as a standalone file hashes the same. A page range without text hashes its file and range."""
    pages = [p for p in doc.pages if (first_page is None or p.number >= first_page)
             and (last_page is None or p.number <= last_page)]
    if pages:
        lines = (ln for p in pages for ln in _page_lines(doc, p))
    else:
        lines = iter(doc.text.splitlines())
    words = " ".join(w for ln in lines if not _BARE_NUMBER.match(ln) for w in ln.split())
    if not words:
        words = f"{doc.source.sha256}:{first_page}-{last_page}"
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def item_document(doc: Document, item: PackItem) -> Document:
    """The pack's Document cut to the item's pages: offsets shifted, page numbers kept."""
    pages = [p for p in doc.pages if item.first_page <= p.number <= item.last_page]
    start, end = pages[0].char_start, pages[-1].char_end

    def inside(a: int, b: int) -> bool:
        return start <= a and b <= end

    def shift(m, **extra):
        return m.model_copy(update={"char_start": m.char_start - start,
                                    "char_end": m.char_end - start, **extra})

    blocks_kept = [(i, b) for i, b in enumerate(doc.blocks) if inside(b.char_start, b.char_end)]
    new_index = {old: new for new, (old, _) in enumerate(blocks_kept)}
    blocks: list[Block] = [shift(b) for _, b in blocks_kept]
    lines: list[Line] = [shift(ln, block=new_index.get(ln.block, 0)) for ln in doc.lines
                         if inside(ln.char_start, ln.char_end)]
    words: list[Word] = [shift(w) for w in doc.words if inside(w.char_start, w.char_end)]
    tables = [SourceTable(page=t.page, char_start=t.char_start - start, char_end=t.char_end - start,
                          rows=[[SourceTableCell(text=c.text, char_start=c.char_start - start,
                                                 char_end=c.char_end - start) for c in row]
                                for row in t.rows])
              for t in doc.tables if inside(t.char_start, t.char_end)]
    source = Source(path=f"{doc.source.path}#pages={item.first_page}-{item.last_page}",
                    sha256=content_sha256(doc, item.first_page, item.last_page),
                    format=doc.source.format, pages=len(pages))
    return Document(source=source, text=doc.text[start:end], pages=[shift(p) for p in pages],
                    blocks=blocks, lines=lines, words=words, tables=tables)
