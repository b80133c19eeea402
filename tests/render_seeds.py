"""Render the financial tables of the text seeds (samples/wsx-*.txt, copied from shared/seeds/)
to PDF in the layouts councils print them in (issue 12, test material).

Each table is drawn as the text export reads it: its title, its column headers (wrapped in the
column's width, as a PDF prints them), a units row ("£000") where the table has a scale, its
section headings and rows with every cell's text as printed in the export. The PDF reader should
then give the same cells (label, column, value) as the text reader: tests/test_tables_render.py.

    python -m tests.render_seeds OUTDIR     # every seed in every layout, for a look by eye

Layouts (`LAYOUTS`): ruled (a grid around every cell) or unruled (whitespace only), portrait or
landscape A4, the header block at the foot of one page and the body on the next (no repeated
header), a label column narrow enough to wrap long row labels over two lines, and the unit in the
title ("... (£000)") instead of a units row, figures left-aligned or centred in their cells, figures printed before the row label (a
county budget summary's prior-year columns), and a table starting low on a page, a few rows
there under its header and the rest on the next page under the header repeated.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ["wsx-children-first-progress-2020-09.txt", "wsx-children-first-update-2020-06.txt"]
"""The seeds (shared/seeds/) that hold financial tables: one tab-separated, one space-aligned.
The third seed (scrutiny minutes) has none."""


@dataclass(frozen=True)
class Layout:
    ruled: bool
    landscape: bool = False
    header_alone: bool = False  # header block ends page 1, body starts page 2, header not repeated
    label_width: float = 190.0  # points; narrow enough and long labels wrap over two lines
    units_in_title: bool = False  # no units row: the title says "(£000)"
    align: str = "RIGHT"  # how figures and column names sit in their cells: RIGHT, LEFT, CENTER
    figures_first: int = 0  # this many columns of figures printed before the label column
    push: float = 0.0  # points of space above the table: it starts low on page 1, a few rows there


LAYOUTS = {
    "ruled-portrait": Layout(ruled=True),
    "unruled-portrait": Layout(ruled=False),
    "ruled-landscape": Layout(ruled=True, landscape=True, label_width=230.0),
    "unruled-landscape": Layout(ruled=False, landscape=True, label_width=230.0),
    "ruled-header-alone": Layout(ruled=True, header_alone=True),
    "unruled-header-alone": Layout(ruled=False, header_alone=True),
    "ruled-wrapped-label": Layout(ruled=True, label_width=120.0),
    "unruled-wrapped-label": Layout(ruled=False, label_width=120.0),
    "ruled-units-in-title": Layout(ruled=True, units_in_title=True),
    "unruled-units-in-title": Layout(ruled=False, units_in_title=True),
    "unruled-left-aligned": Layout(ruled=False, align="LEFT"),
    "unruled-centred": Layout(ruled=False, align="CENTER"),
    "unruled-figures-first": Layout(ruled=False, figures_first=1),
    "ruled-figures-first": Layout(ruled=True, figures_first=1),
    "unruled-landscape-figures-first": Layout(ruled=False, landscape=True, label_width=230.0, figures_first=3),
    "unruled-few-rows-first-page": Layout(ruled=False, push=500.0),
    "ruled-few-rows-first-page": Layout(ruled=True, push=500.0),
}

FONT_SIZE = 7.5  # points: what a council prints a 9-column budget table in, so A4 portrait holds it
_UNITS = {1: "£", 1000: "£000", 1_000_000: "£m"}


@dataclass
class SeedTable:
    title: str | None
    columns: list[str]
    scale: int
    rows: list[tuple[str | None, list[str | None]]]  # (label, each cell's printed text)


def seed_tables(path: Path) -> list[SeedTable]:
    """The tables of a text export as the text reader reads them."""
    import pipeline

    out = []
    for t in pipeline.extract(path).tables:
        rows = [(r.label if r.kind != "heading" or r.label else None, list(r.raw)) for r in t.rows]
        out.append(SeedTable(t.title, [c.label for c in t.columns], t.scale, rows))
    return out


def render(tables: list[SeedTable], layout: Layout, out: Path) -> Path:
    """Write the tables to `out` as a PDF in `layout`."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    size = landscape(A4) if layout.landscape else A4
    margin = 36.0
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=FONT_SIZE, leading=FONT_SIZE + 1.5)
    # A header word wider than its column overflows rather than breaking mid-word ("Estimat/ed").
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold", splitLongWords=False)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=6)
    prose = ParagraphStyle("prose", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8)

    def para(text: str | None, style=cell) -> Paragraph | str:
        if not text:
            return ""
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(esc, style)

    story: list = []
    for n, t in enumerate(tables):
        if n:
            story.append(PageBreak())
        ncols = len(t.columns)
        value_width = (size[0] - 2 * margin - layout.label_width) / ncols
        k = layout.figures_first

        def arrange(label, cells: list, k: int = k) -> list:
            return [*cells[:k], label, *cells[k:]]

        widths = arrange(layout.label_width, [value_width] * ncols)
        header = [arrange("", [para(c, head) for c in t.columns])]
        if t.scale in _UNITS and not layout.units_in_title:
            header.append(arrange("", [_UNITS[t.scale]] * ncols))
        body = [arrange(para(label), [v or "" for v in values]) for label, values in t.rows]
        style = [("FONT", (0, 0), (-1, -1), "Helvetica", FONT_SIZE),
                 ("ALIGN", (0, 0), (-1, -1), layout.align), ("ALIGN", (k, 0), (k, -1), "LEFT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
        if layout.ruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        for i, (label, values) in enumerate(t.rows):
            if label and not any(values):  # a section heading: bold, as printed
                style.append(("FONT", (k, i), (k, i), "Helvetica-Bold", FONT_SIZE))
        intro = (f"The table below sets out {t.title.lower()}." if t.title and len(t.title) < 60
                 else "The table below sets out the figures for the year.")
        heading = t.title
        if layout.units_in_title and t.scale in _UNITS:
            heading = f"{heading or 'Figures for the year'} ({_UNITS[t.scale]})"
        if layout.header_alone:
            head_table = Table(header, colWidths=widths, style=TableStyle(style))
            _, h = head_table.wrap(size[0], size[1])
            # Push the header block to the foot of page 1; the body starts page 2.
            room = size[1] - 2 * margin - h - 14 * 2 - 40
            story += [Paragraph(intro, prose), Spacer(1, max(0.0, room - 13 * 2))]
            if heading:
                story.append(para(heading, title))
            story += [head_table, PageBreak(), Table(body, colWidths=widths, style=TableStyle(style))]
        else:
            story.append(Paragraph(intro, prose))
            if heading:
                story.append(para(heading, title))
            if layout.push:
                story.append(Spacer(1, layout.push))
            story.append(Table(header + body, colWidths=widths, repeatRows=len(header),
                               style=TableStyle(_shift(style, len(header)))))
    SimpleDocTemplate(str(out), pagesize=size, leftMargin=margin, rightMargin=margin,
                      topMargin=margin, bottomMargin=margin, title=out.stem).build(story)
    return out


def _shift(style: list, by: int) -> list:
    """Row-specific style commands moved down `by` rows (the header rows above the body)."""
    out = []
    for cmd in style:
        name, (c0, r0), (c1, r1), *rest = cmd
        if name == "FONT" and (r0, r1) != (0, -1):
            cmd = (name, (c0, r0 + by), (c1, r1 + by), *rest)
        out.append(cmd)
    return out


def render_all(out_dir: Path, layouts: dict[str, Layout] = LAYOUTS) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in SEEDS:
        tables = seed_tables(ROOT / "samples" / seed)
        for name, layout in layouts.items():
            paths.append(render(tables, layout, out_dir / f"{Path(seed).stem}--{name}.pdf"))
    return paths


if __name__ == "__main__":
    for p in render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "out/rendered-seeds")):
        print(p)
