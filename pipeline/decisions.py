"""What became of each agenda item or recommendation: `agendapack decisions EARLIER LATER`.

EARLIER is an agenda (its numbered items) or a report (its recommendations); LATER is the minutes
of the meeting that took them. Each item is paired with the minute whose heading reads like the
item's title (agenda items in order: minute numbers differ from agenda numbers, "5. THE MINUTES"
is minute "50. MINUTES"); a report's recommendations go to the minute headed like the report's
title. The minute's own resolutions and decisions say the outcome (`OUTCOME_WORDS`): approved |
approved_with_amendment | deferred | rejected | noted | withdrawn, and not_found when no minute
took the item. Both sides keep their evidence (provenance).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from rapidfuzz import fuzz

from extractors.amounts import parse_amounts
from extractors.resolutions import MOTION, applications, find_minutes, read

from .extract import extract
from .ingest import ingest
from .models import (
    DecisionLink,
    DecisionLinks,
    Document,
    ExtractionResult,
    LinkOutcome,
    MinuteEntry,
    Resolution,
)

LINK_SIMILARITY = 80
"""token_set_ratio of an item's title and a minute's heading from which they are the same item:
"THE MINUTES" / "MINUTES" and "CHAIRMAN'S ANNOUNCEMENTS" / "CHAIRMAN'S ANNOUNCEMENT" pass;
"PLANNING" / "FINANCE" does not."""

OUTCOME_WORDS: list[tuple[LinkOutcome, re.Pattern[str]]] = [
    # first match wins: a refusal or deferral is stated against the grain of "agreed"
    ("rejected", re.compile(r"\b(?:not\s+(?:be\s+)?(?:agreed|approved|supported)|reject(?:ed|s)?|"
                            r"refus(?:ed|e)|declined?|lost|defeated|object(?:s|ed)?\s+to)\b", re.I)),
    ("withdrawn", re.compile(r"\bwithdrawn?\b", re.I)),
    # "That the meeting be adjourned" closes the meeting: it defers nothing
    ("deferred", re.compile(r"\b(?:defer(?:red)?|postpone[ds]?|(?<!meeting be )adjourn(?:ed)?|"
                            r"(?:considered|discuss(?:ed)?)\s+at\s+(?:the\s+)?next\s+meeting|at\s+a\s+later\s+date|"
                            r"(?:move|carr(?:y|ied)|brought)\s+forward\s+to\s+the\s+[^.]{0,40}?meeting)\b",
                            re.I)),
    ("approved_with_amendment", re.compile(r"\b(?:as\s+amended|with\s+(?:an?\s+)?amendments?|"
                                           r"subject\s+to\s+(?:the\s+)?amendments?)\b", re.I)),
    ("approved", re.compile(r"\b(?:approv(?:e|ed|es|al)|agree[ds]?|adopt(?:s|ed)?|accept(?:s|ed)?|"
                            r"endorse[ds]?|authori[sz]e[ds]?|ratif(?:y|ied)|elected|signed|"
                            r"confirm(?:s|ed)?|carried|allocate[ds]?|pay|grant(?:ed)?)\b", re.I)),
    ("noted", re.compile(r"\b(?:note[ds]?|noting|received?)\b", re.I)),
]
"""Outcome wordings, each read by `outcome_of`."""

MINUTED_OUTCOMES: list[tuple[LinkOutcome, re.Pattern[str]]] = [
    # first match wins; read in the minute's own text when it records no resolution
    # "The CDA Herts subscription request was refused."
    ("rejected", re.compile(r"\b(?:was|were|been)\s+(?:refused|rejected|declined|turned\s+down)\b", re.I)),
    # "These will be put to the council at a later date."
    ("deferred", re.compile(r"\b(?:at\s+a\s+later\s+date|(?:was|were|been)\s+(?:deferred|postponed))\b", re.I)),
    # "There were no comments on the Minutes and they were signed."; "Cheques for payments
    # outstanding were issued to ..."; "The Chairman and clerk signed the annual governance
    # statement."; a planning item's "No objections were raised." (the council's comment made)
    ("approved", re.compile(r"\b(?:(?:was|were|been)\s+(?:signed|approved|agreed|adopted|accepted|"
                            r"authori[sz]ed|issued|paid)|signed\s+the\b|cheques?\s+issued)", re.I)),
]
"""What a minute says became of its item in plain record, without a resolution (read by
`outcome_of`): Hertingfordbury's "was refused", "they were signed", "Cheques ... were issued"."""
PLANNING_ITEM = re.compile(r"\bplanning\b|\bapplications?\b", re.I)
"""An item on planning applications, which the council comments on to the planning authority."""
PLANNING_COMMENT = re.compile(  # "No comment" alone on its line under the application
    r"\bno\s+(?:objections?|comments?)(?:\s+(?:was|were))?\s+(?:raised|made)\b|\bno\s+objections?\b|"
    r"\bno\s+comments?(?:\s+made)?[ \t]*(?:[.\n]|$)|\bit\s+was\s+recommended\s+that\b|"
    r"^\s*(?:object|support)s?\s+to\b|\bwe\s+(?:object|request\s+a\s+condition)\b|"
    r"\bcouncil\s+(?:suggested|recommended|objected|supported)\b", re.I | re.M)
