"""PDF table layouts of the dev6 batch (issue 12, eighth session): a county treasury management
strategy's ruled tables of limits and indicators. Each rule is checked on the real paper that
shows it, with the exact cells kept."""

from __future__ import annotations

from decimal import Decimal

from extractors.tables.ruled import entries
from pipeline.eval import predicted_cells
from pipeline.models import SourceTableCell
from tests.conftest import extracted

TREASURY = "kent-cc-county-council-2025-02-13-appendix-m-treasury-management-strategy-2025-26.pdf"


def _row(table, label):
    return next(r for r in table.rows if r.label == label)


def test_a_limit_qualified_by_words_is_the_cells_amount():
    # Appendix M (dev6), page 11: "£25m per fund", "£2m per issuer", "£30m country limit",
    # "£75m or 5% of total fund value if greater": the figure opens the cell, the words after
    # it qualify it (the footnote mark "*" after a name is not part of it).
    (table,) = [t for t in extracted(TREASURY).tables if t.provenance.page == 11]
    assert [c.label for c in table.columns] == ["Counterparty limit", "Sector limit"]
    assert _row(table, "Money Market Funds").values == [Decimal(25_000_000), None]
    assert _row(table, "Corporates (non-financials)").values == [Decimal(2_000_000), Decimal(20_000_000)]
    assert _row(table, "Overseas banks (unsecured)").values == [Decimal(20_000_000), Decimal(30_000_000)]
    assert _row(table, "- Property funds").values == [Decimal(75_000_000), None]


def test_a_figure_then_a_figure_in_its_note_is_not_read_as_one():
    # the rule takes a figure in pounds followed by words with no other sum: "£5 and £10" is
    # no one amount, and a figure without its currency sign ("25 years") is no money
    def cell(text):
        return SourceTableCell(text=text, char_start=0, char_end=len(text), lines=[(0, len(text))])
    assert [e.amount.text for e in entries(cell("£25m per fund"))] == ["£25m"]
    assert entries(cell("£5m and £10m per fund")) == []
    assert entries(cell("25 years per fund")) == []


def test_a_first_row_under_a_header_with_a_blank_first_column_is_a_row():
    # Page 11: "| Time limit | Counterparty limit | Sector limit" over "The UK Government | 50
    # years | unlimited |": that row names a counterparty; its "unlimited" is not part of the
    # column's name.
    (table,) = [t for t in extracted(TREASURY).tables if t.provenance.page == 11]
    assert "Counterparty limit unlimited" not in [c.label for c in table.columns]
    assert _row(table, "UK Local Authorities").values == [Decimal(10_000_000), None]


def test_a_one_line_indicator_table_in_pounds_is_a_table():
    # Page 15: "Liquidity risk indicator | Minimum Level" over "Total cash available within 3
    # months | £75m": one named line of money under a named column, numbered among the
    # paper's financial tables (the credit rating "AA-" above it and the maturity percentages
    # below it are not money).
    tables = extracted(TREASURY).tables
    assert [t.provenance.page for t in tables] == [4, 11, 15, 16, 19]
    (row,) = tables[2].rows
    assert (row.label, [c.label for c in tables[2].columns], row.values) == (
        "Total cash available within 3 months", ["Minimum Level"], [Decimal(75_000_000)])


RISK_REGISTER = "kent-cc-county-council-2025-02-13-appendix-j-budget-risk-register.pdf"
HERTINGFORDBURY_2012_03 = "hertingfordbury-pc-minutes-2012-03-14.pdf"


def test_a_risk_is_named_by_its_title_not_its_directorate():
    # Appendix J (dev6), page 1: "Directorate | Risk Title | ..." over "CYPE | High Needs
    # Spending" and "ALL | Non delivery of Savings ...": the directorate is a code column; the
    # heading row "Significant Risks (over £10m)" drawn across the first columns is no row's
    # name, so does not make the codes look like words.
    table = extracted(RISK_REGISTER).tables[0]
    labels = [r.label for r in table.rows if any(v is not None for v in r.values)]
    assert "Non delivery of Savings and income and inability to replace one-off measures" in labels
    assert "ALL" not in labels and "CYPE" not in labels


def test_bullet_points_each_ending_in_a_sum_are_prose_not_a_table():
    # Hertingfordbury minutes of March 2012 (dev7), 143.2: "It was RESOLVED that following
    # payments be authorised:" then "\uf0b7 The clerk for expenses incurred: £94.97" ... four
    # bullets: a resolution's items, their sums amounts of the prose. The financial statement
    # on page 6 is the paper's table 1.
    result = extracted(HERTINGFORDBURY_2012_03)
    assert result.tables[0].provenance.page == 6
    assert not any(r.label and "expenses incurred" in r.label for t in result.tables for r in t.rows)
    assert {"£94.97", "£730.80", "£577.91", "£4002.00"} <= {a.text for a in result.amounts}


def test_totals_printed_under_the_descriptions_name_the_totals_line():
    # Hertingfordbury minutes of June 2014 (dev6), page 4: "Payee | Description | CQ | Net |
    # VAT | Gross" ruled, its last line "| | Totals | | 1,483.75 | 110.48 | 1,594.23": the
    # word stands under the descriptions, the payee's cell is blank; it names the line.
    (table,) = extracted("hertingfordbury-pc-minutes-2014-06-11.pdf").tables
    last = table.rows[-1]
    assert (last.label, last.values) == ("Totals", [Decimal("1483.75"), Decimal("110.48"), Decimal("1594.23")])


