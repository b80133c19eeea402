"""Costs lists: one amount a line, read as a table only when a total adds the items up."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline
from tests.conftest import extracted

SUMMER = "sutton-coldfield-tc-council-report-item-166-summer-in-sutton-2017-02-21.pdf"


def test_a_costs_list_over_a_page_break_with_a_wrapped_name():
    # Sutton Coldfield's Summer in Sutton report: "The estimated costs are summarised as follows:
    # -", one item wrapped over three lines on page 3, three more and the total on page 4.
    (table,) = extracted(SUMMER).tables
    assert [(r.label, r.values[0], r.kind) for r in table.rows] == [
        ("Insurance, Technical & Production Costs (including 5% contingency)", Decimal("95200"), "item"),
        ("CBSO professional fees", Decimal("21000"), "item"),
        ("Other Artists Fees", Decimal("5000"), "item"),
        ("Box Office, Marketing Press & PR", Decimal("3800"), "item"),
        ("Total", Decimal("125000"), "total")]
    assert table.pages == [3, 4] and table.checks_failed == 0 and table.checks_passed >= 1


_NAMES = st.sampled_from(["Hall hire", "Grass cutting", "Insurance", "Clerk's expenses",
                          "Printing & stationery", "Audit fee"])
_AMOUNTS = st.integers(min_value=1, max_value=99_999)


def _paper(tmp_path, items, total) -> pipeline.ExtractionResult:
    lines = "\n".join(f"{name}   £{amount:,}" for name, amount in items)  # spaced: no tab table
    text = f"Financial implications\n\nThe costs are:\n\n{lines}\nTotal   £{total:,}\n\nAgreed.\n"
    path = tmp_path / "costs.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.extract(path)


@settings(max_examples=25, deadline=None)
@given(items=st.lists(st.tuples(_NAMES, _AMOUNTS), min_size=2, max_size=6))
def test_a_list_whose_total_adds_up_is_a_table(tmp_path_factory, items):
    result = _paper(tmp_path_factory.mktemp("costs"), items, sum(a for _, a in items))
    (table,) = result.tables
    assert [(r.label, r.values[0]) for r in table.rows] == [
        *[(name, Decimal(a)) for name, a in items], ("Total", Decimal(sum(a for _, a in items)))]


@settings(max_examples=25, deadline=None)
@given(items=st.lists(st.tuples(_NAMES, _AMOUNTS), min_size=2, max_size=6), off=st.integers(1, 500))
def test_a_list_whose_total_does_not_add_up_is_no_table(tmp_path_factory, items, off):
    # Nothing but the arithmetic joins the lines: a total that is not their sum (prose amounts
    # one a line, or a list cut short) gives no table at all.
    result = _paper(tmp_path_factory.mktemp("costs"), items, sum(a for _, a in items) + off)
    assert result.tables == []
