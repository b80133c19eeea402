"""Resolutions, recommendations and minuted decisions, each with the minute it sits under.

Rules only (regular expressions over a cleaned reading of the text; no language model): the
wording of minutes is formulaic, and a scan like this reads far more than a hundred pages a second.

The reading. Page furniture is left out before anything is read, so that an item printed across a
page break is one item: lines near the top or bottom of a page that repeat on other pages (running
headers and footers, "Minutes - March 19, 2024 - Page 2"), page numbers ("Page 1 of 3", "P a g e |
2", a bare number), signature lines ("Signed ____ Dated ____") and small-print words in the right
margin (an "Action" column's initials). Provenance always points back into `Document.text`.

Minutes and refs. A paper's minute numbers are the line-opening numbers of its most frequent style
(`MINUTE_STYLES`): dotted ("27.21", "16.05.1", "05.25.18.1", "01.26..03" as printed), slashed
("22/17"), a plain number followed by a tab ("4<tab>AUDITED ACCOUNTS", "3.<tab>Minutes") or alone on
its line under its heading ("Minutes / 3. / The minutes from the AGM ...", when it follows on from
the numbers before it), a number before a heading in capitals ("60. APOLOGIES FOR ABSENCE"), or a ModernGov heading over "(Item 4)"
(ref: the heading's own number, "285. English Devolution White Paper", else the item's). Under
tabbed or capital headings, dotted numbers of the same minute ("11.2<tab>RESOLVED that ...",
"64.3. (45.1) CASUAL VACANCY") start minutes of their own, and a number before a sentence that
follows on from the headings ("86. It was RESOLVED to exclude ...") does too. A slashed or dotted number of the same family also
starts a minute in the middle of a paragraph when it follows a sentence ("... per hour. 36/17
Clerk Vacancy"). A record's `ref` is the minute number it sits under, as printed (typos included);
the motions of Canadian minutes ("R2024-057 T. Butler, S. Kirkey: THAT ... Carried.") carry their
own resolution number as `ref`, and anything outside them has none. A report numbered by none of
these styles takes its numbered section headings ("8. Recommendations", alone before a blank
line, running 1, 2, 3 ...) as refs.

Kinds and forms read:
- resolved, formal: "RESOLVED: That ...", "Resolved - That the Committee: 1. ... 7.",
  "RESOLVED: (A) That ... (B) That ...", "RESOLVED: 1) ... 2) ...". A lead-in ending with a colon
  before a numbered list is the `body`; items are the numbered paragraphs, printed text kept
  ("That the minutes ..."). Numbering follows one style (1. / 1) / (1) / A. / (a)); a marker of
  another style, or out of sequence, is text of the current item ("A. ... Location: 2. Township
  ..."), and a repeated number is a new item (West Dereham prints "4)" twice).
- resolved, narrative: "the Councillors resolved to ...", "it was resolved, when ..., to ...",
  "..., resolved not to ...", "Resolved Councillor Healey contact ...", "... was discussed and resolved to
  reduce the precept to £2500": one record per
  occurrence, the item being the words after "resolved" (a leading "that" dropped).
- resolved, motions: "R2024-058 D. Yemm, S. Foote: THAT ...; AND THAT we accept recommendations:
  A. ... B. ... AND THAT ... Carried." Each THAT clause is an item with its "That"/"AND THAT"
  dropped (the motion formula); a clause ending in a colon and followed by a numbered list is
  replaced by the list's items.
- resolved, a narrative lead-in over a list: "Committee resolved to: i) Approve ... ii) Note ..."
  reads as a formal resolution (`FORMAL_LEADS`).
- recommendation (`RECOMMENDATION_LEADS`): "Recommendation(s):", "The recommendations are:",
  "Cabinet is asked to:", "The paper recommended the following:" followed by a numbered, lettered,
  roman ("(i)", "ii)") or bulleted list; items with a leading "That" dropped (the formula of a
  recommendation). A lead-in inside quotation marks is a motion's wording, not a recommendation.
  Recommendations printed again item for item (a Kent report's summary box and its closing
  section "5. Recommendations: / County Council is asked to: (1) Endorse ...") are one record,
  under the numbered printing (`_once`; the annotation convention of the fifth session).
- decision (read in minutes only, not in reports; one per sentence; never inside quotation marks):
  * the body agreeing: "All agreed this was ...", "Councillors agreed ...", "it was agreed that
    ...", "It was decided to ...", "the Councillors were in agreement for ...", "The Board voted,
    by a majority, that ..." -> the item is what was agreed; a reporting "that" is dropped ("it
    was agreed that SPC will join" -> "SPC will join"), but a motion quoted in its own mandative
    wording keeps it, as "RESOLVED: That ... be ..." does ("agreed that Councillor Richardson be
    elected", "that the following payments may be made"). Where nothing follows ("The Board were
    in agreement with this proposal.") the item is the sentence itself. Someone reporting an
    earlier agreement ("X pointed out that ... it was agreed") is not a decision;
  * a passive decision with its subject opening the sentence: "The minutes were agreed as ...",
    "The Accounts were approved by ...", "... has been discussed and approved by Councillors"
    (a perfect tense counts only with the council as agent: "the lease has been agreed until ..."
    reports, it does not decide); acceptance of apologies is routine, not a decision; "were
    voted in" elects; after another clause the decision is its own clause ("There were no
    questions and the accounts were accepted ..." -> "the accounts were accepted ...");
  * the first sentence under a minute's heading saying what is to be done: "02.26.09 NBW /
    The Bushcraft Group is to be disbanded ...";
  * a motion: "Cllr X proposed ... seconded by Cllr Y", "HD nominated and JS seconded that ...",
    "NO proposed that the PC writes ..." -> the sentence itself;
  * an outcome at the end: "... - Agreed", "Age UK Norfolk - requesting donation - not agreed";
  * "This was approved by all present." refers back: the item is the sentence before;
  * a sub-numbered minute whose body is the decision: "05.25.18.1 The bank mandate was amended
    and signed ...", "05.25.18.2 RL and KG to be signatories ...";
  * a numbered list of proposals each agreed ("4. Decisions: 1. Finance and Audit Committee Terms
    of Reference ... The Board were in agreement with this proposal.") is one decision whose
    items are the numbered paragraphs;
  * in a minute with a formal RESOLVED, an "agreed" sentence that restates it (shares a content
    word with its items) is not recorded twice.
  A short label before a spaced dash or a colon is not part of a decision sentence ("Statement of
  Accounts - The Accounts were approved ...", "Minutes:Cllr X proposed ...") when a full clause
  follows it.

  * in a minute with a formal RESOLVED, the motion it records ("Mr Murphy proposed, and Mr Thomas
    seconded the motion that ...") and lines that only say how it went ("Agreed unanimously.",
    "the Chairman put the motion ... to the vote") are part of that resolution, not decisions of
    their own; the motion's and the "Agreed unanimously." line's words go to its outcome.

- recommendation, unmarked or of one sentence: a lead-in ("The Cabinet Member ... is asked to:")
  over paragraphs opening with a verb in capitals ("APPROVE ...", "DELEGATE ...": bullets lost
  in the text, `VERB_PARAGRAPH`); one sentence (`RECOMMENDATION_SENTENCES`: "Recommendation:
  County Council is asked to note the report.", a "12. Recommendation" section of one sentence,
  a boxed "Council is recommended to approve events ..." paragraph), never one that only points
  back at "the recommendations set out in section 2".
- recommendation, changing another report's (`AMENDING`, read outside minutes): a covering
  report's "To replace Recommendation (d) by ..." paragraphs, one record, an item per paragraph.
- decision blocks (`DECISION_LEAD`, read in any paper): a record of decision's or a ModernGov
  decision page's "DECISION:" with its lead-in ("As Cabinet Member ..., I agree to:") and list,
  roman groups of lettered items taken item by item, up to "Reason(s) for decision".
- US motions (`MOVED_FORMS`, minutes only): "Motion by X, seconded by Y, to approve ...", "A
  motion was made by X and seconded by Y to ...", "X moved, seconded by Y, ..." -> decisions
  with `moved_by` / `seconded_by`, item from the "to"/"that", outcome from the sentences after
  ("Motion carried 5-0.", "Roll call vote: Ayes: ... Nays: ...", "The motion passed
  unanimously.").
- amendments (`AMENDMENT_FORMS`, their own records in `result.amendments`, never resolutions):
  "X proposed and Y seconded the following amendment to the motion set out in paragraph 5: “...”"
  with its recorded vote and "Amendment lost."; "An amendment was moved by X and seconded by Y
  to ..."; a budget amendment form's Proposer / Seconder / number / Proposed Purpose.

Items end where the next item, the next minute, the next resolution or the next paragraph
(heading) begins. Outcome where stated (`OUTCOMES`): Carried / Defeated / Lost, "Motion carried",
"Amendment lost", "- Agreed" / "not agreed", unanimously, by a majority, vote counts ("5 for, 2
against, 1 abstention"), and a recorded vote with names per side printed just before the RESOLVED
it carried ("For (39) Mr Baker, ... Against (19) ... Abstain (1) ..."), or the line saying so
("Motion carried.", "Agreed unanimously.", "put the motion ... and it was agreed"). Who moved and
seconded (`PROPOSAL_FORMS`: "HD nominated and NS seconded that ...", "proposed JH seconded HD")
are the record's `moved_by` / `seconded_by`; its items keep their sentence.

Also read as decisions: the body acting and deciding in one clause (`ACTED_AND_AGREED`: "the
Council reviewed its arrangement ... and agreed that ...", "The Council received and approved the
accounts"), "The meeting resolved ...", "... was confirmed", "the following budgets assigned:";
not: a decision taken at another meeting ("agreed at the Finance and Audit meeting", `ANOTHER_MEETING`),
a report received ("The planning report was presented and accepted."), a wish ("would like to be
kept informed"), a sentence running on into a RESOLVED (its lead-in). Parish minutes numbered by
their agenda items ("1. To elect a Chairman for the forthcoming year") take those numbers as refs.

Overlap policy, one for every reader: the block readers run first, in this order - motions,
formal RESOLVED, recommendation lists and sentences, DECISION blocks, US motions - and a record
that starts inside the span of one found before it is dropped; sentence decisions are then read
only outside those spans, one per sentence, the earliest reading in the sentence winning
(`decision_in`); a report's recommendations printed twice are one record (`_once`).
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.models import Amendment, Document, Outcome, Resolution, ResolutionItem, Words

from .base import Context, extractor
from .furniture import furniture_lines, raw_lines
from .vocabulary import BULLETS, FULL_MONTHS, HONORIFICS

# ---------------------------------------------------------------------------------------------
# The reading: the document's text without page furniture, with a map back to Document.text

@dataclass
class Reading:
    text: str
    origin: list[int]
    """origin[i] = offset in Document.text of text[i] (separators map to the next character)"""
    line_starts: list[int] = field(default_factory=list)

    def doc_span(self, start: int, end: int) -> tuple[int, int]:
        end = max(end, start + 1)
        return self.origin[start], self.origin[end - 1] + 1


def _margin_words(doc: Document) -> list[tuple[int, int]]:
    """Spans of small-print words in a page's right margin (e.g. an action column's initials)."""
    words = doc.words
    if isinstance(words, Words):  # the columns (a size not known is NaN there, None here)
        def rows():
            return zip(words.size, words.page, words.start, words.end, words.x0)
    else:
        def rows():
            return ((w.size, w.page, w.char_start, w.char_end, w.bbox[0]) for w in words)
    sizes = [size for size, *_ in rows() if size and size == size]
    if not sizes:
        return []
    body = statistics.median(sizes)
    widths = {p.number: p.width for p in doc.pages if p.width}
    return [(start, end) for size, page, start, end, x0 in rows()
            if size and size == size and size < 0.9 * body and page in widths
            and x0 > 0.8 * widths[page]]


ITEM_LINE = re.compile(r"^[ \t]*\(Item[ \t]+\d{1,3}\)[ \t]*$")
MARGIN_ONLY = "margin"
"""A line whose words are all margin words (`_margin_words`: the initials of an action column
printed level with a line of their own) is no line of the text, neither blank nor furniture: the
sentence it stands in runs on over it ("... not to accept the proposed cuts for / SS / 2017/18.",
Suffolk Libraries board minutes, January 2016), where reading it as an emptied line would end
the paragraph there; blank lines beside it keep their own meaning."""


def read(doc: Document) -> Reading:
    text = doc.text
    lines = raw_lines(text)
    # a minute's "(Item 4)" line repeats near the edges of pages but is the minute's number
    furniture = {i for i in furniture_lines(doc, lines, placed=True) if not ITEM_LINE.match(text[slice(*lines[i])])}
    margin = {pos for s, e in _margin_words(doc) for pos in range(s, e)}
    # blank lines next to removed furniture go too: an item runs on across a page break
    kinds = []
    for i, (s, e) in enumerate(lines):
        if i in furniture:
            kinds.append("furniture")
        elif not text[s:e].strip():
            kinds.append("blank")
        elif all(pos in margin or text[pos].isspace() for pos in range(s, e)):
            kinds.append(MARGIN_ONLY)
        else:
            kinds.append("text")
    for i in range(len(kinds)):
        if kinds[i] == "blank":
            j = i
            while j >= 0 and kinds[j] == "blank":
                j -= 1
            k = i
            while k < len(kinds) and kinds[k] == "blank":
                k += 1
            if (j >= 0 and kinds[j] == "furniture") or (k < len(kinds) and kinds[k] == "furniture"):
                kinds[i] = "dropped"
    out: list[str] = []
    origin: list[int] = []
    line_starts: list[int] = []
    previous_blank = True
    for (s, e), kind in zip(lines, kinds, strict=True):
        if kind in ("furniture", "dropped", MARGIN_ONLY):
            continue
        if kind == "blank":
            if not previous_blank:
                out.append("\n")
                origin.append(s)
            previous_blank = True
            continue
        previous_blank = False
        if out:
            out.append("\n")
            origin.append(s)
        line_starts.append(len(origin))
        for pos in range(s, e):
            if pos in margin:
                continue
            # a no-break space reads as a space (text exports indent minute numbers with them)
            out.append(" " if text[pos] == "\xa0" else text[pos])
            origin.append(pos)
    origin.append(len(text))
    return Reading("".join(out), origin, line_starts)


# ---------------------------------------------------------------------------------------------
# Minutes: the numbered sections of the paper

MINUTE_NUMBERS = {
    # "01.26..03" as printed, a typo; "156.2.4"; "01.26 08<tab>Highways/Footpaths", the last dot
    # printed as a space (Souldern minutes), kept as printed
    "dotted": r"\d{1,3}\.\d{1,3} \d{2}(?=\t)|\d{1,3}(?:\.\d{1,3}){0,2}\.{1,2}\d{1,3}",
    "slashed": r"\d{1,3}/\d{2}",
    "plain": r"\d{1,3}",
    "heading": r"\d{1,3}",
    "item": r"\d{1,3}",
    "sentence": r"\d{1,3}",
    "section": r"\d{1,2}",
}
HEADING_LINE = r"[^\n]*[^.\n][ \t]*\n"
"""A line of a heading: it does not end a sentence."""
MINUTE_STYLES = {
    # "27.21 ...", "16.05.1 ...", "64.1. (51) TREE PLANTING" (a closing dot is not part of the ref)
    "dotted": re.compile(r"(" + MINUTE_NUMBERS["dotted"] + r")\.?(?=[ \t]+\S)"),
    # "22/17 Clerk Vacancy"
    "slashed": re.compile(r"(" + MINUTE_NUMBERS["slashed"] + r")(?=[ \t]+\S)"),
    # "4<tab>AUDITED ACCOUNTS", "3.<tab>Minutes"; "3." alone on its line under a heading above
    # it ("Minutes / 3. / The minutes from the AGM 2014 were accepted ...", Suffolk Libraries AGM)
    "plain": re.compile(r"(" + MINUTE_NUMBERS["plain"] + r")\.?(?=\t)|("
                        + MINUTE_NUMBERS["plain"] + r")\.(?=[ \t]*(?:\n|$))"),
    # "60. APOLOGIES FOR ABSENCE": a number before a heading in capitals, alone on its line
    # "16. 2013/14 ACCOUNTS AND ANNUAL GOVERNANCE STATEMENT": the heading may open with a year
    "heading": re.compile(r"(" + MINUTE_NUMBERS["heading"] + r")\.?[ \t]+"
                          # "24. MINUTES OF MEETING 9th MAY 2012": an ordinal's suffix is lower case
                          r"(?=(?:\d{2,4}(?:[/-]\d{2,4})?[ \t]+)?[A-Z](?:[A-Z0-9’'&,()/ -]|(?<=\d)(?:st|nd|rd|th)\b){2,}"
                          r"[ \t]*(?:\n|$))"),
    # "86. It was RESOLVED to exclude the press": a number before a sentence; a minute only
    # when it follows on from the heading numbers (see `_nested`)
    "sentence": re.compile(r"(" + MINUTE_NUMBERS["heading"] + r")\.[ \t]+(?=[A-Z][a-z]|It\b)"),
    # Kent (ModernGov) minutes: the heading (one or two lines), then "(Item 4)"; the minute
    # opens at the heading and its number is the heading's ("285. English Devolution White
    # Paper") or else the agenda item's
    "item": re.compile(r"(?:(?P<minute>" + MINUTE_NUMBERS["item"] + r")\.[ \t]+" + HEADING_LINE
                       + r"(?:" + HEADING_LINE + r")?|" + HEADING_LINE + r")(?:[ \t]*\n)?"
                       r"\(Item[ \t]+(?P<item>" + MINUTE_NUMBERS["item"] + r")\)[ \t]*(?=\n|$)"),
    # a report's numbered section headings, each alone on its line before a blank line: "8.
    # Recommendations" over "The County Council is asked to: 1. To NOTE ..." (Kent reports);
    # read only where no other style numbers the paper, and only as a run 1, 2, 3 ...
    # (`_section_run`)
    # ("5. Recommendations:" may close with a colon)
    "section": re.compile(r"(" + MINUTE_NUMBERS["section"] + r")\.[ \t]+"
                          r"(?=[A-Z][^\n]{0,60}[^.,;:\n]:?[ \t]*\n[ \t]*\n)"),
    # parish minutes numbered by their agenda's items, each a heading in sentence case over its
    # body: "1. To elect a Chairman for the forthcoming year / HD nominated and NS seconded ..."
    # (Souldern annual meeting, 2024); read as `section` is, as a run 1, 2, 3 ...
    "agenda_item": re.compile(r"(" + MINUTE_NUMBERS["section"] + r")\.[ \t]+"
                              r"(?=[A-Z][^\n]{0,80}[^.,;:\n][ \t]*\n)"),
}
FALLBACK_STYLES = ("sentence", "section", "agenda_item")
"""Styles that never number a paper by themselves against another style."""
MINIMUM_SECTIONS = 3
"""A report's section headings run 1, 2, 3 at least: two numbered lines before blank lines may be
a list's last items."""
NESTING_STYLES = ("plain", "heading", "item")
"""Styles numbering whole minutes, under which dotted numbers of the same minute number its
paragraphs ("11.<tab>FINANCE" ... "11.2<tab>RESOLVED that ..."): both kinds start a minute, and a
paragraph's ref is its own dotted number."""
MINIMUM_MINUTES = 2
"""A numbering style read at fewer line starts is not the paper's (a stray "1." is not a minute)."""
NESTED_SHARE = 0.75
"""Share of the dotted numbers that must sit under a heading style's minutes for that style to
number the paper (the rest are amounts or stray numbers at line starts: Hertingfordbury prints
six payments "923.00 Coopers ..." against some sixty paragraph numbers)."""
MOTION = re.compile(r"^(R\d{4}-\d{2,4})\b[^\n:]*:?", re.M)
"""A numbered motion of Canadian minutes, with mover and seconder: "R2024-057 T. Butler, S. Kirkey:"."""
MOTION_CLAUSE = re.compile(r"(?:^|(?<=[\s;.]))(?:AND\s+)?THAT\b.*?(?=[\s;.]AND\s+THAT\b|\Z)",
                           re.I | re.S)
