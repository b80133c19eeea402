"""One printed table cell -> its possible readings as numbers.

Handled: thousands separators; `(265)`, `2,336-` and `-265` negatives; `-`, `–`, `—` and `nil`
as 0; blank as None; `n/a` as None with a flag; percentages kept as percentages (not scaled).

OCR noise seen in real exports is repaired only into *candidate* readings, each flagged: `Ö`,
`ő`, `O`, `o` for 0; `•` for a dash (0); `2.152` where a thousands comma was read as a point;
two numbers in one cell (`125 0`, `(802) 0`: two columns or two rows run together); `£339,64`,
a decimal comma (two digits after one comma cannot be thousands). The first
reading is the default; the table's arithmetic checks may pick another (extractors/tables/checks.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ..amounts import SCALES

_ZERO_WORDS = {"-", "–", "—", "nil", "none", "0", "--"}
_NA_WORDS = {"n/a", "na", "n.a.", "not applicable"}
_OCR_ZERO = {"Ö", "ő", "O", "o", "Ø", "ø", "ö", "Õ"}
_OCR_DASH = {"•", "·", "‐", "−"}
_COMMA_PENCE = re.compile(r"\(?[£$€]?\s?\d{1,3},\d\d\)?-?")
_NUMBER = re.compile(
    r"""^(?P<neg_lead>[-–−])?\s*(?P<cur>[£$€])?\s*
        (?P<open>\()?\s*(?P<cur2>[£$€])?\s*
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
        \s*(?P<close>\))?\s*(?P<pct>%)?\s*(?P<neg_trail>[-–−])?$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Reading:
    value: Decimal | None
    flag: str | None = None
    """why this reading is not simply the printed number: ocr_zero, ocr_dash, ocr_point,
    split_first, split_second, split_joined, not_applicable, unreadable, overflowed"""


@dataclass(frozen=True)
class Cell:
    raw: str
    readings: tuple[Reading, ...] = field(default_factory=tuple)
    percent: bool = False
    in_pounds: bool = False
    """the cell printed its own unit ("£3.1m"): its readings are pounds already, whatever the
    table's scale"""

    @property
    def blank(self) -> bool:
        return not self.raw.strip()

    @property
    def numeric(self) -> bool:
        return any(r.value is not None for r in self.readings)

    @property
    def value(self) -> Decimal | None:
        return self.readings[0].value if self.readings else None


def parse_plain(text: str) -> tuple[Decimal, bool] | None:
    """A cleanly printed number -> (value, is_percent), or None if it is not one."""
    t = text.strip().replace("\u00a0", " ")
    if t.lower() in _ZERO_WORDS:
        return Decimal(0), False
    m = _NUMBER.match(t)
    if not m:
        return None
    if bool(m.group("open")) != bool(m.group("close")):
        return None
    if (m.group("cur") or m.group("cur2")) and re.fullmatch(r"0{3}s?", m.group("num")):
        return None  # "£000" is a unit label, not a zero
    try:
        value = Decimal(m.group("num").replace(",", ""))
    except InvalidOperation:
        return None
    negatives = sum(bool(m.group(g)) for g in ("neg_lead", "open", "neg_trail"))
    if negatives > 1:
        return None
    return (-value if negatives else value), bool(m.group("pct"))


_OVERFLOWED = re.compile(r"#{3,}")
"""a spreadsheet's "#####": the figure was too wide for its column and is not on the page (no
value, and not the damaged print an unreadable cell is)"""

# Money printed with its own unit in the cell ("£215.8m", "-£3.1m", "£250k"), as a treasury
# report's indicator tables print it: a currency sign is required ("3.1m" may be metres).
_SCALED_MONEY = re.compile(
    r"""^(?P<neg>[-–−])?\s*(?P<open>\()?\s*[£$€]\s?
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<unit>k|m|bn|million|billion)
        \s*(?P<close>\))?$""", re.VERBOSE | re.I)


def is_overflowed(text: str) -> bool:
    return bool(_OVERFLOWED.fullmatch(text.strip()))


