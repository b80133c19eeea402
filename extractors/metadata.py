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
from .furniture import furniture_lines, raw_lines
from .vocabulary import COUNTIES

_ORG_TYPES = (r"(?i:County|District|Borough|Parish|Town|City|Metropolitan[ ]+Borough|Community|"
              r"Unitary|Village)[ ]+(?i:Council)\b(?!s)")
# A capitalised word that can be part of a name ("West", "SOULDERN"), not "OF", "MEETING", "Ward".
_CAP = (r"(?!(?i:of|the|and|meeting|minutes|annual|ordinary|extraordinary|for|ward|committee|"
        r"held|agenda|apologies|present|county|district|borough|parish|town|city|council|"
        r"councils|unitary|village|community)\b)[A-Z][\w'’\-]*")
_NOT_PLACES = {"England", "UK", "U.K.", "United Kingdom", "Britain", "Great Britain", "Scotland",
               "Wales", "Northern Ireland", "Ireland", "Europe", "London"}
_GENERIC_TITLES = {"minutes", "agenda", "agenda item", "draft", "report", "draft minutes",
                   "public document pack", "notice of meeting"}
_ORG = re.compile(
    rf"\b(?:(?:London|Royal)[ ]+Borough[ ]+of[ ]+{_CAP}(?:[ ]+(?:and[ ]+)?{_CAP}){{0,3}}"
    rf"|(?i:Township)[ ]+(?i:of)[ ]+{_CAP}"
    rf"|(?:{_CAP}[ ]+){{0,3}}{_CAP}[ ]+{_ORG_TYPES})"
)
# "City of York Council", "City of Bradford Metropolitan District Council": a council named
# "<type> of <place>" (not caught above, whose types follow the place).
_OF_PLACE_COUNCIL = re.compile(
    rf"\b(?i:City|County|Borough)[ ]+(?i:of)[ ]+{_CAP}(?:[ ]+{_CAP}){{0,2}}[ ]+"
    rf"(?:(?i:Metropolitan)[ ]+)?(?:(?i:District|Borough)[ ]+)?(?i:Council)\b(?!s)")
# A US body's letterhead: "MAPLE VALLEY UNIFIED SCHOOL DISTRICT", "Ohio Department of Natural
# Resources", "Springfield Police Department", "City of Riverside", "Village of Oak Park", "Harbor
# Point Park District". Read from the header lines only: in a UK paper's body "City of
# London" or "Department of Health" is a body the paper writes about, not its author.
_US_ORG = re.compile(
    rf"\b(?:(?:{_CAP}[ ]+){{1,4}}(?i:School|Park|Library|Water|Sanitary|Fire[ ]+Protection)[ ]+"
    rf"(?i:District)(?:[ ]+(?:No\.?[ ]*|#)?\d{{1,3}})?"
    rf"|(?:{_CAP}[ ]+){{0,2}}(?i:Department|Dept\.?)[ ]+(?i:of)[ ]+{_CAP}(?:[ ]+(?:and[ ]+)?{_CAP}){{0,3}}"
    rf"|(?:{_CAP}[ ]+){{1,3}}(?i:Police|Fire|Sheriff['’]?s?)[ ]+(?i:Department|Office)"
    rf"|(?i:City|Town|Village|County)[ ]+(?i:of)[ ]+{_CAP}(?:[ ]+{_CAP}){{0,2}}(?![ ]+(?i:Council)\b))")
_BARE_TYPE = re.compile(rf"\b(?:the[ \t]+)?({_ORG_TYPES})\b")
# "Merton Council", "Suffolk Libraries": a name in the header, however plain.
# "Souldern PC Spending v Budget 2021/22": a parish or town council by its initials, as printed.
# "Suffolk’s Libraries IPS": a body's legal form printed after its name is part of the name.
# Not "Local Authority Treasury Management Terms" (a glossary's heading): words that say what kind
# of body an authority is ("Local", "Combined", "Mayoral Strategic") name none.
_KIND_OF_BODY = r"(?:(?:Local|Combined|Mayoral|Strategic|Principal|Unitary|Planning|Highway|Education)[ \t]+)+"
_HEADER_ORG = re.compile(rf"^(?!{_KIND_OF_BODY}(?:Council|Authority)\b)((?:{_CAP}[ \t]+){{1,3}}(?:Council|Libraries|Trust|Authority|PC|TC)"
                         r"(?:[ \t]+(?:IPS|CIC|Ltd\.?|Limited|plc|PLC)(?![\w.]))?)(?!\w)")
# "Audit and Governance Committee", "Parks Advisory Board", "BOARD OF EDUCATION" (a US
# board named by what it governs), "Riverside Library Commission".
_GOVERNS = (r"(?i:Education|Trustees|Directors|Supervisors|Commissioners|Governors|Selectmen|"
            r"Aldermen)")
_COMMITTEE = re.compile(
    r"((?:[A-Z][\w'’\-]+(?:,|[ \t]+and|[ \t]+&|[ \t]+of|[ \t]+for)*[ \t]+){0,8}"
    r"(?i:Committee|Sub-Committee|Panel|Cabinet|Board|Forum|Commission)"
    rf"(?:[ \t]+(?i:of)[ \t]+{_GOVERNS})?)\b"
)
# "OPEN BOARD MEETING MINUTES", "Commission Meeting Minutes", "Regular Board Meeting": the kind
# of session (open, public, regular) is no part of the body's name, and the body may be one word.
_SESSION_WORDS = re.compile(r"(?i)^(?:(?:open|public|closed|regular|special|ordinary)\s+)+")
_BODY_MEETING = re.compile(r"(?i)^(?:(?:open|public|closed|regular|special|ordinary)\s+)*"
                           r"(board|commission|cabinet|council|committee|panel|forum)\s+meeting\b"
                           r"|^(annual\s+general\s+meeting)\b")
_DATE_FIELD = re.compile(
    r"(?:date\s+of\s+meeting|meeting\s+date|date|held\s+on|held\s+(?:at|in)\s+[^.]{0,80}?\bon|"
    r"to\s+be\s+held\s+on|will\s+be\s+held(?:\s+on)?)\s*[:\-–]?\s*",
    re.I,
)
_REPORT_WORDS = re.compile(
    r"\b(report|update|progress|plan|review|statement|budget|accounts|briefing|strategy|proposal)",
    re.I,
)


_SPACED_LETTERS = re.compile(r"^(?:[A-Z]{1,2} ){4,}[A-Z]{1,2}$")
_NAME_WORDS = re.compile(r"(PARISH|TOWN|COUNTY|DISTRICT|BOROUGH|CITY|COUNCIL|MEETING|AGENDA|"
                         r"MINUTES|COMMITTEE)")


def _unspaced(text: str) -> str:
    """"H E R T I N G F O R D B U R Y PA R I S H C O U N C I L" (a letter-spaced heading) ->
    "HERTINGFORDBURY PARISH COUNCIL": the letters joined, the words told apart by the name words."""
    if shadowed := _shadowed(text):
        return shadowed
    text = _DROP_CAP.sub("", text)
    if not _SPACED_LETTERS.match(text):
        return text
    return " ".join(_NAME_WORDS.sub(r" \1 ", text.replace(" ", "")).split())


# "H HERTINGFORDBURY PARISH COUNCIL": a decorated initial the text layer gives apart from the
# word it begins, which repeats it.
_DROP_CAP = re.compile(r"^([A-Z]) (?=\1[A-Z]{2,})")


def _shadowed(text: str) -> str | None:
    """"H E HERTINGFORDBURY R T I N G ... PARISH R Y PA COUNCIL R I S H ...": a heading printed
    twice over (a letter-spaced copy under a plain one, as word-art shadows are), whose text
    layer interleaves the two. The whole words, when their letters are the spaced letters."""
    tokens = text.split()
    words = [t for t in tokens if len(t) > 2]
    letters = [t for t in tokens if len(t) <= 2]
    if len(words) < 2 or len(letters) < 2 * len(words) or not text.isupper():
        return None
    return " ".join(words) if "".join(words) == "".join(letters) else None


def _lines(doc: Document, limit: int = 60) -> list[tuple[str, int | None, int]]:
    """(text, heading level, page) of the first non-empty lines."""
    out = []
    for ln in doc.lines[:limit]:
        text = _unspaced(" ".join(doc.text[ln.char_start:ln.char_end].split()))
        if text:
            out.append((text, ln.heading, ln.page or 1))
    return out