"""A motion's THAT clause, up to the next AND THAT."""
WHEREAS = re.compile(r"\s*WHEREAS\b")
OPERATIVE = re.compile(r"\bNOW\s+THEREFORE\b[\s,]*(?:BE\s+IT\s+RESOLVED\s+)?(?:THAT\s+)?", re.I)
"""A motion of recitals and operative words, with no THAT clause (Nipissing minutes, 21 March
2023: "R2023-076 D. Yemm, S. Foote: / WHEREAS the Bear Creek Landfill has reached within 4 years
remaining fill capacity; / NOW THEREFORE we authorize Pinchin to proceed ... Carried."): one
item, printed from its WHEREAS."""


@dataclass
class Minute:
    ref: str | None
    start: int
    end: int
    head_end: int
    """end of the line holding the minute number"""


def _family(style: str, ref: str) -> str:
    if style == "slashed":
        return ref.split("/")[1]
    return ref.rsplit(".", 1)[0] if style == "dotted" else ""


def _style_starts(reading: Reading) -> dict[str, dict[int, str]]:
    """For each numbering style, the line starts it reads a minute number at (start -> ref)."""
    text = reading.text
    found: dict[str, dict[int, str]] = {}
    for style, pattern in MINUTE_STYLES.items():
        ends: set[int] = set()
        for ls in reading.line_starts:
            m = pattern.match(text, ls)
            if m and m.end() not in ends:  # a two-line heading is one minute, from its first line
                ref = next(g for g in m.groups() if g)
                if style == "plain" and m.group(2) and not _follows_on(found.get(style, {}), ref):
                    continue  # "... See Appendix / 1.": a sentence wrapped before its number
                ends.add(m.end())
                found.setdefault(style, {})[ls] = ref
    return found


def _follows_on(starts: dict[int, str], ref: str) -> bool:
    """A number alone on its line numbers a minute when it comes after the minutes before it."""
    return not starts or int(ref) > int(list(starts.values())[-1])


def _nested(found: dict[str, dict[int, str]], style: str) -> dict[int, str]:
    """The minute starts of `style` with the dotted paragraph numbers of the same minutes."""
    starts = dict(found[style])
    if style == "heading":
        # "85. MATTERS TO NOTE" ... "86. It was RESOLVED to exclude the press and public"
        numbers = {int(ref) for ref in starts.values()}
        starts.update({s: ref for s, ref in found.get("sentence", {}).items()
                       if int(ref) not in numbers and int(ref) - 1 in numbers})
    if style in NESTING_STYLES:
        # a paragraph number belongs to the minute it is printed under ("80.43" after minute
        # 81 is an amount, not a paragraph of minute 80)
        heads = sorted(starts.items())
        head_starts = [h for h, _ in heads]
        for s, ref in found.get("dotted", {}).items():
            under = bisect.bisect_left(head_starts, s)  # the heads before s
            if under and ref.split(".")[0] == heads[under - 1][1]:
                starts[s] = ref
    elif style == "dotted":
        # "11.2" numbers paragraphs of minute 11 when "11.<tab>FINANCE" heads them
        tops = {ref.split(".")[0] for ref in starts.values()}
        for heads in NESTING_STYLES:
            extra = {s: ref for s, ref in found.get(heads, {}).items() if ref in tops}
            if len(extra) >= MINIMUM_MINUTES:
                starts.update(extra)
                break
        # a report's numbered sections over its dotted paragraphs ("4. Responding to the White
        # Paper" over "4.1" ... "4.8", then "5. Recommendations:" with no paragraph of its own,
        # Kent reports): the sections running 1, 2, 3 ... that head the paragraphs' numbers
        sections = dict(found.get("section", {}))
        # a section heading not followed by a blank line ("3. Background" over "3.1 ...") is
        # still the section its dotted paragraphs number: taken from the sentence starts
        have = set(sections.values())
        sections.update({st: ref for st, ref in found.get("sentence", {}).items()
                         if ref in tops and ref not in have})
        run = _run(sections)
        if len(run) >= MINIMUM_SECTIONS and tops <= {ref for _, ref in run}:
            starts.update(run)
    return starts


def _run(starts: dict[int, str]) -> list[tuple[int, str]]:
    """The numbered headings in document order that run 1, 2, 3 ... (a heading numbered out of
    the run is a list item's)."""
    run: list[tuple[int, str]] = []
    for start, ref in sorted(starts.items()):
        if int(ref) == len(run) + 1:
            run.append((start, ref))
    return run


def _section_run(reading: Reading, starts: dict[int, str]) -> list[Minute]:
    """A report's sections (`_run`) as its minutes."""
    run = _run(starts)
    if len(run) < MINIMUM_SECTIONS:
        return []
    text = reading.text
    minutes = [Minute(None, 0, run[0][0], 0)] if run[0][0] > 0 else []
    for i, (start, ref) in enumerate(run):
        end = run[i + 1][0] if i + 1 < len(run) else len(text)
        nl = text.find("\n", start)
        minutes.append(Minute(ref, start, end, end if nl < 0 or nl > end else nl))
    return minutes


def find_minutes(reading: Reading) -> list[Minute]:
    text = reading.text
    found = _style_starts(reading)
    candidates = [(len(_nested(found, k)), k) for k, v in found.items()
                  if len(v) >= MINIMUM_MINUTES and k not in FALLBACK_STYLES]
    if not candidates:
        # an agenda item's heading never follows a lead-in ending with a colon: "Cabinet is
        # asked to: / 1. Note the update ..." is a list
        items = {s: ref for s, ref in found.get("agenda_item", {}).items()
                 if not text[:s].rstrip().endswith(":")}
        return _section_run(reading, found.get("section", {})) or _section_run(reading, items)
    # a heading's "(Item 4)" stamp is unmistakable; the minutes' own paragraphs ("1)<tab>Mr X
    # proposed") are numbered under it
    style = "item" if "item" in dict((k, n) for n, k in candidates) else max(candidates)[1]
    if style == "dotted":
        # "75. PUBLIC PARTICIPATION" over "75.1 ...": the headings number the minutes and the
        # dotted numbers their paragraphs, even where amounts at line starts ("923.00 Coopers")
        # make the dotted style the more frequent
        dotted = set(found["dotted"])
        for heads in NESTING_STYLES:
            if len(found.get(heads, {})) >= MINIMUM_MINUTES and len(
                    dotted & set(_nested(found, heads))) >= NESTED_SHARE * len(dotted):
                style = heads
                break
    starts = _nested(found, style)
    if style in ("dotted", "slashed"):
        families = {_family(style, ref) for ref in found[style].values()}
        inline = re.compile(r"(?<=[.!?]) +(" + MINUTE_NUMBERS[style] + r")(?= +[A-Z])")
        for m in inline.finditer(text):
            if _family(style, m.group(1)) in families:
                starts[m.start(1)] = m.group(1)
    ordered = sorted(starts.items())
    minutes = []
    for i, (start, ref) in enumerate(ordered):
        end = ordered[i + 1][0] if i + 1 < len(ordered) else len(text)
        nl = text.find("\n", start)
        if style == "item" and start in found["item"]:
            nl = text.find("\n", nl + 1)  # the heading and its "(Item N)" line
        minutes.append(Minute(ref, start, end, end if nl < 0 or nl > end else nl))
    if ordered and ordered[0][0] > 0:
        minutes.insert(0, Minute(None, 0, ordered[0][0], 0))
    return minutes


# ---------------------------------------------------------------------------------------------
# Numbered lists

MARKER = re.compile(
    r"(?:\((?P<paren>\d{1,2}|[ivx]{1,5}|[IVX]{1,5}|[A-Za-z])\)"
    r"|(?P<bare>\d{1,2}|[ivx]{1,5}|[IVX]{1,5}|[A-Za-z])(?P<close>[.)]))(?=\s)"
)
BULLET = re.compile(r"[" + BULLETS + r"\-*o](?=[ \t])")
ROMAN = {"i": 1, "v": 5, "x": 10}


def roman_value(label: str) -> int | None:
    """ "iv" -> 4; None when `label` is no roman numeral."""
    values = [ROMAN.get(c) for c in label.casefold()]
    if not values or None in values:
        return None
    total = 0
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and values[i + 1] > v else v
    return total


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    number: str
    style: tuple[str, str]
    value: int


def _marker_at(text: str, pos: int, roman: bool = False) -> Marker | None:
    """The list marker at `pos`: "1.", "2)", "(3)", "A.", "(b)", and with `roman` (a list that
    opened with "i"), "(ii)", "iv)". Without it "i" and "v" are letters, and "ii" is no marker."""
    m = MARKER.match(text, pos)
    if not m:
        return None
    label = m.group("paren") or m.group("bare")
    form = "(x)" if m.group("paren") else "x" + m.group("close")
    value = roman_value(label) if roman else None
    if label.isdigit():
        kind, value = "digit", int(label)
    elif value is not None:
        kind = "roman" if label.islower() else "ROMAN"
    elif len(label) > 1:
        return None
    elif label.islower():
        kind, value = "lower", ord(label) - ord("a") + 1
    else:
        kind, value = "upper", ord(label) - ord("A") + 1
    number = m.group(0) if form == "(x)" else label
    return Marker(m.start(), m.end(), number, (kind, form), value)


def _may_open_item(text: str, pos: int, start: int) -> bool:
    """A marker opens an item at a line start, or after a sentence or a colon (inline lists)."""
    before = text[start:pos].rstrip(" \t")
    return pos == start or not before or before.endswith(("\n", ".", ":", ";"))


def _runs_on(text: str, marker: Marker, last: Marker, inline: bool) -> bool:
    """In a list printed on one line ("RESOLVED: 1) That the Locum Clerk includes ... for further
    discussion 2) That the Locum Clerk remind ...", West Dereham), the next number in bracket
    style opens the next item after a word, where it opens a capitalised clause."""
    return (inline and marker.style[1] in ("x)", "(x)") and marker.value == last.value + 1
            and text[marker.end:marker.end + 3].lstrip()[:1].isupper())


def parse_list(text: str, start: int, end: int) -> list[tuple[str | None, int, int]]:
    """Items (number, start, end) of a numbered or bulleted list opening at `start` (after spaces).

    The first marker must open a sequence (1, a, A). Later markers of the same style, numbered the
    same as or one more than the last, open the next item; anything else is text of the item.
    The last item ends at the first blank line (or `end`)."""
    pos = start
    while pos < end and text[pos] in " \t\n":
        pos += 1
    first = _marker_at(text, pos)
    if first and first.value == 9 and first.style[0] in ("lower", "upper"):
        first = _marker_at(text, pos, roman=True)  # "(i)" opens a roman list, not a ninth letter
    roman = first is not None and first.style[0] in ("roman", "ROMAN")
    bullet = None
    if first is None or first.value != 1:
        b = BULLET.match(text, pos)
        if not b or (b.group(0) == "o" and not text[b.end():b.end() + 1].isspace()):
            return []
        bullet = b.group(0)
    items: list[tuple[str | None, int, int]] = []
    if bullet is None:
        assert first is not None
        opened = [(first.number, first.end)]
        last = first
        scan = first.end
        while scan < end:
            m = MARKER.search(text, scan, end)
            if not m:
                break
            marker = _marker_at(text, m.start(), roman)
            scan = m.end()
            if (marker and marker.style == last.style and marker.value in (last.value, last.value + 1)
                    and (_may_open_item(text, marker.start, start)
                         or _runs_on(text, marker, last, inline=first.start > 0 and text[first.start - 1] not in "\n"))):
                opened.append((marker.number, marker.end))
                last = marker
                items_end = marker.start
                items.append((opened[-2][0], opened[-2][1], items_end))
        number, item_start = opened[-1]
    else:
        line_bullet = re.compile(r"(?m)^[ \t]*" + re.escape(bullet) + r"[ \t]+")
        # the first bullet may stand mid-line ("RESOLVED: - to approve £5"); later ones open lines
        starts = [re.compile(re.escape(bullet) + r"[ \t]+").match(text, pos)]
        starts += [m for m in line_bullet.finditer(text, starts[0].end(), end)]
        # bullets must be consecutive lines of one list: stop at a blank line between them
        kept = [starts[0]]
        for m in starts[1:]:
            if "\n\n" in text[kept[-1].end():m.start()]:
                break
            kept.append(m)
        for a, b in zip(kept, kept[1:], strict=False):
            items.append((None, a.end(), b.start()))
        number, item_start = None, kept[-1].end()
    blank = text.find("\n\n", item_start, end)
    items.append((number, item_start, blank if blank >= 0 else end))
    return items


# ---------------------------------------------------------------------------------------------
# Sentences (units)

# A full stop after these does not end a sentence ("Cllr. Smith", "No. 5", "approx. £5k").
ABBREVIATIONS = {h.casefold() for h in HONORIFICS} | {"no", "st", "eg", "ie", "rd", "approx",
                                                      "ref", "vs", "c", "s.o"}
SENTENCE_END = re.compile(r"[.!?][”\"’)]?[ \t\n]+(?=[A-Z“\"(" + BULLETS + r"])")


NUMBER_TAB = re.compile(r"^[ \t]*\(?\d{1,3}(?:[./]\d{1,3}){0,3}[.)]?\t")


RUNS_ON = re.compile(r"\s(?:a|an|the|and|or|of|to|in|on|at|by|for|with|from|as|that|if|is|are|was|"
                     r"were|will|would|had|has|have|be)$")
"""A line ending with a function word: its sentence runs on over the next line, which is no
heading's body (a heading ends with its subject: "To appoint the Responsible Financial Officer for
the forthcoming year", Souldern annual meeting)."""


def unit_boundaries(reading: Reading, minutes: list[Minute]) -> list[int]:
    """Offsets where a sentence, paragraph, list item or minute begins."""
    text = reading.text
    cuts = {0, len(text)}
    for m in re.finditer(r"\n[ \t]*\n", text):
        cuts.add(m.end())
    lengths = sorted(len(text[s:text.find("\n", s) if text.find("\n", s) >= 0 else len(text)])
                     for s in reading.line_starts)
    long_line = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    for i, ls in enumerate(reading.line_starts[1:], start=1):
        prev_start = reading.line_starts[i - 1]
        prev = text[prev_start:ls - 1].rstrip()
        nxt = text[ls:ls + 3]
        # a tab inside a line makes it a heading or a table row; the tab after a paragraph's
        # number ("12.1<tab>It was noted that ...") does not
        if ("\t" in NUMBER_TAB.sub("", prev) or prev.endswith(":") or _marker_at(text, ls) or BULLET.match(text, ls)
                or (len(prev) < 0.6 * long_line and not prev.endswith((",", "-", "–", "&", "and"))
                    and nxt[:1].isupper())
                # "... posted on the website. / 30 Letty Green. Cllrs ...": a line opening with a
                # figure after a full stop begins a sentence of its own
                or (prev.endswith(".") and nxt[:1].isdigit())):
            cuts.add(ls)
    for m in SENTENCE_END.finditer(text):
        word = re.search(r"([\w.]+)[.!?][”\"’)]?$", text[max(0, m.start() - 12):m.start() + 1])
        if word and (word.group(1).casefold() in ABBREVIATIONS
                     or (len(word.group(1)) == 1 and word.group(1).isupper())):
            continue
        cuts.add(m.end())
    for minute in minutes:
        cuts.add(minute.start)
        if minute.ref is not None:
            # the minute number's own line is a heading when the body starts on the next line
            head = text[minute.start:minute.head_end].rstrip()
            nxt = text[minute.head_end + 1:minute.head_end + 2]
            # (a line ending with a word that never ends a heading runs on: "43.6.2 In the light
            # of the above it was agreed to write to Herts Highways asking for parking
            # restrictions in / Birch Green.", Hertingfordbury minutes, July 2009)
            if not head.endswith((".", ",", ";")) and nxt.isupper() and not RUNS_ON.search(head):
                cuts.add(minute.head_end + 1)
    return sorted(cuts)


