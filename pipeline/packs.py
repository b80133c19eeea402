"""Agenda packs: one PDF holding the agenda, previous minutes and each item's report -> items.

Where items start, best evidence first:
1. the PDF outline (bookmarks, read by the ingest into `Document.outline`), top level: one entry
   per item, with its page;
2. "Agenda Item N" headers at the top of pages (ModernGov stamps them on each item's first page);
3. the agenda's item list ("4.  Annual complaints report   9"): item number, title and printed
   page number, mapped to PDF pages through the page numbers printed on the pages themselves;
4. an item list without page numbers: each item's title found at the top of a page after it.
An item runs from its first page to the page before the next item (or the end of the pack).
Items whose printed page lies beyond the end of the file (a cut-down pack) are left out.

Each item becomes its own Document (`item_document`): the pack's text for those pages with every
offset shifted, page numbers kept as the pack's, so provenance still points at the pack's pages.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import statistics
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel

from .models import Block, Document, Line, Page, Source, SourceTable, SourceTableCell, Word, Words

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


# "5. Staff Report: Investigation Results - Non-Compliant Zoning Uses": an item of an agenda
# that prints no page numbers (a small council's one-page agenda).
_LISTED_ITEM = re.compile(r"^\s*(\d{1,2}[a-z]?)\s*[.)]\s*(\S.*?)\s*$")
_TITLE_WORD = re.compile(r"[a-z0-9]{3,}")
# "Staff Report: ", "Resolution: ", "By-Law: ": what kind of paper the item is, which its own
# page words otherwise ("REPORT TO COUNCIL", "BE IT RESOLVED"): not matched.
_KIND_PREFIX = re.compile(r"^(?:[\w-]+\s+){0,2}[\w-]+:\s+")
_NOT_TITLE_WORDS = frozenset("the and for its with from held".split())
TITLE_LINES = 20
"""Lines at the top of a page that hold an item's own title: a letterhead (five to ten lines,
more where a scanned logo reads as stray words) and the report's "Re:" or subject line."""
TITLE_SHARE = 0.6
"""Of an item's title words (three letters or more), the share a page's top must print for the
item to start there: a report retitles its item ("Staff Report: Proposed Town Hall Meeting" over
"Re: Proposed Town Hall Meeting"), an agenda misprints a date; another item's page shares its
"Staff Report" and little else."""
# A page that says it is not the first of its paper: "Page 2", "page 3 of 4", "-2-".
_CONTINUED = re.compile(r"(?i)\bpage\s+(?:[2-9]|\d{2,})\b|^\s*-\s*(?:[2-9]|\d{2,})\s*-\s*$")
MIN_TITLED_ITEMS = 2  # one page matching one title may be chance; two in order are a pack's items


def _title_starts(doc: Document) -> list[tuple[str, str | None, int]]:
    """Items of an agenda list without page numbers: each item starts on the first page after
    the one before it whose top lines print most of its title's words (compared without spaces:
    OCR splits a letter-spaced heading, "CORRE SPONDENCE"). Items with no pages of their own
    ("Disclosure of pecuniary interest", "Adjournment") match none and are left out."""
    agenda = doc.pages[0]
    run: list[tuple[str, str]] = []
    for line in _page_lines(doc, agenda):
        m = _LISTED_ITEM.match(line)
        if m and (not run or int(re.sub(r"\D", "", m[1])) > int(re.sub(r"\D", "", run[-1][0]))):
            run.append((m[1], m[2].rstrip(".")))
    titles = [[w for w in _TITLE_WORD.findall(_KIND_PREFIX.sub("", title).lower())
               if w not in _NOT_TITLE_WORDS] for _, title in run]
    # (item, page) where the page's top prints the item's title; an earlier meeting's minutes
    # print several items' names in their body: a page starts the one it names soonest
    pairs: list[tuple[int, int]] = []
    heads = {}
    for page in doc.pages[1:]:
        lines = [ln for ln in _page_lines(doc, page) if ln.strip()][:TITLE_LINES]
        heads[page.number] = " ".join(lines[0].split()).lower() if lines else ""
        if any(_CONTINUED.search(ln) for ln in lines) or heads[page.number] == heads.get(page.number - 1):
            continue  # "Page 2", "-2-", the running head of the page before: not a paper's start
        soonest = None
        for i, words in enumerate(titles):
            top = ""
            for k, line in enumerate(lines):
                top += re.sub(r"[^a-z0-9]", "", line.lower())
                if words and sum(w in top for w in words) >= TITLE_SHARE * len(words):
                    if soonest is None or k < soonest[0]:
                        soonest = (k, i)
                    break
        if soonest is not None:
            pairs.append((soonest[1], page.number))
    # the pairs kept: the longest run in which both the items and their pages rise
    chain: list[list[tuple[int, int]]] = []
    for k, (i, n) in enumerate(pairs):
        before = [chain[j] for j in range(k) if pairs[j][0] < i and pairs[j][1] < n]
        chain.append(max(before, key=len, default=[]) + [(i, n)])
    best = max(chain, key=len, default=[])
    starts = [(run[i][0], run[i][1], n) for i, n in best]
    return starts if len(starts) >= MIN_TITLED_ITEMS else []


def split_pack(doc: Document) -> list[PackItem]:
    """The items of an agenda pack, in page order; [] when the pack cannot be split."""
    if doc.source.format != "pdf" or len(doc.pages) < 2:
        return []
    starts = (_outline_starts(doc) or _header_starts(doc) or _agenda_starts(doc)
              or _title_starts(doc))
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

    def within(models: list[M]) -> list[M]:
        """The models inside the item's span, of a list in text order: found by bisection, so
        an item costs its own words, not the pack's."""
        lo = bisect.bisect_left(models, start, key=lambda m: m.char_start)  # type: ignore[attr-defined]
        hi = bisect.bisect_left(models, end, lo=lo, key=lambda m: m.char_start)  # type: ignore[attr-defined]
        return [m for m in models[lo:hi] if inside(m)]  # type: ignore[arg-type]

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
        words=(doc.words.span(start, end, shift=start) if isinstance(doc.words, Words)
               else [_shifted(w, start) for w in within(doc.words)]),
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
