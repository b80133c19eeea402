"""Series of stored papers and the changes between successive papers of each (`agendapack changes`).

Reads the batch store (`pipeline.store`) and never writes it: `series(folder)` groups the stored
papers into series; `write_changes(folder)` diffs each successive pair of each series and writes
the diffs with an index page (template `pipeline/diff/templates/changes_index.html.j2`).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from .models import ExtractionResult
from .store import DB_NAME

_VARYING = re.compile(
    r"\b(\d+(st|nd|rd|th)?|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*"
    r"|nov\w*|dec\w*|q[1-4]|quarter|draft|final)\b", re.I)


# "... Meeting held in The Community Centre At 7.30pm on Wednesday 21 November 2012": where and
# when a meeting was held varies from one paper of a series to the next.
_WHERE_AND_WHEN = re.compile(r"\s+(?:held|to\s+be\s+held|which\s+took\s+place)\b", re.I)


def title_pattern(title: str | None) -> str | None:
    """A title with its dates, numbers, draft/final marks and where and when the meeting was held
    removed: "Budget monitoring Q2 2020/21" and "Budget monitoring Q3 2020/21" share the pattern
    "budget monitoring"."""
    if not title:
        return None
    title = _WHERE_AND_WHEN.split(title)[0]
    words = re.sub(r"[^\w]+", " ", _VARYING.sub(" ", title)).split()
    return " ".join(words).lower() or None


@dataclass
class SeriesMember:
    document_id: int
    date: str | None
    title: str | None
    json_path: str


def series(folder: Path) -> dict[str, list[SeriesMember]]:
    """Stored papers grouped into series, each ordered by date: same kind + organisation +
    committee; else (no committee) same kind + organisation + title pattern. Agenda-pack items
    are grouped the same way among items. Only series of two or more papers with a date."""
    conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT id, kind, organisation, committee, title, date, json_path, parent_id IS NOT NULL"
            " FROM documents WHERE status != 'failed' AND date IS NOT NULL AND json_path IS NOT NULL"
            " ORDER BY date, id").fetchall()
    finally:
        conn.close()
    by_committee: dict[str, list] = {}
    for row in rows:
        _, kind, org, committee, _, _, _, is_item = row
        if committee and not is_item:
            by_committee.setdefault(f"{kind} | {org or '?'} | {committee}", []).append(row)
    groups: dict[str, list[SeriesMember]] = {}
    for row in rows:
        doc_id, kind, org, committee, title, date, json_path, is_item = row
        key = f"{kind} | {org or '?'} | {committee}"
        # A committee seen once is often a misread (a committee named in the text): use the title.
        if not (committee and not is_item and len(by_committee[key]) >= 2):
            pattern = title_pattern(title)
            if not pattern:
                continue
            key = f"{kind} | {org or '?'} | {'item: ' if is_item else ''}{pattern}"
        groups.setdefault(key, []).append(SeriesMember(doc_id, date, title, json_path))
    return {k: v for k, v in groups.items() if len(v) >= 2}


def slug(text: str, limit: int = 60) -> str:
    """A safe file name from text found in papers: letters, digits and hyphens only."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-")
    return s or "series"


def _index_html(rows: list[dict]) -> str:
    """The changes index page. Each row: series (its key), old and new (`SeriesMember`s) and
    href (the diff's path without its suffix, relative to the index). Every value is escaped by
    the template (autoescape): keys and titles are text found in papers."""
    env = Environment(loader=PackageLoader("pipeline.diff", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                      lstrip_blocks=True)
    return env.get_template("changes_index.html.j2").render(rows=rows) + "\n"


def write_changes(folder: Path, out: Path | None = None) -> list[Path]:
    """For each series, the diff of each successive pair (JSON + HTML) and an index.html.

    Written under `out` (default `folder/changes`). Raises ModuleNotFoundError when the diff
    module (pipeline.diff) is not there."""
    from . import diff as diff_module

    if not (folder / DB_NAME).is_file():
        raise FileNotFoundError(f"{folder}: no {DB_NAME} here (run `agendapack batch ... --out {folder}`)")
    out = out or folder / "changes"
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    index_rows: list[dict] = []
    used: set[str] = set()
    for key, members in sorted(series(folder).items()):
        name = slug(key)
        while name in used:
            name += "-x"
        used.add(name)
        target = out / name
        target.mkdir(exist_ok=True)
        for old, new in zip(members, members[1:], strict=False):
            before = ExtractionResult.model_validate_json((folder / old.json_path).read_text("utf-8"))
            after = ExtractionResult.model_validate_json((folder / new.json_path).read_text("utf-8"))
            d = diff_module.diff_results(before, after)
            stem = f"{old.document_id}-{new.document_id}"
            (target / f"{stem}.json").write_text(d.model_dump_json(indent=2) + "\n", encoding="utf-8")
            (target / f"{stem}.html").write_text(diff_module.render_html(d), encoding="utf-8")
            written += [target / f"{stem}.json", target / f"{stem}.html"]
            index_rows.append({"series": key, "old": old, "new": new, "href": f"{name}/{stem}"})
    index = out / "index.html"
    index.write_text(_index_html(index_rows), encoding="utf-8")
    written.append(index)
    return written
