"""Appointments: who holds which post, and posts discussed without a named holder.

Rules (regular expressions over `Document.text`; every one is tested on a real sentence from
samples/ in tests/test_appointments.py):

- bracketed posts in attendance lists: "Dave Roberts (Chairman)", "Mrs C Hardy (Clerk)",
  "Nick Oakhill (NO) CHAIR", "Claire Cann (CC) – Chair", "J Connelly — Clerk";
- a post written before the name in a list: "Clerk J Connelly", "Mayor Tom Piper",
  "Borough Councillor C Sampson", "Operations Superintendent Dan MacInnis";
- a councillor of another tier: "C/Cllr Gareth Epps" (County Councillor), "D/Cllr ..." (District),
  "B/Cllr ..." (Borough), "T/Cllr ..." (Town);
- "Post: Name" labels ("Clerk : Joan Todd", "Locum Clerk: Helen Richardson") and
  "Contact Officer: Name, Post";
- "Name Post" lines after a lead-in such as "appointments ... as follows:"; signature blocks
  (a line holding only a name, then a line holding only a post); a post on a line of its own
  over its holder's name ("Town Mayor\nCharlotte Hodivala", "Responsible Financial Officer\n\n
  N J Robertson");
- "The following Directors were voted in ...:" over one name a line (elected, at the meeting);
- members of a body in prose: "The Members of the GWP have included Trevor Bond, Neil Baker";
- Members of Parliament by the letters after the name: "Mr Jim McMahon MP";
- appositives: "our new permanent Executive Director for Children's Services, Lucy Butler,",
  "The Cabinet Member for Children and Young People, Cllr Russell,", "Jon Miles, Director of
  Glazewing was", "Mr Coughlan, the independent chair of the Improvement Board and previously
  the Commissioner for ...";
- events: "X was elected Chair", "X be appointed RFO", "X has been appointed as ...",
  "X will be co-opted as councillor", "we appoint X to the ... Committee", "X resigned as Clerk",
  "a vacancy for the position of Clerk as X had resigned",
  "X left the post of ...", "X took over the Chairman's role on the ... Panel";
  "the PC representative on the committee is Cllr Lee McCarthy";
- a report's "From:" / "Report Authors:" block, "Name, Post" or "Name – Post" a line, a post
  wrapped onto the next line read whole;
- bodies and their members: "Car Parking\tCllr O’Leary, Cllr Jones", "12. EMPLOYMENT COMMITTEE"
  over "Cllrs C Edwards, G O’Leary"; "Cllr Edgell be the parish council’s representative on X";
- "Cllr Edwards was duly elected." under an "ELECTION OF CHAIRMAN" heading (the heading's post);
  "Mr Balfour served as Cabinet Member for ..."; "Georgia Gould the Minister of State for ...";
- a named person asked / available to undertake the internal audit (the post is the duty as
  written: "Internal Audit");
- tables of posts with a status column (tab- or wide-space-separated rows);
- roster lines, one "Name, Post" a line ("Amanda Beer, Chief Executive Officer", a board's
  masthead "Maria Gonzalez, President"); "<Posts> Present:" rolls ("Commissioners Present: John
  Smith, Maria Lopez": each the post in the singular); a title before a full name in a minute's
  sentence ("Chairperson John Smith called the meeting to order");
- a report's contact details, "Report Author: Name" / "Director: Name" over "Job title: Post";
- "X commences employment on DATE" dates X's appointment in the same paper;
- layouts of papers the rules had not seen (fifth session): an attendance list one person a line
  under its heading with the post after the name ("PRESENT\nCllr J Smith Chairman"), an
  attendance table's rows ("Cllr J Smith\tChairman\tPresent"), "Chairman – Cllr J Smith" lines,
  a "Name | Role" table, a table of bodies one member a line ("Body\tAppointed to serve"), a
  one-line signature under "Signed" / "Dated", county and district councillors' reports
  ("County Councillor's Report (Cllr Gareth Epps)"), rolls by a plural post ("Present:
  Commissioners Smith, Jones and Brown", "District Councilors: ...");
- prose: "the new Clerk Mrs Jane Doe", "the Clerk (Jane Doe)", "the parish clerk, Jane Doe", a
  title opening a sentence ("Executive Director Jane Doe presented"), a title before a surname
  in American minutes ("Mayor Smith called", "seconded by Commissioner Jones", read only when the
  paper never writes the full name), "X is / has been the Clerk", "thanked X for her work as
  Chair", "the appointment of X as Y", "X was proposed as Chairman ... and duly elected",
  council seats ("resigned from the council", "be co-opted to the Council": Councillor), a
  body's members changed ("X be replaced by Y on the Z Committee"), "X take the Chair" (the
  meeting's chair, canonical post "Meeting Chair").
- variants of the kinds (sixth session, issue 13g): a title that is a post wherever it
  stands before a name ("PCSO K Broad", "district councillor\nHaysey", "Kent Police and Crime
  Commissioner Matthew Scott", "Planning Inspector X"; a police rank alone is a rank); headerless
  "Name | Post" rows; a post column's plural header ("Armed Forces Champions") and a row label
  that is a post; rosters printed in columns, between bullets or in capitals, with degrees
  between name and post ("Phyllis Vogel, Ed.D., Associate Superintendent"); posts over their
  holders alternating down a list; signatures in capitals, after "Signed:", beside their date;
  rolls by title and surname ("President Chao") or by full names after a plural post;
  elections and posts held in more verbs ("elected to the Chair", "respectively", "act /
  continue as", "accepted the office of", "tendered her resignation as", "who retired from the
  position of", "the outgoing Chairman", "be appointed to the X Committee in place of Y");
  military ranks and clergy titles as honorifics ("Lt Col", "Canon").
- layouts of papers the rules had not seen (eighth session, issue 13i): "C.Cllr. K. Crofton", a
  signature line ending in a telephone number or e-mail, a lower-case post after a full name
  ("Raj Goutam, Ringway district service manager", "Cllr C Edwards, vice-chairman of the
  council," — then not the holder of the post before the name), a body and its members ("a
  working group consisting of Cllrs ..."), "PC Andy Woodward" (before a full name only),
  tributes ("X was a KCC Member from 1973", "He was appointed an Honorary Alderman": the
  paragraph's one named person), a "Membership (n)" heading over "Name Post" lines, labelled
  lines of a record of decision ("Decision maker: <post>, <name>"), "(RFO)", a roll's
  "Commissioner Smith (Chair)", "the Chairman at <Place>".
- kinds missed on unseen papers (ninth session, issue 13j): seats on a body in prose ("was
  co-opted to serve on the working party", "would form the Committee", "the X Steering
  Committee will comprise Cllrs ..."), the body named by its words, the minute's heading or the
  paragraph before; members after a plural honorific ("are Cllrs Brown, White and Black",
  "Membership of X: Cllrs ..."), "Finance Committee: Cllrs ..." lines; "will represent the
  Council on X"; departures as nouns ("the resignation of Mr X from the Council", "... as
  Clerk", a bare one when its paragraph speaks of the vacancy); officers' lists "Name, Post,
  Name, Post" (no one takes the post before), "Post – Name; Post – Name" after a label,
  "Deputy Town Clerk" as one title; elections with the verb left out in a second clause ("...
  Chairman and Cllr White Vice-Chairman", "... to the X Committee and Cllr Y to the Z") or the
  proposer and seconder before the post; "welcomed / supporting X as the POST"; a start after
  "and will start on"; a row with figures after the post is a payee line; one person's post
  reworded is one record; a full name the paper also titles ("Mr Petchey") is a person's.

Conventions:
- `person` is the name as written with honorifics (Cllr, Councillor, Mr, Mrs, Ms, Miss, Dr)
  removed; `role` is the post as written, whitespace collapsed. An acronym post ("RFO") is
  expanded when the paper spells out a phrase with those initials ("Responsible Financial
  Officer").
- A phrase is a post only if it holds a post head word (`pipeline.nlp.POST_HEADS`: Chair, Clerk,
  Director, Manager, Officer, ...): an organisation in brackets ("(SCC)", "(Audit Commission)")
  or a payment note ("(Salary & Expenses March 17)") is not a post. Bare "Councillor" is an
  honorific, so it is a post only when someone is elected / appointed / co-opted as councillor.
- status is permanent | interim | acting | agency when that word qualifies the post or the
  lead-in of the list ("Further permanent appointments ... as follows:"); "locum", "part time"
  are not statuses.
- One record per person and post in a paper: a repeated pair is kept once, and a later post of
  the same person whose words contain an earlier one ("Parish Clerk" after "CLERK") is the same
  post; but an election or appointment and a plain mention elsewhere (the attendance list) are
  two statements, as the December 2026 annotators record them.
- Names are checked by shape (capitalised words or initials, not common heading words); when the
  language model is loaded, a name without an honorific found in running prose must also be a
  PERSON entity of the sentence (only those few sentences are sent to the model), unless the
  paper lists the name one a line (its attendance list: "Neal Ship (NS)").
- A list of bodies takes its event from its heading, or from the heading of the section it stands
  in when that names appointing ("5. APPOINTMENT OF REPRESENTATIVES TO EXTERNAL BODIES"); lines
  under a "Committee Reports:" lead-in say who reported, not who sits on a body.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from pipeline.models import Appointment, AppointmentStatus, Document, Post
from pipeline.nlp import has_ner

from .base import Context, extractor
from .dates import find_date_spans
from .spans import Claims
from .vocabulary import HONORIFIC as _PERSONAL_HONORIFIC
from .vocabulary import FULL_MONTHS, POST_HEADS, POST_MODIFIERS, STATUSES
from .vocabulary import is_honorific as _is_personal_honorific

_RANKS = ("Lt", "Col", "Maj", "Capt", "Brig", "Gen", "Cdr", "Sqn", "Ldr", "Wg", "Flt", "Cpl",
          "Revd", "Rev", "Colonel", "Major", "Captain", "Brigadier", "Maj-Gen", "Lt-Gen", "Lt-Col",
          "Reverend", "Canon", "(Retd)")
"""Military ranks and clergy titles written before a name ("Lt Col Ryan Castro", "Canon Peter
Bruinvels", "Col (Retd) Alistair Carns"): titles like Cllr or Mr, left out of the person. They
are this module's (the eval's honorifics stay the gold format's)."""
_RANK = "|".join(re.escape(r) + (r"\.?" if r.isalpha() else "") for r in _RANKS)
HONORIFIC = rf"(?:{_PERSONAL_HONORIFIC}|(?:{_RANK})(?![\w\-]))"
_RANK_WORDS = {r.casefold() for r in _RANKS}


def is_honorific(word: str) -> bool:
    """A personal honorific ("Cllr", "Mrs") or a rank ("Lt", "Col", "Canon")."""
    return _is_personal_honorific(word) or word.rstrip(".").casefold() in _RANK_WORDS \
        or word.casefold() in _RANK_WORDS

_HEADS = {h.casefold() for h in POST_HEADS}
_BARE_COUNCILLOR = {"councillor", "councillors"}
# Capitalised words that start or end a name-shaped run but are not names: list labels,
# numbers, heading words, places and bodies.
_NOT_NAME = {
    w.casefold() for w in """
    The This That These Those There Then Their They Our We It He She His Her A An And Or Of For
    In On At To By From With As Is Was Be All Any No Not Also Only Item Items Agenda Minutes
    Minute Present Apologies Attendees Attending Attendance Invited Staff Guests Guest Members
    Member Public Report Reports Update Meeting Council Committee Board Panel Cabinet Group
    Team Parish County District Borough Town City Village Township Road Lane Street Hall Centre
    Library Libraries Services Service Children Young People Finance Audit Internal External
    Page Signed Dated Date Time Venue Telephone Tel Email E-mail Mobile Contact Officer Officers
    Councillors Cllrs One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve January
    February March April May June July August September October November December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday Action Actions Decision Decisions Declaration
    Declarations Interest Interests Welcome Matters Arising Correspondence Payments Planning
    Highways Other Any Business Next Following Further New Annual General Special Open Closed
    Draft Appendix Annex Section Part Resolved Recommendation Recommendations Proposal
    Present: Total Totals Subtotal Invoice Salary Expenses Wages Detail Comments Payee
    Department Directorate Ofsted Trust Government Commission Authority Police
    Forum Association Partnership Society Network Alliance Federation Programme Project Scheme
    Strategy Enhancements Advert Advertisement Recruitment Name Names Role Roles Position
    Designation None
    Hub Hubs Drop Clinic Description Headline Reversal Improvements Allowances Delivery Country
    """.split()
} | _HEADS
# (the last line: words of a service's or a budget line's name, "Family Hub Worker", "PCSO Drop
# In", "Cabinet Member Headline Description", "Member Allowances Improvements", "Rural Services
# Delivery Grant", "Country Parks")

_SP = r"(?:[ \u00a0]+\n?[ \u00a0]*|\n[ \u00a0]*)"  # spaces, or one line break (names wrap)
_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*"
_INITIAL = r"[A-Z]\.?"
_NAME = rf"(?:(?:{_INITIAL}|{_WORD}){_SP}){{0,3}}{_WORD}"
_HON = rf"(?:{HONORIFIC}{_SP})"
_PERSON = rf"(?<![\w’'\-])(?P<hon>{_HON}*)(?P<name>{_NAME})"
_PERSON_LINE = rf"(?P<hon>(?:{HONORIFIC}[ \u00a0]+)*)"\
    rf"(?P<name>(?:(?:{_INITIAL}|{_WORD})[ \u00a0]+){{0,3}}{_WORD})"
_STATUS = rf"(?P<status>{'|'.join(STATUSES)})"

_STOP_AFTER_ROLE = re.compile(
    r"\s+(?:for\s+the\s+(?:forthcoming|coming|next|ensuing|current|following|remainder)\b"
    r"|for\s+(?:the\s+)?(?:(?:civic|council|municipal)\s+)?year\b|for\s+(?:the\s+)?\d{4}\b"
    r"|in\s+place\s+of\b"
    r"|proposed\s+by\b|seconded\b"
    r"|(?:presented|introduced|added|summari[sz]ed|noted|gave|said|reported|explained|confirmed"
    r"|highlighted|advised|outlined|responded|stated|agreed|thanked|updated|attended)\b"
    r"|with\s+(?:immediate\s+)?effect|from\s+\d|from\s+the\s+\d|until\b|at\s+the\b|at\s+[A-Z]{2,}\b|on\s+a\s+|on\s+\d|who\b|which\b"
    r"|and\s+(?:is|was|has|had|will|would|previously|formerly|then)\b|was\b|is\b|were\b|has\b"
    r"|had\b|will\b|would\b|to\s+(?!the\b)[a-z]|joined\b|introduced\b"
    r"|and\s+(?:assumes|takes|will|would|is|has|acts|remains|becomes|it|that|then)\b"
    r"|and\s+(?:signed|accepted|took|made|thanked|declared|agreed|received|welcomed|completed)\b"
    r"|by\s+(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b|and\s+(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s"
    r"|over\s+the\b|during\b|since\b|in\s+(?:the\s+)?(?:past|last)\b"
    rf"|in\s+(?:\d{{4}}|(?:{'|'.join(FULL_MONTHS)})\b)"  # "appointed as Deputy Lieutenant in 2001"
    r")"
)
_SENTENCE_STARTERS = {"the", "this", "a", "an", "it", "he", "she", "they", "we", "all", "there",
                      "his", "her", "their", "our", "its", "in", "on", "at"}


@dataclass(frozen=True)
class Candidate:
    """One person-post pair found by a rule, with the span of its evidence."""

    person: str
    role: str
    start: int
    end: int
    status: AppointmentStatus | None = None
    event: str | None = None
    start_date: dt.date | None = None
    future: bool = False
    organisation: str | None = None
    end_date: dt.date | None = None
    at_meeting: bool = False
    """the paper records the event as made at this meeting ("RESOLVED that X be elected", "X was
    re-elected"), so the meeting's date is its start; not "has been appointed" (reported)"""
    prose: bool = False
    """found in running prose: the name is checked against the model's PERSON entities"""
    honorific: bool = False
    post: str | None = None
    """the canonical post when the role's words do not give it: the chair of one meeting
    ("X take the Chair") is not the council's Chair"""


# ---------------------------------------------------------------------------------------------
# Words and phrases


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _is_head(token: str) -> bool:
    token = token.strip(".,;:()").casefold()
    return token in _HEADS or any(p in _HEADS for p in re.split(r"[-/]", token) if p)


def is_post(role: str, *, bare_councillor: bool = False, bodies: bool = False) -> bool:
    """Whether a phrase names a post: it holds a post head word and is not too long.

    Bare "Councillor" counts only with `bare_councillor` (someone elected / co-opted as one);
    `bodies` lets a committee or board be the post ("appoint X to the Recreation Committee").
    """
    words = role.split()
    if not words or len(words) > 14 or any(ch.isdigit() for ch in role):
        return False
    if re.match(r"(?i)members?\s+of\s+(?:the\s+)?public\b", role):
        return False  # "Mr A Wood Member of the Public": who came, not a post
    if {w.casefold().strip(".,") for w in words} <= _BARE_COUNCILLOR:
        return bare_councillor
    if bare_councillor and words[0].casefold() in _BARE_COUNCILLOR and len(words) > 2 \
            and words[1] in {"for", "of"}:
        return True  # "co-opted as Councillor for Hertingfordbury Parish Council"
    if is_honorific(words[0]) and len(words) > 1 and not _is_head(words[1]):
        return False
    if bodies and re.search(r"\b(?:Committee|Board|Panel|Group|Forum|Trust)\b", role):
        return True
    return any(_is_head(w) for w in words)


def clean_person(text: str) -> tuple[str, bool]:
    """(name without honorifics, whether an honorific was written)."""
    words = _collapse(text).split()
    had = False
    while len(words) > 1 and is_honorific(words[0]):
        words.pop(0)
        had = True
    return " ".join(words), had


def _valid_name(name: str, honorific: bool) -> bool:
    words = name.split()
    if not words or re.fullmatch(_INITIAL, words[-1]):
        return False
    if any(w.casefold() in _NOT_NAME and not _is_initial(w) for w in words):
        return False
    if any(w.endswith("s") and w[:-1].casefold() in _HEADS for w in words):
        return False  # a post in the plural ("Chief Executive, Corporate Directors")
    if len(words) == 1:
        return honorific
    return True


def _trim_name(words: list[str]) -> list[str]:
    """Drop label words before a name and words after it ("Helen Richardson Ten members")."""
    while words and words[0].casefold() in _NOT_NAME and not (
            _is_initial(words[0]) and len(words) > 1):
        words = words[1:]
    for i, w in enumerate(words):
        if w.casefold() in _NOT_NAME and not (_is_initial(w) and i + 1 < len(words)):
            return words[:i]
    return words


def _is_initial(word: str) -> bool:
    """An initial ("A" of "Mr A M Ridgers"), not the article "A" it looks like."""
    return bool(re.fullmatch(r"[A-Z]\.?", word))


def _role_end(text: str, start: int, limit: int = 160) -> int:
    """End of a post phrase that starts at `start` in prose: stop at a clause break."""
    window = text[start:start + limit]
    end = len(window)
    m = re.search(r"[.;:()\[\]\t]|,\s|\s[–—-]\s|\n\s*\n", window)
    if m:
        end = m.start()
    m = _STOP_AFTER_ROLE.search(window[:end])
    if m:
        end = m.start()
    # A line break followed by a sentence starter ends the phrase ("Vice Chair\nThe declaration"),
    # and so does one followed by the next "Name, Post" of a list.
    for nl in re.finditer(r"\n", window[:end]):
        nxt = window[nl.end():end].split()
        before = window[:nl.start()].split()
        wraps = bool(before) and before[-1].casefold() in {"of", "for", "to"}  # "Chairman of\nthe Pension Committee"
        if nxt and ((nxt[0].casefold() in _SENTENCE_STARTERS and not wraps)
                    or not nxt[0][:1].isalpha()
                    or _next_is_name_post(window, nl.end())
                    or (not wraps and re.match(r"[ \t]*[A-Z][\w’' \-]{1,40}:", window[nl.end():]))):
            # ... or by a labelled line ("\nCorporate Director: Sarah Hammond, ...")
            end = nl.start()
            break
    return start + len(window[:end].rstrip(" ,\n"))


def _role_between(text: str, start: int, end: int) -> tuple[str, AppointmentStatus | None]:
    """The post phrase text[start:end], its lines joined, and the status word it carries."""
    return _strip_status(_collapse(text[start:end]))


_NEXT_NAME_POST = re.compile(rf"[ \t]*{_PERSON_LINE}(?:,|[ \t]+[–—-][ \t])")


def _next_is_name_post(text: str, pos: int) -> bool:
    m = _NEXT_NAME_POST.match(text, pos)
    if not m:
        return False
    person, hon = clean_person(m.group("hon") + m.group("name"))
    return len(person.split()) >= 2 and _valid_name(person, hon)


def _strip_status(role: str) -> tuple[str, AppointmentStatus | None]:
    """Take status words and non-post qualifiers off the front of a post phrase (and whose post
    it is: "the council’s Tree Warden")."""
    status: AppointmentStatus | None = None
    role = re.sub(r"(?i)^(?:the\s+)?(?:(?:parish|town|district|county|borough)\s+)?council[’']s\s+(?=\S)",
                  "", role)
    words = role.split()
    while words:
        w = words[0].casefold().strip(",")
        if w in STATUSES:
            status = w  # type: ignore[assignment]
        elif w in {"the", "a", "an", "our", "their", "his", "her", "its", "new", "then", "outgoing",
                   "part", "time",
                   "part-time", "full", "full-time", "permanently"}:
            pass
        else:
            break
        words.pop(0)
    return " ".join(words), status


_AFFILIATION = r"[ \t]+[–—-][ \t]+[A-Z]{2,6}"
"""An organisation's initials between a name and its bracketed post in an attendance table
("Harry Rayner – MEM (Chair)")."""


_BRACKET_HONOURS = r"(?:,?[ \t]+(?:OBE|MBE|CBE|KBE|DBE|JP|DL|KC|QC))+"
"""Honours between a name and its bracketed post ("Mr R Love, OBE (Cabinet Member for ...)")."""


def _name_before(text: str, end: int) -> tuple[re.Match[str], int] | None:
    """The person name (with honorifics) that ends at `end`, and the offset of its window."""
    start = max(0, end - 90)
    m = re.search(rf"{_PERSON}(?:{_AFFILIATION}|{_BRACKET_HONOURS})?[ \t]*$", text[start:end])
    return (m, start) if m else None


# ---------------------------------------------------------------------------------------------
# Rules: each yields Candidates


_BRACKET = re.compile(
    r"(?:\((?P<ini>[A-Z]{2,4})\)[ \t]*)?[(\[](?P<role>[^()\[\]\n]{2,80}(?:\n[^()\[\]\n]{1,80})?)[)\]]"
)
_AFTER_INITIALS = re.compile(
    r"\((?P<ini>[A-Z]{2,4})\)[ \t]*(?:[–—-][ \t]*)?(?P<role>[A-Z][A-Za-z\-]*(?: [A-Z][A-Za-z\-]*){0,3})"
    r"(?=[ \t]*(?:[,;\t\n.]|$))"
)
_CONTACT_TAIL = (r"[ \t]+(?:(?i:tel|telephone|phone|mobile|mob|email|e-mail|t|m|e)\.?:?[ \t]*)?"
                 r"(?:\+?\(?\d[\d() ]{8,}\d|[\w.\-]+@[\w.\-]+\.[a-z]{2,})[ \t]*(?=\n|$)")
"""A telephone number or e-mail address printed after a post on a signature line ("Cathy Fleet
– Parish Clerk 07989 398 838"): the end of the post, not part of it."""
_DASH_ROLE = re.compile(
    r"(?:[ \t]+[–—-]|(?<=[a-z])[–—-])[ \t]+(?P<role>(?:then[ \t]+)?[A-Z][A-Za-z &/\-]{1,60}?"
    r"(?:\n(?:and|of|for|&)[ \t][A-Z][A-Za-z \-]{1,40}?"
    r"|\n[A-Z][A-Za-z\-]*(?:[ \t][A-Z][A-Za-z\-]*){0,3}[ \t](?:Board|Committee|Council|Group|Partnership"
    r"|Panel|Trust|Forum|Authority|Association))?)"
    rf"[ \t]*\.?(?=\n|$|[,;\t]|\.[ \t]+[A-Z]|[ \t]+and[ \t]+{HONORIFIC}[ \t]"
    rf"|[ \t]+(?:on|at|in|who|was|is|spoke|gave)[ \t]+[a-z]|{_CONTACT_TAIL})", re.M
)
"""A post after a dash (or a hyphen set as one, "Craig Mackinlay- then MP for South Thanet"), to
the end of the item, the sentence or the list; a post wrapped at a connector runs on ("Dr. Daniel
Poultor – MP for Central Suffolk\nand North Ipswich"), and so does one wrapped before the body it
names ("Bryan Sweetland - Chairman of Kent and Medway\nCivilian-Military Partnership Board");
"Olive O’Sullivan – Town Clerk, Becki Leonard - Assistant Town Clerk."."""
_DASH_ROLE_WORDS = 6
"""Most words of a dash post on its line: a longer run after a dash is a sentence."""


def _person_rule(text: str, name_end: int, role: str, start_role: int, end: int,
                 **kw) -> Candidate | None:
    found = _name_before(text, name_end)
    if not found:
        return None
    m, offset = found
    words = _trim_name(m.group("name").split())
    # A name wrapped onto this line ("Alison\nWheeler") is one name; but when the line part is a
    # full name by itself, the words before the break belong to the previous list item.
    lines = m.group("name").split("\n")
    if len(lines) > 1 and len(lines[-1].split()) >= 2 and _valid_name(lines[-1].strip(), False):
        words = lines[-1].split()
        m_start_name = m.start("name") + m.group("name").rfind(lines[-1])
        return Candidate(person=" ".join(words), role=_collapse(role),
                         start=offset + m_start_name, end=end, **kw)
    person, honorific = " ".join(words), bool(m.group("hon").strip())
    if not _valid_name(person, honorific):
        return None
    if honorific:
        start = offset + m.start()
    else:
        start = offset + m.start("name") + m.group("name").find(words[0])
    return Candidate(person=person, role=_collapse(role), start=start, end=end,
                     honorific=honorific, **kw)


def bracketed_posts(text: str) -> Iterator[Candidate]:
    """'Dave Roberts (Chairman)', 'Nick Oakhill (NO) [Chair]', 'Nick Oakhill (NO) CHAIR',
    'J Connelly — Clerk'."""
    for m in _BRACKET.finditer(text):
        role, status = _strip_status(_collapse(m.group("role")))
        if not is_post(role):
            continue
        c = _person_rule(text, m.start(), role, m.start("role"), m.end(), status=status)
        if c:
            yield c
    for m in _AFTER_INITIALS.finditer(text):
        role = m.group("role").strip()
        if not is_post(role) or len(role.split()) > 4:
            continue
        c = _person_rule(text, m.start(), role, m.start("role"), m.end())
        if c:
            yield c
    for m in _DASH_ROLE.finditer(text):
        role = re.sub(r"^then[ \t]+", "", m.group("role").strip())  # "- then MP for ...": held then
        if not is_post(role) or len(role.split("\n")[0].split()) > _DASH_ROLE_WORDS:
            continue
        if role.split()[0].casefold() in _BODY_WORDS:
            continue  # "Clara Eastell – Society of Chief Librarians": whom she represents
        c = _person_rule(text, m.start(), role, m.start("role"), m.end())
        if c:
            yield c


# "C/Cllr Gareth Epps", "D/Cllr David Rogers": a councillor of another tier named in the minutes
_TIER = {"C": "County Councillor", "D": "District Councillor", "B": "Borough Councillor",
         "T": "Town Councillor"}
_TIER_COUNCILLOR = re.compile(
    rf"(?<![\w/.])(?P<tier>[CDBT])(?:[ \t]?/[ \t]?|\.[ \t]?|[ \t]+)Cllr\.?[ \t]+(?P<name>{_NAME})")
"""'C/Cllr Gareth Epps', and with a space: 'In attendance: C Cllr K Crofton, D Cllr L Haysey', or a
dot: 'C.Cllr. K. Crofton, Hertfordshire County Council'."""


def tier_councillors(text: str) -> Iterator[Candidate]:
    """'C/Cllr Gareth Epps' (county), 'D/Cllr David Rogers' (district): the post is the tier."""
    for m in _TIER_COUNCILLOR.finditer(text):
        words = _trim_name(m.group("name").split("\n")[0].split())
        person = " ".join(words)
        if len(words) >= 2 and _valid_name(person, True):
            yield Candidate(person=person, role=_TIER[m.group("tier")], start=m.start(),
                            end=m.start("name") + len(person), honorific=True)


_SEGMENT_SPLIT = re.compile(r"[,;\t:]|\band\b|\n[ \t]*\n| {3,}")
"""Items of a list: commas, semicolons, tabs, "and", a blank line, and a wide gap (a list
printed in columns, "Jane Smith, Chair      Mike Simon, Executive Director")."""


def _split_role_name(words: list[str]) -> tuple[list[str], list[str], bool] | None:
    """['Mayor', 'Tom', 'Piper'] -> (role words, name words, honorific) or None."""
    for k in range(len(words) - 1, 0, -1):
        role, name = words[:k], words[k:]
        hon = False
        while len(name) > 1 and is_honorific(name[0]):
            name, hon = name[1:], True
        if not 1 <= len(name) <= 3 or not all(re.fullmatch(rf"{_WORD}|{_INITIAL}", w) for w in name):
            continue
        if not _valid_name(" ".join(name), hon) or (len(name) == 1 and not hon):
            continue
        if not _is_head(role[-1]) or role[-1].casefold() in _BARE_COUNCILLOR and len(role) == 1:
            continue
        if is_honorific(role[0]):
            continue
        if all(w[:1].isupper() or w in {"of", "for", "and", "&", "the"} for w in role):
            return role, name, hon
    return None


_WRAP_ENDS = {m.casefold() for m in POST_MODIFIERS} | {"of", "for", "and", "&", "the", "to"}
"""Last words of a line that leave a post unfinished, so it runs on ("Administrative
Assistant-Deputy\nClerk", "Operations\nSuperintendent")."""


def _post_text(segment: str, n_words: int) -> str:
    """The first `n_words` words of a segment, line breaks kept."""
    m = re.match(rf"\s*(?:\S+\s+){{{n_words - 1}}}\S+", segment)
    return m.group(0) if m else segment


def _wraps(part: str) -> bool:
    """Whether a list item's line breaks all fall inside one post (a wrap: the line ends on a
    modifier or connector, or the next begins with one), not between two items written one a
    line ("R Healey\nClerk J Connelly", "... Board of Management\nCouncillor Shelly Foote")."""
    lines = [line.strip() for line in part.split("\n") if line.strip()]
    for before, after in zip(lines, lines[1:], strict=False):
        if before.endswith(("-", "–")):
            continue  # "Administrator-Clerk-\nTreasurer"
        last = re.split(r"[\s\-]+", before)[-1].casefold()
        first = after.split()[0]
        if last not in _WRAP_ENDS and not (first.casefold() in _WRAP_ENDS - _ROLE_STARTS
                                           or first[:1].islower()):
            return False
    return True


def posts_before_names(text: str) -> Iterator[Candidate]:
    """List items written post first: 'Clerk J Connelly', 'Mayor Tom Piper'."""
    pos = 0
    for part in _SEGMENT_SPLIT.split(text):
        start = text.find(part, pos)
        pos = start + len(part)
        # An item may wrap onto the next line ("Operations\nSuperintendent Dan MacInnis"); if
        # the whole does not read as post + name, each line is tried on its own.
        pieces = [(start, part)]
        if "\n" in part.strip():
            offset = start
            for line in part.split("\n"):
                pieces.append((offset, line))
                offset += len(line) + 1
        for piece_start, piece in pieces:
            segment = piece.strip().rstrip(".")
            words = re.sub(r"(?<=\w-)[ \t]*\n[ \t]*", "", segment).split()  # "Clerk-\nTreasurer"
            if not 3 <= len(words) <= 12:
                continue
            split = _split_role_name(words)
            if not split:
                continue
            role, name, hon = split
            if piece is part and not _wraps(_post_text(segment, len(role))):
                continue  # two items a line each: each line is tried on its own
            if not role[0][:1].isupper() or any(w[-1] in ".:" for w in role):
                continue  # "the Clerk.\nCllrs Rochford and Lester would advise"
            if re.search(rf"{re.escape(role[-1])}[ \t]*\n", segment):
                continue  # the post ends a line, the name starts the next: two list items
            seg_start = piece_start + piece.find(segment)
            yield Candidate(person=" ".join(name), role=" ".join(role), start=seg_start,
                            end=seg_start + len(segment), honorific=hon)
            if piece is part:
                break  # the whole item read; else each of its lines is an item


_LABEL = re.compile(
    rf"(?:^|(?<=\t)|(?<=[.;] ))(?P<role>[A-Z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*){{0,4}})[ \t]*:[ \t]*"
    rf"{_PERSON_LINE}",
    re.M,
)
_CONTACT_LABELS = re.compile(r"(?i)^(?:contact(?: officer)?|report author|author|lead officer)$")


def labelled_posts(text: str) -> Iterator[Candidate]:
    """'Clerk : Joan Todd', 'Locum Clerk: Helen Richardson', 'Contact Officer: Name, Post'."""
    for m in _LABEL.finditer(text):
        label = m.group("role")
        words = _trim_name(m.group("name").split())
        person, hon = " ".join(words), bool(m.group("hon").strip())
        if not _valid_name(person, hon):
            continue
        name_end = m.start("name") + m.group("name").find(words[-1]) + len(words[-1])
        if _CONTACT_LABELS.match(label):
            tail = re.match(r",[ \t]*([^,\n]{3,80})", text[name_end:])
            if tail and is_post(tail.group(1).strip()):
                yield Candidate(person=person, role=tail.group(1).strip(), start=m.start(),
                                end=name_end + tail.end(), honorific=hon)
            continue
        tail = re.match(r"(?:,|[ \t]+[–—-])[ \t]*([A-Z][^,\n]{2,80})", text[name_end:])
        if tail and is_post(tail.group(1).strip()) and (
                _is_title(tail.group(1).split(), lead=True) or _is_head_early(tail.group(1))):
            continue  # "Responsible Cabinet Member: Cllr X, Cabinet Member for Finance",
            # "Relevant Director: X, Corporate Director Finance": the label leads in to the post
        if re.match(r"[ \t]*\(", text[name_end:]):
            continue  # "Officer: Jane Doe (Senior Planning Officer)": the bracket is the post
        election = _ELECTION_LABEL.match(label)
        event = None
        if election:
            label = label[election.end():]
            event = "elected" if election.group(1).casefold() == "election" else "nominated"
        if (is_post(label) and (_ends_in_post(label) or _is_title(label.split()))
                and not _is_head_honorific(label)):
            yield Candidate(person=person, role=label, start=m.start(), end=name_end,
                            honorific=hon, event=event, at_meeting=event is not None)


_ELECTION_LABEL = re.compile(r"(?i)^(nominations?|election)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?")
"""A label that names the election, not the post: "Nominations for Chairman: Cllr Smith"."""


def _ends_in_post(role: str) -> bool:
    """The post's last word is its head ("Town Clerk"), or it names the body it serves ("Clerk
    to the Council")."""
    words = role.split()
    return _is_head(words[-1]) or (_is_head_early(role) and words[-1].casefold() in _BODY_WORDS
                                   and bool(re.search(r"\b(?:to|of|for)[ \t]+the[ \t]+[A-Z]", role)))


def _is_head_honorific(label: str) -> bool:
    return is_honorific(label.split()[0])


_LEAD_IN = re.compile(r"(?:as follows|the following|are|were)\s*:\s*$", re.I)
_NAME_POST_LINE = re.compile(rf"^[ \t\-•]*(?P<name>{_HON}*(?:{_WORD}|{_INITIAL})(?: {_WORD}){{1,2}})"
                             rf"[ \t]+(?P<role>[A-Z].{{2,120}})$")


def _split_name_post(line: str) -> tuple[str, str] | None:
    """'Linda Steele Assistant Director, Safeguarding ...' -> (name, post)."""
    words = line.split()
    for k in (2, 3):
        name, role = words[:k], " ".join(words[k:])
        person, hon = clean_person(" ".join(name))
        if (all(re.fullmatch(rf"{_WORD}|{_INITIAL}", w) or
                is_honorific(w) for w in name)
                and _valid_name(person, hon) and is_post(role)
                and (_is_head(role.split()[0]) or role.split()[0].casefold() in _ROLE_STARTS)):
            return person, role
    return None


_ROLE_STARTS = {m.casefold() for m in POST_MODIFIERS}


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def listed_appointments(text: str) -> Iterator[Candidate]:
    """'Name Post' lines after a lead-in ('appointments ... as follows:'), and signature blocks."""
    lines = list(_lines(text))
    i = 0
    while i < len(lines):
        start, line = lines[i]
        if _LEAD_IN.search(line) and re.search(r"(?i)appoint|post|officer|staff|team", line):
            lead_status = _status_in(line)
            j = i + 1
            found: list[Candidate] = []
            while j < len(lines):
                s, ln = lines[j]
                if not ln.strip():
                    j += 1
                    continue
                pair = _split_name_post(ln.strip())
                if not pair:
                    break
                off = s + ln.find(ln.strip())
                found.append(Candidate(person=pair[0], role=pair[1], start=off,
                                       end=off + len(ln.strip()), status=lead_status,
                                       event="appointed" if "appoint" in line.lower() else None))
                j += 1
            start_date = _start_date_after(text, lines[j][0] if j < len(lines) else len(text))
            for c in found:
                yield replace(c, start_date=start_date)
            i = j
            continue
        # Signature block: a line holding only a name, then a line holding only a post; two
        # signatories side by side are two tab-separated columns ("Roger Gough\tVince Maple\n
        # Leader of the Council\tLeader of the Council").
        if i + 1 < len(lines) and not _under_post(lines, i):
            nxt_start, nxt = lines[i + 1]
            names, roles = _columns(start, line), _columns(nxt_start, nxt)
            pairs = [_signature(n_start, n_text, r_start, r_text) for (n_start, n_text),
                     (r_start, r_text) in zip(names, roles, strict=False)]
            if len(names) < 2 or len(names) != len(roles) or None in pairs:
                # not side-by-side signatures (every cell a name over a post): the lines whole,
                # or the name in the line's last cell over a post alone on the next line (a
                # signature beside its date: "Dated 4 April 2019\tMary Weastell\n\tReturning
                # Officer")
                pairs = [_wrapped_signature(_signature(start, line, nxt_start, nxt),
                                            lines[i + 2] if i + 2 < len(lines) else None)]
                if pairs == [None] and len(names) >= 2 and len(roles) == 1:
                    pairs = [_signature(*names[-1], *roles[0])]
                if pairs == [None] and not nxt.strip() and _spaced_block(lines, i):
                    pairs = [_signature(start, line, *lines[i + 2])]
            yield from (c for c in pairs if c)
        i += 1


def _spaced_block(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line i and the line two below it stand alone, blank lines around them: a
    signature set out with a blank line between the name and the post ("\n\nRichard Smith\n\n
    Corporate Director Adult Social Care & Health\n\n"), as a service statement signs off."""
    def blank(j: int) -> bool:
        return j < 0 or j >= len(lines) or not lines[j][1].strip()
    return blank(i - 1) and blank(i + 1) and not blank(i + 2) and blank(i + 3)


def _wrapped_signature(c: Candidate | None, after: tuple[int, str] | None) -> Candidate | None:
    """A signature whose post breaks after a connector and goes on on the next line ("Jim
    McMahon OBE MP\nMinister of State for Local Government and\nEnglish Devolution"): the post
    read whole."""
    if c is None or after is None or not c.role.split() \
            or c.role.split()[-1].casefold() not in _WRAP_CONNECTORS:
        return c
    a_start, line = after
    rest = line.strip()
    if not rest or not _continues_post(c.role, rest) or len(f"{c.role} {rest}".split()) > 14:
        return c
    return replace(c, role=f"{c.role} {rest}", end=a_start + line.find(rest) + len(rest))


def _under_post(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line i (a name) stands under a post line that no name stands over: a list of
    posts over their holders ("Chairman\nCllr John Smith\nVice-Chairman\nCllr Ann Lee"), where
    the post line after the name is the next holder's, not this one's signature."""
    if i < 1 or not _post_only(lines[i - 1][1]) or not _name_only(lines[i][1]):
        return False
    return i < 2 or not _name_only(lines[i - 2][1])


_CAPS_NAME = re.compile(
    r"[ \t]*(?P<hon>(?:(?:CLLR|COUNCILLOR|MRS|MR|MS|MISS|DR)\.?[ \t]+)*)"
    r"(?P<name>(?:[A-Z]\.?[ \t]+){0,2}(?:(?:MC|MAC|O[’'])?[A-Z][A-Z’'\-]+[ \t]+){0,2}"
    r"(?:MC|MAC|O[’'])?[A-Z][A-Z’'\-]+)[ \t]*")
"""A name printed in capitals on a line of its own, as a signature block may print it ("JANE
SMITH" over "CLERK TO THE COUNCIL"): read only where the layout says it is a name."""


def _caps_name(line: str) -> tuple[str, bool] | None:
    """(person as printed, honorific) when a line holds only a name in capitals, two words or
    more; its words title-cased must pass the name checks ("ANNUAL MEETING" does not)."""
    m = _CAPS_NAME.fullmatch(_POST_NOMINALS.sub("", line))
    if not m:
        return None
    person = " ".join(m.group("name").split())
    titled = " ".join(w if _is_initial(w) else w.capitalize() for w in person.split())
    hon = bool(m.group("hon").strip())
    if len(person.split()) < 2 or _is_head(titled.split()[-1]) or not _valid_name(titled, hon) \
            or any(w.casefold() in _ADDRESS_WORDS for w in person.split()):
        return None
    return person, hon


_ADDRESS_WORDS = {"house", "offices", "office", "building", "buildings", "court", "place",
                  "square", "way", "avenue", "drive", "close", "road", "street", "lane", "hall",
                  "centre", "center", "park", "gardens", "crescent", "terrace", "wharf", "row",
                  # and headings in capitals ("ROLL CALL" over "President Chao")
                  "roll", "call", "order", "pledge", "allegiance", "adjournment", "approval",
                  "consent", "session", "comment", "comments", "communications", "recognition",
                  "introduction", "introductions", "announcements", "discussion", "closing"}
"""Words of an address line in capitals under a letterhead ("DEMOCRATIC SERVICES\nSESSIONS
HOUSE"): not a name, though a capitalised one may be a surname."""


def _name_only(line: str) -> tuple[str, bool] | None:
    """(person, honorific) when a line holds only a name of two or more words (in capitals too,
    "JANE SMITH")."""
    m = re.fullmatch(rf"[ \t]*{_PERSON}[ \t]*", _POST_NOMINALS.sub("", line))
    if not m:
        return _caps_name(line)
    person, hon = " ".join(m.group("name").split()), bool(m.group("hon").strip())
    return (person, hon) if _valid_name(person, hon) and len(person.split()) >= 2 else None


def _post_only(line: str) -> str | None:
    """The post when a line holds only a post whose last word is its (singular) head ("Town
    Mayor", "Clerk to the Council and Responsible Financial Officer")."""
    role = line.strip()
    words = role.split()
    if _CONTACT_LABELS.match(role.rstrip(":")):
        return None  # "Contact Officer\nJane Smith\nHead of Finance": a label, not her post
    if not (words and len(words) <= _POST_LINE_WORDS and role[:1].isupper()
            and re.fullmatch(r"[A-Za-z’'&\- ]+", role) and is_post(role)
            and _is_head(words[-1]) and words[0].casefold() not in _SENTENCE_STARTERS
            and not is_honorific(words[0])):
        return None
    return role


_POST_LINE_WORDS = 10
"""Longest post on a line of its own ("Clerk to the Council and Responsible Financial Officer" is
8 words); a longer capitalised line is a heading or a title."""


def posts_over_names(text: str) -> Iterator[Candidate]:
    """A post on a line of its own over its holder's name, as in a statement of accounts' council
    information or signature block ("Town Mayor\nCharlotte Hodivala", "Responsible Financial
    Officer\n\nN J Robertson"), at most one blank line between. Not a list of names under a
    heading (the name line is followed by another name) and not a name-over-post signature
    (the post line follows a name)."""
    lines = list(_lines(text))
    for i, (start, line) in enumerate(lines):
        role = _post_only(line)
        if role is None or (i and _name_only(lines[i - 1][1]) and not _under_post(lines, i - 1)):
            continue
        j = i + 1
        if j < len(lines) and not lines[j][1].strip():
            j += 1
        if j >= len(lines):
            continue
        n_start, name_line = lines[j]
        found = _name_only(name_line)
        after = next((ln for _, ln in lines[j + 1:j + 2]), "")
        if found is None or _name_only(after):
            continue  # a post over a list of names: a heading
        # A post line after the name is the next holder's post ("Chairman\nCllr John Smith\n
        # Vice-Chairman\nCllr Ann Lee"): the block starts with a post, so posts stand over names.
        person, hon = found
        yield Candidate(person=person, role=role, start=start + line.find(role),
                        end=n_start + len(name_line.rstrip()), honorific=hon)


_POST_NOMINALS = re.compile(
    r"(?:,?[ \t]+(?:OBE|MBE|CBE|KBE|DBE|DSO|MC|TD|VR|CC|MP|JP|DL|KC|QC|FCA|CPFA|ACA|FCCA|ACCA|CIPFA|BA|BSc|MA|MSc"
    r"|MBA|PhD|LLB|LLM|BEng|MEng|CEng|MRTPI|FRICS|MRICS|MCIPD|FSLCC|PSLCC|CiLCA|\(Hons\)))+[ \t]*$")
"""Letters after a name in a signature ("Jim McMahon OBE MP", "Jane Doe BA (Hons) MRTPI"):
honours, degrees and professional letters, not part of the name."""


def _columns(start: int, line: str) -> list[tuple[int, str]]:
    """A line's cells (split at tabs and wide gaps) with their offsets."""
    cells = []
    for m in re.finditer(r"[^\t]+?(?=\t| {3,}|$)", line):
        if m.group().strip():
            cell = m.group().strip()
            cells.append((start + m.start() + m.group().find(cell), cell))
    return cells


_SIGNATURE_LABEL = re.compile(r"(?i)^[ \t]*(?:signed(?:[ \t]+by)?|name)[ \t]*:[ \t]*(?=\S)")
"""The label a signature's name line may open with ("Signed: Derek Murphy", "Name: ..."); the
name line may end in the comma that joins it to the post below ("Derek Murphy,\nCabinet Member
for Economic Development")."""


def _signature(n_start: int, name_line: str, r_start: int, role_line: str) -> Candidate | None:
    raw = name_line
    name_line = _POST_NOMINALS.sub("", _SIGNATURE_LABEL.sub("", name_line).rstrip(" \t,"))
    name_m = re.fullmatch(rf"[ \t]*{_PERSON}[ \t]*", name_line) or (
        _CAPS_NAME.fullmatch(name_line) if _caps_name(name_line) else None)
    role = role_line.strip().rstrip(",")
    if not (name_m and role and is_post(role) and len(role.split()) <= 10
            and role[:1].isupper() and not re.search(r"[.;:]\s|\(", role)
            and role.split()[0].casefold() not in _SENTENCE_STARTERS):
        return None
    words = name_m.group("name").split()
    person, hon = " ".join(words), bool(name_m.group("hon").strip())
    if not (_valid_name(person, hon) and len(words) >= 2):
        return None
    post, status = _strip_status(role)  # "Acting Town Clerk": the post, held acting
    if not post:
        return None
    return Candidate(person=person, role=post, start=n_start + raw.find(name_line.strip()),
                     end=r_start + role_line.find(role) + len(role), status=status,
                     honorific=hon)


def _status_in(text: str) -> AppointmentStatus | None:
    m = re.search(rf"\b{_STATUS}\b", text, re.I)
    return m.group("status").lower() if m else None  # type: ignore[return-value]


def _start_date_after(text: str, offset: int) -> dt.date | None:
    """'These officers will be taking up their posts ... during October and November 2020'."""
    para = text[offset:offset + 400].split("\n\n")[0]
    if not re.search(r"(?i)tak(?:e|ing) up (?:their|his|her|the) posts?|will (?:start|join)", para):
        return None
    for span in find_date_spans(para):
        return span.first
    return None


# Appositives ---------------------------------------------------------------------------------

_CONNECTORS = {"of", "for", "and", "&", "the", "in", "on", "to"}  # "Clerk to the Council"


def _post_before(text: str, end: int) -> tuple[int, str, AppointmentStatus | None] | None:
    """The capitalised post phrase ending at `end` (before ', Name'), with a status word."""
    tokens = list(re.finditer(r"[^\s,;:()]+", text[max(0, end - 160):end]))
    base = max(0, end - 160)
    kept: list[re.Match[str]] = []
    for t in reversed(tokens):
        w = t.group(0)
        between = text[base + t.end():base + (kept[0].start() if kept else end - base)]
        if "\n\n" in between or re.search(r"[.;:,()]", between):
            break
        if w[:1].isupper() or w.casefold() in _CONNECTORS or w in {"’s", "'s"}:
            kept.insert(0, t)
            continue
        break
    while kept and (kept[0].group(0).casefold() in _CONNECTORS | _SENTENCE_STARTERS):
        kept.pop(0)
    if not kept:
        return None
    role_start = base + kept[0].start()
    role = _collapse(text[role_start:end])
    if not is_post(role) or not _is_title(role.split()):
        # "Report of the Director of Finance, Jane Doe": the title starts at a later head word
        later = [t for i, t in enumerate(kept[1:], 1) if kept[i - 1].group(0).casefold() == "the"
                 and (_is_head(t.group(0)) or t.group(0).casefold() in _ROLE_STARTS)]
        later = [t for t in later if _is_title(_collapse(text[base + t.start():end]).split())]
        if not later or not is_post(_collapse(text[base + later[0].start():end])):
            return None
        role_start = base + later[0].start()
        role = _collapse(text[role_start:end])
    before = text[max(0, role_start - 40):role_start].split()
    status = None
    for w in reversed(before[-3:]):
        if w.casefold() in STATUSES:
            status = w.casefold()
            break
    return role_start, role, status  # type: ignore[return-value]


_HONOURS = r"(?:,?(?:[ \t]+|[ \t]*\n[ \t]*)(?:OBE|MBE|CBE|KBE|DBE|DSO|MC|TD|MP|JP|DL|KC|QC)(?![\w]))*"
"""Letters after a name in prose ("Jim McMahon OBE MP, Minister of State ..."): not the name;
they may wrap onto the next line ("..., Jim McMahon\nOBE MP, wrote")."""
_COMMA_PERSON = re.compile(rf",\s+{_PERSON}{_HONOURS}(?=[ \t]*\n|[ \t]*$|\s*(?:,|\.(?:\s|$)|\s+(?:joined|introduced|was|is|has|had|who|said|reported|presented|confirmed|explained|welcomed|gave)\b))")
_PERSON_COMMA = re.compile(rf"{_PERSON}{_HONOURS},\s+(?=(?:the\s+)?[A-Za-z])")


_LETTERED_NAME = re.compile(rf"{_NAME}(?:[ \t]+(?:OBE|MBE|CBE|KBE|DBE|DSO|MC|TD|JP|DL|KC|QC))*[ \t]+MP")
"""A name with the letters after it ("Jim McMahon OBE MP"): after a comma, the holder named
after his post ("the Minister of State for ... Devolution, Jim McMahon OBE MP, wrote"), not
the post of the words before the comma ("MP" is a post head)."""


_LINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Za-z’'\- ]{1,40}:)?[ \t]*$")
"""What may stand before a name that opens a line: nothing, or a label ("Cabinet Member: Sue
Chandler, Cabinet Member for Integrated Children's Services", a record of decision's header)."""


_TITLE_LABEL = re.compile(r"(?i)\b(?:job[ \t]+)?(?:title|post|position|role|designation)[ \t]*:[ \t]*$")
"""A label whose answer is a post ("Job title: Director, Operational Integrated\nChildren's
Services"): what follows the comma is the post's own words, not its holder."""


def _starts_line(text: str, start: int) -> bool:
    """The name opens its line (after a label at most): a layout, not a sentence, so the name
    needs no model's confirmation."""
    return bool(_LINE_LEAD.search(text[max(0, start - 60):start]))


_NAME_COMMA_BEFORE = re.compile(rf"(?:^|(?<=[\s:;,(]))(?P<hon>{_HON}*)(?P<name>{_NAME}),\s*$")


def _holder_before(text: str, role_start: int) -> bool:
    """A full name (or an honorific's name) and a comma just before a post ("Jane Smith, Chief
    Executive, John Doe, Head of Finance"): a list of names each followed by its post, so the
    post is the name's before it, not the one after."""
    m = _NAME_COMMA_BEFORE.search(text, max(0, role_start - 80), role_start)
    if not m:
        return False
    person, hon = clean_person(m.group("hon") + m.group("name"))
    return _valid_name(person, hon) and (hon or len(person.split()) >= 2) \
        and not is_post(person)


def appositives(text: str) -> Iterator[Candidate]:
    """'the Cabinet Member for ..., Cllr Russell,' and 'Mr Coughlan, the independent chair of ...'."""
    for m in _COMMA_PERSON.finditer(text):
        if _own_post_follows(text, m.end()):
            continue
        found = _post_before(text, m.start())
        if not found:
            continue
        role_start, role, status = found
        if _holder_before(text, role_start):
            continue
        words = m.group("name").split()
        person, hon = " ".join(words), bool(m.group("hon").strip())
        if not _valid_name(person, hon):
            continue
        if not hon and re.match(r"[ \t]*(?:\n|$)", text[m.end():]) and (
                "\n" in text[m.start():m.start("name")] or not _starts_line(text, role_start)
                or _TITLE_LABEL.search(text[max(0, role_start - 30):role_start])):
            continue  # "Programme Manager,\nFamily Hub Transformation": a wrapped post, not a
            # name; but a labelled line ends in its holder ("Decision maker: Cabinet Member for
            # ..., Sue Chandler")
        yield Candidate(person=person, role=role, start=role_start, end=m.end(), status=status,
                        prose=not _starts_line(text, role_start), honorific=hon)
    for m in _PERSON_COMMA.finditer(text):
        words = _trim_name(m.group("name").split())
        person, hon = " ".join(words), bool(m.group("hon").strip())
        name_start = m.start()
        line_name = _line_name(m.group("name"))
        if line_name:
            person, hon = line_name, False
            name_start = m.start("name") + m.group("name").rfind(line_name)
        if not _valid_name(person, hon):
            continue
        pos = m.end()
        previously = False
        while True:
            article = re.match(r"(?:(?:as|in\s+(?:his|her|their)\s+capacity\s+as)\s+)?the\s+"
                               r"|(?:as|in\s+(?:his|her|their)\s+capacity\s+as)\s+(?=[A-Z])",
                               text[pos:])  # "Cllr Smith, as Chairman, signed"
            role_start = pos + (article.end() if article else 0)
            if not article and not text[role_start:role_start + 1].isupper():
                break
            role_end = _next_person(text, role_start, _role_end(text, role_start))
            role, status = _strip_status(_collapse(text[role_start:role_end]))
            ok = is_post(role) and _is_head_early(role) and not _LETTERED_NAME.fullmatch(role)
            if ok and article and _in_name_list(text, m.start(), role):
                ok = False
            directorate = bool(_DIRECTOR_OF_AREA.match(role))
            if ok and not article:
                ok = _is_title(role.split(), lead=True) or directorate
            if ok:
                role_end = _post_tail(text, _portfolio_tail(text, role, role_end, directorate))
                role, status = _strip_status(_collapse(text[role_start:role_end]))
            follow = text[role_end:role_end + 30]
            if ok and not re.match(r"\s*(?:[,.;)\n–—-]|$|\s*(?:and|was|is|were|who|has|had|will|would)\b"
                                   r"|on\s+\d|at\s+(?:the\s+)?[A-Z])", follow):  # "... Support at MOD."  # "..., Leader of Medway Council on 10 January"
                ok = False
            if not ok:
                break
            yield Candidate(person=person, role=role, start=name_start, end=role_end,
                            status=status, prose=not _starts_line(text, name_start), honorific=hon,
                            event="left" if previously else None)
            more = re.match(r"\s+and\s+(?:previously|formerly)\s+", text[role_end:])
            if not more:
                break
            pos, previously = role_end + more.end(), True


def _line_name(name: str) -> str | None:
    """A name run wrapped over a line break whose last line is a full name by itself ("Corporate
    Assurance\nBen Watts"): the words before the break end the line above, so the name is the
    last line's."""
    if "\n" not in name:
        return None
    last = name.split("\n")[-1].strip()
    return last if len(last.split()) >= 2 and _valid_name(last, False) else None


_DASH_TAIL = re.compile(
    r"[ \t]+[–—-][ \t]+[A-Z][\w’']*(?:[ \t]+[A-Z][\w’']*){0,4}(?=[ \t]*(?:,|\.|\n|$|and\b))")
_PAREN_TAIL = re.compile(r"\s*\([A-Z][\w’'&]*(?:[ \t]+[A-Z&][\w’'&]*){0,2}\)")


_PORTFOLIO_TAIL = re.compile(
    r"(?:,[ \t]*\n?[ \t]*[A-Z][\w’'\-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][\w’'\-]*)*)+,?\s+(?:and|&)\s+"
    r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*")
"""The rest of a listed portfolio, its items' words wrapped over lines as printed ("Chair of the
Finance & Review Group, Kent\nSuperannuation Fund and Public Relations Group")."""


_DIRECTOR_OF_AREA = re.compile(
    r"^(?:(?:Interim|Acting|Corporate|Executive|Deputy|Assistant|Strategic)\s+)*Director\s+(?!of\b|for\b)[A-Z]")
"""A director named with the area they direct, no "of" between ("Corporate Director Children,
Young People and Education", "Interim Corporate Director Finance"), as county councils title
their directors."""


def _portfolio_tail(text: str, role: str, end: int, area: bool = False) -> int:
    """A portfolio listed after "for" ("Cabinet Member for Planning, Highways, Transport and
    Waste"), or a director's area (`area`): the list runs to its "and" item."""
    if not (area or re.search(r"\b(?:for|of)\s+(?:the\s+)?[A-Z]", role)):
        return end
    m = _PORTFOLIO_TAIL.match(text, end)
    return m.end() if m else end


def _post_tail(text: str, end: int) -> int:
    """A post's tail after a dash or in brackets, as the paper writes it: "Headteacher - Virtual
    School Kent", "Senior Commissioner (Children’s)", "Chair Kent Housing Group (KHG)"."""
    m = _DASH_TAIL.match(text, end)
    if m:
        end = m.end()
    m = _PAREN_TAIL.match(text, end)
    return m.end() if m else end


_TITLE_LEAD_WORDS = 3
"""Capitalised words allowed before a title's head word after "Name, ": a body or a field
("Nicholas Maddex, HCC Countryside Access Officer", "Tracy Sutton, Bridleway Officer of OCC")."""


_AND_NEXT_PERSON = re.compile(rf"\s+and\s+{_PERSON}$")


def _next_person(text: str, start: int, end: int) -> int:
    """'Christy Holden, Head of Children’s Commissioning and Robin Cahill, Senior Commissioner':
    the post ends before "and <Name>," when a post follows that name."""
    m = _AND_NEXT_PERSON.search(text, start, end)
    if m and len(m.group("name").split()) >= 2:
        after = re.match(r",\s+(?:the\s+)?((?:\S+\s+){0,3}\S+)", text[end:end + 80])
        if after and any(_is_head(w) for w in after.group(1).split()):
            return m.start()
    return end


_LIST_ITEM_POST_WORDS = 2
"""Longest "the <post>" read as the next item of a list rather than an appositive."""


def _in_name_list(text: str, start: int, role: str) -> bool:
    """'Ms B Smith, Mr S Davis, the Clerk.': in a comma list of people "the Clerk" is the next
    item (another person), not Mr Davis's post; an appositive's post is longer ("Mr Coughlan,
    the independent chair of the Improvement Board")."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    if len(role.split()) > _LIST_ITEM_POST_WORDS:
        return False
    if before.endswith(","):
        return True
    end = text.find(role, start)
    return end != -1 and text[end + len(role):end + len(role) + 2].lstrip(" \t")[:1] == ":"


def _is_title(words: list[str], *, lead: bool = False) -> bool:
    """A capitalised post title without an article: "Director of Glazewing", "Cabinet Member for
    Finance"; not "Borough Councillor C Sampson" (a name follows the head without of/for).
    With `lead`, a few capitalised words may come before the head ("HCC Countryside Access
    Officer")."""
    if lead and not _is_title(words):
        first = next((i for i, w in enumerate(words) if _is_head(w)), None)
        if first is None or first > _TITLE_LEAD_WORDS or not all(
                w[:1].isupper() and (w.casefold() not in _NOT_NAME - _HEADS
                                     or w.casefold() in _ROLE_STARTS)  # "Oxfordshire County"
                for w in words[:first]):
            return False
        words = words[first:]
    if not words or not (_is_head(words[0]) or words[0].casefold() in _ROLE_STARTS):
        return False
    seen_head = after_connector = body_named = False
    for w in words:
        if w.casefold() in _CONNECTORS:
            after_connector = True
            continue
        if not w[:1].isupper() and not (_is_head(w) and w.islower()):  # "Broadband adviser"
            return False
        if seen_head and not after_connector and not _is_head(w) \
                and w.casefold() not in _ROLE_STARTS:  # "Deputy Town Clerk": a second title
            body_named = True
        seen_head = seen_head or _is_head(w)
    # "Chair Kent Housing Group", "Chairman Little Berkhamsted Parish Council": the head is
    # followed by the name of the body it heads, which ends in a body word.
    return seen_head and (not body_named or words[-1].strip("()").casefold() in _BODY_WORDS)


_BODY_WORDS = {"group", "council", "committee", "board", "panel", "partnership", "school",
               "trust", "authority", "association", "forum", "subgroup", "society", "commission"}
"""Last words of a body's name: what a post title may end in without "of" ("Chair Kent Housing
Group")."""


def _is_head_early(role: str) -> bool:
    """The head word comes within the first four words ("independent chair of the ...")."""
    return any(_is_head(w) for w in role.split()[:4])


# Events: a table of named patterns, one reader each ---------------------------------------------
#
# Each entry is (name, pattern, reader, a real sentence it was written on). The readers turn a
# match into Candidates; `events()` runs the table in order. Every example is asserted in
# tests/test_appointments.py (test_event_patterns_read_their_examples).

_AUX = r"(?P<aux>(?:(?:has|had|have|will|would|should|shall|is\s+to|are\s+to|to)\s+)?(?:be(?:en)?\s+|was\s+|were\s+|is\s+|are\s+)?)"
_EVENT_WORDS = r"re-?elected|elected|re-?appointed|appointed|co-opted|nominated"
_PEOPLE = (rf"(?P<people>(?:{_HON})+{_NAME}(?:(?:\s*,\s*|\s+and\s+)(?!{_HON}){_NAME}){{0,6}})")

_EVENT = re.compile(
    rf"{_PERSON}\s+{_AUX}(?:duly\s+|unanimously\s+|formally\s+)?"
    rf"(?P<event>{_EVENT_WORDS}|proposed)\s+(?:(?:unanimously|unopposed|duly)\s+)?(?:as\s+)?"
    rf"(?:to\s+(?=[A-Z][a-z]+\s+the\s+meeting))?(?:the\s+|an?\s+)?",
)
_ACTIVE = re.compile(
    rf"\b(?P<event>appoint|appointed|elect|elected|co-opt|co-opted|nominate|nominated|proposed)\s+{_PERSON}"
    rf"\s+(?P<prep>as|to)\s+(?:the\s+)?"
)
# "That we appoint Lauren Stillar and Marg Hughes to the Township of Nipissing Recreation
# Committee": each named person appointed
_ACTIVE_PEOPLE = re.compile(
    rf"\b(?P<event>appoint|appointed|elect|elected|co-opt|co-opted|nominate|nominated)\s+"
    rf"(?P<people>{_NAME}(?:\s*,\s*{_NAME}){{0,4}}\s+and\s+{_NAME})\s+(?P<prep>as|to)\s+(?:the\s+)?"
)
_RESIGNED = re.compile(
    rf"{_PERSON}{_HONOURS}\s+(?:who\s+)?(?:has\s+|had\s+)?(?P<event>resigned|stood down|stepped down|left"
    rf"|retired|(?:tendered|submitted|handed\s+in|given)\s+(?:his|her|their)\s+resignation)\s+"
    rf"(?:as|from\s+(?:the\s+|(?:his|her|their)\s+)?(?:post|role|position)\s+(?:of|as)"
    rf"|(?:the|his|her|their)\s+(?:post|role|position)\s+(?:of|as))\s+(?:the\s+)?"
)
# "Mr Matt Hay had stood down from the Council due to work commitments": a councillor no more
_LEFT_THE_COUNCIL = re.compile(
    rf"{_PERSON}\s+(?:has\s+|had\s+)?(?P<event>resigned|stood down|stepped down)\s+(?:from|as\s+a\s+"
    rf"member\s+of)\s+the\s+(?:(?:Parish|Town|Community|District|Borough|County|City)\s+)?Council\b"
)
# "a vacancy for the position of Clerk as Helen Carrier had resigned"
_VACATED = re.compile(
    rf"\b(?:post|role|position|office)\s+of\s+(?:the\s+)?(?P<role>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}})"
    rf"\s+(?:as|since|because|following|after)\s+{_PERSON}\s+(?:has\s+|had\s+)?"
    rf"(?P<event>resigned|stood down|stepped down|left)\b"
)
_TOOK_OVER = re.compile(
    rf"{_PERSON}\s+took\s+over\s+(?:the\s+)?(?P<post>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)(?:’s|'s)\s+role\s+"
    rf"(?:on|of)\s+(?P<body>the\s+[A-Z][\w’']*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’']*)*)"
)
_THE_POST_IS = re.compile(
    rf"\bthe\s+(?P<role>(?:[\w\-’']+\s+){{0,7}}?[\w\-]+)\s+(?:is|was)\s+{_PERSON}\b"
)
_AUDIT = re.compile(
    r"(?i:\bto\s+(?:undertake|complete|carry\s+out|conduct)\s+the\s+)(?P<role>(?i:internal\s+audit))\b"
)
# "RESOLVED that Cllrs Lester and Morris be elected to represent the parish council on the
# Panshanger liaison group."
_REPRESENT = re.compile(
    rf"{_PEOPLE}\s+{_AUX}(?:(?P<event>{_EVENT_WORDS})\s+to\s+|(?:agreed|continues?|continued)\s+to\s+)?"
    rf"represents?\s+(?:the\s+)?(?:[A-Za-z]+\s+)?(?i:council|authority)\s+on\s+(?P<body>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|&|the)\s+)?"
    rf"[\w’'\-]+){{0,8}}?)(?=\s*[.;(]|[ \t]*\n[ \t]*\n|\s*$)"
)

# "Mr Balfour served as Cabinet Member for Planning, Highways, Transport and Waste from 2015"
_SERVED = re.compile(
    rf"{_PERSON}(?:,?[ \t]+(?:OBE|MBE|CBE|KBE|DBE|JP|DL|KC|QC))*\s+(?:also\s+)?(?:(?:has|had|have|will|would|agreed\s+to|is\s+to)\s+)?"
    rf"(?:(?:was|had\s+been)\s+[a-z][^.;:()\n]{{0,40}}?\s+and\s+(?=served\s))?"  # "X was a serving Member since 2013 and served as Chairman of ..."
    rf"(?:(?:served|serves|serve|acted|acts|act|continues|continued|continue|remains|remained|remain"
    rf"|(?:was|were|is)\s+(?:welcomed|introduced))\s+as"
    rf"|accepted\s+(?:the\s+)?(?:office|post|role|position)\s+of)\s+"
    rf"(?:the\s+|a\s+|an\s+|our\s+|its\s+)?(?:new\s+)?(?=[A-Z])"
)
"""A post held, in whatever verb: "X served as ...", "Cllr Smith will act as Vice-Chairman",
"agreed to continue as Chairman", "Jane Doe was welcomed as the new Clerk", "accepted the
office of Chairman"."""
# "The Chairman welcomed Mrs Jane Smith as the new Clerk", "... the Leader of the Council
# supporting Mr Jeffrey as the Cabinet\nMember and Chair of the GWP": the object of a verb of
# greeting, thanks or support named with the post it holds.
_OBJECT_AS = re.compile(
    rf"\b(?:welcomed|welcomes|welcoming|thanked|thanks|thanking|congratulated|congratulating"
    rf"|supported|supporting|supports|confirmed|confirming)\s+{_PERSON}{_HONOURS}\s+as\s+"
    rf"(?:the\s+|our\s+|its\s+|their\s+)?(?:(?P<new>new|incoming)\s+)?(?=[A-Z])")
# "to ask Georgia Gould the Minister of State for School Standards questions": a post after the
# name without a comma, introduced by "the" and written as a title.
_NAME_THE_POST = re.compile(
    rf"{_PERSON}[ \t]+(?:the|an?)[ \t]+(?:(?P<new>new|incoming)[ \t]+|(?P<gone>outgoing|retiring)[ \t]+"
    rf"|(?:former|current|then)[ \t]+)?"
    rf"(?=[A-Z])")
_RECOMMENDED = re.compile(
    r"^[^.]{0,40}?\b(?:was|were|is|be)\s+(?:introduced\s+and\s+)?(?:recommended\s+for\s+"
    r"appointment|duly\s+appointed|appointed|confirmed\s+in\s+(?:the\s+)?post)\b")
"""What the sentence says of the new officer it names ("Amanda Glew the new Clerk to the Council
was introduced and recommended for appointment"): appointed at this meeting."""

# "RESOLVED that Cllr Edgell be the parish council’s representative on Walter Wallinger’s
# Charity."
_REPRESENTATIVE = re.compile(
    rf"{_PEOPLE}\s+(?:agreed\s+to\s+|will\s+|would\s+)?(?P<aux>be|are|is|was|were)\s+(?:the\s+)?(?:(?:[A-Za-z]+\s+)?(?i:council|authority)"
    rf"[’']s\s+)?representatives?\s+(?:on|to)\s+(?P<body>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|&|the)\s+)?"
    rf"[\w’'\-]+){{0,8}}?)(?=\s*[.;(]|[ \t]*\n[ \t]*\n|\s*$)"
)

# "Election of Vice Chair Barry Simkins - proposed by EB seconded SE": an agenda heading
# answered on its own line, the way short parish minutes record an election (or by the name
# alone: "Election of Chairman – Cllr J Smith").
_ELECTION_OF = re.compile(
    rf"(?m)^[ \t]*(?:\d+[.)]?[ \t]*)?(?:ELECTION|Election)[ \t]+(?:OF|of)[ \t]+(?:the[ \t]+)?"
    rf"(?P<role>(?:Vice[ \-]?|VICE[ \-]?)?(?:Chair|CHAIR)(?:man|MAN|person|woman)?)[ \t]*[:–—-]?[ \t]*"
    rf"{_PERSON_LINE}(?:[ \t]*[–—-][ \t]*(?:proposed|nominated)\b|[ \t]*\.?[ \t]*$)"
)

# "Mr B Jones and Mr R Lester were co-opted as Councillors for Hertingfordbury Parish Council":
# several people take the same post, the first with an honorific (a plural one may stand for
# all: "Cllrs A Brown and B Green were appointed as ...").
_EVENT_PEOPLE = re.compile(
    rf"(?P<people>(?:{_HON})+{_NAME}(?:(?:\s*,\s*|\s+and\s+)(?:{_HON})*{_NAME}){{1,6}})\s+"
    rf"(?P<aux>(?:(?:have|had|will|would|shall|are\s+to|to)\s+)?(?:be(?:en)?\s+|were\s+|are\s+))"
    rf"(?:duly\s+|unanimously\s+|formally\s+)?(?P<event>{_EVENT_WORDS})\s+(?:as\s+)?(?:the\s+)?"
)


def _read_event_people(m: re.Match[str], text: str) -> Iterator[Candidate]:
    end = _role_end(text, m.end())
    role, status = _role_between(text, m.end(), end)
    singular = re.sub(r"(?i)^(councillor|member|representative|governor|trustee)s\b", r"\1", role)
    body = re.fullmatch(r"to\s+the\s+(?P<body>[A-Z].*)", role)
    if body and _BODY_WORD.search(body.group("body")):
        role = singular = body.group("body")  # "Cllrs X and Y are appointed to the Employment Committee"
    elif not is_post(singular, bare_councillor=True) or not _is_head_early(singular):
        return
    event = _EVENTS[m.group("event").lower()]
    people = _names_of(m.group("people"))
    roles = [role] * len(people)
    each = re.fullmatch(r"(?P<posts>.+?)\s+respectively", role)
    if each:  # "X and Y were elected Chairman and Vice-Chairman respectively": in order
        roles = [r.strip() for r in re.split(r"\s*,\s*|\s+and\s+", each.group("posts"))]
        if len(roles) != len(people) or not all(is_post(r) for r in roles):
            return
    for person, post in zip(people, roles, strict=True):
        yield Candidate(person=person, role=post, start=m.start(), end=end, status=status,
                        event=event, future=_future(m), at_meeting=_at_meeting(m, event),
                        honorific=True)


# "Cllr Brown was proposed by Cllr White, seconded by Cllr Black and duly elected as Chairman":
# the proposer and seconder between the person and the election.
_SECONDED_THEN = re.compile(
    rf"{_PERSON}\s+{_AUX}(?:proposed|nominated)\s+by\s+{_HON}+{_NAME}(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?:(?:was\s+)?seconded\s+by\s+{_HON}+{_NAME}(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:was\s+)?)?"
    rf"(?:duly\s+|unanimously\s+)?(?P<event>re-?elected|elected|appointed)\s+(?:unopposed\s+|unanimously\s+)?"
    rf"(?:as\s+)?(?:the\s+)?(?=[A-Za-z])")


# "Mrs Nina Villa be appointed as Clerk and assumes the roles of Proper Officer (PO) and
# Responsible\nFinancial Officer (RFO)": the further posts taken with the appointment.
_ASSUMES_ROLES = re.compile(
    rf"{_PERSON}\s+{_AUX}(?P<event>{_EVENT_WORDS})\s+as\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*"
    rf"\s+and\s+(?:assumes|assume|takes\s+on|will\s+assume|will\s+take\s+on)\s+the\s+roles?\s+of\s+"
    rf"(?P<roles>[A-Z][^.;]{{2,160}}?)(?=\s*[,.;]\s|\s*[,.;]?$)"
)
# "the current clerk, Tom Brindley, ceases to be RFO and PO from 31st October"
_CEASES = re.compile(
    rf"{_PERSON},?\s+(?P<aux>(?:will\s+|is\s+to\s+)?)(?:ceases|ceased|cease)\s+to\s+be\s+(?:the\s+)?"
    rf"(?P<roles>[A-Z][\w\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w\-]*){{0,8}})"
)


def _roles_of(roles: str) -> list[tuple[str, int]]:
    """'Proper Officer (PO) and Responsible Financial Officer (RFO)' -> each post and where it
    ends in `roles` (a bracketed abbreviation is not part of the post)."""
    out, pos = [], 0
    for part in re.split(r"(\s*,\s*|\s+and\s+|\s*&\s*)", roles):
        if part.strip() and not re.fullmatch(r"\s*,\s*|\s+and\s+|\s*&\s*", part):
            post = _collapse(re.sub(r"\s*\([A-Z]{2,5}\)\s*$", "", part))
            if post:
                out.append((post, pos + len(part)))
        pos += len(part)
    return out


def _read_assumes_roles(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    if not who:
        return
    event = _EVENTS[m.group("event").lower()]
    for post, _end in _roles_of(m.group("roles")):
        post = _expand_acronym(post, text)
        if is_post(post):
            yield Candidate(person=who[0], role=post, start=m.start(), end=m.end(), event=event,
                            future=_future(m), at_meeting=_at_meeting(m, event), prose=True,
                            honorific=who[1])


def _read_ceases(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    if not who:
        return
    for post, _end in _roles_of(m.group("roles")):
        post = _expand_acronym(post, text)
        if is_post(post) or re.fullmatch(r"[A-Z]{2,5}", post):
            yield Candidate(person=who[0], role=post, start=m.start(), end=m.end(), event="left",
                            future=_future(m), prose=True, honorific=who[1])


# "1. ELECTION OF CHAIRMAN ... Cllr Edwards was duly elected.": the post is the heading's.
_ELECTED_BARE = re.compile(
    rf"{_PERSON}\s+(?P<aux>(?:was|were|is|be)\s+)(?:duly\s+|unanimously\s+)?"
    rf"(?:(?:nominated|proposed)(?:\s*,\s*seconded)?\s+and\s+)?(?P<event>re-elected|elected)"
    rf"(?:\s+(?:unopposed|unanimously))?(?=\s*[.;,]|\s*$)"
)
_ELECTION_HEADING = re.compile(
    r"(?im)^[ \t]*(?:\d+[.)]?[ \t]*)?(?:(?:election|re-election|nominations?)[ \t]+(?:of|for)"
    r"|to[ \t]+elect)[ \t]+(?:the[ \t]+|a[ \t]+)?"
    r"(?P<role>(?:vice[ \-]?)?chair(?:man|woman|person)?|(?:deputy[ \t]+|town[ \t]+)?mayor)"
    r"(?:[ \t]+(?:of|for)[ \t]+[^\n]{0,60})?[ \t.:]*$"
)
_HEADING_LOOKBACK = 8
"""Lines looked back from "X was duly elected" for the "ELECTION OF CHAIRMAN" heading it answers
(the nominations and the vote come between)."""


def _read_elected_bare(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    if not who:
        return
    before = text[:m.start()].split("\n")
    start_line = len(before) - 1
    lines = text.split("\n")
    for k in range(start_line, max(-1, start_line - _HEADING_LOOKBACK), -1):
        h = _ELECTION_HEADING.match(lines[k])
        if h:
            role = h.group("role")
            yield Candidate(person=who[0], role=role.title() if role.isupper() else role,
                            start=m.start(), end=m.end(), event=_EVENTS[m.group("event").lower()],
                            at_meeting=True, prose=True, honorific=who[1])
            return
        if k != start_line and re.match(r"^[ \t]*\d+[.)]?[ \t]+[A-Z]{3,}", lines[k]):
            return  # another numbered heading: not an election section


_EVENTS: dict[str, str] = {
    "elected": "elected", "elect": "elected", "re-elected": "re-elected", "reelected": "re-elected",
    "appointed": "appointed", "appoint": "appointed", "re-appointed": "appointed",
    "reappointed": "appointed",
    "co-opted": "co-opted", "co-opt": "co-opted", "nominated": "nominated", "nominate": "nominated",
    "proposed": "proposed",
    "resigned": "resigned", "stood down": "resigned", "stepped down": "resigned", "left": "left",
    "retired": "left",
}
_EVENT_WORD = re.compile(r"(?i)(?:tendered|submitted|handed\s+in|given)\s+\w+\s+resignation")


def _event_of(word: str) -> str:
    """The event a pattern's verb names ("tendered her resignation": resigned)."""
    word = " ".join(word.lower().split())
    return "resigned" if _EVENT_WORD.fullmatch(word) else _EVENTS[word]
_FUTURE_AUX = re.compile(r"^(?:will|would|should|shall|is\s+to|are\s+to|to)\b")
"""An auxiliary that puts the event ahead ("will be co-opted at our next meeting"); a bare "be"
("RESOLVED that X be elected") is the resolution doing it, so done."""


def _event_person(m: re.Match[str]) -> tuple[str, bool] | None:
    words = _trim_name(m.group("name").split())
    person, hon = " ".join(words), bool(m.group("hon").strip())
    if not _valid_name(person, hon):
        return None
    return person, hon


def _person_and_role(m: re.Match[str], text: str) -> tuple[tuple[str, bool], int, str,
                                                          AppointmentStatus | None] | None:
    """An event pattern's person (name, honorific) and the post phrase after the match, with the
    end of the phrase and its status word; None when the person is not a name."""
    who = _event_person(m)
    if not who:
        return None
    end = _role_end(text, m.end())
    role, status = _role_between(text, m.end(), end)
    return who, end, role, status


def _future(m: re.Match[str]) -> bool:
    aux = m.groupdict().get("aux") or ""
    return bool(_FUTURE_AUX.match(aux.strip()))


_AT_MEETING_AUX = {"", "be", "is", "are", "was", "were"}
"""Auxiliaries of an event the minutes record as made at the meeting: "be elected" (a
resolution), "was re-elected", "is elected"; "was appointed" / "has been appointed" report an
appointment made elsewhere, and appointments are the one event councils usually report."""


def _at_meeting(m: re.Match[str], event: str) -> bool:
    aux = " ".join((m.groupdict().get("aux") or "").split())
    if aux not in _AT_MEETING_AUX:
        return False
    return aux in {"", "be", "is", "are"} or event != "appointed"


def _read_passive(m: re.Match[str], text: str) -> Iterator[Candidate]:
    """'Cllr Lester be elected chairman for the year', 'X will be co-opted as councillor'."""
    found = _person_and_role(m, text)
    if not found:
        return
    who, end, role, status = found
    meeting = re.search(r"\s+(?:the|this)\s+meeting$", role)
    role = _expand_acronym(role[:meeting.start()] if meeting else role, text)
    into = re.fullmatch(r"to\s+the\s+(?P<post>(?:Vice[ \-]?)?Chair(?:man|person|woman)?)", role)
    if into:
        role = into.group("post")  # "Cllr J Smith was elected to the Chair"
    body = re.fullmatch(r"to\s+the\s+(?P<body>[A-Z][^()]*)", role)
    if body and _BODY_WORD.search(body.group("body")) and m.group("event").lower() != "resigned":
        # "Mr D Watkins be appointed to the Health Reform and Public Health Cabinet Committee in
        # place of Mr R Thomas": a seat on the body, the body as the post
        role = body.group("body")
        who_out = re.match(rf"\s+in\s+place\s+of\s+{_PERSON}", text[end:])
        yield Candidate(person=who[0], role=role, start=m.start(), end=end, status=status,
                        event=_event_of(m.group("event")), future=_future(m),
                        at_meeting=_at_meeting(m, _event_of(m.group("event"))), prose=True,
                        honorific=who[1], organisation=role)
        if who_out:
            out, hon = clean_person(who_out.group("hon") + who_out.group("name"))
            if _valid_name(out, hon):
                yield Candidate(person=out, role=role, start=m.start(), end=end + who_out.end(),
                                event="left", honorific=hon, organisation=role)
        second = _GAPPED_BODY.match(text, end)
        if second and _BODY_WORD.search(second.group("body")):  # "... and Cllr White to the X"
            other = _event_person(second)
            body2 = _collapse(second.group("body"))
            if other and other[1]:
                yield Candidate(person=other[0], role=body2, start=m.start(), end=second.end(),
                                event=_event_of(m.group("event")), future=_future(m),
                                at_meeting=_at_meeting(m, _event_of(m.group("event"))),
                                prose=True, honorific=True, organisation=body2)
        return
    if _COUNCIL_MEMBER.fullmatch(role):
        return  # "co-opted as a member of the Parish Council": the council seat (council_seat)
    if not is_post(role, bare_councillor=True) or not _is_head_early(role):
        return
    event = _event_of(m.group("event"))
    if event in _CANDIDACIES and _then_elected(text, end, who[0]):
        event = "elected"
    yield Candidate(person=who[0], role=role, start=m.start(), end=end, status=status,
                    event=event, future=_future(m), at_meeting=_at_meeting(m, event), prose=True,
                    honorific=who[1], post=MEETING_CHAIR if meeting else None)
    second = _gapped(text, end) if event in _ARRIVALS and not meeting else None
    if second:
        (person, hon), _start, second_end, role, status = second
        yield Candidate(person=person, role=role, start=m.start(), end=second_end, status=status,
                        event=event, future=_future(m), at_meeting=_at_meeting(m, event),
                        prose=True, honorific=hon)


_CANDIDACIES = {"proposed", "nominated"}
_COUNCIL_MEMBER = re.compile(r"(?i)(?:an?\s+)?(?:member|councillor)\s+of\s+the\s+(?:(?:parish|town"
                             r"|community|district|borough|city|county)\s+)?council")
_GAPPED_BODY = re.compile(rf"\s+and\s+{_PERSON}\s+to\s+the\s+(?P<body>[A-Z][\w’'&\-]*(?:[ \t]+"
                          rf"(?:[A-Z][\w’'&\-]*|of|and|for|&)){{0,6}})")
"""A second seat with its verb left out ("Cllr Brown was appointed to the Planning Committee and
Cllr White to the Finance Committee")."""
_GAPPED = re.compile(rf"\s+and\s+{_PERSON}\s+(?:as\s+)?(?:the\s+)?(?=[A-Z])")
"""The second clause of an election with its verb left out ("Cllr Brown was elected Chairman and
Cllr White Vice-Chairman"): the second person takes the second post by the same event."""


def _gapped(text: str, end: int) -> tuple[tuple[str, bool], int, int, str,
                                          AppointmentStatus | None] | None:
    """(person, start, end, post, status) of the gapped clause after a post that ends at `end`."""
    m = _GAPPED.match(text, end)
    if not m:
        return None
    who = _event_person(m)
    post_end = _role_end(text, m.end())
    role, status = _role_between(text, m.end(), post_end)
    if not who or not who[1] or not is_post(role) or not _is_title(role.split()):
        return None
    if not re.match(r"\s*(?:[.;,]|\n|$|(?:for|with|from)\b)", text[post_end:]):
        return None
    return who, m.start(), post_end, role, status


_THEN_ELECTED = re.compile(
    r"(?:\b(?P<who>[A-Z][\w’'\-]+)\s+(?:was|were)\s+|\band\s+(?:was\s+)?|,\s*)"
    r"(?:duly\s+|unanimously\s+)?(?P<event>re-elected|elected)\b")
_ELECTION_WINDOW = 300
"""Characters after a nomination searched for its outcome ("... and duly elected", "There being
no other nominations Cllr Smith was elected"): the rest of its paragraph."""


def _then_elected(text: str, end: int, person: str) -> bool:
    """Whether the paragraph after "X was proposed as Chairman" says X was elected."""
    window = text[end:end + _ELECTION_WINDOW].split("\n\n")[0]
    for m in _THEN_ELECTED.finditer(window):
        who = m.group("who")
        if who is None or who.casefold() == person.split()[-1].casefold():
            return True
    return False


def _read_active(m: re.Match[str], text: str) -> Iterator[Candidate]:
    """'we appoint X to the Recreation Committee', 'appointed Y as Clerk'."""
    found = _person_and_role(m, text)
    if not found:
        return
    who, end, role, status = found
    if not is_post(role, bare_councillor=True, bodies=m.group("prep") == "to"):
        return
    reported = bool(re.search(r"\b(?:had|has|have)\s+$", text[max(0, m.start() - 6):m.start()]))
    event = _EVENTS[m.group("event").lower()]
    if event in _CANDIDACIES and _then_elected(text, end, who[0]):
        event = "elected"  # "Cllr Smith proposed Cllr Jones as Vice-Chairman ... Cllr Jones was elected"
    yield Candidate(person=who[0], role=role, start=m.start(), end=end, status=status,
                    event=event, at_meeting=not reported, prose=True,
                    honorific=who[1])  # "The meeting had elected Cllr Rochford as chairman of
    # the working party": another meeting's election, reported


def _read_left_the_council(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    if who:
        yield Candidate(person=who[0], role="Councillor", start=m.start(), end=m.end(),
                        event=_EVENTS[m.group("event").lower()], prose=True, honorific=who[1])


def _read_active_people(m: re.Match[str], text: str) -> Iterator[Candidate]:
    end = _role_end(text, m.end())
    role, status = _role_between(text, m.end(), end)
    if not is_post(role, bare_councillor=True, bodies=m.group("prep") == "to"):
        return
    # (each from where its name is printed: one candidate a span)
    names = [(m.start("people") + n.start(), clean_person(_collapse(n.group()))[0])
             for n in re.finditer(_NAME, m.group("people"))]
    if len(names) < 2 or not all(_valid_name(n, False) for _, n in names):
        return
    for at, person in names:
        yield Candidate(person=person, role=role, start=at, end=end, status=status,
                        event=_EVENTS[m.group("event").lower()], at_meeting=True, prose=True)


def _read_vacated(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    role = _collapse(m.group("role"))
    if who and is_post(role):
        yield Candidate(person=who[0], role=role, start=m.start(), end=m.end(),
                        event=_EVENTS[m.group("event").lower()], prose=True, honorific=who[1])


def _read_election_of(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    if who and len(who[0].split()) >= (1 if who[1] else 2):
        yield Candidate(person=who[0], role=_collapse(m.group("role")), start=m.start("role"),
                        end=m.end(), event="elected", at_meeting=True, honorific=who[1])


def _read_took_over(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    body = _collapse(m.group("body").strip())
    if who and is_post(m.group("post")):
        yield Candidate(person=who[0], role=f"{m.group('post')} of {body}", start=m.start(),
                        end=m.end(), event="appointed", prose=True, honorific=who[1],
                        organisation=re.sub(r"^the\s+", "", body))


def _read_the_post_is(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    role = _collapse(m.group("role"))
    if who and is_post(role) and (role[:1].isupper() or who[1]):
        yield Candidate(person=who[0], role=role, start=m.start(), end=m.end(), prose=True,
                        honorific=who[1])


def _read_audit(m: re.Match[str], text: str) -> Iterator[Candidate]:
    # The person is the first name in the sentence that ends with the duty.
    start = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n\n", 0, m.start()) + 2, 0)
    for p in re.finditer(_PERSON, text[start:m.start()]):
        who = _event_person(p)
        if who:
            yield Candidate(person=who[0], role=m.group("role"), start=start + p.start(),
                            end=m.end(), prose=True, honorific=who[1])
            return


def _names_of(people: str) -> list[str]:
    """'Cllrs Lester and Morris' -> ['Lester', 'Morris']; [] when any part is not a name."""
    parts = [clean_person(p)[0] for p in re.split(r"\s*,\s*|\s+and\s+", _collapse(people)) if p]
    return parts if all(_valid_name(p, True) for p in parts) else []


def _read_represent(m: re.Match[str], text: str) -> Iterator[Candidate]:
    """'be elected to represent the parish council on X' (the event); 'Cllr Green will represent
    the Council on X', 'agreed to represent ...' (a seat held, no event)."""
    body = _collapse(m.group("body"))
    event = _EVENTS[m.group("event").lower()] if m.group("event") else None
    for person in _names_of(m.group("people")):
        yield Candidate(person=person, role=f"Representative on {body}", start=m.start(),
                        end=m.end(), event=event, future=_future(m),
                        at_meeting=_at_meeting(m, event), honorific=True,
                        organisation=re.sub(r"^the\s+", "", body))


def _read_served(m: re.Match[str], text: str) -> Iterator[Candidate]:
    """'X served as Chair of the Finance & Review Group': a post held, no event."""
    found = _person_and_role(m, text)
    if not found:
        return
    who, end, role, status = found
    if is_post(role) and _is_title(role.split(), lead=True):
        end = _portfolio_tail(text, role, end)
        role, status = _role_between(text, m.end(), end)
        yield Candidate(person=who[0], role=role, start=m.start(), end=end, status=status,
                        prose=True, honorific=who[1])


_AT_PLACE = re.compile(r"\s+at\s+(?!the\b)[A-Z][\w’'\-]*(?:[ \t]+|[ \t]*\n[ \t]*)?(?:[A-Z][\w’'\-]*)?"
                       r"(?=[ \t]*(?:[.,;]|\n|$))")
"""A post's body named by its place after "at", to the end of the clause ("the Chairman at Little
Berkhampsted."): part of the post as written."""


def _read_name_the_post(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    if not who or len(who[0].split()) < (1 if who[1] else 2):
        return
    end = _role_end(text, m.end())
    words = _collapse(text[m.end():end]).split()
    # the title runs while its words are capitalised or connectors ("... Standards questions")
    k = 0
    while k < len(words) and (words[k][:1].isupper() or words[k].casefold() in _CONNECTORS
                              or (k and words[k].islower() and _is_head(words[k]))):
        k += 1  # a head in lower case ends a title in sentence case ("a Broadband adviser")
    while k and words[k - 1].casefold() in _CONNECTORS:
        k -= 1
    role = " ".join(words[:k])
    if k and is_post(role) and (_is_title(role.split()) and _is_head(words[0]) | (
            words[0].casefold() in _ROLE_STARTS) or k <= _TITLE_LEAD_WORDS + 1
            and _is_title(role.split(), lead=True)):
        role_end = m.end() + text[m.end():].find(words[k - 1]) + len(words[k - 1])
        place = _AT_PLACE.match(text, role_end)
        if place:  # "Chris Nunn the Chairman at Little\nBerkhampsted": the body by its place
            role_end = place.end()
            role = _collapse(text[m.end():role_end])
        appointed = bool(m.group("new") and _RECOMMENDED.match(_collapse(text[role_end:role_end + 120])))
        event = "appointed" if appointed else "left" if m.group("gone") else None
        yield Candidate(person=who[0], role=role, start=m.start(), end=role_end, prose=True,
                        honorific=who[1], event=event, at_meeting=appointed)
        # "said goodbye to Cllr Gary Cook the outgoing Chairman": leaving the post


_LOWER_HEADS = "|".join(sorted({h.casefold() for h in POST_HEADS if h.isalpha()}, key=len,
                                reverse=True))
_NAME_THE_LOWER_POST = re.compile(
    rf"(?<![\w’'\-])(?P<hon>(?:{_HON})+)(?P<name>{_NAME})[ \t]+the[ \t]+"
    rf"(?:(?:parish[ \t]+)?council(?:[’']s|s[’'])?[ \t]+)?(?:(?:new|current|then)[ \t]+)?"
    rf"(?P<role>(?:[a-z]+[ \t]+){{0,2}}(?:{_LOWER_HEADS}))(?=[ \t]*[,;.]|[ \t]+(?:who|and)\b)")
"""A post in lower case after its holder's name and "the", as parish minutes write it ("Mrs K
Murphy the councils’ internal auditor, who"): the honorific says the name is a person's, the
comma or "who" that the post ends there."""


def _read_name_the_lower_post(m: re.Match[str], text: str) -> Iterator[Candidate]:
    person, hon = clean_person(m.group("hon") + m.group("name"))
    if _valid_name(person, hon):
        yield Candidate(person=person, role=m.group("role"), start=m.start(), end=m.end("role"),
                        honorific=hon)


_NAME_COMMA_LOWER_POST = re.compile(
    rf"(?<![\w’'\-])(?P<hon>(?:{_HON})*)(?P<name>{_NAME}),[ \t]*\n?[ \t]*"
    rf"(?:(?:long[ \-]?time|long[ \-]standing|late)\s+)?"  # how long, not the post
    rf"(?P<role>(?:(?:[A-Z]{{2,6}}|[A-Z][a-z]+)[ \t]+){{0,2}}(?:(?!(?:and|or|of|for|the|a|an|who|was|is)\b)"
    rf"[a-z][\w’'\-]*(?:[ \t]+|[ \t]*\n[ \t]*)){{0,3}}(?:(?:vice|deputy)-)?(?:{_LOWER_HEADS})(?![\w\-])"
    rf"(?:[ \t]+(?:of|to)[ \t]+(?:the[ \t]+)?(?:council|(?:[A-Z][\w’'\-]*[ \t]+){{0,3}}"
    rf"(?:Council|Committee|Board|Group|Trust|Association|Society)))?)"
    rf"(?=[ \t]*[,.;(]|[ \t]*\n|[ \t]+(?:was|is|had|has|who|and|gave|said|reported|explained"
    rf"|attended|advised|would|will|to|took)\b)")
"""A post in lower case after its holder's full name and a comma, no article, as parish minutes
write it in prose: "a site meeting with Raj Goutam, Ringway district service manager was
suggested", "the advice from Philip Petchey, legal counsel (report annexed ...)", "Cllr C
Edwards, vice-chairman of the council, took the chair", "with Chris Nunn, chairman of Little
Berkhamsted Parish Council to which". A body's name in capitals may open it ("Ringway"); a
surname alone needs its honorific."""


def _read_name_comma_lower_post(m: re.Match[str], text: str) -> Iterator[Candidate]:
    person, hon = clean_person(m.group("hon") + m.group("name"))
    person = " ".join(_trim_name(person.split()))
    role = _collapse(m.group("role"))
    if not any(w.islower() and _is_head(w.split("-")[-1]) for w in role.split()) \
            or not is_post(role):
        return  # the head in lower case: "Ringway district service manager"
    if _valid_name(person, hon) and (hon or len(person.split()) >= 2):
        yield Candidate(person=person, role=role, start=m.start(), end=m.end("role"),
                        prose=True, honorific=hon)


def _read_representative(m: re.Match[str], text: str) -> Iterator[Candidate]:
    """'be the parish council's representative on X': appointed at the meeting when resolved
    ("be"), otherwise the holder named."""
    body = _collapse(m.group("body"))
    resolved = m.group("aux") == "be"
    for person in _names_of(m.group("people")):
        yield Candidate(person=person, role=f"Representative on {body}", start=m.start(),
                        end=m.end(), event="appointed" if resolved else None,
                        at_meeting=resolved, honorific=True,
                        organisation=re.sub(r"^the\s+", "", body))


# "Mrs Jane Doe has been the Clerk since 2010": the post after a copula and its article.
_IS_THE_POST = re.compile(
    rf"{_PERSON}\s+(?:is|was|has\s+been|had\s+been|remains|remained|became|becomes)\s+"
    rf"(?:the|our|their)\s+(?:new\s+|current\s+|present\s+)?(?=[A-Za-z])")
# "thanked Cllr Smith for his work as Chairman over the past year": a post held.
_SERVICE_AS = re.compile(
    rf"{_PERSON}\s+for\s+(?:all\s+)?(?:his|her|their)\s+(?:[a-z]+\s+)?(?:work|service|services"
    rf"|time|efforts|contribution|years?)\s+as\s+(?:the\s+|a\s+|an\s+)?(?=[A-Za-z])")
# "The Board approved the appointment of John Roe as Assistant Superintendent": the noun.
_APPOINTMENT_OF = re.compile(
    rf"(?:\b(?P<lead>(?:approve|confirm|ratifie|agree|support|endorse)[sd]?|ratify)\s+)?\bthe\s+"
    rf"(?:re-?)?appointment\s+of\s+{_PERSON}\s+(?P<prep>as|to)\s+(?:the\s+|an?\s+)?"
    rf"(?=[A-Z]|(?P<lower>[a-z]))")
"""'the Council approve the appointment of Ms. K. Murphy as internal auditor': a post in lower
case ("internal auditor") is read when the minutes approve it (the lead verb), as written."""


# "Cllr Smith has resigned from the council", "Mr John Roe be co-opted to the Council": a seat
# on the council itself, whose post is Councillor.
_COUNCIL_SEAT = re.compile(
    rf"{_PERSON}\s+{_AUX}(?P<event>co-opted|resigned|stood\s+down|stepped\s+down)\s+(?:(?:on)?to|onto"
    rf"|on|from|as\s+a\s+(?i:member|councillor)\s+of)\s+the\s+(?i:(?:parish|town|community|district"
    rf"|borough|city|county)\s+)?(?i:council)\b(?!\s*(?:’s|'s|\s+(?:offices|meeting|website)))")
_CO_OPT = re.compile(
    rf"\b(?:resolved|agreed|voted|decided)\s+(?:unanimously\s+)?to\s+co-opt\s+{_PERSON}"
    rf"(?=\s+(?:as\s+a\s+(?:parish\s+|town\s+)?councillor|to\s+(?:fill|the)|onto|on\s+to)\b|\s*[.,;])")


# "it was RESOLVED that: Cllr E Bradbury take the Chair for the election of the Chairman": the
# resolution puts a member in the chair of this meeting (the subjunctive "take": appointed).
_TAKE_THE_CHAIR = re.compile(rf"{_PERSON}\s+(?P<verb>take|took|takes)\s+the\s+(?P<role>[Cc]hair)\b")


# "Cllr Mrs Clements proposed that Cllr Ryves be replaced by Cllr Nicholas-Letch on the Cemetery
# Committee" (stoke-ferry-pc-minutes-2012-11.html), "Mr X to replace Mr Y on the Z Committee":
# a change of a body's members, one in and one out.
_BODY_NAME = r"(?P<body>(?:the[ \t]+)?[A-Z][\w’'&\-]*(?:[ \t]+(?:[A-Z][\w’'&\-]*|of|and|for|&)){0,6})"
_REPLACED_BY = re.compile(
    rf"(?P<out>{_HON}+{_NAME})\s+(?P<aux>be|is|was|to\s+be|will\s+be|has\s+been)\s+replaced\s+by\s+"
    rf"(?P<in>{_HON}+{_NAME})\s+(?:on|as\s+(?:a\s+)?member\s+of)\s+{_BODY_NAME}")
_TO_REPLACE = re.compile(
    rf"(?P<in>{_HON}+{_NAME})\s+(?P<aux>to|will|would|should|shall)\s+replace\s+(?P<out>{_HON}+{_NAME})"
    rf"\s+(?:on|as\s+(?:a\s+)?member\s+of)\s+{_BODY_NAME}")


def _read_replaced(m: re.Match[str], text: str) -> Iterator[Candidate]:
    """The new member appointed to the body, the one replaced leaving it; done when resolved
    ("be replaced", "to replace" in a resolution), as the minutes record it."""
    body = _collapse(m.group("body"))
    if not _BODY_WORD.search(body):
        return
    body = re.sub(r"^the\s+", "", body)
    aux = " ".join(m.group("aux").split())
    done = aux in {"be", "is", "was", "has been", "to"}
    for group, event in (("in", "appointed"), ("out", "left")):
        person, hon = clean_person(m.group(group))
        if _valid_name(person, hon):
            yield Candidate(person=person, role=body, start=m.start(), end=m.end(), event=event,
                            at_meeting=done and event == "appointed", honorific=hon,
                            organisation=body)


_BODY_CONSISTING = re.compile(
    rf"\b(?i:an?|the|this)\s+(?P<body>(?:(?!(?:the|of|and|to|in)\b)[\w’'\-]+\s+){{0,3}}?(?i:working\s+group"
    rf"|working\s+party|sub-?committee|committee|steering\s+group|task\s+group|panel|group|board))"
    rf",?\s+(?:(?:consisting|consists|composed|comprised|made\s+up)\s+of|comprising)\s+{_PEOPLE}"
    rf"(?![\w’'\-])")
"""A body and its members named together: "It was agreed to consider the matter in a working
group consisting of Cllrs Edwards, Brennan, O’Leary and Rochford" (each a member of the body,
the post as written: "working group"; set up at the meeting when the sentence decides it)."""
_SETS_UP = re.compile(r"(?i)\b(?:agreed|resolved|decided|set\s+up|formed|form|established|establish"
                      r"|appointed|appoint|create[d]?)\b")


def _read_body_consisting(m: re.Match[str], text: str) -> Iterator[Candidate]:
    body = _collapse(m.group("body"))
    sentence = text[max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start()), 0):m.start()]
    decided = bool(_SETS_UP.search(sentence))
    for person in _names_of(m.group("people")):
        yield Candidate(person=person, role=body, start=m.start("body"), end=m.end(),
                        event="appointed" if decided else None, at_meeting=decided,
                        honorific=True, organisation=body)


# A departure written as a noun: "To accept the resignation of Mr Matt Hay from the Council",
# "following the resignation of Mrs C Hardy as Clerk", "the retirement of X from the post of
# Treasurer". The post is the one named after "as" / "the post of", or the seat on the council;
# a bare "the resignation of Cllr X" names no post and is left unread.
_DEPARTURE_OF = re.compile(
    rf"\b(?i:the|his|her|their)\s+(?P<event>(?i:resignation|retirement|departure))\s+of\s+{_PERSON}"
    rf"{_HONOURS}\s*(?:(?P<seat>from|as\s+an?\s+(?i:member|councillor)\s+of)\s+the\s+(?i:(?:parish|town"
    rf"|community|district|borough|city|county)\s+)?(?i:council)\b(?!\s*(?:’s|'s|\s+(?:offices|meeting"
    rf"|website)))|(?:as|from\s+(?:the|his|her|their)\s+(?:post|role|position|office)\s+of)\s+"
    rf"(?:the\s+|our\s+|its\s+)?(?=[A-Z]|(?i:clerk|chair|vice|treasurer|secretary|rfo)\b)"
    rf"|(?P<bare>(?=[\s,.;]|$)))")
_DEPARTURE_NOUNS = {"resignation": "resigned", "retirement": "left", "departure": "left"}
_CASUAL_VACANCY = re.compile(r"(?i)\b(?:casual\s+)?vacanc(?:y|ies)\b|\bco-?opt|\bby-?election\b")
_VACANCY_WINDOW = 300
"""Characters of the paragraph read after a bare "the resignation of Cllr X" for the vacancy it
leaves ("Following the resignation of Cllr X there is a casual vacancy"): then the seat is the
council's; without it the post is unknown ("... the council considered the appointment of
chairman")."""


def _read_departure_of(m: re.Match[str], text: str) -> Iterator[Candidate]:
    event = _DEPARTURE_NOUNS[m.group("event").casefold()]
    if m.group("bare") is not None:
        para = text[m.end():m.end() + _VACANCY_WINDOW].split("\n\n")[0]
        who = _event_person(m)
        if who and who[1] and _CASUAL_VACANCY.search(para):
            yield Candidate(person=who[0], role="Councillor", start=m.start(), end=m.end(),
                            event=event, prose=True, honorific=who[1])
        return
    if m.group("seat"):
        who = _event_person(m)
        if who:
            yield Candidate(person=who[0], role="Councillor", start=m.start(), end=m.end(),
                            event=event, prose=True, honorific=who[1])
        return
    found = _person_and_role(m, text)
    if not found:
        return
    who, end, role, status = found
    role = _expand_acronym(role, text)
    if is_post(role) and _is_head_early(role):
        yield Candidate(person=who[0], role=role, start=m.start(), end=end, status=status,
                        event=event, prose=True, honorific=who[1])


# A member's seat on a body in prose: "Cllr O’Leary was co-opted to serve on the working party",
# "it was agreed that Cllrs Rochford, Morris, O’Leary and Simkins would form the Committee", "the
# HPC Neighbourhood Plan Steering Committee will comprise Cllrs Brennan, Hay, ...". The post is
# the body, by its name; a body the sentence only calls "the working party" takes the name the
# minute gives it before (its heading, "27. GREENS CROSSINGS WORKING PARTY", or "the new Greens
# and Crossing Committee" in the paragraph above), and is left unread when it has none.
_GENERIC_BODY = (r"(?:working[ \t]+party|working[ \t]+group|steering[ \t]+(?:group|committee)"
                 r"|task[ \t]+(?:and[ \t]+finish[ \t]+)?group|liaison[ \t]+(?:group|committee)"
                 r"|sub-?committee|committee|panel|group|board|forum)")
_BODY_REF = (rf"(?P<body>(?:the|this|that)\s+(?:new\s+)?(?:(?:[A-Z][\w’'&\-]*|of|and|for|&)\s+){{0,6}}?"
             rf"(?i:{_GENERIC_BODY}))(?![\w\-])")
_SEAT_ON = re.compile(
    rf"{_PEOPLE}(?:,\s+together\s+with\s+the\s+[a-z]+,)?\s+(?P<aux>(?:(?:will|would|shall|should|to|is\s+to"
    rf"|are\s+to|agreed\s+to)\s+)?(?:be(?:en)?\s+|was\s+|were\s+|is\s+|are\s+)?)"
    rf"(?:(?P<event>co-opted|appointed|elected|nominated|invited)\s+to\s+)?"
    rf"(?P<verb>serve\s+on|sit\s+on|join|form)\s+{_BODY_REF}")
_BODY_COMPRISES = re.compile(
    rf"{_BODY_REF}\s+(?P<aux>(?:will|would|shall|is\s+to|to)\s+)?(?:(?:be\s+)?(?:comprise[sd]?"
    rf"|consist(?:s|ed)?\s+of|(?:be|is|was)\s+(?:made\s+up|composed)\s+of))\s+{_PEOPLE}(?![\w’'\-])")
_BODY_NAME_BEFORE = re.compile(
    rf"(?:(?<=\s)|^)(?P<name>(?:[A-Z][\w’'&\-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){{1,5}}(?i:{_GENERIC_BODY}))"
    rf"(?![\w\-])", re.M)
_MINUTE_HEADING = re.compile(r"(?m)^[ \t]*\d+[.)]?[ \t]+[A-Z][A-Z’'&,\- ]{3,}$")
"""A minute's heading ("27. GREENS CROSSINGS WORKING PARTY"): where the minute's text starts."""
_DECIDED = re.compile(r"(?i)\b(?:agreed|resolved|decided|appointed|co-opted|elected)\b")


def _body_name(text: str, m: re.Match[str]) -> str | None:
    """The name of the body a membership sentence refers to: its own words when they name it
    ("the Employment Committee"), else the last name of the same kind of body ("... working
    party") in the minute so far, its heading included."""
    ref = _collapse(m.group("body"))
    own = re.sub(r"^(?:the|this|that)\s+(?:new\s+)?", "", ref)
    if not re.fullmatch(rf"(?i){_GENERIC_BODY}", own):
        return own if own[:1].isupper() else None
    kind = own.split()[-1].casefold()  # "party", "committee", "group", ...
    heads = list(_MINUTE_HEADING.finditer(text, 0, m.start()))
    start = heads[-1].start() if heads else max(0, m.start() - 1500)
    names = [n.group("name") for n in _BODY_NAME_BEFORE.finditer(text, start, m.start())
             if n.group("name").split()[-1].casefold() == kind]
    if not names:
        return None
    return re.sub(r"^(?:The|New)\s+", "", _collapse(names[-1]))


def _read_seat_on(m: re.Match[str], text: str) -> Iterator[Candidate]:
    body = _body_name(text, m)
    if not body or not _BODY_WORD.search(body) and not re.search(rf"(?i){_GENERIC_BODY}$", body):
        return
    word = m.groupdict().get("event")
    line_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start()), 0)
    decided = bool(word) or bool(_DECIDED.search(text, line_start, m.start()))
    event = (_EVENTS[word] if word in _EVENTS else "appointed") if decided else None
    aux = " ".join((m.group("aux") or "").split())
    future = bool(re.match(r"(?:will|shall|is to|are to|to)\b", aux)) and not _DECIDED.search(
        text, line_start, m.start())
    for person in _names_of(m.group("people")):
        yield Candidate(person=person, role=body, start=m.start(), end=m.end(), event=event,
                        future=future, at_meeting=decided and not future, honorific=True,
                        organisation=body)


_WAS_A_POST = re.compile(
    rf"{_PERSON}{_HONOURS},?\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?an?\s+(?=[A-Z])")
"""A post held for a time, named with "a": "Mr Spence OBE was a KCC Member from 1973 until
1993" (the time after it says it is a post held, not a description: "was a Member of the
public")."""
_HELD_FOR = re.compile(r"\s+(?:from|since|between|until|till)\s+(?:\d|the\s+\d|(?:January|February|"
                       r"March|April|May|June|July|August|September|October|November|December)\b)")


def _read_was_a_post(m: re.Match[str], text: str) -> Iterator[Candidate]:
    found = _person_and_role(m, text)
    if not found or not _HELD_FOR.match(text, found[1]):
        return
    who, end, role, status = found
    if is_post(role) and _is_title(role.split(), lead=True):
        yield Candidate(person=who[0], role=role, start=m.start(), end=end, status=status,
                        prose=True, honorific=who[1])


_PRONOUN_POST = re.compile(
    r"(?<![\w’'])(?:He|he|She|she)\b(?P<gap>[^.;:\n]{0,120}?(?:\n[^.;:\n]{0,120}?){0,2})"
    r"(?<![\w’'])(?P<aux>was|has\s+been|had\s+been)\s+(?:also\s+)?(?:(?P<event>appointed|elected|made"
    r"|re-elected)\s+(?:as\s+)?(?:an?\s+|the\s+)?|the\s+)(?=[A-Z])")
"""A post a tribute or a biography gives its subject by pronoun ("Mr Spence OBE was a KCC Member
... He was appointed an Honorary Alderman in 2010"; "He was also a member of the ... Committee
and was the Vice-Chair of the Policy and Resources Cabinet Committee"): the person is the one
named with an honorific in the paragraph, when it names only one."""
_PARAGRAPH_START = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:\d+[.)]|\(?[a-z]\))[ \t]")
_PRONOUN_WINDOW = 800
"""Characters looked back for the paragraph's start: a tribute runs a few sentences."""
_PARAGRAPH_PERSON = re.compile(rf"(?<![\w’'\-])(?:{HONORIFIC})[ \t]+(?:[A-Z]\.?[ \t]+)*(?P<surname>{_WORD})")


def _paragraph_person(text: str, pos: int) -> str | None:
    window = text[max(0, pos - _PRONOUN_WINDOW):pos]
    starts = [0] if pos <= _PRONOUN_WINDOW else []  # the paper's first paragraph
    starts += [m.end() for m in _PARAGRAPH_START.finditer(window)]
    if not starts:
        return None
    paragraph = window[starts[-1]:]
    surnames = {m.group("surname") for m in _PARAGRAPH_PERSON.finditer(paragraph)}
    surnames = {n for n in surnames if _valid_name(n, True)}
    return surnames.pop() if len(surnames) == 1 else None


def _read_pronoun_post(m: re.Match[str], text: str) -> Iterator[Candidate]:
    if re.search(r"\b(?:that|said|who|which|whether|if|asked|thought|felt|hoped)\b", m.group("gap")):
        return  # "He said it was the Chairman who ...": another clause's subject
    person = _paragraph_person(text, m.start())
    if not person:
        return
    end = _role_end(text, m.end())
    role, status = _role_between(text, m.end(), end)
    if not (is_post(role) and _is_title(role.split(), lead=True)):
        return
    end = _portfolio_tail(text, role, end)
    role, status = _role_between(text, m.end(), end)
    event = m.group("event")
    yield Candidate(person=person, role=role, start=m.start(), end=end, status=status,
                    event="elected" if event in ("elected", "re-elected") else
                    "appointed" if event else None, honorific=True)


MEETING_CHAIR = "Meeting Chair"
"""The canonical post of a member chairing one meeting: held for that meeting only, apart from
the council's Chair in `agendapack posts`."""


def _read_take_the_chair(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    if who:
        resolved = m.group("verb") == "take"
        yield Candidate(person=who[0], role=m.group("role"), start=m.start(), end=m.end(),
                        event="appointed" if resolved else None, at_meeting=resolved, prose=True,
                        honorific=who[1], post=MEETING_CHAIR)


def _read_council_seat(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    if not who:
        return
    event = _EVENTS[" ".join(m.group("event").casefold().split())]
    yield Candidate(person=who[0], role="Councillor", start=m.start(), end=m.end(), event=event,
                    future=_future(m), at_meeting=event == "co-opted" and _at_meeting(m, event),
                    prose=True, honorific=who[1])


def _read_co_opt(m: re.Match[str], text: str) -> Iterator[Candidate]:
    who = _event_person(m)
    if who:
        yield Candidate(person=who[0], role="Councillor", start=m.start(), end=m.end(),
                        event="co-opted", at_meeting=True, prose=True, honorific=who[1])


def _read_post_held(m: re.Match[str], text: str) -> Iterator[Candidate]:
    """The post after 'X is the', 'X for her work as': held, no event."""
    found = _person_and_role(m, text)
    if not found:
        return
    who, end, role, status = found
    words = role.split()
    if not (words and is_post(role) and _is_head_early(role)
            and (_is_head(words[0]) or words[0].casefold() in _ROLE_STARTS)
            and not re.search(r"[’']s\b", role)):  # "the Chairman's guest"
        return
    yield Candidate(person=who[0], role=role, start=m.start(), end=end, status=status,
                    prose=True, honorific=who[1])


def _read_appointment_of(m: re.Match[str], text: str) -> Iterator[Candidate]:
    """'approved the appointment of X as Y': appointed, at the meeting when the minutes approve
    it, reported otherwise."""
    found = _person_and_role(m, text)
    if not found:
        return
    who, end, role, status = found
    if not is_post(role, bodies=m.group("prep") == "to") or not _is_head_early(role):
        return
    if m.group("lower") and not m.group("lead"):
        return  # "the appointment of X as a ...": a lower-case post only where it is approved
    yield Candidate(person=who[0], role=role, start=m.start(), end=end, status=status,
                    event="appointed", at_meeting=bool(m.group("lead")), prose=True,
                    honorific=who[1])


EVENT_PATTERNS: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str], str],
                                                           Iterator[Candidate]], str], ...] = (
    ("represent", _REPRESENT, _read_represent,
     "RESOLVED that Cllrs Lester and Morris be elected to represent the parish council on the\n"
     "Panshanger liaison group."),
    ("election_of", _ELECTION_OF, _read_election_of,
     "Election of Vice Chair Barry Simkins - proposed by EB seconded SE"),
    ("served", _SERVED, _read_served,
     "Mr Balfour served as Cabinet Member for Planning, Highways, Transport\nand Waste from "
     "2015 to 2018."),
    ("object_as", _OBJECT_AS, _read_served,
     "h) The Members of the GWP have included Trevor Bond, Neil Baker, Alister Brady\n(and before "
     "him Dr Sullivan), Nick Chard, Mark Hood, Antony Hook, Steve\nManion and the Leader of the "
     "Council supporting Mr Jeffrey as the Cabinet\nMember and Chair of the GWP."),
    ("name_the_post", _NAME_THE_POST, _read_name_the_post,
     "I attended the most recent forum in order to ask Georgia Gould the Minister of State for\n"
     "School Standards questions posed by the Governors of one of our Primary Schools."),
    ("name_the_lower_post", _NAME_THE_LOWER_POST, _read_name_the_lower_post,
     "16.5. The council RESOLVED a vote of thanks to Mrs K Murphy the councils’ internal auditor,"
     " who again\nwaived her fee as a service to the community."),
    ("representative", _REPRESENTATIVE, _read_representative,
     "RESOLVED that Cllr Edgell be the parish council’s representative on Walter Wallinger’s "
     "Charity."),
    ("elected_under_heading", _ELECTED_BARE, _read_elected_bare,
     "2. ELECTION OF VICE-CHAIRMAN\nCllr O’Leary was nominated, seconded and elected unopposed."),
    ("passive_people", _EVENT_PEOPLE, _read_event_people,
     "RESOLVED that:\n\nMr B Jones and Mr R Lester were co-opted as Councillors for "
     "Hertingfordbury Parish Council with\nimmediate effect."),
    ("seconded_then", _SECONDED_THEN, _read_passive,
     "Cllr Brown was proposed by Cllr White and seconded by Cllr Black and duly elected as "
     "Chairman."),
    ("passive", _EVENT, _read_passive,
     "RESOLVED that Cllr Lester be elected chairman for the year."),
    ("assumes_roles", _ASSUMES_ROLES, _read_assumes_roles,
     "i. Mrs Nina Villa be appointed as Clerk and assumes the roles of Proper Officer (PO) and "
     "Responsible\nFinancial Officer (RFO),"),
    ("ceases", _CEASES, _read_ceases,
     "iv. the current clerk, Tom Brindley, ceases to be RFO and PO from 31st October but stays "
     "employed until 10th\nDecember, to facilitate an orderly handover,"),
    ("resigned", _RESIGNED, _read_passive,
     "Mrs C Hardy resigned as Clerk with effect from 31 March."),
    ("left_the_council", _LEFT_THE_COUNCIL, _read_left_the_council,
     "The Chairman informed the meeting that Mr Matt Hay had stood down from the Council due to "
     "work\ncommitments."),
    ("active_people", _ACTIVE_PEOPLE, _read_active_people,
     "That we appoint Lauren Stillar and Marg Hughes to the Township of Nipissing Recreation "
     "Committee for the remainder of this Council term."),
    ("active", _ACTIVE, _read_active,
     "THAT we appoint Julie Mahoney to the Township of Nipissing Recreation Committee."),
    ("vacated", _VACATED, _read_vacated,
     "a vacancy for the position of Clerk as Helen Carrier had resigned"),
    ("took_over", _TOOK_OVER, _read_took_over,
     "Cllr Russell took over the Chairman’s role on the Corporate Parenting Panel in 2019"),
    ("the_post_is", _THE_POST_IS, _read_the_post_is,
     "Mrs Daphne Clements - the PC representative on the committee is Cllr Lee McCarthy."),
    ("replaced_by", _REPLACED_BY, _read_replaced,
     "Cllr Mrs Clements proposed that Cllr Ryves be replaced by Cllr Nicholas-Letch on the "
     "Cemetery Committee, seconded by Cllr Mrs Leamon."),
    ("to_replace", _TO_REPLACE, _read_replaced,
     "RESOLVED that Mr Smith to replace Mrs Jones on the Planning Committee."),
    ("take_the_chair", _TAKE_THE_CHAIR, _read_take_the_chair,
     "In the absence of both the Chairman and Vice Chairman, it was RESOLVED that:\nCllr E "
     "Bradbury take the Chair for the election of the Chairman"),
    ("council_seat", _COUNCIL_SEAT, _read_council_seat,
     "Cllr Smith has resigned from the council and the Clerk will advertise the vacancy."),
    ("co_opt", _CO_OPT, _read_co_opt,
     "The Council resolved to co-opt Mr John Roe to fill the vacancy."),
    ("is_the_post", _IS_THE_POST, _read_post_held,
     "Mrs Jane Doe has been the Clerk since 2010."),
    ("service_as", _SERVICE_AS, _read_post_held,
     "Cllr Brown thanked Cllr Smith for his work as Chairman over the past year."),
    ("appointment_of", _APPOINTMENT_OF, _read_appointment_of,
     "The Board approved the appointment of John Roe as Assistant Superintendent, effective "
     "July 1, 2016."),
    ("name_comma_lower_post", _NAME_COMMA_LOWER_POST, _read_name_comma_lower_post,
     "The siting of the signs would be critical and a site\nmeeting with Raj Goutam, Ringway "
     "district service manager was suggested."),
    ("body_consisting", _BODY_CONSISTING, _read_body_consisting,
     "It was agreed to consider the matter in a working\ngroup consisting of Cllrs Edwards, "
     "Brennan, O’Leary and Rochford with representatives of the school and\nlocal residents."),
    ("departure_of", _DEPARTURE_OF, _read_departure_of,
     "3.\tCHAIRMAN’S ANNOUNCEMENTS\nTo receive any Chairman’s announcements\nTo accept the "
     "resignation of Mr Matt Hay from the Council"),
    ("seat_on", _SEAT_ON, _read_seat_on,
     "27. GREENS CROSSINGS WORKING PARTY\n27.1. Cllr O’Leary was co-opted to serve on the working "
     "party."),
    ("body_comprises", _BODY_COMPRISES, _read_seat_on,
     "It was resolved that the HPC Neighbourhood Plan Steering Committee will comprise Cllrs "
     "Brennan,\nHay, Morris, O’Leary, Simkins and Brenda Smith and Peter Newson."),
    ("was_a_post", _WAS_A_POST, _read_was_a_post,
     "4)\tMr Spence OBE was a KCC Member from 1973 until 1993."),
    ("pronoun_post", _PRONOUN_POST, _read_pronoun_post,
     "4)\tMr Spence OBE was a KCC Member from 1973 until 1993. During his time\nat KCC, Mr "
     "Spence served as Chair of the Finance & Review Group. He was appointed an\nHonorary "
     "Alderman in 2010 for his service to the Council."),
    ("internal_audit", _AUDIT, _read_audit,
     "All Councillors agreed that Mrs Aelwen Evans be\nasked to complete the internal audit."),
)


def events(text: str) -> Iterator[Candidate]:
    """Every event pattern of `EVENT_PATTERNS`, in order."""
    for _name, pattern, read, _example in EVENT_PATTERNS:
        for m in pattern.finditer(text):
            yield from read(m, text)


# Tables of posts -----------------------------------------------------------------------------

_CELL_SPLIT = re.compile(r"\t+| {3,}")


def post_tables(text: str) -> Iterator[Candidate | Post]:
    """Rows of a table of posts with a status column: 'Post | Name | Interim'. A row without a
    named holder ("Vacant") comes back with an empty `person`: the caller makes it a Post."""
    for start, line in _lines(text):
        cells = [c.strip() for c in _CELL_SPLIT.split(line.strip()) if c.strip()]
        if not 2 <= len(cells) <= 5:
            continue
        statuses = [c for c in cells if c.casefold() in STATUSES]
        if len(statuses) != 1:
            continue
        status = statuses[0].casefold()
        rest = [c for c in cells if c is not statuses[0]]
        posts = [c for c in rest if is_post(c) and not re.search(r"\d", c)]
        if not posts:
            continue
        people = [c for c in rest if c not in posts and c.casefold() not in {"vacant", "-", "n/a"}]
        off = start + line.find(line.strip())
        person = None
        if people:
            name, hon = clean_person(people[0])
            if re.fullmatch(_NAME, name) and _valid_name(name, hon):
                person = name
        yield Candidate(person=person or "", role=posts[0], start=off, end=off + len(line.strip()),
                        status=status)  # type: ignore[arg-type]


# Posts without a named holder ------------------------------------------------------------------

_UNFILLED = re.compile(rf"\b{_STATUS}\s+(?:appointments?\s+to\s+)?(?=[A-Za-z])", re.I)


def unfilled_posts(text: str) -> Iterator[tuple[int, int, str, AppointmentStatus]]:
    """'permanent appointments to Assistant Director posts', 'interim senior managers'."""
    for m in _UNFILLED.finditer(text):
        end = _role_end(text, m.end())
        words = text[m.end():end].split()
        # The post ends at its last head word (singular or plural), plus an "of/for ..." tail.
        heads = [i for i, w in enumerate(words[:5]) if _is_head(w) or _is_head(w.rstrip("s"))]
        if not heads or any(w.casefold() in {"into", "to", "with", "by", "from"} | _SENTENCE_STARTERS
                            for w in words[:heads[0]]):
            continue
        last = heads[0]
        while last + 1 < len(words) and (_is_head(words[last + 1])
                                         or _is_head(words[last + 1].rstrip("s"))):
            last += 1
        role_words = words[:last + 1]
        if role_words[-1].casefold() in {"posts", "post"}:
            role_words = role_words[:-1]
        tail = words[last + 1:]
        if tail and tail[0].casefold() in {"posts", "post"}:
            tail = tail[1:]
        if tail and tail[0] in {"of", "for"} and len(tail) > 1 and tail[1][:1].isupper():
            role_words += tail
        if len(role_words) == 1 and role_words[0].endswith("s"):
            continue  # "agency workers": a kind of staff, not a post
        role = " ".join(role_words)
        yield m.start(), end, role, m.group("status").lower()  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# Putting it together


_RANK_ACRONYMS = {"PC"}


def _expand_acronym(role: str, text: str) -> str:
    """'RFO' -> 'Responsible Financial Officer' when the paper spells it out; a police rank
    ("PC") is a rank, whatever else its letters spell in the paper ("Parish Clerk")."""
    if not re.fullmatch(r"[A-Z]{2,5}", role) or role in _RANK_ACRONYMS:
        return role
    words = r"\s+".join(rf"{c}[a-z]+" for c in role)
    for m in re.finditer(rf"\b{words}\b", text):
        if is_post(m.group(0)):  # "MP" is not "Mrs Prendergast"
            return _collapse(m.group(0))
    return role


_LISTED_NAME = re.compile(rf"(?m)^[ \t]*{_PERSON_LINE}[ \t]*(?:\([A-Z]{{2,4}}\))?[ \t]*(?=\t|$)")
"""A name alone in the first cell of a line, its initials in brackets after it or not: an
attendance list's entry ("Neal Ship (NS)")."""


def _listed_names(text: str) -> set[str]:
    """Names the paper lists one a line (its attendance list): a person there needs no model to
    say that the same name in the minutes' prose is a person ("that Neal Ship be appointed RFO")."""
    names = set()
    for m in _LISTED_NAME.finditer(text):
        person, hon = clean_person(m.group("hon") + m.group("name"))
        if len(person.split()) >= 2 and _valid_name(person, hon):
            names.add(person)
    return names


def _titled_surnames(text: str) -> set[str]:
    """Surnames the paper writes after a personal honorific somewhere ("Mr Petchey"): a full name
    ending in one is a person's, whatever the model makes of it ("Philip Petchey, legal counsel"
    tagged ORG)."""
    return {m.group("surname") for m in _PARAGRAPH_PERSON.finditer(text)
            if not is_honorific(m.group("surname")) and m.group("surname").casefold() not in _NOT_NAME}


def _confirm_names(cands: list[Candidate], text: str, ctx: Context) -> list[Candidate]:
    """Prose names without an honorific must be PERSON entities of their sentence (model only),
    unless the paper lists the name one a line, or another named with it for the same post is."""
    listed = _listed_names(text)
    unsure = [c for c in cands if c.prose and not c.honorific and c.person not in listed]
    if not unsure or not has_ner(ctx.nlp):
        return cands
    spans = {}
    for c in unsure:
        s = max(text.rfind("\n\n", 0, c.start), text.rfind(". ", 0, c.start), 0)
        line = text.rfind("\n", 0, c.start)
        if line > s and not text[line:c.start].strip():
            s = line  # the evidence starts its line, so its sentence ("Chairperson X called")
        e = text.find(". ", c.end)
        spans[(c.start, c.end)] = (s, e if e != -1 else len(text))
    keys = list(spans)
    docs = ctx.nlp.pipe(_collapse(text[s:e]) for s, e in (spans[k] for k in keys))
    persons: dict[tuple[int, int], set[str]] = {}
    others: dict[tuple[int, int], set[str]] = {}
    for key, sdoc in zip(keys, docs, strict=True):
        persons[key] = {e.text for e in sdoc.ents if e.label_ == "PERSON"}
        others[key] = {e.text for e in sdoc.ents if e.label_ in _NOT_PERSON_ENTITIES}

    titled = _titled_surnames(text)

    def named(c: Candidate) -> bool:
        return any(c.person in n or n in c.person for n in persons[(c.start, c.end)]) or (
            len(c.person.split()) >= 2 and c.person.split()[-1] in titled)

    def unread(c: Candidate) -> bool:
        key = (c.start, c.end)
        return (len(c.person.split()) >= 2 and c.role[:1].isupper()
                and not any(n in c.person or c.person in n for n in others[key])
                and not any(w.casefold() in _ROLE_STARTS | _BODY_WORDS for w in c.person.split()))

    # People named together for one post ("we appoint Lauren Stillar and Marg Hughes to the
    # ... Committee") stand or fall together: the model may tag one of them only.
    together = {(c.end, c.role) for c in unsure if named(c)}
    return [c for c in cands if c not in unsure or named(c) or unread(c) or (c.end, c.role) in together]


_NOT_PERSON_ENTITIES = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                        "NORP", "DATE", "MONEY", "CARDINAL", "POST"}
"""Entity labels that make a name-shaped run something else. A two-word name the model tags as
nothing at all, before a capitalised post ("Rory Love, Cabinet Member for Education"), is
kept: the small model misses names that are also words."""


def _same_statement(a: Candidate, b: Candidate) -> bool:
    """Two readings of one appointment: the same person in the same post, whatever other rule or
    running footer found it again, and whether the post is written in more or fewer words
    ("CLERK", later "Parish Clerk"). A post narrowed by a bracketed qualifier ("Senior
    Commissioner", later "Senior Commissioner (Children's)") is written as another post, and
    the annotators count it again."""
    if a.person.casefold() != b.person.casefold() and (
            a.event or b.event or not _same_person(a.person, b.person)):
        return False  # a surname alone is the full name's only in plain mentions: "be elected"
        # twice, with the initial and without, is a proposal and a resolution (dev Kent minutes)
    if _reworded(a, b):
        return True
    if not _same_post(a.role, b.role):
        return False
    if _narrowed(a.role, b.role) and not (a.start < b.end and b.start < a.end):
        return False
    if "(" in a.role + b.role and not (a.start < b.end and b.start < a.end):
        return _norm_role(a.role) == _norm_role(b.role)
    return True


_REWORDED = 90
"""Similarity (rapidfuzz ratio, 0-100) of two posts' words, connectors left out, from which one
person's two plain mentions are one post reworded ("Interim Assistant Director for SEND
Operations", later "Interim Assistant Director SEN Operations"); no person in the dev gold holds
two posts this alike (the nearest pairs differ in case only)."""


def _post_key(role: str) -> str:
    return " ".join(w for w in _norm_role(role).replace("-", " ").split() if w not in _CONNECTORS)


def _reworded(a: Candidate, b: Candidate) -> bool:
    """The same person's post written twice in other words, neither an event: one post (issue 13:
    "the same person in the same post ... with the post reworded, is two people")."""
    from rapidfuzz import fuzz

    if a.event or b.event or a.person.casefold() != b.person.casefold() or a.status != b.status:
        return False
    if (_post_words(a.role) & _RANKED) != (_post_words(b.role) & _RANKED):
        return False
    return fuzz.ratio(_post_key(a.role), _post_key(b.role)) >= _REWORDED


def _event_apart(a: Candidate, b: Candidate) -> bool:
    """An arrival the paper records (elected, appointed) and a plain mention of the same person
    in the same post elsewhere ("Cllrs C Edwards (Chairman)" in the attendance list, "Cllr C
    Edwards was elected unopposed as chairman"): two statements, as a careful reader records
    them."""
    arrived = [c for c in (a, b) if c.event in _ARRIVALS - _CANDIDACIES]
    plain = [c for c in (a, b) if c.event is None]
    return len(arrived) == 1 and len(plain) == 1 and not (a.start < b.end and b.start < a.end)


def _narrowed(a: str, b: str) -> bool:
    """One post is the other narrowed to a body or a portfolio ("Leader", later "Leader of KCC";
    "Cabinet Member", "Cabinet Member for Education"): written as another post, and the
    annotators count it again (dev3 devo-and-lgr report). A title before the head ("CLERK",
    "Parish Clerk") or the body served after "to" ("Clerk to the Council") is the same post."""
    extra = set(re.findall(r"[a-z]+", a.casefold())) ^ set(re.findall(r"[a-z]+", b.casefold()))
    return bool(extra & {"of", "for"}) and bool(extra - _CONNECTORS)  # not "Director, Finance"
    # against "Director of Finance": the same words


def _norm_role(role: str) -> str:
    return " ".join(role.replace("’", "'").casefold().split())


def _same_person(a: str, b: str) -> bool:
    """The same name, or a surname alone and a name ending in it ("District Cllr Linda Haysey",
    later "District Councillor Haysey"): in one paper and one post, one person."""
    wa, wb = a.casefold().replace("’", "'").split(), b.casefold().replace("’", "'").split()
    if wa == wb:
        return True
    short, full = sorted((wa, wb), key=len)
    return len(short) == 1 and len(full) > 1 and full[-1] == short[0]


def _post_words(role: str) -> set[str]:
    """A post's words, "Cllr" read as "Councillor" ("District Cllr", "District Councillor")."""
    words = re.findall(r"[a-z]+", role.casefold().replace("’", "'"))
    return {"councillor" if w == "cllr" else w for w in words}


_RANKED = {"vice", "deputy", "assistant"}
"""Words that make a post another post ("chairman", "vice-chairman of the council")."""


def _same_post(a: str, b: str) -> bool:
    wa, wb = _post_words(a), _post_words(b)
    if (wa & _RANKED) != (wb & _RANKED):
        return False
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


# Layout rules: report headers, lists of bodies, "the clerk, Name" --------------------------------

_HEADER_LABEL = re.compile(
    r"(?m)^[ \t]*(?:\d+\.[ \t]*)?(?:From|Report\s+(?:of|by)|Author|Report\s+Authors?|Relevant\s+Directors?"
    r"|Lead\s+Officer|Contact\s+Officer)\s*:[ \t]*")
_NAME_COMMA_POST = re.compile(rf"^{_PERSON_LINE}(?:,|[ \t]+[–—-])[ \t]+(?P<role>[A-Z].*)$")
_HEADER_LINES = 12
"""Lines read after a "From:" label: a report's header names a few people, a post may wrap and
blank lines may stand between them."""
_WRAP_CONNECTORS = {"and", "of", "for", "&", "the", "to", "in", "–", "—", "-"}


def _continues_post(role: str, line: str) -> bool:
    """Whether `line` carries on the post ending `role` ("Cabinet Member for Communications and"
    / "Democratic Services"): the post breaks after a comma or a connector, or the line starts
    with one; a line that is a label, an address, a number or another "Name, Post" is not."""
    if not line[:1].isalpha() or re.search(r"[@\d:]", line) or _NAME_COMMA_POST.match(line):
        return False
    last = role.split()[-1].casefold() if role.split() else ""
    first = line.split()[0].casefold()
    if role.endswith(",") or last in _WRAP_CONNECTORS or first in _WRAP_CONNECTORS:
        return True
    # a short run of capitalised words that is not a name ("Services", "Operational Services")
    words = line.split()
    return (len(words) <= _WRAP_WORDS and all(w[:1].isupper() or w.casefold() in _CONNECTORS
                                               for w in words)
            and not _valid_name(line, False))


_WRAP_WORDS = 4
"""Longest capitalised line read as the rest of a wrapped post without a connector to show it."""


def report_header(text: str) -> Iterator[Candidate]:
    """A report's 'From:' block (and 'Report Authors:'), one 'Name, Post' or 'Name – Post' a
    line, the post to the end of its line and onto the next where it wraps:
    'From:\tPeter Oakford, Deputy Leader and Cabinet Member for Finance,\nCorporate and
    Traded Services\nJohn Betts, Interim Corporate Director of Finance'."""
    for label in _HEADER_LABEL.finditer(text):
        pos, current, blank = label.end(), None, 0
        for n, line in enumerate(text[pos:].split("\n")[:_HEADER_LINES]):
            stripped = line.strip()
            off = pos + line.find(stripped)
            pos += len(line) + 1
            if not stripped:
                if n == 0:
                    continue  # "Report Authors:" alone on its line, the names below it
                blank += 1
                if blank > 1:
                    break
                continue
            if re.match(r"^[A-Z][A-Za-z ]{1,30}:", stripped):
                break
            m = _NAME_COMMA_POST.match(stripped)
            if current and not blank and _continues_post(current.role, stripped):
                current = replace(current, role=f"{current.role} {stripped}",
                                  end=off + len(stripped))
                continue
            if not m:
                break
            blank = 0
            if current:
                yield _finish_header(current)
            person, hon = clean_person(m.group("hon") + m.group("name"))
            role, status = _strip_status(_collapse(m.group("role")))
            current = None
            if _valid_name(person, hon) and is_post(role.rstrip(",")):
                current = Candidate(person=person, role=role, start=off,
                                    end=off + len(stripped), status=status, honorific=hon)
        if current:
            yield _finish_header(current)


def _finish_header(c: Candidate) -> Candidate:
    return replace(c, role=c.role.rstrip(" ,"))


# "a) Walter Wallinger’s Charity - Cllr Edgell", "c) Employment Committee – Cllrs O’Leary,
# Rochford and Simkins": a body (or a duty) and the councillors named to it, one a line.
_SPL = r"[ \u00a0]+"  # spaces within one line
_NAME_L = rf"(?:(?:{_INITIAL}|{_WORD}){_SPL}){{0,3}}{_WORD}"
_HON_L = rf"(?:{HONORIFIC}{_SPL})"
_BODY_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[a-z]\)|\d+[.)]|[•\-])?[ \t]*(?P<body>[A-Z][\w’'&\-]*(?:[ ]+(?:[\w’'&\-]+))"
    rf"{{0,6}}?)(?:[ \t]+[–—-][ \t]+|[ ]*\t+[ \t]*|(?P<colon>[ ]*:[ \t]*))(?P<people>(?:{_HON_L})+{_NAME_L}"
    rf"(?:[ \t]*\([A-Z][^()\n]{{1,30}}\))?"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)(?:{_HON_L})*{_NAME_L}(?:[ \t]*\([A-Z][^()\n]{{1,30}}\))?){{0,8}})"
)
"""One body a line, the councillors after a dash, a tab or a colon ("Car Parking\tCllr O’Leary,
Cllr Jones", "Finance Committee: Cllrs Brown (Chairman), White and Black"), the names to the end
of the line (a name never runs on into the next body); a name's bracketed post is read by
`bracketed_posts`, the name is a member here too."""
_BODY_HEADING = re.compile(
    rf"(?m)^[ \t]*(?:\d+[.)]?[ \t]*)?(?P<body>[A-Z][A-Z’'&\-]*(?:[ ]+(?:[A-Z’'&\-]+|and|of|for|the))"
    rf"{{0,6}}[ ]+(?:COMMITTEE|GROUP|PARTY|PANEL|BOARD|CHARITY|TRUST|FORUM))[ \t]*\n(?:[ \t]*\n)?"
    rf"[ \t]*(?P<people>(?:{_HON_L})+{_NAME_L}(?:[ \t]*,[ \t]*(?:{_HON_L})*{_NAME_L}){{0,10}})"
)
"""A body as a heading of its own, its members on the next line: "12. EMPLOYMENT COMMITTEE\n\n
Cllrs C Edwards, G O’Leary, P Rochford"."""


