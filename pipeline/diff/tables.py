"""Matching financial tables, columns and rows across two papers, and the changes between them.

Tables pair by title, column headers and row labels (never by position); columns by measure,
period and normalised header, confirmed by how many values carry over unchanged; rows by label
within the same section, then by value continuity for renamed rows, then across tables and
sections for moved rows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extractors.vocabulary import AREA_KINDS

from ..models import ColumnMatch, FinancialTable, Period, TableColumn, TableRow

_SYNONYMS = [
    (r"\bspending plan\b", "planned spend"), (r"\bspending\b", "spend"),
    (r"\bplan\b", "planned"), (r"\brevised\b", "latest"), (r"\bupdated\b", "latest"),
    (r"\bexpenditure\b", "spend"), (r"\bestimated\b", "estimate"), (r"\bforecast\b", "projected"),
]
_PERIOD = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?\b")


def norm(text: str | None) -> str:
    """Lower case, words only, single spaces."""
    return " ".join(re.sub(r"[^a-z0-9&]+", " ", (text or "").lower()).split())


def header_key(label: str) -> str:
    """A column header without its period, in the words both papers would use."""
    key = norm(_PERIOD.sub(" ", label))
    for pattern, repl in _SYNONYMS:
        key = re.sub(pattern, repl, key)
    return " ".join(re.sub(r"\b(for|in|of|the|to)\b", " ", key).split())


_AREA_WORDS = frozenset(AREA_KINDS)


def label_key(text: str | None) -> str:
    """A label as it names its line: normalised, without the kind of area it is ("Trinity Ward"
    and "Trinity" are one ward, vocabulary.AREA_KINDS). A label that is only such a word
    ("Ward") keeps it."""
    words = norm(text).split()
    kept = [w for w in words if w not in _AREA_WORDS]
    return " ".join(kept or words)


def label_similarity(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 100.0 if not a and not b else 0.0
    if label_key(a) == label_key(b):
        return 100.0
    return fuzz.ratio(norm(a), norm(b))


def row_name(row: TableRow) -> str:
    """The row's label; an unlabelled subtotal answers to "Subtotal: <section>" (as in gold)."""
    if row.kind == "subtotal" and (not row.label or row.section):
        return f"Subtotal: {row.section}" if row.section else "Subtotal"
    return row.label or "(unlabelled row)"


def data_rows(table: FinancialTable) -> list[int]:
    return [i for i, r in enumerate(table.rows)
            if r.kind != "heading" and any(v is not None for v in r.values)]


# ---------------------------------------------------------------------------------------------
# Columns


@dataclass
class ColumnPair:
    old: int
    new: int
    match: str
    note: str | None = None


def effective_periods(table: FinancialTable) -> dict[int, tuple[Period, str]]:
    """Columns whose printed period the table's own arithmetic contradicts: index -> (period, why).

    A variance column for period P is projected(P) - planned(P). When the only projected column is
    headed with another period but the variance adds up with it on (nearly) every row, the header
    is a misprint and the column is really for P (West Sussex, June 2020: "Projected spend for
    2021/22" sits between 2020/21 columns and the 2020/21 variance is computed from it).
    """
    cols = table.columns
    found: dict[int, tuple[Period, str]] = {}
    for v, vcol in enumerate(cols):
        if vcol.measure != "variance" or vcol.period is None:
            continue
        planned = [j for j, c in enumerate(cols) if c.measure in ("planned", "budget")
                   and c.period and c.period.label == vcol.period.label]
        projected = [j for j, c in enumerate(cols) if c.measure in ("projected", "actual", "estimate")
                     and c.period and c.period.label != vcol.period.label]
        same = [j for j, c in enumerate(cols) if c.measure == "projected"
                and c.period and c.period.label == vcol.period.label]
        if len(planned) != 1 or same:
            continue
        for p in projected:
            agree = total = 0
            for row in table.rows:
                vals = row.values
                if max(v, p, planned[0]) >= len(vals):
                    continue
                a, b, d = vals[p], vals[planned[0]], vals[v]
                if a is None or b is None or d is None or (a == 0 and b == 0 and d == 0):
                    continue
                total += 1
                agree += abs((a - b) - d) <= table.scale or abs((b - a) - d) <= table.scale
            if total >= 3 and agree >= 0.9 * total:
                found[p] = (vcol.period, f'"{cols[p].label}" is read as {vcol.period.label}: '
                           f'"{vcol.label}" equals it minus "{cols[planned[0]].label}" on '
                           f"{agree} of {total} rows, so its printed year is a misprint")
                break
    return found


