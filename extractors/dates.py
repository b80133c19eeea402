"""Dates: calendar expressions in the prose of a paper, each as an inclusive interval.

`find_date_spans(text, anchor)` scans a string with regular expressions (no language model: dates
are regular enough, and this keeps the scan at well over a hundred pages a second) and yields a
`DateSpan` per expression; `extract(doc, ctx)` turns them into `DateMention` records, leaving out
spans inside the document's financial tables (their header years belong to the table columns).

Forms read (where two readings overlap, the more specific one wins: `_PATTERNS` is in that order,
composite forms such as ranges before the single dates they are made of):
- weeks: "week commencing 19th October 2020", "w/c 5 July", "week ending ..." -> the Monday-Sunday
  week holding the day (grain week);
- day ranges and lists: "12th – 16th October", "1 January to 31 March 2009", "March 19, 2024 until
  June 14, 2024", "January 1 to March 15" (grain range); "23rd & 24th June" and "June 23rd & 24th
  2018" (two consecutive days joined by and/&: one range); "March 4, 14, and 16, 2024" (a list:
  one day record per item, all with the list's text);
- month ranges: "Sept-Nov", "Feb/March 2018", "April to June 2021", "October and November 2020"
  (grain range). Two months joined by and/& are one range only when they are adjacent and not
  used attributively after "the" ("the June and July issues" is two month records);
- parts of a month: early / mid / end (or late) of a month = days 1-10 / 11-20 / 21-last
  ("early December", "mid- June", "the end of August 2017", "by the end of March 2021", "the
  latter stages of September"; grain range);
- halves: "the first half of 2024/25" = April-September, "the second half of 2025" =
  July-December (grain range);
- parts of a year: "the early part of 2024", "early 2024" = January-April; "mid-2024", "the middle
  of 2024" = May-August; "late 2024", "the latter part of 2024" = September-December (grain range);
  "the end of 2024" = its last month, December (as the end of a month is its last part; the blind
  annotators read it so); "the end of the financial year" = its last day; "the end of 2020/21"
  is the financial year 2020/21 itself (as the blind annotators read it);
- ranges of years: "between 2021 and 2023", "2024 to 2039", "late 2022 to late 2023", a long
  short form "2024-39" (over ten years: a spatial plan's calendar years; "2025-28" up to ten is a
  financial plan's years); "the 2024 to 2025 financial year"; seasons "Summer / Autumn 2025";
- single days: "19th October 2020", "Tuesday, 6th March 2018", "March 19, 2024", "19th day of
  March", "19th October" / "July 17" (year from the document), numeric "22.12.17", "22/12/2017"
  (day.month.year, UK order; see below);
- "New Year" = January of the year after the document's ("New Year's Day" = 1 January of it);
- parts of a season: early / mid / late = its first / middle / last month ("late summer 2014" =
  August 2014; grain season);
- seasons, meteorological: spring = March-May, summer = June-August, autumn (or "fall" with a year
  or this/next/last) = September-November, winter Y = December Y - February Y+1. "Autumn of 2021",
  "spring 2023", "this Autumn", "the summer" (grain season);
- quarters: "Q3 2022/23" is a quarter of a UK financial year (Q1 = April-June), "Q3 2022" and "the
  third quarter of 2022" are calendar quarters; "this / next / last quarter" = the calendar quarter
  holding the document's date, the one after it, the one before it (grain quarter);
- financial years (UK, 1 April - 31 March): "2020/21", "2021-22", "2013/2014", "FY 2020/21",
  "for 16/17" (two-digit pairs only after for/in/into/during/since/until/by/from/FY);
  "this / the current / next / last financial year" from the document's date; "this years budget",
  "next year's precept" (a year qualifying budget, precept or accounts is a financial year);
- months: "September 2020", "March of 2021", "Jan 18" / "March 18" (a two-digit number after a
  month, no ordinal suffix, within one of the document's two-digit year, is a year: the UK
  magazine-issue style; otherwise it is a day, "July 17"), a bare capitalised month name
  ("in December", "the May meeting"; year from the document), "this / next / last month";
- weekends: "the previous weekend", "last / this / next weekend" -> Saturday-Sunday (grain range):
  previous/last = the last weekend ending before the document's date, this/coming = the weekend
  of the document's week, next/following = the weekend after that;
- decades: "in the 1970s", "the 1990's" -> its ten years (grain range);
- bare years: "since 2019", "in 2023", "Year of Reading 2016" (grain year); a year before 1900
  only after a word of time ("the Council had existed since 1889"; "approximately 1500 people" is
  a count).

Conventions:
- The anchor is the document's own date (never today). Every expression whose year (or whole
  reading) comes from it is marked `inferred`; without an anchor such expressions are not read.
- In a range written with one year ("1 January to 31 March 2009", "Dec-Feb 2017") the year belongs
  to the end; a start that would then fall after the end moves to the year before.
- Numeric dates are day.month.year (UK order), with "." or "/" (or "-" with a four-digit year)
  and a two-digit year read as 20YY within ten years of the anchor. With slashes or dashes they
  are month/day/year where only that order reads ("6/13/2023") or where the paper writes its
  dates month first ("June 6, 2023", the US order: `month_first`). Not read as dates: minute
  numbers ("27.21", "01.26.12", "18.01.05 Village Green": a dotted number opening a line and
  followed by a heading), longer dotted or slashed references ("05.18.25.4", planning references
  "21/01234/F"), action ids ("Jan24.02"), times, money and bare durations ("18 months").
- Relative references to a whole calendar year or week ("this year", "next year", "last week",
  "the coming year") are left out: in minutes they stand as often for the council year, the
  financial year or a loose "recently" as for a calendar interval. So are the cells of a table's
  header row the table finder missed ("...<tab>2025-26<tab>2026-27") and the government's
  fiscal events ("Autumn Budget 2022", "the Autumn 2024 Budget Statement"). Statute years ("Municipal Act,
  2001", "Regulations 2015", "R.S.O., 1990"), by-law and resolution numbers ("R2024-057",
  "By-Law No. 2023-24") and counts ("over 2000 people") are not years. A date that is a cell of
  its own on a table row's line (a payment's date column) is table text; one in a table's
  caption ("Financial Statement as at 31 Oct 2011") is prose. Christmas is a date where it stands as a time ("by Christmas 2015",
  "over Christmas": 25 December) and an event where it names one ("Christmas Carols"); Easter
  is always an event here.
- A yearless date takes the year of a heading it is listed under ("Dates for 2026: 26 March,
  ..."), else the tense of its sentence (past: the last such date by the paper's date; future:
  the next one), else a month or quarter written with another year just before it ("The third
  quarter of 2024 (July to September) saw: ... in July"), else the nearest such date to the
  paper's date (`place_yearless`);
  `DateMention.inferred_by` says which.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pipeline.models import DateMention, Document

from .base import Context, extractor
from .spans import Claims
from .vocabulary import (
    ABBR_MONTHS,
    FULL_MONTHS,
    HONORIFIC,
    MONTHS,
    SEASONS,
    financial_year,
    financial_year_of,
    financial_year_start,
)

# Month names are capitalised ("October", "Oct", "OCTOBER"), so that "may", "march" and
# "august" as ordinary words are never months; standing alone, only the full Title-case names are
# taken ("in December", not "DECEMBER" in a heading or "Dec"), and the abbreviations that are no
# name after a word of time ("again in Sept").
_TITLE_MONTH_WORD = "|".join(sorted(FULL_MONTHS, key=len, reverse=True))
_FULL_MONTH_WORD = "|".join(
    sorted([*FULL_MONTHS, *(m.upper() for m in FULL_MONTHS)], key=len, reverse=True))
_ABBR_MONTH_WORD = "|".join(
    sorted([*ABBR_MONTHS, *(m.upper() for m in ABBR_MONTHS)], key=len, reverse=True))

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def _month(name: str) -> str:
    # Only an abbreviation takes a full stop ("Sept."): "October." ends a sentence.
    return rf"(?P<{name}>(?:{_FULL_MONTH_WORD})\b|(?:{_ABBR_MONTH_WORD})\b\.?)"


def _day(name: str) -> str:
    return rf"(?<![\d.,£$/:])(?P<{name}>[0-3]?\d)(?i:st|nd|rd|th)?(?![\d:])"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d\d)(?![\d/]|[.\-–]\d)"


_WEEKDAY = (r"(?:\b(?i:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s+)?")
_OF = r"(?:\s+of)?"
# "Dated 7thMarch 2017": a text layer that drops the space after an ordinal's suffix.
_GLUED = r"(?:\s+|(?<=(?i:st|nd|rd|th))(?=[A-Z]))"
# Joiners of a range and of a list.
_TO = r"\s*(?:-|–|—|(?i:to|until|till|through|thru))\s*"
_AND = r"\s*(?:&|(?i:and))\s*"
_FY = r"(?P<fy>(?:19|20)\d\d)[ \t]?[/\-–]\u00ad?(?:[ \t]?|[ \t]*\n[ \t]*)(?P<fy2>\d\d(?:\d\d)?)(?![\d/]|[.\-]\d)"
# "2025-26 to 2034-35": a run of financial years, from the first one's start to the last one's end
_FY_A = _FY.replace("?P<fy>", "?P<a1>").replace("?P<fy2>", "?P<a2>")
_FY_B = _FY.replace("?P<fy>", "?P<b1>").replace("?P<fy2>", "?P<b2>")
_NOT_DURATION = r"(?!\s*(?i:months?|weeks?|days?|years?|hours?|minutes?|mins?|%|p\.?m\b|a\.?m\b))"


@dataclass(frozen=True)
class DateSpan:
    """A date expression found in a string: where it is and the interval it means."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    grain: str
    inferred: bool
    inferred_by: str | None = None
    """why the year is what it is, when the paper does not write it: "relative" (counted from
    the paper's date), "past" / "future" (the tense around it), "nearest" (the nearest such date
    to the paper's date)"""


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def season_span(season: str, year: int) -> tuple[dt.date, dt.date]:
    """Meteorological seasons; winter Y runs from December Y to February Y+1."""
    first, last = SEASONS[season.lower()]
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), month_span(end_year, last)[1]