_ATTENDANCE_LABEL = re.compile(
    r"(?i)^(?:apologies|apology|present|absent|attendees|attending|in\s+attendance|also\s+present"
    r"|members\s+of\s+the\s+public|public|observers?|guests?|visitors?)\b")
"""Labels of an attendance list: what follows them is who came, not the members of a body."""


_MEMBER_BODY_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<people>(?:{_HON_L})+{_NAME_L})[ \t]*:[ \t]*(?P<body>[A-Z][\w’'&\-]*"
    rf"(?:[ ]+[\w’'&\-()]+){{0,8}})[ \t]*$")
"""A councillor then the body they sit on, one a line ("Councillor Dave Yemm: Nipissing Township
Museum Board of Management"); not under a "Committee Reports:" lead-in (`_under_reports`)."""
_BODY_WORD = re.compile(r"\b(?:Board|Committee|Group|Panel|Trust|Forum|Partnership|Corporation"
                        r"|Association|Commission|Authority)\b")


_CLAUSE_VERBS = {"will", "would", "has", "had", "have", "is", "was", "are", "were", "can", "could",
                 "may", "should", "shall", "said", "reported", "stated", "asked", "attended",
                 "advised", "gave", "explained", "noted", "agreed", "updated", "confirmed",
                 "informed", "raised", "met", "spoke", "to"}
"""Words after a dash line's names that make it a sentence about them, not a list of members
("Bus consultation – Cllr. Mrs Blake will attend a meeting on 12th June")."""


def body_lists(text: str) -> Iterator[Candidate]:
    """Nominations to outside bodies, committee memberships and members with special
    responsibilities ('b) Panshanger Liaison Group - Cllrs O’Leary and Morris', '12. EMPLOYMENT
    COMMITTEE' over 'Cllrs C Edwards, G O’Leary, P Rochford'): the body is the post."""
    for m in _MEMBER_BODY_LINE.finditer(text):
        body = _collapse(m.group("body"))
        person, hon = clean_person(m.group("people"))
        if hon and _BODY_WORD.search(body) and _valid_name(person, hon) \
                and not _is_head(body.split()[0]) and not _under_reports(text, m.start()):
            yield Candidate(person=person, role=body, start=m.start("people"), end=m.end("body"),
                            honorific=True, organisation=body)
    found = [*_BODY_LINE.finditer(text), *_BODY_HEADING.finditer(text)]
    for m in found:
        body = _collapse(m.group("body"))
        if body.split()[0].casefold() in _SENTENCE_STARTERS or _is_head(body.split()[-1]):
            continue  # a sentence or a post ("Clerk - Cllr X"), not a body
        if _ATTENDANCE_LABEL.match(body):
            continue  # "Apologies - Councillor M Armstrong": who came or sent apologies
        if re.search(r"(?i)\b(?:reports?|update)$", body):
            continue  # "District Councillor Report – Cllr X": who reported (`tier_reports`)
        if m.re is _BODY_LINE and m.group("colon") and (
                not _BODY_WORD.search(body) or re.match(r"(?i)members(?:hip)?\s+of\b", body)):
            continue  # "Clerk: Cllr X", "Note: Cllr X ...": a label, not a body; "Membership
            # of X: Cllrs ..." is read by `members_of`
        people = re.sub(r"[ \t]*\([^()\n]*\)", "", m.group("people"))
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end != -1 else len(text)].strip()
        if m.re is _BODY_LINE and rest.split()[:1] and rest.split()[0].casefold() in _CLAUSE_VERBS:
            continue  # "Bus consultation – Cllr. Mrs Blake will attend a meeting": a sentence
        names = []
        for part in re.split(r"\s*,\s*|\s+and\s+", _collapse(people)):
            name = clean_person(part)[0]
            if not _valid_name(name, True):
                break  # "... Simkins and other local residents": the names end here
            names.append(name)
        event = _heading_event(text, m.start()) or _table_header_event(text, m.start())
        for name in names:
            yield Candidate(person=name, role=body, start=m.start("body"), end=m.end(),
                            event=event, at_meeting=event is not None, honorific=True,
                            organisation=body)
        if m.re is _BODY_LINE and len(names) == len(re.split(r"\s*,\s*|\s+and\s+",
                                                               _collapse(people))):
            # a table's second column carried on, one member a line under the body's cell
            # ("Planning Committee\tCllr C Edwards\nCllr R Morris\nCllr E Bradbury")
            pos = text.find("\n", m.end())
            while pos != -1:
                more = _MEMBER_LINE.match(text, pos + 1)
                if not more:
                    break
                person, hon = clean_person(more.group("people"))
                if not _valid_name(person, hon):
                    break
                yield Candidate(person=person, role=body, start=more.start("people"),
                                end=more.end("people"), event=event,
                                at_meeting=event is not None, honorific=True, organisation=body)
                pos = text.find("\n", more.end())