# Report and minutes headers print their facts as labelled fields ("Subject:\tLate changes to
# ...", "To:\tCabinet – 4th March 2025", "Title of Meeting\tSuffolk Libraries IPS - Board
# Meeting"): read them as fields, never from a sentence of the body.
_FIELD_LABELS: list[tuple[str, re.Pattern[str]]] = [
    ("title", re.compile(r"^(?:Subject(?:\s+Matter(?:\s*/\s*Title\s+of\s+Decision)?)?|"
                         r"Title(?:\s+of\s+(?:Report|Decision))?|Report\s+title|Re)\s*(?::\s*|\t)", re.I)),
    # "Title of Meeting\tSuffolk Libraries IPS - Board Meeting": the meeting's name, the title of
    # the paper only where it prints no heading of its own ("OPEN BOARD MEETING MINUTES").
    ("meeting", re.compile(r"^Title\s+of\s+Meeting\s*(?::\s*|\t)", re.I)),
    # A record of decision's form: "Subject Matter / Title of Decision" in a cell of its own, the
    # title in the cell under it.
    ("title", re.compile(r"^(?:Subject\s+Matter\s*/\s*)?Title\s+of\s+Decision\s*:?\s*$", re.I)),
    ("committee", re.compile(r"^(?:To|Report\s+to|Meeting|Committee|Decision\s+maker)\s*(?::\s*|\t)", re.I)),
    ("date", re.compile(r"^(?:Date(?:\s+of\s+(?:meeting|decision))?|Meeting\s+date|Decision\s+date)\s*(?::\s*|\t)", re.I)),
    ("author", re.compile(r"^(?:From|By|Report\s+(?:by|of|from)|Author)\s*(?::\s*|\t)", re.I)),
]
_ANY_LABEL = re.compile(r"^[A-Z][\w /&()-]{0,30}(?::\s|:$|\t)")
FIELD_INDENT = 10.0
"""Points a field's continuation line starts right of its label (a tab stop is 30-90)."""
FIELD_LINES = 40
"""Header fields are in the first lines of the paper (a ModernGov report's block of From / To /
Subject / Classification runs to about 15 lines; a decision record's to 30)."""


def header_fields(doc: Document) -> dict[str, str]:
    """The labelled fields of the paper's header, each with its continuation lines joined."""
    fields: dict[str, str] = {}
    current: str | None = None
    pending: str | None = None
    label_x: float | None = None
    for ln in doc.lines[:FIELD_LINES]:
        raw = doc.text[ln.char_start:ln.char_end].strip()
        if not raw:
            current = None
            continue
        if pending is not None:
            # a label alone on its line ("Title of Decision"): its value is the next line
            if not _ANY_LABEL.match(raw):
                fields[pending] = " ".join(raw.split())
            pending = None
            continue
        for name, label in _FIELD_LABELS:
            m = label.match(raw)
            if m and name not in fields:
                fields[name] = " ".join(raw[m.end():].split())
                current, label_x = name, (ln.bbox[0] if ln.bbox else None)
                if not fields[name] and m.end() >= len(raw) and not raw.endswith((":", "\t")):
                    pending, current = name, None
                break
        else:
            # A field's value goes on over lines indented under it ("Subject:  Late changes to
            # the ... Medium Term / Financial Plan (MTFP)"); text back at the margin is the body.
            indented = (ln.bbox[0] > label_x + FIELD_INDENT if ln.bbox and label_x is not None
                        else doc.text[ln.char_start:ln.char_start + 1] in "\t ")
            if _ANY_LABEL.match(raw) or current is None or not indented:
                current = None
            elif current == "title" and len(fields[current]) < 250:
                fields[current] = f"{fields[current]} {' '.join(raw.split())}".strip()
    return {k: v for k, v in fields.items() if v}


# The attendance block of minutes ("Present", "Present: Members of the Public:", "Apologies"),
# often set in the heading's type: a section of the paper, never its title.
_ATTENDANCE = re.compile(r"(?i)^(?:present|apologies|in\s+attendance|also\s+present|absent|"
                         r"members\s+of\s+the\s+public|officers\s+present|"
                         r"(?:councillors|cllrs)\b(?=.*,))")  # "Councillors D Richardson (Chair), P Moran"


# "1. APOLOGIES FOR ABSENCE", "1<tab>To receive apologies", "17.4 The Committee may appoint
# ...", "17.01.02 Register of Interests": a numbered item or paragraph of the body (up to three
# digits a part, so that "2024 Annual Report" is not one; not an address, "45 Beatty Street",
# nor a time, "7.30 pm in Hertingfordbury Cowper JMI School").
_ITEM_LINE = re.compile(r"^\d{1,3}(?:(?:\.\d{1,3})+\.?[ \t]+|[.)][ \t]+|\t)(?!(?i:am|pm|hrs)\b)\S")
# What stands at the top of a page but names no paper: a bundle label ("PAPER A", "Agenda Item
# 5"), a protective marking ("OFFICIAL", "OFFICIAL - SENSITIVE"), a draft stamp ("DRAFT
# VERSION"), a letter's salutation ("Dear Member"), a report's addressee ("Report to Kent County
# Council" / "by J Burston ...", over a planning inspector's report's own title "Report on the
# Examination of ...": a "To:" line in other words).
_NOT_TITLE = re.compile(
    r"(?i)^(?:(?:paper|item|agenda\s+item|annex|appendix|enclosure)\s+[\w.]{1,4}"
    r"|report\s+to\s+(?:the\s+)?(?:\w[\w&’']*\s+){0,5}(?:council|cabinet|committee|board|panel)"
    r"|official(?:\s*[-–]\s*sensitive)?|not\s+protectively\s+marked|draft(?:\s+version)?"
    r"|dear\s+(?:member|councillor|sir|madam|all)s?\b.*)[ .:,]*$")


def _is_title(text: str) -> bool:
    """Not a letterhead (an organisation name alone), a page label, a bare "Minutes", a
    numbered item or the attendance block."""
    return (
        len(text) > 3
        and not _ATTENDANCE.match(text)
        and not _ITEM_LINE.match(text)
        and not _NOT_TITLE.match(text)
        and not _ORG.fullmatch(text)
        and not _HEADER_ORG.fullmatch(text)
        and not _OF_PLACE_COUNCIL.fullmatch(text)
        and not _US_ORG.fullmatch(text)
        and text.lower().strip(" :") not in _GENERIC_TITLES
        and not re.fullmatch(r"(?i)p\s*a\s*g\s*e.*|\d+", text)
        and not _LEDGER_ROW.match(text)
        and not _only_a_date(text)
    )


# A sentence of the body ("Members of the Council are hereby summoned ...", "A regular meeting
# of the Township of Nipissing Council was held ..."), not a heading.
_BODY_SENTENCE = re.compile(r"^(?:[a-z]|(?=.{40,}).{8,}\b(?:is|are|was|were|be|been|hereby)\b)")


# What a heading looks like when the layout does not mark it: short, no sentence end, no field.
_HEADING_SHAPE = re.compile(r"^(?!.*[.:]$)(?!.*:\s)[^a-z].{2,89}$")


def _only_a_date(text: str) -> bool:
    """"Tuesday, March 5, 2024": a date line under the heading, not a title. A name beside the
    date ("TMG 14 November 2024", a meeting note's heading) makes it a title."""
    spans = list(find_date_spans(text))
    covered = sum(s.end - s.start for s in spans)
    if covered < DATE_LINE_SHARE * len(text.strip(" ,.-–")):
        return False
    rest = text
    for sp in reversed(spans):
        rest = rest[:sp.start] + " " + rest[sp.end:]
    return not _NAME_BESIDE_DATE.fullmatch(rest.strip(" ,.-–:"))


# "TMG", "Cabinet", "Audit Panel": a body's name or initials beside a date, not a weekday or a
# field's word ("Tuesday,", "Date:", "held on").
_NAME_BESIDE_DATE = re.compile(
    r"(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|date|dated|held|on|at|of|the|meeting|"
    r"minutes|agenda|draft|issued|published)\b)[A-Z][\w&]+(?:\s+[A-Z][\w&]+){0,3}")


