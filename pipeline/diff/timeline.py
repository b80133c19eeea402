"""`timeline(results)`: each matched table line's values across a series of papers.

Papers are put in date order; each consecutive pair is matched exactly as `diff_results` matches
tables, rows and columns, and the pairings are chained so one line follows a row through renames.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape

from ..models import ExtractionResult
from .render import _env, pounds
from .tables import match_columns, match_rows, match_tables, row_name


@dataclass
class Line:
    table: str
    section: str | None
    row: str
    column: str
    values: list[Decimal | None] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        seen = {v for v in self.values if v is not None}
        return len(seen) > 1


@dataclass
class Timeline:
    papers: list[str]
    lines: list[Line]


def _label(r: ExtractionResult) -> str:
    return r.document.date or r.source.path


def timeline(results: list[ExtractionResult]) -> Timeline:
    results = sorted(results, key=lambda r: (r.document.date or "9999", r.source.path))
    n = len(results)
    lines: list[Line] = []
    # cell (paper, table, row, column) -> index into lines
    at: dict[tuple[int, int, int, int], int] = {}

    def open_line(k: int, t: int, r: int, c: int) -> int:
        res = results[k]
        table = res.tables[t]
        row = table.rows[r]
        lines.append(Line(table=table.title or f"table {t + 1}", section=row.section,
                          row=row_name(row), column=table.columns[c].label, values=[None] * n))
        at[(k, t, r, c)] = len(lines) - 1
        return len(lines) - 1

    for k, res in enumerate(results):
        for t, table in enumerate(res.tables):
            for r, row in enumerate(table.rows):
                for c, value in enumerate(row.values[:len(table.columns)]):
                    if value is None:
                        continue
                    idx = at.get((k, t, r, c))
                    if idx is None:
                        idx = open_line(k, t, r, c)
                    lines[idx].values[k] = value
        if k + 1 == n:
            break
        nxt = results[k + 1]
        for t, u in match_tables(res.tables, nxt.tables):
            a, b = res.tables[t], nxt.tables[u]
            rows = match_rows(a, b)
            cols, _ = match_columns(a, b, [(p.old, p.new) for p in rows.rows if p.match == "exact"],
                                   a.title or "")
            for p in rows.rows:
                for c in cols:
                    idx = at.get((k, t, p.old, c.old))
                    if idx is not None:
                        at[(k + 1, u, p.new, c.new)] = idx
                        line = lines[idx]  # the newest paper's names win
                        line.row = row_name(b.rows[p.new])
                        line.column = b.columns[c.new].label
                        line.table = b.title or line.table
    return Timeline(papers=[_label(r) for r in results], lines=lines)


def timeline_csv(tl: Timeline) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["table", "section", "row", "column", *tl.papers])
    for line in tl.lines:
        writer.writerow([line.table, line.section or "", line.row, line.column,
                         *["" if v is None else str(v) for v in line.values]])
    return out.getvalue()


def sparkline(values: list[Decimal | None], labels: list[str], width: int = 320,
              height: int = 90) -> str:
    """A small inline SVG line chart (no script, no external assets). The template inserts it as
    markup: every text from a paper in it is escaped here."""
    pts = [(i, float(v)) for i, v in enumerate(values) if v is not None]
    lo, hi = min(v for _, v in pts), max(v for _, v in pts)
    span = (hi - lo) or 1.0
    pad, n = 44, max(len(values) - 1, 1)  # room for a label either side of the end points

    def xy(i, v):
        return (pad + (width - 2 * pad) * i / n, height - 26 - (height - 44) * (v - lo) / span)

    coords = [xy(i, v) for i, v in pts]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5"/>'
                   f'<text x="{x:.1f}" y="{y - 7:.1f}" text-anchor="middle" font-size="10">'
                   f"{pounds(Decimal(str(v)))}</text>" for (x, y), (_, v) in zip(coords, pts, strict=True))
    ticks = "".join(f'<text x="{xy(i, lo)[0]:.1f}" y="{height - 6}" text-anchor="middle" '
                    f'font-size="10" fill="#555">{escape(label)}</text>'  # a paper's title
                    for i, label in enumerate(labels))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img"><polyline fill="none" stroke="#2d5f9a" '
            f'stroke-width="2" points="{path}"/><g fill="#2d5f9a">{dots}</g>{ticks}</svg>')


def timeline_html(tl: Timeline) -> str:
    changed = [(line, sparkline(line.values, tl.papers)) for line in tl.lines if line.changed]
    return _env().get_template("timeline.html.j2").render(tl=tl, changed=changed)