_MEMBER_LINE = re.compile(rf"[ \t]*(?P<people>(?:{_HON_L})+{_NAME_L})[ \t]*(?=\n|$)")
"""A line holding one member, with an honorific: the next row of a body's list of members."""
_APPOINTED_HEADER = re.compile(
    r"(?im)^[ \t]*(?:body|bodies|committee|organisation|outside[ \t]+body|group)[ \t]*\t[^\n]*"
    r"\b(?P<word>appoint|nominat|elect)\w*")
"""The header row of a table of bodies whose column says what happened: "Body\tAppointed to
serve"."""
_TABLE_HEADER_WINDOW = 40
"""Lines looked back from a body's row for its table's header row: a council's list of bodies
and special responsibilities runs a few dozen rows."""


def _table_header_event(text: str, pos: int) -> str | None:
    """The event the header row of the table holding `pos` names, read back to a blank line."""
    start = text.rfind("\n\n", 0, pos)
    block = text[start + 1 if start != -1 else 0:pos].split("\n")[-_TABLE_HEADER_WINDOW:]
    for line in reversed(block):
        h = _APPOINTED_HEADER.match(line)
        if h:
            return dict(_HEADING_EVENTS)[h.group("word").casefold()]
    return None


_REPORTS_LEAD_IN = re.compile(r"(?i)\breports?\b[^\n]*:[ \t]*$")