"""The council's comment on an application recorded ("No objections were raised.", "No comments
made.", "Object to the height of proposed building"): the item asking for its recommendation is
done (`approved`), whatever the comment."""


def _heading(text: str, start: int, end: int, ref: str | None) -> str:
    line = text[start:text.find("\n", start) if "\n" in text[start:end] else end]
    if ref and line.lstrip().startswith(ref):
        line = line.lstrip()[len(ref):]
    return " ".join(line.strip(" .\t").split())


AGENDA_LINE = re.compile(r"^[ \t]*(?P<number>\d{1,2})\.[ \t]+(?P<title>[A-Z][^\n]*)", re.M)
"""An agenda item on a line of its own: "3. Resolution: Adopt the minutes of the meeting held
February 20, 2023." (Nipissing), read where no minute numbering style is (the numbers run 1, 2,
3 ...)."""
HEADING_BLOCK = re.compile(r"(?:^|(?<=\n\n))[ \t]*(?P<title>[A-Z][^\n]{2,100}?)[ \t]*(?=\n)")
"""An unnumbered minute: a paragraph opening with a heading line or a "Heading:" label
("Staff Report: Proposed Town Hall Meeting", "Disclosure of pecuniary interest: None.")."""
MINIMUM_ENTRIES = 3
"""Fewer numbered lines or headed paragraphs are not an agenda's or minutes' structure."""


def _numbered_lines(doc: Document) -> list[tuple[MinuteEntry, tuple[int, int]]]:
    found = []
    for m in AGENDA_LINE.finditer(doc.text):
        if int(m.group("number")) == len(found) + 1:
            found.append(m)
    if len(found) < MINIMUM_ENTRIES:
        return []
    entries = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(doc.text)
        title = " ".join(m.group("title").strip(" .").split())
        entries.append((MinuteEntry(number=m.group("number"), title=title,
                                    provenance=doc.provenance(m.start(), m.end())), (m.start(), end)))
    return entries


def _headed_paragraphs(doc: Document, reading) -> list[tuple[MinuteEntry, tuple[int, int]]]:
    """Minutes without minute numbers: each headed paragraph, and each numbered motion
    ("R2024-051 D. Yemm, T. Butler: / That the minutes ... Carried."), whose number is its ref.
    Read without page furniture ("Minutes – March 5, 2024 – Page 2" heads nothing)."""
    text = reading.text
    starts: list[tuple[int, str | None, str]] = []
    for m in MOTION.finditer(text):
        body = text[m.end():].lstrip()
        starts.append((m.start(), m.group(1), " ".join(body.split("\n", 1)[0].split())))
    motions = [s for s, _, _ in starts]
    for m in HEADING_BLOCK.finditer(text):
        if not any(s <= m.start() < s + 40 for s in motions):
            starts.append((m.start(), None, " ".join(m.group("title").split())))
    starts.sort()
    if len(starts) < MINIMUM_ENTRIES:
        return []
    entries = []
    for i, (start, ref, title) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        s, e = reading.doc_span(start, start + len(title))
        entries.append((MinuteEntry(number=ref or "", title=title, provenance=doc.provenance(s, e)),
                        (reading.origin[start], reading.origin[end])))
    return entries


