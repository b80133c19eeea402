"""Dates: calendar expressions in the prose of a paper, each as an inclusive interval.

Covered so far: a day with month and year ("19th October 2020", "Tuesday 6th March 2018",
"March 19, 2024"), a day and month whose year comes from the document's date ("19th October"),
a month with a year ("September 2020") and UK financial years in prose ("2020/21", "2021-22").

Conventions (shared with samples/gold/README.md): a UK financial year 2020/21 runs
2020-04-01..2021-03-31; a yearless date takes the year of the document's own date (never today's)
and is marked `inferred`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.models import DateMention, Document

from .base import Context

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 19th October 2020 / Tuesday, 6 March 2018 / 19 October (year from the document)
    ("day", re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.I)),
    # March 19, 2024
    ("day", re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    # September 2020
    ("month", re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)),
    # 2020/21, 2021-22, 2013/2014 (financial years)
    ("financial_year",
     re.compile(r"(?<![\d/.-])(?P<fy>(?:19|20)\d\d)[/\-–](?P<fy2>\d\d(?:\d\d)?)(?![\d/]|\.\d)")),
]


@dataclass(frozen=True)
class DateSpan:
    """A date expression found in a string: where it is and the interval it means."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    grain: str
    inferred: bool


def financial_year(start_year: int) -> tuple[dt.date, dt.date]:
    return dt.date(start_year, 4, 1), dt.date(start_year + 1, 3, 31)


def _fy_span(m: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    y1 = int(m.group("fy"))
    tail = m.group("fy2")
    y2 = int(tail) if len(tail) == 4 else (y1 // 100) * 100 + int(tail)
    if len(tail) == 2 and y2 < y1:  # 1999/00
        y2 += 100
    if y2 != y1 + 1:
        return None
    return financial_year(y1)


def find_date_spans(text: str, anchor: dt.date | None = None) -> Iterator[DateSpan]:
    """Every date expression in `text`, longest first where they overlap, in text order."""
    taken: list[tuple[int, int]] = []
    found: list[DateSpan] = []
    for grain, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            span = _interpret(grain, m, anchor)
            if span is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(span)
    yield from sorted(found, key=lambda s: s.start)


def _interpret(grain: str, m: re.Match[str], anchor: dt.date | None) -> DateSpan | None:
    if grain == "financial_year":
        fy = _fy_span(m)
        if fy is None:
            return None
        return DateSpan(m.start(), m.end(), fy[0], fy[1], grain, False)
    month = MONTHS[m.group("month").lower().rstrip(".")]
    year_text = m.group("year")
    inferred = year_text is None
    if inferred:
        if anchor is None:
            return None
        year = anchor.year
    else:
        year = int(year_text)
    if grain == "month":
        last = calendar.monthrange(year, month)[1]
        return DateSpan(m.start(), m.end(), dt.date(year, month, 1), dt.date(year, month, last),
                        "month", False)
    try:
        day = dt.date(year, month, int(m.group("day")))
    except ValueError:
        return None
    return DateSpan(m.start(), m.end(), day, day, "day", inferred)


def extract(doc: Document, ctx: Context) -> list[DateMention]:
    return [
        DateMention(
            text=doc.text[s.start:s.end],
            start=s.first,
            end=s.last,
            grain=s.grain,  # type: ignore[arg-type]
            inferred=s.inferred,
            provenance=doc.provenance(s.start, s.end),
        )
        for s in find_date_spans(doc.text, ctx.anchor)
    ]