def _under_reports(text: str, pos: int) -> bool:
    """Whether a 'Councillor X: Body' line stands under a 'Committee Reports:' lead-in: who
    reported on which board at this meeting, not a membership the paper records."""
    for line in reversed(text[:pos].rstrip("\n ").split("\n")[-_HEADING_WINDOW:]):
        if line.strip().endswith(":") and not _MEMBER_BODY_LINE.match(line.strip()):
            return bool(_REPORTS_LEAD_IN.search(line.strip()))
    return False


_HEADING_EVENTS = (("nominat", "nominated"), ("appoint", "appointed"), ("elect", "elected"))
_HEADING_UPPER = 0.75
"""Share of a line's words in capitals that makes it a heading ("APPOINTMENTS TO OUTSIDE BODIES
and COUNCIL COMMITTEES")."""
_HEADING_WINDOW = 6
"""Lines looked back from a list item for its heading: a list of bodies runs a few lines."""


def _heading_event(text: str, pos: int) -> str | None:
    """The event a list's heading names ("9. NOMINATIONS TO OUTSIDE BODIES" -> nominated); None
    when the nearest heading or lead-in ("Members with special responsibilities for:") names
    none."""
    before = text[:pos].rstrip("\n ").split("\n")[-_SECTION_WINDOW:]
    nearest = True
    for k, line in enumerate(reversed(before)):
        stripped = line.strip()
        words = re.findall(r"[A-Za-z]+", stripped)
        upper = sum(1 for w in words if w.isupper())
        if stripped.endswith(":") or (len(stripped) > 3 and words and upper >= _HEADING_UPPER
                                      * len(words)):
            low = stripped.casefold()
            event = next((ev for word, ev in _HEADING_EVENTS if word in low), None)
            if nearest and k < _HEADING_WINDOW:
                if event:
                    return event
                nearest = False
                continue
            # further up, only the heading of a section of appointments ("5. APPOINTMENT OF
            # REPRESENTATIVES TO EXTERNAL BODIES" over "b) The following Councillors represent
            # ...:"), never an election of one post
            if event in _SECTION_EVENTS:
                return event
    return None


