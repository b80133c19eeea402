"""The arithmetic of a financial table: what must add up, and which readings make it add up.

Relations checked (all in printed units, within rounding of one unit of scale):
- row identities: a variance column equals the difference of two other columns, and a row-total
  column (Gross, Total) the sum of two others (Gross = Net + VAT). Which two is read from the
  table itself (the pair that holds on most rows), so a mislabelled header does not break it;
- items sum to their (unlabelled or labelled) subtotal; subtotals and the items after them sum to
  a total ("... funding requirement"); totals sum to a grand total ("Totals") when the rows above
  do not. A subtotal may also be cumulative (the previous subtotal plus the new items).

Choices the arithmetic may make: where the printed numbers of a row with blanks go (when nothing
on the page says), and which reading of an OCR-damaged cell is right. Each choice starts at its
default (numbers from the left; the first reading) and moves only when another option satisfies
strictly more checks (coordinate ascent); every cell whose reading moved is flagged.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass, field
from decimal import Decimal

from .numbers import Cell, Reading


@dataclass
class WorkRow:
    label: str | None
    kind: str
    section: str | None
    numbers: list[Cell]
    placements: list[tuple[int, ...]]
    """candidate column positions of `numbers` (one entry when the page fixes them)"""
    placement: int = 0
    choice: dict[int, int] = field(default_factory=dict)
    """reading index per number position (default 0)"""
    flags: list[str] = field(default_factory=list)

    @property
    def counts(self) -> bool:
        """Whether the row takes part in the arithmetic (headings and OCR ghosts do not)."""
        return self.kind not in ("heading", "ghost")

    def columns(self) -> tuple[int, ...]:
        return self.placements[self.placement] if self.placements else ()

    def values(self, ncols: int) -> list[Decimal | None]:
        out: list[Decimal | None] = [None] * ncols
        for pos, col in enumerate(self.columns()):
            cell = self.numbers[pos]
            out[col] = cell.readings[self.choice.get(pos, 0)].value
        return out

    def cell_at(self, col: int) -> tuple[int, Cell] | None:
        for pos, c in enumerate(self.columns()):
            if c == col:
                return pos, self.numbers[pos]
        return None


@dataclass(frozen=True)
class RowIdentity:
    """target = first + sign * second"""

    target: int
    first: int
    second: int
    sign: int = -1


@dataclass(frozen=True)
class SumRelation:
    target: int
    parts: tuple[int, ...]
    name: str


@dataclass
class Outcome:
    description: str
    row: int
    column: int
    expected: Decimal
    actual: Decimal
    passed: bool
    rounding: bool


def _num(v: Decimal | None) -> Decimal:
    return v if v is not None else Decimal(0)


def _judge(lhs: Decimal | None, rhs_terms: list[Decimal | None]) -> tuple[bool, bool, bool, Decimal]:
    """(applicable, passed, rounding, expected) for lhs == sum(rhs_terms)."""
    present = [v for v in [lhs, *rhs_terms] if v is not None]
    if len(present) < 2 or lhs is None or all(v == 0 for v in present):
        return False, True, False, Decimal(0)
    expected = sum((_num(v) for v in rhs_terms), Decimal(0))
    diff = abs(expected - lhs)
    return True, diff <= 1, diff == 1, expected


class TableArithmetic:
    def __init__(self, rows: list[WorkRow], ncols: int, grouped: bool = False,
                 unsummed: frozenset[int] = frozenset()):
        self.rows = rows
        self.ncols = ncols
        self.grouped = grouped
        """each group (an application, a payee) adds up on its own"""
        self.summed = [j for j in range(ncols) if j not in unsummed]
        """the columns whose figures add up down the table: not a rate or a life in years
        (a total's "4.82 %" is an average of the rates above it, not their sum)"""
        self.identities: list[RowIdentity] = []
        self.sums: list[SumRelation] = []

    # -- structure -------------------------------------------------------------------------
    def discover_identities(self, variance_columns: list[int]) -> None:
        data = [r.values(self.ncols) for r in self.rows if r.counts and len(r.placements) == 1]
        for v in variance_columns:
            best, best_hits = None, 0
            for a, b in itertools.permutations([c for c in range(self.ncols) if c not in variance_columns], 2):
                hits = considered = 0
                for vals in data:
                    if vals[v] is None or vals[a] is None or vals[b] is None:
                        continue
                    if vals[v] == 0 and vals[a] == 0 and vals[b] == 0:
                        continue
                    considered += 1
                    hits += abs(vals[a] - vals[b] - vals[v]) <= 1
                if hits > best_hits and hits >= 3 and hits >= 0.6 * considered:
                    best, best_hits = RowIdentity(v, a, b), hits
            if best:
                self.identities.append(best)

    # A row total found as the sum of two columns must hold on nearly every row that prints all
    # three: "TOTAL External = Public Health External + CYPE External" holds on 27 of Kent's 35
    # rows only because the other directorates' External columns are mostly 0 (it is the sum
    # of five); a pair that fails on more rows than OCR misreads explain is no identity.
    MIN_SUM_SHARE = 0.85

    def discover_sums(self, total_columns: list[int], exclude: list[int]) -> None:
        """A row-total column that is the sum of two other columns on most rows (Gross = Net + VAT)."""
        data = [r.values(self.ncols) for r in self.rows if r.counts and len(r.placements) == 1]
        for t in total_columns:
            best, best_hits = None, 0
            others = [c for c in range(self.ncols) if c != t and c not in exclude]
            for a, b in itertools.combinations(others, 2):
                hits = considered = 0
                for vals in data:
                    if vals[t] is None or vals[a] is None or vals[b] is None:
                        continue
                    if vals[t] == 0 and vals[a] == 0 and vals[b] == 0:
                        continue
                    considered += 1
                    hits += abs(vals[a] + vals[b] - vals[t]) <= 1
                if hits > best_hits and hits >= 3 and hits >= self.MIN_SUM_SHARE * considered:
                    best, best_hits = RowIdentity(t, a, b, sign=1), hits
            if best:
                self.identities.append(best)

    def build_sums(self) -> None:
        """Subtotal and total relations from the row kinds, in reading order."""
        items: list[int] = []
        level1: list[int] = []
        totals: list[int] = []
        last_subtotal: int | None = None
        group: str | None = None
        section_rows: list[int] = []  # since the last heading: a total may close its section
        section_totals: list[int] = []
        for i, row in enumerate(self.rows):
            if row.kind == "heading":
                section_rows, section_totals = [], []
            if not row.counts:
                continue
            if self.grouped and row.section != group:
                items, level1, totals, last_subtotal = [], [], [], None
                group = row.section
            if row.kind == "item":
                items.append(i)
            elif row.kind == "subtotal":
                options = []
                if items:
                    options.append(SumRelation(i, tuple(items), "subtotal"))
                if last_subtotal is not None and items:
                    options.append(SumRelation(i, (last_subtotal, *items), "cumulative subtotal"))
                if options:
                    self.sums.append(self._best(options))
                    summed = set(self.sums[-1].parts)
                    section_rows = [r for r in section_rows if r not in summed]
                section_rows.append(i)
                level1.append(i)
                last_subtotal = i
                items = []
            elif row.kind == "total":
                options = []
                if level1 or items:
                    options.append(SumRelation(i, tuple(level1 + items), "total"))
                if totals:
                    options.append(SumRelation(i, tuple(totals), "grand total"))
                if section_rows and tuple(section_rows) != tuple(level1 + items):
                    # "TOTAL SPENDING" under the heading SPENDING: the rows of its section
                    options.append(SumRelation(i, tuple(section_rows), "section total"))
                if section_totals and items:
                    # "TOTAL SAVINGS, INCOME & GRANT": the section's total so far and the rows after it
                    options.append(SumRelation(i, (*section_totals, *items), "section total"))
                if options:
                    self.sums.append(self._best(options))
                totals.append(i)
                section_totals.append(i)
                section_rows = []
                level1, items, last_subtotal = [], [], None
                continue
            if row.kind == "item":
                section_rows.append(i)

    def _best(self, options: list[SumRelation]) -> SumRelation:
        def fit(rel: SumRelation) -> float:
            score = 0.0
            target = self.rows[rel.target].values(self.ncols)
            parts = [self.rows[p].values(self.ncols) for p in rel.parts]
            for j in self.summed:
                ok_app, ok, _, _ = _judge(target[j], [p[j] for p in parts])
                if ok_app:
                    score += 1 if ok else -1
            return score

        return max(options, key=fit)

    def looks_like_subtotal(self, i: int, items: list[int]) -> bool:
        """A labelled row whose numbers are the sum of the items above it is a subtotal."""
        if len(items) < 2:
            return False
        target = self.rows[i].values(self.ncols)
        parts = [self.rows[p].values(self.ncols) for p in items]
        hits = tried = 0
        for j in self.summed:
            applicable, ok, _, _ = _judge(target[j], [p[j] for p in parts])
            if applicable:
                tried += 1
                hits += ok
        return tried >= 3 and hits >= 0.5 * tried

    # -- evaluation ----------------------------------------------------------------------------
    def outcomes(self, columns: list[str]) -> list[Outcome]:
        vals = [r.values(self.ncols) for r in self.rows]
        out: list[Outcome] = []
        for i, row in enumerate(self.rows):
            if not row.counts:
                continue
            for ident in self.identities:
                v = vals[i]
                second = v[ident.second]
                terms = [v[ident.first], ident.sign * second if second is not None else None]
                applicable, ok, rounding, expected = _judge(v[ident.target], terms)
                if applicable:
                    out.append(Outcome(
                        f"{row.label or 'unlabelled row'}: {columns[ident.target]} = "
                        f"{columns[ident.first]} {'+' if ident.sign > 0 else '-'} {columns[ident.second]}",
                        i, ident.target, expected, v[ident.target], ok, rounding))
        for rel in self.sums:
            for j in self.summed:
                applicable, ok, rounding, expected = _judge(vals[rel.target][j],
                                                            [vals[p][j] for p in rel.parts])
                if applicable:
                    target = self.rows[rel.target]
                    out.append(Outcome(
                        f"{target.label or 'unlabelled ' + rel.name}: {columns[j]} = {rel.name} "
                        f"of {len(rel.parts)} rows above", rel.target, j, expected,
                        vals[rel.target][j], ok, rounding))
        return out

    def derive_unreadable(self) -> list[tuple[int, int, Decimal]]:
        """Unreadable cells that a row identity determines: (row, column, value), set in place."""
        derived = []
        for i, row in enumerate(self.rows):
            if not row.counts:
                continue
            for ident in self.identities:
                vals = row.values(self.ncols)
                for col in (ident.target, ident.first, ident.second):
                    found = row.cell_at(col)
                    if not found or found[1].readings[row.choice.get(found[0], 0)].flag != "unreadable":
                        continue
                    others = [c for c in (ident.target, ident.first, ident.second) if c != col]
                    if any(vals[c] is None for c in others):
                        continue
                    t, f, s, sign = vals[ident.target], vals[ident.first], vals[ident.second], ident.sign
                    value = (f + sign * s) if col == ident.target else (t - sign * s) if col == ident.first \
                        else sign * (t - f)
                    pos, cell = found
                    readings = list(cell.readings) + [Reading(value, "derived_from_arithmetic")]
                    row.numbers[pos] = dataclasses.replace(cell, readings=tuple(readings))
                    row.choice[pos] = len(readings) - 1
                    derived.append((i, col, value))
        return derived

    def score(self) -> float:
        total = 0.0
        for o in self.outcomes([""] * self.ncols):
            total += (0.5 if o.rounding else 1.0) if o.passed else -1.0
        return total

    # -- choices -------------------------------------------------------------------------------
    def _variables(self):
        for i, row in enumerate(self.rows):
            if len(row.placements) > 1:
                yield ("placement", i, None, len(row.placements))
            for pos, cell in enumerate(row.numbers):
                if len(cell.readings) > 1:
                    yield ("reading", i, pos, len(cell.readings))

    def _get(self, var) -> int:
        kind, i, pos, _ = var
        return self.rows[i].placement if kind == "placement" else self.rows[i].choice.get(pos, 0)

    def _set(self, var, value: int) -> None:
        kind, i, pos, _ = var
        if kind == "placement":
            self.rows[i].placement = value
        else:
            self.rows[i].choice[pos] = value

    def solve(self, passes: int = 4) -> None:
        variables = list(self._variables())
        for _ in range(passes):
            changed = False
            for var in variables:
                current = self._get(var)
                best_value, best_score = current, self.score()
                for option in range(var[3]):
                    if option == current:
                        continue
                    self._set(var, option)
                    s = self.score()
                    if s > best_score:
                        best_value, best_score = option, s
                self._set(var, best_value)
                changed |= best_value != current
            if not changed:
                break