# ---------------------------------------------------------------------------------------------
# Outcomes

VOTE_NAMES = (r"(?:[ \t]*\n(?:[ \t]*\n)*(?![ \t]*(?:For|Against|Abstain)\b|[^\n]*\b(?:carried|lost)\b"
              r"|[ \t]*\(?\d{1,2}[.)])[^\n]+)+")
"""The lines of names under one side of a recorded vote (blank lines between allowed)."""
RECORDED_VOTE = re.compile(
    r"^[ \t]*For[ \t]*\((?P<for>\d+)\)(?P<for_names>" + VOTE_NAMES + r")\s*\n[ \t]*"
    r"Against[ \t]*\((?P<against>\d+)\)(?P<against_names>" + VOTE_NAMES + r")?"
    r"(?:\s*\n[ \t]*Abstain(?:ed|ing|ions?)?[ \t]*\((?P<abstain>\d+)\)(?P<abstain_names>"
    + VOTE_NAMES + r")?)?", re.M)
"""A recorded vote, names per side: "For (14) / Mr Baldock, Mr Brady, ... / Against (45) / ... /
Abstain (4) / Mrs Bruneau, ..." (Kent County Council minutes)."""

OUTCOMES = {
    # "Carried.", "Amendment lost.", "Substantive Motion carried.", "DEFEATED"
    # the word capitalised and standing as the outcome, never "carried out / forward", "the
    # lost sign", "has lost its grant" (the flag below would otherwise make it any case)
    "carried_or_lost": re.compile(r"\b(?P<word>(?-i:Carried|CARRIED|Defeated|DEFEATED|Lost|LOST))\b"
                                  r"(?![ \t]+(?:out|forward|over|through|on|back|property|its|their)\b)"
                                  r"(?=[ \t]*(?:[.,;:()\n]|$|unanimously|by\b|nem\b|with\b|\d))"
                                  r"|\b(?:motion|amendment|resolution)\s+(?:was\s+)?"
                                  r"(?P<late>carried|lost|defeated|passed|failed)\b",
                                  re.I),
    # US minutes: "Motion carried 5-0", "The motion passed 4-1"
    "tally": re.compile(r"\b(?:carried|passed|failed|lost|approved|adopted)\b[ \t,]*(?:by[ \t]+a[ \t]+vote[ \t]+of"
                        r"[ \t]+)?\(?(?P<for>\d{1,2})[ \t]*[-–][ \t]*(?P<against>\d{1,2})\)?(?![-–/\d])", re.I),
    # "Roll call vote: Ayes: Smith, Jones, Lee, Park. Nays: Brown."
    "roll_call": re.compile(r"\b(?:Ayes|Yeas|Yes)[ \t]*[:\-][ \t]*(?P<ayes>[^.;\n]*)[.;]?[ \t\n]*"
                            r"(?:Nays|Noes|No)[ \t]*[:\-][ \t]*(?P<nays>[^.;\n]*)", re.I),
    # "Agreed unanimously." on its own line after a motion (Kent minutes: "Mr Gough proposed, and
    # Mr Brady seconded that Mr G Cooke be elected to Chair the meeting. ... / Agreed
    # unanimously."): the motion was carried; "Not agreed." it was not
    # (a line of its own: after a sentence's end or a blank line, not a sentence wrapped before
    # its last word, "... were signed and / approved.")
    "agreed_line": re.compile(r"(?:^|(?<=[.!?:]\n)|(?<=\n\n)|(?<=^\n))[ \t]*(?P<not>Not[ \t]+)?(?:Agreed|Approved)\b"
                              r"(?:[ \t]+(?:unanimously|by[ \t]+all(?:[ \t]+present)?|nem\.?[ \t]*con\.?))?"
                              r"[ \t]*\.?[ \t]*(?=\n|$)", re.I),
    # "the Chairman put the amendment set out at paragraph 15 to the vote and it was agreed",
    # "the Chairman put the motion set out in paragraph 1 / and it was agreed unanimously."
    # "The recommendation to reinstate the green at 3 Letty Green was put to members and it was
    # RESOLVED to grub up ..." (Hertingfordbury minutes, July 2013)
    "put_and_agreed": re.compile(r"\bput\b[^.]{0,80}?\band\s+it\s+was\s+(?P<not>not\s+)?(?:agreed|carried|resolved)\b",
                                 re.I),
    # "The Chairman proposed and it was agreed that ... item 12 a ... be brought forward"
    # (Hertingfordbury minutes, June 2014): a motion moved and agreed (where "proposed and it was
    # RESOLVED" is the resolution itself, its annotators give it no outcome: March 2012)
    "proposed_and_agreed": re.compile(r"\b(?:proposed|moved)\s+and\s+it\s+was\s+(?P<not>not\s+)?"
                                      r"(?:(?:unanimously|duly)\s+)?(?:agreed|carried)\b", re.I),
    # "Age UK Norfolk - requesting donation - not agreed", "... - Agreed"
    "dash_agreed": re.compile(r"[-–]\s*(?P<not>not\s+)?agreed\b\.?\s*$", re.I),
    # "Agreed unanimously.", "carried unanimously"
    "unanimous": re.compile(r"\bunanimous(?:ly)?\b", re.I),
    # "Proposed by Cllr Smith, seconded by Cllr Jones, all in favour.": carried, every vote for it
    "all_in_favour": re.compile(r"\b(?:all|everyone)[ \t]+(?:were[ \t]+|was[ \t]+)?in[ \t]+favou?r\b(?![ \t]+of\b)", re.I),
    # "The Board voted, by a majority, that ..."
    "majority": re.compile(r"\bby a majority\b", re.I),
    # "Carried (5 for, 2 against, 1 abstention)"
    "votes_for": re.compile(r"(?P<n>\d+)\s+(?:votes?\s+)?for\b", re.I),
    "votes_against": re.compile(r"(?P<n>\d+)\s+(?:votes?\s+)?against\b", re.I),
    "abstentions": re.compile(r"(?P<n>\d+)\s+abstention|(?P<m>\d+)\s+abstain", re.I),
    "recorded_vote": RECORDED_VOTE,
}
"""The outcome wordings read, each with its one reader in `find_outcome`."""


UNANIMOUS_DECISION = re.compile(r"\bunanimously[ \t]+(?:agreed|approved|supported|resolved|carried|adopted|"
                                r"accepted|elected|endorsed)\b|\b(?:agreed|approved|supported|resolved|carried|"
                                r"adopted|accepted|elected|endorsed)[ \t]+unanimously\b", re.I)
"""A decision verb taken unanimously: carried as well as unanimous."""


def _names(printed: str | None) -> list[str]:
    """ "Mr Baldock, Mr Brady, Ms Constantine" -> each name as printed."""
    if not printed:
        return []
    return [n for n in (_collapse(p) for p in re.split(r",|\band\b", printed)) if n]


def find_outcome(text: str) -> Outcome | None:
    found: list[str] = []
    facts: dict[str, object] = {}
    for m in OUTCOMES["carried_or_lost"].finditer(text):
        word = m.group("word") or m.group("late")
        found.append(m.group(0))
        facts["carried"] = word.casefold() in ("carried", "passed")
    m = OUTCOMES["tally"].search(text)
    if m:
        found.append(m.group(0))
        facts.update(votes_for=int(m.group("for")), votes_against=int(m.group("against")))
    m = OUTCOMES["roll_call"].search(text)
    if m:
        found.append(_collapse(m.group(0)))
        sides = {}
        for side, key in (("ayes", "for"), ("nays", "against")):
            printed = m.group(side).strip()
            if re.fullmatch(r"\d{1,3}", printed):
                sides[key] = (int(printed), [])
            elif re.fullmatch(r"(?i)none|nil|0|-", printed) or not printed:
                sides[key] = (0, [])
            else:
                names = _names(printed)
                sides[key] = (len(names), names)
        facts.update(votes_for=sides["for"][0], votes_against=sides["against"][0],
                     names_for=sides["for"][1], names_against=sides["against"][1])
    for key in ("agreed_line", "put_and_agreed", "proposed_and_agreed"):
        m = OUTCOMES[key].search(text)
        if m and "carried" not in facts:
            found.append(_collapse(m.group(0)).rstrip(". "))
            facts["carried"] = not m.group("not")
    m = OUTCOMES["dash_agreed"].search(text)
    if m:
        found.append(m.group(0).lstrip("-– ").rstrip(". "))
        facts["carried"] = not m.group("not")
    m = OUTCOMES["unanimous"].search(text)
    if m:
        found.append(m.group(0))
        facts["unanimous"] = True
        if UNANIMOUS_DECISION.search(text):
            # "The appointment was unanimously supported.": every vote for it, so it was carried
            facts.setdefault("carried", True)
    m = OUTCOMES["all_in_favour"].search(text)
    if m:
        found.append(m.group(0))
        facts.setdefault("carried", True)
        facts["unanimous"] = True
    m = OUTCOMES["majority"].search(text)
    if m:
        found.append(m.group(0))
        facts.update(carried=True, unanimous=False)
    counted = bool(OUTCOMES["votes_for"].search(text) and OUTCOMES["votes_against"].search(text)
                   or re.search(r"\d+\s+votes?\b", text, re.I))
    for key in ("votes_for", "votes_against", "abstentions"):
        m = OUTCOMES[key].search(text)
        if m and (counted or key == "abstentions"):
            # "5 for, 2 against", "6 votes for": a count of votes; "a grant of 500 for the hall" is none
            found.append(m.group(0))
            facts[key] = int(next(g for g in m.groups() if g))
    # the last recorded vote is the one the record's outcome states
    m = next(reversed(list(OUTCOMES["recorded_vote"].finditer(text))), None)
    if m:
        found.append(f"For ({m.group('for')}), Against ({m.group('against')})"
                     + (f", Abstain ({m.group('abstain')})" if m.group("abstain") else ""))
        facts.update(votes_for=int(m.group("for")), votes_against=int(m.group("against")),
                     abstentions=int(m.group("abstain")) if m.group("abstain") else None,
                     names_for=_names(m.group("for_names")),
                     names_against=_names(m.group("against_names")),
                     names_abstaining=_names(m.group("abstain_names")))
    if not found:
        return None
    return Outcome(text="; ".join(found), **facts)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Decision wording

COLLECTIVE = (r"(?:all|everyone|everybody|members|(?:the\s+)?(?:parish\s+|town\s+|county\s+)?"
              # "The meeting resolved to adopt the policies" (Hertingfordbury, December 2015)
              r"(?:council|councillors|board|committee|pc|meeting)"
              # a parish or town council by its initials: "HPC resolved not to erect the sign"
              r"|(?-i:[A-Z]{1,3}(?:PC|TC)))")
ADVERBIALS = (r"(?:unanimously|by\s+all(?:\s+present)?|following\s+(?:a\s+)?discussion|after\s+(?:much\s+)?discussion|"
              r"by\s+a\s+majority|reluctantly|again|therefore|also)")
LEAD_THAT = re.compile(r"^[\s,]*(?:(?:" + ADVERBIALS + r")[\s,]*)*(?:and\s+)?that\b\s*", re.I)
LEAD_FILLER = re.compile(r"^[\s,]*(?:and\s+)?", re.I)
AGREEING = re.compile(
    # "It was unanimously agreed that Cllr Rochford take the chair." (Hertingfordbury minutes)
    r"\b(?P<who>(?:it\s+(?:was|has\s+been)|" + COLLECTIVE + r")(?:\s+\w+ly)?)\s+"
    # "The Board were all in agreement with this proposal.", "were in full agreement"
    r"(?P<verb>agreed|decided|approved|(?:were|was)\s+(?:all\s+)?in\s+(?:full\s+)?agreement|voted)\b", re.I)
BODY_ADOPTED = re.compile(r"\b(?P<who>(?:the\s+)?(?:parish\s+|town\s+)?(?:council|board|committee|meeting|members)"
                          r"|(?-i:[A-Z]{1,3}(?:PC|TC)))\s+(?P<verb>adopted|ratified|endorsed)\s+(?:the|its|a|an|this|these)\b", re.I)
"""The body adopting a policy or code in its own words (Hertingfordbury minutes, July 2012: "The
council adopted the revised Code of Conduct ..."): the decision is the clause from its subject,
as with `ACTED_AND_AGREED`."""
ACTED_AND_AGREED = re.compile(
    r"\b(?P<who>" + COLLECTIVE + r")\s+(?P<acted>\w+ed)\b(?:(?![.;:])[^\n]|\n(?![ \t]*\n)){0,200}?"
    r"\band\s+(?:then\s+)?(?P<verb>agreed|approved|resolved|decided|adopted|accepted)\b", re.I)
"""The body doing one thing and deciding in the same clause: "the Council reviewed its
arrangement for Internal Control ... and agreed that these were adequate", "The Council received
and approved the accounts ..." (Hertingfordbury minutes): the decision is the clause from its
subject."""
DELIBERATED = ("discussed", "considered", "debated")
"""What the body did before deciding that is no part of the decision: "The council discussed
demarcation of the land in front of the flats at Letty Green and agreed it was not necessary to
put any physical marker in place." (Hertingfordbury minutes, July 2012; its annotator's decision
is "agreed it was not necessary ..."), where "received and approved the accounts" decides twice.
So a deliberation before "resolved" is left out (`CONSIDERED_AND`)."""
PASSIVE = re.compile(
    r"\b(?P<aux>was|were|has\s+been|have\s+been|had\s+been)\s+"
    # the words between are no verb's own ("There were no questions and the accounts were ...")
    r"(?P<mid>(?:(?!(?:was|were|has|have|had)\b)[\w,]+\s+){0,6}?)"
    # "The route for circulation of planning matters was confirmed.", "The work programme was
    # discussed and the following budgets assigned:" (Hertingfordbury minutes)
    # "The appointment was unanimously supported." (Hertingfordbury minutes, September 2015)
    r"(?P<verb>approved|agreed|adopted|accepted|ratified|endorsed|authori[sz]ed|confirmed|assigned|supported"
    # "Item #10 on the Agenda was deferred to the April 4, 2023 Council meeting." (Nipissing)
    r"|deferred|postponed"
    # "The following Directors were voted in by the society membership:"
    r"|voted\s+(?:in|onto)\b)\b", re.I)
AGREED_VIEW = re.compile(r"[\s,]*(?:that\s+)?(?:the|this|these|it|they)\s+(?:[\w’'-]+\s+){0,6}?"
                         r"(?:seem(?:s|ed)?|appear(?:s|ed)?|works|remains?)\b"
                         # "the council agreed it had no comments to make" (a planning application,
                         # Hertingfordbury minutes, November 2011): a view, nothing done
                         r"|[\s,]*(?:that\s+)?(?:it|they|the\s+council|we)\s+(?:had|has|have)\s+no\s+"
                         r"(?:comments?|objections?|observations?)\b", re.I)
"""What a body agreed is a view, not an act, when its verb says how things are ("agreed the
present system in place works well", Milburn minutes 2017; "It was agreed that the request
seemed pre-emptive", Hertingfordbury minutes 2016)."""
DATED_EARLIER = re.compile(r"\s+(?:in|on)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + "|".join(FULL_MONTHS)
                           + r")\b|\s+in\s+\d{4}\b")
"""A passive decision dated to a month or year of its own was taken before this meeting, by
whoever took it: "The HCC Waste Allocations Sites Document was adopted in July 2014 but ..."."""
ROUTINE_SUBJECT = re.compile(r"\bapolog(?:y|ies)\b", re.I)
"""Apologies accepted are routine wherever they stand in the subject ("Apologies were accepted",
"Cllr Smith's apologies were accepted")."""
OTHER_AGENT = re.compile(r"\s+by\s+(?:the\s+)?(?:[A-Z][\w&’'-]*[ \t]+){0,4}[A-Z][\w&’'-]*")
"""A passive decision's agent named right after its verb: the body itself ("approved by the Parish
Council", `COUNCIL_AGENT`) or another ("The recommendation was endorsed by County Council and
later that day the recommendation was agreed by Cabinet", a Kent report; "approved by Full
Council", "by EHDC"): minutes then report that body's decision, they do not take it."""


def _by_another(plain: str, end: int) -> bool:
    """Whether the passive decision verb ending at `end` is followed by an agent that is not the
    body (`OTHER_AGENT`), or by the body and a date of its own (a recital)."""
    agent = OTHER_AGENT.match(plain, end)
    if not agent:
        return False
    lead = len(agent.group(0)) - len(agent.group(0).lstrip())
    return not COUNCIL_AGENT.match(plain, end + lead) or bool(DATED_EARLIER.match(plain, agent.end()))


REPORT_SUBJECT = re.compile(r"\breport\s*$", re.I)
"""A report as what was accepted: receiving a report notes it (Hertingfordbury minutes, May 2013:
"13.1. The planning report was presented and accepted."), where approving one decides."""
ANOTHER_MEETING = re.compile(r"[^.;]{0,40}?\bat\s+(?:the|a|its|their)\s+(?:(?:[A-Z][\w&’'-]*|and)\s+)+"
                             r"(?:meeting|committee)\b|[^.;]{0,40}?\b(?:at|by)\s+(?:the|a|its)\s+(?:previous|last|"
                             r"earlier|recent)\s+meeting\b")
"""Where a passive decision was taken at another meeting, which this paper reports: "The Finance
Regulations were reviewed and agreed at the Finance and Audit meeting in February." (Suffolk
Libraries board minutes, 2016)."""
EARLIER = re.compile(r"\b(?:previously|already|earlier|originally|formerly)\b", re.I)
"""A decision said to have been taken before ("It was previously agreed that ...", "the budget
was already approved") is recited, not taken at this meeting; so is one in the pluperfect ("the
grant had been approved by the Council"): minutes recite past decisions in their background."""


