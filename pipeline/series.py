"""Series of stored papers and the changes between successive papers of each (`agendapack changes`).

Reads the batch store (`pipeline.store`) and never writes it: `series(folder)` groups the stored
papers into series; `write_changes(folder)` diffs each successive pair of each series and writes
the diffs with an index page (template `pipeline/diff/templates/changes_index.html.j2`).
"""

from __future__ import annotations

import json
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
    source_path: str = ""


# Two title patterns of one organisation's papers of one kind name the same series from this
# token-set similarity on: West Sussex's "Children First Improvement Plan – June 2020 Update" and
# "Children First Service Improvement Programme: Progress Report September 2020" score 81.
SERIES_TITLE_SIMILARITY = 80


def _same_series_title(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(a, b) >= SERIES_TITLE_SIMILARITY


@dataclass
class SeriesFile:
    """Overrides of the automatic grouping, from a JSON file a person writes:

        {"series": [{"name": "WSX Children First", "papers": ["wsx-...-06.txt", "wsx-...-09.txt"]}],
         "pairs": [["old-paper.pdf", "new-paper.pdf"]]}

    Papers are named by their file name (or any ending of their source path). The papers of a
    listed series form that series alone, in date order; each listed pair is diffed as given."""

    series: list[tuple[str, list[str]]]
    pairs: list[tuple[str, str]]

    @classmethod
    def read(cls, path: Path) -> SeriesFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            series_ = [(str(s["name"]), [str(p) for p in s["papers"]]) for s in data.get("series", [])]
            pairs = [(str(a), str(b)) for a, b in data.get("pairs", [])]
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise ValueError(f"{path}: not a series file ({type(e).__name__}: {e}); expected "
                             '{"series": [{"name": ..., "papers": [...]}], "pairs": [[old, new]]}') from None
        return cls(series_, pairs)


def _named(member: SeriesMember, name: str) -> bool:
    return Path(member.source_path).as_posix().endswith(Path(name).as_posix())


def series(folder: Path, overrides: SeriesFile | None = None) -> dict[str, list[SeriesMember]]:
    """Stored papers grouped into series, each ordered by date: same kind + organisation +
    committee; else (no committee) same kind + organisation + a similar title pattern. Agenda-pack
    items are grouped the same way among items. Only series of two or more papers with a date.
    A series file's series come first and take their papers out of the automatic ones."""
    conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT id, kind, organisation, committee, title, date, json_path, parent_id IS NOT NULL,"
            " source_path FROM documents WHERE status != 'failed' AND date IS NOT NULL"
            " AND json_path IS NOT NULL ORDER BY date, id").fetchall()
    finally:
        conn.close()
    groups: dict[str, list[SeriesMember]] = {}
    taken: set[int] = set()
    for name, papers in (overrides.series if overrides else []):
        members = [SeriesMember(r[0], r[5], r[4], r[6], r[8] or "") for r in rows]
        chosen = [m for m in members if any(_named(m, p) for p in papers)]
        if len(chosen) >= 2:
            groups[f"series file | {name}"] = chosen
            taken.update(m.document_id for m in chosen)
    rows = [r for r in rows if r[0] not in taken]
    by_committee: dict[str, list] = {}
    for row in rows:
        _, kind, org, committee, _, _, _, is_item, _ = row
        if committee and not is_item:
            by_committee.setdefault(f"{kind} | {org or '?'} | {committee}", []).append(row)
    for row in rows:
        doc_id, kind, org, committee, title, date, json_path, is_item, source = row
        key = f"{kind} | {org or '?'} | {committee}"
        # A committee seen once is often a misread (a committee named in the text): use the title.
        if not (committee and not is_item and len(by_committee[key]) >= 2):
            pattern = title_pattern(title)
            if not pattern:
                continue
            prefix = f"{kind} | {org or '?'} | {'item: ' if is_item else ''}"
            # A title reworded from one paper to the next ("Update" -> "Progress Report") is
            # the same series: join the first series of this kind and organisation like it.
            key = next((k for k in groups if k.startswith(prefix)
                        and _same_series_title(k[len(prefix):], pattern)), prefix + pattern)
        groups.setdefault(key, []).append(SeriesMember(doc_id, date, title, json_path, source or ""))
    return {k: v for k, v in groups.items() if len(v) >= 2}