def _column_score(a: TableColumn, pa: Period | None, b: TableColumn, pb: Period | None) -> float:
    score = 0.0
    if a.measure == b.measure:
        score += 40
    elif {a.measure, b.measure} <= {"budget", "planned"} or {a.measure, b.measure} <= {
            "estimate", "projected"}:
        score += 15
    if (pa and pa.label) == (pb and pb.label):
        score += 30
    elif pa and pb and pa.start.year != pb.start.year:
        score -= 10
    score += 0.3 * fuzz.token_sort_ratio(header_key(a.label), header_key(b.label))
    return score


def match_columns(old: FinancialTable, new: FinancialTable, rows: list[tuple[int, int]],
                  title: str) -> tuple[list[ColumnPair], list[ColumnMatch]]:
    """Pair columns greedily by score; a column with no counterpart is reported, not forced."""
    old_fix, new_fix = effective_periods(old), effective_periods(new)

    def period(table, fix, j):
        return fix[j][0] if j in fix else table.columns[j].period

    def continuity(i: int, j: int) -> float:
        same = total = 0
        for ro, rn in rows:
            a = old.rows[ro].values[i] if i < len(old.rows[ro].values) else None
            b = new.rows[rn].values[j] if j < len(new.rows[rn].values) else None
            if a is None or b is None or (a == 0 and b == 0):
                continue
            total += 1
            same += a == b
        return same / total if total else 0.0

    candidates = []
    for i, a in enumerate(old.columns):
        for j, b in enumerate(new.columns):
            s = _column_score(a, period(old, old_fix, i), b, period(new, new_fix, j))
            s += 30 * continuity(i, j)
            candidates.append((s, i, j))
    candidates.sort(reverse=True)
    pairs: list[ColumnPair] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for s, i, j in candidates:
        if i in used_old or j in used_new or s < 75:
            continue
        a, b = old.columns[i], new.columns[j]
        notes = []
        if i in old_fix:
            notes.append(old_fix[i][1] + " (OLD)")
        if j in new_fix:
            notes.append(new_fix[j][1] + " (NEW)")
        if norm(a.label) == norm(b.label):
            kind = "exact"
        elif header_key(a.label) == header_key(b.label) or (
                a.measure == b.measure and period(old, old_fix, i) == period(new, new_fix, j)
                and a.measure != "other"):
            kind = "renamed"
        else:
            kind = "fuzzy"
        if kind != "exact":
            notes.append(f"matched by measure ({b.measure}), period and header; "
                         f"{round(100 * continuity(i, j))}% of values carry over")
        pairs.append(ColumnPair(i, j, kind, "; ".join(notes) or None))
        used_old.add(i)
        used_new.add(j)
    report = [ColumnMatch(table=title, old=old.columns[p.old].label, new=new.columns[p.new].label,
                          match=p.match, note=p.note) for p in sorted(pairs, key=lambda p: p.new)]
    report += [ColumnMatch(table=title, old=c.label, new=None, note="only in OLD")
               for i, c in enumerate(old.columns) if i not in used_old]
    report += [ColumnMatch(table=title, old=None, new=c.label, note="only in NEW")
               for j, c in enumerate(new.columns) if j not in used_new]
    return pairs, report


# ---------------------------------------------------------------------------------------------
# Rows


@dataclass
class RowPair:
    old: int
    new: int
    match: str  # exact | fuzzy | renamed | possibly renamed (a weak pairing: no value changes)


@dataclass
class TablePairing:
    rows: list[RowPair] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    added: list[int] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)
    """(old, new) section headings that name one section in other words"""


# Two section headings name one section at this likeness (a heading reworded a little:
# "Banners Gate Counselling Centre" / "... Service" is 89).
SAME_SECTION = 85


def same_section(a: TableRow, b: TableRow) -> bool:
    return label_similarity(a.section, b.section) >= SAME_SECTION