def quarter_span(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """Calendar quarter `quarter` (1-4) of `year`."""
    first_month = 3 * (quarter - 1) + 1
    return dt.date(year, first_month, 1), month_span(year, first_month + 2)[1]


def financial_quarter_span(fy_start: int, quarter: int) -> tuple[dt.date, dt.date]:
    """Quarter `quarter` of the UK financial year starting 1 April `fy_start` (Q1 = April-June)."""
    first_month = 3 * (quarter - 1) + 4
    year = fy_start + (first_month - 1) // 12
    first_month = (first_month - 1) % 12 + 1
    return dt.date(year, first_month, 1), month_span(year, first_month + 2)[1]


def week_span(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday-Sunday week holding `day`."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def part_of_month(part: str, year: int, month: int) -> tuple[dt.date, dt.date]:
    """early = days 1-10, mid = 11-20, late / end = 21-last."""
    first, last = month_span(year, month)
    part = part.lower()
    if part.startswith(("early", "beginning", "start")):
        return first, dt.date(year, month, 10)
    if part.startswith("mid"):
        return dt.date(year, month, 11), dt.date(year, month, 20)
    return dt.date(year, month, 21), last


def part_of_year(part: str, year: int) -> tuple[dt.date, dt.date]:
    """early = January-April, mid / middle = May-August, late / latter / later = September-December."""
    part = part.lower()
    if part.startswith(("early", "earlier", "beginning", "start", "first")):
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part.startswith("mid"):
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    return dt.date(year, 9, 1), dt.date(year, 12, 31)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


# ---------------------------------------------------------------------------------------------
# Patterns and their readings. Each reader gets the match and the anchor and returns the
# intervals the match means (several for a list of days), or None when it is not a date after all.

Reading = tuple[dt.date, dt.date, str, "str | None"]  # first, last, grain, placed
"""`placed`: None when the paper writes the year; RELATIVE when the reading counts from the
paper's date ("next month"); YEARLESS when the paper gives no year and one is to be chosen
(`place_yearless`: by tense, else the nearest such date to the paper's date)."""
RELATIVE, YEARLESS, NEAREST = "relative", "yearless", "nearest"
"""NEAREST: yearless, placed only by nearness (a festival: "revisit in the New Year" is the coming
one though the sentence is in the past tense)."""
REPORTED = "reported"
"""A quarter written without its year whose figures a paper reports ("fell by 28,000 in Q2"):
the last such quarter to end before the paper's date."""
Reader = Callable[[re.Match[str], "dt.date | None"], "list[Reading] | None"]


def _year_or_anchor(written: str | None, anchor: dt.date | None) -> tuple[int, str | None] | None:
    if written:
        return int(written), None
    if anchor is None:
        return None
    return anchor.year, YEARLESS


def _read_week(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    month = m.group("m1") or m.group("m2")
    day = m.group("d1") or m.group("d2")
    year = _year_or_anchor(m.group("y1") or m.group("y2"), anchor)
    if year is None:
        return None
    when = _safe_date(year[0], _month_number(month), int(day))
    if when is None:
        return None
    first, last = week_span(when)
    return [(first, last, "week", year[1])]


_BETWEEN = re.compile(r"\b(?i:between)\s+\Z")


def _read_range_of_days(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """D1 [M1 [Y1]] to D2 M2 [Y2] and the US order M1 D1 [Y1] to [M2] D2 [Y2]."""
    groups = m.groupdict()
    m1, m2 = groups.get("m1"), groups.get("m2") or groups.get("m1")
    if m2 is None:
        return None
    m1 = m1 or m2
    written_end = groups.get("y2") or groups.get("y1")
    year = _year_or_anchor(written_end, anchor)
    if year is None:
        return None
    end = _safe_date(year[0], _month_number(m2), int(m.group("d2")))
    start_year = int(groups["y1"]) if groups.get("y1") else year[0]
    start = _safe_date(start_year, _month_number(m1), int(m.group("d1")))
    if start is None or end is None:
        return None
    if start > end and not groups.get("y1"):
        start = _safe_date(start.year - 1, start.month, start.day)
    if start is None or start >= end:
        return None
    joiner = m.group("join").strip().lower()
    if joiner in ("and", "&") and groups.get("m1") and groups.get("m2"):
        # "2 March and 19 April", "Saturday 1 July and Sunday 2 July 2017": two dates written
        # in full, each read on its own (only "23rd & 24th June" shares its month as one span)
        return None
    # "between 21st and 30th October 2016" (Suffolk Libraries board minutes, March 2016): the
    # days from one to the other
    between = _BETWEEN.search(m.string, max(0, m.start() - 12), m.start())
    if joiner in ("and", "&") and (end - start).days != 1 and not between:
        return [(start, start, "day", year[1]), (end, end, "day", year[1])]
    return [(start, end, "range", year[1])]


def _read_mixed_range(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """M1 D1 Y1 to D2 M2 Y2, or D1 M1 Y1 to M2 D2 Y2: both ends written in full."""
    g = m.groupdict()
    if g.get("m1"):
        ends = (g["y1"], g["m1"], g["d1"]), (g["y2"], g["m2"], g["d2"])
    else:
        ends = (g["z1"], g["n1"], g["e1"]), (g["z2"], g["n2"], g["e2"])
    start, end = (_safe_date(int(y), _month_number(mo), int(d)) for y, mo, d in ends)
    if start is None or end is None or start >= end:
        return None
    return [(start, end, "range", None)]


def _read_list_of_days(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """"March 4, 14, and 16, 2024" / "4th, 14th and 16th March": one day per item."""
    year = _year_or_anchor(m.group("y"), anchor)
    if year is None:
        return None
    month = _month_number(m.group("m"))
    days = [int(d) for d in re.findall(r"\d+", m.group("days"))]
    found = [_safe_date(year[0], month, d) for d in days]
    days_found = [d for d in found if d is not None]
    if len(days_found) < len(found) or len(found) < 2:
        return None
    if len(days_found) == 2 and (days_found[1] - days_found[0]).days == 1 \
            and "," not in m.group("days"):
        return [(days_found[0], days_found[1], "range", year[1])]  # a two-day event
    return [(d, d, "day", year[1]) for d in days_found]


def _read_range_of_months(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    m1, m2 = _month_number(m.group("m1")), _month_number(m.group("m2"))
    year = _year_or_anchor(m.group("y2"), anchor)
    if year is None:
        return None
    if m.group("y1"):
        start_year = int(m.group("y1"))
    else:
        start_year = year[0] - 1 if m1 > m2 else year[0]
    start, _ = month_span(start_year, m1)
    first2, end = month_span(year[0], m2)
    if start >= end:
        return None
    joiner = m.group("join").strip().lower()
    if joiner in ("and", "&"):
        adjacent = (first2 - start).days <= 31 and start.month != first2.month
        if not adjacent or m.group("lead") or m.group("y1"):
            # two separate months ("the June and July issues", "January 2017 and February
            # 2017", each with its own year): the single-month patterns read each one
            return None
    return [(start, end, "range", year[1])]


def _read_part_of_month(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    year = _year_or_anchor(m.group("y"), anchor)
    if year is None:
        return None
    first, last = part_of_month(m.group("part"), year[0], _month_number(m.group("m")))
    return [(first, last, "range", year[1])]


def _read_part_of_year(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    part = m.group("part").lower()
    if part not in ("early", "mid", "late") and not m.group("of"):
        return None  # "Year end 2015/16" is the financial year itself
    if m.group("fy"):
        fy = financial_year_start(m.group("fy"), m.group("fy2"))
        if fy is None:
            return None
        # "reserves at the end of 2023-24", "usable reserves at end of 2018-19": the blind
        # annotators (dev4's financial resilience assessment, dev5's section 25 statement) read
        # the financial year itself, not its last day: left to the financial-year pattern
        return None
    year = int(m.group("y"))
    if part == "end":  # "rates to fall to 4.5% by the end of 2024": December 2024
        first, last = month_span(year, 12)
        return [(first, last, "month", None)]
    first, last = part_of_year(part, year)
    return [(first, last, "range", None)]


def _read_half_year(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """First half = January-June (of a financial year, April-September); second = the rest."""
    second = m.group("half").lower() in ("second", "2nd", "latter")
    if m.group("fy"):
        fy = financial_year_start(m.group("fy"), m.group("fy2"))
        if fy is None:
            return None
        first_month, year = (10, fy) if second else (4, fy)
    else:
        first_month, year = (7 if second else 1), int(m.group("y"))
    last_index = year * 12 + first_month - 1 + 5
    start = dt.date(year, first_month, 1)
    end = month_span(last_index // 12, last_index % 12 + 1)[1]
    return [(start, end, "range", None)]


def _read_end_of_financial_year(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    if anchor is None:
        return None
    fy = financial_year_of(anchor) + _relative_step(m.group("rel"))
    end = financial_year(fy)[1]
    return [(end, end, "day", RELATIVE)]


def _read_day(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    year = _year_or_anchor(m.group("y"), anchor)
    if year is None:
        return None
    day = _safe_date(year[0], _month_number(m.group("m")), int(m.group("d")))
    if day is None:
        return None
    return [(day, day, "day", year[1])]


def _read_us_day_or_issue(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """"July 17" (a day of the document's year) or "Jan 18" (January 2018, an issue's month)."""
    if anchor is None:
        return None
    month = _month_number(m.group("m"))
    number = int(m.group("d"))
    two_digit = len(m.group("d")) == 2 and not m.group("suffix")
    if m.group("apos") or (two_digit and abs(number - anchor.year % 100) <= 1):
        year = anchor.year // 100 * 100 + number
        first, last = month_span(year, month)
        return [(first, last, "month", None)]
    if m.group("apos"):
        return None
    if "\n" in m.group(0) and re.match(r"[.)\t]", m.string[m.end():]):
        return None  # "... on 3rd Sept." / "3.<tab>PLANNING": a numbered item, not a day
    day = _safe_date(anchor.year, month, number)
    if day is None:
        return None
    return [(day, day, "day", YEARLESS)]


def _line_start(text: str, pos: int) -> bool:
    return text[text.rfind("\n", 0, pos) + 1:pos].strip(" \t•-–*") == ""


def _read_numeric(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    text = m.string
    # A dotted number opening a line and followed by a heading is a minute number ("18.01.05
    # Village Green Guidelines"), whatever date it could also spell.
    year_text = m.group("y")
    if (len(year_text) == 2 and _line_start(text, m.start())
            and re.match(r"[ \t]*(?:\t|[A-Z(])", text[m.end():])):
        return None
    if len(year_text) == 2:
        if anchor is None or m.group("sep") == "-":
            return None
        # "on 10/3/22", "Monday 10/3/22": a word that puts a day after it
        cue = re.search(r"(?i:\b(?:on|dated?|of|by|until|from|before|after|deadline|was|is|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?))\s*$",
                        text[max(0, m.start() - 12):m.start()])
        if not cue and (len(m.group("d")) < 2 or len(m.group("m")) < 2):
            return None  # "see 1.2.10" is a paragraph number
        year = anchor.year // 100 * 100 + int(year_text)
        if abs(year - anchor.year) > 10:
            return None
    else:
        year = int(year_text)
        if not 1900 <= year <= 2099:
            return None
    first, second = int(m.group("d")), int(m.group("m"))
    if m.group("sep") != "." and (second > 12 >= first or (
            first <= 12 and second <= 12 and month_first(text))):
        # "6/13/2023", or "7/11/2023" in a paper that writes "June 6, 2023" (the US order,
        # written with slashes; dotted numbers are day.month.year or a minute number)
        first, second = second, first
    day = _safe_date(year, second, first)
    if day is None:
        return None
    return [(day, day, "day", None)]


_MONTH_FIRST_DATE = re.compile(rf"\b(?:{_FULL_MONTH_WORD}|{_ABBR_MONTH_WORD})\.?\s+[0-3]?\d"
                               rf"(?:st|nd|rd|th)?,\s*(?:19|20)\d\d\b")
_DAY_FIRST_DATE = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_FULL_MONTH_WORD}|"
                             rf"{_ABBR_MONTH_WORD})\.?,?\s+(?:19|20)\d\d\b")


@functools.lru_cache(maxsize=8)
def month_first(text: str) -> bool:
    """Whether the paper writes its dates month first ("June 6, 2023", the US order) more often
    than day first ("6 June 2023"): its numeric dates ("7/11/2023") are then month/day/year.
    (A str caches its hash, so asking again for the same paper costs nothing.)"""
    return len(_MONTH_FIRST_DATE.findall(text)) > len(_DAY_FIRST_DATE.findall(text))


def _read_new_year(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    if anchor is None:
        return None
    what = (m.group("what") or "").lower()
    if what.endswith("eve"):
        day = dt.date(anchor.year, 12, 31)
        return [(day, day, "day", NEAREST)]
    if what.endswith("day"):
        day = dt.date(anchor.year + 1, 1, 1)
        return [(day, day, "day", NEAREST)]
    first, last = month_span(anchor.year + 1, 1)
    return [(first, last, "month", NEAREST)]


def _read_new_year_lower(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """"a liaison meeting is due to be held in the new year" (minutes of December 2010):
    January of the year after the paper's, as "the New Year"."""
    if anchor is None:
        return None
    first, last = month_span(anchor.year + 1, 1)
    return [(first, last, "month", NEAREST)]


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _read_relative_weekday(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """"At a meeting last Tuesday" (minutes of Wednesday 8 December 2010): the last such day
    before the paper's date; "next Friday" the first after it; "this (coming) Monday" the one
    on or after it."""
    if anchor is None:
        return None
    wanted = _WEEKDAYS.index(m.group("wd").lower())
    rel = " ".join(m.group("rel").lower().split())
    if rel == "last":
        back = (anchor.weekday() - wanted) % 7 or 7
        day = anchor - dt.timedelta(days=back)
    else:
        ahead = (wanted - anchor.weekday()) % 7
        if rel == "next" and ahead == 0:
            ahead = 7
        day = anchor + dt.timedelta(days=ahead)
    return [(day, day, "day", RELATIVE)]


_RELATIVE_STEP = {"this": 0, "current": 0, "the current": 0, "present": 0, "next": 1,
                  "coming": 1, "forthcoming": 1, "following": 1, "last": -1, "previous": -1,
                  "past": -1, "preceding": -1}


# The weekend of the document's (Monday-Sunday) week is "this" and "coming" weekend.
_WEEKEND_STEP = {"this": 0, "coming": 0, "next": 1, "following": 1, "last": -1, "previous": -1,
                 "past": -1}


def _relative_step(word: str | None) -> int:
    if not word:
        return 0
    return _RELATIVE_STEP[" ".join(word.lower().split()).removeprefix("the ")]


_SEASON_IN_PLACE = re.compile(r"[ \t]+in[ \t]+[A-Z][a-z]")
_SEASON_NAMED = re.compile(
    r"[ \t]+(?!(?:Term|Holidays?|Half|Break|Recess|Season|Quarter|Months?)\b)[A-Z][a-z]")


# "the Autumn 2024 Budget Statement", "Autumn Budget 2022", "Spending Review 2021": a
# government fiscal event named by its season or year, not a time (as "Regulations 2015" is a
# statute's name).
_FISCAL_EVENT_AFTER = re.compile(r"\s+(?:Budget|Statement|Spending\s+Review)\b")
_FISCAL_EVENT_BEFORE = re.compile(r"\b(?:Budget|Statement|Spending\s+(?:Review|Round))\s+$")


def _read_season(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    season = m.group("season").lower()
    if m.group("season")[0].isupper() and _FISCAL_EVENT_AFTER.match(m.string, m.end()):
        return None
    if m.group("y"):
        first, last = season_span(season, int(m.group("y")))
        return [(first, last, "season", None)]
    if m.group("wy"):  # winter 2024/25
        fy = financial_year_start(m.group("wy"), m.group("wy2"))
        if fy is None or season != "winter":
            return None
        first, last = season_span(season, fy)
        return [(first, last, "season", None)]
    if anchor is None:
        return None
    if (_SEASON_NAMED.match(m.string, m.end()) or _SEASON_IN_PLACE.match(m.string, m.end())) \
            and m.group("season")[0].isupper() and not m.group("rel"):
        return None  # "the Spring Clean", "Summer Fete", "Summer in Sutton": an event's name
    if season == "fall" and not m.group("rel"):
        return None  # "fall" alone is the verb or noun far more often than the season
    step = _relative_step(m.group("rel"))
    year = anchor.year - 1 if season == "winter" and anchor.month <= 2 else anchor.year
    if step == 0:
        first, last = season_span(season, year)
        return [(first, last, "season", RELATIVE if m.group("rel") else YEARLESS)]
    candidates = [season_span(season, y) for y in range(anchor.year - 2, anchor.year + 3)]
    if step > 0:
        first, last = next(c for c in candidates if c[0] > anchor)
    else:
        first, last = [c for c in candidates if c[1] < anchor][-1]
    return [(first, last, "season", RELATIVE)]


def _read_part_of_season(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """early / mid / late of a season = its first / middle / last month ("late summer 2014" =
    August 2014), as early / mid / late of a month are its first, middle and last ten days."""
    year = _year_or_anchor(m.group("y"), anchor)
    if year is None:
        return None
    first, _ = season_span(m.group("season").lower(), year[0])
    step = {"early": 0, "mid": 1, "late": 2}[m.group("part").lower()]
    index = first.year * 12 + first.month - 1 + step
    start, end = month_span(index // 12, index % 12 + 1)
    return [(start, end, "season", year[1])]


def _read_quarter(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    q = m.group("q") or m.group("qw")
    quarter = int(q) if q.isdigit() else ORDINAL_WORDS[q.lower()]
    if m.group("fy"):
        fy = financial_year_start(m.group("fy"), m.group("fy2"))
        if fy is None:
            return None
        first, last = financial_quarter_span(fy, quarter)
    else:
        first, last = quarter_span(int(m.group("y")), quarter)
    return [(first, last, "quarter", None)]


# A sentence's bounds: a full stop, a blank line, a semicolon.
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n[ \t]*\n")
_FY_WRITTEN = re.compile(_FY)


def _read_bare_quarter(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """A quarter with no year of its own is of the financial year its sentence writes
    ("The latest budget monitoring for 2024-25 as at the end of Quarter 3": October-December
    2024). Without one, "Q2" (an economic commentary's quarter: "the number of workforce jobs
    fell by 28,000 in Q2") is a calendar quarter placed as a yearless month is; "Quarter 3"
    alone (a quarter of which year's accounts?) is not read."""
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    if text.count("\t", line_start, line_end if line_end >= 0 else len(text)) >= 2:
        return None  # "Office Space Rental VAT<tab>10,792<tab>Q4 Refund Outstanding": a table's row
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - SENTENCE_REACH), m.start())]
    lo = ends[-1] if ends else max(0, m.start() - SENTENCE_REACH)
    after = _SENTENCE_END.search(text, m.end(), m.end() + SENTENCE_REACH)
    hi = after.start() if after else min(len(text), m.end() + SENTENCE_REACH)
    quarter = int(m.group("q") or m.group("qn"))
    years = [y for f in _FY_WRITTEN.finditer(text, lo, hi)
             if (y := financial_year_start(f.group("fy"), f.group("fy2"))) is not None]
    if len(set(years)) == 1:
        first, last = financial_quarter_span(years[0], quarter)
        return [(first, last, "quarter", None)]
    if m.group("q") and not years and anchor is not None:
        # figures are published for a quarter once it is over: the last such quarter to end
        # before the paper's date (a March 2025 report's "Q2" is April-June 2024)
        first, last = quarter_span(anchor.year, quarter)
        if last > anchor:  # (a report on the period to 30 September 2024 reports its Q3)
            first, last = quarter_span(anchor.year - 1, quarter)
        return [(first, last, "quarter", REPORTED)]
    return None


SENTENCE_REACH = 300
"""Characters either side of a bare quarter within which its sentence is read for the financial
year it belongs to (a long sentence of a report)."""


def _read_relative_quarter(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    if anchor is None:
        return None
    index = anchor.year * 4 + (anchor.month - 1) // 3 + _relative_step(m.group("rel"))
    first, last = quarter_span(index // 4, index % 4 + 1)
    return [(first, last, "quarter", RELATIVE)]


# "By-Law No. 2023-24", "Resolution #2024-25", "Ref: 2024/25": a number filed under a year, not
# the year itself.
_REFERENCE_BEFORE = re.compile(r"(?:#|\b(?i:no\.?|number|ref\.?|resolution|by-?law|minute|item)s?)"
                               r"[ \t]*:?[ \t]*$")


def _read_financial_year(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    if _REFERENCE_BEFORE.search(m.string, max(0, m.start() - 25), m.start()):
        return None
    fy = financial_year_start(m.group("fy"), m.group("fy2"))
    if fy is None:
        return None
    first, last = financial_year(fy)
    return [(first, last, "financial_year", None)]


def _read_run_of_financial_years(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    first_fy = financial_year_start(m.group("a1"), m.group("a2"))
    last_fy = financial_year_start(m.group("b1"), m.group("b2"))
    if first_fy is None or last_fy is None or not first_fy < last_fy <= first_fy + MAX_YEAR_SPAN:
        return None
    return [(financial_year(first_fy)[0], financial_year(last_fy)[1], "range", None)]


MAX_YEAR_SPAN = 50
"""The longest run of years read as one span ("2024-2039" local plan): longer than any plan
period, shorter than the gap between two unrelated years."""
MAX_PLAN_YEARS = 10
"""The longest "2025-28" read as a plan's financial years (a ten-year capital programme,
"2024-34"); "2023-47" is a reference number."""


def _read_span_of_years(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """"2022-2027" (calendar years) and "2025-28" (UK plans: the financial years 2025-26 to
    2027-28); two consecutive years are a financial year, read by its own pattern."""
    y1, tail = int(m.group("y1")), m.group("y2")
    before = m.string[max(0, m.start() - 25):m.start()]
    if _COUNT_BEFORE.search(before) or _REFERENCE_BEFORE.search(before):
        return None  # "By-Law Number 2023-47", "Resolution #2024-52"
    if len(tail) == 2:
        y2 = y1 // 100 * 100 + int(tail)
        if y2 < y1:  # 1995-02
            y2 += 100
        if y1 + MAX_PLAN_YEARS < y2 <= y1 + MAX_YEAR_SPAN:
            # "the Kent Minerals and Waste Local Plan 2024-39", "the Plan period 2013-30": a
            # span longer than any financial plan is a spatial plan's calendar years
            return [(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range", None)]
        if not y1 + 1 < y2 <= y1 + MAX_PLAN_YEARS:
            return None
        return [(financial_year(y1)[0], financial_year(y2 - 1)[1], "range", None)]
    y2 = int(tail)
    if not y1 + 1 < y2 <= y1 + MAX_YEAR_SPAN:
        return None
    return [(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range", None)]


def _read_range_of_years(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """"between 2021 and 2023", "2024 to 2039", "late 2022 to late 2023": from the first year's
    start (or its part's) to the second's end. "and" joins a range only after "between"
    ("in 2021 and 2023" is two years)."""
    if m.group("join").strip().lower() == "and" and not m.group("between"):
        return None
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if m.group("fyword"):  # "the 2024 to 2025 financial year" (the government's style)
        if y2 != y1 + 1 or m.group("p1") or m.group("p2"):
            return None
        first, last = financial_year(y1)
        return [(first, last, "financial_year", None)]
    if not y1 < y2 <= y1 + MAX_YEAR_SPAN:
        return None
    before = m.string[max(0, m.start() - 25):m.start()]
    if _COUNT_BEFORE.search(before) or re.search(r"[£$€]\s*$", before):
        return None
    first = part_of_year(m.group("p1").lower(), y1)[0] if m.group("p1") else dt.date(y1, 1, 1)
    last = part_of_year(m.group("p2").lower(), y2)[1] if m.group("p2") else dt.date(y2, 12, 31)
    return [(first, last, "range", None)]


def _read_range_of_seasons(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    """"Summer / Autumn 2025": the first season's start to the second's end, the year
    belonging to the end (as in a range of months)."""
    year = int(m.group("y"))
    first, _ = season_span(m.group("s1"), year)
    _, last = season_span(m.group("s2"), year)
    if m.group("s1").lower() == "winter":
        first = season_span("winter", year - 1)[0]
    if first >= last:
        return None
    return [(first, last, "range", None)]


def _read_iso_day(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    day = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return [(day, day, "day", None)] if day else None


# Christmas as a time ("by Christmas 2015", "over the Christmas and New Year period"), not as an
# event's name ("Christmas Carols", "the Christmas event").
_CHRISTMAS_EVENT = re.compile(
    r"\s+(?i:carols?|events?|working|eggs?|trees?|lights?|markets?|party|parties|fairs?|cards?|"
    r"dinners?|lunch(?:eon)?s?|decorations?|shopping|concerts?|fayre|bazaar|hampers?|closure)\b")
_TIME_BEFORE = re.compile(
    r"(?i:\b(?:by|before|after|until|till|over|around|since|from|at|during|for|until)\s+(?:the\s+)?)$")


def _read_christmas(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    if _CHRISTMAS_EVENT.match(m.string, m.end()):
        return None
    if m.group("y"):
        day = dt.date(int(m.group("y")), 12, 24 if m.group("eve") else 25)
        return [(day, day, "day", None)]
    if anchor is None or not _TIME_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return None
    day = dt.date(anchor.year, 12, 24 if m.group("eve") else 25)
    return [(day, day, "day", NEAREST)]


def _read_short_financial_year(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    century = anchor.year // 100 * 100 if anchor else 2000
    fy = financial_year_start(str(century + int(m.group("a"))), m.group("b"))
    if fy is None or (anchor is not None and abs(fy - anchor.year) > 10):
        return None
    first, last = financial_year(fy)
    return [(first, last, "financial_year", None)]


def _read_relative_financial_year(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    if anchor is None:
        return None
    first, last = financial_year(financial_year_of(anchor) + _relative_step(m.group("rel")))
    return [(first, last, "financial_year", RELATIVE)]


def _read_month(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    year = _year_or_anchor(m.group("y"), anchor)
    if year is None:
        return None
    first, last = month_span(year[0], _month_number(m.group("m")))
    return [(first, last, "month", year[1])]


# "May" is a month only where a month is expected: after a preposition or determiner.
_MONTH_CONTEXT = re.compile(
    r"(?i:\b(?:in|during|by|since|until|till|from|of|the|early|mid|late|before|after|next|last|"
    r"this|for|on|to|through|throughout|between|and|or|&|each|every|end|until|re|its|our|their))"
    r"[\s-]*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")


def _read_bare_month(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    if anchor is None:
        return None
    name = m.group("m")
    before = m.string[max(0, m.start() - 30):m.start()]
    if name == "May" and not _MONTH_CONTEXT.search(before):
        return None
    if name in ("March", "August") and _SENTENCE_START.search(before):
        return None
    if re.search(rf"\b{HONORIFIC}\s+$", before):
        return None  # a person called April or June
    first, last = month_span(anchor.year, _month_number(name))
    return [(first, last, "month", YEARLESS)]


def _read_relative_month(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    if anchor is None:
        return None
    index = anchor.year * 12 + anchor.month - 1 + _relative_step(m.group("rel"))
    first, last = month_span(index // 12, index % 12 + 1)
    return [(first, last, "month", RELATIVE)]


def _read_weekend(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    if anchor is None:
        return None
    step = _WEEKEND_STEP[m.group("rel").lower()]
    saturday = anchor + dt.timedelta(days=5 - anchor.weekday() + 7 * step)
    return [(saturday, saturday + dt.timedelta(days=1), "range", RELATIVE)]


# (A statute's initials before its year, "LGA 1972", "HA 1985", are upper case: not the article
# of "presented a 2022 Waste Disposal Site Monitoring Review".)
_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:more|fewer|less|greater)\s+than|\bover|\bunder|\babout|\baround|\bapproximately|"
    r"\bapprox\.?|\bsome|\bup\s+to|\bat\s+least|\bnearly|\balmost|\bcirca|\bc\.|\bno\.?|\bnumber|"
    r"\bbox|\bact,?|(?-i:\b[A-Z]+A)|\bregulations|\border|\bs\.o\.|\bby-?law|\bpage|\bref\.?|\broom|\btel\.?|"
    r"\bcode|\bat|\bR\.S\.[A-Z]\.,?)\s*$")  # "Planning Act, R.S.O., 1990": a statute's revision
_COUNT_AFTER = re.compile(
    r"\s*(?i:people|persons|residents|households|homes|houses|dwellings|miles|km|metres|meters|"
    r"hours|visitors|members|pupils|children|properties|signatures|copies|words|tonnes|sq|"
    r"square|cars|vehicles|units|places|staff|trees|responses|users|hrs|\+|%)(?!\w)")

# "CIPFA's 2021 Prudential Code", "the 2003 Act": a year naming an edition or a statute.
_EDITION_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Code|Act|Regulations|Edition)\b")


def _read_decade(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    first = int(m.group("y"))
    return [(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "range", None)]


def _read_bare_year(m: re.Match[str], anchor: dt.date | None) -> list[Reading] | None:
    text = m.string
    before = text[max(0, m.start() - 25):m.start()]
    if _COUNT_BEFORE.search(before) or re.search(r"[£$€]\s*$", before) \
            or _FISCAL_EVENT_BEFORE.search(before) or (
                _FISCAL_EVENT_AFTER.match(text, m.end()) and re.search(r"(?:Autumn|Spring)\s+$", before)):
        return None
    if _COUNT_AFTER.match(text, m.end()) or re.match(r"\s*(?:%|,\s*c\.)", text[m.end():]) \
            or _EDITION_AFTER.match(text, m.end()):
        return None
    year = int(m.group("y"))
    return [(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", None)]


_D1, _D2 = _day("d1"), _day("d2")
_M1, _M2 = _month("m1"), _month("m2")
_Y1, _Y2 = _year("y1"), _year("y2")
_UK_DAY = rf"{_D1}{_OF}\s+{_M1}(?:,?\s+{_Y1})?"
_US_DAY = rf"{_M2}\s+{_D2}(?:,?\s+{_Y2})?"


def _rel(words: str) -> str:
    return rf"(?P<rel>(?i:{words}))"


# Which "this / next / last" words each relative form takes: "the following month" is usually
# the month after some other event, not after the document's date, so it is left out there.
_REL = _rel(r"this|the\s+current|current|present|next|coming|forthcoming|following|last|"
            r"previous|past|preceding")
_REL_NEAR = _rel(r"this|current|next|coming|last")
_REL_WEEKEND = _rel(r"this|coming|next|following|last|previous|past")

_PATTERNS: list[tuple[str, re.Pattern[str], Reader]] = [
    # 2015-11-26 (ISO)
    ("day", re.compile(r"(?<![\w/.\-])(?P<y>(?:19|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])"
                       r"(?![\w/]|-\d)"), _read_iso_day),
    # week commencing 19th October 2020, w/c 5 July, week ending Friday 23rd April
    ("week", re.compile(
        rf"(?i:\b(?:the\s+)?week\s+(?:commencing|beginning|starting|ending|of)|\bw/c)\s+"
        rf"{_WEEKDAY}(?:{_UK_DAY}|{_US_DAY})"), _read_week),
    # March 4, 14, and 16, 2024
    ("days", re.compile(
        rf"\b{_month('m')}\s+(?P<days>\d{{1,2}}(?:(?:\s*,\s*|{_AND}|\s*,\s*(?i:and)\s*)"
        rf"\d{{1,2}}(?![\d:]))+)(?:,?\s+{_year('y')})?{_NOT_DURATION}"), _read_list_of_days),
    # 4th, 14th and 16th March
    ("days", re.compile(
        rf"(?<![\d.,£$/:])(?P<days>\d{{1,2}}(?i:st|nd|rd|th)?(?:\s*,\s*\d{{1,2}}(?i:st|nd|rd|th)?)+"
        rf"\s*,?{_AND}\d{{1,2}}(?i:st|nd|rd|th)?)\s+(?:of\s+)?{_month('m')}(?:,?\s+{_year('y')})?"),
     _read_list_of_days),
    # June 1st 2012 to 31st May 2013 / 1st June 2012 to May 31st 2013: a period (a contract's,
    # a year of office) whose two ends are written in full, each in its own order
    ("range", re.compile(
        rf"\b{_WEEKDAY}{_M1}\s+{_D1},?\s+{_Y1}(?P<join>{_TO}){_WEEKDAY}{_D2}{_OF}\s+{_M2},?\s+{_Y2}"
        rf"|{_WEEKDAY}{_D1.replace('d1', 'e1')}{_OF}\s+{_M1.replace('m1', 'n1')},?\s+"
        rf"{_Y1.replace('y1', 'z1')}(?P<join2>{_TO}){_WEEKDAY}{_M2.replace('m2', 'n2')}\s+"
        rf"{_D2.replace('d2', 'e2')},?\s+{_Y2.replace('y2', 'z2')}"), _read_mixed_range),
    # 12th – 16th October, 1 January to 31 March 2009, 23rd and 24th June
    ("range", re.compile(
        rf"{_WEEKDAY}{_D1}(?:{_OF}\s+{_M1}(?:,?\s+{_Y1})?)?(?P<join>{_TO}|{_AND})"
        rf"{_WEEKDAY}{_D2}{_OF}\s+{_M2}(?:,?\s+{_Y2})?"), _read_range_of_days),
    # March 19, 2024 until June 14, 2024 / January 1 to March 15 / June 23rd & 24th 2018
    ("range", re.compile(
        rf"\b{_WEEKDAY}{_M1}\s+{_D1}(?:,?\s+{_Y1})?(?P<join>{_TO}|{_AND})"
        rf"(?:{_WEEKDAY}{_M2}\s+)?{_D2}(?:,?\s+{_Y2})?{_NOT_DURATION}(?![\w/])"),
     _read_range_of_days),
    # 28/29 March (two days of one weekend or event)
    ("range", re.compile(
        rf"(?<![\d.,£$/:])(?P<d1>[0-3]?\d)(?i:st|nd|rd|th)?(?P<join>/)(?P<d2>[0-3]?\d)(?i:st|nd|rd|th)?"
        rf"{_OF}\s+{_M2}(?:,?\s+{_Y2})?"), _read_range_of_days),
    # the end of the financial year
    ("day", re.compile(
        rf"(?i:\b(?:the\s+)?end\s+of\s+(?:the\s+)?(?:{_REL}\s+)?financial\s+year)(?!\s+\d)"),
     _read_end_of_financial_year),
    # between 2021 and 2023, 2024 to 2039, late 2022 to late 2023
    ("range", re.compile(
        rf"(?P<between>(?i:between)\s+)?(?:(?P<p1>(?i:early|mid|late))[\s-]+)?{_year('y1')}"
        rf"(?P<join>\s+(?i:to|until|till|and)\s+)(?:(?P<p2>(?i:early|mid|late))[\s-]+)?"
        rf"{_year('y2')}(?P<fyword>\s+(?i:financial\s+year))?"), _read_range_of_years),
    # Summer / Autumn 2025, spring to summer 2024
    ("range", re.compile(
        r"\b(?P<s1>(?i:spring|summer|autumn|winter))(?P<join>\s*[/\-–]\s*|\s+(?i:to|and)\s+)"
        rf"(?P<s2>(?i:spring|summer|autumn|winter))(?:\s+of)?\s+{_year('y')}"), _read_range_of_seasons),
    # the first half of 2024/25 (April-September), the second half of 2025 (July-December)
    ("range", re.compile(
        r"(?i:\b(?:the\s+)?(?P<half>first|second|1st|2nd|latter)\s+half\s+of(?:\s+the)?"
        r"(?:\s+(?:financial\s+)?year)?\s+)"
        rf"(?:{_FY}|{_year('y')})"), _read_half_year),
    # the early part of 2024, mid-2024, late 2024, the end of 2024, the end of 2020/21
    ("range", re.compile(
        r"(?i:\b(?:the\s+)?(?P<part>early|earlier|beginning|start|first|mid|middle|late|latter|"
        r"later|end)(?:\s+part)?(?P<of>\s+of)?(?:\s+the)?(?:\s+year)?[\s-]*)"
        rf"(?:{_FY}|{_year('y')})"), _read_part_of_year),
    # early December, mid-February, the end of August 2017, late September
    ("range", re.compile(
        r"(?i:\b(?:the\s+)?(?P<part>(?:early|late|latter|later|final)\s+(?:stages?|part|days)\s+of|"
        r"early|beginning\s+of|start\s+of|mid|middle\s+of|late|end\s+of)"
        r"(?:\s+the\s+month\s+of)?[\s-]*(?:the\s+)?)"
        rf"{_month('m')}(?:,?\s+{_year('y')})?"), _read_part_of_month),
    # Sept-Nov, Feb/March 2018, April to June 2021, October and November 2020
    ("range", re.compile(
        rf"(?P<lead>\b(?i:the)\s+)?(?<![\w\-/]){_month('m1')}(?:\s+{_Y1})?"
        rf"(?P<join>\s*[-–/]\s*|\s+(?i:to|until|till|through)\s+|{_AND})"
        rf"{_month('m2')}(?:,?\s+{_Y2})?(?![\w/])(?!\s+\d{{1,2}}\b)"), _read_range_of_months),
    # 19th October 2020, Tuesday 6th March 2018, 19th day of March
    ("day", re.compile(
        rf"{_WEEKDAY}{_day('d')}(?:\s+(?i:day))?{_OF}{_GLUED}{_month('m')}(?:,?\s+{_year('y')})?"),
     _read_day),
    # March 19, 2024
    ("day", re.compile(rf"\b{_WEEKDAY}{_month('m')}\s+{_day('d')},?\s+{_year('y')}"), _read_day),
    # July 17 (a day) / Jan 18, March '18 (a month)
    ("day", re.compile(
        rf"\b{_month('m')}\s+(?P<apos>['’])?(?P<d>[0-3]?\d)(?P<suffix>st|nd|rd|th)?"
        rf"(?![\d:/.\-]\d|\d){_NOT_DURATION}"), _read_us_day_or_issue),
    # 22.12.17, 22/12/2017
    ("day", re.compile(
        r"(?<![\w./\-])(?P<d>[0-3]?\d)(?P<sep>[./\-])(?P<m>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d\d)"
        r"(?![\w/]|[.\-]\d)"), _read_numeric),
    # in the new year (lower case, in running text): as "the New Year"
    ("month", re.compile(r"(?P<lead>\b(?i:in|into|after|during|until|till|by|over|early\s+in)\s+)"
                         r"the\s+new\s+year\b(?!['’]s|\s+(?i:budget|financial|precept|plan))"),
     _read_new_year_lower),
    # last Tuesday, next Friday, this coming Monday
    ("day", re.compile(r"\b(?P<rel>(?i:last|next|this\s+coming|this|coming))\s+"
                       r"(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
                       r"(?!\s*(?:,\s*)?(?:[0-3]?\d|the\s+[0-3]?\d))"
                       # "last Thursday of the month": a recurring day
                       r"(?!\s+(?i:of|in)\s+(?:the|each|every|a)\s+month)"), _read_relative_weekday),
    # New Year, New Year's Day
    ("month", re.compile(r"\bNew\s+Year(?P<what>['’]?s\s+(?:Day|Eve))?\b"),
     _read_new_year),
    # Q3 2022/23, Q3 2022, the third quarter of 2022/23
    ("quarter", re.compile(
        rf"(?:\bQ(?P<q>[1-4])|(?i:\b(?:the\s+)?(?P<qw>first|second|third|fourth|final|last)\s+"
        rf"quarter\s+of(?:\s+the)?(?:\s+financial\s+year)?))\s*(?:(?i:FY)\s*)?"
        rf"(?:{_FY}|{_year('y')})"), _read_quarter),
    # this / next / last quarter
    ("quarter", re.compile(rf"(?i:\b{_REL_NEAR}\s+quarter\b)(?!\s+of\b)"),
     _read_relative_quarter),
    # "monitoring for 2024-25 as at the end of Quarter 3", "downwardly revised Q2 figures": a
    # quarter written without its year
    ("quarter", re.compile(r"\b(?:Q(?P<q>[1-4])|(?i:quarter)[ \t]+(?P<qn>[1-4]))\b(?![\w/\-–])"),
     _read_bare_quarter),
    # late summer 2014, early spring, mid-autumn
    ("season", re.compile(
        r"(?i:\b(?P<part>early|mid|late)[\s-]+(?P<season>spring|summer|autumn|winter))\b"
        rf"(?:(?:\s+of)?\s+{_year('y')})?(?![\w-])"), _read_part_of_season),
    # Autumn of 2021, spring 2023, this Autumn, the summer, winter 2024/25
    ("season", re.compile(
        rf"(?:\b{_REL_NEAR}\s+)?\b(?P<season>(?i:spring|summer|autumn|winter|fall))\b"
        rf"(?:(?:\s+of)?\s+(?:(?P<wy>(?:19|20)\d\d)[/\-](?P<wy2>\d\d)(?![\d/])|{_year('y')}))?"
        r"(?![\w-])"), _read_season),
    # this financial year, the next financial year, this years budget
    ("financial_year", re.compile(rf"(?i:\b{_REL}\s+financial\s+year)\b"),
     _read_relative_financial_year),
    ("financial_year", re.compile(
        r"(?i:\b(?P<rel>this|next|last|current|previous)\s+year(?:['’]?s)?)"
        r"(?=\s+(?i:budget|precept|accounts|audit|spending|allocation|grant)\b)"),
     _read_relative_financial_year),
    # 2025-26 to 2034-35, 2024/25 - 2026/27
    ("range", re.compile(rf"(?<![\w/.\-–]){_FY_A}\s*(?i:to|until|[\-–])\s*{_FY_B}"),
     _read_run_of_financial_years),
    # 2020/21, 2021-22, 2013/2014, FY 2020/21, 2022- 23, 2024-(new line)25
    ("financial_year", re.compile(rf"(?<![\w/.\-–]){_FY}"), _read_financial_year),
    # 2022-2027, 2025-28 (a plan's years)
    # (and "CAPITAL BUDGET 2024-" / "2034 FORECAST", a title broken after the dash)
    ("range", re.compile(r"(?<![\w/.\-–£$€])(?P<y1>(?:19|20)\d\d)[ \t]?[\-–](?:[ \t]?|[ \t]*\n[ \t]*)"
                         r"(?P<y2>(?:19|20)\d\d|\d\d)(?![\d/%]|[.\-–]\d)"), _read_span_of_years),
    # for 16/17, FY20/21
    ("financial_year", re.compile(
        r"(?P<lead>(?i:\b(?:for|in|into|during|since|until|by|from|FY))\s*)(?P<a>\d\d)/(?P<b>\d\d)"
        r"(?![\w/]|[.\-]\d)"), _read_short_financial_year),
    # this month, next month, last month
    ("month", re.compile(rf"(?i:\b{_REL_NEAR}\s+month)\b"), _read_relative_month),
    # the previous weekend, last weekend
    ("range", re.compile(rf"(?i:\b(?:the\s+)?{_REL_WEEKEND}\s+weekend)\b"), _read_weekend),
    # September 2020, March of 2021
    ("month", re.compile(rf"\b{_month('m')}(?:\s+of)?,?\s+{_year('y')}"), _read_month),
    # December (the document's year)
    ("month", re.compile(rf"(?<![\w\-/])(?P<m>{_TITLE_MONTH_WORD})\b(?![\-/]\w)"), _read_bare_month),
    # "will advertise again in Sept.": an abbreviated month alone after a word of time (not one
    # that is also a name or a word: Jan, Mar, May, Jun, Jul, Dec)
    ("month", re.compile(r"(?P<lead>\b(?i:in|by|until|till|from|during|since|before|after|early|"
                         r"late|mid|end\s+of)\s+)(?P<m>Feb|Apr|Aug|Sept|Oct|Nov)\b(?![\-/]\w)"),
     _read_bare_month),
    # "* = approved at Feb meeting" (a parish council's financial statement): a meeting named by
    # its month, abbreviated
    ("month", re.compile(r"(?P<lead>\b(?i:at|the|this|last|next)\s+(?:the\s+)?)"
                         r"(?P<m>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s+meeting\b)"),
     _read_bare_month),
    # Christmas 2015, by Christmas, over Christmas
    ("day", re.compile(r"\bChristmas(?:\s+(?P<day>Day)|\s+(?P<eve>Eve))?(?:\s+(?P<y>(?:19|20)\d\d)(?!\d))?\b"),
     _read_christmas),
    # the 1970s, the 1990's
    ("range", re.compile(r"(?<![\w£$€.,/\-–])(?P<y>(?:19|20)\d0)['’]?s\b"), _read_decade),
    # since 1889, in 1750: an older year, only after a word of time
    ("year", re.compile(r"(?P<lead>\b(?i:since|in|from|until|before|after)\s+)"
                        r"(?P<y>1[5-8]\d\d)(?![\w/]|[.,\-–]\d|\s*%)"), _read_bare_year),
    # since 2019, in 2023
    ("year", re.compile(r"(?<![\w£$€.,/\-–])(?P<y>(?:19|20)\d\d)(?![\w/]|[.,\-–]\d|\s*%)"),
     _read_bare_year),
]


def find_date_spans(text: str, anchor: dt.date | None = None,
                    anchor_last: dt.date | None = None) -> Iterator[DateSpan]:
    """Every date expression in `text`, in text order; where expressions overlap, the one whose
    pattern comes first in `_PATTERNS` wins. A list of days yields one span per day, all with the
    list's position. `anchor_last`: the last day the paper's date may be, when only its month
    is known."""
    taken = Claims()
    found: list[DateSpan] = []
    for _name, pattern, read in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = _trim(text, m.start(), m.end())
            if "lead" in pattern.groupindex and m.group("lead"):
                start = m.end("lead")  # context the pattern needs but the expression excludes
            if start >= end or not taken.free(start, end):
                continue
            readings = read(m, anchor)
            if not readings:
                continue
            taken.claim(start, end)
            reason: str | None = None
            if anchor is not None and any(r[3] == YEARLESS for r in readings):
                tense = tense_at(text, start, end)
                written = None if tense and tense.isdigit() else context_month(text, start)
                if written is not None and (tense != "future" or _written_beside(text, start)) and (
                        abs(written.year - anchor.year) >= CONTEXT_YEARS
                        or (tense is None and written.year != anchor.year)
                        or _written_beside(text, start)):
                    # "In January 2019 the Clerk circulated an email ... On 25th February Nick
                    # Oakhill asked": the account's own year, nearest its written month.
                    years = written.year - anchor.year
                    readings, _ = place_yearless(
                        [(_shift_year(a, years), _shift_year(b, years, end=True), g, p)
                         for a, b, g, p in readings], written, None)
                    reason = "context"
                else:
                    readings, reason = place_yearless(readings, anchor, tense, anchor_last)
            elif anchor is not None and any(r[3] == NEAREST for r in readings):
                readings, reason = place_yearless(readings, anchor, None, anchor_last)
            elif any(r[3] == RELATIVE for r in readings):
                reason = RELATIVE
            elif any(r[3] == REPORTED for r in readings):
                reason = "past"  # the last such quarter before the paper, as a past tense places it
            found.extend(DateSpan(start, end, first, last, grain, placed is not None, reason)
                         for first, last, grain, placed in readings)
    yield from sorted(found, key=lambda s: (s.start, s.first))


# Tense around a yearless date: the cue nearest to it in its clause decides. Past: "In December
# the Council agreed", "was held on 3 March"; future: "will report in February", "by June".
_TENSE_CUES = [
    ("past", re.compile(
        r"(?i)\b(?<!be\s)(?<!being\s)(?:was|were|had|has\s+been|have\s+been|held|took\s+place|met|"
        r"attended|reported|received|discussed|noted|ago|previous(?:ly)?|"
        r"earlier|since|went|came|wrote|sent|published|launched|visited|completed|"
        r"confirmed|announced|started|began|closed|opened|happened|occurred|responded|ran|"
        r"made|gave|said|told|took|considered|recall(?:ed)?|"
        # irregular past tenses of committee prose ("Councillor Evans drew particular attention")
        r"drew|saw|found|led|spoke|brought|thought|became|chose|did|felt|heard|kept|left|lost|"
        r"paid|rose|sat|stood|understood|won|ran|raised|"
        # what figures did, in a report's account of a past period ("earnings fell from 4.6%
        # in June to 4.0% in July", "inflation remained above target in August")
        r"fell|dropped|grew|increased|decreased|declined|remained|showed|reached|eased|slowed|"
        r"jumped|surged|lowered|initiated|revised)\b")),
    ("future", re.compile(
        # ("a request to be included": a wish, not the time of the date)
        r"(?i)\b(?:(?:will|shall|(?<!request\s)(?<!requests\s)(?<!asked\s)to|would|may|must|"
        r"should|can)\s+be\s+\w+|"
        r"(?:resolved|agreed|decided|intended|planned|hoped|asked|expected)(?=:|\s+(?:that|to)\b)|"
        r"will|shall|would|next|forthcoming|upcoming|coming|due|planned|expected|"
        r"scheduled|to\s+be\s+held|intends?|aims?|hopes?|proposed|going\s+to|"
        # what a meeting put off lies after it ("A decision ... was deferred until the autumn")
        r"deferred|postponed|adjourned|put\s+off|"
        # a present progressive reported of an arrangement ("The clerk reported that District
        # Councillor Haysey is having an open evening ... on 22 September")
        r"(?:is|are)\s+(?!being\b)(?:having|holding|hosting|running|organising|organizing|"
        r"arranging|planning|meeting|attending|visiting|starting|opening|launching))\b")),
]
# A sentence end, a blank line, or "and"/"but" opening a clause of its own verb ("ran various
# events over the summer and would continue to do so": "would" is the next clause's).
_CLAUSE_END = re.compile(
    r"[.!?;](?=\s)|\n\s*\n|\s(?:and|but)\s+(?=(?:would|will|shall|should|could|may|must|"
    r"had|has|have|was|were|is|are)\b)")
TENSE_WINDOW = 300
"""At most this many characters either side of a date, within its sentence, are searched for a
tense cue: a long sentence of committee prose, or a list of meeting dates under its heading."""
TENSE_GRACE_DAYS = 31
"""A paper's date is often its meeting's, or only a month ("2020-09"), while its text was
written up to a month before or after: "the Cabinet decision on 20th October has confirmed" in
a September paper is that October, not the one before."""


# "Dates for 2026:", "Meetings 2025:": a heading whose year the yearless dates after it take.
_YEAR_HEADING = re.compile(r"\b(?P<y>(?:19|20)\d\d)\s*:")


# "In January 2019", "on 3rd March 2018": a month written with its year, which dates the account
# around it.
_WRITTEN_MONTH = re.compile(
    rf"\b{_month('m')},?\s+(?:[0-3]?\d(?i:st|nd|rd|th)?,?\s+)?(?P<y>(?:19|20)\d\d)(?![\d/\-])"
    # "the third quarter of 2024", "Q3 2024": a calendar quarter, dated by its middle month
    rf"|(?:\bQ(?P<q>[1-4])|(?i:\b(?P<qw>first|second|third|fourth)\s+quarter\s+of))\s+"
    rf"(?P<qy>(?:19|20)\d\d)(?![\d/\-])")
CONTEXT_YEARS = 2
"""A written year this far from the paper's own sets the account's year: a nearer one is within
reach of the tense rule, which knows the paper's date better. Where no tense cue speaks, a
nearer written year sets it too ("The third quarter of 2024 (July to September) saw: - GDP
growth stagnating in July" in a March 2025 report: July 2024, not the nearer July 2025)."""
CONTEXT_WINDOW = 250
"""Characters back, within the paragraph, in which a written month and year dates the yearless
dates after it (the sentence before and the date's own)."""


# "the biggest drop since November 2020", "its lowest rate since December 2023": a month after
# "since" (or "than") is the point a figure is compared with, not the time of the account.
_COMPARED_WITH = re.compile(r"\b(?i:since|than)\s+$")


def context_month(text: str, start: int) -> dt.date | None:
    """The middle of the last month written with its year shortly before `start`, in the same
    paragraph (else None); a month the account compares with ("since November 2020") does not
    date it."""
    lo = max(text.rfind("\n\n", 0, start), start - CONTEXT_WINDOW, 0)
    found = [m for m in _WRITTEN_MONTH.finditer(text, lo, start)
             if not _COMPARED_WITH.search(text, max(0, m.start() - 12), m.start())]
    if not found:
        return None
    m = found[-1]
    if m.group("qy"):
        quarter = int(m.group("q")) if m.group("q") else ORDINAL_WORDS[m.group("qw").lower()]
        return dt.date(int(m.group("qy")), 3 * quarter - 1, 15)
    return dt.date(int(m.group("y")), _month_number(m.group("m")), 15)


WRITTEN_BESIDE_CHARS = 40
"""A month written with its year this close before a yearless one, on its line, is the same list
of months ("3 invoices February 2011, £248.40, March £496.80 and May"): its year places them,
whatever the tense of the sentence around the list."""


def _written_beside(text: str, start: int) -> bool:
    lo = max(text.rfind("\n", 0, start) + 1, start - WRITTEN_BESIDE_CHARS)
    return _WRITTEN_MONTH.search(text, lo, start) is not None


def tense_at(text: str, start: int, end: int) -> str | None:
    """The year of a heading the date is listed under ("Dates for 2026: 26 March, ..."), else
    "past" / "future" from the cue word nearest the date within its sentence, else None."""
    paragraph = max(text.rfind("\n\n", 0, start), start - TENSE_WINDOW)
    headings = list(_YEAR_HEADING.finditer(text, max(0, paragraph), start))
    if headings:
        return headings[-1].group("y")
    lo, hi = max(0, start - TENSE_WINDOW), min(len(text), end + TENSE_WINDOW)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    after = _CLAUSE_END.search(text, end, hi)
    hi = after.start() if after else hi
    best: tuple[int, str] | None = None
    for tense, pattern in _TENSE_CUES:
        for m in pattern.finditer(text, lo, hi):
            if start <= m.start() < end:
                continue  # a word of the date itself ("by 3 March" keeps "by" outside)
            distance = start - m.end() if m.end() <= start else m.start() - end
            if best is None or distance < best[0]:
                best = (distance, tense)
    return best[1] if best else None


def place_yearless(readings: list[Reading], anchor: dt.date, tense: str | None,
                   anchor_last: dt.date | None = None) -> tuple[list[Reading], str]:
    """Move a yearless reading (made in the anchor's year) to the year a reader would give it:
    the last such date on or before the paper's date when the clause is in the past, the first
    one on or after it when in the future, else the nearest one. All the match's readings move
    together ("4th and 14th March"). A paper dated only by its month ("2020-09") lies anywhere
    from `anchor` to `anchor_last`."""
    first, last = min(r[0] for r in readings), max(r[1] for r in readings)
    anchor_last = anchor_last or anchor

    options = [(k, (_shift_year(first, k), _shift_year(last, k, end=True))) for k in (-1, 0, 1)]

    def distance(span: tuple[dt.date, dt.date]) -> int:
        a, b = span
        if b < anchor:
            return (anchor - b).days
        return (a - anchor_last).days if a > anchor_last else 0

    chosen: int | None = None
    grace = dt.timedelta(days=TENSE_GRACE_DAYS)
    if tense == "past":
        past = [k for k, (a, _) in options if a <= anchor_last + grace]
        chosen = max(past) if past else None
    elif tense == "future":
        future = [k for k, (_, b) in options if b >= anchor - grace]
        chosen = min(future) if future else None
    elif tense is not None and tense.isdigit():  # the year a heading gives the list
        wanted = [k for k, (a, _) in options if a.year == int(tense)]
        chosen = wanted[0] if wanted else None
    reason = ("context" if tense and tense.isdigit() else tense) if chosen is not None else "nearest"
    if chosen is None:
        chosen = min(options, key=lambda o: (distance(o[1]), abs(o[0])))[0]
    if chosen == 0:
        return readings, reason
    return [(_shift_year(a, chosen), _shift_year(b, chosen, end=True), g, p)
            for a, b, g, p in readings], reason


def _shift_year(day: dt.date, years: int, *, end: bool = False) -> dt.date:
    """The same day `years` later; 29 February becomes the 28th (or, as the end of a February
    span, the last day of that February)."""
    year = day.year + years
    if end and day.day == calendar.monthrange(day.year, day.month)[1]:
        return month_span(year, day.month)[1]
    return dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the whitespace and commas a pattern may take in at either end."""
    while start < end and text[start] in " \t\r\n,":
        start += 1
    while end > start and text[end - 1] in " \t\r\n,":
        end -= 1
    return start, end


# A monitoring report says which period it reports on ("This report covers Treasury Management
# activity up to the end of September 2024", "... for the period ending 31 December 2024", "the
# quarter ended 30 June 2024"): its account is written from that period's end, so the yearless
# dates of its body are placed from there, not from the meeting months later that receives it.
_PERIOD_COVERED = re.compile(
    r"\b(?i:(?:report|update|paper|summary)\s+(?:covers|provides|sets\s+out|summarises|reviews|"
    r"reports\s+on)\b[^.]{0,120}?\b(?:up\s+to|to|until)\s+(?:the\s+end\s+of\s+)?"
    r"|for\s+the\s+(?:period|quarter|half[\s\-]year|six\s+months|(?:three|nine)\s+months)\s+"
    r"(?:ending|ended|to)\s+(?:the\s+end\s+of\s+)?)"
    rf"(?P<when>(?:[0-3]?\d(?i:st|nd|rd|th)?\s+)?(?:{_FULL_MONTH_WORD})\s+(?:19|20)\d\d)\b")
PERIOD_HEAD_CHARS = 4000
"""The period a report covers is stated in its summary or introduction: its first characters."""
PERIOD_MAX_DAYS = 366
"""A period that ended more than a year before the paper's date is history the paper tells, not
the time it speaks from."""


def period_covered_end(text: str, anchor: dt.date | None) -> dt.date | None:
    """The last day of the period the paper says it reports on, when that is before the paper's
    date and within a year of it (else None)."""
    if anchor is None:
        return None
    m = _PERIOD_COVERED.search(text, 0, PERIOD_HEAD_CHARS)
    if not m:
        return None
    spans = list(find_date_spans(m.group("when")))
    if not spans:
        return None
    end = spans[0].last
    return end if end < anchor and (anchor - end).days <= PERIOD_MAX_DAYS else None


UNDATED_MIN_WRITTEN = 8
"""Dates written in full (a day or month with its year) an undated paper must give before their
middle stands in for its date: a form or a one-page table with two or three dates says too little
of when it was written."""


def _on_a_row_line(text: str, start: int, end: int) -> bool:
    """Whether the span is on a line of tab-separated cells (a schedule's or register's row)."""
    lo, hi = _line_of(text, start, end)
    return "\t" in text[lo:hi]


def undated_anchor(spans: list[DateSpan]) -> dt.date | None:
    """The date a paper that gives none of its own speaks from: the median of the days and
    months it writes with their years (a treasury strategy's "as at 30 November 2024" among its
    "31 March 2025" and "April 2004"), the past it reports and the future it plans about equally
    either side. None when it writes fewer than UNDATED_MIN_WRITTEN."""
    written = sorted(s.first for s in spans if not s.inferred and s.grain in ("day", "month"))
    if len(written) < UNDATED_MIN_WRITTEN:
        return None
    return written[len(written) // 2]


@extractor("dates", requires=("document.date", "table_spans"), assigns=("dates",))
def extract(doc: Document, ctx: Context) -> list[DateMention]:
    cells = _cell_starts(ctx)
    anchor, anchor_last = ctx.anchor, _last_day_of(ctx)
    if (period_end := period_covered_end(doc.text, anchor)) is not None:
        anchor, anchor_last = period_end, None
    spans = list(find_date_spans(doc.text, anchor, anchor_last))
    prose = [s for s in spans if not _on_a_row_line(doc.text, s.start, s.end)]
    if anchor is None and (written := undated_anchor(prose)) is not None:
        # an undated paper (an appendix, a strategy): the yearless dates of its prose are placed
        # from the middle of the dates its prose writes in full, each marked inferred by context
        # ("next month" is not counted from a guess; a schedule's "July Office Rent" is a row's)
        spans = [DateSpan(s.start, s.end, s.first, s.last, s.grain, True, "context")
                 if s.inferred else s
                 for s in find_date_spans(doc.text, written)
                 if not s.inferred or (s.inferred_by != RELATIVE
                                       and not _on_a_row_line(doc.text, s.start, s.end))]
    if anchor is None:
        spans = sorted([*spans, *_numeric_days_by_written_years(doc.text, spans)],
                       key=lambda s: (s.start, s.first))
    lines = [line for line in doc.text.split("\n") if line.strip()]
    prose_paper = sum("\t" in line for line in lines) < PROSE_PAPER_SHARE * max(1, len(lines))
    date_cells = _date_column_cells(doc, spans)
    return [
        DateMention(
            text=doc.text[s.start:s.end],
            start=s.first,
            end=s.last,
            grain=s.grain,  # type: ignore[arg-type]
            inferred=s.inferred,
            inferred_by=s.inferred_by,  # type: ignore[arg-type]
            provenance=doc.provenance(s.start, s.end),
        )
        for s in spans
        if (not ctx.in_table(s.start, s.end) or _in_caption(doc.text, s.start, s.end, ctx)
            or _a_line_of_words(doc.text, s.start, s.end))
        and not _in_header_row(doc.text, s.start, s.end)
        and not _a_cell_of_a_table_row(doc.text, s.start, s.end, cells)
        and not _a_cell_beside_money(doc.text, s.start, s.end)
        and not _a_lone_column_head(doc.text, s.start, s.end)
        and not _a_head_row_continued(doc.text, s.start, s.end)
        and not (prose_paper and _in_a_text_table(doc.text, s.start))
        and not _in_any(date_cells, s.start, s.end)
    ]


DATE_COLUMN_CELLS = 3
"""Cells that are nothing but dates a column of a laid-out table must hold to be a column of
dates (an "Inv Date" column, a consultation table's "Dates", an award table's "Date Awarded"):
a two-row table's date beside its label ("Date | 26th November 2015") is one."""
_CELL_JOINERS = frozenset({"to", "and", "until", "till", "from", "between", "st", "nd", "rd", "th"})


def _date_column_cells(doc: Document, spans: list[DateSpan]) -> list[tuple[int, int]]:
    """The text lines of the cells of the columns of dates of the tables the source lays out
    (ruled grids): a column most of whose filled cells hold dates and nothing else but joiners
    and a bracketed aside ("26th March 2021 - / 9th April 2021 / (14 days)", "2018 & 2023",
    "17/03/2017"). Such a column is the table's data, whose dates are table text
    (samples/gold/README.md: "Dates inside a table are table text"), as a column of amounts is
    the table's figures; a date inside a cell's sentence ("... will be held on June 23rd") stays
    prose, as does a lone date cell beside its label."""
    starts = [s.start for s in spans]
    out: list[tuple[int, int]] = []
    for table in doc.tables:
        if not table.ruled or not table.rows:
            continue
        for col in range(max(len(row) for row in table.rows)):
            filled, cells, dated = 0, 0, []
            for row in table.rows:
                if col >= len(row) or not row[col].text.strip():
                    continue
                filled += 1
                parts = row[col].lines or [(row[col].char_start, row[col].char_end)]
                if _only_dates(doc.text, parts, spans, starts):
                    cells += 1
                    dated.extend(parts)
            if cells >= DATE_COLUMN_CELLS and 2 * cells >= filled:
                out.extend(dated)
    return sorted(out)


def _only_dates(text: str, parts: list[tuple[int, int]], spans: list[DateSpan],
                starts: list[int]) -> bool:
    """Whether a cell (its text lines) holds one date or more and, besides them, only joiners,
    figures and bracketed asides."""
    rest, found = [], False
    for lo, hi in parts:
        pos = lo
        for s in spans[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
            if s.end > hi:
                break
            rest.append(text[pos:s.start])
            pos, found = max(pos, s.end), True
        rest.append(text[pos:hi])
    words = " ".join(rest)
    while True:
        shorter = re.sub(r"\([^()]*\)", " ", words)
        if shorter == words:
            break
        words = shorter
    return found and all(w.lower() in _CELL_JOINERS for w in re.findall(r"[A-Za-z]+", words))


def _in_any(parts: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(parts, (start, float("inf"))) - 1
    return i >= 0 and parts[i][0] <= start and end <= parts[i][1]


TEXT_TABLE_HEADS = 3
"""Column heads a line of words must hold to head a table of text ("Consultation<tab>Dates<tab>
Summary"): two could be a label and its value."""
TEXT_TABLE_ROWS = 3
"""Lines of cells under the heads that make the block a table, not a heading and a sentence."""
PROSE_PAPER_SHARE = 0.25
"""A paper with fewer of its lines in cells than this is prose with a table in it (a report's
consultation stages, 7% of its lines), whose table is table text; a register that is one table
(half its lines in cells) has its dates in its cells, the paper's own text."""


def _in_a_text_table(text: str, start: int) -> bool:
    """Whether the span is in a table of words (a report's table of consultation stages and
    their dates, under "Consultation<tab>Dates<tab>Summary"): its dates are table text
    (samples/gold/README.md), not the report's prose. The table is the block from a line of short
    column heads without figures to the next blank line."""
    lo = text.rfind("\n\n", 0, start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", start)
    block = text[lo:hi if hi >= 0 else len(text)].split("\n")
    heads = [c.strip() for c in block[0].split("\t")]
    if (len(heads) < TEXT_TABLE_HEADS or any(not c or len(c.split()) > HEAD_CELL_WORDS
                                             or re.search(r"\d", c) for c in heads)):
        return False
    return sum("\t" in line for line in block[1:]) >= TEXT_TABLE_ROWS


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, hi if hi >= 0 else len(text)


# A money cell of a row: "$4,000", "£215.8m", "-£3.1m", "(1,250)".
_MONEY_CELL = re.compile(r"-?[£$€]\s?-?\(?\d[\d,]*(?:\.\d+)?\)?(?:\s?(?:m|bn|k))?")


def _a_cell_beside_money(text: str, start: int, end: int) -> bool:
    """Whether the span is a tab-delimited cell that is only a year or date, on a line with a
    money cell: a row of a table the table finder did not take ("2028<tab>2028<tab>Computer
    server/replacements<tab>$4,000", a reserves plan's YEAR and FOR USE columns), which is table
    text (samples/gold/README.md)."""
    lo, hi = _line_of(text, start, end)
    line = text[lo:hi]
    if "\t" not in line:
        return False
    cells = [c.strip() for c in line.split("\t")]
    if text[start:end].strip() not in cells or not _ONLY_A_DATE.fullmatch(text[start:end].strip()):
        return False
    # (only its own line: "Annual Sum Payable<tab>£0.20" over "Year of Expiry<tab>2073", a
    # lease's fields, is prose)
    return any(_MONEY_CELL.fullmatch(c) for c in cells)


def _neighbours(text: str, lo: int, hi: int) -> list[str]:
    """The line text[lo:hi] and the lines just above and below it."""
    above = text[text.rfind("\n", 0, max(lo - 1, 0)) + 1:max(lo - 1, 0)] if lo else ""
    below_end = text.find("\n", hi + 1)
    below = text[hi + 1:below_end if below_end >= 0 else len(text)] if hi < len(text) else ""
    return [text[lo:hi], above, below]


def _a_lone_column_head(text: str, start: int, end: int) -> bool:
    """Whether the span is a line of its own that is only a numeric date or a year, printed
    against a line of a table's cells (tab-separated) just above or below it: a column head
    wrapped onto its own line ("Actual / Credit risk indicator<tab>Minimum / 30/09/2024"), or a
    YEAR cell the text layer put on a line apart. Table text, not prose."""
    lo, hi = _line_of(text, start, end)
    if text[lo:hi].strip() != text[start:end] or not _HEAD_DATE.fullmatch(text[start:end]):
        return False
    for step in (-1, 1):  # over a run of such lines (a YEAR column printed a line apart)
        a, b = lo, hi
        for _ in range(LONE_HEAD_RUN):
            _, above, below = _neighbours(text, a, b)
            line = above if step < 0 else below
            if "\t" in line or (step > 0 and _UNIT_LINE.fullmatch(line.strip())):
                return True  # (a unit line under it: "2018" / "£" / "Net", an accounts column)
            if not _HEAD_DATE.fullmatch(line.strip()):
                break
            if step < 0:
                b = a - 1
                a = text.rfind("\n", 0, max(b, 0)) + 1
            else:
                a = b + 1
                b = _line_of(text, a, a)[1]
    return False


# The unit line of a table's column heads: "£", "£000", "£'000", "£m", "$", one per column.
_UNIT_LINE = re.compile(r"[£$€](?:['’]?000|m|k)?(?:[ \t]+[£$€](?:['’]?000|m|k)?)*")


def _a_head_row_continued(text: str, start: int, end: int) -> bool:
    """Whether the span is in the second line of a table's column heads: a line of short
    tab-separated cells, two or more holding a date, under a line of cells with no figures
    ("Balance<tab>Movement<tab>Balance" / "April 2017<tab>for Year March 2018", an accounts
    statement's reserve movements)."""
    lo, hi = _line_of(text, start, end)
    line = text[lo:hi]
    if "\t" not in line:
        return False
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    if len(cells) < 2 or any(len(c.split()) > HEAD_CELL_WORDS for c in cells):
        return False
    if sum(1 for c in cells if any(True for _ in find_date_spans(c))) < 2:
        return False
    above = _neighbours(text, lo, hi)[1]
    return "\t" in above and not re.search(r"\d", above)


HEAD_CELL_WORDS = 4
"""Words a column head's cell holds at most ("for Year March 2018")."""
LONE_HEAD_RUN = 12
"""Lines of nothing but a year or date, one under another, searched for the table they head."""


_WRITTEN_YEAR = re.compile(r"(?<![\w£$€.,/\-])(?:19|20)\d\d(?![\w%]|[.,]\d)")


def _numeric_days_by_written_years(text: str, taken: list[DateSpan]) -> list[DateSpan]:
    """A paper that gives no date of its own still dates "As at 31.03.24" (an investment
    strategy appendix): the two-digit year is in the century of the years it writes in full
    (their median, as the paper's date would be), within the reader's ten years of it."""
    years = sorted(int(m.group(0)) for m in _WRITTEN_YEAR.finditer(text))
    if not years:
        return []
    hint = dt.date(years[len(years) // 2], 7, 1)
    numeric = next(p for _name, p, read in _PATTERNS if read is _read_numeric)
    claims = Claims()
    for s in taken:
        claims.claim(s.start, s.end)
    out = []
    for m in numeric.finditer(text):
        if len(m.group("y")) != 2 or not claims.free(m.start(), m.end()):
            continue
        for first, last, grain, _placed in _read_numeric(m, hint) or []:
            out.append(DateSpan(m.start(), m.end(), first, last, grain, True, "context"))
    return out


def _a_cell_of_a_table_row(text: str, start: int, end: int, cells: list[int]) -> bool:
    """Whether the span is a cell of its own on a line that holds a table row's cells: the row's
    date column ("12/11/2014 Coopers<tab>Grass<tab>400090<tab>885.00", a payment's) or a period
    column ("13-Dec-16<tab>2016/17<tab>Voluntary"), which are table text (samples/gold/README.md).
    A date inside a text cell's words ("... held on 28th April") stays prose."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = hi if hi >= 0 else len(text)
    i = bisect.bisect_left(cells, lo)
    if i == len(cells) or cells[i] > hi:
        return False
    cell_lo = max(lo, text.rfind("\t", lo, start) + 1)
    cell_hi = text.find("\t", end, hi)
    cell_hi = cell_hi if cell_hi >= 0 else hi
    if text[cell_lo:start].strip():
        return False
    return cell_lo == lo or not text[end:cell_hi].strip()


def _cell_starts(ctx: Context) -> list[int]:
    """Where each cell of every table row starts, in order."""
    return sorted({span[0] for t in ctx.tables for r in t.rows
                   for span in (*r.spans, r.label_span) if span is not None})


CAPTION_WORDS = 2
"""Words of letters (three or more) besides its dates that make a line over a table its caption ("Financial
Statement as at 31 Oct 2011", "APPENDIX D: ALTERNATIVE BUDGET HIGH LEVEL 2025-28 REVENUE PLAN"),
not a column head ("Actual 2024-25")."""
_CAPTION_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def _in_caption(text: str, start: int, end: int, ctx: Context) -> bool:
    """Whether the span is in the caption over a table, which a reader reads as prose: a line of
    the table's header block with no column breaks (tabs) and words of its own."""
    if not any(a <= start and end <= b for t in ctx.tables for a, b in t.header_spans):
        return False
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo:hi if hi >= 0 else len(text)]
    if "\t" in line:
        return False
    rest = line[:start - lo] + " " + line[end - lo:]
    return len([w for w in _CAPTION_WORD.findall(rest) if w.lower() not in MONTHS]) >= CAPTION_WORDS


def _a_line_of_words(text: str, start: int, end: int) -> bool:
    """Whether the span stands in a line of words that a table's span took in: a title or a
    note of the table ("Balance sheet at end of March 2017", "... the financial position of
    the authority as at / 31st March 2017 and reflects its income and expenditure"), which is
    prose (samples/gold/README.md): no column break on the line, no figure but the date's, and
    words of its own."""
    lo, hi = _line_of(text, start, end)
    line = text[lo:hi]
    if "\t" in line:
        return False
    rest = line[:start - lo] + " " + line[end - lo:]
    if re.search(r"\d", rest) or len(
            [w for w in _CAPTION_WORD.findall(rest) if w.lower() not in MONTHS]) < CAPTION_WORDS:
        return False
    # a title dates the table by "at" / "as at" / "ending" ("Balance sheet at end of March
    # 2017"); a note goes on from a line of prose above it. A wrapped cell's words ("compete in
    # national games in Aug 2018", "Awards approved in March 2018 plus ...") do neither.
    if line[:1].isupper() and _TITLE_DATED_BY.search(text, max(lo, start - 12), start):
        return True
    above = _neighbours(text, lo, hi)[1]
    return "\t" not in above and len(_CAPTION_WORD.findall(above)) >= NOTE_WORDS \
        and not re.search(r"\d\s*$", above)


_TITLE_DATED_BY = re.compile(r"\b(?i:at|as\s+at|ending|ended)\s+$")
NOTE_WORDS = 6
"""Words of the prose line a table's note goes on from."""


HEADER_ROW_CELLS = 2
"""Cells of a line that are each nothing but a date ("2025-26\t2026-27\t2027-28") that make it
a table's column heads: two, as a two-year comparison has."""


def _in_header_row(text: str, start: int, end: int) -> bool:
    """Whether the span is a cell of a table's header row the table finder did not take ("ROW
    REF<tab>Project<tab>...<tab>2025-26<tab>2026-27<tab>2027-28"): the line's tab-separated
    cells, of which this one and at least one other are each only a date or a year."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo:hi if hi >= 0 else len(text)]
    if "\t" not in line:
        return False
    cells = [c.strip() for c in line.split("\t")]
    if text[start:end].strip() not in cells:
        return False
    return sum(1 for c in cells if c and _ONLY_A_DATE.fullmatch(c)) >= HEADER_ROW_CELLS


# A cell that is one year, financial year or month with its year ("2025-26", "2024/25",
# "2023", "March 2025", "Q3 2024-25").
_ONLY_A_DATE = re.compile(
    rf"(?:Q[1-4]\s+)?(?:(?:19|20)\d\d(?:\s*[/\-–]\s*(?:\d\d){{1,2}})?|(?:{_FULL_MONTH_WORD}|"
    rf"{_ABBR_MONTH_WORD})\.?\s+(?:19|20)\d\d)")


def _last_day_of(ctx: Context) -> dt.date | None:
    """The last day the paper's date may be: its month's end when only the month is known."""
    date = ctx.document.date if ctx.document else None
    if ctx.anchor is None or date is None or len(date) != 7:
        return None
    return month_span(ctx.anchor.year, ctx.anchor.month)[1]


# A date standing alone as a column head: "30/09/2024", "2031", "2024-25".
_HEAD_DATE = re.compile(rf"{_ONLY_A_DATE.pattern}|[0-3]?\d[/.][01]?\d[/.](?:19|20)?\d\d")
