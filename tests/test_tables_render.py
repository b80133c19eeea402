"""The text seeds' tables rendered to PDF (tests/render_seeds.py) give the same cells (label,
column, value) as the text exports they came from (issue 12, first "Done when": >= 0.98).

Compared are the cells printed as a clean number in the export ("1,251", "(265)", "-"): a cell the
export prints garbled ("125 0", "2,5//", "•": OCR noise in the seed) is rendered as printed but
left out of the score on both sides, since what it is worth is a guess either way."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

import pipeline
from extractors.base import Context
from extractors.tables import extract as extract_tables
from extractors.tables.numbers import parse_plain
from pipeline.models import FinancialTable
from tests.render_seeds import LAYOUTS, ROOT, SEEDS, SeedTable, render, seed_tables

TARGET = 0.98  # the bar: the rendered PDF reads as its text export

# Layouts short of TARGET today, with the F1 they reach (a floor: it may only go up). None since
# one column name wrapped over five lines ("Variation / to / planned / spend / 2020/21", A4
# portrait) is stacked into the header line below (whitespace._stack_fragments): both unruled
# layouts read 1.0, the ruled ones as before.
SHORT_OF_TARGET: dict[str, float] = {
    # Three columns of figures before the label (as the Kent budget summaries print them): the
    # first column's name, left-aligned over right-aligned figures, falls outside camelot's grid
    # ("Full Amount Estimated" lost), and the June table's body on page 2 is not joined to its
    # header. Was 0.753 before the header words of a first number column were placed.
    "unruled-landscape-figures-first": 0.88,
}


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def cells(tables: list[FinancialTable]) -> Counter:
    """(label, column, value) of every cell printed as a clean number, in pounds."""
    out: Counter = Counter()
    for t in tables:
        for row in t.rows:
            for col, value, raw in zip(t.columns, row.values, row.raw, strict=False):
                parsed = parse_plain(raw) if raw else None
                if value is None or parsed is None or parsed[1] or value != parsed[0] * t.scale:
                    continue
                out[(_words(row.label), _words(col.label), value)] += 1
    return out


def f1(want: Counter, got: Counter) -> float:
    matched = sum((want & got).values())
    total = sum(want.values()) + sum(got.values())
    return 2 * matched / total if total else 1.0


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[list[SeedTable], Counter]]:
    out = {}
    for seed in SEEDS:
        path = ROOT / "samples" / seed
        out[seed] = (seed_tables(path), cells(extract_tables(pipeline.ingest(path), Context(nlp=None))))
    return out


def test_the_seeds_hold_the_tables_rendered():
    """The renderer draws what the text reader reads: two tables of the September report (eight
    and seven columns, £000), one of the June report (six columns, £000)."""
    tables = {seed: seed_tables(ROOT / "samples" / seed) for seed in SEEDS}
    sept, june = (tables[s] for s in SEEDS)
    assert [(len(t.columns), t.scale) for t in sept] == [(8, 1000), (7, 1000)]
    assert [(len(t.columns), t.scale) for t in june] == [(6, 1000)]
    label, values = next(r for r in june[0].rows if r[0] == "Practice Improvement/Behaviour Change Programme")
    assert values == ["1,251", "571", "3,016", "680", "2,336-", "-"]


PROVENANCE = {"page": 1, "char_start": 0, "char_end": 5, "snippet": "Leads"}


def test_garbled_cells_are_left_out_of_the_comparison():
    got = cells([FinancialTable.model_validate({
        "title": None, "scale": 1000, "columns": [{"label": "A"}, {"label": "B"}, {"label": "C"}],
        "provenance": PROVENANCE,
        "rows": [{"label": "Leads", "values": ["125000", "0", "-265000"],
                  "raw": ["125 0", "-", "(265)"], "provenance": PROVENANCE}]})])
    assert got == Counter({("Leads", "B", Decimal(0)): 1, ("Leads", "C", Decimal(-265000)): 1})


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_rendered_seed_reads_as_its_text_export(layout, seeds, tmp_path):
    want, got = Counter(), Counter()
    for seed, (tables, text_cells) in seeds.items():
        pdf = render(tables, LAYOUTS[layout], tmp_path / f"{seed}.pdf")
        want += text_cells
        got += cells(extract_tables(pipeline.ingest(pdf), Context(nlp=None)))
    assert sum(want.values()) > 450
    score = f1(want, got)
    assert score >= SHORT_OF_TARGET.get(layout, TARGET)
    if layout in SHORT_OF_TARGET:
        assert score < TARGET, f"{layout} now reads {score:.3f}: take it out of SHORT_OF_TARGET"


def test_a_name_wrapped_over_more_lines_than_the_others_names_its_column(seeds, tmp_path):
    """A4 portrait, unruled: "Variation / to / planned / spend / 2020/21" over "£000", beside
    names of three lines, header on one page and body on the next or not."""
    sept = seeds[SEEDS[0]][0]
    for layout in ("unruled-portrait", "unruled-header-alone"):
        pdf = render(sept, LAYOUTS[layout], tmp_path / f"{layout}.pdf")
        names = [[c.label for c in t.columns] for t in extract_tables(pipeline.ingest(pdf), Context(nlp=None))]
        assert all("Variation to planned spend 2020/21" in n for n in names), (layout, names)
        assert not any("to planned spend 2020/21" in n for n in names), (layout, names)