# A section heading reworded ("Home – Start Birmingham North West" -> "Home Start Birmingham",
# "YMCA" -> "YMCA (Falcon Lodge)") keeps the words of the shorter: token-set likeness of at least
# this much ...
SECTION_RENAME_WORDS = 85
# ... or, in other words altogether, this many of its rows come back with the same label and
# the same values.
SECTION_RENAME_ROWS = 2
# ... or every one of its rows (a section of one line: a grant application) comes back so, and
# its heading keeps this much of its words ("St Peter's Church" -> "St Peters Church – Maney",
# 82): less than SECTION_RENAME_WORDS, because the money vouches for it too.
SECTION_RENAME_WORDS_CARRIED = 75


def section_renames(old: FinancialTable, new: FinancialTable) -> dict[str, str]:
    """The sections of OLD that NEW names in other words: norm(old heading) -> new heading. Only
    sections no heading of the other table names alike; the likeliest pairs first."""
    def sections(t):
        return list(dict.fromkeys(t.rows[i].section for i in data_rows(t) if t.rows[i].section))

    olds, news = sections(old), sections(new)
    lone_old = [a for a in olds if not any(label_similarity(a, b) >= 85 for b in news)]
    lone_new = [b for b in news if not any(label_similarity(a, b) >= 85 for a in olds)]

    def rows_of(t, sec):
        return [(label_key(t.rows[i].label), tuple(t.rows[i].values)) for i in data_rows(t)
                if t.rows[i].section == sec]

    def kinds_of(t, sec):
        return [t.rows[i].kind for i in data_rows(t) if t.rows[i].section == sec]

    cands = []
    for a in lone_old:
        ra = rows_of(old, a)
        for b in lone_new:
            rb = rows_of(new, b)
            carried = sum(1 for r in ra if r in rb and any(r[1]))
            words = fuzz.token_set_ratio(norm(a), norm(b))
            items = [r for r, k in zip(ra, kinds_of(old, a), strict=True) if k == "item"]
            whole = bool(items) and all(r in rb for r in items) and \
                words >= SECTION_RENAME_WORDS_CARRIED
            if words >= SECTION_RENAME_WORDS or carried >= SECTION_RENAME_ROWS or whole:
                cands.append((words >= SECTION_RENAME_WORDS, carried, words, a, b))
    out: dict[str, str] = {}
    taken: set[str] = set()
    for *_, a, b in sorted(cands, reverse=True):
        if norm(a) not in out and b not in taken:
            out[norm(a)] = b
            taken.add(b)
    return out


def _values_carry(a: TableRow, b: TableRow) -> int:
    """How many non-zero values of row a reappear in row b (renamed rows keep their money)."""
    bs = [v for v in b.values if v]
    n = 0
    for v in a.values:
        if v and v in bs:
            bs.remove(v)
            n += 1
    return n


def label_counts(table: FinancialTable, by_section: bool) -> Counter:
    """How often each normalised label is printed among the data rows (within its section, or in
    the whole table)."""
    return Counter((norm(table.rows[i].section) if by_section else "", norm(table.rows[i].label))
                   for i in data_rows(table) if table.rows[i].label)


def unique_label(table: FinancialTable, row: TableRow, counts: Counter | None = None) -> bool:
    """Whether a row's label names it alone in its table. A label printed on several rows (the
    ward of each grant application, a payee paid twice) says which line it is only together
    with its section, so a row with such a label is never followed out of its section."""
    counts = counts if counts is not None else label_counts(table, by_section=False)
    return bool(row.label) and counts[("", norm(row.label))] == 1


# Two payments' purposes as printed are one purpose at this likeness or more (spacing and
# punctuation aside: "Professional Services - July 17" and "- June 17" are two).
SAME_PURPOSE = 95
# A renamed row is proven by its money: this many of its non-zero values carried over unchanged.
RENAME_MIN_CARRIED = 2


def two_payments(a: tuple[frozenset, str], b: tuple[frozenset, str]) -> bool:
    """Whether two rows, each as (dates printed on it, what it says it was for), are two
    payments (see match_rows)."""
    (da, wa), (db, wb) = a, b
    if not da or not db or da & db:
        return False  # undated, or dated alike: one payment, perhaps corrected
    return not (wa and wb) or fuzz.ratio(norm(wa), norm(wb)) < SAME_PURPOSE


