"""Loading results, and the paper text around a record (what a date or an amount is *about*).

A saved extraction keeps provenance offsets but not the paper's text. When the paper itself is at
`source.path` with the same sha256, the text is read again so that dates and amounts get a
subject; otherwise they are matched by their snippet alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from ..errors import AgendapackError
from ..extract import extract_document
from ..ingest import ingest
from ..models import ExtractionResult

_texts: dict[str, str] = {}  # sha256 -> Document.text of papers read in this process


class BadResult(AgendapackError):
    """A .json file that is not a saved extraction result."""


def load_result(path: str | os.PathLike[str]) -> ExtractionResult:
    """A paper (PDF, text, HTML) through `pipeline.extract`, or a saved extraction JSON."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        try:
            return ExtractionResult.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            raise BadResult(f"{path}: no such file") from None
        except (ValueError, json.JSONDecodeError) as e:
            first = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise BadResult(f"{path}: not a saved extraction result ({first})") from None
    doc = ingest(path)
    _texts[doc.source.sha256] = doc.text
    return extract_document(doc)


def paper_text(result: ExtractionResult) -> str | None:
    """The text of the paper `result` came from, if it can be had unchanged."""
    sha = result.source.sha256
    if sha in _texts:
        return _texts[sha]
    path = Path(result.source.path)
    try:
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != sha:
            return None
        _texts[sha] = ingest(path).text
    except (OSError, AgendapackError):
        return None
    return _texts[sha]


# (a lower-case "o" alone before a capital is a bullet of a word processor's list: "... same
# period in 2014. o There is planning underway ...")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(])|\n\s*\n|\n(?=\s*(?:[-•*o]|\d+\.)\s)"
                           r"|(?<=[.!?:])\s+o\s+(?=[A-Z])")


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> tuple[str, int]:
    """The sentence holding text[start:end] (at most `limit` chars each side) and its offset."""
    lo = max(0, start - limit)
    hi = min(len(text), end + limit)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s = m.end()
    m = _SENTENCE_END.search(text, end, hi)
    e = m.start() if m else hi
    return text[s:e], s


# A line of a page's furniture between two pages: its number, or its letterhead in capitals
# ("149", "HERTINGFORDBURY PARISH COUNCIL").
_PAGE_FURNITURE = re.compile(r"[ \t]*(?:\d{1,4}|[A-Z][A-Z&'’ \t]{2,60})[ \t]*")


