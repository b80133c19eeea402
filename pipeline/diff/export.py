"""A diff for officers who work in spreadsheets: CSV (one row per change) and XLSX (a summary
sheet, then one sheet per kind of change). Money is written as numbers (pounds), not text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..models import Change, Diff
from .core import KIND_ORDER

COLUMNS = ["kind", "subject", "table", "section", "column", "old", "new", "delta", "match",
           "note", "old_page", "old_evidence", "new_page", "new_evidence"]
# Excel's limit on a sheet name.
SHEET_NAME_MAX = 31


def _cell(value):
    """Numbers stay numbers (int when whole, for Excel to sum); text stays text."""
    if value is None or isinstance(value, str):
        return value
    return int(value) if value == value.to_integral_value() else float(value)


def rows(diff: Diff) -> list[list]:
    def row(c: Change) -> list:
        return [c.kind, c.subject, c.table, c.section, c.column, _cell(c.old), _cell(c.new),
                _cell(c.delta), c.match, c.note,
                c.old_provenance.page if c.old_provenance else None,
                c.old_provenance.snippet if c.old_provenance else None,
                c.new_provenance.page if c.new_provenance else None,
                c.new_provenance.snippet if c.new_provenance else None]
    return [row(c) for c in diff.changes]


def to_csv(diff: Diff) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(diff))
    return buf.getvalue()


def write_xlsx(diff: Diff, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from .render import PHRASES, side_label, summary_line

    book = Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Old", side_label(diff.old), diff.old.source.path])
    summary.append(["New", side_label(diff.new), diff.new.source.path])
    summary.append(["In short", summary_line(diff)])
    summary.append([])
    summary.append(["Kind of change", "Count"])
    for kind in KIND_ORDER:
        if diff.summary.get(kind):
            summary.append([PHRASES[kind][2], diff.summary[kind]])
    all_rows = rows(diff)
    for kind in KIND_ORDER:
        mine = [r for r in all_rows if r[0] == kind]
        if not mine:
            continue
        sheet = book.create_sheet(PHRASES[kind][2][:SHEET_NAME_MAX])
        sheet.append(COLUMNS[1:])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for r in mine:
            sheet.append(r[1:])
        for letter, width in zip("ABCDEFGHIJKLM", (48, 24, 24, 20, 14, 14, 14, 9, 30, 8, 40, 8, 40),
                                 strict=False):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "B2"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