def _recited(plain: str, end: int) -> bool:
    """Whether the decision verb ending at `end` is dated, right after it, to another meeting or
    an earlier date ("agreed at the previous meeting that", "resolved at its meeting in March",
    "agreed in July 2014"): a recital of a past decision, whichever reader found the verb. What
    follows the verb's object is the decision's own ("It was agreed to reconsider the application
    at the May meeting", Hertingfordbury minutes, 2012)."""
    return bool(re.match(r"\s+(?:at|by)\s", plain[end:]) and ANOTHER_MEETING.match(plain, end)
                or re.match(r"\s+at\s+(?:its|their|the)\s+meeting\s+(?:in|on|of)\b", plain[end:])
                or DATED_EARLIER.match(plain, end))


NOUN_QUESTION = re.compile(r"\b(?:on|of|about|as\s+to)\s+(?:whether|how)\b", re.I)
"""A question a noun names, no clause of its own: "A decision on whether to replant or leave open
was deferred until the autumn." (Hertingfordbury minutes, July 2013) is the subject of the
deferral, where "It was reported whether ..." subordinates it."""
REPORTING_PARTICIPLES = ("confirmed",)
"""Passive verbs that decide with a subject of their own ("The route ... was confirmed.") but
report with "It ... that" ("It was confirmed that ...")."""
REPORTED_SUBJECT_WORDS = 10
"""A decision's subject is a noun phrase ("The route for circulation of planning matters", 7
words); a longer run before "was confirmed" is a clause of a report."""
CLAUSE_AND = re.compile(r"\band\s+(?=the\b)", re.I)
"""Where a passive decision's own clause starts after another clause: "There were no questions
and the accounts were accepted and approved." (the clause before "and" has a verb of its own,
`FINITE`; "The minutes and the accounts were approved" is one subject). A pronoun refers back
to the clause before, which stays: "There were no comments on the minutes and these were
agreed and signed.\""""
FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have)\b", re.I)
BODY_PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:[\w,]+\s+){0,3}?(?:amended|signed|appointed|elected|co-opted)\b", re.I)
COUNCIL_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?:all\s+)?" + COLLECTIVE + r"\b", re.I)
MOTION_WORDING = re.compile(r"\b(?:proposed|nominated|moved)\b.*\bseconded\b", re.I | re.S)
PROPOSER_AFTER_CLAUSE = re.compile(
    r"\S\s+and\s+(?P<who>(?:Cllr\s+|Councillor\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
    r"(?:proposed|nominated|moved)\b")
PROPOSED_THAT = re.compile(r"^(?!it\s+(?:is|was|has\s+been)\b)(?:cllr\s+|councillor\s+)?[\w-]+(?:\s+[\w-]+)?"
                           r"\s+proposed\s+that\b", re.I)
"""A member's motion: "NO proposed that the PC writes ..."; "It is proposed that ..." is a
paper's proposal, which the meeting then agrees or not."""
PROPOSED_PROCEDURE = re.compile(r"(?:\s+[\w’'-]+){1,12}?\s+(?:would|will)\s+be\s+(?:discussed|taken|"
                                r"considered|heard|dealt\s+with)\b", re.I)
"""A chair proposing how the meeting will run ("The chairman proposed that an additional item of
urgent business would be discussed under Part 2 arrangements", Hertingfordbury minutes, November
2011), not a motion the meeting decides: its verb says what the meeting will take, in the
future of reported speech."""
DASH_OUTCOME = re.compile(r"[-–]\s*(?:not\s+)?agreed\b\.?\s*$", re.I)
REFERS_BACK = re.compile(r"^(?:this|that|it)\s+(?:was|were)\b", re.I)
SUBORDINATE = re.compile(r"\b(?:that|why|whether|if|how|because|when|explained)\b", re.I)
NOTHING_AGREED = re.compile(r"^\s*(?:with\s+(?:this|these|the|that)\b[^,;]*)?[.;]?\s*$", re.I)
LABEL = re.compile(r"^(?P<label>[^-–.:\n]{1,60}?)(?:\s+[-–]\s+|:\s*)(?=[A-Z])")
REPORTED = re.compile(r"\b(?:pointed\s+out|advised|explained|said|stated|reported|noted)\s+that\b",
                      re.I)
REPORTING_LEAD = re.compile(r"\b(?:reported|updated|advised|informed|explained|summari[sz]ed|outlined|"
                            r"fed\s+back|gave\s+(?:an?\s+)?(?:update|report|summary))\b[^.;]*:\s*$", re.I)
"""A sentence reporting over a list ("The Chair of the Business Development and Marketing
Committee updated the Board on discussions at the committee meeting in November: / o ... / o
Branding guidelines – these were reviewed and agreed.", Suffolk Libraries board minutes, November
2015): the list recounts what was done elsewhere; a decision in it is recited, not taken."""
BARE_OUTCOME = re.compile(r"^\s*(?:Agreed|Approved|Carried)(?:\s+(?:unanimously|by\s+all))?\.?\s*$", re.I)
""""76. MINUTES OF MEETING 12TH OCTOBER 2011 / Agreed.": the minute's heading says what."""
ELIDED_AGREED = re.compile(r"\s*(?:[^;:.\n]{1,60}[;:][ \t]*)?(?P<verb>(?-i:Agreed|AGREED))\b[ \t]*[:,-]?\s*(?=(?:that|to)\b)",
                           re.I)
"""A decision of minutes with its subject left out, the sentence opening with "Agreed that" or
"Agreed to" (Hertingfordbury minutes, June 2011: "... would not be policed. Agreed that Cllrs O
Leary and Brennan should start discussions ...", "25.7 Car parking in Birch Green; Agreed to hold
over to the next meeting any discussion ..."), after a short subject label ending with a
semicolon or colon. Capital "Agreed" only: it opens the sentence, no clause runs into it."""
MINUTES_NOTE = re.compile(r"^\s*(?:The[ \t]+)?[Mm]inutes\b[^.;:\n]{0,60}?[ \t]+(?:confirmed|approved|agreed|accepted|"
                          r"signed)(?:[ \t]+as[ \t]+(?:a[ \t]+)?(?:true|correct|accurate)[ \t]+record)?"
                          r"(?:\s+and\s+(?:were\s+)?signed(?:\s+by\s+the\s+chair(?:man)?)?)?\.?\s*$")
"""Minutes approved in note form, with no verb of being: "6. MINUTES / Minutes for 8th July
confirmed." (Hertingfordbury minutes, September 2015), "The minutes agreed and were signed by the
chairman." (July 2013)."""
RECORD_NOTE = re.compile(r"^\s*(?:Accepted|Agreed|Approved|Confirmed)\s+as\s+an?\s+(?:true|correct|accurate)\s+"
                         r"record\b")
"""The same with the minutes left out, under their heading: "137. MINUTES OF MEETING 8th FEBRUARY
2012 / Accepted as a true record and signed by the chairman." (Hertingfordbury minutes, March
2012). Not "Signed as a correct record", a signature line's words."""
OUTCOME_ONLY = re.compile(r"^(?:(?:" + ADVERBIALS + r")[\s,.]*)+$", re.I)
"""What was agreed is only how: "unanimously." """
PUT_TO_THE_VOTE = re.compile(r"\bput\b.{0,80}\bto\s+the\s+vote\b", re.I | re.S)
""""the Chairman put the amendment set out at paragraph 15 to the vote and it was agreed": the
outcome of a motion or amendment, recorded with it, not a decision of its own."""
NARRATIVE_RESOLVED = re.compile(r"\bresolve[ds]\b", re.I)
"""The body resolving, in the past or, in the statutory form, the present ("The Committee resolves
in accordance with its powers under sections 137 of the LGA 1972, to incur the expenditure set
out above": Sutton Coldfield amenities minutes, 13 March 2018)."""
STATUTORY_POWERS = re.compile(r"\s*,?\s*in\s+accordance\s+with\b", re.I)
RESOLVED_BY = re.compile(r"\s+by\s+(?:the\s+)?" + COLLECTIVE + r"(?=\s+(?:for|to|that|not)\b)", re.I)
"""The body named after "resolved": "resolved by HPC for the clerk to join ..."."""
RESOLVED_FOR = re.compile(r"\s*for\s+(?:[\w’'-]+\s+){1,6}?to\s+\w", re.I)
"""What was resolved, with its doer between "for" and "to": "resolved for the work to go ahead"."""
CONSIDERED_AND = re.compile(r"\b(?:was|were)\s+(?:\w+\s+){0,2}?(?:discussed|considered|debated|reviewed)"
                            r"\s+and\s*$", re.I)
FORMAL_LEADS = {
    # "RESOLVED: That ...", "RESOLVED that ...", "Resolved - That the Committee: 1. ..."
    "resolved": r"\bRESOLVED\b[ \t]*[:–—-]?|\bResolved[ \t]*[:–—-]",
    # "Committee resolved to:" then "i) Approve ... ii) Note ..." (Sutton Coldfield minutes): the
    # body's narrative resolution introducing a list reads as a formal one, from its line start
    "narrative_list": r"(?:^|(?<=\n))[^\n:]{0,40}?\bresolved\s+(?:to|that)[ \t]*:(?=[ \t]*\n)",
}
FORMAL_RESOLVED = re.compile("|".join(f"(?:{p})" for p in FORMAL_LEADS.values()))
RECOMMENDATION_LEADS = {
    # "Recommendation(s):", "The recommendations are:", then the list
    "heading": r"\brecommendations?\b[^.\n:]{0,40}:",
    # Kent reports: "Cabinet is asked to:", "County Council is asked to:", "The Committee is
    # recommended to:", then lettered or numbered NOTE / AGREE / APPROVE items
    # "The paper recommended the following: o To propose to SCC ..." (Suffolk Libraries minutes)
    "the_following": r"\brecommend(?:s|ed)?\s+the\s+following\s*:",
    "asked_to": r"\b(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\b[^.\n:]{0,60}:",
}
RECOMMENDATIONS = re.compile(
    # "Council is recommended to approve: -" then "a) That ...": a dash after the colon
    r"(?:" + "|".join(RECOMMENDATION_LEADS.values()) + r")(?:[ \t]*[-–](?=[ \t]*\n))?[ \t]*"
    r"(?=\n|\s*\(?(?:1|a|A)[.)]|\s*[" + BULLETS + r"])", re.I)
VERB_PARAGRAPH = re.compile(r"(?:To[ \t]+)?(?-i:[A-Z]{3,})\b(?![’'])")
"""An unmarked item of a recommendation list: a paragraph opening with its verb in capitals
("APPROVE the proposal to not re-commission ...", "DELEGATE authority to ...", "To NOTE ..."),
where the paper's bullets did not survive into its text (Kent decision reports)."""
WRAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
"""The space after a one-sentence recommendation's "is asked to", or its line's end: "Pursuant to
section 25 of the Local Government Act, County Council is asked to / CONSIDER and NOTE this
report ..." (Kent's section 25 statement, its lead-in wrapped at the line's end)."""
RECOMMENDATION_SENTENCES = {
    # "Recommendation: County Council is asked to note the report." (a Kent report's summary box)
    # "Recommendation(s): / Cabinet is asked to NOTE the Quarterly Performance Report ..."
    "labelled": r"(?:^|(?<=\n))[ \t]*Recommendations?(?:\(s\))?[ \t]*:[ \t]*\n?(?:[ \t]*\n)?[ \t]*"
                r"(?:The[ \t]+)?[A-Z][^\n:.]{0,80}?\b(?:is|are)[ \t]+(?:asked|recommended|requested|invited)"
                r"[ \t]+to" + WRAP + r"(?=[a-z]|(?-i:[A-Z]{3,})\b)",
    # "12. Recommendation / County Council is asked to endorse this report." (a section of one
    # sentence under its heading)
    "under_heading": r"(?:^|(?<=\n))[ \t]*(?:(?P<section>\d{1,2})\.[ \t]+)?Recommendations?[ \t]*\n"
                     r"(?:[ \t]*\n)?[ \t]*"
                     r"(?:The[ \t]+)?[A-Z][^\n:.]{0,80}?\b(?:is|are)[ \t]+(?:asked|recommended|"
                     r"requested|invited)[ \t]+to" + WRAP + r"(?=[a-z]|(?-i:[A-Z]{3,})\b)",
    # "Council is recommended to approve events to be delivered by the Town Council ... ." (a
    # report's boxed summary: a paragraph of one sentence)
    "paragraph": r"(?:^|(?<=\n\n))[ \t]*(?:The[ \t]+)?[A-Z][^\n:.]{0,60}?\b(?:is|are)[ \t]+(?:asked|"
                 r"recommended|requested|invited)[ \t]+to" + WRAP + r"(?=[a-z]|(?-i:[A-Z]{3,})\b)",
}
RESTATES = re.compile(r"\bthe\s+recommendations?\s+(?:set\s+out|in\s+(?:section|paragraph)|at|above|"
                      r"contained)\b", re.I)
"""A closing sentence that only points back at the recommendations ("Council is recommended to
approve the recommendations set out in section 2 of this report."): no recommendation of its own."""
RECOMMENDATION_SENTENCE = re.compile("|".join(f"(?:{p})" for p in RECOMMENDATION_SENTENCES.values()))
"""A recommendation of one sentence, not a list: the item is what the body is asked to do, to the
sentence's end ("note the report.")."""
THAT_FORMULA = re.compile(r"^\s*(?:and\s+)?that\b[\s,]*", re.I)
QUOTE_OPENS = re.compile(r"[“\"]")
QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"", re.S)
STOPWORDS = set("""a an the and or of to for in on at by with from as is be are was were this that
these those it its he she they them his her their we our you clerk council councillors parish
meeting agreed approved resolved decided discussion possible soon next time date item
will would should could can may after before all any also than then there here into about""".split())
MANDATIVE = re.compile(
    r"^(?:(?!will\b|would\b|should\b|shall\b|could\b|can\b|to\b)[\w’'-]+,?\s+){1,6}(?:be|may)\b",
    re.I)
MINUTES_TITLE = re.compile(r"\bminutes\b", re.I)
NOT_MINUTES = ("report", "agenda")
"""Document kinds (metadata's) that never record a decision of their own."""


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _content_stems(text: str) -> set[str]:
    words = re.findall(r"[A-Za-z]{4,}", text)
    return {w.casefold()[:5] for w in words if w.casefold() not in STOPWORDS}


@dataclass
class Found:
    """A record in reading offsets, before provenance is attached."""

    kind: str
    ref: str | None
    start: int
    end: int
    items: list[tuple[str | None, str]]
    body: str | None = None
    outcome_text: str = ""
    formal: bool = False
    moved_by: str | None = None
    seconded_by: str | None = None
    about: str | None = None


ROW_SUBJECT_WORDS = 8
"""A row's subject cell is a name ("Register Insurance and Audit Purposes", 5 words, Milburn
minutes); a longer run before the tab is a sentence of its own."""
DECIDING = re.compile(r"\b(?:resolved|agreed|approved|decided|rejected|deferred|refused|noted)\b", re.I)


def row_subject(unit: str, at: int) -> str | None:
    """The subject of a decision printed as a row of two columns, its first cell what the body
    decided on and the decision in the second after a tab ("Financial Regulations<tab>Councillors
    resolved to sign", Milburn minutes, March 2018, five policies in a row; "Clerks Wages
    £838<tab>Councillors resolved to pay"): the item alone ("to sign") does not say what was
    signed, as a grant table's "Approved." does not (`table_decisions`). None where the decision
    at `at` is not in a second cell, or the first is a paragraph number or a sentence."""
    line = unit[unit.rfind("\n", 0, at) + 1:at]
    tab = line.find("\t")
    if tab < 0 or NUMBER_TAB.match(line):
        return None
    cell = _collapse(line[:tab])
    if (not cell or len(cell.split()) > ROW_SUBJECT_WORDS or DECIDING.search(cell)
            or SENTENCE_END.search(cell + " X") or _marker_at(line, 0)):
        return None
    return cell


def _item_text(text: str) -> str:
    return _collapse(text).strip(" ;,")


def _strip_formula(text: str) -> str:
    return THAT_FORMULA.sub("", text, count=1)


# ---------------------------------------------------------------------------------------------
# Block readers: motions, formal resolutions, recommendation lists


def read_motions(text: str) -> list[Found]:
    found = []
    starts = list(MOTION.finditer(text))
    for i, m in enumerate(starts):
        limit = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        close = re.search(r"\b(?:Carried|CARRIED|Defeated|DEFEATED|Lost|LOST)\b\.?", text[m.end():limit])
        end = m.end() + close.end() if close else limit
        body = text[m.end():end - (len(close.group(0)) if close else 0)]
        clauses = list(MOTION_CLAUSE.finditer(body))
        items: list[tuple[str | None, str]] = []
        for c in clauses:
            clause = c.group(0)
            colon = re.search(r":[ \t]*\n", clause)
            listed = parse_list(body, c.start() + colon.end(), c.end()) if colon else []
            if listed:
                items.extend((num, _item_text(body[s:e])) for num, s, e in listed)
            else:
                items.append((None, _item_text(_strip_formula(clause))))
        operative = OPERATIVE.search(body) if not items else None
        if operative and WHEREAS.match(body):
            # "WHEREAS the Bear Creek Landfill has reached ...; NOW THEREFORE we authorize ...":
            # one item, the resolution as printed from its recitals (the dev7 annotators write
            # it so; the operative words are its end)
            items.append((None, _item_text(body)))
        if items:
            found.append(Found("resolved", m.group(1), m.start(), end, items,
                               outcome_text=text[m.end():end]))
    return found