def match_rows(old: FinancialTable, new: FinancialTable,
               dated: tuple[list[tuple[frozenset, str]], list[tuple[frozenset, str]]] | None = None
               ) -> TablePairing:
    """Pairs the rows of two tables. `dated`, when given, holds for each row of each table the
    dates printed on it and what it says it was for (a payments list's "23/10/2017", "Past
    Mayor Pendants"): see `other_payment`."""
    olds, news = data_rows(old), data_rows(new)
    pairing = TablePairing()
    renamed = section_renames(old, new)
    pairing.sections = [(next(old.rows[i].section for i in olds if norm(old.rows[i].section) == a),
                         b) for a, b in renamed.items()]

    pairing.sections += reworded_sections(old, new, renamed)

    def other_payment(i: int, j: int) -> bool:
        """Two dated lines (payments) that share no date are two payments, whatever their payee
        and amount (a month's rent is not the next month's at the same price; Sutton Coldfield
        payments Q2 -> Q3: Thomas Fattorini Ltd's "Deputy Mayor Regalia" is not its "Past
        Mayor Pendants"), unless they say they were for the same thing (a payment listed again
        under another date column: "Library Contribution")."""
        return dated is not None and two_payments(dated[0][i], dated[1][j])

    def same_section(a: TableRow, b: TableRow) -> bool:
        return label_similarity(a.section, b.section) >= 85 or (
            bool(a.section) and renamed.get(norm(a.section)) == b.section)


    # A label printed twice in one section (a payee with two invoices) does not say which of
    # the two is which: such rows pair only with a row of the very same values.
    repeated_old, repeated_new = label_counts(old, by_section=True), label_counts(new, by_section=True)

    # Once one of two such rows has found its twin, the other is no longer in doubt: the
    # repeats are counted among the rows still unpaired, and each pass is run again while it
    # pairs more (Souldern 2016-17's two "post office rent (6 months)" lines of £125: one is
    # 2015-16's £125 line, so the other is its "3125" line).
    free_new = set(news)
    free_old = set(olds)

    # What a payment line says it was for tells two invoices of one payee apart ("JA
    # Productions: 25% delivery of CBSO Concert" and "JA Productions: CBSO - Production
    # balance", Sutton Coldfield payments Q1 -> Q2); lines alike in payee, purpose and values
    # (the same invoice listed twice) leave no doubt which is which either.
    def purpose(side: int, k: int) -> str:
        return norm(dated[side][k][1]) if dated is not None and k < len(dated[side]) else ""

    def ambiguous(i: int, j: int) -> bool:
        a, b = old.rows[i], new.rows[j]
        if a.values == b.values:
            return False
        return len(repeated_old.get((norm(a.section), norm(a.label), purpose(0, i)), ())) > 1 \
            or len(repeated_new.get((norm(b.section), norm(b.label), purpose(1, j)), ())) > 1

    def recount() -> None:
        nonlocal repeated_old, repeated_new
        repeated_old, repeated_new = {}, {}
        for table, free, out, side in ((old, free_old, repeated_old, 0),
                                       (new, free_new, repeated_new, 1)):
            for k in free:
                if table.rows[k].label:
                    key = (norm(table.rows[k].section), norm(table.rows[k].label), purpose(side, k))
                    out.setdefault(key, set()).add(tuple(table.rows[k].values))

    def take(i: int, j: int, how: str) -> None:
        pairing.rows.append(RowPair(i, j, how))
        free_old.discard(i)
        free_new.discard(j)

    # 1. same label (or both unlabelled subtotals) in the same section; 2. similar label there.
    for threshold, how in ((100, "exact"), (100, "exact"), (88, "fuzzy"), (88, "fuzzy")):
        recount()
        cands = []
        for i in sorted(free_old):
            for j in free_new:
                a, b = old.rows[i], new.rows[j]
                if not same_section(a, b) or (a.label and ambiguous(i, j)) or other_payment(i, j):
                    continue
                if a.kind in ("subtotal", "total") and a.kind == b.kind and (not a.label or not b.label):
                    s = 100.0  # an unlabelled subtotal is named by its section
                else:
                    s = label_similarity(a.label, b.label)
                if s >= threshold:
                    cands.append((s, -abs(i - j), i, j))
        for _, _, i, j in sorted(cands, reverse=True):
            if i in free_old and j in free_new:
                take(i, j, how)
    # 3. the one line of a section in both papers, its money carried over whole, is the same
    # line whatever its label says (a grant application printed as one line under its
    # organisation's heading: "Four Oaks" in the report, "ward" in the minutes).
    for i in sorted(free_old):
        a = old.rows[i]
        if a.kind != "item" or not any(a.values):
            continue
        mates = [j for j in free_new if same_section(a, new.rows[j]) and new.rows[j].kind == "item"]
        if len(mates) != 1 or _items_in_section(old, a) != 1 or \
                _items_in_section(new, new.rows[mates[0]]) != 1:
            continue
        b = new.rows[mates[0]]
        if _values_carry(a, b) == sum(1 for v in a.values if v) and not other_payment(i, mates[0]):
            take(i, mates[0], "exact")
    # 4. renamed: same section, the money carries over (at least two non-zero values).
    cands = []
    for i in sorted(free_old):
        for j in free_new:
            a, b = old.rows[i], new.rows[j]
            if same_section(a, b) and a.kind == b.kind and not other_payment(i, j):
                carry = _values_carry(a, b)
                # (words reordered count as alike: "CDC Dog Bins" / "Dog Bin emptying CDC")
                alike = max(label_similarity(a.label, b.label),
                            fuzz.token_set_ratio(norm(a.label), norm(b.label)))
                # (or the whole of a one-value line carried over to a line of the same payee,
                # its first word: "OALC subscriptions" £133.07 -> "OALC insurance" £133.07)
                whole = carry >= 1 and carry == sum(1 for v in a.values if v)
                payee = bool(a.label and b.label) and norm(a.label).split()[:1] == \
                    norm(b.label).split()[:1]
                if carry >= 2 or (carry >= 1 and alike >= 60) or (whole and payee):
                    cands.append((carry, alike, i, j))
    for carry, _, i, j in sorted(cands, reverse=True):
        if i in free_old and j in free_new:
            # One value in common and a similar label is a guess, not a proof, unless one label
            # holds the other: shown as "possibly renamed", and no value change is read from it.
            a, b = norm(old.rows[i].label), norm(new.rows[j].label)
            kept = bool(a and b) and (a in b or b in a)  # "Neglect Strategy work" in "Complaints
            # Officer Neglect Strategy work" (two lines of print read as one)
            take(i, j, "renamed" if carry >= RENAME_MIN_CARRIED or kept else "possibly renamed")
    # 5. same label in another section of the same table: a move (see also across tables), when
    # the label names one row only in each table.
    once_old, once_new = label_counts(old, by_section=False), label_counts(new, by_section=False)
    for i in sorted(free_old):
        if not unique_label(old, old.rows[i], once_old):
            continue
        for j in sorted(free_new):
            if not unique_label(new, new.rows[j], once_new) or other_payment(i, j):
                continue
            if label_similarity(old.rows[i].label, new.rows[j].label) == 100 and old.rows[i].label:
                take(i, j, "exact")
                break
    # A total over one line, printed in one paper and not the other, is that line again
    # ("Total: £8,000" under YMCA's one £8,000 line): no row gone or new.
    paired = {p.old for p in pairing.rows}, {p.new for p in pairing.rows}
    free_old -= set(_totals_of_one_line(old, paired[0], free_old))
    free_new -= set(_totals_of_one_line(new, paired[1], free_new))
    pairing.removed = sorted(free_old)
    pairing.added = sorted(free_new)
    return pairing


