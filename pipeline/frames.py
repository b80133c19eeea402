"""pandas DataFrames of a result or a store (one per record kind), and the short text and HTML
a notebook shows for a result.

Money stays exact: `value` columns hold `decimal.Decimal` pounds (an object column), so sums
are exact (`frame.value.sum()`); dates are `datetime.date`; provenance is flattened into
`page`, `char_start`, `char_end`, `bbox`, `snippet`.

    >>> frames = pipeline.extract("paper.pdf").to_frames()   # {"cells": ..., "dates": ..., ...}
    >>> frames = Store(Path("out")).to_frames()              # the same kinds, with their paper
"""

from __future__ import annotations

import datetime as dt
import html
import json
import sqlite3
from decimal import Decimal
from typing import TYPE_CHECKING

from .store import BOOLEAN_COLUMNS, DATE_COLUMNS, JSON_COLUMNS, MONEY_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

    from .models import ExtractionResult, Provenance

RECORD_KINDS = ("tables", "cells", "appointments", "posts", "dates", "amounts", "resolutions",
                "amendments", "warnings")
"""the DataFrames of a result (`ExtractionResult.to_frames()`)"""

# The store's DataFrames: kind -> the table or view they are read from (views add the paper).
STORE_FRAMES = {"documents": "documents", "tables": "tables", "cells": "cells_v",
                "appointments": "appointments_v", "memberships": "memberships",
                "posts": "posts", "dates": "dates_v", "amounts": "amounts_v",
                "resolutions": "resolutions_v", "amendments": "amendments", "warnings": "warnings",
                "errors": "errors"}

REPR_TITLE_CHARS = 60
"""a title longer than this is cut in repr(result): one line in a notebook"""


def _prov(p: Provenance) -> dict:
    return {"page": p.page, "char_start": p.char_start, "char_end": p.char_end,
            "bbox": list(p.bbox) if p.bbox else None, "snippet": p.snippet}


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


PROV = ["page", "char_start", "char_end", "bbox", "snippet"]


def result_frames(result: ExtractionResult) -> dict[str, pd.DataFrame]:
    """One DataFrame per record kind of a result (RECORD_KINDS); records of an agenda pack's
    items are included (their `item` column says which)."""
    parts = [(None, result), *((it.number, it) for it in result.items)]
    rows: dict[str, list[dict]] = {k: [] for k in RECORD_KINDS}
    for item, r in parts:
        base = {"item": item}
        for ti, t in enumerate(r.tables):
            rows["tables"].append({**base, "table": ti, "title": t.title, "pages": t.pages,
                                   "unit": t.unit, "scale": t.scale,
                                   "checks_passed": t.checks_passed,
                                   "checks_failed": t.checks_failed, **_prov(t.provenance)})
            for ri, row in enumerate(t.rows):
                for j, col in enumerate(t.columns):
                    rows["cells"].append({
                        **base, "table": ti, "row": ri, "label": row.label,
                        "section": row.section, "row_kind": row.kind, "column": col.label,
                        "measure": col.measure, "period": col.period.label if col.period else None,
                        "value": row.values[j] if j < len(row.values) else None,
                        "raw": row.raw[j] if j < len(row.raw) else None,
                        **_prov(row.provenance)})
        for a in r.appointments:
            rows["appointments"].append({**base, "person": a.person, "role": a.role,
                                         "post": a.post, "body": a.organisation,
                                         "status": a.status, "event": a.event,
                                         "start_date": a.start_date, "end_date": a.end_date,
                                         "future": a.future, **_prov(a.provenance)})
        for p in r.posts:
            rows["posts"].append({**base, "role": p.role, "status": p.status,
                                  **_prov(p.provenance)})
        for d in r.dates:
            rows["dates"].append({**base, "text": d.text, "start": d.start, "end": d.end,
                                  "grain": d.grain, "inferred": d.inferred,
                                  **_prov(d.provenance)})
        for a in r.amounts:
            rows["amounts"].append({**base, "text": a.text, "value": a.value,
                                    "currency": a.currency, **_prov(a.provenance)})
        for res in r.resolutions:
            o = res.outcome
            rows["resolutions"].append({
                **base, "kind": res.kind, "ref": res.ref, "body": res.body,
                "items": " | ".join(i.text for i in res.items), "outcome": o.text if o else None,
                "carried": o.carried if o else None, "moved_by": res.moved_by,
                "seconded_by": res.seconded_by, **_prov(res.provenance)})
        for a in r.amendments:
            o = a.outcome
            rows["amendments"].append({
                **base, "ref": a.ref, "moved_by": a.moved_by, "seconded_by": a.seconded_by,
                "amends": a.amends, "text": a.text, "outcome": o.text if o else None,
                "carried": o.carried if o else None, **_prov(a.provenance)})
        for w in r.warnings:
            rows["warnings"].append({**base, "code": w.code, "message": w.message,
                                     "page": w.page})
    columns = {
        "tables": ["item", "table", "title", "pages", "unit", "scale", "checks_passed",
                   "checks_failed", *PROV],
        "cells": ["item", "table", "row", "label", "section", "row_kind", "column", "measure",
                  "period", "value", "raw", *PROV],
        "appointments": ["item", "person", "role", "post", "body", "status", "event",
                         "start_date", "end_date", "future", *PROV],
        "posts": ["item", "role", "status", *PROV],
        "dates": ["item", "text", "start", "end", "grain", "inferred", *PROV],
        "amounts": ["item", "text", "value", "currency", *PROV],
        "resolutions": ["item", "kind", "ref", "body", "items", "outcome", "carried", "moved_by",
                        "seconded_by", *PROV],
        "amendments": ["item", "ref", "moved_by", "seconded_by", "amends", "text", "outcome",
                       "carried", *PROV],
        "warnings": ["item", "code", "message", "page"],
    }
    return {k: _frame(rows[k], columns[k]) for k in RECORD_KINDS}