PERSON = r"(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*"
"""A member as minutes name them: "HD", "Mr Gough", "Cllr Mrs Haysey", "Commissioner Smith"."""
MOVER = r"(?P<mover>" + PERSON + r")"
SECONDER = r"(?P<seconder>" + PERSON + r")"
PROPOSAL_FORMS = {
    # "HD nominated and NS seconded that Nick Oakhill be elected Chair" (Souldern), "Mr Gough
    # proposed, and Mr Brady seconded that Mr G Cooke be elected to Chair the meeting" (Kent)
    "x_proposed_y_seconded": MOVER + r"[ \t]+(?:proposed|nominated|moved),?[ \t]+and[ \t]+" + SECONDER
                             + r",?[ \t]+seconded\b(?![\s,]+the\s+following\s+amendment)",
    # "The following accounts were approved for payment proposed JH seconded HD:" (Souldern)
    # "Proposed by: Cllr Taylor Seconded by: Cllr Gradwell" (a colon after each)
    "proposed_x_seconded_y": r"\b[Pp]roposed(?:[ \t]+by)?[ \t]*:?[ \t]+" + MOVER + r",?[ \t]+(?:and[ \t]+)?[Ss]econded(?:[ \t]+by)?[ \t]*:?[ \t]+"
                             + SECONDER + r"\b",
}
PROPOSALS = [re.compile(p) for p in PROPOSAL_FORMS.values()]
PROPOSER_LINE = re.compile(
    r"^\s*(?:[Pp]roposed|[Mm]oved|[Nn]ominated)(?:[ \t]+by)?[ \t]*:?[ \t]*" + PERSON + r"[\s,;.]*(?:and\s+)?"
    r"[Ss]econded(?:[ \t]+by)?[ \t]*:?[ \t]*" + PERSON + r"[\s,;.]*"
    r"(?:(?:(?:all|everyone)\s+(?:were\s+)?in\s+favou?r|carried|agreed|approved|unanimously|"
    r"unanimous|nem\.?\s*con\.?)[\s,;.]*)*$")
"""A line that only says who proposed and seconded ("Proposed by Cllr Smith, seconded by Cllr
Jones, all in favour.", "Proposed by: Cllr Taylor Seconded by: Cllr Gradwell"): the attributes
and outcome of the decision recorded before it, never an item or a decision of its own (the
annotation convention: proposer lines are not items)."""
"""Who moved and who seconded a parish or council motion (`PROPOSAL_FORMS`), read by
`proposed_by`: attributes of the decision, which keeps its sentence."""


def proposed_by(text: str) -> tuple[str, str] | None:
    """(mover, seconder) of the first motion the text records (an amendment's are its own)."""
    hits = [m for p in PROPOSALS for m in p.finditer(text)]
    if not hits:
        return None
    m = min(hits, key=lambda h: h.start())
    return _collapse(m.group("mover")), _collapse(m.group("seconder"))


MOVED_FORMS = {
    # "Motion by Commissioner Smith, seconded by Commissioner Jones, to approve the minutes ..."
    # "A motion was made by X and seconded by Y to approve ...", "Moved by X, seconded by Y, that ..."
    "moved_by": r"(?:(?:A[ \t]+)?[Mm]otion(?:[ \t]+was)?(?:[ \t]+made)?[ \t]+by|(?:It[ \t]+was[ \t]+)?[Mm]oved[ \t]+by|"
                r"On[ \t]+(?:a[ \t]+)?motion[ \t]+(?:made[ \t]+)?by)[ \t]+" + MOVER + r",?\s+(?:and[ \t]+)?"
                r"(?:was[ \t]+)?seconded[ \t]+by[ \t]+" + SECONDER + r",?\s+",
    # "Commissioner Smith moved, seconded by Commissioner Jones, to approve ..."
    "x_moved": r"(?:^|(?<=[.\n]))[ \t]*" + MOVER + r"[ \t]+moved,?[ \t]+(?:and[ \t]+)?(?:was[ \t]+)?seconded[ \t]+by[ \t]+"
               + SECONDER + r",?\s+",
}
MOVED = re.compile("|".join(f"(?:{p})" for p in MOVED_FORMS.values()).replace("(?P<mover>", "(?:").replace(
    "(?P<seconder>", "(?:"))
MOVED_PARTS = [re.compile(p) for p in MOVED_FORMS.values()]
"""The US motion form (`MOVED_FORMS`), each read by `read_moved`: the mover and seconder are the
motion's attributes, the item what it moved ("to approve the minutes ..."), the outcome the
sentences after it ("Motion carried 5-0.", "Roll call vote: Ayes: ... Nays: ...")."""
MOVED_WHAT = re.compile(r"(?:to|that)\b", re.I)
MOVED_OUTCOME = re.compile(r"[^\n.]*\b(?:motion|carried|passed|failed|ayes|yeas|nays|roll[ \t]+call|"
                           r"unanimous(?:ly)?|all[ \t]+in[ \t]+favou?r)\b[^\n]*", re.I)
"""A sentence after a motion that says how it went."""


def read_moved(text: str, start: int, end: int) -> list[Found]:
    """The US "Motion by X, seconded by Y, to ..." motions between `start` and `end`: kind
    decision, the item what was moved (from its "to"/"that"), to the sentence's end."""
    found = []
    for m in MOVED.finditer(text, start, end):
        what = MOVED_WHAT.match(text, m.end())
        if not what:
            continue
        stop = _sentence_end(text, m.end(), end)
        item = _item_text(_strip_formula(text[m.end():stop]))
        # the outcome: the sentences after it, to the paragraph's end or the next motion
        nxt = MOVED.search(text, stop, end)
        blank = text.find("\n\n", stop, end)
        limit = min(x for x in (nxt.start() if nxt else end, blank if blank >= 0 else end, end))
        after = text[stop:limit]
        told = MOVED_OUTCOME.match(after.lstrip()) or MOVED_OUTCOME.search(after)
        close = stop + (after.find(told.group(0)) + len(told.group(0)) if told else 0)
        parts = next(p.match(text, m.start()) for p in MOVED_PARTS if p.match(text, m.start()))
        f = Found("decision", None, m.start(), max(stop, close), [(None, item)],
                  outcome_text=text[m.start():max(stop, close)])
        f.moved_by, f.seconded_by = parts.group("mover"), parts.group("seconder")
        found.append(f)
    return found


def _resolution_limit(text: str, start: int, minute: Minute, stops: list[int]) -> int:
    later = [s for s in stops if s > start]
    return min([minute.end, *later]) if later else minute.end


VOTE_TO_RESOLUTION = re.compile(r"\s*(?:[^\n]*\b(?:carried|lost|agreed)\b[^\n]*)?\s*(?:\(?\d{1,2}[.)])?\s*",
                                re.I)
"""What may stand between a recorded vote and the resolution it carried: "Substantive Motion
carried." and the resolution's paragraph number ("26)")."""


OUTCOME_LINE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:(?:The[ \t]+)?(?:Substantive[ \t]+)?(?:Motion|Recommendations?)"
                          r"[ \t]+(?:was[ \t]+)?)?(?:carried|lost|defeated|agreed|approved)"
                          r"(?:[ \t]+(?:unanimously|by[ \t]+a[ \t]+majority))?[ \t]*\.?[ \t]*\n"
                          r"\s*(?:\(?\d{1,2}[.)])?[ \t]*$", re.I)
"""A line saying how the motion went, printed just before the RESOLVED it gave ("4) Following
the debate, the Chairman put the motion set out in paragraph 2 to the vote. / Motion carried. /
/ 5) RESOLVED that ...", Kent minutes); an amendment's outcome is the amendment's, not this."""


def _vote_before(text: str, start: int, at: int) -> str:
    """The recorded vote printed just before a RESOLVED (Kent: the vote on the substantive
    motion, then "RESOLVED that the County Council: ..."), else a line saying the motion was
    carried (`OUTCOME_LINE`), or ""."""
    votes = list(RECORDED_VOTE.finditer(text, start, at))
    if votes and VOTE_TO_RESOLUTION.fullmatch(text, votes[-1].end(), at):
        return text[votes[-1].start():at]
    line = OUTCOME_LINE.search(text, max(start, at - 120), at)
    return text[line.start():at] if line else ""


PARAGRAPH_NUMBER = re.compile(r"\(?\d{1,2}\)[ \t]+(?=[A-Z])")
"""A minute's paragraph number opening a decision sentence: "10) Mr Sweetland proposed"."""
PARAGRAPH_STOP = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)]\s|[^\n]*\(Item[ \t]+\d)")
"""A paragraph that is no part of the resolution above it: the minute's next numbered paragraph
("26) Finally, the Leader ...") or the next minute's heading."""
CONNECTIVE = re.compile(r"^\s*(?:and|or)\s*[;:,]?\s*$", re.I)


NARRATIVE_PARAGRAPH = re.compile(r"(?:[\w’'-]+\s+){0,6}?(?:was|were|had|did|made|signed|reported|discussed|"
                                 r"explained|thanked)\b", re.I)
"""A paragraph telling what happened (a past tense among its first words), not a clause of the
resolution above it (Hertingfordbury minutes of 11 May 2011)."""


def _paragraph_items(text: str, start: int, limit: int) -> list[tuple[str | None, int, int]]:
    """The items of a resolution whose lead-in ("RESOLVED that:") is followed by paragraphs, not
    by a numbered list (Kent County Council minutes): each paragraph is an item, a paragraph
    ending with a colon gives the items of the list under it ("This Council believes that: a)
    ... b) ..."), and a lone "And;" joins two parts. Empty when the text after the lead-in is
    no paragraph of the resolution."""
    items: list[tuple[str | None, int, int]] = []
    pos = start
    while pos < limit:
        while pos < limit and text[pos] in " \t\n":
            pos += 1
        if pos >= limit or PARAGRAPH_STOP.match(text, pos) or not text[pos].isupper():
            break
        blank = text.find("\n\n", pos, limit)
        end = blank if blank >= 0 else limit
        paragraph = text[pos:end]
        if CONNECTIVE.match(paragraph):
            pos = end
            continue
        if len(TABLE_ROW.findall(paragraph)) >= 2:
            break  # "It was RESOLVED to take action on the following risks: / Item Page<tab>
            # Description<tab>Issue / 1<tab>3<tab>Damaged limbs ...": a table, the resolution's schedule
        if items and NARRATIVE_PARAGRAPH.match(paragraph):
            break  # "It was RESOLVED that: / Cllr Paul Rochford be elected ... / / Cllr Rochford
            # made and signed his Declaration ...": the minute goes on, the resolution has ended
        if paragraph.rstrip().endswith(":"):
            listed = parse_list(text, end, limit)
            if listed:
                items.extend(listed)
                pos = listed[-1][2]
                continue
        items.append((None, pos, end))
        pos = end
    return items


TABLE_ROW = re.compile(r"^[^\n]*\t[^\n]*$", re.M)
"""A line of a table printed under a lead-in: cells apart by tabs."""
WRAPPED_LEAD = re.compile(r"[ \t]*((?:[^\n:]|\n(?![ \t]*\n)){1,240}?:)[ \t]*(?=\n)")
"""A lead-in wrapped over lines before the list it introduces: "Council RESOLVED to accept
following / Employment committee recommendations, That: / i. Mrs ... be appointed as Clerk ..."
(Hertingfordbury minutes, November 2014)."""
PARAGRAPH_REF = re.compile(r"[ \t]*\(?(\d{1,2})[.)][ \t]*")
"""A paragraph number before a RESOLVED on its line: "2.<tab>RESOLVED that ..."."""


def _child_paragraphs(text: str, start: int, ref: str) -> list[tuple[str | None, int, int]]:
    """(number, start, end) of the paragraphs numbered under minute `ref` from `start` on
    ("35.3.1", "35.3.2" under "35.3"), each to the end of its paragraph or the next number."""
    child = re.compile(r"[ \t]*" + re.escape(ref) + r"\.(\d{1,2})\.?[ \t]+")
    items: list[tuple[str | None, int, int]] = []
    pos = start
    while True:
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        m = child.match(text, pos)
        if not m:
            return items
        stop = re.search(r"\n[ \t]*(?:\n|\d)", text[m.end():])
        end = m.end() + stop.start() if stop else len(text)
        items.append((m.group(1), m.end(), end))
        pos = end


NEXT_MARKED_LINE = re.compile(r"\n[ \t]*\(?(?:\d{1,2}|[a-z]|[A-Z])[.)][ \t]+(?=[A-Z])")
"""A line opening with a list marker before a capital ("b. Crossing at 30/32 Letty Green."): the
next paragraph of a list, where a one-item resolution above it ends (Hertingfordbury minutes, May
2013: the working party's lettered items, one of them RESOLVED)."""


RUN_INTO = re.compile(r"[^.;:\n]*(?:\n(?![ \t]*\n)[^.;:\n]*)?\band\s+(?:duly\s+)?it\s+was\s*$|"
                      r"[^.;:\n]*(?:\n(?![ \t]*\n)[^.;:\n]*)?\band\s+duly\s*$")
"""The clause running straight into a RESOLVED ("The recommendation ... was put to members and it
was / RESOLVED to ...", "It was recommended to council and duly RESOLVED"): how it was carried."""


def _lead_into(text: str, start: int, at: int) -> str:
    """The words before a RESOLVED of the sentence that runs into it (`RUN_INTO`), or ""."""
    m = RUN_INTO.search(text, max(start, at - 240), at)
    return text[m.start():at] if m else ""


def read_formal(text: str, minute: Minute, stops: list[int]) -> list[Found]:
    found = []
    for m in FORMAL_RESOLVED.finditer(text, minute.start, minute.end):
        limit = _resolution_limit(text, m.start(), minute, stops)
        after = m.end()
        listed = parse_list(text, after, limit)
        body = None
        if not listed:
            lead = re.match(r"[ \t]*([^\n]*?:)[ \t]*(?=\n|\s*\(?[0-9A-Za-z]{1,2}[.)]\s)", text[after:limit])
            if lead:
                listed = parse_list(text, after + lead.end(), limit)
                if listed:
                    body = _collapse(lead.group(1))
            else:
                wrapped = WRAPPED_LEAD.match(text, after, minute.end)
                # (a recommendation's lead read inside this one's is not where it ends)
                below = _resolution_limit(text, wrapped.end(), minute, stops) if wrapped else limit
                listed = parse_list(text, wrapped.end(), below) if wrapped else []
                if listed:
                    body = _collapse(wrapped.group(1))
        paragraphs = [] if listed or not lead else _paragraph_items(text, after + lead.end(), limit)
        if not listed and lead and not paragraphs and minute.ref and not text[after + lead.end():limit].strip():
            # "35.3 It was RESOLVED that: / 35.3.1<tab>the clerk’s hours remain ... / 35.3.2 ...":
            # the lead's items are the paragraphs numbered under its own minute
            paragraphs = _child_paragraphs(text, limit, minute.ref)
        if listed:
            items = [(num, _item_text(text[s:e])) for num, s, e in listed]
            end = listed[-1][2]
        elif paragraphs:
            body = _collapse(lead.group(1))
            items = [(num, _item_text(text[s:e])) for num, s, e in paragraphs]
            end = paragraphs[-1][2]
        else:
            blank = text.find("\n\n", after, limit)
            end = blank if blank >= 0 else limit
            # a RESOLVED inside a lettered paragraph ends before the next ("a. Amendment to
            # easement ... duly RESOLVED to amend the plan ... / b. Crossing at 30/32 Letty Green.")
            marked = NEXT_MARKED_LINE.search(text, after, end)
            end = marked.start() if marked else end
            items = [(None, _item_text(text[after:end]))]
        ref = minute.ref
        if ref is None:
            # "Election of Chair / 1.<tab>Mr Gough proposed ... / 2.<tab>RESOLVED that Mr Cooke be
            # elected": before the numbered minutes, the paragraph's own number
            own = PARAGRAPH_REF.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
            ref = own.group(1) if own else None
        if any(t for _, t in items):
            found.append(Found("resolved", ref, m.start(), end, items, body,
                               outcome_text=_vote_before(text, minute.start, m.start())
                               + _lead_into(text, minute.start, m.start()) + text[m.start():end],
                               formal=True))
    return found


def _quoted(text: str, pos: int) -> bool:
    """Whether `pos` stands inside a quotation: on a line opened by a quotation mark, or within
    a “...” quotation over several paragraphs (a motion's wording: "Mr Richardson proposed ...
    the motion that / “Members are asked to note ... / Members are requested to continue ...”",
    Kent minutes of 13 March 2025)."""
    if QUOTE_OPENS.search(text, text.rfind("\n", 0, pos) + 1, pos):
        return True
    opened = text.rfind("“", 0, pos)
    return opened >= 0 and text.rfind("”", opened, pos) < 0 and text.find("”", pos) >= 0


REPORT_FIELD = re.compile(r"\n[ \t]*\d{1,2}\.[ \t]+(?:[A-Z][\w’'&-]*[ \t]+){0,3}[A-Z][\w’'&-]*[ \t]*:[ \t]*(?=\n)")
"""A report's numbered field heading after its recommendations, alone on its line and ending with
a colon: "(4) Note that acceptance ... subject to / ministerial decision / 6. Relevant Director: /
Amanda Beer, Chief Executive Officer / 7. Report Authors:" (Kent's English Devolution White Paper
report, January 2025). Numbered in another style than the list's items (a number of the list's
own style is its next item), it ends the last item, not a line of it."""


def _before_field(text: str, start: int, end: int) -> int:
    field = REPORT_FIELD.search(text, start, end)
    return field.start() if field else end


def read_recommendations(text: str, minute: Minute, stops: list[int]) -> list[Found]:
    found = []
    for m in RECOMMENDATIONS.finditer(text, minute.start, minute.end):
        if _quoted(text, m.start()):
            continue  # "“County Council is asked to: ...”": a motion's quoted wording
        limit = _resolution_limit(text, m.start(), minute, stops)
        listed = parse_list(text, m.end(), limit) or _verb_paragraphs(text, m.end(), limit)
        listed = [(num, s, _before_field(text, s, e)) for num, s, e in listed]
        if not listed:
            continue
        items = [(num, _item_text(_strip_formula(text[s:e]))) for num, s, e in listed]
        # the lead-in is the sentence ending with the colon
        start = text.rfind("\n", 0, m.start()) + 1
        ends = list(re.finditer(r"[.!?]\s+", text[start:m.start()]))
        start += ends[-1].end() if ends else 0
        found.append(Found("recommendation", minute.ref, start, listed[-1][2], items,
                           body=_collapse(text[start:m.end()])))
    for m in RECOMMENDATION_SENTENCE.finditer(text, minute.start, minute.end):
        end = _sentence_end(text, m.end(), minute.end)
        item = _item_text(text[m.end():end])
        if item and ":" not in item and not RESTATES.search(item) and not _quoted(text, m.start()) and not any(
                f.start <= m.start() < f.end for f in found):
            lead = m.group(0)
            found.append(Found("recommendation", m.group("section") or minute.ref,
                               m.start() + len(lead) - len(lead.lstrip()), end, [(None, item)],
                               body=_collapse(lead)))
    return found