# "County Council Meeting - 13th March 2025", "Cabinet Meeting, 4 March 2025": the line naming
# the meeting a paper goes to, by its body and date.
_MEETING_LINE = re.compile(r"^(?P<body>[A-Z][\w&’' ]{2,80}?)\s+(?i:meeting)\s*[-–—,:]?\s*"
                           r"(?:(?i:on)\s+)?(?P<date>\S.*)$")


def meeting_line(text: str) -> re.Match[str] | None:
    m = _MEETING_LINE.match(text)
    if not m or not _BODY_NAME.search(m.group("body")):
        return None
    date = m.group("date")
    return m if sum(s.end - s.start for s in find_date_spans(date)) >= DATE_LINE_SHARE * len(
        date.strip(" ,.-–")) else None


def _tidy_name(name: str) -> str:
    name = _DROP_CAP.sub("", " ".join(name.split()))
    name = re.sub(r"^(?:The|the|Dear|From|To)\s+", "", name)
    if name.isupper():  # "BOARD OF EDUCATION" -> "Board of Education"
        name = re.sub(r"(?<=\s)(?:Of|And|For|The|On|In)\b", lambda w: w.group(0).lower(), name.title())
    return name


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


TITLE_LINES = 8
"""A title stands among the first lines of the first page; further down is the body."""
DATE_LINE_SHARE = 0.7
"""A line this much of which is one date ("Tuesday, March 5, 2024") is a date line."""
WRAP_GAP = 1.0
"""Space between a heading's lines, as a share of its type size, up to which the next line
goes on with the heading (wrapped lines sit 0.1-0.3 apart; a title page's second line, 0.7; a
minutes heading's "HELD ON ..." line, 0.8; a line after a blank line, 1.1 or more). Was 0.5
until the dev5 papers showed two-line titles set 0.7-0.8 apart."""
HEADING_LINES = 3
"""A heading of minutes runs over at most this many lines ("Minutes of the meeting of X Parish
Council held on Wednesday 9th / November 2011 at 7.30pm in ... School, Birch Green")."""


# "8.00pm in Hertingfordbury Cowper JMI School, Birch Green": a heading's line that goes on with
# the meeting's time (any other line opening with a figure starts an item or a date line).
_TIME_OPENS = re.compile(r"^\d{1,2}[.:]\d\d\s*(?i:am|pm|hrs)\b")


# "... held on Wednesday 13th June" / "2012 at 7.30pm in ...": a date broken before its year.
_YEAR_OPENS = re.compile(r"^(?:19|20)\d\d\b(?![.\d/])")
_MONTH_ENDS = re.compile(r"(?i)\b(?:january|february|march|april|may|june|july|august|september|"
                         r"october|november|december),?$")


def _heading_run(doc: Document, first: str) -> str | None:
    """`first` with the lines that go on in its type size after it, up to the next line that
    starts a section (PRESENT:, a number, a label)."""
    lines = doc.lines[:80]
    for i, ln in enumerate(lines):
        text = " ".join(doc.text[ln.char_start:ln.char_end].split())
        if not text or not first.startswith(text[:40]):
            continue
        run = [text]
        prev = ln
        cut_at_date = False
        for nxt in lines[i + 1:i + FRONT_SHEET_LINES]:
            more = " ".join(doc.text[nxt.char_start:nxt.char_end].split())
            if len(run) >= HEADING_LINES and (_DATE_OPENS.match(more) or not run[-1].endswith(
                    _RUN_GOES_ON)):
                # A front sheet's heading set a few words a line ("Summons to and / Agenda for an
                # / Extraordinary / Meeting on / Thursday, 9th / January, 2025"): its name goes
                # on past three lines as long as a line ends in a joining word, up to the date.
                cut_at_date = bool(_DATE_OPENS.match(more))
                break
            # A wrapped line follows at the heading's own line spacing; a line set apart by a
            # blank line's space is a heading line of its own ("... SOULDERN PARISH COUNCIL" /
            # "HELD IN THE VILAGE HALL").
            gap = (nxt.bbox[1] - prev.bbox[3]) if nxt.bbox and prev.bbox else None
            if (not more or nxt.size is None or ln.size is None or abs(nxt.size - ln.size) > 0.3
                    or gap is None or gap > WRAP_GAP * ln.size
                    or _ANY_LABEL.match(more) or re.match(r"^(?:PRESENT|Present)", more)
                    or (more[:1].isdigit() and not _TIME_OPENS.match(more)
                        and not (_YEAR_OPENS.match(more) and _MONTH_ENDS.search(run[-1])))
                    or run[-1].endswith((".", ":"))
                    # "*** AGENDA ***" / "Tuesday, March 5, 2024": the date line under a heading
                    # (not "Minutes of the meeting held on" / "13th March 2018")
                    or (_only_a_date(more) and not _DATE_BELONGS.search(run[-1]))):
                break
            run.append(more)
            prev = nxt
        joined = " ".join(run)
        return re.sub(r"(?i)\s+(?:on|at|held\s+on)$", "", joined) if cut_at_date else joined
    return None


FRONT_SHEET_LINES = 7
"""A front sheet's heading in large type runs to seven short lines with its date and time."""
_RUN_GOES_ON = (" and", " for", " an", " a", " the", " of", " on", " to", "Meeting", "Council",
                "Committee", "Cabinet", "Extraordinary", "Budget")
# A line of a heading that opens with the meeting's day or time ("Thursday, 9th", "at 10.00 am").
_DATE_OPENS = re.compile(r"(?i)^(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|at\s+\d|"
                         r"(?:january|february|march|april|may|june|july|august|september|october|"
                         r"november|december)\b)")


# "Community Grant Applications 13th March 2018": the meeting's date printed after the title
# (not "Minutes of the meeting held on 13th March 2018", nor "Milburn Parish Council - 6th March").
_TRAILING_DATE = re.compile(
    r"^(?P<title>.*[a-z].*?)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d$")
_DATE_BELONGS = re.compile(r"(?i)\b(?:on|of|at|dated|held|from|to|until|by|ended|ending)$|[-–:,]$")


def _without_trailing_date(title: str) -> str:
    m = _TRAILING_DATE.match(title)
    if not m or _OWN_HEADING.match(title) or _DATE_BELONGS.search(m.group("title")):
        return title
    return m.group("title")


def find_title(doc: Document) -> str | None:
    found = _find_title(doc)
    # "*** AGENDA ***": the stars are the heading's decoration, not its words
    found = found.strip("*").strip() if found else None
    return _without_trailing_date(found) if found else None


# A statutory election notice is titled by what it is ("STATEMENT OF PERSONS NOMINATED", "NOTICE
# OF POLL"), above or below the line naming the election ("Election of a District Councillor for
# Northfield Ward") and the council's name.
_NOTICE_TITLE = re.compile(r"(?i)^(?:statement\s+of\s+persons\s+nominated|notice\s+of\s+"
                           r"(?:poll|election|uncontested\s+election))\b")


_COUNCIL_MEETING_LINE = re.compile(r"^(.+?\bCouncil)\s+(?i:meeting)\b")
_ITEM_LABEL = re.compile(r"(?i)^agenda\s+item\s+(?:no\.?\s*)?[\w.]{1,5}$")
# "04/04/2023 OALC<tab>156.00": a row of a payments list (date, payee, amount), never a title.
_LEDGER_ROW = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b.*\s-?£?[\d,]+\.\d\d$")
LEDGER_SHARE = 0.6
"""A paper whose first lines are this much payment rows is a list of payments (kind other, no
title, no date of its own: the rows' dates are the payments')."""


def is_ledger(doc: Document) -> bool:
    lines = [t for t, _, _ in _lines(doc, 30)]
    return bool(lines) and sum(bool(_LEDGER_ROW.match(t)) for t in lines) >= LEDGER_SHARE * len(lines)


_MEETING_ONLY = re.compile(r"(?i)^(?:(?:annual|extraordinary|special|ordinary)\s+)?meeting\s+"
                           r"(?:to\s+be\s+held|held|on)\b")
_APPENDIX_CAPTION = re.compile(r"^(?i:appendix|annex)\s+[A-Z0-9]{1,3}\s*[-–:]\s*[A-Za-z0-9].{8,}")


# "Dear Leaders," among a paper's first lines, under the sender's and the addressee's names and
# addresses: the paper is a letter.
_SALUTATION = re.compile(r"^\s*Dear\s+[A-Z]\w*")
LETTER_HEAD_LINES = 25
"""A letter's salutation stands under its letterhead, reference, addressee and date: within
this many lines of its top (a ministerial letter's is the 13th to 17th line)."""