def _convert(table: str, column: str):
    if (table, column) in MONEY_COLUMNS:
        return lambda v: None if v is None else Decimal(str(v))
    if column in BOOLEAN_COLUMNS:
        return lambda v: None if v is None else bool(v)
    if column in DATE_COLUMNS and (column != "date" or table == "memberships"):
        # (a paper's `date`, in documents and the views, may be YYYY-MM: it stays text)
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    if column in JSON_COLUMNS:
        return lambda v: None if v is None else json.loads(v)
    return None


def store_frames(conn: sqlite3.Connection) -> dict[str, pd.DataFrame]:
    """One DataFrame per record kind of a store (STORE_FRAMES), each with its paper's
    organisation, committee and date where the store's views give them."""
    import pandas as pd

    frames = {}
    for kind, source in STORE_FRAMES.items():
        cursor = conn.execute(f'SELECT * FROM "{source}" ORDER BY id')
        columns = [c[0] for c in cursor.description]
        data = cursor.fetchall()
        converters = [_convert(source, c) for c in columns]
        values = {c: [f(row[j]) if f else row[j] for row in data]
                  for j, (c, f) in enumerate(zip(columns, converters, strict=True))}
        frames[kind] = pd.DataFrame(values, columns=columns)
    return frames


def _counts(result: ExtractionResult) -> list[tuple[str, int]]:
    return [(k, len(getattr(result, k))) for k in ("tables", "appointments", "posts", "dates",
                                                    "amounts", "resolutions", "warnings", "items")]


def result_repr(result: ExtractionResult) -> str:
    """One line: kind, title, organisation, date, pages and how many records of each kind."""
    d = result.document
    title = d.title or result.source.path
    if len(title) > REPR_TITLE_CHARS:
        title = title[:REPR_TITLE_CHARS - 1] + "…"
    counts = ", ".join(f"{n} {k}" for k, n in _counts(result) if n)
    return (f"<ExtractionResult {d.kind} {title!r} {d.organisation or '?'} {d.date or '?'},"
            f" {result.source.pages} pages: {counts or 'no records'}>")


def result_html(result: ExtractionResult) -> str:
    """A small HTML summary for notebooks: the paper's facts and a count per record kind."""
    d = result.document
    facts = [("kind", d.kind), ("title", d.title), ("organisation", d.organisation),
             ("committee", d.committee), ("date", d.date), ("source", result.source.path),
             ("pages", result.source.pages)]
    rows = "".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th>"
                   f"<td>{html.escape('' if v is None else str(v))}</td></tr>" for k, v in facts)
    counts = "".join(f"<tr><th style='text-align:left'>{k}</th><td>{n}</td></tr>"
                     for k, n in _counts(result))
    return (f"<div><b>ExtractionResult</b><table>{rows}{counts}</table>"
            "<small>result.to_frames() for DataFrames</small></div>")
