"""The words every extractor, the diff and eval share: honorifics, posts, statuses, months,
seasons, financial years and currencies. One place each, so the rules cannot drift apart
(the appointments regexes and the spaCy rule layer agree on what a post is; the tables and the
prose agree on what "$" means in a Canadian paper).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

# ---------------------------------------------------------------------------------------------
# People and posts

HONORIFICS = ("Cllr", "Cllrs", "Councillor", "Councillors", "Mr", "Mrs", "Ms", "Miss", "Dr",
              "Sir", "Dame", "Prof")
"""Titles written before a name and removed from `Appointment.person` (with or without a dot)."""

HONORIFIC = r"(?:Cllrs?|Councillors?|Mrs|Mr|Ms|Miss|Dr|Sir|Dame|Prof)\.?"
"""One honorific as a regular expression (no groups), for patterns built on it."""

_HONORIFIC_WORDS = {h.casefold() for h in HONORIFICS}
_LEADING_HONORIFICS = re.compile(rf"^(?:{HONORIFIC}\s+)+", re.I)


def is_honorific(word: str) -> bool:
    """"Cllr", "cllr.", "Dr": a title, not part of the name."""
    return word.rstrip(".").casefold() in _HONORIFIC_WORDS


def strip_honorifics(name: str) -> str:
    """"Cllr Mrs Jane Smith" -> "Jane Smith"."""
    return _LEADING_HONORIFICS.sub("", name.strip())


POST_HEADS = (
    "Chair", "Chairman", "Chairwoman", "Chairperson", "Vice-Chair", "Vice-Chairman", "Clerk",
    "Mayor", "Treasurer", "Secretary", "Director", "Manager", "Officer", "Head", "Executive",
    "Commissioner", "Councillor", "Member", "Lead", "Leader", "Superintendent", "Administrator",
    "Intern", "Assistant", "Auditor", "Handyman", "Worker", "Chief", "Controller", "Coordinator",
    "Co-ordinator", "Adviser", "Advisor", "Representative", "Solicitor", "Surveyor", "Engineer",
    "Inspector", "Accountant", "Analyst", "Consultant", "President", "Governor", "Warden",
    "Caretaker", "Lengthsman", "Partner", "Principal", "Deputy", "Services", "Steward", "Editor",
    "Planner", "Librarian", "Attendant", "Supervisor", "Specialist", "Practitioner",
    "Minister", "Counsel", "Headteacher", "Champion", "Trustee", "MP", "Holder", "Organiser",
    "Organizer",
    "Vicar", "Rector", "PCSO", "Sergeant", "Alderman", "Alderperson", "Councilmember",
    "Councilman", "Councilwoman", "Chancellor", "Lieutenant", "Convenor", "Convener",
    "Registrar", "Bursar", "Examiner", "Ranger", "Ombudsman", "Sheriff", "Moderator",
    "Curator", "Archivist", "Attorney", "Commander", "Commandant",
    "RFO", "CEO", "CFO",
)
"""Head words of a post: a phrase naming a post contains one of them ("Head of Finance",
"Operations Superintendent", "Cabinet Member for ..."), clergy and police officers named in
parish minutes ("Vicar", "PCSO", "Sergeant") and the posts of American councils and boards
("Alderman", "Councilmember", "Chancellor", "City Attorney"), and military posts of partnership
boards' reports ("Commander", "Commandant"), and the posts parish and company papers write by
their initials alone ("Jane Doe (RFO)", "CEO"). "Services" is here because attendance
lists give a department as the post ("Colin Millar (Democratic Services)")."""

POST_MODIFIERS = (
    "Assistant", "Deputy", "Principal", "Senior", "Head", "Chief", "Executive", "Interim",
    "Acting", "Associate", "Lead", "Strategic", "Service", "Programme", "Project", "Corporate",
    "Finance", "Legal", "Operations", "Team", "Group", "Cabinet", "Independent", "Parish", "Town",
    "District", "County", "Borough", "Locum", "Vice", "General", "Managing", "Democratic",
    "Responsible", "Honorary", "Municipal", "Office", "Fire", "Social", "Returning",
    "Monitoring", "Proper", "Electoral", "Policy", "Planning", "Administrative", "Technical",
    "Area", "Community", "Regional", "City",
)
"""Words that open a post title before its head ("Assistant Director", "Cabinet Member", and the
City of an American council's officers: "City Manager", "City Clerk")."""

STATUSES = ("permanent", "interim", "acting", "agency")
"""How a post is held, when the paper says so ("interim Director of Finance")."""

# ---------------------------------------------------------------------------------------------
# Calendar words

FULL_MONTHS = tuple(name for name in calendar.month_name if name)
ABBR_MONTHS = tuple(name for name in calendar.month_abbr if name) + ("Sept",)
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
"""Month name or abbreviation (lower case) -> month number."""

WEEKDAYS = tuple(name for name in calendar.day_name)

SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
"""Meteorological seasons: first and last month (winter runs into the next year)."""

# ---------------------------------------------------------------------------------------------
# Financial years (UK: 1 April to 31 March)


def financial_year(start_year: int) -> tuple[dt.date, dt.date]:
    return dt.date(start_year, 4, 1), dt.date(start_year + 1, 3, 31)


def financial_year_of(day: dt.date) -> int:
    """The first calendar year of the UK financial year holding `day`."""
    return day.year if day.month >= 4 else day.year - 1


def financial_year_start(first: str, second: str) -> int | None:
    """The start year of "2020/21", "2013/2014", "1999/00"; None unless the years are consecutive
    ("2024/2039" is a span of years, "2019/18" nothing)."""
    y1 = int(first)
    y2 = int(second) if len(second) == 4 else (y1 // 100) * 100 + int(second)
    if len(second) == 2 and y2 < y1:  # 1999/00
        y2 += 100
    return y1 if y2 == y1 + 1 else None


# ---------------------------------------------------------------------------------------------
# Areas

COUNTIES = (
    "Bedfordshire", "Berkshire", "Buckinghamshire", "Cambridgeshire", "Cheshire", "Cornwall",
    "Cumbria", "Derbyshire", "Devon", "Dorset", "Durham", "East Sussex", "Essex",
    "Gloucestershire", "Hampshire", "Herefordshire", "Hertfordshire", "Kent", "Lancashire",
    "Leicestershire", "Lincolnshire", "Norfolk", "North Yorkshire", "Northamptonshire",
    "Northumberland", "Nottinghamshire", "Oxfordshire", "Shropshire", "Somerset",
    "Staffordshire", "Suffolk", "Surrey", "Warwickshire", "West Sussex", "Wiltshire",
    "Worcestershire", "Powys", "Pembrokeshire", "Carmarthenshire", "Ceredigion", "Monmouthshire",
)
"""The counties of England and Wales that have (or had) a county council: a paper that calls its
author only "the County Council" and keeps naming one of them ("Securing Kent's Future") is
that county's."""

AREA_KINDS = ("ward", "wards", "division")
"""Words that say what kind of area a name is: a table of ward budgets prints "Trinity Ward" on
one line and "Trinity" on the next, and means one ward."""


# Currencies

BULLETS = "•●▪◦■\uf0b7\uf0a7➢"
"""List bullets as papers print them: the round and square ones, and the Symbol-font bullets
(U+F0B7, U+F0A7) Word's lists leave in a PDF's text ("It was RESOLVED that following payments be
authorised: / \uf0b7 The clerk for expenses incurred: £128.94", Hertingfordbury minutes)."""

CURRENCY_SIGNS = {"£": "GBP", "€": "EUR", "US$": "USD", "C$": "CAD", "CA$": "CAD"}
"""Signs that name their currency; a bare "$" depends on the paper (`dollar_currency`)."""

_CANADIAN = re.compile(
    r"\b(?:Canada|Canadian|Ontario|Quebec|Québec|British\s+Columbia|Alberta|Manitoba|Saskatchewan|"
    r"Nova\s+Scotia|New\s+Brunswick|Newfoundland|Prince\s+Edward\s+Island|Yukon|Nunavut|"
    r"Northwest\s+Territories)\b|\bR?\.?S\.O\.\s+(?:19|20)\d\d")


def dollar_currency(text: str) -> str:
    """What a bare "$" means in this paper: CAD for a Canadian paper, otherwise USD."""
    return "CAD" if _CANADIAN.search(text) else "USD"


def currency_of_sign(sign: str, dollar: str) -> str:
    """The currency a sign stands for ("£" -> GBP; "$" -> the paper's dollar)."""
    return CURRENCY_SIGNS.get(sign, dollar)


def currency_in(text: str, dollar: str) -> str | None:
    """The currency a piece of text (a table's unit line and cells) is written in, or None."""
    for sign in ("£", "€"):
        if sign in text:
            return CURRENCY_SIGNS[sign]
    for sign in ("CA$", "C$", "US$"):
        if sign in text:
            return CURRENCY_SIGNS[sign]
    return dollar if "$" in text else None


# Blocks of a council's statement of accounts

ACCOUNT_BLOCK = re.compile(
    r"^(?:receipts|payments|cheques?\s+(?:issued|paid|drawn)|income|expenditure|direct\s+debits|"
    r"standing\s+orders|transfers|bank\s+transfers|paid\s+by\s+(?:standing\s+order|direct\s+debit|cheque|bacs)|"
    r"invoices?\s+(?:to\s+be\s+approved|for\s+approval)|payments?\s+(?:to\s+be\s+approved|for\s+approval))"
    r"(?:\s+(?:since|for|to|at|due|received)\b.*)?$", re.I)
"""What a block of a parish or town council's statement is called when its heading is printed
in the row that names the figures' columns ("Receipts since last report | Net | VAT | Gross",
"Cheques Issued | ... | Chq No"): the section of the rows below, not the name of their column."""


def is_account_block(text: str) -> bool:
    return bool(ACCOUNT_BLOCK.match(" ".join(text.split()).rstrip(":")))