def _items_in_section(table: FinancialTable, row: TableRow) -> int:
    return sum(1 for i in data_rows(table) if table.rows[i].kind == "item"
               and table.rows[i].section == row.section)


def _totals_of_one_line(table: FinancialTable, paired: set[int], free: set[int]) -> list[int]:
    """The unpaired total rows of `free` that only restate the one paired line of their
    section (same values)."""
    out = []
    for t in free:
        row = table.rows[t]
        if row.kind not in ("total", "subtotal") or not row.section:
            continue
        items = [i for i in data_rows(table) if table.rows[i].kind == "item"
                 and table.rows[i].section == row.section]
        if len(items) == 1 and items[0] in paired and table.rows[items[0]].values == row.values:
            out.append(t)
    return out


def reworded_sections(old: FinancialTable, new: FinancialTable,
                      renamed: dict[str, str]) -> list[tuple[str, str]]:
    """(old, new) section headings that `match_rows` already takes for one section (alike at
    85% or more) but that are printed in other words ("St Peter's Church" -> "St Peters Church
    – Maney", "Banners Gate Counselling Centre" -> "... Service"): a reader is told of the new
    wording. Not a heading printed in both papers, nor one that differs only in case,
    punctuation or the kind of area it is."""
    def sections(t):
        return list(dict.fromkeys(t.rows[i].section for i in data_rows(t) if t.rows[i].section))

    olds, news = sections(old), sections(new)
    old_keys, new_keys = {label_key(a) for a in olds}, {label_key(b) for b in news}
    out, taken = [], set(renamed.values())
    for a in olds:
        if label_key(a) in new_keys or norm(a) in renamed:
            continue
        cands = [(label_similarity(a, b), b) for b in news
                 if b not in taken and label_key(b) not in old_keys]
        score, b = max(cands, default=(0.0, None))
        if b is not None and score >= SAME_SECTION:
            out.append((a, b))
            taken.add(b)
    return out


