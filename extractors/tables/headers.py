"""Column headers and units: what each column measures, for which period, at what scale."""

from __future__ import annotations

import re

from pipeline.models import Measure, Period, TableColumn

from ..vocabulary import financial_year, financial_year_start

_FY = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?[/\-–]\s?(\d{2}|\d{4})(?![\d/])")
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")
_MEASURES: list[tuple[Measure, re.Pattern[str]]] = [
    ("variance", re.compile(r"\b(variation|variance|difference|over\s*/\s*under|under\s*/\s*over|"
                            r"overspend|underspend)", re.I)),
    ("projected", re.compile(r"\b(projected|projection|forecast)", re.I)),
    ("actual", re.compile(r"\b(actual|spent|spend to date|outturn|paid)", re.I)),
    ("budget", re.compile(r"\b(budget|allocation|approved)", re.I)),
    ("planned", re.compile(r"\b(planned|plan)\b", re.I)),
    ("estimate", re.compile(r"\b(estimate|estimated)", re.I)),
]
_IDENTIFIER = re.compile(
    r"^(?:(?:row\s+)?ref(?:erence)?\.?(?:\s+no\.?)?|no\.?|number|cheque(?: no\.?)?|chq(?: no\.?)?|invoice(?: no\.?)?|"
    r"inv(?: no\.?)?|voucher(?: no\.?)?|receipt\s+no\.?|id|item|minute|#|cq|chq|cheque number)$", re.I)


_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
_YEAR_HEADER = re.compile(r"^(?:years?|for\s+use|year\s+(?:due|of\s+use|required))$", re.I)
# A header naming when, over bare years only ("Date Awarded" 2022, 2023, 2020 down a county
# partnership board's list of awards): a column of years whatever their order.
_WHEN_HEADER = re.compile(r"\b(?:date[ds]?|year|awarded|since|established)\b", re.I)
# Years that do not fall down the column are a column of years even without a header saying so
# (2024, 2025 ... 2034 down a capital forecast) once there are this many; two may be amounts.
_MIN_UNNAMED_YEARS = 3


def is_year_column(label: str, texts: list[str]) -> bool:
    """A column of years ("YEAR" 2024 ... 2034, "FOR USE" 2026, 2030 in a reserves plan): numbers,
    but when, not how much (gold README: a year printed in a column of its own is not a cell)."""
    filled = [" ".join(t.split()) for t in texts if t.strip()]
    if not filled or not all(_YEAR_CELL.match(t) for t in filled):
        return False
    rising = all(int(b) >= int(a) for a, b in zip(filled, filled[1:], strict=False))
    label = " ".join(label.split())
    return bool(_YEAR_HEADER.match(label) or _WHEN_HEADER.search(label)) or (
        rising and len(filled) >= _MIN_UNNAMED_YEARS)


def is_identifier(label: str) -> bool:
    """A column of reference numbers ("Ref", "Cheque No"): numbers, but not amounts."""
    return bool(_IDENTIFIER.match(" ".join(label.split())))


# The header of the row-label column, printed in that column under the column headers ("MTFP
# Category", "Description", "Service area"): it names what the rows are, it is not a section
# heading over them.
_STUB_HEADER = re.compile(
    r"^(?:[\w&/'-]+\s+){0,3}(?:categor(?:y|ies)|description|service(?:\s+area)?s?|directorates?|"
    r"cost\s+centres?|budget\s+lines?|budget\s+heads?|account\s+codes?)$", re.I)


def is_stub_header(text: str) -> bool:
    """The text heads the column of row labels ("MTFP Category"), not the rows below it."""
    return bool(_STUB_HEADER.match(" ".join(text.split()).rstrip(":")))


_SCALES = [
    (re.compile(r"£\s?['’]?000|£\s?1,?000['’]?s\b|£\s?k\b|\(\s?['’]?000s?\s?\)|\b000s\b|£\s?thousands?|\$\s?['’]?000|"
                r"\bthousands\b", re.I), 1000),
    (re.compile(r"£\s?['’]?m\b|£\s?millions?|\$\s?['’]?m\b|millions", re.I), 1_000_000),
]


# A header line that only says the unit ("£000s", "£'000", "(£m)", "£s"): the reader takes it as
# the table's scale, not as part of the column's name (gold README: "without the unit line").
_UNIT_LINE = re.compile(
    r"^\(?\s*(?:[£$€]\s?(?:['’]?000['’]?s?|1,?000['’]?s|k|['’]?m|bn|s|millions?|thousands?)?|['’]?000['’]?s)\s*\)?$", re.I)


def is_unit_line(text: str) -> bool:
    """The header line names only a unit ("£000s", "£'000s", "£m", "£"), no column."""
    return bool(_UNIT_LINE.match(" ".join(text.split())))


def join_header(lines: list[str]) -> str:
    """A column's header lines, top to bottom, as one label: single spaces, unit lines left out."""
    return " ".join(" ".join(t.split()) for t in lines if t.strip() and not is_unit_line(t))


def column(label: str) -> TableColumn:
    label = " ".join(label.split())
    return TableColumn(label=label, period=period_of(label), measure=measure_of(label))


def measure_of(label: str) -> Measure:
    for measure, pattern in _MEASURES:
        if pattern.search(label):
            return measure
    return "other"


def period_of(label: str) -> Period | None:
    """The last financial year (or calendar year) a header names: "Planned spend for 2020/21"."""
    fys = list(_FY.finditer(label))
    for m in reversed(fys):
        y1 = financial_year_start(m.group(1), m.group(2))
        if y1 is not None:
            start, end = financial_year(y1)
            return Period(label=m.group(0), start=start, end=end)
    years = list(_YEAR.finditer(label))
    if years and not fys:
        import datetime as dt

        y = int(years[-1].group(1))
        return Period(label=years[-1].group(0), start=dt.date(y, 1, 1), end=dt.date(y, 12, 31))
    return None


# A column whose header gives a unit that is not money: its figures are not pounds whatever the
# table's scale ("30-Sep-24 Average Rate %" and "Value Weighted Average Life yrs" beside £m
# balances in a treasury report). A "%" standing as a word is the unit; one after a figure
# ("4.99% increase") names a rate inside a money column's name; so does a name ending "Rate%".
# Only a unit written as one ("yrs", "(years)", "(months)"): "Total over 3 years" names pounds.
_NOT_MONEY_UNITS: list[tuple[str, re.Pattern[str]]] = [
    ("percent", re.compile(r"(?:^|[\s(])%(?:$|[\s)])|(?<!\d)%\s*\)?$|\bper\s?cent(?:age)?\s*\)?$", re.I)),
    ("years", re.compile(r"\byrs?\.?\s*\)?$|\(\s*(?:years|yrs)\s*\)$", re.I)),
    ("months", re.compile(r"\(\s*months\s*\)$", re.I)),
    ("days", re.compile(r"\(\s*days\s*\)$", re.I)),
]


def unit_not_money(label: str) -> str | None:
    """The unit a column's header gives when it is not money ("percent", "years"), else None."""
    for unit, pattern in _NOT_MONEY_UNITS:
        if pattern.search(" ".join(label.split())):
            return unit
    return None


def scale_of(unit_text: str) -> int:
    for pattern, scale in _SCALES:
        if pattern.search(unit_text):
            return scale
    return 1


