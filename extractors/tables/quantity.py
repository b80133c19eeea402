"""What a table, one of its columns or one of its lines counts: money, or a quantity printed in a
money table's layout that is not money (gold README: table cells are the *money* cells of
*financial* tables; a wrong figure costs a reader more than a missing one).

Rules are data, each named, with the reason it holds, and each tested on the real page that
shows it (tests/test_tables_quantity.py):
- `_COLUMN_QUANTITIES`: what a column's header says it counts when that is not money (a risk
  register's "Current Likelihood (1-5)" beside its £m exposure, a contents list's "Page").
  `build.py` flags those cells not_money: not scaled by the table's £m, not summed, not cells.
- `_NOT_MONEY_TABLES`: a table that holds no money at all (every figure under such a column, an
  interest-rate forecast printed with two decimals as pence would be). `extract` drops it: it is
  not numbered among the financial tables. A list of bullet points read as a table prints no
  digit (`prints_a_digit`), and is dropped before these rules.
- `is_month_year_line`: a header line of months and years ("Dec-24 | Mar-25 | Jun-25") whose
  years a reader split off as figures ("Dec" then "-24", "25").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.models import Document, FinancialTable

from ..vocabulary import ABBR_MONTHS, FULL_MONTHS
from .headers import unit_not_money

# A header naming money as well ("Cost per FTE", "Score £m") is a money column whatever else it
# names: these words or a currency sign keep it money.
_MONEY_HEADER = re.compile(r"[£$€]|\bcosts?\b|\bbudget|\bspen[dt]\b|\bamount|\bvalue\b|\bsalar|"
                           r"\bexposure\b|\bincome\b|\bexpenditure\b", re.I)

_COLUMN_QUANTITIES: list[tuple[str, re.Pattern[str]]] = [
    # A risk's likelihood or impact scored on a scale ("Current Likelihood (1-5)", "Impact
    # (1-5)", "Risk Score", "RAG rating"): a rank, not pounds. "Impact" alone is not one
    # ("Financial impact" is money); "Likelihood" always is.
    ("score", re.compile(r"\blikelihood\b|\bprobability\b|"
                         r"\b(?:impact|severity)\b.*\(\s*[01]\s*[-–]\s*\d{1,2}\s*\)|"
                         r"\b(?:risk|impact|residual|inherent)\s+(?:score|rating)\b|\brag\b", re.I)),
    # Heads or posts counted ("FTE", "Headcount", "Number of posts", "No. of staff"): people,
    # not pounds. "No." alone is a reference column (headers.is_identifier), not a count.
    ("count", re.compile(r"\bftes?\b|\bheadcount\b|^(?:number|no\.?)\s+of\b", re.I)),
    # A contents list's page numbers ("Executive Summary ... 2", "Council Tax ... 20").
    ("page", re.compile(r"^(?:pages?|page\s+no\.?|page\s+number|para(?:graph)?s?\.?)$", re.I)),
]


def column_quantity(label: str) -> str | None:
    """What a column's header says its figures count when that is not money ("percent",
    "years", "score", "count", "page"), else None (money, or nothing said)."""
    label = " ".join(label.split())
    unit = unit_not_money(label)
    if unit:
        return unit
    if _MONEY_HEADER.search(label):
        return None
    return next((name for name, pattern in _COLUMN_QUANTITIES if pattern.search(label)), None)


_MONTH_NAME = re.compile(r"^(?:%s)\.?$" % "|".join(sorted({*FULL_MONTHS, *ABBR_MONTHS}, key=len, reverse=True)),
                         re.I)
_TWO_DIGIT_YEAR = re.compile(r"^[-–/]?\s?\d{2}$")
_MIN_MONTH_YEARS = 2  # one "-24" after a month may be a figure; a line of them is a header


def is_month_year_line(label: str | None, figures: list[str]) -> bool:
    """A line that opens with a month and prints only two-digit years ("Dec" then "-24", "25",
    "-25" ...: "Dec-24 | Mar-25 | Jun-25" over an interest-rate forecast, its month names lost
    between the columns): the columns' header, not figures."""
    texts = [" ".join(t.split()) for t in figures if t and t.strip()]
    return (bool(label) and bool(_MONTH_NAME.match(" ".join((label or "").split())))
            and len(texts) >= _MIN_MONTH_YEARS and all(_TWO_DIGIT_YEAR.match(t) for t in texts))


