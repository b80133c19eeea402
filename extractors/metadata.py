"""Document metadata: kind, title, organisation, committee and the meeting or report date.

Read from the front of the paper: the title (its most prominent heading), the header lines, the
"Date of Meeting:"-style fields, and the organisation names the paper uses most.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.models import Document, DocumentInfo

from .base import Context, extractor
from .dates import find_date_spans

_ORG_TYPES = (r"(?i:County|District|Borough|Parish|Town|City|Metropolitan[ \t]+Borough|Community|"
              r"Unitary|Village)[ \t]+(?i:Council)")
# A capitalised word that can be part of a name ("West", "SOULDERN"), not "OF", "MEETING", "Ward".
_CAP = (r"(?!(?i:of|the|and|meeting|minutes|annual|ordinary|extraordinary|for|ward|committee|"
        r"held|agenda)\b)[A-Z][\w'’\-]*")
_NOT_PLACES = {"England", "UK", "U.K.", "United Kingdom", "Britain", "Great Britain", "Scotland",
               "Wales", "Northern Ireland", "Ireland", "Europe", "London"}
_GENERIC_TITLES = {"minutes", "agenda", "agenda item", "draft", "report", "draft minutes",
                   "public document pack", "notice of meeting"}
_ORG = re.compile(
    rf"\b(?:(?:London|Royal)[ \t]+Borough[ \t]+of[ \t]+{_CAP}(?:[ \t]+(?:and[ \t]+)?{_CAP}){{0,3}}"
    rf"|(?i:Township)[ \t]+of[ \t]+{_CAP}"
    rf"|(?:{_CAP}[ \t]+){{0,3}}{_CAP}[ \t]+{_ORG_TYPES})"
)
_BARE_TYPE = re.compile(rf"\b(?:the[ \t]+)?({_ORG_TYPES})\b")
# "Merton Council", "Suffolk Libraries": a name in the header, however plain.
_HEADER_ORG = re.compile(rf"^((?:{_CAP}[ \t]+){{1,3}}(?:Council|Libraries|Trust|Authority))\b")
_COMMITTEE = re.compile(
    r"((?:[A-Z][\w'’\-]+(?:,|[ \t]+and|[ \t]+&|[ \t]+of|[ \t]+for)*[ \t]+){0,8}"
    r"(?:Committee|Sub-Committee|Panel|Cabinet|Board|Forum))\b"
)
_DATE_FIELD = re.compile(
    r"(?:date\s+of\s+meeting|meeting\s+date|date|held\s+on|held\s+(?:at|in)\s+[^.]{0,80}?\bon|"
    r"to\s+be\s+held\s+on|will\s+be\s+held(?:\s+on)?)\s*[:\-–]?\s*",
    re.I,
)
_REPORT_WORDS = re.compile(
    r"\b(report|update|progress|plan|review|statement|budget|accounts|briefing|strategy|proposal)",
    re.I,
)


def _lines(doc: Document, limit: int = 60) -> list[tuple[str, int | None, int]]:
    """(text, heading level, page) of the first non-empty lines."""
    out = []
    for ln in doc.lines[:limit]:
        text = " ".join(doc.text[ln.char_start:ln.char_end].split())
        if text:
            out.append((text, ln.heading, ln.page or 1))
    return out


def _is_title(text: str) -> bool:
    """Not a letterhead (an organisation name alone), a page label or a bare "Minutes"."""
    return (
        len(text) > 3
        and not _ORG.fullmatch(text)
        and not _HEADER_ORG.fullmatch(text)
        and text.lower().strip(" :") not in _GENERIC_TITLES
        and not re.fullmatch(r"(?i)p\s*a\s*g\s*e.*|\d+", text)
    )


def _tidy_name(name: str) -> str:
    name = " ".join(name.split())
    name = re.sub(r"^(?:The|the|Dear|From|To)\s+", "", name)
    return name.title() if name.isupper() else name


_WRAPS = re.compile(r"(,|&|-|–|:|\b(?:and|of|for|the|on|at|to|in))$", re.I)


def _join_wrapped(lines: list[tuple[str, int | None, int]]) -> list[tuple[str, int | None, int]]:
    """A heading broken over lines ("MEETING TO BE HELD ON TUESDAY," / "12th NOVEMBER 2019")
    is one heading: a line ending in a comma or a joining word goes on into the next."""
    out: list[tuple[str, int | None, int]] = []
    for text, heading, page in lines:
        if out and _WRAPS.search(out[-1][0]) and out[-1][2] == page and len(out[-1][0]) < 200:
            prev_text, prev_heading, _ = out[-1]
            out[-1] = (f"{prev_text} {text}", prev_heading if prev_heading is not None else heading, page)
            continue
        out.append((text, heading, page))
    return out


# The paper's own heading ("DRAFT MINUTES OF THE WEST DEREHAM PARISH COUNCIL MEETING HELD ...")
# names it better than a web page's heading ("West Dereham Parish Council - March").
_OWN_HEADING = re.compile(r"^(?:draft\s+)?(?:minutes|agenda|notes)\s+(?:of|for)\b", re.I)


def find_title(doc: Document) -> str | None:
    lines = _join_wrapped(_lines(doc, 80))
    first_page = [x for x in lines if x[2] == lines[0][2]] if lines else []
    own = next((t for t, _, _ in first_page[:15] if _OWN_HEADING.match(t) and len(t) <= 300), None)
    if own and doc.source.format == "html":
        return own
    headings = [x for x in first_page if x[1] is not None]
    if headings:
        top = min(h[1] for h in headings)
        ranked = [h[0] for h in headings if h[1] == top]
        # An organisation name on its own is a letterhead, not the title.
        for text in ranked + [h[0] for h in headings]:
            if _is_title(text):
                return text[:300]
    for text, _, _ in first_page:
        if _is_title(text) and re.search(r"[A-Za-z]{3}", text):
            return text[:300]
    return None


def find_organisation(doc: Document, ctx: Context) -> str | None:
    """The author: a council named in the letterhead, else the one the paper names most."""
    text = doc.text
    votes: Counter[str] = Counter()
    header = [t for t, _, _ in _lines(doc, 12) if len(t) < 150]
    for i, line in enumerate(header):
        weight = 9 if i == 0 else 6 if i < 3 else 3
        for m in _ORG.finditer(line):
            votes[_tidy_name(m.group(0))] += weight
        m = _HEADER_ORG.match(line)
        if m:
            votes[_tidy_name(m.group(1))] += weight
    for m in _ORG.finditer(text):
        votes[_tidy_name(m.group(0))] += 1
    if max(votes.values(), default=0) < 3:
        # "the County Council" + the place the paper keeps naming ("West Sussex") is the author.
        bare = Counter(_tidy_name(m.group(1)) for m in _BARE_TYPE.finditer(text))
        if bare and "ner" in ctx.nlp.pipe_names:
            places = Counter(
                e.text for e in ctx.nlp(text[:20000]).ents
                if e.label_ == "GPE" and e.text[:1].isupper() and e.text not in _NOT_PLACES
                and not e.text.endswith(" Ward")
            )
            if places:
                place, n = places.most_common(1)[0]
                council_type = bare.most_common(1)[0][0]
                votes[f"{place} {council_type}"] += n + bare[council_type]
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def find_committee(doc: Document) -> str | None:
    """A committee named in the header lines (short lines before the body text starts)."""
    for text, _, _ in _lines(doc, 15):
        if len(text) > 120:
            continue
        for m in _COMMITTEE.finditer(text):
            name = _tidy_name(m.group(1))
            if len(name.split()) >= 2 and len(name.split()[0]) > 1:
                return name
    return None


def find_kind(doc: Document, title: str | None) -> str:
    head = doc.text[:600].lower()
    body = doc.text.lower()
    minutes = 2 * ("minutes" in head) + ("present:" in body or "present\n" in body)
    minutes += bool(re.search(r"\bresolved\b", body)) + ("apologies" in body and "received" in body)
    agenda = 2 * ("agenda" in head) + 2 * bool(
        re.search(r"(to be held|will be held|you are (hereby )?summoned|notice of meeting)", head)
    )
    if max(minutes, agenda) >= 2:
        if agenda > minutes:
            later = body[len(body) // 4:]
            if len(doc.pages) >= 4 and re.search(r"(present:|minutes of the meeting|report of)", later):
                return "agenda_pack"
            return "agenda"
        return "minutes"
    if title and _REPORT_WORDS.search(title) or _REPORT_WORDS.search(head):
        return "report"
    return "other"


# "The minutes of the parish council meeting held on ..." in running text (a heading writes
# "Minutes of ..." or "MINUTES OF ...", which is this meeting's own).
_EARLIER_MEETING = re.compile(r"\b[Tt]he\s+minutes\s+of\s+(?:the\s+)?[^.\n]{0,60}$")


def _field_date(text: str) -> str | None:
    for m in _DATE_FIELD.finditer(text):
        if _EARLIER_MEETING.search(text[max(0, m.start() - 80):m.start()]):
            continue  # "the minutes of the meeting held on ...": an earlier meeting's date
        spans = list(find_date_spans(text[m.end(): m.end() + 60]))
        if spans and spans[0].start == 0 and spans[0].grain == "day" and not spans[0].inferred:
            return spans[0].first.isoformat()
    return None


def find_date(doc: Document, title: str | None) -> str | None:
    """The meeting/report date, in order of trust: a date field in the header, the title's
    (latest) date, the first full date in the header, a date field further down page 1."""
    page1 = doc.text[: doc.pages[0].char_end if doc.pages else 6000][:6000]
    header = page1[:1000]
    if found := _field_date(header):
        return found
    if title:
        spans = [s for s in find_date_spans(title) if s.grain in ("day", "month")]
        if spans:
            latest = max(spans, key=lambda s: s.first)
            return latest.first.isoformat() if latest.grain == "day" else latest.first.strftime("%Y-%m")
    for s in find_date_spans(header):
        if s.grain == "day" and not s.inferred:
            return s.first.isoformat()
    if found := _field_date(page1):
        return found
    for s in find_date_spans(header[:600]):
        if s.grain == "month":
            return s.first.strftime("%Y-%m")
    return None


@extractor("metadata", assigns=("document",), empty=DocumentInfo)
def extract(doc: Document, ctx: Context) -> DocumentInfo:
    title = find_title(doc)
    return DocumentInfo(
        kind=find_kind(doc, title),  # type: ignore[arg-type]
        title=title,
        organisation=find_organisation(doc, ctx),
        committee=find_committee(doc),
        date=find_date(doc, title),
    )