_SECTION_WINDOW = 30
"""Lines looked back for the heading of the section a list of bodies stands in: an annual
meeting's appointments run to a dozen bodies, each a heading of its own."""
_SECTION_EVENTS = {"appointed"}


_THE_POST_NAME = re.compile(
    rf"\b(?:the|The)[ \t]+(?P<role>(?i:clerk|parish[ \t]+clerk|chairman|chair|vice[ \-]chair(?:man)?|"
    rf"responsible[ \t]+financial[ \t]+officer|rfo|treasurer|secretary))[ \t]*[,:][ \t]*"
    rf"{_PERSON_LINE}(?=[ \t]*(?:[.,;)\n]|$))"
)


def _own_post_follows(text: str, end: int) -> bool:
    """The name is followed by its own post after a comma ("In the absence of the chairman, Cllr
    C Edwards, vice-chairman of the council, took the chair"): the post before it is another
    person's (or nobody's)."""
    m = _NAME_COMMA_LOWER_POST.match(text, text.rfind(" ", 0, end) + 1) if end else None
    return bool(m) and m.start("role") >= end


def the_post_name(text: str) -> Iterator[Candidate]:
    """An attendance line naming the officer after the post: 'In attendance: ... and the clerk,
    Mr G Irwin.', 'the Clerk: Tom Brindley.'"""
    for m in _THE_POST_NAME.finditer(text):
        person, hon = clean_person(m.group("hon") + m.group("name"))
        if _own_post_follows(text, m.end()):
            continue
        if _valid_name(person, hon) and len(person.split()) >= (1 if hon else 2):
            yield Candidate(person=person, role=_collapse(m.group("role")), start=m.start("role"),
                            end=m.end(), honorific=hon)