def _salutation_at(doc: Document) -> int | None:
    """The index in `doc.lines` of the salutation of a paper that opens as a letter."""
    return next((k for k, ln in enumerate(doc.lines[:LETTER_HEAD_LINES])
                 if _SALUTATION.match(doc.text[ln.char_start:ln.char_end])), None)


def _letter_subject(doc: Document, salutation: int) -> str | None:
    """A letter is titled by its subject line ("Re: ...", a field; or the line set under the
    salutation, "Dear Member / COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025"); one with none
    has no title (the sender's name at its top, "Jim McMahon OBE MP", is not one)."""
    lines = [t for ln in doc.lines[salutation + 1:salutation + 4]
             if (t := " ".join(doc.text[ln.char_start:ln.char_end].split()))]
    if not lines:
        return None
    text = lines[0]
    # the first line of the letter's text is no subject: it wraps into a line going on in
    # lower case ("In July 2024, the Deputy Prime Minister invited you to partner with this new
    # Government to" / "deliver the most ambitious programme ...")
    wraps = len(lines) > 1 and lines[1][:1].islower()
    shaped = (_HEADING_SHAPE.match(text) and _is_title(text) and not _BODY_SENTENCE.search(text)
              and not wraps)
    return text[:300] if shaped else None


def _find_title(doc: Document) -> str | None:
    fields = header_fields(doc)
    if title := fields.get("title"):
        return title[:300]
    if (at := _salutation_at(doc)) is not None:
        return _letter_subject(doc, at)
    if (found := _title_from_lines(doc)) is not None:
        return found
    return fields["meeting"][:300] if "meeting" in fields else None


def _title_from_lines(doc: Document) -> str | None:
    lines = _join_wrapped(_lines(doc, 80))
    first_page = [x for x in lines if x[2] == lines[0][2]] if lines else []
    if notice := next((t for t, _, _ in first_page[:TITLE_LINES] if _NOTICE_TITLE.match(t)), None):
        return notice[:300]
    # "Royal Sutton Coldfield Town Council Meeting 21 February 2017" / "Agenda Item 166" /
    # "Summer in Sutton Coldfield": a report filed under an agenda item, titled by the heading
    # under the item's label (the line above names the meeting it goes to).
    label = next((k for k, (t, _, _) in enumerate(first_page[:4]) if _ITEM_LABEL.match(t)), None)
    if label is not None and label + 1 < len(first_page):
        text = first_page[label + 1][0]
        if _is_title(text) and _HEADING_SHAPE.match(text) and not _BODY_SENTENCE.search(text):
            return text[:300]
    # "APPENDIX B - CAPITAL INVESTMENT SUMMARY 2025-26 to 2034-35" in small type over a table
    # whose sections are set larger ("Adult Social Care & Health (ASCH)"): a budget appendix's
    # only heading is its caption, the first line of the page, whatever its type size.
    if first_page and _APPENDIX_CAPTION.match(first_page[0][0]) and len(first_page[0][0]) <= 300:
        return first_page[0][0]
    # The title stands above the attendance block and the first numbered item ("1. APOLOGIES
    # FOR ABSENCE" / "To consider any apologies for absence"); from there on is the body.
    start = next((k for k, x in enumerate(first_page)
                  if _ATTENDANCE.match(x[0]) or _ITEM_LINE.match(x[0])), None)
    if start is not None:
        first_page = first_page[:start]
    own = next((t for t, _, _ in first_page[:15] if _OWN_HEADING.match(t) and len(t) <= 300), None)
    if own:
        run = _heading_run(doc, own)
        own = run if run and len(run) > len(own) else own
    if own and doc.source.format == "html":
        return own
    headings = [x for x in first_page if x[1] is not None]
    if headings:
        top = min(h[1] for h in headings)
        ranked = [h[0] for h in headings if h[1] == top]
        # An organisation name on its own is a letterhead, not the title.
        for text in ranked + [h[0] for h in headings]:
            if _is_title(text):
                # A heading set over several lines in its own type ("Summons to and" /
                # "Agenda for the Budget" / "County Council") is one title.
                run = _heading_run(doc, text)
                title = run if run and len(run) > len(text) else text
                # "MILBURN PARISH COUNCIL" / "MEETING TO BE HELD ON TUESDAY, ...": a heading
                # that names no body goes on from the letterhead set above it in its type.
                at = next(k for k, x in enumerate(first_page) if x[0] == text)
                if _MEETING_ONLY.match(text) and at > 0:
                    above, level, _ = first_page[at - 1]
                    if level is not None and (_ORG.fullmatch(above) or _HEADER_ORG.fullmatch(above)):
                        title = f"{above} {title}"
                return title[:300]
    def plain_title(text: str) -> bool:
        return bool(_is_title(text) and re.search(r"[A-Za-z]{3}", text)
                    and not _BODY_SENTENCE.search(text) and not _ANY_LABEL.match(text)
                    and not text.lower().startswith("signed")
                    and (_HEADING_SHAPE.match(text) or _OWN_HEADING.match(text)))

    for k, (text, _, _) in enumerate(first_page[:TITLE_LINES]):
        if plain_title(text):
            # "County Council Meeting - 13th March 2025" / "Motion for Time Limited Debate –
            # ...": the meeting the paper goes to, over the paper's own title
            if meeting_line(text) and k + 1 < len(first_page) and plain_title(first_page[k + 1][0]) \
                    and not meeting_line(first_page[k + 1][0]):
                following = first_page[k + 1][0]
                return (_heading_run(doc, following) or following)[:300]
            if _OWN_HEADING.match(text):
                text = _heading_run(doc, text) or text
            return text[:300]
    # Only a letterhead and a bare "MINUTES": the paper is titled by both ("Township of
    # Nipissing Minutes"), or by its letterhead alone.
    # A bare "MINUTES" set as the heading above the letterhead ("MINUTES" / "TOWNSHIP OF
    # NIPISSING" / "Tuesday, March 7, 2023") is the paper's main heading, and so its title.
    at = next((k for k, (t, _, _) in enumerate(first_page[:5])
               if _ORG.fullmatch(t) or _HEADER_ORG.fullmatch(t)), None)
    if at is not None:
        letterhead = first_page[at][0]
        generic = next(((k, t, h) for k, (t, h, _) in enumerate(first_page[:8])
                        if t.lower().strip(" :") in ("minutes", "agenda")), None)
        if generic and generic[0] < at and generic[2] is not None:
            return generic[1]
        return f"{letterhead} {generic[1]}" if generic else letterhead
    return None


# "Cllr Rodger Gough / Leader - Kent County Council": an addressee named by post and council.
_ADDRESSEE = re.compile(r"\b(?:Leader|Chief\s+Executive|Chair(?:man)?|Mayor|Clerk|Member)\b"
                        r"\s*(?:[-–,]|of(?:\s+the)?)\s*\S")


def _addressee_lines(doc: Document) -> set[str]:
    """In a letter, the lines above its salutation that name a council beside a post held there
    ("Leader - Kent County Council", "Leader - Medway Council"): its addressees, not its author
    (a minister's letter to two councils' Leaders)."""
    at = _salutation_at(doc)
    if at is None:
        return set()
    lines = (" ".join(doc.text[ln.char_start:ln.char_end].split()) for ln in doc.lines[:at])
    return {t for t in lines if _ADDRESSEE.search(t) and (_ORG.search(t) or _HEADER_ORG.search(t)
                                                         or re.search(r"\bCouncil\b", t))}


_SIGN_OFF = re.compile(r"(?im)^\s*yours\s+(?:sincerely|faithfully|truly)\b")


def _letter_body(doc: Document) -> tuple[int, int] | None:
    """The characters of a letter between its salutation and its sign-off: the bodies it names
    there are those it writes to or about; its author is in its letterhead or signature."""
    at = _salutation_at(doc)
    if at is None:
        return None
    start = doc.lines[at].char_end
    end = _SIGN_OFF.search(doc.text, start)
    return start, end.start() if end else len(doc.text)


