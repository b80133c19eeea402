"""Money in prose: every amount written in the text of a paper, as an exact value in its currency.

`parse_amounts(text, start, end)` reads the amounts in one span of text; `extract(doc, ctx)` runs it
over the document, leaving out the document's financial tables (their cells belong to the tables).
Rule-based (regular expressions): money has a fixed written shape, so no language model is needed
and the scan is fast.

Forms read:
- a currency sign and a number: "£3,000", "£ 12.50", "£2150.85", "$88,725.16", "€40";
- a scale after the number, with or without a space: "£12m", "£5.1m", "£0.595m", "£447k", "£5K",
  "£1.2bn", "£12 million", "£3 thousand", "£1.2 billion"; k = 1,000, m / million = 1,000,000,
  bn / billion = 1,000,000,000;
- a range sharing the sign and the scale, "£50-60m": two records (50,000,000 and 60,000,000), both
  with the range's text; "£10,000 - £20,000" is simply two amounts;
- pence: "10p", "1p" (0.10 and 0.01 pounds), and "15 pence"; "12 pounds";
- a number with a k scale and no sign, "Month 2K and YTD (19K)", "savings of (95K)", only where
  the sentence before it speaks of money (cost, saving, budget, spend, income, deficit, loss,
  funding, YTD, ...), so that "the 5k route" is not money;
- an amount wrapped in brackets, "(£20k)", "(19K)", is negative (the accounting convention, as in
  the tables) where it stands as a value: at the start of a line or after "of", "approximately",
  "is", "YTD", "Month", "=", ":" or a number ("savings of (95K)", "approximately (£20k) loss");
  its record's text includes the brackets. After any other word, or after a year ("as 2020-21
  (£48.5m)"), it is an aside and positive ("funding (£500k) for", "(incl £100 deferred grant)").

Not prose: the amounts of "label<tab>£amount" rows of a costings table the table finder missed
(two such rows near each other; `_in_table_rows`).

Not money: the "£000" / "£'000" / "£m" unit labels of tables, a sign with no number, a number
with an "m" and no sign ("a 15m wind turbine"), times ("7.30pm"), percentages.

Values are `Decimal`, exact: a scaled amount is the written number times the scale ("£0.595m" ->
595000), pence are divided by 100. Currency (ISO 4217): "£" and "p" are GBP, "€" EUR, "US$" USD,
"C$" / "CA$" CAD; a bare "$" is CAD when the paper itself shows it is Canadian (it names Canada,
a province or territory, or cites Ontario statutes, "S.O. 2001"), otherwise USD.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from pipeline.models import Amount, Document

from .base import Context, extractor
from .spans import Claims
from .vocabulary import currency_of_sign, dollar_currency

SCALES = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000, "mn": 1_000_000,
          "bn": 1_000_000_000, "billion": 1_000_000_000}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?P<scale>(?i:k|m|mn|bn|million|billion|thousand))(?![\w£$€]))"

# Signs of a negative amount, wherever the paper puts them: "-£12.5m" (a minus fixed to the
# currency sign), "£-1,234", "£(1.5)m", "£1,234-" (a trailing minus, as ledgers print it) and a
# bracketed "(£265k)" where the words before make it a value (`_NEGATIVE_BEFORE`).
_MINUS = r"[-–−]"
_SIGNED = re.compile(
    rf"(?P<lead>{_MINUS})?(?P<open>\(\s*)?(?P<sign>US\$|CA?\$|£|\$|€)[ \u00a0]?(?P<minus>{_MINUS})?"
    rf"(?P<inner>\()?(?P<number>{_NUMBER})(?![\d,]\d)(?(inner)\))"
    rf"(?:[-–](?P<number2>{_NUMBER})(?=\s?(?i:k|m|mn|bn|million|billion|thousand)\b))?"
    rf"{_SCALE}?(?P<trail>{_MINUS}(?![\w£$€(]|\s?\d|[ \t]+[A-Z]))?(?P<close>\s*\))?"
)
# A leading minus is a sign only where it cannot be a dash or a range: after a space, an
# opening bracket or a colon, and not after a number ("£10 -£20") or a name ("Four Oaks -£500").
_LEAD_OK = re.compile(r"(?:^|[\s(:=]|(?<=[a-z])\s)$")
# "£000", "£'000", "£000s": the unit label of a table column, not an amount.
_UNIT_LABEL = re.compile(r"£\s?['’]?000s?(?![\d,.])")
_PENCE = re.compile(
    r"(?<![\w£$€.,])(?P<number>\d{1,3}(?:\.\d+)?)(?:p(?![\w.]|\s?\.?m\b)|\s+pence\b)")
_POUNDS_WORD = re.compile(
    rf"(?<![\w£$€.,])(?P<number>{_NUMBER})(?:\s+(?P<scale>(?i:million|billion|thousand)))?"
    r"\s+pounds\b")
_BARE_K = re.compile(
    rf"(?P<open>\(\s*)?(?<![\w£$€.,])(?P<number>{_NUMBER})(?P<scale>[kK])\b(?P<close>\s*\))?")
# Words that make a bare "35K" money: they must come earlier in the same sentence.
_MONEY_WORDS = re.compile(
    r"(?i:\b(?:costs?|costing|spend|spent|spending|overspend|underspend|savings?|saved|budgets?|"
    r"income|expenditure|deficit|surplus|loss|losses|profit|funding|funded|fund|grants?|fees?|"
    r"price|ytd|variance|reserves?|revenue|capital|payments?|paid|pay|salary|salaries|invoice|"
    r"charges?|contributions?|donations?|value|worth|precept|£|\$))")
# What may come right before a bracketed amount that is a negative value (not an aside).
_NEGATIVE_BEFORE = re.compile(
    r"(?:^|(?i:\b(?:of|approximately|approx\.?|about|around|circa|c\.|is|are|was|were|be|been|"
    r"at|ytd|month|by|to|from|variance|total|net|balance|deficit|surplus|loss))|[=:\-–\n\t(]|"
    r"\d)[ \t]*$")
# "the same value in cash terms as 2020-21 (£48.5m)": a bracket after a year or financial year
# restates that year's figure (an aside), however the number before it ends.
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d(?:[ \t]?[/\-–][ \t]?\d\d(?:\d\d)?)?[ \t]*$")


@dataclass(frozen=True)
class AmountSpan:
    """An amount found in a string: where it is, its value and currency."""

    start: int
    end: int
    value: Decimal
    currency: str


def _value(number: str, scale: str | None) -> Decimal:
    value = Decimal(number.replace(",", ""))
    if scale:
        value *= SCALES[scale.lower()]
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))  # "£0.595m" -> 595000, not 595000.000
    return value


def _sentence_before(text: str, pos: int, limit: int = 120) -> str:
    """The text from the start of the sentence holding `pos` (at most `limit` characters back)."""
    window = text[max(0, pos - limit):pos]
    ends = [m.end() for m in re.finditer(r"[.!?;:](?:\s+|$)(?=[A-Z(\"“])|\n\s*\n", window)]
    return window[ends[-1]:] if ends else window


def _spans(text: str, offset: int, end: int, dollar: str) -> Iterator[AmountSpan]:
    segment = text[offset:end]
    taken = Claims((m.start(), m.end()) for m in _UNIT_LABEL.finditer(segment))
    free = taken.free

    def bracketed(m: re.Match[str]) -> bool:
        before = segment[max(0, m.start() - 20):m.start()]
        return bool(m.group("open") and m.group("close") and _NEGATIVE_BEFORE.search(before)
                    and not _YEAR_BEFORE.search(before))

    def leading_minus(m: re.Match[str]) -> bool:
        if not m.group("lead"):
            return False
        before = segment[max(0, m.start() - 30):m.start()]
        if re.search(r"(?:[\d%)]|[£$€]\s?[\d.,]+[kmKM]?)\s*$", before):
            return False  # "£10 -£20", "5% -£2m": a range or a dash
        last_word = re.search(r"(\S+)\s*$", before)
        if last_word and last_word.group(1)[:1].isupper() and not last_word.group(1).endswith(":"):
            return False  # "Four Oaks -£500": a label and its amount
        return bool(_LEAD_OK.search(before))

    for m in _SIGNED.finditer(segment):
        if re.match(r"\.\d", segment[m.end("number"):m.end("number") + 2]):
            continue  # "£0.0.10bn": a misprinted figure no reader can value for sure
        s = m.start("sign")
        e = (m.end("trail") if m.group("trail") else
             m.end("scale") if m.group("scale") else m.end("inner") if m.group("inner") else
             m.end("number"))
        if m.group("inner") and not m.group("scale"):
            e = m.end("number") + 1
        negative = bracketed(m)
        if negative:
            s, e = m.start("open"), m.end("close")
        elif leading_minus(m):
            s, negative = m.start("lead"), True
        elif m.group("minus") or m.group("inner") or m.group("trail"):
            negative = True
        if not free(s, e):
            continue
        taken.claim(s, e)
        currency = currency_of_sign(m.group("sign"), dollar)
        scale = m.group("scale")
        numbers = [m.group("number")] + ([m.group("number2")] if m.group("number2") else [])
        if m.group("number2"):
            e = m.end("scale")
        for number in numbers:
            value = _value(number, scale)
            yield AmountSpan(offset + s, offset + e, -value if negative else value, currency)
    for pattern in (_POUNDS_WORD, _PENCE):
        for m in pattern.finditer(segment):
            if not free(m.start(), m.end()):
                continue
            taken.claim(m.start(), m.end())
            if pattern is _PENCE:
                value = Decimal(m.group("number")) / 100
            else:
                value = _value(m.group("number"), m.group("scale"))
            yield AmountSpan(offset + m.start(), offset + m.end(), value, "GBP")
    for m in _BARE_K.finditer(segment):
        negative = bracketed(m)
        s = m.start("open") if negative else m.start("number")
        e = m.end("close") if negative else m.end("scale")
        if not free(s, e) or not _MONEY_WORDS.search(_sentence_before(segment, s)):
            continue
        taken.claim(s, e)
        value = _value(m.group("number"), m.group("scale"))
        yield AmountSpan(offset + s, offset + e, -value if negative else value, "GBP")


def parse_amounts(text: str, start: int = 0, end: int | None = None,
                  dollar: str = "USD") -> list[AmountSpan]:
    """Every amount in text[start:end], in text order (positions are offsets into `text`)."""
    found = _spans(text, start, len(text) if end is None else end, dollar)
    return sorted(found, key=lambda a: a.start)


@extractor("amounts", requires=("table_spans",), assigns=("amounts",))
def extract(doc: Document, ctx: Context) -> list[Amount]:
    dollar = dollar_currency(doc.text)
    return [
        Amount(text=doc.text[a.start:a.end], value=a.value, currency=a.currency,
               provenance=doc.provenance(a.start, a.end))
        for a in parse_amounts(doc.text, dollar=dollar)
        if not ctx.in_table(a.start, a.end) and not _in_table_rows(doc.text, a.start, a.end)
    ]


# A whole tab-separated cell that is one amount ("CBSO professional fees<tab>£21,000").
_AMOUNT_CELL = re.compile(rf"(?:^|\t)[ ]*[-(]?(?:£|\$|€)[ \u00a0]?(?:{_NUMBER}){_SCALE}?\)?[ ]*(?=\t|$)")
TABLE_ROW_REACH = 2
"""Non-blank lines either side of a "label<tab>£amount" line searched for another such line: two
rows of that shape, one above the other (a row number or a blank line between), are a table the
table finder did not take."""


def _line_at(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, (hi if hi >= 0 else len(text))


def _in_table_rows(text: str, start: int, end: int) -> bool:
    """Whether the amount fills a cell of a costings table the table finder missed ("Other
    Artists Fees<tab>£ 5,000" under "CBSO professional fees<tab>£21,000"): its line holds it as a
    whole tab-separated cell after a label, and a line within reach has the same shape. (A form's
    one "£550k<tab>Children's Social Care Prevention Grant" box is prose.)"""
    lo, hi = _line_at(text, start)
    line = text[lo:hi]
    if "\t" not in line or not any(m.start() <= start - lo and end - lo <= m.end()
                                   for m in _AMOUNT_CELL.finditer(line)) or line.lstrip()[:1] in "£$€":
        return False
    before = [ln for ln in text[max(0, lo - 600):max(0, lo - 1)].split("\n") if ln.strip()]
    after = [ln for ln in text[hi + 1:hi + 600].split("\n") if ln.strip()]
    near = before[-TABLE_ROW_REACH:] + after[:TABLE_ROW_REACH]
    return any("\t" in other and other.lstrip()[:1] not in "£$€" and _AMOUNT_CELL.search(other)
               for other in near)