REPORTED_RECOMMENDATIONS = {
    # "24.2. Recommendation 1: That the council writes to all persons who have enquired about
    # crossings ... / 24.3. Members RESOLVED to accept the recommendation." (Hertingfordbury
    # minutes, June 2014: a working party's recommendations to council, numbered)
    "numbered": r"(?:(?<=\n)|^|(?<=\.[ \t])|(?<=\d\t))Recommendation[ \t]+\d{1,2}[ \t]*[:.–-][ \t]*(?=[A-Z])",
    # (not "d. East End Green. Recommended that as original contractor had failed ..., an
    # alternative supplier be sought.", Hertingfordbury minutes, May 2013: its dev4 annotator
    # writes the lettered paragraph's ref "15.3d", where the dev and dev6 annotators give such
    # paragraphs their minute's number, so read it would be a record of the wrong ref)
}
REPORTED_RECOMMENDATION = re.compile("|".join(f"(?:{p})" for p in REPORTED_RECOMMENDATIONS.values()))
"""A recommendation minutes record as made to the meeting (by a working party, a committee), one
sentence opening with its label: the item is the sentence after the label (read in minutes only;
what the meeting then did is its own record, "Members RESOLVED to accept the recommendation")."""


def read_reported_recommendations(text: str, minute: Minute) -> list[Found]:
    found = []
    for m in REPORTED_RECOMMENDATION.finditer(text, minute.start, minute.end):
        if _quoted(text, m.start()):
            continue
        end = _sentence_end(text, m.end(), minute.end)
        item = _item_text(text[m.end():end])
        if item:
            found.append(Found("recommendation", minute.ref, m.start(), end, [(None, item)],
                               body=_collapse(m.group(0))))
    return found


AMENDING = re.compile(r"(?:^|(?<=\n))[ \t]*To[ \t]+(?:replace|amend|delete|substitute|add[ \t]+to)[ \t]+"
                      r"(?:the[ \t]+)?Recommendation[ \t]+\(?[a-z0-9]{1,3}\)?(?=[ \t]+(?:by|with)\b|[ \t]*[:.,]|[ \t]*\n)",
                      re.I)
"""A recommendation that changes one of another report's, each its own paragraph: "To replace
Recommendation (d) by making changes to the revenue budget ...", "To replace Recommendation (h)
with / / Agree provision for Kent Scheme pay ..." (Kent's Labour group budget covering report,
February 2025): one record, an item per changed recommendation, the new wording included."""


def read_amending(text: str) -> list[Found]:
    """The paragraphs changing another report's recommendations (`AMENDING`), consecutive ones
    one record: each item runs to the next, the last to the end of the paragraph after a header
    that ends in "with" / "by" (its new wording), else to its own paragraph's end."""
    starts = [m.start() + len(m.group(0)) - len(m.group(0).lstrip()) for m in AMENDING.finditer(text)
              if not _quoted(text, m.start())]
    if not starts:
        return []
    items = []
    for i, s in enumerate(starts):
        if i + 1 < len(starts):
            e = starts[i + 1]
        else:
            e = _paragraph_end(text, s)
            if re.search(r"\b(?:with|by)[ \t]*$", text[s:e].rstrip()):
                e = _paragraph_end(text, e)
        items.append((None, s, e))
    return [Found("recommendation", None, starts[0], items[-1][2],
                  [(n, _item_text(text[s:e])) for n, s, e in items])]


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph at or after `start` (past blank lines before it)."""
    while start < len(text) and text[start] in " \t\n":
        start += 1
    blank = re.search(r"\n[ \t]*\n", text[start:])
    return start + blank.start() if blank else len(text)


DECISION_LEAD = re.compile(r"(?:^|(?<=\n))[ \t]*(?:DECISIONS?|Decisions?)(?:[ \t]+(?:taken|made))?[ \t]*:[ \t]*",
                           re.M)
"""A record of decision's or a ModernGov decision page's "DECISION:" (or "Decision:") block;
"DECISION TAKEN BY:" and "DECISION NO:" are fields of the form, not the decision."""
DECISION_END = re.compile(r"^[ \t]*(?:Reasons?(?:\(s\))?[ \t]+for[ \t]+(?:the[ \t]+)?decision|"
                          r"Alternatives?[ \t]+(?:options[ \t]+)?considered|Any[ \t]+(?:interest|conflict)|"
                          r"Background[ \t]+documents|Signed\b)", re.I | re.M)
"""What follows a decision on its record: "Reason(s) for decision:", the alternatives
considered, declared interests, background documents, the signature."""
LEAD_COLON = re.compile(r"[^\n]*?:[ \t]*(?=\n|[ \t]*\(?[0-9A-Za-z]{1,3}[.)]\s)")
"""A lead-in ending with a colon before a list: "As Cabinet Member for ..., I agree to:",
"Cabinet agreed to:"."""


def _decided_items(text: str, start: int, end: int) -> list[tuple[str | None, int, int]]:
    """The items of a decision block: its list (after a lead-in ending with a colon, if any),
    each item of a roman-numbered group that holds a lettered list taken item by item ("I.
    Cabinet agreed to: a) NOTE ... b) ENDORSE ... II. ..."), else its capitalised verb
    paragraphs, else its first paragraph."""
    while start < end and text[start] in " \t\n":
        start += 1
    lead = None if _marker_at(text, start) else LEAD_COLON.match(text, start, end)
    at = lead.end() if lead else start
    listed = parse_list(text, at, end)
    if listed:
        items: list[tuple[str | None, int, int]] = []
        for num, s, e in listed:
            inner = re.search(r":[ \t]*\n", text[s:e])
            sub = parse_list(text, s + inner.end(), e) if inner else []
            items.extend(sub or [(num, s, e)])
        return items
    verbs = _verb_paragraphs(text, at, end)
    if verbs:
        return verbs
    pos = at
    while pos < end and text[pos] in " \t\n":
        pos += 1
    blank = text.find("\n\n", pos, end)
    stop = blank if blank >= 0 else end
    return [(None, pos, stop)] if text[pos:stop].strip() else []


def read_decision_blocks(text: str, minute: Minute, stops: list[int]) -> list[Found]:
    """ "DECISION:" blocks (records of decision, ModernGov decision pages): kind decision, one
    record per block, its items the decided list's items, ending at "Reason(s) for decision"."""
    found = []
    for m in DECISION_LEAD.finditer(text, minute.start, minute.end):
        limit = _resolution_limit(text, m.start(), minute, stops)
        close = DECISION_END.search(text, m.end(), limit)
        end = close.start() if close else limit
        listed = _decided_items(text, m.end(), end)
        items = [(num, _item_text(_strip_formula(text[s:e]))) for num, s, e in listed]
        items = [(n, t) for n, t in items if t]
        if items:
            at = m.end() + len(text[m.end():end]) - len(text[m.end():end].lstrip())
            lead = None if _marker_at(text, at) else LEAD_COLON.match(text, at, end)
            found.append(Found("decision", minute.ref, m.start() + len(m.group(0)) - len(m.group(0).lstrip()),
                               max(e for _, _, e in listed), items,
                               body=_collapse(lead.group(0)) if lead else None,
                               outcome_text=text[m.start():end]))
    return found


def _sentence_end(text: str, start: int, limit: int) -> int:
    """The end of the sentence running from `start`: its full stop, else its paragraph's end."""
    stop = re.search(r"\.(?=\s|$)|\n[ \t]*\n", text[start:limit])
    return start + (stop.end() if stop else limit - start)


def _verb_paragraphs(text: str, start: int, limit: int) -> list[tuple[str | None, int, int]]:
    """The unmarked items (None, start, end) after a recommendation's lead-in: consecutive
    paragraphs each opening with a verb in capitals (`VERB_PARAGRAPH`), up to the first that
    does not."""
    items: list[tuple[str | None, int, int]] = []
    pos = start
    while pos < limit:
        while pos < limit and text[pos] in " \t\n":
            pos += 1
        if pos >= limit or not VERB_PARAGRAPH.match(text, pos):
            break
        blank = text.find("\n\n", pos, limit)
        end = blank if blank >= 0 else limit
        items.append((None, pos, end))
        pos = end
    return items


# ---------------------------------------------------------------------------------------------
# Sentence readers: narrative resolutions and decisions


def _after_verb(unit: str, at: int) -> str:
    """What was agreed or resolved: the words after the verb, without a reporting "that".

    "agreed that SPC will join" reports the outcome (item "SPC will join"), but "agreed that
    Councillor Richardson be elected" quotes the motion in its own mandative wording (bare "be" or
    "may"), which keeps its "that" as "RESOLVED: That ... be ..." does."""
    rest = unit[at:]
    stripped = LEAD_THAT.sub("", rest, count=1)
    if stripped == rest:
        return LEAD_FILLER.sub("", rest, count=1)
    if MANDATIVE.match(stripped):
        return "that " + stripped
    aside = PARENTHETICAL.match(stripped)
    if aside and MANDATIVE.match(stripped[aside.end():]):
        # "it was agreed that, to allow the police to leave, item 7 be taken immediately
        # following item 5" (Hertingfordbury minutes, October 2011): mandative after an aside
        return "that" + stripped
    return stripped


PARENTHETICAL = re.compile(r",[^,.;\n]{1,80},\s*")
"""An aside between commas right after "that": ", to allow the police to leave, "."""


def narrative_resolutions(unit: str) -> list[tuple[int, str]]:
    """(offset in unit, item text) for each 'resolved' that records the body resolving."""
    hits = []
    for m in NARRATIVE_RESOLVED.finditer(unit):
        before = unit[:m.start()]
        after = unit[m.end():]
        by_body = re.search(r"(?:\bit\s+(?:was|has\s+been)|\b" + COLLECTIVE + r"(?:\s+\w+ly)?)\s*$",
                            before, re.I)
        clause_start = re.search(r"(?:^|[,;:])\s*$", before)
        # "The setting of the Precept for 2017/18 was discussed and resolved to reduce ...":
        # the body resolving after considering it
        considered = CONSIDERED_AND.search(before)
        if not (by_body or clause_start or considered):
            continue
        if _recited(unit, m.end()) or (by_body and EARLIER.search(by_body.group(0))):
            continue  # "the Council resolved at its previous meeting to ...": recited
        agent = RESOLVED_BY.match(after)
        if agent:  # "It was resolved by HPC for the clerk to join the Local Government Pension Scheme."
            after = after[agent.end():]
        # "the Parish Council resolved for the work to go ahead": "for" with its own "to"
        # "The council RESOLVED a vote of thanks to Mrs K Murphy": the body resolving a thing
        if not (agent or re.match(r"\s*,|\s*(?:to\b|not\b|that\b|this\b|[A-Z])", after)
                or STATUTORY_POWERS.match(after)
                or RESOLVED_FOR.match(after) or (by_body and re.match(r"\s*an?\s+\w", after))):
            continue
        hits.append(m.end() + (agent.end() if agent else 0))
    results = []
    for i, at in enumerate(hits):
        stop = hits[i + 1] if i + 1 < len(hits) else len(unit)
        if i + 1 < len(hits):
            # the next record's subject belongs to it: end at the last line break before it
            nl = unit.rfind("\n", at, stop)
            stop = nl if nl > at else stop
        results.append((at, _item_text(_after_verb(unit[:stop], at))))
    return results


def decision_in(unit: str, opens_minute: bool, under_heading: bool = False) -> tuple[str, int] | None:
    """("self" | "after" | "from" | "before", offset) when the unit records a decision of the body.

    "self": the item is the sentence; "after": what follows offset; "from": the sentence from
    offset on; "before": the sentence before."""
    plain = QUOTED.sub(lambda q: " " * len(q.group(0)), unit)
    if re.match(r"\s*apologies\b", plain, re.I) or PUT_TO_THE_VOTE.search(plain) or ORDER_OF_BUSINESS.search(plain):
        return None
    hits: list[tuple[int, str, int]] = []
    for m in AGREEING.finditer(plain):
        if REPORTED.search(plain[:m.start()]):
            continue  # someone reporting an earlier agreement
        if EARLIER.search(m.group("who")) or _recited(plain, m.end()):
            continue  # "It was previously agreed that ...", "it was agreed at the last meeting"
        if _by_another(plain, m.end()):
            continue  # "It was approved by EHDC in August": another body's decision, reported
        rest = plain[m.end():]
        if m.group("verb").casefold() == "voted":
            that = re.match(r"[\s,]*(?:(?:" + ADVERBIALS + r")[\s,]*)*that\b", rest, re.I)
            if not that:
                continue
        if AGREED_VIEW.match(rest):
            return None  # "The Councillors agreed the present system in place works well": a view
        agreement = "agreement" in m.group("verb").casefold()
        if NOTHING_AGREED.match(rest) or (agreement and not re.match(r"\s*(?:that|to|for)\b", rest, re.I)):
            # "The Board were in full agreement and accepted the terms.": a state of agreement
            # names nothing after it; the sentence is the decision
            hits.append((m.start(), "self", 0))
        else:
            hits.append((m.start(), "after", m.end()))
    for m in BODY_ADOPTED.finditer(plain):
        if not SUBORDINATE.search(plain[:m.start()]) and not REPORTED.search(plain[:m.start()]) \
                and not _recited(plain, m.end()):
            # "The council adopted the revised Code of Conduct based on the NALC model code."
            hits.append((m.start(), "from", m.start()))
    for m in ACTED_AND_AGREED.finditer(plain):
        clause = plain[:m.start()]
        clause = clause[max(clause.rfind(";"), clause.rfind(":")) + 1:]
        # "the Council considered the scheme at its meeting in March and agreed ...": recited
        acted = plain[m.start():m.start("verb")]
        if re.search(r"\b(?:whether|if|why|how)\b", acted, re.I):
            continue  # "Members asked whether the council reviewed ... and agreed": a question
        recited = (re.search(r"\bat\s+(?:(?:its|their)\s+|the\s+(?=previous|last|earlier))(?:(?:previous|last|earlier)\s+)?meeting\b", acted)
                   or DATED_EARLIER.search(acted) or _recited(plain, m.end()))
        if not REPORTED.search(clause) and not SUBORDINATE.search(clause) and not recited:
            deliberated = m.group("acted").casefold() in DELIBERATED
            hits.append((m.start(), "from", m.start("verb") if deliberated else m.start()))
    for m in PASSIVE.finditer(plain):
        if re.search(r"\b(?:not|that)\b", m.group("mid"), re.I):
            # "It was reported that the charity recently agreed to move ...": the participle is
            # another clause's verb
            continue
        subject = plain[:m.start()]
        if SUBORDINATE.search(NOUN_QUESTION.sub(" ", subject)):
            continue
        if m.group("verb").casefold() in REPORTING_PARTICIPLES and (
                re.match(r"\s*that\b", plain[m.end():], re.I) or not re.search(r"\w", subject)
                or re.fullmatch(r"\s*(?:it|this|that)\s*", subject, re.I)
                or "," in subject or len(subject.split()) > REPORTED_SUBJECT_WORDS):
            # "It was confirmed that the grant had been paid", "..., however, they remained the
            # responsibility of KCC until their status was confirmed": a report
            continue
        if ROUTINE_SUBJECT.search(subject):
            continue  # "Cllr Smith's apologies were accepted": routine, as a unit opening with them
        if _by_another(plain, m.end()):
            continue  # "the recommendation was agreed by Cabinet": another body's decision, or
            # the body's own on an earlier date ("approved by the County Council on 19 February")
        if m.group("verb").casefold() == "accepted" and REPORT_SUBJECT.search(subject):
            continue  # "The planning report was presented and accepted.": a report received, noted
        if ANOTHER_MEETING.match(plain, m.end()) or DATED_EARLIER.match(plain, m.end()):
            continue  # "... were reviewed and agreed at the Finance and Audit meeting in February"
        if EARLIER.search(m.group("mid")) or m.group("aux").casefold() == "had been":
            continue  # "the budget was previously approved", "had been approved": recited
        perfect = m.group("aux").casefold().endswith("been")
        if perfect and not COUNCIL_AGENT.search(plain[m.end():m.end() + 60]):
            continue
        kind = "before" if REFERS_BACK.match(plain.lstrip()) else "self"
        joined = list(CLAUSE_AND.finditer(subject))
        if kind == "self" and joined and FINITE.search(subject[:joined[-1].start()]):
            hits.append((m.start(), "from", joined[-1].end()))
            continue
        hits.append((m.start(), kind, 0))
    proposal = PROPOSED_THAT.match(plain.strip())
    if proposal and PROPOSED_PROCEDURE.match(plain.strip(), proposal.end()):
        proposal = None  # "The chairman proposed that an additional item ... would be discussed"
    if (MOTION_WORDING.search(plain) or proposal) and not any(
            AMENDMENTS[form].search(plain) for form in ("minuted", "moved_by")):
        # an amendment moved ("Mr Streatfeild proposed and Mr Sole seconded the following
        # amendment to the motion ...") is its own record (`read_amendments`), not a decision
        proposer = PROPOSER_AFTER_CLAUSE.search(plain)
        # "Sessions had been stopped and NO proposed and JH seconded that ...": the motion
        # starts at its proposer, not with the sentence's first clause.
        hits.append((0, "from", proposer.start("who")) if proposer else (0, "self", 0))
    if BARE_OUTCOME.match(plain) or MINUTES_NOTE.match(plain) or RECORD_NOTE.match(plain):
        hits.append((0, "self", 0))  # "Agreed.", "Minutes for 8th July confirmed."
    elided = ELIDED_AGREED.match(plain)
    if elided:
        # "Agreed that Highways should be approached for road signage", "Car parking in Birch
        # Green; Agreed to hold over to the next meeting ...": the sentence from "Agreed"
        hits.append((elided.start("verb"), "from", elided.start("verb")))
    if DASH_OUTCOME.search(plain.rstrip()):
        hits.append((len(plain), "self", 0))
    to_be = re.match(r"\s*(?!to\b)((?:[\w&,-]+\s+){1,5})to\s+be\b", plain, re.I)
    if to_be and WANTING.search(to_be.group(1)):
        to_be = None  # "Cllr Mrs Haysey would like to be kept informed ...": a wish, not a decision
    if to_be and STILL_OPEN.match(plain, to_be.end()):
        to_be = None  # "The date of the next meeting to be confirmed.": left open, not decided
    if opens_minute and (BODY_PASSIVE.search(plain)
                         or (to_be and not SUBORDINATE.search(to_be.group(1)))):
        hits.append((0, "self", 0))
    if under_heading and re.match(r"\s*(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b", plain) and re.search(
            r"\b(?:was|were)\s+(?:re-)?elected\b", plain):
        # "1. ELECTION OF CHAIRMAN / Cllr C Edwards was elected unopposed as chairman ..."
        hits.append((0, "self", 0))
    named = NAMED_PASSIVE.search(plain)
    if named and not WANTING.search(plain[:named.start()]):
        # "Cllr H Blake was appointed to represent the council.", "Cllr O’Leary was co-opted to
        # serve on the working party." (Hertingfordbury minutes, June 2013): the body's choice
        hits.append((named.start(), "from", named.start()))
    if under_heading and to_be and not SUBORDINATE.search(to_be.group(1)) and TO_BE_DONE.match(
            plain, to_be.end()):
        # "02.26.09 NBW (Bush Craft) / The Bushcraft Group is to be disbanded and disassociated
        # from the parish council.": the minute's body opens with what is to be done
        hits.append((0, "self", 0))
    if not hits:
        return None
    _, kind, at = min(hits)
    return kind, at