def find_organisation(doc: Document, ctx: Context) -> str | None:
    """The author: a council named in the letterhead, else the one the paper names most."""
    text = doc.text
    votes: Counter[str] = Counter()
    addressed = _addressee_lines(doc)
    header = [t for t, _, _ in _lines(doc, 12) if len(t) < 150 and t not in addressed]
    for i, line in enumerate(header):
        weight = 9 if i == 0 else 6 if i < 3 else 3
        for m in (*_ORG.finditer(line), *_OF_PLACE_COUNCIL.finditer(line), *_US_ORG.finditer(line)):
            # "The Industrial & Provident Society ... supported by Suffolk County Council": a
            # body named in a sentence under the letterhead is not the letterhead's.
            prose = len([w for w in _PROSE_WORD.findall(line[:m.start()])
                         if w not in _HEADING_WORDS]) >= PROSE_WORDS
            votes[_tidy_name(m.group(0))] += 1 if prose else weight
        m = _HEADER_ORG.match(line)
        if m:
            votes[_tidy_name(m.group(1))] += weight
    body = _letter_body(doc)
    for m in (*_ORG.finditer(text), *_OF_PLACE_COUNCIL.finditer(text)):
        if body and body[0] <= m.start() < body[1]:
            continue  # "I will not be postponing the May 2025 elections to Kent County Council"
        if " ".join(text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
                    .split()) in addressed:
            continue
        # "MILBURN PARISH COUNCIL" alone on a line over a later page's statement is a letterhead
        # (an annual return's own pages name only the form's publisher); in a sentence, a mention.
        votes[_tidy_name(m.group(0))] += LETTERHEAD_WEIGHT if _alone_on_line(text, m) else 1
    if max(votes.values(), default=0) < 3:
        # "the County Council" + the place the paper keeps naming ("West Sussex") is the author.
        bare = Counter(_tidy_name(m.group(1)) for m in _BARE_TYPE.finditer(text))
        places: Counter[str] = Counter()
        if bare and "ner" in ctx.nlp.pipe_names:
            # Each place the model finds counts as often as the paper writes it (the model tags
            # one name now as a place, now as a facility), less a place the paper calls a ward:
            # "the Four Oaks ward community grant fund" is a ward of the town council, not it.
            found = {e.text for e in ctx.nlp(text[:20000]).ents
                     if e.label_ == "GPE" and e.text[:1].isupper() and e.text not in _NOT_PLACES
                     and not e.text.endswith(" Ward") and _is_a_place(e.text, text)
                     and not _is_a_ward(e.text, text)}
            places.update(_written_counts(found, text))
        # The council's own mail domain ("georgina.little@kent.gov.uk"), or its web address in
        # the letterhead, names its place (weighted as the initials are: the paper's own
        # contact, where a name the model takes for a place may be a person's, "Swati
        # Dhingra"). A web address in the body is anyone's ("www.nalc.gov.uk", the national
        # association's, on a parish council's annual return).
        header_text = "\n".join(header)
        for m in (*_GOV_MAIL.finditer(text), *_GOV_WEB.finditer(header_text)):
            places[m.group(1).title()] += INITIALS_WEIGHT
        # A county council's address names its county before the postcode ("County Hall,
        # Maidstone, Kent, ME14 1XQ"); a district's names the county it lies in, not itself.
        if bare and bare.most_common(1)[0][0] == "County Council":
            places.update(m.group(1) for m in _ADDRESS_COUNTY.finditer(text)
                          if m.group(1) not in _NOT_PLACES)
            # a county the paper names as a place, though the model does not take it for one
            # ("Securing Kent's Future", "across Kent": a section 25 statement); not a body's
            # name that begins with it ("Kent PFI (Holdings) Ltd", a counterparty)
            if not places:
                places.update({c: n for c in COUNTIES
                               if (n := len(re.findall(_county_as_place(c), text)))})
        if bare and places:
            place, n = places.most_common(1)[0]
            council_type = bare.most_common(1)[0][0]
            votes[f"{place} {council_type}"] += n + bare[council_type]
        # "KCC" ten times and "in Kent": the paper's own initials outweigh a place the model
        # finds in a heading ("English Devolution White Paper") or a name ("Swati Dhingra").
        votes.update({name: INITIALS_WEIGHT * n for name, n in _from_initials(text).items()})
    if not votes:
        return None
    # "City of Bradford Metropolitan District Council" is also read as "Bradford Metropolitan
    # District Council" (the place's type before it): one body, named in full by the longer.
    for short in list(votes):
        if long := next((lg for lg in votes if _is_of_place_form(lg, short)
                         or _is_initials_form(lg, short)), None):
            votes[long] += votes.pop(short)
    return votes.most_common(1)[0][0]


def _county_as_place(county: str) -> str:
    """"Kent's", "in Kent", "across Kent", "for Kent": the county named as a place."""
    return (rf"\b{county}['’]s\b|\b(?:in|across|throughout|within|for|to|from)\s+{county}\b"
            rf"(?!\s+(?:of|and)\b|\s+[A-Z])")


def _is_initials_form(long: str, short: str) -> bool:
    """"Stoke Ferry PC" is "Stoke Ferry Parish Council" where the paper also names it in full."""
    full = {"PC": "Parish Council", "TC": "Town Council"}.get(short.rsplit(" ", 1)[-1])
    return full is not None and long == f"{short.rsplit(' ', 1)[0]} {full}"


def _is_of_place_form(long: str, short: str) -> bool:
    return long != short and long.endswith(" " + short) and bool(_OF_PLACE_COUNCIL.fullmatch(long))


_MEETING_OF = re.compile(
    rf"\b(?i:meeting|minutes)\s+(?i:of)\s+(?:(?i:the|a)\s+)?(?P<body>(?:{_CAP}\s+){{0,4}}"
    r"(?:(?i:County|District|Borough|Parish|Town|City|Community)\s+)?"
    r"(?i:Council|Committee|Sub-Committee|Panel|Cabinet|Board|Forum)"
    # "REGULAR MEETING OF THE BOARD OF EDUCATION": a US board named by what it governs
    rf"(?:\s+(?i:of)\s+{_GOVERNS})?)\b")
# "A regular meeting of the Township of Nipissing Council was held": a township's council meets
# as "Council" (the name its minutes and agendas give the meeting).
_TOWNSHIP_MEETING = re.compile(
    rf"\b(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?(?:Corporation\s+of\s+the\s+)?Township\s+of\s+"
    rf"(?:{_CAP}\s+){{1,3}}(?P<body>Council)\b")
_BODY_NAME = re.compile(r"(?i)\b(?:Council|Cabinet|Committee|Sub-Committee|Panel|Board|Forum|"
                        r"Meeting|Executive|Commission|Assembly|Group)$")
_PROSE_WORD = re.compile(r"\b[a-z]{2,}\b")
PROSE_WORDS = 3
"""A committee's name followed on its line by this many lower-case words stands in a sentence of
the body, not in a heading ("CORPORATE PARENTING PANEL– 29 October 2024" has none)."""
BODY_WORDS = 6
"""A line with this many lower-case words (other than a heading's small words) is a sentence of
the body: the header, where the paper names its meeting, is above it."""
_COMMITTEE_ONLY = re.compile(r"^(?:THE\s+)?(CABINET|COUNCIL|COUNTY COUNCIL|FULL COUNCIL|BOARD)$|"
                             r"^(?:The\s+)?(Cabinet|County Council|Full Council)$")
_POST_IN_LINE = re.compile(r"\b(?:Member|Leader|Director|Officer|Chair(?:man)?|Clerk)\b")


# The small words of a heading ("Minutes of the annual meeting of X Parish Council held on"),
# which do not make it a sentence.
_HEADING_WORDS = {"of", "the", "a", "an", "annual", "meeting", "minutes", "held", "on", "at", "in",
                  "for", "and", "to", "be", "extraordinary", "ordinary", "special", "agenda",
                  "general", "parish", "council", "notice"}
INITIALS_WEIGHT = 3
"""A use of the council's initials ("KCC") counts as much as three mentions of a place: the
initials are the paper's own shorthand for its author, a place may be anyone's."""
# "KCC", "OCC", "CDC": a council's initials, with the place the paper names that they stand for.
_INITIALS = re.compile(r"\b([A-Z])(CC|DC|BC|TC)\b")
_INITIAL_TYPES = {"CC": "County Council", "DC": "District Council", "BC": "Borough Council",
                  "TC": "Town Council"}