_ELECTED_LIST = re.compile(
    r"(?im)^[ \t]*the[ \t]+following[ \t]+(?P<posts>[A-Za-z][A-Za-z \t\-]{2,40}?)[ \t]+"
    r"(?:were|was|have[ \t]+been|has[ \t]+been)[ \t]+(?P<event>(?:duly[ \t]+)?(?:re-?elected|"
    r"elected|voted[ \t]+in|voted[ \t]+on|appointed|re-?appointed|co-opted|nominated))\b[^\n:]*:"
    r"[ \t]*\n")
"""A lead-in naming the posts and the event, the people one a line after it: "The following
Directors were voted in by the society membership:\n\nTony Brown (Beccles)"."""
_LIST_EVENTS = {"voted in": "elected", "voted on": "elected", "reelected": "re-elected",
                "reappointed": "appointed", "re-appointed": "appointed"}
_PLURAL = re.compile(r"(?i)(?<=[a-z])s$")


_NOMINATED_LIST = re.compile(
    r"(?im)^[ \t]*the[ \t]+following(?:[ \t]+(?P<posts1>[A-Za-z][A-Za-z \t\-]{2,40}?))?[ \t]+"
    r"(?:have[ \t]+been|has[ \t]+been|were|are|is)[ \t]+(?:nominated|proposed|standing)"
    r"(?:[ \t]+for[ \t]+(?:re-?)?election)?(?:[ \t]+as[ \t]+(?P<posts2>[A-Za-z][A-Za-z \t\-]{2,40}?))?"
    r"[ \t]*:[ \t]*\n")
"""Candidates one a line after a lead-in, as an AGM's agenda names them: "The following have
been nominated for election as Directors:", "The following Directors are standing for
re-election:" (nominated; the election is still to come)."""


def elected_lists(text: str) -> Iterator[Candidate]:
    """'The following Directors were voted in ...:' over 'Tony Brown (Beccles)' lines: each
    person elected to the post the lead-in names (singular), at this meeting; 'The following
    have been nominated for election as Directors:' over names: each nominated."""
    leads = [(m, m.group("posts"), None) for m in _ELECTED_LIST.finditer(text)]
    leads += [(m, m.group("posts1") or m.group("posts2"), "nominated")
              for m in _NOMINATED_LIST.finditer(text) if m.group("posts1") or m.group("posts2")]
    for m, posts, nominated in leads:
        posts = _collapse(posts)
        role = _PLURAL.sub("", posts)
        if role == posts or not is_post(role, bare_councillor=True):
            continue  # "The following were elected:" names no post; one post is not a list
        event = nominated or re.sub(r"\s+", " ", m.group("event").casefold()).removeprefix("duly ")
        event = _LIST_EVENTS.get(event, event)
        pos = m.end()
        for line in text[m.end():].split("\n"):
            line_start, pos = pos, pos + len(line) + 1
            if not line.strip():
                if line_start > m.end():
                    break  # a blank line after the names ends the list
                continue
            item = re.sub(r"[ \t]*\([^()\n]{1,40}\)[ \t]*$", "", line.strip().lstrip("•-– \t"))
            named = _name_only(item)
            if named is None:
                break
            offset = line_start + line.find(item)
            yield Candidate(person=named[0], role=role, start=offset, end=offset + len(item),
                            event=event, at_meeting=nominated is None, honorific=named[1])


_MEMBERS_OF = re.compile(
    r"\b(?:[Tt]he[ \t]+)?[Mm]embers(?:hip)?[ \t]+of[ \t]+(?P<body>(?:the[ \t]+)?[A-Z][\w&’'\-]*"
    r"(?:[ \t]+(?:[A-Z][\w&’'\-]*|of|and|for|the|on)){0,8}?)(?:[ \t]+(?P<verb>have[ \t]+included|"
    r"included|include|includes|are|were|comprise[sd]?|consist(?:s|ed)?[ \t]+of|(?:has|have)[ \t]+"
    r"been)|[ \t]*(?P<colon>:))[ \t\n]+(?P<people>[^.;:]{5,400})")
"""Members of a body named in prose: "The Members of the GWP have included Trevor Bond, Neil
Baker, Alister Brady (and before him Dr Sullivan), Nick Chard ...", or after a colon
("Membership of the Finance Committee: Cllrs Brown, White and Black")."""
_PLURAL_HONORIFIC = re.compile(r"(?i)^(?:cllrs|councillors)\b")
"""A plural honorific before the first name of a list stands for the surnames after it ("Cllrs
Brown, White and Black": each a councillor named)."""
_BEFORE_HIM = re.compile(r"^\(?(?:and[ \t]+)?(?:before|previously|formerly|until[ \t]+then)"
                         r"[ \t]+(?:him|her|them)[ \t]+", re.I)


def members_of(text: str) -> Iterator[Candidate]:
    """Each named member of the body: the post is "Member of" the body as written. The list ends
    at the first item that is not a name alone ("the Leader of the Council supporting ...")."""
    for m in _MEMBERS_OF.finditer(text):
        body = _collapse(m.group("body"))
        if body.split()[-1].casefold() in {"the", "of", "and", "for", "on"}:
            continue
        people = m.group("people")
        pos = m.start("people")
        plural = bool(_PLURAL_HONORIFIC.match(people.strip()))
        if m.group("colon") and not plural:
            continue  # "Membership of X: ..." over a list of names only with "Cllrs"
        for piece in re.split(r"[ \t\n]*(?:,|\band\b|\(|\))[ \t\n]*", people):
            start = people.find(piece, pos - m.start("people")) + m.start("people")
            pos = start + len(piece)
            item = _BEFORE_HIM.sub("", piece.strip())
            if not item:
                continue
            named = re.fullmatch(_PERSON, _collapse(item))
            if not named:
                break
            person, hon = clean_person(item)
            hon = hon or plural
            if not (_valid_name(person, hon) and (hon or len(person.split()) >= 2)):
                break
            yield Candidate(person=person, role=f"Member of {body}", start=m.start(), end=pos,
                            organisation=body, honorific=hon, prose=not hon)


_MP = re.compile(rf"{_PERSON}[ \t]+(?P<role>MP(?:[ \t]+for[ \t]+[A-Z][\w’'\-]*"
                 rf"(?:[ \t]+(?:and[ \t]+|of[ \t]+)?[A-Z][\w’'\-]*){{0,4}})?)\b(?![’'\-])")
"""A Member of Parliament by the letters after the name: "Mr Jim McMahon MP made it clear"."""


def members_of_parliament(text: str) -> Iterator[Candidate]:
    """'Mr Jim McMahon MP', 'Ben Gummer MP for Ipswich': the post is MP (for the seat)."""
    for m in _MP.finditer(text):
        person, hon = clean_person(m.group("hon") + m.group("name"))
        words = _trim_name(person.split())
        person = " ".join(words)
        if _valid_name(person, hon) and (hon or len(words) >= 2):
            start = m.start("name") + m.group("name").find(words[0]) if not hon else m.start()
            yield Candidate(person=person, role=_collapse(m.group("role")), start=start,
                            end=m.end(), honorific=hon, prose=not hon)


# Rosters and "<Posts> Present:" lists --------------------------

_CONTACT_NAME = re.compile(
    rf"(?im)^[ \t]*(?:\d+\.[ \t]*)?(?P<label>report[ \t]+authors?|authors?|contact[ \t]+officers?"
    rf"|lead[ \t]+officers?|(?:relevant[ \t]+)?directors?|officer|name)[ \t]*:[ \t]*"
    rf"{_PERSON_LINE}[ \t]*\n[ \t]*(?:job[ \t]+title|title|post|designation|position)[ \t]*:[ \t]*"
    r"(?P<role>[^\n]+(?:\n(?![^\n]{0,40}:)(?![^\n]*@)[^\n]+)?)")
"""A report's contact details, a name over its job title: "Report Author: Ben Sherreard\nJob
title: Programme Manager,\nFamily Hub Transformation\nTelephone number: ..." (the title may wrap
onto a line that is not the next label)."""


def contact_details(text: str) -> Iterator[Candidate]:
    """'Report Author: Name' / 'Director: Name' over 'Job title: Post': the post is the job title
    as written, its wrapped lines joined."""
    for m in _CONTACT_NAME.finditer(text):
        person, hon = clean_person(m.group("hon") + m.group("name"))
        role, status = _strip_status(_collapse(m.group("role")).rstrip(" ,"))
        if not (_valid_name(person, hon) and len(person.split()) >= 2 and is_post(role)):
            continue
        yield Candidate(person=person, role=role, start=m.start("label"), end=m.end("role"),
                        status=status, honorific=hon)


_BLOCK_LABEL = re.compile(
    r"(?i)(?:\d+\.[ \t]*)?(?:report[ \t]+authors?|authors?|contact[ \t]+officers?|lead[ \t]+"
    r"(?:officers?|directors?)|(?:relevant[ \t]+)?(?:corporate[ \t]+)?directors?)[ \t]*:?")
"""A label of a report's contact details block ("Report Author:", "Relevant Director",
"Director:"), standing alone in its cell: the name is on the line below, the post under it."""
_BLOCK_POST_LINES = 3
"""Lines a post in a contact block may wrap onto ("Director of Integrated Children's" /
"Operational Services"); the e-mail or telephone line after it ends the block anyway."""


def _wraps_after(line: str, nxt: str) -> bool:
    """Whether a post line goes on on the next: it ends in a comma or a connector, or the next
    starts with one ("Director of Strategy, Policy,\nRelationships and ...")."""
    last, first = line.split()[-1].casefold(), nxt.split()[0].casefold()
    return line.endswith(",") or last in _WRAP_CONNECTORS or first in _WRAP_CONNECTORS


def _block_end(line: str) -> bool:
    """A line that ends a contact block's post: blank, an e-mail or telephone, or a label."""
    return not line.strip() or bool(re.search(r"[@\d]|:", line))


def contact_blocks(text: str) -> Iterator[Candidate]:
    """A report's contact details laid out as a block, one person a column: the labels on one
    line, the names on the next, each post under its name, wrapped over a line or two, then the
    e-mail ("Report Author:\\tDirector:\\nIngrid Crisan\\tSarah Hammond\\nDirector of Integrated
    Children's\\tCorporate Director for Children, Young\\nOperational Services\\tPeople and
    Education\\nIngrid.crisan@kent.gov.uk\\t..."). One column too: "Report Author\\nJane Doe\\n
    Head of Finance\\n03000 ...". The post lines must split into as many cells as the names."""
    lines = list(_lines(text))
    for i, (start, line) in enumerate(lines[:-1]):
        labels = _columns(start, line)
        if not (labels and all(_BLOCK_LABEL.fullmatch(c) for _, c in labels) and i + 2 < len(lines)):
            continue
        names = _columns(lines[i + 1][0], lines[i + 1][1])
        first_post = i + 2
        if len(names) != len(labels):
            continue
        people = [_name_only(c) for _, c in names]
        if None in people:
            continue
        posts: list[list[str]] = [[] for _ in names]
        end = [0] * len(names)
        for n, (s, ln) in enumerate(lines[first_post:first_post + _BLOCK_POST_LINES]):
            cells = _columns(s, ln)
            if _block_end(ln) or len(cells) != len(names):
                break
            if n and len(names) == 1 and not _wraps_after(posts[0][-1], cells[0][1]):
                break  # one column: a line under the post is the department ("Chief Analyst\n
                # Chief Executive's Department"), unless the post breaks at a connector
            for k, (c_start, cell) in enumerate(cells):
                posts[k].append(cell)
                end[k] = c_start + len(cell)
        for (c_start, _cell), found, words, c_end in zip(names, people, posts, end, strict=True):
            role, status = _strip_status(_collapse(" ".join(words)).rstrip(" ,"))
            if not (role and role[:1].isupper() and is_post(role) and _is_head_early(role)):
                continue
            person, hon = found  # type: ignore[misc]
            yield Candidate(person=person, role=role, start=c_start, end=c_end, status=status,
                            honorific=hon)


_CREDENTIALS = (r"(?:,?[ \t]+(?:Ed\.[ ]?D\.|Ed\.?D|Ph\.[ ]?D\.|Ph\.?D|Esq\.?|M\.D\.|J\.D\.|CPA|MBA|MPA"
                r"|OBE|MBE|CBE|JP|DL|KC|QC|Jr\.?|Sr\.?|II|III)(?=[ \t]*,))*")
"""Letters and suffixes between a name and its post in a roster ("Phyllis Vogel, Ed.D.,
Associate Superintendent", "John Roe, Jr., Treasurer"): degrees and honours, not the post."""
_ROSTER_LINE = re.compile(
    rf"(?m)(?:^|(?<=\t)|(?<=   )|(?<=[•|·] ))[ \t]*{_PERSON_LINE}{_CREDENTIALS},[ \t]+(?P<role>[A-Z][A-Za-z’'\-]*(?:[ ]{{1,2}}(?:[A-Z][A-Za-z’'\-]*"
    r"|of|for|and|&|the|to)){0,5})[ \t]*,?(?=\t| {3,}|[ ]?[•|·][ ]|[ \t]*$|[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?"
    r"[A-Z][a-z]+[ \t]+\d{4}[ \t]*$|" + _CONTACT_TAIL + ")", re.M)
"""A roster line, one member a line or a tab-separated cell: "Maria Gonzalez, President",
an agenda's signature with its date ("Amanda Glew, Clerk to the Council, 3 June 2015"),
"Robert Lee, Superintendent" (a board's masthead, a list of officers, printed in columns: a
cell ends at a tab or a wide gap, "Jane Smith, Chair      Mike Simon, Executive Director"), a
signature with its telephone number or e-mail address ("Jane Doe, Parish Clerk 01234 567890")."""