NAMED_PASSIVE = re.compile(r"(?:^|(?<=[.;]\s))(?:Cllrs?|Councillors?)\.?[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,3}?"
                           r"[A-Z][\w’'-]+[ \t]+(?:was|were)[ \t]+(?:unanimously[ \t]+)?"
                           r"(?:appointed|co-opted|re-elected|elected)[ \t]+(?:to|as|onto|on)\b")
"""A named councillor chosen for a post or body, the sentence opening with the name: "Cllr H
Blake was appointed to represent the council." A bare "was duly elected." with no post named
after it is the count of an election the minute records (its annotators differ), not read."""
ORDER_OF_BUSINESS = re.compile(r"\b(?:bring|brought|take|taken|move|moved|consider|considered)\s+"
                               r"(?:this|the|that|an)?\s*(?:agenda\s+)?(?:item|items|matter)\b(?:\s+\d{1,2}[a-z]?)?"
                               r"\s+(?:forward|next|earlier|first|before|after)\b", re.I)
"""The order of the meeting's business ("It was agreed to bring this item forward in case Cllr
Hunt arrived meanwhile.", Hertingfordbury minutes, June 2009): how the meeting runs, no decision
of the body's business (its annotator left it out)."""
WANTING = re.compile(r"\b(?:would|will|should|could|like|wish(?:es|ed)?|wants?|wanted|hopes?|hoped|needs?|"
                     r"needed|asked|agreed|offered|volunteered|undertook|promised)\b", re.I)
"""A verb before "to be" makes it someone's wish, report or undertaking ("would like to be kept
informed", "The clerk agreed to be a point of contact for residents", Hertingfordbury minutes, May
2008), not the minute saying what is to be done ("RL and KG to be signatories")."""
STILL_OPEN = re.compile(r"\s+(?:confirmed|agreed|decided|determined|discussed|considered|advised|"
                        r"announced|notified|clarified|reviewed)\b", re.I)
"""After "to be", a participle that leaves the matter open ("to be confirmed", "to be discussed
at the next meeting"): nothing is decided yet, where "is to be disbanded" decides."""
TO_BE_DONE = re.compile(r"\s+\w+(?:ed|en)\b")
"""A past participle after "is to be": "is to be disbanded", "are to be written"."""


def _strip_label(unit: str) -> int:
    """Offset past a short label and spaced dash that precede a full clause."""
    m = LABEL.match(unit)
    if m and len(m.group("label").split()) <= 6:
        return m.end()
    return 0


# ---------------------------------------------------------------------------------------------


def _restates(unit: str, text: str, start: int, end: int, formal: list[Found], apart_counts: bool = True) -> bool:
    """Whether a decision sentence at start..end restates one of its minute's formal
    resolutions: it shares a content word with one printed in a paragraph of its own ("The
    Councillors agreed unanimously for SW to undertake the audit. / (blank line) / RESOLVED: That
    Sharon Wareham is appointed as Internal Auditor", West Dereham minutes, April 2017), or most
    of its content words with one in the same paragraph ("After discussion the Councillors agreed
    to use the current tree guard ... RESOLVED: 1) Clerk to contact Bonnetts to see about the
    reuse of the current tree guard"). A RESOLVED in the same paragraph sharing a word or two is
    the next step of one narrative and decides something else ("It was agreed to add a risk:
    Greens Crossings Licences ... It was RESOLVED to accept the risk register ...",
    Hertingfordbury minutes, July 2013)."""
    own = _content_stems(unit)
    for f in formal:
        gap = (end, f.start) if f.start >= end else (f.end, start) if f.end <= start else (start, start)
        shared = own & _content_stems(" ".join(t for _, t in f.items))
        apart = apart_counts and PARAGRAPH_BREAK.search(text, *gap) is not None
        if shared and (apart or len(shared) >= RESTATED_SHARE * len(own)):
            return True
    return False


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
RESTATED_SHARE = 0.5
"""Share of a decision sentence's content words a RESOLVED of the same paragraph must repeat for
the sentence to restate it (the West Dereham tree guard sentence repeats 4 of its 4; the
Hertingfordbury risk sentence 2 of 11)."""


def _leads_into(text: str, end: int, formal: list[Found]) -> bool:
    """Whether a sentence cut off at `end` runs on into one of the formal resolutions (no full
    stop or colon between)."""
    if text[:end].rstrip().endswith((".", "!", "?", ":", ";")):
        return False
    return any(0 <= f.start - end and not text[end:f.start].strip() for f in formal)


def _is_minutes(reading: Reading, minutes: list[Minute], kind: str | None) -> bool:
    """Decisions are read in minutes only: a report's "was agreed by County Council" reports."""
    if kind in NOT_MINUTES:
        return False
    return kind in ("minutes", "agenda_pack") or any(m.ref for m in minutes) or bool(MINUTES_TITLE.search(reading.text[:1500]))


def _units(text: str, cuts: list[int], start: int, end: int, skip: list[tuple[int, int]]):
    inside = sorted({start, end, *cuts[bisect.bisect_right(cuts, start):bisect.bisect_left(cuts, end)],
                     *(p for s, e in skip for p in (s, e) if start < p < end)})
    for a, b in zip(inside, inside[1:], strict=False):
        if any(s <= a and b <= e for s, e in skip):
            continue
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            yield a + lead, a + len(chunk.rstrip())


def _numbered_decisions(text: str, minute: Minute, cuts: list[int], skip) -> Found | None:
    """A minute listing numbered proposals, each agreed: one decision, an item per proposal."""
    for ls in cuts[bisect.bisect_left(cuts, minute.start):bisect.bisect_left(cuts, minute.end)]:
        marker = _marker_at(text, ls)
        if not marker or marker.value != 1 or ls == minute.start:
            continue
        listed = parse_list(text, ls, minute.end)
        if len(listed) < 2:
            continue
        decided = 0
        for _, s, e in listed:
            units = list(_units(text, cuts, s, e, skip))
            if any(decision_in(text[a:b], False) for a, b in units):
                decided += 1
        if decided == len(listed):
            # the last item runs to the end of the minute, past blank lines
            items = [(num, _item_text(text[s:e])) for num, s, e in listed]
            return Found("decision", minute.ref, marker.start, listed[-1][2], items)
    return None


RESTATED_WORDS = 5
"""Opening words of each item that make a report's later recommendation the same as an earlier
one."""


def _opening(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold())[:RESTATED_WORDS])


def _once(records: list[Found]) -> list[Found]:
    """A report's recommendations once: a Kent report prints them in its summary box and again
    in its numbered "Recommendations" section, item for item; the printing with a ref is kept
    (the first, where neither or both have one)."""
    printed: dict[tuple[str, ...], list[Found]] = {}
    for f in records:
        if f.kind == "recommendation":
            printed.setdefault(tuple(_opening(t) for _, t in f.items), []).append(f)
    kept = {id(next((f for f in same if f.ref is not None), same[0])) for same in printed.values()}
    # a report's one recommendation, a sentence, in its summary and under its numbered heading
    # ("Recommendation: County Council is asked to note the report." / "12. Recommendation /
    # County Council is asked to endorse this report.", Kent's mid-year treasury report): the
    # numbered printing, whatever its verb
    sentences = [f for f in records if f.kind == "recommendation" and len(f.items) == 1
                 and f.body and not f.body.endswith(":")]
    if any(f.ref is not None for f in sentences):
        kept -= {id(f) for f in sentences if f.ref is None}
    return [f for f in records if f.kind != "recommendation" or id(f) in kept]


def find_records(reading: Reading, kind: str | None = None) -> list[Found]:
    text = reading.text
    minutes = find_minutes(reading) or [Minute(None, 0, len(text), 0)]
    motions = read_motions(text)
    consumed = [(f.start, f.end) for f in motions]
    records: list[Found] = list(motions)
    stops = sorted({m.start() for m in FORMAL_RESOLVED.finditer(text)}
                   | {m.start() for m in RECOMMENDATIONS.finditer(text)}
                   | {m.start() for m in DECISION_LEAD.finditer(text)} | {s for s, _ in consumed})
    for minute in minutes:
        for f in (read_formal(text, minute, stops) + read_recommendations(text, minute, stops)
                  + read_decision_blocks(text, minute, stops)):
            if not any(s <= f.start < e for s, e in consumed):
                records.append(f)
                consumed.append((f.start, f.end))
    if kind != "minutes":
        # a group's covering report proposing changes to the recommendations of another report
        # ("To replace Recommendation (d) by ..."): read in papers, never in minutes, which
        # quote such wording in the amendments they record
        records += [f for f in read_amending(text) if not any(s <= f.start < e for s, e in consumed)]
    if not _is_minutes(reading, minutes, kind):
        return _once(sorted(records, key=lambda f: f.start))
    for minute in minutes:
        for f in read_moved(text, minute.start, minute.end):
            if not any(s <= f.start < e for s, e in consumed):
                f.ref = minute.ref
                records.append(f)
                consumed.append((f.start, f.end))
    for minute in minutes:
        for f in read_reported_recommendations(text, minute):
            if not any(s <= f.start < e for s, e in consumed):
                records.append(f)
                consumed.append((f.start, f.end))
    cuts = unit_boundaries(reading, minutes)
    for minute in minutes:
        formal = [f for f in records if f.formal and minute.start <= f.start < minute.end]
        formal_items = [t for f in formal for _, t in f.items]
        restated = _content_stems(" ".join(formal_items))
        grouped = _numbered_decisions(text, minute, cuts, consumed)
        skip = list(consumed) + ([(grouped.start, grouped.end)] if grouped else [])
        if grouped:
            records.append(grouped)
        previous: tuple[int, int] | None = None
        previous_end = -1
        last_decision: Found | None = None
        heading_end: int | None = None
        covered = -1  # the end of a list a decision took as its items
        recounted = -1  # the end of a list under a reporting sentence (`REPORTING_LEAD`)
        for a, b in _units(text, cuts, minute.start, minute.end, skip):
            if a < covered:
                continue
            head = text[a:b]
            if a < recounted:
                previous, previous_end = (a, b), b
                continue
            if REPORTING_LEAD.search(head):
                listed = parse_list(text, b, minute.end)
                if listed:
                    recounted = listed[-1][2]
            opens_minute = minute.ref is not None and a == minute.start
            # the minute's first sentence under a heading line of its own
            under_heading = heading_end is not None and previous_end == heading_end
            # the minute's number and heading line ("1." / "ELECTION OF CHAIRMAN"), not a
            # numbered paragraph's first sentence ("27.5 For the future Mr Coughlan reported ...")
            piece = text[a:b].strip()
            if minute.ref is not None and minute.start <= a and b <= minute.head_end and (
                    piece.rstrip(".") == minute.ref or not piece.endswith((".", ":", ";", ","))):
                heading_end = b
            if opens_minute:
                a += len(minute.ref)
                a += len(text[a:b]) - len(text[a:b].lstrip(" \t."))
                head = text[a:b]
            if PROPOSER_LINE.match(head):
                # "It was resolved to pay the invoices. / Proposed by Cllr Smith, seconded by
                # Cllr Jones, all in favour.": the mover, seconder and outcome of the record before
                earlier = [f for f in records if minute.start <= f.start and f.end <= a]
                if earlier:
                    last = max(earlier, key=lambda f: f.end)
                    last.outcome_text += "\n" + head
                previous, previous_end = (a, b), b
                continue
            resolved = narrative_resolutions(head)
            if resolved:
                for at, item in resolved:
                    if item:
                        records.append(Found("resolved", minute.ref, a, b, [(None, item)],
                                             outcome_text=head, about=row_subject(head, at)))
                previous = (a, b)
                continue
            label = _strip_label(head)
            unit = head[label:] if label and re.search(
                r"\b(?:was|were|agreed|approved|resolved|decided|proposed|seconded)\b", head[label:], re.I) else head
            shift = len(head) - len(unit)
            procedural = _procedural_motion(text, a + shift, b, unit, formal) if formal else None
            if procedural:
                motion, covered = procedural
                # "3) The Chairman proposed and the Vice-Chairman seconded that, under s14.48 of
                # the Constitution, Council resolve to extend the meeting ..." / "4) The Chairman
                # put the motion set out in paragraph 3 to the vote ... Motion carried.": a motion
                # of its own, beside the minute's RESOLVED
                motion.ref = minute.ref
                records.append(motion)
                previous, previous_end = (a, b), b
                continue
            decision = decision_in(unit, opens_minute, under_heading)
            if decision and _leads_into(text, b, formal):
                # "It was agreed to continue on this basis and therefore RESOLVED to: / Accept
                # ...": the sentence runs on into the formal resolution, which is the record
                decision = None
            if decision:
                kind, at = decision
                if kind == "after":
                    item = _item_text(_after_verb(unit, at))
                    start = a + shift
                elif kind == "from":
                    item = _item_text(unit[at:])
                    start = a + shift + at
                elif kind == "before" and previous:
                    item = _item_text(text[previous[0]:previous[1]])
                    start = previous[0]
                else:
                    item = _item_text(unit)
                    start = a + shift
                if formal and (MOTION_WORDING.search(unit) or OUTCOME_ONLY.match(item)
                               or BARE_OUTCOME.match(unit)):
                    # the motion a RESOLVED records, or its outcome ("and it was agreed
                    # unanimously."): part of the resolution that follows, not a decision
                    later = [f for f in formal if f.start >= b] or formal[-1:]
                    later[0].outcome_text = head + "\n" + later[0].outcome_text
                elif (BARE_OUTCOME.match(unit) and last_decision is not None
                      and last_decision.end == previous_end):
                    # "Mr Sweetland proposed, and Mr Ridgers seconded, that ... / Agreed
                    # unanimously.": the outcome of the motion just recorded
                    last_decision.outcome_text += "\n" + head
                    last_decision.end = b
                elif item and not (restated and _restates(unit, text, a, b, formal)):
                    numbered = PARAGRAPH_NUMBER.match(item)
                    if numbered:  # "10) Mr Sweetland proposed ...": the paragraph's number
                        item, start = item[numbered.end():], start + numbered.end()
                    listed = parse_list(text, b, minute.end) if item.endswith(":") else []
                    if listed:
                        # "The response was agreed with the following additions: / • To
                        # include ... / • To include ...": what was agreed is the list
                        last_decision = Found("decision", minute.ref, start, listed[-1][2],
                                              [(n, _item_text(text[x:y])) for n, x, y in listed],
                                              body=item, outcome_text=head)
                        covered = listed[-1][2]
                    else:
                        last_decision = Found("decision", minute.ref, start, b, [(None, item)],
                                              outcome_text=head, about=row_subject(text, start))
                    records.append(last_decision)
            previous = (a, b)
            previous_end = b
    return _once(_motions_folded(text, sorted(records, key=lambda f: f.start)))


SECONDED_THAT = re.compile(
    r"(?P<mover>(?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})\s+proposed,?\s+and\s+"
    r"(?P<seconder>(?:the\s+)?[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}),?\s+seconded\s+that\b[\s,]*")
"""A motion moved in the minute's own words, "X proposed and Y seconded that ..." (not "seconded the
motion that “...”", the wording the RESOLVED then records, nor "seconded the following amendment")."""
MOTION_VOTE = re.compile(
    r"\s*(?:\(?\d{1,2}[.)]\s*)?(?:(?:The\s+)?Chair(?:man)?\s+put\s+the\s+motion\b(?:(?!RESOLVED|amendment).){0,2400}?)?"
    r"(?<!Substantive )\b(?P<outcome>Motion\s+(?:carried|lost)|Agreed(?:\s+unanimously)?)\b\.?", re.S | re.I)