def _from_initials(text: str) -> Counter[str]:
    """"KCC" five times and "Kent" (as a place: "Kent's roads", "across Kent", "funding for
    Kent") -> Kent County
    Council: the initials say the type, the place the paper names says what the first stands for."""
    found: Counter[str] = Counter()
    for (letter, kind), n in Counter(_INITIALS.findall(text)).most_common(2):
        names = Counter(m.group(1) for m in re.finditer(rf"\b({letter}[a-z]{{2,}})(?:['’]s\b|\b)", text)
                        if _is_a_place(m.group(1), text)
                        or re.search(rf"\b{m.group(1)}['’]s\b", text)
                        # "grant funding for Kent": with the initials' letter, a place
                        or re.search(rf"\b(?:for|to|from)\s+{m.group(1)}\b(?!\s+(?:of|and)\b)", text))
        if names:
            found[f"{names.most_common(1)[0][0]} {_INITIAL_TYPES[kind]}"] += n
        elif kind == "CC" and len(county := _counties_of_initial(letter)) == 1:
            # A one-page budget amendment form or a meeting note writes only "KCC" (its logo
            # names the council): a county council's initials stand for the one county whose
            # name begins with their letter, where only one does ("KCC" Kent; not "SCC",
            # Suffolk, Surrey, Somerset or Staffordshire).
            found[f"{county[0]} County Council"] += n
    return found


def _counties_of_initial(letter: str) -> list[str]:
    """The one-word counties with a county council whose name begins with `letter`."""
    return [c for c in COUNTIES if c.startswith(letter) and " " not in c]


_ADDRESS_COUNTY = re.compile(r",[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),?[ \t]+"
                             r"[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b")
_GOV_MAIL = re.compile(r"[\w.\-]+@([a-z]+)\s*\.gov\.uk\b")
_GOV_WEB = re.compile(r"\bwww\.([a-z]+)\s*\.gov\.uk\b")
LETTERHEAD_WEIGHT = 3
"""A council named alone on a line of a later page counts as a letterhead of the header's third
line and below does: enough to stand without the guess from a bare "the Town Council"."""


def _alone_on_line(text: str, m: re.Match[str]) -> bool:
    lo = text.rfind("\n", 0, m.start()) + 1
    hi = text.find("\n", m.end())
    return not (text[lo:m.start()] + text[m.end():hi if hi >= 0 else len(text)]).strip(" \t:.-–")


def _written_counts(names: set[str], text: str) -> Counter[str]:
    """How often the paper writes each name, not counting where it is part of a longer one
    ("Sutton" in "Sutton Coldfield")."""
    counts = Counter({n: len(re.findall(rf"\b{re.escape(n)}\b", text)) for n in names})
    for short in names:
        for long in names:
            if long != short and re.search(rf"\b{re.escape(short)}\b", long):
                counts[short] -= counts[long]
    return +counts


def _is_a_ward(name: str, text: str) -> bool:
    """"the Four Oaks ward community grant fund", "Vesey Ward": a ward of a council's area."""
    return bool(re.search(rf"\b{re.escape(name)}[ \t]+(?i:ward)\b", text))


def _is_a_place(name: str, text: str) -> bool:
    """The model tags "Apologies" or a first name as a place now and then: a one-word place
    must also be written as one somewhere ("in Kent", "across Kent"); a name of several words
    ("West Sussex") is rarely a mistake, unless it is a body's ("Combined Authority") or runs
    over two lines of a table."""
    words = name.split()
    if "\n" in name:
        return False  # "Integrated\nLifestyle": words of two lines of a table
    if len(words) >= 2 and not {"County", "Council", "Authority", "District", "Borough",
                                "Combined"} & set(words):
        return True
    return bool(re.search(rf"\b(?:in|across|throughout|around|within)\s+{re.escape(name)}\b"
                          rf"(?!\s+(?:of|and)\b)", text))


TABLE_ROW_CELLS = 3
"""A line of this many tab-separated cells is a table's row (a header field is two: "To:<tab>
Cabinet")."""


def find_committee(doc: Document) -> str | None:
    """The committee or meeting the paper is for: a report's "To:" field, the body whose meeting
    the minutes or agenda are of, a committee named in the header lines, or a heading that is
    only a meeting's name ("CABINET")."""
    to = header_fields(doc).get("committee")
    if to:
        # "To: All Members of the County Council": the meeting is the County Council's.
        to = re.sub(r"(?i)^(?:all\s+)?(?:members|councillors)\s+of\s+(?:the\s+)?", "", to)
        name = re.split(r"\s+[-–—,]\s+|\s*,\s*|\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z])", to)[0]
        # "County Council Date: 13 March 2025": the next field printed on the same line
        name = _tidy_name(re.split(r"\s+(?=[A-Z][a-z]+(?:\s+[a-z]+)?:)", name)[0].strip(" -–"))
        # A meeting is a body ("Cabinet", "County Council", "Governance and Audit Committee"),
        # never a person ("Decision maker: Sue Chandler") nor a letter's addressees ("To:
        # Leaders of all two-tier councils and ...").
        if name and _BODY_NAME.search(name) and not _POST_IN_LINE.search(name):
            return name
    # "MTFP Category<tab>Directorate Cabinet<tab>Headline Description": a table's header row
    # (its "Cabinet Member" column) at the top of a budget appendix names no meeting.
    rows = {_unspaced(" ".join(doc.text[ln.char_start:ln.char_end].split())) for ln in doc.lines[:15]
            if len(doc.text[ln.char_start:ln.char_end].strip().split("\t")) >= TABLE_ROW_CELLS}
    lines = [(t, h) for t, h, _ in _join_wrapped(_lines(doc, 15)) if t not in rows]
    for text, _ in lines[:3]:
        if m := meeting_line(text):
            return _tidy_name(m.group("body"))
    # "... invited to attend a Meeting of Hertingfordbury / Parish Council to be held": the
    # sentence may wrap anywhere, so the front of the paper is read as one run of words.
    front = " ".join(_unspaced(" ".join(doc.text[ln.char_start:ln.char_end].split()))
                     for ln in doc.lines[:15])
    if m := _TOWNSHIP_MEETING.search(front):
        return m.group("body")
    if m := _MEETING_OF.search(front):
        return _tidy_name(m.group("body"))
    top = min((h for _, h in lines if h is not None), default=None)
    in_body = False
    for text, heading in lines:
        if len([w for w in _PROSE_WORD.findall(text) if w not in _HEADING_WORDS]) >= BODY_WORDS:
            in_body = True
        if in_body and (heading is None or top is None or heading > top):
            # "The O&S Committee heard from our Police and Crime commissioner ...": the body has
            # begun; a committee in a section heading below it ("Thames Valley Police Rural
            # Forum") is one the paper reports on, not the one it is for.
            continue
        if len(text) > 120 or _POST_IN_LINE.search(text) or re.match(r"^(?:From|To|By)\b", text) \
                or _CONTENTS_LINE.search(text):
            continue  # (a table of contents' entry names a section, not the meeting)
        if (m := _COUNCIL_MEETING_LINE.match(text)) and (_ORG.fullmatch(m.group(1))
                                                         or _OF_PLACE_COUNCIL.fullmatch(m.group(1))):
            # "Royal Sutton Coldfield Town Council Meeting 21 February 2017": the council's own
            return _tidy_name(m.group(1))
        if m := _BODY_MEETING.match(text):
            return _tidy_name(m.group(1) or m.group(2))
        for m in _COMMITTEE.finditer(text):
            if len(_PROSE_WORD.findall(text[m.end():])) >= PROSE_WORDS:
                continue  # "The January Planning Committee meeting included five ...": the body
            name = _tidy_name(_SESSION_WORDS.sub("", m.group(1)))
            if len(name.split()) >= 2 and len(name.split()[0]) > 1:
                return name
    for k, (text, heading) in enumerate(lines):
        # "CABINET" as a heading; or "Question 1 / COUNTY COUNCIL / Thursday 13 March 2025" in
        # body type: a meeting's name alone over the meeting's date
        over_date = k + 1 < len(lines) and _only_a_date(lines[k + 1][0])
        if (heading is not None or over_date) and (m := _COMMITTEE_ONLY.match(text)):
            return _tidy_name(m.group(1) or m.group(2))
    # "TM half-year report 2024-25 to County Council" as every page's running footer: the
    # meeting the paper goes to, where its header names none.
    lines_at = raw_lines(doc.text)
    for i in sorted(furniture_lines(doc, lines_at)):
        if m := _FOOTER_TO.search(" ".join(doc.text[slice(*lines_at[i])].split())):
            return _tidy_name(m.group("body"))
    # "County Council is asked to agree the following:": the meeting the paper puts its
    # proposals to, where its header names none.
    page1 = doc.text[:doc.pages[0].char_end if doc.pages else 3000][:3000]
    if m := _ASKED_TO.search(page1):
        return _tidy_name(m.group("body"))
    return None


