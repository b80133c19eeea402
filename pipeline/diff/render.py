"""Reports people read: a Markdown summary and one self-contained HTML page per diff."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

from ..models import Change, Diff, DiffSide, Provenance
from .core import KIND_ORDER, MONEY_KINDS
from .crops import CROP_LIMIT, crop_uri

# (singular, plural) phrase for the summary line, and the section heading, per kind.
PHRASES: dict[str, tuple[str, str, str]] = {
    "table_cell": ("value changed", "values changed", "Table values changed"),
    "table_row_added": ("row added", "rows added", "Table rows added"),
    "table_row_removed": ("row removed", "rows removed", "Table rows removed"),
    "table_row_renamed": ("row renamed", "rows renamed", "Table rows renamed"),
    "table_row_moved": ("row moved", "rows moved", "Table rows moved to another table or section"),
    "table_added": ("table added", "tables added", "Tables added"),
    "table_removed": ("table removed", "tables removed", "Tables removed"),
    "appointment_added": ("person new in post", "people new in post", "New in post"),
    "appointment_changed": ("person changed role or status", "people changed role or status",
                            "Role or status changed"),
    "appointment_ended": ("person left", "people left", "Left, resigned or replaced"),
    "date_moved": ("date moved", "dates moved", "Dates moved (same milestone, new date)"),
    "date_added": ("new date", "new dates", "New dates ahead"),
    "resolution_added": ("new decision", "new decisions", "New decisions and actions"),
    "resolution_removed": ("decision not carried forward", "decisions not carried forward",
                           "Decisions and actions in the old paper only "
                           "(done, dropped, or not minuted again)"),
    "outcome_changed": ("decision with another outcome", "decisions with another outcome",
                        "Outcomes changed (carried or lost, votes)"),
    "amendment_added": ("new amendment", "new amendments", "Amendments in the new paper only"),
    "amendment_removed": ("amendment no longer moved", "amendments no longer moved",
                          "Amendments in the old paper only"),
    "amount_changed": ("amount changed", "amounts changed", "Amounts in the text changed"),
    "amount_added": ("new sum in the text", "new sums in the text", "Sums in the new paper only"),
    "amount_removed": ("sum no longer in the text", "sums no longer in the text",
                       "Sums in the old paper only"),
    "column_added": ("column added", "columns added", "Table columns added"),
    "column_removed": ("column removed", "columns removed", "Table columns removed"),
    "post_holder_changed": ("post with a new holder", "posts with a new holder",
                            "Posts with a new holder"),
    "appointment_mentioned": ("person named for the first time", "people named for the first time",
                              "Named for the first time (not said to be appointed)"),
    "appointment_not_mentioned": ("person no longer mentioned", "people no longer mentioned",
                                  "No longer mentioned (absence is not departure)"),
}


def summary_line(diff: Diff) -> str:
    """"81 values changed, 2 rows added, 4 people new in post, 1 date moved"."""
    parts = []
    for kind in KIND_ORDER:
        n = diff.summary.get(kind, 0)
        if n:
            one, many, _ = PHRASES[kind]
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts) if parts else "no changes found"


def pounds(value) -> str:
    if value is None:
        return "blank"
    if isinstance(value, str):
        return value
    sign = "-" if value < 0 else ""
    v = abs(Decimal(value))
    text = f"{v:,.0f}" if v == v.to_integral_value() else f"{v:,.2f}"
    return f"{sign}£{text}"


def signed(change: Change) -> str:
    if change.delta is None:
        return ""
    if change.kind == "date_moved":
        days = int(change.delta)
        return f"{days:+d} days" if days else "same end"
    return ("+" if change.delta > 0 else "") + pounds(change.delta)


def direction(change: Change) -> str:
    """up | down | same: shown with arrows in one neutral colour, because more spending is not
    good news and less is not bad (nor the other way round)."""
    if change.delta is None or change.delta == 0:
        return "same"
    return "up" if change.delta > 0 else "down"


def value_text(change: Change, side: str) -> str:
    value = getattr(change, side)
    if change.kind in ("amount_added", "amount_removed") and value is None:
        return ""  # no sum on that side: nothing to show (a blank cell is shown as "blank")
    if change.kind in MONEY_KINDS:
        return pounds(value)
    return "" if value is None else str(value)


def side_label(side: DiffSide) -> str:
    d = side.document
    return f"{d.title or Path(side.source.path).name}" + (f" ({d.date})" if d.date else "")


def where(p: Provenance | None) -> str:
    if p is None:
        return ""
    return (f"p. {p.page}" if p.page else "") + f" chars {p.char_start}-{p.char_end}"


LINK_SCHEMES = ("http", "https")
"""The only schemes a report links to; anything else (javascript:, data:, file:, vbscript:) from
a paper's path is never an href. Relative links (no scheme) open the papers next to the report."""