def parse_scaled_money(text: str) -> Decimal | None:
    """A money figure with its unit in the cell ("£215.8m") -> pounds, else None."""
    m = _SCALED_MONEY.match(" ".join(text.split()))
    # unmatched brackets, or a minus and brackets both ("-(£3m)"), are no sign we can read
    if not m or bool(m.group("open")) != bool(m.group("close")) or (m.group("neg") and m.group("open")):
        return None
    value = Decimal(m.group("num").replace(",", "")) * SCALES[m.group("unit").lower()]
    return -value if (m.group("neg") or m.group("open")) else value


def parse_cell(raw: str | None, whole_numbers: bool = False) -> Cell:
    """All plausible readings of a printed cell, the most plausible first.

    `whole_numbers`: the table prints only whole numbers, so "2.152" is first read as 2,152.
    """
    raw = raw or ""
    text = " ".join(raw.split())
    if not text:
        return Cell(raw, (Reading(None),))
    if text.lower() in _NA_WORDS:
        return Cell(raw, (Reading(None, "not_applicable"),))
    plain = parse_plain(text)
    if plain is not None and not (whole_numbers and re.fullmatch(r"\(?\d{1,3}\.\d{3}\)?-?", text)):
        return Cell(raw, (Reading(plain[0]),), percent=plain[1])
    if text in _OCR_DASH:
        return Cell(raw, (Reading(Decimal(0), "ocr_dash"),))
    if _OVERFLOWED.fullmatch(text):
        return Cell(raw, (Reading(None, "overflowed"),))
    pounds = parse_scaled_money(text)
    if pounds is not None:
        return Cell(raw, (Reading(pounds),), in_pounds=True)
    readings: list[Reading] = []
    # 0 read as a letter: "Ö", "o 0", "1O0"
    if any(c in _OCR_ZERO for c in text) and not re.search(r"[A-Za-z]{2}", text):
        fixed = "".join("0" if c in _OCR_ZERO else c for c in text)
        sub = parse_cell(fixed, whole_numbers)
        readings += [Reading(r.value, r.flag or "ocr_zero") for r in sub.readings if r.value is not None]
    elif _COMMA_PENCE.fullmatch(text):
        # "£339,64": two digits after a single comma cannot be thousands; a decimal comma.
        point = parse_plain(text.replace(",", "."))
        if point:
            readings.append(Reading(point[0], "comma_decimal_point"))
    elif re.fullmatch(r"\(?\d{1,3}\.\d{3}\)?-?", text):
        # "2.152" in a table of whole numbers: a thousands comma read as a point.
        comma = parse_plain(text.replace(".", ","))
        if comma:
            readings.append(Reading(comma[0], "ocr_point"))
        dot = parse_plain(text)
        if dot:
            readings.append(Reading(dot[0], "ocr_point"))
    else:
        parts = text.split(" ")
        if len(parts) == 2:
            first, second = parse_plain(parts[0]), parse_plain(parts[1])
            if first is not None and second is not None:
                readings.append(Reading(first[0], "split_first"))
                readings.append(Reading(second[0], "split_second"))
                if re.fullmatch(r"\d+", parts[0]) and re.fullmatch(r"\d+", parts[1]):
                    joined = parse_plain(parts[0] + parts[1])
                    if joined:
                        readings.append(Reading(joined[0], "split_joined"))
    if not readings:
        return Cell(raw, (Reading(None, "unreadable"),))
    seen: set[Decimal | None] = set()
    unique = []
    for r in readings:
        if r.value not in seen:
            seen.add(r.value)
            unique.append(r)
    return Cell(raw, tuple(unique))


def looks_numeric(text: str) -> bool:
    """Whether a printed token is a table number (used to find tables and split label from cells)."""
    t = text.strip()
    return bool(t) and (parse_plain(t) is not None or t in _OCR_DASH or bool(_COMMA_PENCE.fullmatch(t))
                        or parse_scaled_money(t) is not None)