_CAPS_ROSTER_LINE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][A-Z.’'\- ]{3,40}?),[ \t]+(?P<role>[A-Z][A-Z’'\-]*(?:[ ]+(?:[A-Z][A-Z’'\-]*"
    r"|OF|FOR|AND|&|THE|TO)){0,5})[ \t]*$")
"""A roster line in capitals, "ANJALI KAUSAR, PRESIDENT": the name must read as one in capitals
(`_caps_name`) and the post must be one."""


def roster_lines(text: str) -> Iterator[Candidate]:
    """A line holding only 'Name, Post' (the post a short capitalised title ending in its head
    word): read by layout, so the name needs no model's confirmation; in capitals too."""
    for m in _CAPS_ROSTER_LINE.finditer(text):
        found = _caps_name(m.group("name"))
        role = m.group("role")
        if found and is_post(role) and _ends_in_post(role.title()):
            yield Candidate(person=found[0], role=role, start=m.start("name"), end=m.end("role"),
                            honorific=found[1])
    for m in _ROSTER_LINE.finditer(text):
        person, hon = clean_person(m.group("hon") + m.group("name"))
        role, status = _strip_status(m.group("role"))
        if not (role and _valid_name(person, hon) and len(person.split()) >= 2
                and is_post(role) and _ends_in_post(role)):
            continue
        yield Candidate(person=person, role=role, start=m.start("hon") if hon else
                        m.start("name"), end=m.end("role"), status=status, honorific=hon)


_PRESENT_LIST = re.compile(
    r"(?im)^[ \t]*(?P<posts>(?:board[ \t]+)?(?:commissioners|trustees|directors|governors|"
    r"aldermen|alderpersons|board[ \t]+members|council[ \t]+members|committee[ \t]+members"
    r"|(?:district[ \t]+)?councilors|councilmembers))"
    r"(?:[ \t]+(?P<what>present|absent|in[ \t]+attendance)(?:[ \t]+(?:were|was))?[ \t]*:?|[ \t]*:)"
    r"[ \t]*(?P<people>[^\n]*(?:\n"
    r"(?![ \t]*[A-Z][A-Za-z ]{1,30}:)[^\n]+){0,3})")
"""A roll of a board's members by their post: "Commissioners Present: John Smith, Maria Lopez",
"Board Members Absent: David Brown" (present or absent, each holds the post), "District
Councilors: ..." (the post as the list's label)."""
_SINGULAR_POST = {"commissioners": "Commissioner", "trustees": "Trustee",
                  "directors": "Director", "governors": "Governor", "aldermen": "Alderman",
                  "alderpersons": "Alderperson", "board members": "Board Member",
                  "council members": "Council Member", "committee members": "Committee Member",
                  "councilors": "Councilor", "district councilors": "District Councilor",
                  "councilmembers": "Councilmember"}


def present_lists(text: str) -> Iterator[Candidate]:
    """Each name of a '<Posts> Present:' roll, with the post in the singular."""
    for m in _PRESENT_LIST.finditer(text):
        posts = " ".join(m.group("posts").casefold().split()).removeprefix("board ")
        posts = "board members" if posts == "members" else posts
        role = _SINGULAR_POST.get(posts)
        if role is None:
            continue
        people = m.group("people")
        if m.group("what") is None and any(is_post(p.strip()) for p in re.split(r"[,;(]", people)):
            continue  # "Board Members: Jane Doe, President; ...": each item names its own post
        pos = m.start("people")
        for piece in re.split(r"[,;\n]|\band\b", people):
            start = text.find(piece, pos)
            pos = start + len(piece)
            item = piece.strip().rstrip(".")
            if not item:
                continue
            named = re.fullmatch(rf"{_PERSON}", item)
            if not named:
                break
            person, hon = clean_person(item)
            # the plural post stands as each name's title: "Commissioners present: Smith, Jones"
            if not _valid_name(person, True):
                break
            hon = hon or len(person.split()) == 1
            off = start + piece.find(item)
            yield Candidate(person=person, role=role, start=off, end=off + len(item),
                            honorific=hon)


_TITLE_VERBS = (r"called|opened|closed|moved|seconded|presided|welcomed|reported|gave|presented"
                r"|thanked|asked|stated|noted|introduced|led|read|adjourned|chaired|said|advised"
                r"|informed|explained|updated|confirmed|spoke|attended|responded|raised|agreed"
                r"|proposed|requested|suggested|commented|announced|declared|made|provided")
"""Verbs of a minute's sentence that follow its subject's name ("... John Smith gave his
report"): the title before the name is then a post, not part of a heading."""
_TITLED_NAME = re.compile(
    rf"\b(?P<role>(?:Vice[ \-])?(?:Chairperson|Chairman|Chairwoman|Chair|President)|Commissioner"
    rf"|Superintendent|Alderman|Alderperson|Trustee|Board[ \t]+Member|Secretary|Treasurer"
    rf"|Mayor|(?:County|District|Borough|Town|City|Parish|Ward)[ \t]+(?:Councillor|Cllr)|PCSO"
    rf"|Sergeant|Inspector|Police[ \t]+Constable)[ \t]+"
    rf"(?P<name>(?:{_INITIAL}|{_WORD})(?:[ \t]+(?:{_INITIAL}|{_WORD})){{0,2}}[ \t]+{_WORD})"
    rf"(?=[ \t]+(?:{_TITLE_VERBS})\b)")
"""A post before a full name in a minute's prose: "Chairperson John Smith called the meeting to
order", "Commissioner Maria Lopez moved to approve" (a surname alone is not read)."""


_TITLED_RUN = re.compile(
    rf"(?:(?<=\bby[ \t])|(?<=^)|(?<=\n)|(?<=[.;][ \t])|(?<=[.;][ \t]{{2}}))(?P<run>[A-Z][\w’'\-]*"
    rf"(?:[ \t]+(?:[A-Z][\w’'\-]*|of|for|and|&)){{2,8}})(?=[ \t]+(?:{_TITLE_VERBS}|at|on|had|has|was"
    rf"|is|will|would)\b)")
"""A capitalised run that opens a sentence (or follows "by") and is followed by its verb:
"Executive Director Jane Doe presented the budget", "called to order by Chairman John Smith
at 6:05"; split into a title ending in its head word and a full name."""


def titled_names(text: str) -> Iterator[Candidate]:
    """'Chairperson John Smith called the meeting to order': the title is the post."""
    for m in _TITLED_NAME.finditer(text):
        person = " ".join(m.group("name").split())
        if not _valid_name(person, False):
            continue
        yield Candidate(person=person, role=" ".join(m.group("role").split()), start=m.start(),
                        end=m.end(), prose=True)
    for m in _TITLED_RUN.finditer(text):
        split = _split_role_name(m.group("run").split())
        if not split:
            continue
        role, name, hon = split
        if (len(name) < 2 and not hon) or not _is_title(role, lead=True) or is_honorific(role[-1]):
            continue
        yield Candidate(person=" ".join(name), role=" ".join(role), start=m.start(), end=m.end(),
                        prose=not hon, honorific=hon)


# Attendance lines, posts before names, tables of roles -----------------------------------------

_ATTENDANCE_HEAD = re.compile(
    r"(?im)^[ \t]*(?:(?:councillors|members|officers|staff)[ \t]+)?(?:present|in[ \t]+attendance"
    r"|(?:(?:cabinet|committee|board|panel|council)[ \t]+)?(?:membership|members)(?:[ \t]*\(\d+\))?"
    r"|also[ \t]+(?:present|in[ \t]+attendance)|attendees|attending|absent|apologies(?:[ \t]+for"
    r"[ \t]+absence)?(?:[ \t]+(?:were[ \t]+)?received)?(?:[ \t]+from)?)[ \t]*:?[ \t]*$")
"""An attendance heading on a line of its own ("PRESENT", "In attendance:"), its people one a
line below it; and a membership heading, as an agenda's front sheet lists its committee
("Membership (10)" over "Mr R W Gough Leader of the Council")."""
_ATTENDANCE_LINES = 40
"""Most lines read under one attendance heading: a council's roll is a few dozen names."""
_ATTENDANCE_ITEM_WORDS = 16
"""Longest line of an attendance list (a name and a post); a longer line is prose. A cabinet
member's line runs long: "Mr P J Oakford Deputy Leader and Cabinet Member for Finance,
Corporate and Traded Services" (15 words)."""


_ATTENDANCE_MARK = re.compile(r"(?i)present|absent|apologies(?:[ \t]+received)?|apols|yes|no|[pxayn✓✔✗]")
"""A cell of an attendance table's last column: whether the member came."""


def attendance_rows(text: str) -> Iterator[Candidate]:
    """A row of an attendance table: name, post, and whether they came, in cells ("Cllr J Smith
    \tChairman\tPresent")."""
    for start, line in _lines(text):
        cells = [c.strip() for c in _CELL_SPLIT.split(line.strip()) if c.strip()]
        if len(cells) < 3 or not _ATTENDANCE_MARK.fullmatch(cells[-1]):
            continue
        found = _name_then_post(line.strip())
        if found:
            off = start + line.find(cells[0])
            yield Candidate(person=found[0], role=found[2], start=off,
                            end=start + line.rfind(cells[-1]) + len(cells[-1]), status=found[3],
                            honorific=found[1])


def _name_then_post(line: str) -> tuple[str, bool, str, AppointmentStatus | None] | None:
    """'Cllr J Smith Chairman' -> (person, honorific, post, status): a name (initials or words, one
    surname only after an honorific) and then a post that opens with its head or a modifier."""
    cells = [c.strip() for c in _CELL_SPLIT.split(line.strip()) if c.strip()]
    while len(cells) > 2 and _ATTENDANCE_MARK.fullmatch(cells[-1]):
        cells.pop()  # "Cllr J Smith | Chairman | Present": the attendance column
    if len(cells) > 2:
        return None
    splits = [(cells[0].split(), cells[1])] if len(cells) == 2 else []
    words = line.split()
    splits += [(words[:k], " ".join(words[k:])) for k in range(1, min(len(words), 6))]
    for name_words, role in splits:
        person, hon = clean_person(" ".join(name_words))
        if not re.fullmatch(rf"(?:{_HON}*){_NAME}", " ".join(name_words)):
            continue
        if not (_valid_name(person, hon) and (hon or len(person.split()) >= 2)):
            continue
        if any(w.casefold() in _ROLE_STARTS for w in person.split()):
            continue  # "Responsible Financial Officer": a post on its own, not a name and post
        role, status = _strip_status(role)
        first = role.split()[0] if role else ""
        if (role and is_post(role) and role[:1].isupper() and _is_head_early(role)
                and (_is_head(first) or first.casefold() in _ROLE_STARTS)
                and not re.search(r"[.;:]\s|\d", role) and not _split_role_name(role.split())):
            return person, hon, role, status  # not "P Moran\tClerk J Connelly": two people
    return None


def attendance_lines(text: str) -> Iterator[Candidate]:
    """An attendance list one person a line under its heading, the post after the name without
    brackets ("PRESENT\\nCllr J Smith Chairman\\nCllr A Brown\\nMrs D Green Clerk"); a line
    holding only a name, or a bracketed post another rule reads, is passed over."""
    lines = list(_lines(text))
    for i, (_start, line) in enumerate(lines):
        if not _ATTENDANCE_HEAD.match(line):
            continue
        seen = False
        for s, ln in lines[i + 1:i + 1 + _ATTENDANCE_LINES]:
            item = ln.strip().lstrip("•-–·* \t").rstrip(" ,;.")
            if not item:
                if seen:
                    break
                continue
            if (":" in item or len(item.split()) > _ATTENDANCE_ITEM_WORDS or re.match(r"\d", item)
                    or not item[:1].isupper()):
                break
            seen = True
            found = _name_then_post(item)
            if found:
                off = s + ln.find(item)
                person, hon, role, status = found
                yield Candidate(person=person, role=role, start=off, end=off + len(item),
                                status=status, honorific=hon)


_SIGN_OFF = re.compile(r"(?i)^[ \t]*(?:signed|dated|date|yours[ \t]+(?:sincerely|faithfully))\b|^[ \t]*[._…]{5,}[ \t]*$")
"""The line a signature stands under: "Signed ...", "Dated: 3 April 2019", a line of dots."""


def signed_lines(text: str) -> Iterator[Candidate]:
    """A signature on one line under its sign-off, the post after the name ("Dated: Wednesday
    3 April 2019\nMary Weastell Returning Officer")."""
    lines = list(_lines(text))
    for i, (_start, line) in enumerate(lines):
        if not _SIGN_OFF.match(line):
            continue
        for s, ln in lines[i + 1:i + 3]:
            item = ln.strip()
            if not item:
                continue
            found = _name_then_post(item)
            if found and _is_head(found[2].split()[-1]):
                off = s + ln.find(item)
                yield Candidate(person=found[0], role=found[2], start=off, end=off + len(item),
                                status=found[3], honorific=found[1])
            break


_LOWER_HEADS = "|".join(sorted({re.escape(h.casefold()) for h in POST_HEADS if h != "MP"},
                                key=len, reverse=True))
_LOWER_APPOSITIVE = re.compile(
    rf"\b(?P<det>the|our|their|its|(?P<newly>newly[ \t]+elected)|new)[ \t]+(?:(?:current|former|present"
    rf"|outgoing|retiring|incoming|new)[ \t]+)?(?P<status>(?:acting|interim)[ \t]+)?(?P<role>(?:(?!(?:and|or|the"
    rf"|of|meeting|for)\b)[a-z][\w’'\-]*[ \t]+){{0,3}}(?:{_LOWER_HEADS}))[ \t]*,[ \t]*{_PERSON}(?=[ \t]*[,.;)]|[ \t]*$|[ \t]+(?:who|was"
    rf"|is|has|had|and|said|reported|gave|advised|explained)\b)", re.M)
"""A post in lower case before its holder, as parish minutes write it in prose: "the parish
clerk, Jane Doe, reported", "with newly elected county member, Ken Crofton." (elected)."""


def lower_appositives(text: str) -> Iterator[Candidate]:
    for m in _LOWER_APPOSITIVE.finditer(text):
        if _own_post_follows(text, m.end()):
            continue
        role = _collapse(m.group("role"))
        person, hon = clean_person(m.group("hon") + m.group("name"))
        if not (is_post(role, bare_councillor=False) and _valid_name(person, hon)
                and (hon or len(person.split()) >= 2)):
            continue
        status = (m.group("status") or "").strip() or None
        yield Candidate(person=person, role=role, start=m.start("role"), end=m.end(),
                        status=status, event="elected" if m.group("newly") else None,  # type: ignore[arg-type]
                        prose=True, honorific=hon)


_TIER_REPORT = re.compile(
    rf"(?im)^[ \t]*(?:\d+(?:\.\d+)*[.)]?[ \t]+|[a-z]\)[ \t]+)?(?:to[ \t]+receive[ \t]+(?:the[ \t]+|a[ \t]+)?)?"
    rf"(?:reports?[ \t]+(?:from|of|by)[ \t]+(?:the[ \t]+)?(?P<tier1>county|district|borough|city"
    rf"|unitary|ward|division)[ \t]+(?:councillor|cllr)\.?[ \t]+(?:[–—-][ \t]+)?"
    rf"|(?P<tier2>county|district|borough|city|unitary|ward|division)[ \t]+(?:councillor|cllr)"
    rf"(?:[’']s)?[ \t]+reports?[ \t]*(?:[–—:-][ \t]*|\([ \t]*|from[ \t]+|by[ \t]+)?)"
    rf"{_PERSON_LINE}[ \t]*\)?[ \t]*(?=$|[.,;:(]|[ \t]+[–—-])")
"""A councillor of another tier named with the report they give, as parish minutes head it:
"County Councillor's Report (Cllr Gareth Epps)", "District Councillor Report – Cllr David
Rogers", "Report from County Councillor Gareth Epps"."""


def tier_reports(text: str) -> Iterator[Candidate]:
    """The tier is the post: 'County Councillor' for the county councillor's report."""
    for m in _TIER_REPORT.finditer(text):
        person, hon = clean_person(m.group("hon") + m.group("name"))
        if not (_valid_name(person, hon) and (hon or len(person.split()) >= 2)):
            continue
        tier = (m.group("tier1") or m.group("tier2")).capitalize()
        yield Candidate(person=person, role=f"{tier} Councillor", start=m.start(),
                        end=m.end("name"), honorific=hon)


_POST_DASH_NAME = re.compile(
    rf"(?m)(?:^[ \t]*(?:\d+[.)]?[ \t]+|[a-z]\)[ \t]+|[•][ \t]*)?|(?<=[:;])[ \t]*)"
    rf"(?P<role>[A-Z][A-Za-z’'\-]*(?:[ \t]+"
    rf"(?:[A-Z][A-Za-z’'\-]*|of|for|and|&|the|to)){{0,5}})[ \t]+[–—-][ \t]+{_PERSON_LINE}[ \t]*"
    r"(?=$|[,.(;]|[ \t]+[–—-][ \t]|[ \t]+(?:proposed|nominated|elected|re-elected|seconded|was|were"
    r"|unopposed)\b)")
"""A post, a dash, then its holder, one a line, as an annual meeting's officers are minuted:
"Chairman – Cllr J Smith", "Vice-Chairman - Cllr K Jones proposed by Cllr Brown"; or one after
a label or a semicolon on one line ("Officers: Town Clerk - Mrs J Smith; Deputy Town Clerk - Mr
P Brown")."""


_PROSE_POST_DASH_NAME = re.compile(
    rf"\b(?:its|their|his|her|the)[ \t]+(?P<role>[A-Z][A-Za-z’'\-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?:[A-Z][A-Za-z’'\-]*|of|for|and|&|the|to)){{0,4}})[ \t]+[–—-][ \t]+{_PERSON_LINE}"
    r"(?=[ \t]*(?:[;,.]|\n|$|and\b))")
"""A post, a dash and its holder inside a sentence, after the post's article: "36 Royal Engineers
and especially its Commanding Officer – Lt Col Ryan Castro;" (the post may wrap a line)."""


def post_dash_names(text: str) -> Iterator[Candidate]:
    """'Chairman – Cllr J Smith': the post before the dash, elected when the line or its
    heading says so."""
    for m in _POST_DASH_NAME.finditer(text):
        role, status = _strip_status(m.group("role"))
        person, hon = clean_person(m.group("hon") + m.group("name"))
        if not (role and is_post(role) and _is_head(role.split()[0]) | _is_title(role.split())
                and _valid_name(person, hon) and (hon or len(person.split()) >= 2)):
            continue
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end != -1 else len(text)]
        event = "elected" if re.search(r"\b(?:elected|proposed|nominated)\b", rest) else \
            _heading_event(text, m.start())
        yield Candidate(person=person, role=role, start=m.start("role"), end=m.end(),
                        status=status, event=event, at_meeting=event is not None,
                        honorific=hon)
    for m in _PROSE_POST_DASH_NAME.finditer(text):
        role, status = _strip_status(_collapse(m.group("role")))
        person, hon = clean_person(m.group("hon") + m.group("name"))
        if role and is_post(role) and _is_title(role.split(), lead=True) \
                and _valid_name(person, hon) and (hon or len(person.split()) >= 2):
            yield Candidate(person=person, role=role, start=m.start("role"), end=m.end(),
                            status=status, honorific=hon)


_ROLE_COLUMNS = {"role", "roles", "post", "posts", "position", "title", "job title", "office",
                 "designation", "responsibility", "portfolio", "office held"}
_NAME_COLUMNS = {"name", "names", "member", "members", "councillor", "councillors", "officer",
                 "name of member", "name of councillor"}


def role_tables(text: str) -> Iterator[Candidate]:
    """A table with a name column and a role column under a header row ("Name | Role"), one
    person a row, read by its cells."""
    lines = list(_lines(text))
    for i, (_start, line) in enumerate(lines):
        heads = [c.strip().casefold() for c in _CELL_SPLIT.split(line.strip()) if c.strip()]
        if not 2 <= len(heads) <= 5:
            continue
        name_col = next((k for k, h in enumerate(heads) if h in _NAME_COLUMNS), None)
        role_col = next((k for k, h in enumerate(heads) if h in _ROLE_COLUMNS), None)
        if name_col is None or role_col is None:
            continue
        for s, ln in lines[i + 1:]:
            cells = [c.strip() for c in _CELL_SPLIT.split(ln.strip()) if c.strip()]
            if not ln.strip():
                continue
            if len(cells) != len(heads):
                break
            person, hon = clean_person(cells[name_col])
            role, status = _strip_status(cells[role_col])
            if not (re.fullmatch(rf"(?:{_HON}*){_NAME}", cells[name_col]) and _valid_name(person, hon)
                    and (hon or len(person.split()) >= 2)):
                break
            if role and is_post(role):
                off = s + ln.find(cells[0])
                yield Candidate(person=person, role=role, start=off,
                                end=s + ln.rfind(cells[-1]) + len(cells[-1]), status=status,
                                honorific=hon)


_PAY_WORDS = {"salary", "salaries", "wages", "wage", "expenses", "expense", "fee", "fees", "pay",
              "allowance", "allowances", "mileage", "overtime", "honorarium"}
"""Words of a payment line ("J Smith\tClerk Salary"): what was paid, not who holds a post."""
_ROW_POST_WORDS = 8
"""Longest post in a cell of a two-cell row; a longer cell is a description."""


_PORTFOLIO_WORDS = 14
"""Longest post of a row written as a title and its portfolio ("Deputy Leader and Cabinet Member
for Finance, Corporate and Traded Services" is 12 words)."""


def _portfolio_title(role: str) -> bool:
    """A long post that is a title and the portfolio or body it serves, its words capitalised
    but for connectors: "Cabinet Member for Adult Social Care and Public Health"."""
    words = role.replace(",", " ").split()
    return (len(words) <= _PORTFOLIO_WORDS and bool(re.search(r"\b(?:for|of)\b", role))
            and _is_title(words, lead=True))


def _row_pair(cells: list[str]) -> tuple[int, str, bool, str, AppointmentStatus | None] | None:
    """(index of the name cell, person, honorific, post, status) when a row's two cells are a
    name and a post, in either order ("Mr J Smith | Chairman", "Chairman | Cllr J Smith")."""
    for k in (0, 1):
        name_cell, post_cell = cells[k], cells[1 - k]
        if not re.fullmatch(rf"(?:{_HON}*){_NAME}", name_cell):
            continue
        person, hon = clean_person(name_cell)
        if not (_valid_name(person, hon) and (hon or len(person.split()) >= 2)):
            continue
        role, status = _strip_status(post_cell)
        words = role.split()
        if not (words and (len(words) <= _ROW_POST_WORDS or _portfolio_title(role))
                and role[:1].isupper() and is_post(role)
                and _is_head_early(role) and not re.search(r"[\d.;:£$]", role)
                and not is_honorific(words[0])
                and not any(w.casefold().strip("(),") in _PAY_WORDS for w in words)
                and not _split_role_name(words)):
            continue
        return k, person, hon, role, status
    return None


def _plural_row(cells: list[str]) -> list[tuple[str, bool, str]] | None:
    """(person, honorific, post) for each holder when a row is a post in the plural and its
    holders, full names between commas ("Cabinet Members\tDerek Murphy, Clair Bell"): each holds
    the post in the singular. The plural may name one holder ("Cabinet Members\tSue Chandler")."""
    words = cells[0].split()
    if not (words and words[-1].endswith("s") and not _is_head(words[-1])
            and _is_head(words[-1][:-1]) and len(words) <= _POST_COLUMN_WORDS):
        return None
    post = " ".join([*words[:-1], words[-1][:-1]])
    if not (post[:1].isupper() and is_post(post) and not is_honorific(words[0])):
        return None
    found = []
    for name in re.split(r",[ \t]*|[ \t]+and[ \t]+", cells[1]):
        if not re.fullmatch(rf"(?:{_HON}*){_NAME}", name.strip()):
            return None
        person, hon = clean_person(name)
        if not (_valid_name(person, hon) and len(person.split()) >= 2):
            return None
        found.append((person, hon, post))
    return found


def role_rows(text: str) -> Iterator[Candidate]:
    """Rows of a table of members or officers without a header, two cells a row, a name and a
    post in either order ("Mr J Smith\tChairman\nMrs A Lee\tVice-Chairman"), or a post in the
    plural and its holders ("Cabinet Members\tDerek Murphy, Clair Bell"): read where two rows
    in a row read so, or where the name carries an honorific."""
    lines = list(_lines(text))
    rows: list[tuple[int, str, list[str]] | None] = []
    for start, line in lines:
        cells = [c.strip() for c in _CELL_SPLIT.split(line.strip()) if c.strip()]
        rows.append((start, line, cells) if len(cells) == 2 else None)
    pairs = [_row_pair(r[2]) if r else None for r in rows]
    plurals = [_plural_row(r[2]) if r and p is None else None for r, p in zip(rows, pairs)]
    for i, many in enumerate(plurals):
        if many:
            pairs[i] = (1, many[0][0], many[0][1], many[0][2], None)

    def neighbour(i: int, step: int) -> bool:
        j = i + step
        while 0 <= j < len(lines) and not lines[j][1].strip():
            j += step
        return 0 <= j < len(lines) and pairs[j] is not None

    for i, found in enumerate(pairs):
        if found is None:
            continue
        k, person, hon, role, status = found
        if not (hon or neighbour(i, -1) or neighbour(i, 1)):
            continue
        start, line, cells = rows[i]  # type: ignore[misc]
        off = start + line.find(cells[0])
        end = start + line.rfind(cells[1]) + len(cells[1])
        for person, hon, role in plurals[i] or [(person, hon, role)]:
            yield Candidate(person=person, role=role, start=off, end=end, status=status,
                            honorific=hon)


_POST_COLUMN_WORDS = 4
"""Longest column header read as a post ("Responsible Officer", "Contract Manager"): a longer
header is a description."""


def _singular_post(header: str) -> str | None:
    """A column header naming a post, in the singular ("Armed Forces Champions" -> "Armed
    Forces Champion"), or None."""
    words = header.split()
    if not words or len(words) > _POST_COLUMN_WORDS or not header[:1].isupper():
        return None
    last = words[-1]
    if not _is_head(last) and last.endswith("s") and _is_head(last[:-1]):
        words = [*words[:-1], last[:-1]]
    post = " ".join(words)
    if not (_is_head(words[-1]) and is_post(post) and words[-1].casefold() != "services"
            and header.casefold() not in _NAME_COLUMNS and not is_honorific(words[0])):
        return None  # "Services": a department, not a post
    return post


_CELL_PERSON = re.compile(rf"(?:(?P<label>.*?\S)[ \t]+)?(?P<who>(?:{_HON})+{_NAME})")
"""A table cell's person, or a label and a person run together where the cell boundary was lost
("Folkestone & Hythe DC Cllr Jim Martin")."""


def _cell_person(cell: str) -> tuple[str, bool] | None:
    """(person, honorific) when a cell holds a full name, or a name after an honorific or rank,
    post-nominal letters after it left out ("Canon Peter Bruinvels CC")."""
    cell = _POST_NOMINALS.sub("", cell).strip()
    if not re.fullmatch(rf"(?:{_HON}*){_NAME}", cell):
        return None
    person, hon = clean_person(cell)
    if not (_valid_name(person, hon) and (hon or len(person.split()) >= 2)):
        return None
    return person, hon


def _row_label_post(label: str, post: str) -> str | None:
    """A row's first cell when it is itself a post: a post phrase ("Deputy AFC" is not one,
    "Covenant Lead" is), or the column's post by its initials, in the singular ("AFC", "(Joint
    AFCs)" under "Armed Forces Champions")."""
    label = label.strip("() ")
    initials = "".join(w[0] for w in post.split() if w[:1].isupper())
    words = [w[:-1] if w.endswith("s") and w[:-1] == initials else w for w in label.split()]
    if len(initials) >= 2 and initials in words and all(w[:1].isupper() for w in words):
        return " ".join(words)
    if label[:1].isupper() and is_post(label) and not re.search(r"[@\d]", label):
        return label
    return None


def post_columns(text: str) -> Iterator[Candidate]:
    """A table column whose header is a post ("Contract | Supplier | Contract Manager", "Area |
    Armed Forces Champions | Contact email"): each full name in it holds that post (in the
    singular), unless its row's first cell is itself a post ("Deputy AFC | Cllr X"), which is
    then the post that person holds."""
    lines = list(_lines(text))
    for i, (_start, line) in enumerate(lines):
        heads = [c.strip() for c in _CELL_SPLIT.split(line.strip()) if c.strip()]
        if not 2 <= len(heads) <= 8 or (len(heads) == 2 and _row_pair(heads)):
            continue  # a row holding a post and its holder ("Vice-Chairman\tCllr A Lee") is not a header
        cols = {k: post for k, h in enumerate(heads) if (post := _singular_post(h))}
        if not cols:
            continue
        rows = []
        for s, ln in lines[i + 1:]:
            if not ln.strip():
                continue
            cells = [c.strip() for c in _CELL_SPLIT.split(ln.strip()) if c.strip()]
            if len(cells) == len(heads) - 1 and len(cells) >= 2:
                # a label and a name run together in one cell: split them where the name starts
                for j, cell in enumerate(cells):
                    m = _CELL_PERSON.fullmatch(_POST_NOMINALS.sub("", cell).strip())
                    if m and m.group("label") and j + 1 < len(heads):
                        cells = [*cells[:j], m.group("label"), m.group("who"), *cells[j + 1:]]
                        break
            if len(cells) != len(heads):
                break
            rows.append((s, ln, cells))
        for k, post in cols.items():
            found = []
            for s, ln, cells in rows:
                who = _cell_person(cells[k])
                if who is None:
                    break  # a column of names only: anything else, and it is not a post column
                person, hon = who
                label = _row_label_post(cells[0], post) if k > 0 else None
                role = label or post
                off = s + ln.find(cells[k].split()[0])
                found.append(Candidate(person=person, role=role, start=off,
                                       end=off + len(cells[k]), honorific=hon))
            else:
                yield from found


_DETERMINED_POST = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts)[ \t]+(?P<status>(?:new|current|former|outgoing|incoming"
    r"|retiring|interim|acting|permanent|temporary)[ \t]+)?(?P<run>[A-Z][\w’'\-]*(?:[ \t]+"
    r"(?:[A-Z][\w’'\-]*\.?|of|for|to|and|&|the)){1,9})(?=[ \t]*(?:[.,;:)]|\n|$|[ \t]+[a-z]))")
"""A post with its article, then the holder without a comma: "The new Clerk Mrs Jane Doe was
welcomed", "our Parish Clerk Jane Doe will retire" (the name ends the capitalised run)."""


def determined_posts(text: str) -> Iterator[Candidate]:
    """'the Clerk Mrs Jane Doe': the post ends at a head word, the rest of the run is a name
    (one word only after an honorific)."""
    for m in _DETERMINED_POST.finditer(text):
        words = m.group("run").split()
        for k in range(1, len(words)):
            if not _is_head(words[k - 1]) or words[k - 1].casefold() in _BARE_COUNCILLOR:
                continue
            name = words[k:]
            hon = False
            while len(name) > 1 and is_honorific(name[0]):
                name, hon = name[1:], True
            person = " ".join(name)
            if not (1 <= len(name) <= 4 and all(re.fullmatch(rf"{_WORD}|{_INITIAL}", w) for w in name)
                    and _valid_name(person, hon) and (hon or len(name) >= 2)):
                continue
            role = " ".join(words[:k])
            if not (is_post(role) and _is_title(role.split())):
                break
            status = (m.group("status") or "").strip().casefold()
            yield Candidate(person=person, role=role, start=m.start("run"), end=m.end(),
                            status=status if status in STATUSES else None,  # type: ignore[arg-type]
                            prose=True, honorific=hon)
            break


_POST_BRACKET_NAME = re.compile(
    rf"\b(?:[Tt]he|[Oo]ur)[ \t]+(?P<role>[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|of|for|to|and|&|the)){{0,5}})"
    rf"[ \t]*\([ \t]*{_PERSON_LINE}[ \t]*\)")
"""A post, then its holder in brackets: "The Clerk (Jane Doe) read the letter"."""


def posts_bracket_names(text: str) -> Iterator[Candidate]:
    for m in _POST_BRACKET_NAME.finditer(text):
        role = m.group("role")
        person, hon = clean_person(m.group("hon") + m.group("name"))
        if is_post(role) and _is_title(role.split()) and _valid_name(person, hon) and (
                hon or len(person.split()) >= 2):
            yield Candidate(person=person, role=role, start=m.start("role"), end=m.end(),
                            honorific=hon)


_TITLE_SURNAME = re.compile(
    rf"\b(?P<role>Mayor|Commissioner|Chair(?:man|person|woman)?|President|Trustee|Alderman"
    rf"|Alderperson|Councilmember|Councilman|Councilwoman|Superintendent|Supervisor"
    rf"|(?:County|District|Borough|City|Town)[ \t]+(?:Councillor|Cllr))[ \t]+"
    rf"(?P<name>{_WORD})(?=[ \t]+(?:{_TITLE_VERBS}|is|was|has|had|will|would)\b|,[ \t]+seconded\b|[ \t]*,?[ \t]+and[ \t]+"
    rf"(?:Mayor|Commissioner|Chair|President|Trustee|Alderman|Councilmember|Supervisor)\b)")
"""A post before a surname in a minute's prose, the way American minutes name their members:
"Mayor Smith called the meeting to order", "Motion by Commissioner Smith, seconded by ..."."""
_BY_TITLE_SURNAME = re.compile(
    rf"\bby[ \t]+(?P<role>Mayor|Commissioner|Chair(?:man|person|woman)?|President|Trustee"
    rf"|Alderman|Alderperson|Councilmember|Councilman|Councilwoman|Supervisor|Vice[ \t]+"
    rf"(?:Chair|President|Mayor))[ \t]+(?P<name>(?:{_WORD}[ \t]+){{0,2}}{_WORD})(?=[ \t]*[.,;\n]|$)")


def _written_in_full(text: str, surname: str) -> bool:
    """Whether the paper writes the surname after a forename or initials ("Maria Lopez"): the
    holder is then read from there, and "Commissioner Lopez moved" names her again."""
    for m in re.finditer(rf"\b(?P<first>{_WORD}|{_INITIAL})[ \t]+{re.escape(surname)}\b", text):
        if not (_is_head(m.group("first")) or is_honorific(m.group("first"))):
            return True
    return False


def titled_surnames(text: str) -> Iterator[Candidate]:
    """'Mayor Smith called ...', 'seconded by Commissioner Jones.': the title is the post, when
    the paper never gives the full name."""
    for pattern in (_TITLE_SURNAME, _BY_TITLE_SURNAME):
        for m in pattern.finditer(text):
            person = " ".join(m.group("name").split())
            if not _valid_name(person, True):
                continue
            if len(person.split()) == 1 and _written_in_full(text, person):
                continue
            yield Candidate(person=person, role=" ".join(m.group("role").split()),
                            start=m.start("role"), end=m.end("name"), honorific=True)


_ROLL_TITLE = (r"(?:Vice[ \t\-]+)?(?:President|Chair(?:man|person|woman)?|Mayor)|Clerk|Secretary"
               r"|Treasurer|Trustee|Commissioner|Alderman|Alderperson|Councilmember|Supervisor"
               r"|Board[ \t]+Member|Member|Director")
_TITLED_ITEM = re.compile(rf"[ \t]*(?P<role>{_ROLL_TITLE})[ \t]+(?P<name>{_WORD})[ \t]*"
                          r"(?:\((?P<post>[^()\n]{2,40})\)[ \t]*)?")
"""One entry of a roll by title and surname, American style: "President Chao", "Vice President
Lucey", "Member Poe"; the post the roll gives the member in brackets is a second post
("Present: Commissioner Smith (Chair), Commissioner Jones")."""
_ROLL_LABEL = re.compile(r"(?im)^[ \t]*(?:roll[ \t]+call|(?:members[ \t]+)?present|absent|excused)"
                         r"[ \t]*[:–—-]?[ \t]*(?P<items>[^\n]*)$")


def titled_rolls(text: str) -> Iterator[Candidate]:
    """A roll by title and surname: one a line, two lines or more in a row ("President Chao\n
    Vice President Lucey"), or as the items of a roll-call line ("Roll Call: President Chao,
    Member Poe"); read when the paper never writes the surname after a forename."""
    def read(start: int, item: str) -> list[Candidate]:
        m = _TITLED_ITEM.fullmatch(item)
        if not m:
            return []
        person = m.group("name")
        if not _valid_name(person, True) or _written_in_full(text, person):
            return []
        at = start + m.start("role")
        found = [Candidate(person=person, role=" ".join(m.group("role").split()), start=at,
                           end=start + m.end("name"), honorific=True)]
        post = m.group("post")
        if post and is_post(post.strip()):
            found.append(Candidate(person=person, role=_collapse(post), start=at,
                                   end=start + m.end("post") + 1, honorific=True))
        return found

    lines = list(_lines(text))
    shaped = [bool(_TITLED_ITEM.fullmatch(ln.rstrip(" ,;."))) for _, ln in lines]
    for i, (s, ln) in enumerate(lines):
        if shaped[i] and ((i and shaped[i - 1]) or (i + 1 < len(lines) and shaped[i + 1])):
            yield from read(s, ln.rstrip(" ,;."))
    for m in _ROLL_LABEL.finditer(text):
        pos = m.start("items")
        for part in re.split(r"[,;]|\band\b", m.group("items")):
            if part.strip():
                yield from read(text.find(part, pos), part.strip(" ."))
            pos = text.find(part, pos) + len(part)


_ROLL_POSTS = re.compile(
    r"(?i)\b(?:present|absent|excused|roll[ \t]+call|attendance|ayes|nays|yeas|noes)\b[^\n]*?\b(?P<posts>"
    r"Commissioners|Trustees|Aldermen|Alderpersons|Councilmembers|Council[ \t]+Members|Directors"
    r"|Supervisors|Board[ \t]+Members)[ \t]+(?P<names>[A-Z][^\n.;:]{1,200})")
"""A roll call after a plural post: "Present: Commissioners Smith, Jones and Brown", by
surnames or full names ("Present: Commissioners Mary Lee, Ann Poe and Bob Roe")."""
_ROLL_SINGULAR = {"commissioners": "Commissioner", "trustees": "Trustee", "aldermen": "Alderman",
                  "alderpersons": "Alderperson", "councilmembers": "Councilmember",
                  "council members": "Council Member", "directors": "Director",
                  "supervisors": "Supervisor", "board members": "Board Member"}


_STANDING_TITLE = re.compile(
    rf"(?<![\w/’'\-])(?P<role>PC(?=[ \t]+[A-Z][a-z]*\.?[ \t]+[A-Z])|(?i:PCSO|(?:County|District|Borough|Parish|Town|City|Ward)[ \t]+"
    rf"(?:Councillor|Councilor|Cllr))|Police[ \t]+(?:Constable|Sergeant|Inspector)"
    rf"|Police[ \t]+and[ \t]+Crime(?:[ \t]+|[ \t]*\n[ \t]*)Commissioner"
    rf"|(?:Chief[ \t]+)?Inspector|Sergeant)(?:[ \t]+|[ \t]*\n[ \t]*)(?!(?:{HONORIFIC})[ \t])"
    rf"(?P<name>(?:(?:{_INITIAL}|{_WORD})(?:[ \t]+|[ \t]*\n[ \t]*)){{0,2}}{_WORD})(?![\w’'\-])")
"""A title that is a post wherever it stands before a name, whatever the sentence goes on to
say: a police officer's rank or a councillor of another tier ("PCSO K Broad and district
councillor Haysey also sent their apologies"). The name may be a surname alone, as printed;
but "PC" (police constable, as parish minutes list "PC Andy Woodward, Mr M Pendock (Lafarge)")
only before a full name, since "PC" also stands for the parish council."""


_LEAD_MODIFIERS = _ROLE_STARTS - {"the"}
_TITLE_LEAD = re.compile(
    r"(?:(?<=[\s(])|^)(?P<lead>(?:[A-Z][a-z]+[ \t]+)?Police[ \t]+and[ \t]+Crime"
    r"|(?:[A-Z][A-Za-z\-]*(?:[ \t]+|[ \t]*\n[ \t]*)){1,3})$")


def _title_lead(text: str, start: int) -> tuple[int, str]:
    """Words before a title that are part of it, on its line or the line above: its modifiers
    ("Planning\nInspector Joanne Burston", "Chief\nInspector X") and "Police and Crime" with the
    force's place ("Kent Police and Crime\nCommissioner Matthew Scott"). (start, words)."""
    window = text[max(0, start - 40):start]
    if text.startswith("Police", start):  # "Kent Police and Crime Commissioner": the force's place
        place = re.search(r"(?:(?<=[\s(])|^)(?P<place>[A-Z][a-z]+)[ \t]+$", window)
        return (start - len(window) + place.start("place"), place.group("place")) if place \
            else (start, "")
    m = _TITLE_LEAD.search(window)
    if not m:
        return start, ""
    lead = m.group("lead")
    if "Police" not in lead:
        words = lead.split()
        keep = []
        for w in reversed(words):  # modifiers only, nearest first
            if w.casefold() not in _LEAD_MODIFIERS:
                break
            keep.insert(0, w)
        if not keep:
            return start, ""
        lead = " ".join(keep)
        return start - len(window) + window.rfind(keep[0]), lead
    return start - len(window) + m.start("lead"), " ".join(lead.split())


_POLICE_RANK = re.compile(r"(?:Chief[ \t]+)?Inspector|Sergeant|Police[ \t]+(?:Constable|Sergeant|Inspector)")


def standing_titles(text: str) -> Iterator[Candidate]:
    """'PCSO K Broad', 'district councillor Haysey', 'Sergeant Jane Doe': the title is the post."""
    for m in _STANDING_TITLE.finditer(text):
        words = _trim_name(m.group("name").split())
        person = " ".join(words)
        if not words or not _valid_name(person, True) or _is_head(words[0]):
            continue
        constable = m.group("role") == "PC"
        if constable and (len(words) != 2 or words != m.group("name").split()
                          or any(is_honorific(w) for w in words)
                          or re.match(r"[ \t]+[A-Z]", text[m.end("name"):])
                          or re.search(r"[A-Z][\w’'\-]*[ \t]+$", text[max(0, m.start() - 40):m.start()])):
            continue  # "PC Andy Woodward", not "the PC Clerk Mrs Jones", "PC Help Office
            # Equipment", nor a payee's line "M Joyce PC World Laptop" (a shop after a name)
        end = m.start("name") + m.group("name").rfind(words[-1]) + len(words[-1])
        start, lead = _title_lead(text, m.start())
        if _POLICE_RANK.fullmatch(" ".join(m.group("role").split())) and (
                not lead or lead.split()[-1].casefold() in {"chief", "police", "detective"}):
            continue  # "Chief Inspector Gary Woodward": a rank (as the dev5 annotators read it);
            # "Planning Inspector Joanne Burston" is a post
        role = " ".join((lead + " " + m.group("role")).split())
        tier = re.match(r"(?i)(county|district|borough|parish|town|city|ward)\b", role)
        # the body the title belongs to, not the paper's council: a police officer or another
        # tier's councillor is not one of its members (so `agendapack posts` keeps them apart)
        body = f"{tier.group(1).capitalize()} Council" if tier else "Police"
        yield Candidate(person=person, role=role, start=start, end=end, honorific=not constable,
                        prose=constable, organisation=body)


def roll_posts(text: str) -> Iterator[Candidate]:
    for m in _ROLL_POSTS.finditer(text):
        role = _ROLL_SINGULAR[" ".join(m.group("posts").casefold().split())]
        pos = m.start("names")
        for piece in re.split(r",|\band\b", m.group("names")):
            start = text.find(piece, pos)
            pos = start + len(piece)
            item = " ".join(piece.split())
            if not re.fullmatch(rf"(?:(?:{_INITIAL}|{_WORD})[ ]){{0,2}}{_WORD}", item) \
                    or not _valid_name(item, True):
                break  # a surname ("Commissioners Smith, Jones") or a full name ("Mary Lee")
            off = start + piece.find(item)
            yield Candidate(person=item, role=role, start=off, end=off + len(item),
                            honorific=True)



# Canonical posts -------------------------------------------------------------------------------

CANONICAL_POSTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (post, re.compile(pattern, re.I)) for post, pattern in (
        ("Vice-Chair", r"^vice[\s\-]*chair(?:man|woman|person)?\b"),
        ("Chair", r"^chair(?:man|woman|person)?(?:\s+(?:of|to)\s+(?:the\s+)?(?:[\w\s]+\s+)?"
                  r"council)?$"),
        ("Responsible Financial Officer", r"^(?:rfo|responsible\s+financial\s+officer)$"),
        ("Clerk", r"^(?:parish\s+|town\s+)?clerk(?:\s+(?:to|of)\s+(?:the\s+)?"
                  r"(?:[\w\s]+\s+)?council)?$"),
        ("Clerk and Responsible Financial Officer",
         r"^(?:parish\s+)?clerk\s*(?:and|&|/)\s*(?:rfo|responsible\s+financial\s+officer)$"),
        ("Leader", r"^leader(?:\s+of\s+(?:the\s+)?(?:[\w\s]+\s+)?council)?$"),
        ("Chief Executive", r"^chief\s+executive(?:\s+officer)?$"),
        ("Section 151 Officer", r"^(?:s\.?\s?151|section\s+151)(?:\s+officer)?$"),
        ("Monitoring Officer", r"^monitoring\s+officer$"),
        ("Mayor", r"^(?:town\s+|city\s+)?mayor$"),
    )
)
"""The post a role names, whatever its wording ("CHAIRMAN", "Chair of the Council" -> Chair;
"RFO" -> Responsible Financial Officer): first match wins, so Vice-Chair comes before Chair."""