def sentence_over_pages(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence holding text[start:end], as `sentence_around`, joined to the sentence it
    continues when a page's foot and head broke it (Hertingfordbury PC, November 2011: "It was
    noted that the next meeting of the GPWP would be held at the Prince of Wales PH, 244\n\n
    149\n\nHERTINGFORDBURY PARISH COUNCIL\n\nHertingfordbury Lane 7.30, 30th November 2011."),
    without the furniture between: (sentence, the offset that text[start] is at in it less
    `start`, the sentence's start in text)."""
    sentence, at = sentence_around(text, start, end)
    lines = text[:at].rstrip().split("\n")
    furniture = 0
    while lines and (not lines[-1].strip() or _PAGE_FURNITURE.fullmatch(lines[-1])):
        furniture += bool(lines[-1].strip())
        lines.pop()
    before = "\n".join(lines).rstrip()
    if not furniture or not before or before[-1] in ".!?:;" or not sentence[:1].strip():
        return sentence, at, at
    lead, lead_at = sentence_around(text, len(before) - 1, len(before))
    if lead_at >= at or len(lead) > 400:
        return sentence, at, at
    lead = text[lead_at:len(before)]
    return f"{lead} {sentence}", at - len(lead) - 1, lead_at


# A clause before a sum names it when it has at least this many words of letters ("totaling"
# alone, or "March 2 and 6, 2023", says what kind of sum it is, not what it is for).
CLAUSE_LEAD_WORDS = 2


def _named_words(text: str) -> int:
    return len([w for w in re.findall(r"[A-Za-z]{3,}", text)
                if w.lower() not in _MONTH_WORDS])


_MONTH_WORDS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
                "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
                "september", "october", "november", "december", "and", "the"}


def clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """(before, after): the words of the same line and clause on each side of a span.

    Clauses end at , ; : and at another money amount, so that "Community Account £214.65,
    Business Saver Account £12,364.37 - a total of £12,579.02" gives each amount its own words.
    Words between two amounts belong to the second ("... £12,364.37 - a total of £12,579.02")
    unless the second has words of its own after it ("£12.567m of temporary funding and £5.138m
    of permanent funding").
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    cuts = list(re.finditer(r"[;:]\s|\.\s|,\s(?=\D)|£[\d,.]+\w*", before))
    after_amount = bool(cuts) and cuts[-1].group().startswith("£")
    if cuts:
        # Back over ";" and ":" cuts while the words kept name nothing but a lead-in ("That
        # the statement of accounts dated: March 2 and 6, 2023; totaling $102,620.31": the
        # sum is the statement's, not "totaling"'s).
        k = len(cuts) - 1
        while k >= 0 and cuts[k].group()[0] in ";:" and \
                re.search(r"[A-Za-z]", before[cuts[-1].end():]) and \
                _named_words(before[cuts[k].end():]) < CLAUSE_LEAD_WORDS:
            k -= 1
        if k >= 0:
            before = before[cuts[k].end():]
    stop = re.search(r"[;:,]\s|\.\s|£[\d,.]+", after)
    if stop and stop.group().startswith("£"):
        # The words up to the next amount introduce that amount, not this one - unless that
        # amount has words of its own after it: then they are this one's ("a further £3.497m
        # of additional temporary and £0.360m of additional permanent funding", WSX September
        # 2020), without the word that joins the two.
        rest = re.split(r"[;:,]\s|\.\s|£[\d,.]+", after[stop.end():], maxsplit=1)[0]
        own = re.sub(r"^\w*", "", rest) if re.match(r"\w", rest) else rest
        if re.search(r"[A-Za-z]{3}", own):
            after = after[:stop.start()]
        else:
            after = ""
    elif stop:
        after = after[:stop.start()]
    if after_amount and re.search(r"[A-Za-z]{3}", after):
        before = ""
    # (without the word that joins it to the next sum: "£5.1m base funding and\n£6.9m")
    after = re.sub(r"\s+(?:and|or|with|plus|&)\s*$", "", after)
    return before, after


# A heading of a paper's items: a short line standing as a paragraph of its own, numbered or
# not ("1. Finance Regulations (incl. Public Procurement Regulations Update)", "4.\tDecisions",
# "Driving at Work Policy"), that does not end as a sentence does.
# (A minute number may be misprinted with a doubled dot: "01.26..03 To receive the minutes".)
# A numbered one may run straight into its text ("1. Finance and Audit Committee Terms of
# Reference\nThe Terms of Reference ...").
_HEADING = re.compile(r"(?:^|\n)[ \t]*\n[ \t]*(?:((?:\(?\d{1,3}(?:\.{1,2}\d{1,3})*[.)]?|\([a-z]\))[ \t]+)"
                      r"([A-Z][^\n]{2,90}?)[ \t]*(?=\n)|([A-Z][^\n]{2,90}?)[ \t]*(?=\n[ \t]*\n))")
# How far back an item's heading is looked for: an item of minutes runs a few paragraphs.
HEADING_WINDOW = 1500
# Lines that look like headings but are the page's furniture or a sentence's lead-in.
# A line holding a date in figures ("APPROVED BY CDC 30/01/26") records an outcome, it names no item.
_NOT_HEADING = re.compile(r"[.,;]$|^(?:page\b|registered\b|resolved\b|it was\b|that\b)"
                          r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)


# A labelled point of a list: "o Change to the management structure – This discussion reflected
# ..." (Suffolk Libraries board minutes, January 2016): its label names what the paragraphs under
# it, and a decision they end with, are about.
_LABELLED_POINT = re.compile(r"(?:^|\n)[ \t]*[o•●▪*\-][ \t]+([A-Z][^\n.;:–—]{2,60}?)[ \t]+[–—-][ \t]+(?=[A-Za-z])")


def heading_before(text: str, start: int, colon: bool = False, points: bool = False) -> str | None:
    """The heading of the item a span sits in: the last heading line before it within
    HEADING_WINDOW characters, without its number ("Driving at Work Policy" for the "The Board
    were in agreement and the policy was adopted." printed under it), or None. With `colon`, a
    line ending in a colon heads what follows too ("Date of next meeting:"); without, it is a
    lead-in ("Apologies:Borough Councillor C Sampson:"), not the item's name. With `points`, a
    labelled point of a list after the heading (`_LABELLED_POINT`) heads what follows it."""
    lo = max(0, start - HEADING_WINDOW)
    found, at = None, lo
    for m in _HEADING.finditer(text, lo, start + 1):
        group = 2 if m.group(2) else 3
        if m.end(group) > start:
            break
        title = " ".join(m.group(group).split())
        if title.endswith(":") and not colon:
            continue
        title = title.rstrip(":").rstrip()
        if not _NOT_HEADING.search(title) and len(title.split()) <= 14:
            found, at = title, m.end(group)
    if points:
        for m in _LABELLED_POINT.finditer(text, at, start + 1):
            if m.end(1) <= start:
                found = " ".join(m.group(1).split())
    return found