def safe_href(href: str | None) -> str | None:
    """`href` if it is an http(s) URL or a relative link, else None (no link)."""
    if not href:
        return None
    parts = urlsplit(href.strip())
    if parts.scheme:
        return href if parts.scheme.lower() in LINK_SCHEMES and parts.netloc else None
    if href.startswith(("//", "\\")) or parts.netloc:  # protocol-relative: another host
        return None
    return href


def paper_link(side: DiffSide, p: Provenance | None, base: Path | None = None) -> str | None:
    """A relative link to the paper itself (opened at the page for a PDF), from the folder the
    report is written to (`base`, default the working folder): a report moved together with its
    papers, or shared with a copy of them, keeps working, as an absolute file:/// path does not."""
    if p is None:
        return None
    if urlsplit(side.source.path).scheme.lower() in LINK_SCHEMES:  # a paper read from the web
        return safe_href(side.source.path)
    path = Path(side.source.path)
    base = (base or Path.cwd()).resolve()
    try:
        href = Path(os.path.relpath(path.resolve(), base)).as_posix() if path.is_absolute() \
            or path.exists() else path.as_posix()
    except ValueError:  # another drive (Windows): only the name can be relative
        href = path.name
    href = quote(href, safe="/.-_~")  # ":" is quoted: a relative link never gains a scheme
    return safe_href(href + (f"#page={p.page}" if side.source.format == "pdf" and p.page else ""))


# ---------------------------------------------------------------------------------------------
# The headline: what a reader needs first


# (heading, kinds), in the order the headline shows them.
HEADLINE_GROUPS: list[tuple[str, tuple[str, ...]]] = [
    ("Money", MONEY_KINDS),
    ("People", ("appointment_added", "appointment_ended", "appointment_changed",
                "post_holder_changed")),
    ("Decisions", ("resolution_added", "resolution_removed", "outcome_changed", "amendment_added",
                   "amendment_removed")),
    ("Dates", ("date_moved", "date_added")),
]
# Changes per headline group: five is what a reader takes in at a glance.
HEADLINE_SIZE = 5


def headline(diff: Diff) -> list[tuple[str, list[Change], int]]:
    """(heading, the largest changes of the group, how many the group has): money by the size
    of the change, the rest in report order (moved dates before new ones)."""
    out = []
    for heading, kinds in HEADLINE_GROUPS:
        items = [c for c in diff.changes if c.kind in kinds]
        if heading == "Money":
            items.sort(key=lambda c: -abs(c.delta) if c.delta is not None else 0)
        if items:
            out.append((heading, items[:HEADLINE_SIZE], len(items)))
    return out


@dataclass
class Grid:
    """One table's value changes as a grid: rows (section, row) by changed columns."""

    table: str
    columns: list[str]
    rows: list[tuple[str | None, str]]
    cells: dict[tuple[int, int], Change]


def grids(diff: Diff) -> list[Grid]:
    """The table_cell changes of each table as one old/new/difference grid, rows and columns in
    the order the new paper prints them."""
    by_table: dict[str, list[Change]] = {}
    for c in diff.changes:
        if c.kind == "table_cell":
            by_table.setdefault(c.table or "table", []).append(c)
    out = []
    for table, items in by_table.items():
        items = sorted(items, key=lambda c: c.new_provenance.char_start if c.new_provenance else 0)
        columns = list(dict.fromkeys(c.column or "" for c in items))
        rows = list(dict.fromkeys((c.section, c.subject) for c in items))
        cells = {(rows.index((c.section, c.subject)), columns.index(c.column or "")): c
                 for c in items}
        out.append(Grid(table, columns, rows, cells))
    return out


def groups(diff: Diff) -> list[tuple[str, str, list[Change]]]:
    """(kind, heading, changes) in report order; money changes are already biggest first."""
    out = []
    for kind in KIND_ORDER:
        items = [c for c in diff.changes if c.kind == kind]
        if items:
            out.append((kind, PHRASES[kind][2], items))
    return out


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
"""What Markdown gives a meaning to inside a line: emphasis, code, links ("(" only means something
after "]"), raw HTML ("<"), table cells ("|")."""


def md_escape(text: str | None) -> str:
    """Text from a paper as Markdown text: every character Markdown (or the HTML it may carry)
    gives a meaning to is backslash-escaped, so a name like `<img onerror=...>` or
    `[x](javascript:...)` shows as written and never becomes a tag or a link; one line."""
    return _MD_SPECIAL.sub(r"\\\1", (text or "").replace("\r", " ").replace("\n", " "))


def _evidence(c: Change) -> str:
    parts = []
    if c.old_provenance:
        parts.append(f'old {where(c.old_provenance).strip()}: "{c.old_provenance.snippet[:80]}"')
    if c.new_provenance:
        parts.append(f'new {where(c.new_provenance).strip()}: "{c.new_provenance.snippet[:80]}"')
    return "; ".join(parts)