def slug(text: str, limit: int = 60) -> str:
    """A safe file name from text found in papers: letters, digits and hyphens only."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-")
    return s or "series"


def display_name(key: str) -> str:
    """What a reader calls a series: "Stoke Ferry Parish Council · minutes of stoke ferry parish
    council meeting (minutes)", not the internal key "minutes | Stoke Ferry Parish Council | ..."."""
    parts = [p.strip() for p in key.split(" | ")]
    if parts[0] == "series file":
        return " | ".join(parts[1:])
    kind, org, rest = (parts + ["", "", ""])[:3]
    return f"{org} · {rest} ({kind})" if rest else f"{org} ({kind})"


def _index_html(rows: list[dict]) -> str:
    """The changes index page. Each row: series (its display name), old and new
    (`SeriesMember`s), href (the diff's path without its suffix, relative to the index), count
    (changes found) and summary (the one-line summary). Every value is escaped by the template
    (autoescape): names and titles are text found in papers."""
    env = Environment(loader=PackageLoader("pipeline.diff", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                      lstrip_blocks=True)
    return env.get_template("changes_index.html.j2").render(rows=rows) + "\n"


def _load(folder: Path, member: SeriesMember) -> ExtractionResult:
    return ExtractionResult.model_validate_json((folder / member.json_path).read_text("utf-8"))


def _stored(folder: Path) -> list[SeriesMember]:
    conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id, date, title, json_path, source_path FROM documents"
                            " WHERE status != 'failed' AND json_path IS NOT NULL").fetchall()
    finally:
        conn.close()
    return [SeriesMember(r[0], r[1], r[2], r[3], r[4] or "") for r in rows]


def _find(members: list[SeriesMember], name: str) -> SeriesMember:
    found = [m for m in members if _named(m, name)]
    if len(found) != 1:
        raise ValueError(f"{name}: {'no' if not found else len(found)} stored papers of that name"
                         " (name a paper by its file name or a longer end of its path)")
    return found[0]


def write_changes(folder: Path, out: Path | None = None, overrides: SeriesFile | None = None,
                  pairs: list[tuple[str, str]] | None = None) -> list[Path]:
    """For each series, the diff of each successive pair (JSON + HTML) and an index.html; then
    each pair named by the series file or `pairs` (papers by file name) under `pairs/`.

    Written under `out` (default `folder/changes`). Raises ModuleNotFoundError when the diff
    module (pipeline.diff) is not there, ValueError for a pair naming no stored paper."""
    from . import diff as diff_module

    if not (folder / DB_NAME).is_file():
        raise FileNotFoundError(f"{folder}: no {DB_NAME} here (run `agendapack batch ... --out {folder}`)")
    out = out or folder / "changes"
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    index_rows: list[dict] = []
    used: set[str] = set()
    todo: list[tuple[str, str, SeriesMember, SeriesMember]] = []
    for key, members in sorted(series(folder, overrides).items()):
        name = slug(key)
        while name in used:
            name += "-x"
        used.add(name)
        todo += [(key, name, old, new) for old, new in zip(members, members[1:], strict=False)]
    named = list(overrides.pairs if overrides else []) + list(pairs or [])
    if named:
        stored = _stored(folder)
        todo += [("pairs | named", "pairs", _find(stored, a), _find(stored, b)) for a, b in named]
    for key, name, old, new in todo:
        target = out / name
        target.mkdir(exist_ok=True)
        d = diff_module.diff_results(_load(folder, old), _load(folder, new))
        stem = f"{old.document_id}-{new.document_id}"
        (target / f"{stem}.json").write_text(d.model_dump_json(indent=2) + "\n", encoding="utf-8")
        (target / f"{stem}.html").write_text(diff_module.render_html(d, base=target),
                                             encoding="utf-8")
        written += [target / f"{stem}.json", target / f"{stem}.html"]
        index_rows.append({"series": display_name(key), "old": old, "new": new,
                           "href": f"{name}/{stem}", "count": len(d.changes),
                           "summary": diff_module.summary_line(d)})
    index = out / "index.html"
    index.write_text(_index_html(index_rows), encoding="utf-8")
    written.append(index)
    return written