def minute_entries(doc: Document) -> list[tuple[MinuteEntry, tuple[int, int]]]:
    """The numbered items of an agenda, or the minutes of minutes, with their spans in doc.text.
    Dotted paragraphs ("11.2") belong to their minute ("11"): only whole items are entries.
    Without a minute numbering style: items numbered by line (an agenda), else headed
    paragraphs and numbered motions (minutes); an entry printed without a number has number ""."""
    reading = read(doc)
    minutes = [m for m in find_minutes(reading) if m.ref]
    if not minutes:
        return _numbered_lines(doc) or _headed_paragraphs(doc, reading)
    whole = [m for m in minutes if "." not in m.ref] or minutes  # type: ignore[operator]
    entries = []
    for i, m in enumerate(whole):
        end = whole[i + 1].start if i + 1 < len(whole) else len(reading.text)
        title = _heading(reading.text, m.start, end, m.ref)
        s, e = reading.doc_span(m.start, min(end, m.head_end if m.head_end > m.start else end))
        entries.append((MinuteEntry(number=m.ref, title=title, provenance=doc.provenance(s, e)),
                        reading.doc_span(m.start, end)))
    return entries


SUB_ITEM = re.compile(r"^[ \t]*\(?(?P<letter>[a-z])[.)][ \t]*(?P<title>\S[^\n]*)", re.M)
"""A lettered sub-item line of an agenda item or a minute: "a)<tab>Works Programme 2015/16",
"a)To receive an update on current applications" (no space after the bracket)."""