def breakdown_section(table: FinancialTable, section: str | None) -> bool:
    """Whether the lines of a section are one line broken down: each is named by a label the
    table prints in other sections too (the wards of each grant application: "Four Oaks",
    "New Hall", "Trinity", "Vesey" under every organisation). Such a section added or removed
    whole is one change, named by its heading."""
    if not section:
        return False
    rows = [table.rows[i] for i in data_rows(table)]
    mine = [r for r in rows if r.section == section and r.kind == "item"]
    others = {r.section for r in rows if r.section and r.section != section}
    if not mine or not others:
        return False
    where: dict[str, set] = {}
    for r in rows:
        if r.section != section and r.label:
            where.setdefault(label_key(r.label), set()).add(r.section)
    # (a ward is printed under most applications; a payee paid in another month is not)
    need = max(2, BREAKDOWN_SHARE * len(others))
    return all(r.label and len(where.get(label_key(r.label), ())) >= need for r in mine)


# The labels of a breakdown are printed under at least this share of the table's other
# sections (and under two at least): the wards of a grant table head the lines of most
# applications, while a payee of a payments list grouped by month is paid in some months only.
BREAKDOWN_SHARE = 0.5


def table_similarity(old: FinancialTable, new: FinancialTable) -> float:
    """0..100 from titles, headers and row labels: how likely the two are the same table."""
    labels_old = {norm(old.rows[i].label) for i in data_rows(old) if old.rows[i].label}
    labels_new = {norm(new.rows[i].label) for i in data_rows(new) if new.rows[i].label}
    rows = 0.0
    if labels_old and labels_new:
        hits = sum(1 for a in labels_old if any(fuzz.ratio(a, b) >= 88 for b in labels_new))
        rows = 100 * hits / min(len(labels_old), len(labels_new))
    heads = fuzz.token_set_ratio(" ".join(header_key(c.label) for c in old.columns),
                                 " ".join(header_key(c.label) for c in new.columns))
    title = fuzz.token_set_ratio(norm(old.title), norm(new.title)) if old.title and new.title else None
    parts = [(rows, 0.6), (heads, 0.25)] + ([(title, 0.15)] if title is not None else [])
    weight = sum(w for _, w in parts)
    return sum(v * w for v, w in parts) / weight


def match_tables(old: list[FinancialTable], new: list[FinancialTable]) -> list[tuple[int, int]]:
    cands = sorted(((table_similarity(a, b), i, j) for i, a in enumerate(old)
                    for j, b in enumerate(new)), reverse=True)
    pairs, used_old, used_new = [], set(), set()
    for s, i, j in cands:
        if s >= 45 and i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return sorted(pairs)