def canonical_post(role: str) -> str:
    """The canonical name of a post; a post with no entry in `CANONICAL_POSTS` keeps its
    wording, whitespace collapsed and the first letter capitalised."""
    text = re.sub(r"(?i)^(?:the|our|new)\s+", "", _collapse(role.replace("’", "'")).strip(" ,."))
    for post, pattern in CANONICAL_POSTS:
        if pattern.search(text):
            return post
    return text[:1].upper() + text[1:]


RULES: tuple[tuple[str, Callable[[str], Iterator[Candidate]]], ...] = (
    ("report_header", report_header),  # first: it reads a wrapped post whole
    ("bracketed_posts", bracketed_posts),
    ("tier_councillors", tier_councillors),
    ("posts_before_names", posts_before_names),
    ("contact_details", contact_details),  # before labelled_posts: "Director: X" + job title
    ("contact_blocks", contact_blocks),
    ("labelled_posts", labelled_posts),
    ("listed_appointments", listed_appointments),
    ("posts_over_names", posts_over_names),
    ("body_lists", body_lists),
    ("the_post_name", the_post_name),
    ("elected_lists", elected_lists),
    ("members_of", members_of),
    ("members_of_parliament", members_of_parliament),
    ("roster_lines", roster_lines),
    ("present_lists", present_lists),
    ("titled_names", titled_names),
    ("attendance_lines", attendance_lines),
    ("attendance_rows", attendance_rows),
    ("signed_lines", signed_lines),
    ("lower_appositives", lower_appositives),
    ("tier_reports", tier_reports),  # before post_dash_names: "District Councillor Report – X"
    ("post_dash_names", post_dash_names),
    ("role_tables", role_tables),
    ("role_rows", role_rows),
    ("post_columns", post_columns),
    ("determined_posts", determined_posts),
    ("posts_bracket_names", posts_bracket_names),
    ("titled_surnames", titled_surnames),
    ("standing_titles", standing_titles),
    ("roll_posts", roll_posts),
    ("titled_rolls", titled_rolls),
    ("appositives", appositives),
    ("events", events),
)
"""Every rule, by name, in the order they run (their readers are above, each tested on a real
sentence in tests/test_appointments.py)."""

_GIVES_WAY = {"body_lists": {"post_columns"}, "listed_appointments": {"contact_blocks"},
              "labelled_posts": {"contact_blocks"}}
"""Rules that give way to particular others where both read the same characters: a body list
("Ashford BC\tCllr Peter Feacey") is a table row whose column header names the post; a
signature (a name over a post line) inside a contact block is the block's first post line only,
not the post wrapped under it, and its label ("Relevant Director: David Whittle" over "Director
of Strategy, ...") says why the person is named, the post under the name is the one held."""

_WEAK_RULES = {"posts_before_names", "posts_over_names"}
"""Rules that read a bare run of capitalised words as post + name: they give way wherever another
rule has read the same characters ("Corporate and Traded Services\\nJohn Betts, Interim ...")."""

_ARRIVALS = {"elected", "re-elected", "appointed", "co-opted", "nominated"}
_DEPARTURES = {"resigned", "left"}
_WITH_EFFECT = re.compile(
    r"(?i)\b(?:with\s+(?:immediate\s+)?effect\s+from|from|as\s+of|effective"
    r"|(?:starts?|starting|commenc(?:es?|ing)|begins?|beginning|takes?\s+up\s+(?:the|her|his|their)"
    r"\s+(?:post|role|position|duties|appointment))(?:\s+(?:on|from))?)\s+$")
"""What puts a start date after the appointment: "with effect from 1 May", "and will start on 1
June 2015", "commencing 1 April" (the date of a departure the same way)."""
_EFFECT_WINDOW = 120
"""Characters after the evidence searched for "with effect from DATE": the rest of a sentence."""


def _effect_date(text: str, end: int, anchor: dt.date | None) -> dt.date | None:
    """'resigned as Clerk with effect from 31 March' -> 31 March (the year from the paper)."""
    window = text[end:end + _EFFECT_WINDOW].split(". ")[0]
    for span in find_date_spans(window, anchor):
        if _WITH_EFFECT.search(window[:span.start]):
            return span.first
    return None


_COMMENCES = re.compile(
    rf"{_PERSON}[ \t]+(?:will[ \t]+)?(?:commences?|starts?|begins?|takes?[ \t]+up)[ \t]+"
    r"(?:(?:employment|work|duties|(?:(?:the|her|his|their)[ \t]+)?(?:post|role|position|"
    r"appointment))[ \t]+)?(?:on|from)[ \t]+(?P<rest>[^\n.;]{3,40})")
"""A start the minutes give in a sentence of its own, after the appointment: "Mrs Villa commences
employment on 1st December", "X takes up the post from 1 August"."""


def _commencements(text: str, anchor: dt.date | None) -> list[tuple[str, dt.date]]:
    """(surname, start date) for each "X commences employment on DATE" of the paper."""
    out = []
    for m in _COMMENCES.finditer(text):
        person, _hon = clean_person(m.group("hon") + m.group("name"))
        spans = list(find_date_spans(m.group("rest"), anchor))
        if person and spans and spans[0].start == 0:
            out.append((person.split()[-1].casefold(), spans[0].first))
    return out


def _dated(c: Candidate, text: str, anchor: dt.date | None, minutes: bool,
           starts: list[tuple[str, dt.date]] = ()) -> Candidate:
    """Start and end dates the paper gives or implies: "with effect from" a date, else the
    meeting's date for an election or appointment the minutes record as done."""
    if c.event in _ARRIVALS and c.start_date is None:
        date = _effect_date(text, c.end, anchor)
        surname = c.person.split()[-1].casefold() if c.person else ""
        later = [d for name, d in starts if name == surname]
        if date is None and later and c.event == "appointed":
            return replace(c, start_date=later[0])  # "... commences employment on 1st December"
        if date is None and minutes and c.at_meeting and not c.future:
            date = anchor
        return replace(c, start_date=date)
    if c.event in _DEPARTURES:
        # the day the departure takes effect is the event's date, and the membership's end
        day = _effect_date(text, c.end, anchor)
        return replace(c, end_date=day, start_date=day)
    return c


_TRAILING_CONNECTOR = re.compile(r"(?:\s+(?:and|&|of|for|the))+$")
"""A connector ending a post read up to a line break ("Leader of KCC and\nVince Maple, ..."):
the next item's, not the post's."""


_FIGURE_CELL = re.compile(r"(?:\t|[ ]{3,})[ \t]*[£$]?\(?-?\d[\d,]*(?:\.\d+)?\)?(?=[ \t]|$)")
"""A cell of figures after the post on its line ("Job Finder - Advertising Town Clerk\t300\t
Recruitment Exp"): the line is a row of a schedule of payments or costs, whose text says what was
bought or whom it was paid to, not who holds a post."""


def _in_figures_row(text: str, c: Candidate) -> bool:
    """A candidate without an honorific read from a table row that carries figures after it."""
    if c.honorific or c.prose:
        return False
    end = text.find("\n", c.end)
    return bool(_FIGURE_CELL.match(text, c.end, len(text) if end < 0 else end))


def _valid_membership(person: str, role: str) -> bool:
    """A post that holds its holder's surname ("Clerk, Tom Brindley" from "the clerk, Tom
    Brindley") is a misread: the name was taken into the post."""
    surname = person.split()[-1].casefold()
    return surname not in {w.strip(".,;:()").casefold() for w in role.split()}


@extractor("appointments", requires=("document",), assigns=("appointments", "posts"),
           empty=lambda: ([], []))
def extract(doc: Document, ctx: Context) -> tuple[list[Appointment], list[Post]]:
    text = doc.text
    found: dict[str, list[Candidate]] = {name: list(rule(text)) for name, rule in RULES}
    strong = Claims((c.start, c.end) for name, cs in found.items() if name not in _WEAK_RULES
                    for c in cs)
    over = {name: Claims((c.start, c.end) for other in others for c in found.get(other, []))
            for name, others in _GIVES_WAY.items()}
    cands = [c for name, cs in found.items() for c in cs
             if (name not in _WEAK_RULES or strong.free(c.start, c.end))
             and (name not in over or over[name].free(c.start, c.end))]
    posts: list[Post] = []
    for row in post_tables(text):
        if row.person:
            cands.append(row)
        else:
            posts.append(Post(role=row.role, status=row.status,
                              provenance=doc.provenance(row.start, row.end)))
    cands = [c for c in _confirm_names(cands, text, ctx) if not _in_figures_row(text, c)]
    cands.sort(key=lambda c: c.start)  # stable: rules yield a person's posts in text order
    info = ctx.document
    anchor = ctx.anchor
    minutes = bool(info and info.kind == "minutes")
    if not (info and info.date and len(info.date) == len("YYYY-MM-DD")):
        minutes = False  # no meeting day to date "was elected" by

    starts = _commencements(text, anchor)
    kept: list[Candidate] = []
    for c in cands:
        person, hon = clean_person(c.person)
        role = _expand_acronym(_TRAILING_CONNECTOR.sub("", _collapse(c.role).strip(" ,.-–")), text)
        if not _valid_membership(person, role):
            continue
        c = _dated(replace(c, person=person, role=role, honorific=c.honorific or hon), text,
                   anchor, minutes, starts)
        same = next((k for k in kept if _same_statement(k, c) and not _event_apart(k, c)), None)
        if same is not None:
            # The same appointment found again (another rule, a running footer): keep the first,
            # but take facts the later evidence adds.
            i = kept.index(same)
            if same.event in _CANDIDACIES and c.event in _ARRIVALS - _CANDIDACIES:
                same = replace(same, event=c.event, start_date=c.start_date,
                               at_meeting=c.at_meeting)  # nominated, then elected
            kept[i] = replace(same, status=same.status or c.status, event=same.event or c.event,
                              start_date=same.start_date or c.start_date,
                              end_date=same.end_date or c.end_date,
                              future=same.future if same.event else c.future,
                              at_meeting=same.at_meeting or c.at_meeting,
                              organisation=same.organisation or c.organisation)
            continue
        kept.append(c)
    people = [
        Appointment(person=c.person, role=c.role, post=c.post or canonical_post(c.role),
                    organisation=c.organisation, status=c.status, start_date=c.start_date,
                    end_date=c.end_date, event=c.event, future=c.future,  # type: ignore[arg-type]
                    provenance=doc.provenance(c.start, c.end))
        for c in kept
    ]
    for start, end, role, status in unfilled_posts(text):
        if not any(c.start < end and start < c.end for c in kept):
            posts.append(Post(role=role, status=status, provenance=doc.provenance(start, end)))
    return people, posts