def sub_items(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """(letter, title, start, end) of the lettered sub-items a, b, c ... inside [start, end)."""
    found = []
    for m in SUB_ITEM.finditer(text, start, end):
        letter = m.group("letter")
        expected = chr(ord(found[-1][0]) + 1) if found else "a"
        if letter not in (expected, found[-1][0] if found else "a"):
            continue  # out of sequence: a letter inside the text, not a sub-item
        found.append((letter, " ".join(m.group("title").split()), m.start(), end))
    return [(a, t, s, found[i + 1][2] if i + 1 < len(found) else end)
            for i, (a, t, s, _) in enumerate(found)]


def agenda_entries(doc: Document) -> list[tuple[MinuteEntry, tuple[int, int]]]:
    """An agenda's items; an item with lettered sub-items is taken per sub-item ("7a", "7b"),
    as the minutes take them."""
    return _agenda(doc)[0]


def _agenda(doc: Document) -> tuple[list[tuple[MinuteEntry, tuple[int, int]]], dict[str, str]]:
    """The agenda's entries, and the heading of each item taken per sub-item (number -> title)."""
    entries = []
    parents: dict[str, str] = {}
    for entry, (s, e) in minute_entries(doc):
        subs = sub_items(doc.text, s, e)
        if len(subs) < 2:
            entries.append((entry, (s, e)))
            continue
        parents[entry.number] = entry.title
        for letter, title, a, b in subs:
            entries.append((MinuteEntry(number=entry.number + letter, title=title,
                                        provenance=doc.provenance(a, a + len(title))), (a, b)))
    return entries, parents


def outcome_of(resolutions: list[Resolution], minute_text: str = "",
               decides: bool = True, planning: bool = False) -> LinkOutcome:
    """What a minute's resolutions say became of the item it took: the first of `OUTCOME_WORDS`
    their items use; a resolution in other words ("resolved to arrange a meeting") approves; a
    minute that records no decision deferred the item where its text says so ("Report was
    received by Council. To move forward to the March 19, 2024 Council meeting."), else took
    note of it."""
    for r in resolutions:
        if r.outcome is not None and r.outcome.carried is False:
            return "rejected"
    text = " ".join(i.text for r in resolutions for i in r.items)
    for outcome, pattern in OUTCOME_WORDS:
        if pattern.search(text):
            return outcome
    if resolutions:
        return "approved"
    if dict(OUTCOME_WORDS)["deferred"].search(minute_text):
        return "deferred"
    for outcome, pattern in MINUTED_OUTCOMES if decides else ():
        if pattern.search(minute_text):
            return outcome
    if decides and planning and PLANNING_COMMENT.search(minute_text):
        return "approved"
    return "noted"


def _norm_title(title: str) -> str:
    words = re.sub(r"[^\w'&]+", " ", title.replace("’", "'")).split()
    return re.sub(r"^(?:the|to)\s+", "", " ".join(words).casefold())


STEM = 6
"""Letters of a word compared as its stem: "adjournment" / "adjourned", "minutes" / "minute"."""
TITLE_STOPWORDS = frozenset("the and for with from that this any other".split())


def _stems(title: str) -> set[str]:
    return {w.casefold()[:STEM] for w in re.findall(r"[A-Za-z]{3,}", title)
            if w.casefold() not in TITLE_STOPWORDS}


def _similar(a: str, b: str) -> float:
    """How far minute heading `b` reads like item title `a`: the better of rapidfuzz's
    token_set_ratio and the share of the title's word stems the heading uses ("Adjournment" /
    "That the meeting be adjourned")."""
    stems = _stems(a)
    shared = 100.0 * len(stems & _stems(b)) / len(stems) if stems else 0.0
    return max(fuzz.token_set_ratio(_norm_title(a), _norm_title(b)), shared)


def _within(r: Resolution, span: tuple[int, int]) -> bool:
    return span[0] <= r.provenance.char_start < span[1]


ROUTINE = re.compile(
    r"(?:apologies(?:\s+for\s+absence)?|declarations?\s+of\s+interests?|public\s+participation|"
    r"public\s+question\s+time|chairman['’]?s\s+announcements?|announcements|correspondence|"
    r"aob|any\s+other\s+business|items?\s+for\s+(?:the\s+)?(?:next|future)\s+agenda|"
    r"disclosure\s+of\s+pecuniary\s+interests?|"
    # "Reports from County/District Councillors": the meeting hears them
    r"(?:to\s+receive\s+)?reports?\s+(?:from|of|by)\s+(?:the\s+)?(?:(?:county|district|borough|city|"
    r"ward|unitary)\s*(?:/|and|&)?\s*)*councill?ors?)(?:\s*/\s*\S.*)?", re.I)
"""Routine items, which the minutes record and the meeting notes, whatever is said under them
("4. PUBLIC PARTICIPATION", where residents' requests are answered, is noted); an item with a
subject of its own ("11. AOB CDA Herts subscription request") is not routine, and a motion
carried on one ("R2024-053 ... That we accept the correspondence as presented. Carried.") decides it."""
RECEIVE = re.compile(r"\s*(?:to\s+receive\s+)?(?:an\s+)?update\b", re.I)
"""A sub-item that only reports ("To receive an update on current applications"): decided by
what its own part of the minute records, never by the resolutions of its neighbours."""


ANY_BUSINESS = re.compile(r"aob|a\.o\.b|any\s+other\s+business", re.I)
"""An "AOB" item: routine, unless the agenda lists its subject under it ("11.<tab>AOB / CDA Herts
subscription request"), which the minute then decides."""


def _any_business(doc: Document | None, entry: MinuteEntry, span: tuple[int, int]) -> bool:
    """An AOB item of the agenda with its own subject on the line under its heading."""
    if doc is None or not ANY_BUSINESS.fullmatch(entry.title.strip(" .:")):
        return False
    lines = doc.text[span[0]:span[1]].split("\n")
    return len(lines) > 1 and bool(re.match(r"\s*[A-Z][\w&-]*\s+\w", lines[1])) and not re.match(
        r"\s*the\s+next\s+meeting", lines[1], re.I)


def _overlaps(r: Resolution, span: tuple[int, int]) -> bool:
    """A resolution reaching into a sub-item's part of a minute ("It was RESOLVED that: a) The
    financial statement ... b) ..." decides sub-items a and b)."""
    return r.provenance.char_start < span[1] and span[0] < r.provenance.char_end


def link(earlier_path: str | Path, later_path: str | Path) -> DecisionLinks:
    earlier_doc, later_doc = ingest(earlier_path), ingest(later_path)
    earlier, later = extract(earlier_path), extract(later_path)
    agenda, parents = _agenda(earlier_doc)
    minutes = minute_entries(later_doc)
    report = DecisionLinks(earlier=str(earlier_path), later=str(later_path),
                           earlier_items=[e for e, _ in agenda], later_items=[e for e, _ in minutes])
    recommendations = [r for r in earlier.resolutions if r.kind == "recommendation"]
    applied, decided = applications(earlier_doc), applications(later_doc)
    if applied and decided:
        report.links = _link_applications(applied, decided, minutes)
    elif earlier.document.kind == "report" and recommendations:
        report.links = _link_recommendations(earlier, recommendations, later, minutes)
    else:
        report.links = _link_agenda(agenda, later, minutes, later_doc, parents, earlier_doc)
    return report


def _sub_span(doc: Document, span: tuple[int, int], letter: str | None, title: str) -> tuple[int, int]:
    """The part of a minute under the sub-heading of the agenda's sub-item (same letter, or the
    same title), else the whole minute."""
    if letter is None:
        return span
    subs = sub_items(doc.text, *span)
    for a, t, s, e in subs:
        if a == letter or _similar(t, title) >= LINK_SIMILARITY:
            return s, e
    return span


def _fill_gaps(agenda, chosen: list[int | None], minutes) -> None:
    """Items left unpaired between two paired ones take the minutes between those in order, when
    there are exactly as many of them, or as many numbered ones ("10. Accounts to pay" between "Correspondence" and the
    confirming by-law is the one motion between theirs, "That the statement of accounts ... be
    approved")."""
    i = 0
    while i < len(chosen):
        if chosen[i] is not None or re.fullmatch(r"\d+[a-z]", agenda[i][0].number):
            i += 1
            continue
        j = i
        while j < len(chosen) and chosen[j] is None:
            j += 1
        before = next((c for c in reversed(chosen[:i]) if c is not None), None)
        after = chosen[j] if j < len(chosen) else None
        if before is not None and after is not None:
            between = list(range(before + 1, after))
            if len(between) != j - i:
                # an unnumbered line between numbered motions is no minute of its own
                between = [m for m in between if minutes[m][0].number]
            if len(between) == j - i:
                for k, m in zip(range(i, j), between, strict=True):
                    chosen[k] = m
        i = j


def _link_agenda(agenda, later: ExtractionResult, minutes, later_doc: Document,
                 parents: dict[str, str] | None = None,
                 earlier_doc: Document | None = None) -> list[DecisionLink]:
    after = 0  # minutes follow the agenda's order
    parent_minute: dict[str, int] = {}
    chosen: list[int | None] = []
    for entry, _ in agenda:
        sub = re.fullmatch(r"(\d+)([a-z])", entry.number)
        parent = sub.group(1) if sub else None
        if parent is not None and parent in parent_minute:
            best = (100.0, parent_minute[parent])
        else:
            # a sub-item is taken under its item's minute: the item's own heading finds it
            title = (parents or {}).get(parent or "", entry.title)
            scored = [(_similar(title, m.title), -i) for i, (m, _) in enumerate(minutes)
                      if i >= after]
            score, index = max(scored, default=(0.0, 1))
            best = (score, -index)  # the first of equally good minutes
            if best[0] < LINK_SIMILARITY and parent is None:
                # minutes taken out of the agenda's order ("3. PUBLIC PARTICIPATION" minuted
                # as 140, before the declarations' 141): an earlier minute no item took
                taken = {c for c in chosen if c is not None}
                earlier = [(_similar(title, m.title), -i) for i, (m, _) in enumerate(minutes[:after])
                           if i not in taken and m.number]
                score, index = max(earlier, default=(0.0, 1))
                if score >= LINK_SIMILARITY:
                    chosen.append(-index)
                    continue
            if parent is not None and best[0] < LINK_SIMILARITY:
                # a sub-item's own title rarely heads a minute: its item's minute comes next
                best = (100.0, after) if after < len(minutes) else best
            if parent is not None and best[0] >= LINK_SIMILARITY:
                parent_minute[parent] = best[1]
        if best[0] < LINK_SIMILARITY:
            chosen.append(None)
            continue
        after = best[1] + 1
        chosen.append(best[1])
    _fill_gaps(agenda, chosen, minutes)
    links = []
    for (entry, entry_span), index in zip(agenda, chosen, strict=True):
        if index is None:
            links.append(DecisionLink(item=entry.number, title=entry.title, minutes_ref=None,
                                      outcome="not_found", earlier=entry.provenance))
            continue
        sub = re.fullmatch(r"(\d+)([a-z])", entry.number)
        minute, span = minutes[index]
        part = _sub_span(later_doc, span, sub.group(2) if sub else None, entry.title)
        decided = [r for r in later.resolutions if _within(r, part)]
        if part != span and not decided and not RECEIVE.match(entry.title):
            decided = [r for r in later.resolutions if _within(r, span) and _overlaps(r, part)]
        span = part
        carried = any(r.outcome is not None and r.outcome.carried for r in decided)
        routine = ROUTINE.fullmatch(entry.title.strip(" .:")) and not _any_business(earlier_doc, entry, entry_span)
        outcome = ("noted" if routine and not carried
                   else outcome_of(decided, later_doc.text[span[0]:span[1]],
                                   decides=not RECEIVE.match(entry.title),
                                   planning=bool(PLANNING_ITEM.search(entry.title))))
        links.append(DecisionLink(
            item=entry.number, title=entry.title, minutes_ref=minute.number or None,
            minutes_title=minute.title, outcome=outcome,
            decision=" | ".join(i.text for r in decided for i in r.items) or None,
            earlier=entry.provenance,
            later=decided[0].provenance if decided else minute.provenance))
    return links


def _link_recommendations(earlier: ExtractionResult, recommendations: list[Resolution],
                          later: ExtractionResult, minutes) -> list[DecisionLink]:
    title = earlier.document.title or ""
    scored = [(_similar(title, m.title), i) for i, (m, _) in enumerate(minutes)]
    best = max(scored, default=(0.0, -1))
    found = minutes[best[1]] if best[0] >= LINK_SIMILARITY else None
    links = []
    for r in recommendations:
        for n, item in enumerate(r.items, start=1):
            number = item.number or str(n)
            if found is None:
                links.append(DecisionLink(item=number, title=item.text, minutes_ref=None,
                                          outcome="not_found", earlier=r.provenance))
                continue
            minute, span = found
            decided = [x for x in later.resolutions if _within(x, span)]
            links.append(DecisionLink(
                item=number, title=item.text, minutes_ref=minute.number or None, minutes_title=minute.title,
                outcome=outcome_of(decided),
                decision=" | ".join(i.text for x in decided for i in x.items) or None,
                earlier=r.provenance, later=decided[0].provenance if decided else minute.provenance))
    return links


# ---------------------------------------------------------------------------------------------
# Applications: a report's table of applications (grants, licences) and the minutes' table of
# what the committee decided on each, one row per applicant

APPLICATION_OUTCOMES: list[tuple[LinkOutcome, re.Pattern[str]]] = [
    # first match wins, read at the start of the decided cell
    ("rejected", re.compile(r"\s*(?:rejected|refused|declined|not\s+(?:approved|agreed|supported))\b", re.I)),
    ("deferred", re.compile(r"\s*(?:deferred|postponed)\b|.*\b(?:keen\s+to\s+consider|consider\s+this\s+"
                            r"again|reconsider)\b", re.I | re.S)),
    ("withdrawn", re.compile(r"\s*withdrawn\b", re.I)),
    # "Recommend approval of the project to the Planning and Highways Committee for funding from
    # the Highways ... budget": supported, but by another committee from another budget
    ("approved_with_amendment", re.compile(r"\s*(?:recommend(?:ed)?\s+approval\b[^.]*\bto\s+the\b|"
                                           r"referred\b|approved\s+in\s+part\b|part(?:ly|ially)\s+approved\b)",
                                           re.I)),
    ("approved", re.compile(r"\s*(?:£[\d,.]+\s+)?(?:approved|agreed|granted|awarded|supported)\b", re.I)),
]
"""What the decided cell of an application says became of it, each read by `_application_outcome`
(an approval of other sums than those asked for is `approved_with_amendment`)."""
APPLICATION_SIMILARITY = 75
"""Score (rapidfuzz, 0-100) from which a minutes row is the report's application: the better of
the names' token_set_ratio, the names' ratio without spaces ("Parkrun" / "Park Run") and the
summaries' opening partial_ratio; "Home – Start Birmingham North West" / "Home Start Birmingham"
passes, two different charities do not."""
def _money(text: str) -> set[Decimal]:
    return {a.value for a in parse_amounts(text)}


def _application_outcome(row: dict) -> LinkOutcome:
    decided = row["decided"]
    for outcome, pattern in APPLICATION_OUTCOMES:
        if pattern.match(decided):
            if outcome == "approved":
                # "Approved. Four Oaks - £400 / New Hall - £200 / Trinity - £150" against £200,
                # £200, £150, £200 asked for: approved, in other sums
                given, asked = _money(decided), _money(row["requested"])
                if given and asked and given != asked and given != {sum(asked)} and (
                        given - asked or max(given) < max(asked)):
                    return "approved_with_amendment"
            return outcome
    return "noted"


def _application_score(a: dict, b: dict) -> float:
    na, nb = _norm_title(a["name"]), _norm_title(b["name"])
    return max(fuzz.token_set_ratio(na, nb), fuzz.ratio(na.replace(" ", ""), nb.replace(" ", "")),
               fuzz.partial_ratio(_norm_title(a["summary"][:80]), _norm_title(b["summary"][:80]))
               if a["summary"] and b["summary"] else 0.0)


def _link_applications(applied: list[dict], decided: list[dict], minutes) -> list[DecisionLink]:
    """Each application of the report paired with the minutes' row for the same applicant (best
    pairs first, each row taken once), its outcome read from the row's decided cell."""
    pairs = sorted(((_application_score(a, b), i, j) for i, a in enumerate(applied)
                    for j, b in enumerate(decided)), reverse=True)
    chosen: dict[int, int] = {}
    for score, i, j in pairs:
        if score >= APPLICATION_SIMILARITY and i not in chosen and j not in chosen.values():
            chosen[i] = j
    links = []
    for i, a in enumerate(applied):
        title = " ".join(a["summary"].split()[:12]) or a["name"]
        earlier = a["provenance"]
        if i not in chosen:
            links.append(DecisionLink(item=a["name"], title=title, minutes_ref=None,
                                      outcome="not_found", earlier=earlier))
            continue
        b = decided[chosen[i]]
        minute = next((m for m, (s, e) in minutes if s <= b["start"] < e), None)
        links.append(DecisionLink(
            item=a["name"], title=title, minutes_ref=minute.number or None if minute else None,
            minutes_title=minute.title if minute else None, outcome=_application_outcome(b),
            decision=" ".join(b["decided"].split()) or None, earlier=earlier,
            later=b["provenance"]))
    return links


def render_markdown(links: DecisionLinks) -> str:
    """The links as a Markdown table; every text from the papers escaped (`md_escape`), so a
    title like `<img onerror=...>` shows as written."""
    from .diff.render import md_escape

    out = [f"# Decisions: {md_escape(Path(links.earlier).name)} -> "
           f"{md_escape(Path(links.later).name)}", "",
           "| item | title | minute | outcome | decision |", "|---|---|---|---|---|"]
    for x in links.links:
        cells = [x.item, x.title, x.minutes_ref or "", x.outcome, x.decision or ""]
        out.append("| " + " | ".join(md_escape(c[:120]) for c in cells) + " |")
    return "\n".join(out) + "\n"


def render_html(links: DecisionLinks) -> str:
    """The same table as a standalone HTML page, every printed text escaped, with the page each
    side's evidence is on."""
    from html import escape

    def page(p) -> str:
        return f"p. {p.page}" if p is not None else ""

    title = escape(f"Decisions: {Path(links.earlier).name} -> {Path(links.later).name}")
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in (
            x.item, x.title, page(x.earlier), x.minutes_ref or "", x.minutes_title or "",
            x.outcome, x.decision or "", page(x.later))) + "</tr>"
        for x in links.links)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
            "<style>td,th{border:1px solid #ccc;padding:4px;vertical-align:top}"
            "table{border-collapse:collapse}</style></head><body>\n<h1>" + title + "</h1>\n"
            "<table><tr><th>item</th><th>title</th><th>evidence</th><th>minute</th>"
            "<th>minute heading</th><th>outcome</th><th>decision</th><th>evidence</th></tr>\n"
            + rows + "\n</table></body></html>\n")


def score_links(samples_dir: str | Path) -> dict[str, tuple[int, int]]:
    """Link accuracy against the hand-made keys `samples/gold/links/EARLIER__LATER.json`: per
    pair, (key links whose item is linked to the same minute with the same outcome, key links).
    A key's `minutes_ref` null means the minutes print that heading without a number, or (with
    not_found) that they do not take the item: only the outcome is compared then."""
    samples_dir = Path(samples_dir)
    scores = {}
    for key_path in sorted((samples_dir / "gold" / "links").glob("*__*.json")):
        key = json.loads(key_path.read_text(encoding="utf-8"))
        found = link(samples_dir / key["earlier"], samples_dir / key["later"])
        predicted = {_norm_item(x.item): x for x in found.links}
        right = 0
        for k in key["links"]:
            p = predicted.get(_norm_item(k["item"] or ""))
            if p is None:
                continue
            same_minute = k["minutes_ref"] is None or p.minutes_ref == k["minutes_ref"]
            right += same_minute and p.outcome == k["outcome"]
        scores[key_path.stem] = (right, len(key["links"]))
    return scores


def _norm_item(item: str) -> str:
    return re.sub(r"[\s.()]", "", item).casefold()