def render_markdown(diff: Diff) -> str:
    lines = [f"# What changed: {md_escape(side_label(diff.old))} -> "
             f"{md_escape(side_label(diff.new))}", "",
             f"**{summary_line(diff)}**", "",
             f"Old: {md_escape(diff.old.source.path)}  ",
             f"New: {md_escape(diff.new.source.path)}", ""]
    top = headline(diff)
    if top:
        lines += ["## The largest changes", "", "| | What | Old | New | Change |",
                  "|---|---|---:|---:|---:|"]
        for heading, items, total in top:
            for n, c in enumerate(items):
                group = (f"**{heading}**" + (f" ({len(items)} of {total})" if total > len(items)
                                             else "")) if n == 0 else ""
                lines.append(f"| {group} | {md_escape(c.subject[:110])} | "
                             f"{md_escape(value_text(c, 'old')[:40])} | "
                             f"{md_escape(value_text(c, 'new')[:60])} | {md_escape(signed(c))} |")
        lines.append("")
    for kind, heading, items in groups(diff):
        lines += [f"## {heading} ({len(items)})", ""]
        if kind == "table_cell":
            lines += ["| Row | Section | Column | Old | New | Change | Match | Pages old/new |",
                      "|---|---|---|---:|---:|---:|---|---|"]
            for c in items:
                pages = f"{c.old_provenance.page if c.old_provenance else '-'}/" \
                        f"{c.new_provenance.page if c.new_provenance else '-'}"
                lines.append(f"| {md_escape(c.subject)} | {md_escape(c.section)} | "
                             f"{md_escape(c.column)} | {md_escape(pounds(c.old))} | "
                             f"{md_escape(pounds(c.new))} | {md_escape(signed(c))} | "
                             f"{md_escape(c.match)} | {pages} |")
            lines.append("")
            continue
        for c in items:
            text = f"- **{md_escape(c.subject)}**"
            old, new = md_escape(value_text(c, "old")), md_escape(value_text(c, "new"))
            if old and new:
                text += f": {old} -> {new}"
            elif new:
                text += f": {new}"
            elif old:
                text += f": {old}"
            if signed(c):
                text += f" ({md_escape(signed(c))})"
            if c.table and kind.startswith("table_row"):
                text += f" — {md_escape(c.table)}" + (f" / {md_escape(c.section)}"
                                                      if c.section else "")
            if c.note:
                text += f" _({md_escape(c.note)})_"
            lines.append(text)
            if _evidence(c):
                lines.append(f"  <br>{md_escape(_evidence(c))}")
        lines.append("")
    if diff.notes or diff.columns:
        lines += ["## How the tables were matched", ""]
        lines += [f"- {md_escape(n)}" for n in diff.notes]
        for m in diff.columns:
            if m.match is None:
                lines.append(f"- {md_escape(m.table)}: column \"{md_escape(m.old or m.new)}\" "
                             f"{md_escape(m.note)} (reported, not force-matched)")
        lines.append("")
    return "\n".join(lines)


def _env() -> Environment:
    env = Environment(loader=PackageLoader("pipeline.diff", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters.update(pounds=pounds, where=where, id_of=id)
    env.globals.update(signed=signed, direction=direction, value_text=value_text,
                       paper_link=paper_link)
    return env


def _crops(diff: Diff, shown: list[Change]) -> dict[tuple[int, str], str]:
    """Pictures of the page for the headline's changes first, then the others, up to
    CROP_LIMIT: (id of the change, side) -> data URI."""
    out: dict[tuple[int, str], str] = {}
    for c in shown + [c for c in diff.changes if c not in shown]:
        if len(out) >= CROP_LIMIT:
            break
        for side_name, side, prov in (("new", diff.new, c.new_provenance),
                                      ("old", diff.old, c.old_provenance)):
            uri = crop_uri(side, prov)
            if uri:
                out[(id(c), side_name)] = uri
                break  # one picture per change: the new paper's, else the old one's
    return out


def render_html(diff: Diff, base: Path | None = None, crops: bool = True) -> str:
    """One self-contained page: inline CSS, pictures embedded, no scripts, nothing fetched.

    `base` is the folder the page is written to, for relative links to the papers. Leads with
    the headline, then one grid per table, then every change with its evidence (printed too)."""
    top = headline(diff)
    shown = [c for _, items, _ in top for c in items]
    return _env().get_template("report.html.j2").render(
        diff=diff, summary=summary_line(diff), headline=top, grids=grids(diff),
        groups=[g for g in groups(diff) if g[0] != "table_cell"],
        crops=_crops(diff, shown) if crops else {}, base=base,
        old_label=side_label(diff.old), new_label=side_label(diff.new))