_FOOTER_TO = re.compile(
    r"(?i:\b(?:report|update|paper|appendix)\b).*\bto\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&’']*\s+){0,4}"
    r"(?:Council|Cabinet|Committee|Sub-Committee|Panel|Board))$")
_ASKED_TO = re.compile(
    r"(?m)^[ \t]*(?:The[ \t]+)?(?P<body>(?:[A-Z][\w&’']*[ \t]+){0,4}(?:Council|Cabinet|Committee|"
    r"Sub-Committee|Panel|Board))[ \t]+(?:is|are)[ \t]+(?:asked|recommended|requested|invited)[ \t]+to\b")


# Papers that are neither minutes, agenda nor report, whatever words their body holds: forms,
# notices, motions and statements (samples/gold/README.md: "notices, statements, motions and
# amendments are other"), accounts among them ("Accounts to year ending March 2017", "Statement
# of Accounts", "Section 2 - Accounting Statements", an annual return).
_OTHER_KINDS = re.compile(r"\b(?:amendment\s+form|notice\s+of\s+motion|statement\s+of\s+persons\s+"
                          r"nominated|notice\s+of\s+election|notice\s+of\s+poll|statement\s+of\s+"
                          r"accounts|accounting\s+statements?|accounts\s+(?:to|for)\s+(?:the\s+)?"
                          r"year|annual\s+return|motion\s+for\s+time\s+limited\s+debate)\b", re.I)
# A title naming a council's published schedule of what it paid ("Payments Made 2016/17
# exceeding £250", "Payments over £500"), or a notice or pro forma of its annual return: a
# statement, not a report to a meeting (a title only: minutes may speak of "payments over £100").
_STATEMENT_TITLE = re.compile(
    r"(?i)^(?!.*\breport\b)(?:.{0,40}\s)?(?:payments\s+(?:made\s+(?:in\s+)?(?:(?:19|20)\d\d\S*\s+)?)?"
    r"(?:exceeding|over|above)\s+£|schedule\s+of\s+payments\b|explanation\s+of\s+variances\b|"
    r"notice\s+of\s+public\s+rights\b)")
# A title that names what the paper is decides its kind before its body's words are counted:
# "*** AGENDA ***" and "Agenda & Summons to Councillors ..." are agendas though they list the
# minutes to approve and "resolved" recommendations; "MINUTES OF A MEETING OF ..." are minutes.
_TITLE_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("minutes", re.compile(r"(?i)\b(?:minutes|notes\s+of\s+(?:the|a)\s+meeting)\b")),
    ("agenda", re.compile(r"(?i)\b(?:agenda|summons)\b|\b(?:meeting|to)\s+be\s+held\b")),
]
# A letter ("Dear Leader", "Yours sincerely"): an item sent to a meeting, not a report of one.
_LETTER = re.compile(r"(?im)^\s*(?:dear\s+[A-Z]\w*|yours\s+(?:sincerely|faithfully))\b")
AGENDA_PACK_PAGES = 4
"""An agenda this long, whose later part holds minutes or reports, is a pack of them."""


# "minutes" in a paper's head, except an agenda's item taking an earlier meeting's minutes
# ("3. Resolution: Adopt the minutes of the meeting held February 20, 2023").
# Nor an agenda's item to approve them ("2. Approval of minutes from 08/05/2019", "approve the
# minutes of the May 2, 2023 meeting"): the US form of the same item.
# "Kent & Medway Civilian-Military Partnership Board ........ 6": an entry of a table of contents.
_CONTENTS_LINE = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}\s*$")
_RECORD_HEADING = re.compile(r"(?m)^\s*(?:discussion\s+summary|summary\s+of\s+discussion|"
                             r"notes\s+of\s+(?:the\s+)?meeting|action\s+points|actions\s+agreed)"
                             r"\s*:?\s*$")
_OWN_MINUTES = re.compile(r"(?<!\bthe )(?<!\bthe\n)(?<!\bof )(?<!\bapprove )(?<!\badopt )"
                          r"(?<!\bconfirm )\bminutes\b")
# A line that is the word AGENDA alone, as a heading ("*** AGENDA ***", "Agenda", "Meeting
# Agenda", "Regular Meeting Agenda", "NOTICE AND AGENDA").
_AGENDA_HEADING = re.compile(r"(?m)^[\s*\-–—:.]*(?:(?:(?:regular|special|board|public)\s+)?"
                             r"meeting\s+|notice\s+(?:and|&)\s+)?agenda[\s*\-–—:.]*$")


# "Amendment to the Revenue Budget 2025-26 ..." / "Proposed by Mr Alister Brady" / "Seconded by
# ...": an amendment (or motion) moved at a meeting, whatever report-like text it carries.
_MOVED = re.compile(r"(?im)^[ \t]*(?:amendment|motion)\b.*\n(?:.*\n){0,4}?[ \t]*(?:proposed|moved)"
                    r"\s+by\b.*\n[ \t]*seconded\s+by\b")