def _valued_cells(table: FinancialTable) -> list[tuple[str, bool]]:
    """Each cell with a value: its printed text, and whether it counts as money (not flagged as
    a percentage or another quantity)."""
    out = []
    for row in table.rows:
        not_money = {f.column for f in row.flags if f.code in ("percent", "not_money")}
        out += [(raw or "", j not in not_money) for j, (raw, value) in enumerate(zip(row.raw, row.values, strict=False))
                if value is not None]
    return out


def _no_money_column(table: FinancialTable, doc: Document) -> bool:
    """Every figure stands under a column that is not money (a risk register's page of
    likelihood scores only, its £m exposures printed on another page)."""
    cells = _valued_cells(table)
    return bool(cells) and not any(money for _, money in cells)


def prints_a_digit(table: FinancialTable) -> bool:
    """Some figure of the table prints a digit. A list whose every "figure" is a bullet or a dash
    read as nil ("•  resisting future spending growth" down a section 25 statement's list of
    measures) is a list of points, not a table of sums: `extract` drops it before any other rule,
    in either of its modes."""
    return any(any(ch.isdigit() for ch in raw) for raw, _ in _valued_cells(table))


# Words naming a rate rather than a sum ("Bank Rate", "PWLB", "gilt yields plus 80 bps",
# "Interest Rate View"). "Business rates" is a tax in pounds: only rates of these kinds.
_RATE_WORDS = re.compile(r"\b(?:bank|interest|base|discount|inflation|borrowing|gilt|swap|exchange|"
                         r"growth|vacancy|collection|pwlb)\s+rates?\b|\bbank\s+rate\b|\byields?\b|"
                         r"\bbps\b|\bbasis\s+points\b|\bpwlb\b|\bper\s+cent\b", re.I)
_RATE_FIGURE = re.compile(r"^[-–]?\d{1,2}(?:\.\d{1,2})?%?$")
_MIN_DECIMAL_SHARE = 0.5
"""most of a rate table's figures print a decimal point (4.75, 3.50); a line of years split off
month names ("-24", "25") may stand among them"""


def _rate_table(table: FinancialTable, doc: Document) -> bool:
    """An interest-rate table ("Link Group Interest Rate View": "Bank Rate 4.75 4.50 ...", "5yr
    PWLB 5.00 4.90 ..."): figures under 100 printed with two decimals, as pence would be, no
    currency sign and no unit, in a table whose words name rates. Rates, not pounds."""
    cells = [raw.strip() for raw, _ in _valued_cells(table)]
    if not cells or table.scale != 1 or not all(_RATE_FIGURE.match(c) for c in cells):
        return False
    if sum("." in c for c in cells) < _MIN_DECIMAL_SHARE * len(cells):
        return False
    words = " ".join([table.title or "", *[c.label for c in table.columns],
                      *[doc.text[s:e] for s, e in table.header_spans],
                      *[r.label or "" for r in table.rows], *[r.section or "" for r in table.rows]])
    return bool(_RATE_WORDS.search(words))


_NOT_MONEY_TABLES: list[tuple[str, Callable[[FinancialTable, Document], bool]]] = [
    ("no money column", _no_money_column),
    ("interest rates", _rate_table),
]


def not_money_table(table: FinancialTable, doc: Document) -> str | None:
    """The name of the rule that finds the table holds no money, else None (a money table)."""
    return next((name for name, rule in _NOT_MONEY_TABLES if rule(table, doc)), None)