"""What became of that motion, printed right after it: "Agreed." on the next line, or "The
Chairman put the motion set out in paragraph 3 to the vote ... For (39) ... Against (3) ...
Abstain (0) / Motion carried." (Kent minutes, 13 March 2025)."""


def _procedural_motion(text: str, start: int, end: int, unit: str,
                       formal: list[Found]) -> tuple[Found, int] | None:
    """A motion in a minute that RESOLVES something else: the procedural motions of Kent's full
    council ("... seconded that, under s14.48 of the Constitution, Council resolve to extend the
    meeting beyond 4.30pm", "... seconded that the motion be put to the vote.") were put to the
    vote and carried on their own, a decision each, with the vote printed after them. A motion
    that restates the RESOLVED after it ("Mr Gough proposed, and Mr Brady seconded that Mr Cooke
    be elected to Chair the meeting" before "RESOLVED that Mr Cooke be elected ...") is that
    resolution's motion (`_restates`). Returns the decision and where its vote ends."""
    m = SECONDED_THAT.search(unit)
    if not m or _quoted(text, start + m.start()):
        return None
    clause = unit[m.end():]
    later = [f for f in formal if f.start >= end] or formal[-1:]
    if not clause.strip() or _restates(clause, text, start, end, later[:1], apart_counts=False):
        return None
    vote = MOTION_VOTE.match(text, end)
    if not vote:
        return None
    # (the record is the motion's sentence; the vote after it is its outcome)
    return Found("decision", None, start + m.start(), end, [(None, _item_text(clause))],
                 outcome_text=unit + "\n" + text[end:vote.end()],
                 moved_by=m.group("mover"), seconded_by=m.group("seconder")), vote.end()


MOTION_TO_RECORD = 300
"""Characters at most between a motion sentence and the record of the same minute it leads to."""


def _motions_folded(text: str, records: list[Found]) -> list[Found]:
    """A motion sentence read as a decision ("Cllr Tong proposed Cllr Williams, seconded by Cllr
    Holiday.") and followed, in the same minute, by the resolution or decision it led to ("...
    it was resolved that Cllr Williams remain as Chairman") is that record's proposal line: its
    mover, seconder and words go to the record, never a decision of their own (the gold
    convention: proposer lines are not items; a formal RESOLVED already takes its motion)."""
    out: list[Found] = []
    for i, f in enumerate(records):
        after = records[i + 1] if i + 1 < len(records) else None
        motion = f.kind == "decision" and len(f.items) == 1 and MOTION_WORDING.search(f.items[0][1])
        if (motion and after is not None and after.ref == f.ref and after.kind in ("resolved", "decision")
                and not MOTION_WORDING.search(" ".join(t for _, t in after.items))
                and 0 <= after.start - f.end <= MOTION_TO_RECORD
                and not re.search(r"\n[ \t]*\n", text[f.end:after.start])):
            after.outcome_text = f.outcome_text + "\n" + after.outcome_text
            continue
        out.append(f)
    return out


# ---------------------------------------------------------------------------------------------
# Amendments: their own records (an amendment is a proposal; what the meeting resolved after it
# is the resolution)

AMENDMENT_FORMS = {
    # Kent minutes: "15) Mr Streatfeild proposed and Mr Sole seconded the following amendment to
    # the motion set out in paragraph 5: “...”"
    "minuted": r"(?P<mover>" + PERSON + r")[ \t]+(?:proposed|moved),?[ \t]+and[ \t]+(?P<seconder>" + PERSON
               + r")[ \t]+seconded,?\s+the\s+following\s+amendment(?:\s+to\s+(?P<amends>[^:“\"]{3,160}?))?\s*:",
    # "An amendment was moved by Cllr X and seconded by Cllr Y to ..."
    "moved_by": r"\b[Aa]n[ \t]+amendment[ \t]+(?:was[ \t]+)?(?:moved|proposed)[ \t]+by[ \t]+(?P<mover>" + PERSON
                + r"),?\s+(?:and\s+)?(?:was\s+)?seconded\s+by\s+(?P<seconder>" + PERSON + r"),?\s+(?=to\b|that\b)",
    # a budget amendment form: "Proposer:<tab>Mr Richard Streatfeild, MBE<tab>Seconder:<tab>Mr
    # Antony Hook", its number and its "Proposed Purpose:"
    # the Seconder may be printed lines below, after the Proposed Purpose's label ("Proposer:<tab>Mr
    # Antony Hook / Proposed Purpose: / ... / Seconder:<tab>Mr Richard Streatfeild, MBE", the LEVI
    # form of Kent's budget amendments pack), never past the next form's Proposer
    "form": r"(?:^|(?<=\n))[ \t]*Proposer:[ \t]*(?P<mover>[^\t\n]+?)[ \t]*(?:\t|\n)"
            r"(?:(?![ \t]*Proposer:)[^\n]*\n){0,12}?[ \t]*Seconder:[ \t]*(?P<seconder>[^\t\n]+)",
}
AMENDMENTS = {name: re.compile(p) for name, p in AMENDMENT_FORMS.items()}
"""The amendment forms (`AMENDMENT_FORMS`), each read by `read_amendments`."""
PARAGRAPH_NUMBER_LINE = re.compile(r"\n[ \t]*\d{1,2}\)[ \t]+")
"""A minute's next numbered paragraph ("3) The proposer and seconder ..."; "(2)" numbers an item)."""
AMENDMENT_CLOSE = re.compile(r"\bAmendment[ \t]+(?:was[ \t]+)?(?:carried|lost|defeated|agreed|withdrawn)\b\.?",
                             re.I)
"""Where a minuted amendment's record ends: "Amendment lost." (its vote is printed before)."""
FORM_NUMBER = re.compile(r"\bAmendment\b[^\n]*?(?:\t|\n)[ \t]*(?P<number>\d{1,3})[ \t]*(?:\n|$)|"
                         r"\bAmendment[ \t]+(?:Number|No\.?)[ \t:]*(?P<inline>\d{1,3})\b", re.I)
FORM_PURPOSE = re.compile(r"Proposed[ \t]+Purpose[ \t]*:\s*(?P<text>[^\n]+)", re.I)


def read_amendments(reading: Reading) -> list[tuple[int, int, dict]]:
    """(start, end, the amendment's fields) in reading offsets, in order; `extract_amendments`
    adds the provenance."""
    text = reading.text
    minutes = find_minutes(reading) or [Minute(None, 0, len(text), 0)]

    def minute_of(pos: int) -> str | None:
        return next((m.ref for m in minutes if m.start <= pos < m.end), None)

    found = []
    starts = sorted([(m.start(), name, m) for name in ("minuted", "moved_by")
                     for m in AMENDMENTS[name].finditer(text)], key=lambda x: x[0])
    resolved = [m.start() for m in FORMAL_RESOLVED.finditer(text)]
    for i, (start, name, m) in enumerate(starts):
        # an amendment's record runs to its outcome, else to the next amendment or resolution
        limit = min([starts[i + 1][0] if i + 1 < len(starts) else len(text),
                     *(r for r in resolved if r > m.end())])
        close = AMENDMENT_CLOSE.search(text, m.end(), limit)
        end = close.end() if close else (limit if name == "minuted" else _sentence_end(text, m.end(), limit))
        if name == "minuted":
            quoted = QUOTED.search(text, m.end(), end)
            if quoted and text[m.end():quoted.start()].strip():
                quoted = None  # a quotation further on is no part of the amendment's wording
            # unquoted, the wording is the paragraphs after the colon, up to the minute's next
            # numbered paragraph ("2) Mr Watkins proposed and Mr Brazier seconded the following
            # amendment: / / This Council believes that: / a) ... / 3) The proposer ...", Kent)
            stop = PARAGRAPH_NUMBER_LINE.search(text, m.end(), end)
            wording = quoted.group(0).strip("“”\"") if quoted else text[m.end():stop.start() if stop else end]
        else:
            wording = text[m.end():_sentence_end(text, m.end(), end)]
        quoted_end = quoted.end() if name == "minuted" and quoted else m.end()
        outcome = find_outcome(text[quoted_end:end])
        found.append((start, end, dict(
            ref=minute_of(start), moved_by=_collapse(m.group("mover")),
            seconded_by=_collapse(m.group("seconder")),
            amends=_collapse(m.groupdict().get("amends") or "") or None,
            text=_item_text(wording), outcome=outcome)))
    forms = list(AMENDMENTS["form"].finditer(text))
    # each printed number is the form's whose Proposer line is nearest (a pack of forms prints
    # some numbers above the Proposer, some below, and loses others from its text layer)
    numbers = list(FORM_NUMBER.finditer(text))
    nearest = {id(n): min(forms, key=lambda f: abs(f.start() - n.start())) for n in numbers} if forms else {}
    for m in forms:
        own = [n for n in numbers if nearest[id(n)] is m]
        number = min(own, key=lambda n: abs(m.start() - n.start())) if own else None
        if number is None and not numbers:
            continue  # a proposer and seconder on a form that is no amendment (a call-in)
        purpose = FORM_PURPOSE.search(text, m.end())
        wording = purpose.group("text") if purpose else ""
        if FORM_PURPOSE.search(text, m.start(), m.end()):
            # the Purpose's label printed between Proposer and Seconder: its words follow the Seconder
            wording = next((line for line in text[m.end():].split("\n")[1:] if line.strip()), "")
        found.append((m.start(), m.end(), dict(
            ref=(number.group("number") or number.group("inline")) if number else None,
            moved_by=_collapse(m.group("mover")), seconded_by=_collapse(m.group("seconder")),
            text=_item_text(wording))))
    return sorted(found, key=lambda x: x[0])


@extractor("amendments", assigns=("amendments",))
def extract_amendments(doc: Document, ctx: Context) -> list[Amendment]:
    if not doc.text.strip():
        return []
    reading = read(doc)
    out = []
    for start, end, a in read_amendments(reading):
        s, e = reading.doc_span(start, end)
        out.append(Amendment(**a, provenance=doc.provenance(s, e)))
    return out


# ---------------------------------------------------------------------------------------------
# Applications: a report's table of applications (grants, licences) and the minutes' table of
# what the committee decided on each, one row per applicant (read here for the decisions, and by
# pipeline.decisions to link each application to its decision)

APPLICANT_HEADER = re.compile(r"^\s*(?:organi[sz]ations?|applicants?|applications?|name\s+of\s+"
                              r"(?:organi[sz]ation|applicant|group))\s*$", re.I)
"""The column naming who applied: "Organisation" (Sutton Coldfield's community grant reports
and the minutes deciding them)."""
SUMMARY_HEADER = re.compile(r"\b(?:project\s+summary|summary|purpose|description|project)\b", re.I)
"""The column saying what the application is for: its opening words are the link's title."""
REQUESTED_HEADER = re.compile(r"\b(?:amount|requested|sum)\b", re.I)
"""The column of the amount asked for."""
DECIDED_HEADER = re.compile(r"\b(?:recommendations?|decisions?|outcomes?|resolved|agreed)\b", re.I)
"""The minutes' column saying what became of each application ("Recommendation": "Approved.",
"Rejected.", "£2500 approved.")."""


def applications(doc: Document) -> list[dict]:
    """The rows of the paper's tables headed by an applicant column, as dicts: name, summary,
    requested, decided (cell texts, "" when the table has no such column), start and end (the
    row's span of doc.text), decided_spans (where the decided cell is printed). A row with no name continues the row before it (a page break)."""
    rows: list[dict] = []
    last: tuple[list[str], int, dict[str, int | None]] | None = None
    for table in doc.tables:
        if not table.rows:
            continue
        header = [c.text for c in table.rows[0]]
        named = [i for i, h in enumerate(header) if APPLICANT_HEADER.match(" ".join(h.split()))]
        if named:
            def column(pattern: re.Pattern[str], header=header, named=named) -> int | None:
                return next((i for i, h in enumerate(header) if i not in named and pattern.search(h)),
                            None)

            last = (header, named[0], {"summary": column(SUMMARY_HEADER),
                                       "requested": column(REQUESTED_HEADER),
                                       "decided": column(DECIDED_HEADER)})
            body = table.rows[1:]
        elif last is not None and len(header) == len(last[0]):
            body = table.rows  # the table goes on on the next page without its header
        else:
            last = None
            continue
        header, name_at, columns = last
        for cells in body:
            if len(cells) != len(header):
                continue
            texts = {k: (cells[i].text if i is not None else "") for k, i in columns.items()}
            at = columns["decided"]
            decided = [(cells[at].char_start, cells[at].char_end)] if at is not None and cells[at].text else []
            name = " ".join(cells[name_at].text.split())
            spans = [c.char_start for c in cells if c.text] + [c.char_end for c in cells if c.text]
            if not spans:
                continue
            if not name:
                if rows:  # the row goes on over a page break
                    for k, v in texts.items():
                        rows[-1][k] = (rows[-1][k] + "\n" + v).strip()
                    rows[-1]["end"] = max(rows[-1]["end"], max(spans))
                    rows[-1]["decided_spans"] += decided
                continue
            rows.append({"name": name, **texts, "start": min(spans), "end": max(spans),
                         "decided_spans": decided})
    for row in rows:
        row["provenance"] = doc.provenance(row["start"], row["end"])
    return rows


BODY_RECOMMENDS = re.compile(r"\b" + COLLECTIVE + r"\s+recommend(?:s|ed)\s+(?=(?:that|the|to)\b)", re.I)
"""The body recommending in its own words, as it resolves (`narrative_resolutions`): "Rejected.
Committee recommended that funding for this service is considered alongside the strategy ...";
what was recommended follows the verb."""
RECOMMEND_OPENS = re.compile(r"(?:^|(?<=[.!?]\s))(?-i:Recommend)\s+(?=\w)")
"""A sentence opening with the verb, its subject the body whose paper it is: "Recommend approval
of the project to the Planning and Highways Committee for funding ..."."""


def cell_decision(said: str) -> tuple[str, str] | None:
    """(kind, item) where a decided cell words the decision as the body's own sentence, read with
    the grammar of the prose: the body resolving ("Approved. Committee resolved to fund from the
    social inclusion budget." -> resolved, "to fund from the social inclusion budget") or
    recommending (`BODY_RECOMMENDS`, `RECOMMEND_OPENS`) -> recommendation. None for the outcome
    words alone ("Approved.", "£2500 approved. Meets the criteria ..."), and for what the body
    only noted or felt ("Committee noted that ...", "Committee agreed that they would be keen to
    consider this again": a view, no act)."""
    resolved = [(at, item) for at, item in narrative_resolutions(said) if item]
    if resolved:
        at, _ = resolved[0]
        return "resolved", _item_text(said[at:_sentence_end(said, at, len(said))])
    body = BODY_RECOMMENDS.search(said)
    if body:
        return "recommendation", _item_text(said[body.end():_sentence_end(said, body.end(), len(said))])
    opens = RECOMMEND_OPENS.search(said)
    if opens:
        return "recommendation", _item_text(said[opens.start():_sentence_end(said, opens.end(), len(said))])
    return None


def table_decisions(doc: Document, ref_at: Callable[[int], str | None] | None = None) -> list[Resolution]:
    """One decision for each row of an applications table whose decided column says what became
    of it (the Sutton Coldfield amenities minutes of 13 March 2018: "Friends of Mossy Bank" /
    "£2500 approved."), about the applicant the row names: the cell alone ("Approved.") does
    not say what was approved. Where the cell words the decision as a sentence of the body's
    (`cell_decision`), the record is that resolution or recommendation, as in the prose, the
    cell's words whole its body; its ref is the minute the table is printed under (`ref_at`, a
    doc offset's minute)."""
    out = []
    for row in applications(doc):
        said = " ".join(row["decided"].split())
        if not said or not row["decided_spans"]:
            continue
        start = min(s for s, _ in row["decided_spans"])
        end = max(e for _, e in row["decided_spans"])
        worded = cell_decision(said)
        kind, item = worded or ("decision", said)
        out.append(Resolution(ref=ref_at(start) if ref_at else None, kind=kind,  # type: ignore[arg-type]
                              about=row["name"], body=said if worded else None,
                              items=[ResolutionItem(number=None, text=item)],
                              outcome=find_outcome(said), provenance=doc.provenance(start, end)))
    return out


def _minute_at(reading: Reading) -> Callable[[int], str | None]:
    """The ref of the minute a doc offset is printed under (None before the first)."""
    starts = [(reading.origin[m.start], m.ref) for m in find_minutes(reading)]

    def ref_at(pos: int) -> str | None:
        refs = [ref for at, ref in starts if at <= pos]
        return refs[-1] if refs else None
    return ref_at


@extractor("resolutions", requires=("document.kind",), assigns=("resolutions",))
def extract(doc: Document, ctx: Context) -> list[Resolution]:
    if not doc.text.strip():
        return []
    reading = read(doc)
    kind = ctx.document.kind if ctx.document else None
    # a decided column decides only in minutes: a report's or an agenda's "Recommendation"
    # column is what officers propose (decisions are read in minutes only, `_is_minutes`)
    tabled = table_decisions(doc, _minute_at(reading)) if kind not in NOT_MINUTES else []
    cells = [(r.provenance.char_start, r.provenance.char_end) for r in tabled]
    results = []
    for f in find_records(reading, kind):
        start, end = reading.doc_span(f.start, f.end)
        if any(s <= start < e for s, e in cells):
            continue  # words of a decided cell, read whole with its applicant (table_decisions)
        if f.moved_by is None and f.kind != "recommendation":
            f.moved_by, f.seconded_by = proposed_by(f.outcome_text) or (None, None)
        results.append(Resolution(
            ref=f.ref,
            kind=f.kind,  # type: ignore[arg-type]
            body=f.body,
            about=f.about,
            items=[ResolutionItem(number=n, text=t) for n, t in f.items],
            outcome=find_outcome(f.outcome_text),
            moved_by=f.moved_by and _collapse(f.moved_by),
            seconded_by=f.seconded_by and _collapse(f.seconded_by),
            provenance=doc.provenance(start, end),
        ))
    return sorted(results + tabled, key=lambda r: r.provenance.char_start)
