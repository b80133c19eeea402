"""Flattened tables: a table printed as one run of text ("Payee Cheque No Net VAT Gross Remarks
Helen Carrier (Salary ...) 100931 £558.89 £0.00 £558.89 Helen Richardson ... Total £2150.85 ...").

Web pages and text exports sometimes lose a table's cell boundaries and print it as a paragraph.
Its rows still show: each row prints the same number of amounts one after the other, and prose
almost never does. Within one line:

- an *amount* is a currency-signed number or one printed with pence (`£558.89`, `491.56`,
  `(£20.00)`); `-`, `nil` and `0` count as blank cells inside or next to such a run;
- a *run* is a maximal sequence of consecutive amounts; the line is a flattened table when at least
  three runs have the same length k >= 2, they are at least two thirds of the runs, and one of them
  has no blank (else "£10.00 - £12.00" ranges in prose would do); without money column names in
  the header the amounts must carry a currency sign;
- the text between two runs is the next row's label; it must be label-sized (a long stretch of
  prose ends the table). An all-digit token of four or more digits next to most runs (cheque,
  invoice numbers) is an identifier column: not a number column and not part of the label;
- the header is the text before the first row. Its k money column names are found by their words
  (Net, VAT, Gross, Budget 2017/18, Amount, ...); the header words after them that name trailing
  columns (Remarks, Notes, ...) belong to the header too, and the first row's label starts after
  them. With no recognisable money names the columns are numbered and the header is not separated.

A row that prints fewer amounts than k keeps its numbers unplaced (the normaliser places them by
the table's arithmetic). Known limit: text of a trailing column (a row's "Remarks") cannot be told
apart from the next row's label, so it is read as the start of that label.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.models import Document

from .grid import RawCell, RawRow, RawTable
from .numbers import parse_plain

_TOKEN = re.compile(r"\S+")
_CURRENCY = "£$€"
_PENCE = re.compile(r"\d\.\d\d\)?-?$")
_BLANK = {"-", "–", "—", "nil", "Nil", "NIL", "0"}
_IDENTIFIER = re.compile(r"^\d{4,}$")
_MIN_RUNS = 3
_MAX_LABEL_WORDS = 25
_PERIOD = re.compile(r"^\(?(?:19|20)\d\d(?:\s?[/\-–]\s?\d{2,4})?\)?$")
_UNIT = re.compile(r"^\(?(?:£|\$|€|£'?000s?|£k|£m|%)\)?$", re.I)
_MONEY_NAME = re.compile(
    r"^(net|vat|gross|amount|amounts|total|totals|sum|cost|costs|price|value|budget|budgets|"
    r"actual|actuals|spent|spend|paid|payment|payments|receipts?|income|expenditure|balance|"
    r"variance|variation|estimated?|forecast|projected|outturn|precept|excl?|incl?|tax)\W*$", re.I)
_TRAILING_NAME = re.compile(
    r"^(remarks?|notes?|comments?|details?|description|ref|reference|date|method|status|invoice|"
    r"minute|power|authority|approved|authori[sz]ed|category|code|type|supplier|payee|cheque|chq)"
    r"\W*$", re.I)
_ATTACHES = re.compile(r"^(no\.?|number|nos?\.?|ref\.?)$", re.I)
_CONNECTOR = re.compile(r"^(to|of|and|&|for|in|at|-|/|–)$", re.I)


@dataclass
class _Tok:
    text: str
    start: int
    end: int
    kind: str
    """"amount", "blank" or "word" """


def _is_amount(text: str) -> bool:
    if not (any(c in text for c in _CURRENCY) or _PENCE.search(text)):
        return False
    plain = parse_plain(text)
    return plain is not None and not plain[1]


def _tokens(text: str, offset: int) -> list[_Tok]:
    raw = [(m.group(0), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]
    out: list[_Tok] = []
    i = 0
    while i < len(raw):
        t, s, e = raw[i]
        # "£ 558.89": a currency sign printed apart from its number is one cell.
        if t in _CURRENCY and i + 1 < len(raw) and _is_amount(t + raw[i + 1][0]):
            out.append(_Tok(text[s - offset:raw[i + 1][2] - offset], s, raw[i + 1][2], "amount"))
            i += 2
            continue
        kind = "amount" if _is_amount(t) else "blank" if t in _BLANK else "word"
        out.append(_Tok(t, s, e, kind))
        i += 1
    return out


def _runs(tokens: list[_Tok]) -> list[tuple[int, int]]:
    """(first, last + 1) token indexes of each run: amounts, with blanks after the first amount."""
    runs, i = [], 0
    while i < len(tokens):
        if tokens[i].kind != "amount":
            i += 1
            continue
        j = i
        while j < len(tokens) and tokens[j].kind in ("amount", "blank"):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _fit(runs: list[tuple[int, int]], tokens: list[_Tok], k: int) -> list[tuple[int, int]]:
    """Runs adjusted to k cells where blanks allow: leading blanks join a short run, trailing
    blanks beyond k are left to the text after it."""
    out = []
    for s, e in runs:
        while e - s > k and tokens[e - 1].kind == "blank":
            e -= 1
        floor = out[-1][1] if out else 0
        while e - s < k and s - 1 >= floor and tokens[s - 1].kind == "blank":
            s -= 1
        out.append((s, e))
    return out


def _label_sized(tokens: list[_Tok]) -> bool:
    return len(tokens) <= _MAX_LABEL_WORDS


def _table_regions(tokens: list[_Tok]) -> list[tuple[list[tuple[int, int]], int]]:
    """Groups of runs separated by label-sized text, with their common length k."""
    runs = _runs(tokens)
    groups: list[list[tuple[int, int]]] = []
    for run in runs:
        if groups and _label_sized(tokens[groups[-1][-1][1]:run[0]]):
            groups[-1].append(run)
        else:
            groups.append([run])
    regions = []
    for group in groups:
        lengths = Counter(e - s for s, e in group if e - s >= 2)
        if not lengths:
            continue
        k, _ = max(lengths.items(), key=lambda kv: (kv[1], kv[0]))
        fitted = _fit(group, tokens, k)
        n = sum(1 for s, e in fitted if e - s == k)
        if n < _MIN_RUNS or n < 2 * len(fitted) / 3:
            continue
        if not any(e - s == k and all(t.kind == "amount" for t in tokens[s:e]) for s, e in fitted):
            continue  # every "row" has a dash: prose ranges ("£10.00 - £12.00"), not cells
        # The table starts at its first full row: text before it is header (or prose).
        first = next(i for i, (s, e) in enumerate(fitted) if e - s == k)
        regions.append((fitted[first:], k))
    return regions


# -- header ---------------------------------------------------------------------------------------

def _header_units(tokens: list[_Tok]) -> list[list[_Tok]]:
    """Header words grouped into column names: a period, a unit, "No", a lower-case word or a
    connector continues the name before it ("Budget 2017/18", "Cheque No", "Spend to date")."""
    units: list[list[_Tok]] = []
    for tok in tokens:
        t = tok.text
        joins = units and (
            _PERIOD.match(t) or _UNIT.match(t) or _ATTACHES.match(t) or t[:1].islower()
            or not any(c.isalnum() for c in t) or _CONNECTOR.match(units[-1][-1].text)
        )
        if joins:
            units[-1].append(tok)
        else:
            units.append([tok])
    return units


def _money_name(unit: list[_Tok]) -> bool:
    return any(_MONEY_NAME.match(t.text) for t in unit) or all(
        _PERIOD.match(t.text) or _UNIT.match(t.text) for t in unit)


def _header(tokens: list[_Tok], k: int) -> tuple[list[str] | None, int, int]:
    """(k column names or None, index of the header's first token, index of the first label token)
    within the text before the first run. Prose before the header ends with a sentence."""
    units = _header_units(tokens)
    best, best_hits = None, 0
    for i in range(len(units) - k + 1):
        hits = sum(_money_name(u) for u in units[i:i + k])
        if hits > best_hits:
            best, best_hits = i, hits
    if best is None or best_hits < (k + 1) // 2:
        return None, _after_sentence(tokens, len(tokens)), _after_sentence(tokens, len(tokens))
    index = {id(t): n for n, t in enumerate(tokens)}
    names = units[best:best + k]
    label_unit = best + k
    while label_unit < len(units) and all(
            _TRAILING_NAME.match(t.text) or _ATTACHES.match(t.text) for t in units[label_unit]):
        label_unit += 1
    first_name = index[id(names[0][0])]
    start = _after_sentence(tokens, first_name)
    label = index[id(units[label_unit][0])] if label_unit < len(units) else len(tokens)
    return [" ".join(t.text for t in u) for u in names], start, label


def _after_sentence(tokens: list[_Tok], upto: int) -> int:
    """Index of the first token after the last sentence end before token `upto`."""
    for i in range(upto - 1, -1, -1):
        t = tokens[i].text
        if t[-1:] in ".!?:;" and len(t.rstrip(".!?:;")) >= 3 and not _ATTACHES.match(t):
            return i + 1
    return 0


# -- rows -------------------------------------------------------------------------------------

def _identifier_side(tokens: list[_Tok], runs: list[tuple[int, int]]) -> str | None:
    """"before" or "after" when most runs have an identifier token on that side."""
    before = sum(1 for s, _ in runs if s > 0 and _IDENTIFIER.match(tokens[s - 1].text))
    after = sum(1 for _, e in runs if e < len(tokens) and _IDENTIFIER.match(tokens[e].text))
    if max(before, after) * 2 < len(runs):
        return None
    return "before" if before >= after else "after"


def _cell(text: str, offset: int, toks: list[_Tok]) -> RawCell | None:
    if not toks:
        return None
    s, e = toks[0].start, toks[-1].end
    return RawCell(" ".join(text[s - offset:e - offset].split()), s, e)


def flat_tables(doc: Document) -> list[RawTable]:
    """Tables printed as one line of text (see the module docstring)."""
    tables = []
    for n, line in enumerate(doc.lines):
        text = doc.text[line.char_start:line.char_end]
        if "\t" in text:
            continue  # tab-separated: the tab reader's
        tokens = _tokens(text, line.char_start)
        for runs, k in _table_regions(tokens):
            table = _table(doc, n, text, line.char_start, tokens, runs, k)
            if table:
                tables.append(table)
    return tables


def _table(doc: Document, n: int, text: str, offset: int, tokens: list[_Tok],
           runs: list[tuple[int, int]], k: int) -> RawTable | None:
    line = doc.lines[n]
    side = _identifier_side(tokens, runs)
    # Text before the first run: prose, then the header, then the first row's label.
    lead = max(0, runs[0][0] - 1 - _MAX_LABEL_WORDS * 3)
    for i in range(runs[0][0] - 1, lead - 1, -1):
        if tokens[i].kind == "amount":  # an earlier amount (a table before, prose money) bounds it
            lead = i + 1
            break
    before = tokens[lead:runs[0][0]]
    if side == "before" and before and _IDENTIFIER.match(before[-1].text):
        before = before[:-1]
    names, head_start, label_start = _header(before, k)
    if names is None and not any(c in t.text for s, e in runs for t in tokens[s:e] for c in _CURRENCY):
        return None  # neither money column names nor currency signs: "7.30 8.15" need not be money
    header = before[head_start:label_start]
    rows: list[RawRow] = []
    segment_start = lead + label_start
    for r, (s, e) in enumerate(runs):
        label_toks = tokens[segment_start:s]
        first, last = (label_toks[0] if label_toks else tokens[s]), tokens[e - 1]
        if side == "before" and label_toks and _IDENTIFIER.match(label_toks[-1].text):
            label_toks = label_toks[:-1]
        segment_start = e
        if side == "after" and e < len(tokens) and _IDENTIFIER.match(tokens[e].text):
            last = tokens[e]
            segment_start = e + 1
        numbers = [RawCell(t.text, t.start, t.end) for t in tokens[s:e]]
        rows.append(RawRow(label=_cell(text, offset, label_toks),
                           cells=list(numbers) if len(numbers) == k else None, numbers=numbers,
                           start=first.start, end=last.end, page=line.page))
        if r == 0 and not label_toks:
            return None  # a table's first row has a label
    columns = names or [""] * k  # no header: unnamed columns
    start = header[0].start if header else rows[0].start
    title = _title(doc, n, tokens[lead:lead + head_start])
    unit_text = " ".join([title or "", *(t.text for t in header)])
    return RawTable(title=title, columns=columns, rows=rows, unit_text=unit_text, start=start, end=rows[-1].end,
                    pages=[line.page] if line.page else [])


def _title(doc: Document, n: int, prose: list[_Tok]) -> str | None:
    """The words just before the header in the same line when they introduce it ("Payments
    approved:"), else a heading-like line above."""
    if prose and prose[-1].text.endswith(":") and len(prose) <= 15:
        return " ".join(t.text for t in prose).rstrip(":")
    if prose or n == 0:
        return None
    above = doc.lines[n - 1]
    prev = doc.text[above.char_start:above.char_end].strip()
    if prev and len(prev) <= 120 and not prev.endswith((".", ":", ";")) and "\t" not in prev:
        return prev
    return None