def test_a_statements_payments_block_cut_from_its_header_reads_as_the_header_in_its_body():
    # Hertingfordbury minutes of March 2012 (dev7), page 6, "Payments for approval at meeting
    # on 14 Mar 2012": "Payments since last meeting" over "F Cooper | 97 | 609.00 | 121.80 |
    # 730.80", its "Totals" printed under the cheque numbers, then "Payments due" and the line
    # "Payee | Description | CQ | Net | VAT | Gross" that names the columns for the first time.
    # The columns are Net, VAT and Gross; the cheque numbers 97, 98, 99 (rising by one a row)
    # are no cells; the block headings are the rows' sections.
    table = extracted(HERTINGFORDBURY_2012_03).tables[2]
    cells = {(c["rows"][0], c["section"], c["column"]): c["value"]
             for c in predicted_cells(extracted(HERTINGFORDBURY_2012_03)) if c["table"] == 3}
    assert cells[("F Cooper", "Payments since last meeting", "Net")] == Decimal("609.00")
    assert cells[("Totals", "Payments since last meeting", "Gross")] == Decimal("730.80")
    assert cells[("Custom Cutters", "Payments due", "VAT")] == Decimal("667.00")
    assert cells[("D Tonks", "Payments due", "Gross")] == Decimal("14.04")
    values = {v for r in table.rows for v in r.values if v is not None}
    assert not values & {Decimal(97), Decimal(98), Decimal(99)}


def test_a_reconciliation_beside_the_receipts_is_a_block_of_its_own():
    # Hertingfordbury minutes of November 2011 (dev), page 5: "Receipts since last report | Net
    # | VAT | Gross | Reconcile", and under "Reconcile", level with the receipts' lines, "B Fwd
    # 42,733.28", "Movements 3,389.99", "Unpaid cq 825.91", "Unbanked receipts 0.00" (on the
    # receipts' "Totals" line) and "Balance 40,169.20": each a row named by its own words under
    # the section "Reconcile", not a figure of the receipts' rows.
    cells = [c for c in predicted_cells(extracted("hertingfordbury-pc-minutes-2011-11-09.pdf")) if c["table"] == 2]
    reconcile = {c["rows"][0]: c["value"] for c in cells if c["section"] == "Reconcile"}
    assert reconcile == {"B Fwd": Decimal("42733.28"), "Movements": Decimal("3389.99"),
                         "Unpaid cq": Decimal("825.91"), "Unbanked receipts": Decimal("0.00"),
                         "Balance": Decimal("40169.20")}
    totals = [c for c in cells if c["rows"][0] == "Totals" and c["section"] == "Receipts since last report"]
    assert sorted(c["column"] for c in totals) == ["Gross", "Net", "VAT"]


def test_a_years_projects_drawn_one_a_row_are_named_by_the_line_level_with_each_figure():
    # Nipissing capital forecast (dev4), page 6, "PUBLIC WORKS FLEET PLAN": the year "2024"
    # drawn over five shaded rows of vehicles, "$90,000" in a cell drawn over the whole year,
    # printed level with the fifth, "Pick Up Truck Year 1 of 5 (3/4 Tonne)" (not the first,
    # "Tandem Truck (replace 2005) Year 2 of 5"); the vehicles' years stay table text.
    result = extracted("nipissing-capital-budget-forecast-2024-2034.pdf")
    rows = [r for t in result.tables if t.provenance.page == 6 for r in t.rows if any(r.values)]
    named = {(r.section, r.label): r.values[0] for r in rows}
    assert named[("2024", "Pick Up Truck Year 1 of 5 (3/4 Tonne)")] == Decimal(90000)
    assert named[("2025", "Grader Year 1 of 5")] == Decimal(650000)
    assert named[("2025", "Pick Up Truck Year 1 of 5 (1/2 Tonne)")] == Decimal(70000)
    assert named[("2030", "Tandem Truck (replace 2021) Year 1 of 5")] == Decimal(380000)
    assert not [d for d in result.dates if d.provenance.page == 6 and d.text == "2005"]


def test_rows_marked_as_sub_items_by_a_dash_take_the_item_above_as_their_section():
    # Appendix M (dev6), page 11: "Strategic pooled funds and real estate investment trusts"
    # (its own £200m sector limit) over "- Absolute Return funds £25m per fund" ... "- Real Estate
    # Investment Trusts": the dashed rows are its funds, so it is their section, while it keeps
    # its own figure and no section. Under a heading (Annex A's "Pooled investments funds" over
    # "- Property"), the heading stays the section.
    tables = extracted(TREASURY).tables
    (table,) = [t for t in tables if t.provenance.page == 11]
    parent = _row(table, "Strategic pooled funds and real estate investment trusts")
    assert parent.section is None and parent.values == [None, Decimal(200_000_000)]
    for label, limit in [("- Absolute Return funds", 25), ("- Property funds", 75), ("- Bond funds", 25),
                         ("- Real Estate Investment Trusts", 25)]:
        row = _row(table, label)
        assert row.section == "Strategic pooled funds and real estate investment trusts", label
        assert row.values == [Decimal(limit * 1_000_000), None]
    assert _row(table, "Money Market Funds").section is None
    (annex,) = [t for t in tables if t.title and t.title.startswith("Annex A")]
    assert _row(annex, "- Property").section == "Pooled investments funds"
    assert _row(annex, "- Property").values[0] == Decimal("54560000.00")