def find_kind(doc: Document, title: str | None) -> str:
    head = doc.text[:600].lower()
    if (_OTHER_KINDS.search(doc.text[:300]) or (title and _OTHER_KINDS.search(title))
            or (title and _STATEMENT_TITLE.match(title)) or _MOVED.search(doc.text[:800])):
        return "other"
    body = doc.text.lower()
    named = next((kind for kind, pattern in _TITLE_KINDS if title and pattern.search(title)), None)
    fields = header_fields(doc)
    if is_ledger(doc):
        return "other"
    if named is None and any(_ITEM_LABEL.match(t) for t, _, _ in _lines(doc, 6)):
        # "Agenda Item 166" at its head: a report filed under an item of a meeting's agenda
        return "report"
    if named is None and "title" in fields and ("author" in fields or "committee" in fields):
        # A ModernGov report's header ("From: / To: / Subject:", "By: / To: / Subject:"): a
        # report, though its body quotes minutes and "resolved" decisions (a call-in review, a
        # decision report).
        return "report"
    if named is None:
        minutes = 2 * bool(_OWN_MINUTES.search(head)) + (
            "present:" in body or "present\n" in body or "attendance:" in head)
        # "Discussion Summary:", "Notes of the meeting", "Actions agreed": a record of what the
        # meeting did, though it opens with the agenda it followed (a meeting note)
        minutes += 2 * bool(_RECORD_HEADING.search(body[:4000]))
        minutes += bool(re.search(r"\bresolved\b", body)) + ("apologies" in body and "received" in body)
        agenda = 2 * ("agenda" in head) + 2 * bool(
            re.search(r"(to be held|will be held|you are (hereby )?summoned|notice of meeting)", head)
        ) + bool(_AGENDA_HEADING.search(head))
        if max(minutes, agenda) >= 2:
            named = "agenda" if agenda > minutes else "minutes"
    if named == "agenda":
        later = body[len(body) // 4:]
        if len(doc.pages) >= AGENDA_PACK_PAGES and re.search(
                r"(present:|minutes of the meeting|report of)", later):
            return "agenda_pack"
        return "agenda"
    if named == "minutes":
        return "minutes"
    if _salutation_at(doc) is not None and "title" not in fields:
        # a letter ("Dear Leaders", a minister's to the council's Leader), however much its
        # head speaks of plans and reviews; not a report's cover letter with its Subject field
        return "other"
    if title and _REPORT_WORDS.search(title) or _REPORT_WORDS.search(head):
        return "report"
    if _LETTER.search(doc.text[:3000]):
        return "other"
    # Neither minutes, an agenda, a form nor a letter: a report to a meeting, an appendix of one
    # or a councillor's report (samples/gold/README.md), whatever its title says.
    return "report"


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


# "Investments as at 30 September 2024", "Accounts to year ending March 2017", "for the year
# ended 31 March 2018": the day the figures stand at, not the paper's meeting or report date.
_PERIOD_DATE = re.compile(r"(?i)\b(?:as\s+(?:at|of)|year\s+end(?:ed|ing)|ending|ended)\s*$")


def _paper_dates(text: str, anchor=None):
    """The date spans of `text` that can be the paper's own date (not a period's end)."""
    return [s for s in find_date_spans(text, anchor)
            if not _PERIOD_DATE.search(text[max(0, s.start - 30):s.start])
            and not _in_table_row(text, s.start)]


def _in_table_row(text: str, at: int) -> bool:
    """"04/07/2016<tab>1<tab>Moor Hall Developments<tab>July Office Rent<tab>900<tab>Office": a
    row of a payments list under its title, whose date is the payment's, not the paper's."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return len(text[lo:hi if hi >= 0 else len(text)].split("\t")) >= TABLE_ROW_CELLS


COVER_CHARS = 200
"""A first page with fewer characters than this is a cover (a title and little else)."""


def find_date(doc: Document, title: str | None) -> str | None:
    """The meeting/report date, in order of trust: a date field in the header, the title's
    (latest) date, the first full date in the header, a date field further down page 1."""
    page1 = doc.text[: doc.pages[0].char_end if doc.pages else 6000][:6000]
    if doc.pages and len(doc.pages) > 1 and len(page1.strip()) < COVER_CHARS:
        # a cover page that prints only the title ("2024 Annual Report / Implementation of the
        # Armed Forces Covenant in Kent"): the report's fields are on the page after it
        # ("Report Date:<tab>31 December 2024" under the contents)
        page1 = doc.text[: doc.pages[1].char_end][:6000]
    header = page1[:1000]
    if body := _BODY_LABEL.search(header):
        header = header[:body.start()]  # "Summary: ... when the current contracts end on 31 March 2025"
    if title and _NOTICE_TITLE.match(title) and (found := _dated_line(page1)):
        return found
    if _RECORD_OF_DECISION.search(doc.text[:400]) and (found := _signed_date(doc.text)):
        return found
    if found := _field_date(header):
        return found
    if title:
        spans = [s for s in _paper_dates(title) if s.grain in ("day", "month")]
        if not spans and (written := _first_full_date(page1)):
            # "... HELD ON WEDNESDAY 10TH DECEMBER AT 7.30PM": the title's yearless day takes
            # the year that puts it nearest the dates the paper writes in full.
            spans = [s for s in _paper_dates(title, written) if s.grain == "day"]
        if spans:
            latest = max(spans, key=lambda s: s.first)
            return latest.first.isoformat() if latest.grain == "day" else latest.first.strftime("%Y-%m")
    for s in _paper_dates(header):
        if s.grain == "day" and not s.inferred:
            return s.first.isoformat()
    if found := _field_date(page1):
        return found
    for s in _paper_dates(header[:600]):
        if s.grain == "month":
            return s.first.strftime("%Y-%m")
    return None


# "Dated Thursday 4 April 2019" / "Dated: 24 April 2019" above the Returning Officer's name: the
# notice's own date (the poll's date, in its body, is the event it gives notice of).
_DATED = re.compile(r"(?im)^[ \t]*Dated:?[ \t]+")


def _dated_line(text: str) -> str | None:
    for m in _DATED.finditer(text):
        spans = list(find_date_spans(text[m.end():m.end() + 60]))
        if spans and spans[0].start == 0 and spans[0].grain == "day":
            return spans[0].first.isoformat()
    return None


# A report's header block ends where its body begins: "Summary:", "Recommendation(s):",
# "Purpose of report:", "Introduction", "Background". A date after it is one the report writes
# about, not the report's.
_BODY_LABEL = re.compile(r"(?im)^[ \t]*(?:Summary|Recommendations?|Purpose(?:\s+of\s+(?:the\s+)?"
                         r"report)?|Executive\s+summary|Introduction|Background)\s*(?::|\t|$)")


# A record of decision ("KENT COUNTY COUNCIL – RECORD OF DECISION") is dated where its decision
# maker signs it ("........ / signed ........ date", the day typed over the line), not by the
# dates of its body (the call-in period, the publication).
_RECORD_OF_DECISION = re.compile(r"(?i)\brecord\s+of\s+(?:executive\s+)?decision\b")
_SIGNED = re.compile(r"(?im)^[ \t.…_]*signed\b[^\n]{0,120}?\bdate\b")
SIGNATURE_WINDOW = 250
"""Characters before a "signed ... date" line (the dotted lines and the typed day over them) and
after it (a day typed under the labels) in which its date is sought."""


def _signed_date(text: str) -> str | None:
    found = list(_SIGNED.finditer(text))
    if not found:
        return None
    at = found[-1]
    lo, hi = max(0, at.start() - SIGNATURE_WINDOW), min(len(text), at.end() + SIGNATURE_WINDOW // 2)
    days = [s for s in find_date_spans(text[lo:hi]) if s.grain == "day" and not s.inferred]
    if not days:
        return None
    nearest = min(days, key=lambda s: min(abs(lo + s.start - at.start()), abs(lo + s.end - at.end())))
    return nearest.first.isoformat()


def _first_full_date(text: str):
    return next((s.first for s in find_date_spans(text) if s.grain == "day" and not s.inferred),
                None)


# A parish council meets as one body: its papers are for the council's own meeting. A town or
# community council has committees, so only its minutes and agendas that name none are the
# council's ("Milburn Parish Council" / "10th January 2017" / "Present").
_WHOLE_COUNCIL = re.compile(r"\bParish\s+Council$")
_COUNCIL_MEETS = re.compile(r"\b(?:Parish|Town|Community|Village)\s+Council$")


# "Committee resolved to note the apologies", "the Town Clerk advised Committee": minutes
# whose meeting acts as "Committee" are a committee's, named by their heading ("Amenities,
# Leisure and Community Services"), not the whole council's.
_ACTS_AS_COMMITTEE = re.compile(r"(?:^|[.\n]\s*|\b(?:advised|informed|asked|told)\s+)Committee"
                                r"(?:\s+(?:resolved|agreed|noted|approved|considered|received)\b|[ \t]*[.,])")
COMMITTEE_ACTS = 2
"""Times the minutes write "Committee resolved ..." for their meeting before it is taken for a
committee (once may quote another body)."""


def council_meeting(kind: str, organisation: str | None, doc: Document | None = None,
                    title: str | None = None) -> str | None:
    """The committee of a paper that names none: the council itself, where it meets whole; or
    the committee its heading names, when its minutes act as "Committee"."""
    if (doc is not None and title and kind == "minutes" and len(title) <= 100
            and not _ORG.search(title) and not _OWN_HEADING.match(title)
            and len(_ACTS_AS_COMMITTEE.findall(doc.text)) >= COMMITTEE_ACTS):
        return title
    if organisation is None:
        return None
    if _WHOLE_COUNCIL.search(organisation):
        return organisation
    if kind in ("minutes", "agenda") and _COUNCIL_MEETS.search(organisation):
        return organisation
    return None


def _own_council(committee: str | None, organisation: str | None) -> str | None:
    """"... a meeting of the Parish Council": the council the paper names in full elsewhere
    ("Souldern Parish Council")."""
    if (committee and organisation and re.fullmatch(r"(?:Parish|Town|Community)\s+Council", committee)
            and organisation.endswith(committee)):
        return organisation
    return committee


def _body_of_dated_title(kind: str, title: str | None) -> str | None:
    """Minutes or an agenda titled by a body's name and the meeting's date ("TMG 14 November
    2024", a meeting note): the body is the meeting's."""
    if kind not in ("minutes", "agenda") or not title:
        return None
    spans = list(find_date_spans(title))
    if not spans or spans[-1].end < len(title.rstrip(" .")) - 1:
        return None
    name = title[:spans[0].start].strip(" ,.-–:")
    return name if _NAME_BESIDE_DATE.fullmatch(name) and name.lower() not in _GENERIC_TITLES else None


@extractor("metadata", assigns=("document",), empty=DocumentInfo)
def extract(doc: Document, ctx: Context) -> DocumentInfo:
    title = find_title(doc)
    kind = find_kind(doc, title)
    organisation = find_organisation(doc, ctx)
    return DocumentInfo(
        kind=kind,  # type: ignore[arg-type]
        title=title,
        organisation=organisation,
        committee=_own_council(find_committee(doc), organisation) or council_meeting(kind, organisation, doc, title)
        or _body_of_dated_title(kind, title),
        date=None if is_ledger(doc) else find_date(doc, title),
    )
