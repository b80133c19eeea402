"""PDF table layouts of the dev5 batch (issue 12, sixth session): a town council's statement of
accounts, whose budget comparison prints a line of years and a line of "£" over its column
names, and a second table of its own (with its own title and column names) under the first on
one page. Each rule is checked on the real paper that shows it."""

from __future__ import annotations

from extractors.tables.headers import is_year_column
from pipeline.ingest.pdf import _Word, join_touching_figures
from tests.conftest import extracted

SUTTON_ACCOUNTS = "sutton-coldfield-tc-statement-of-accounts-2017-18.pdf"


def row(table, label):
    return next(r for r in table.rows if r.label == label)


def test_a_line_of_years_over_the_columns_opens_their_names():
    # Page 4, the budget comparison: "2017 | 2018 | 2018 | 2018" / "£ | £ | £ | £" / "Net" over
    # "Budget | Expenditure | Budget | Variance", which the grid's own header starts at.
    (table,) = [t for t in extracted(SUTTON_ACCOUNTS).tables if t.pages == [4]]
    names = [c.label for c in table.columns]
    assert names == ["2017 Budget", "2018 Net Expenditure", "2018 Budget", "2018 Variance"]
    assert row(table, "Economic Development").values == [-145000, -4022, -132000, 127978]


def test_column_names_under_a_table_start_a_table_of_their_own():
    # Page 5: under the income and expenditure account, "Reserve Movements" with its own names
    # ("Balance April 2017 | Movement for Year | Balance March 2018"): its rows are not rows of
    # the account above, whose figures stand in other columns.
    (table,) = [t for t in extracted(SUTTON_ACCOUNTS).tables if t.pages == [5] and any(
        r.label == "Economic Development" for r in t.rows)]
    names = [c.label for c in table.columns]
    assert names == ["2017 Net Expenditure", "2018 Gross Expenditure", "2018 Income", "2018 Net Expenditure"]
    assert not any(r.label in ("General Fund", "Earmarked Reserves") for r in table.rows)
    # ... they are that table's: its columns named by the words over them, the last year's
    # figures at left, printed beside both tables, keeping the name the account above gives them
    (reserves,) = [t for t in extracted(SUTTON_ACCOUNTS).tables if t.pages == [5] and any(
        r.label == "General Fund" for r in t.rows)]
    assert [c.label for c in reserves.columns] == [
        "2017 Net Expenditure", "Balance April 2017", "Movement for Year", "Balance March 2018"]
    assert row(reserves, "General Fund").values == [1309126, 1309126, -97126, 1212000]
    assert row(reserves, "Earmarked Reserves").values == [None, 0, 827769, 827769]
    assert reserves.title == "Reserve Movements"


def test_figures_drawn_a_hair_into_each_other_are_one_word():
    # Page 5: "1" ends 0.06 pt inside ",212,000" where the page shows 1,212,000
    words = [_Word("1", 454.56, 561.0, 459.36, 569.7, 8.6), _Word(",212,000", 459.36 - 0.06, 561.0, 492.9, 569.7, 8.6),
             _Word("Box", 356.0, 609.0, 373.0, 618.0, 8.6), _Word("1", 375.0, 609.0, 380.0, 618.0, 8.6)]
    assert [w.text for w in join_touching_figures(words)] == ["1,212,000", "Box", "1"]


def test_an_annual_returns_numbered_lines_are_a_money_table_of_their_own():
    # Page 8, "Annual Return 31 March 2018": lines numbered 1 to 10 ("1 Balances Brought
    # Forward", "2 Annual Precept") under "2017 | 2018" alone. The line numbers are no amounts;
    # the lines' names say money; its title of its own makes it a table apart from the balance
    # sheet on page 7, which is headed "2017 | 2018" too.
    (table,) = [t for t in extracted(SUTTON_ACCOUNTS).tables if t.pages == [8]]
    assert [c.label for c in table.columns] == ["2017", "2018"]
    assert row(table, "Annual Precept").values == [1823850, 1832982]
    assert row(table, "Total Borrowings").values == [0, 0]
    assert not any(r.label == "Annual Precept" for t in extracted(SUTTON_ACCOUNTS).tables
                   if 7 in t.pages for r in t.rows)


CMPB = "kent-cc-county-council-2025-03-13-appendix-1-kent-cmpb-2024-annual-report.pdf"
INVESTMENT = "kent-cc-county-council-2025-02-13-appendix-n-investment-strategy.pdf"


def test_a_column_of_years_named_for_when_is_no_money_table():
    # The Kent armed forces covenant board's report: "Organisation | Date Awarded | Award Level"
    # ("Absolute Military 2022 Gold"), years in no order: when, not how much.
    assert is_year_column("Date Awarded", ["2022", "2024", "2020"])
    assert not is_year_column("Budget", ["2022", "2024", "2020"])
    assert extracted(CMPB).tables == []


def test_a_label_run_on_below_its_figures_is_one_row():
    # The investment strategy's property table, cells set from their top: "Creative Enterprise
    # Quarter Industrial  2.474  2.605" / "Units, Ashford units 1, 2, 3, 14, 18," / "19, 20, ...":
    # "Units," did not fit on the first line, so the three lines are one label, not a heading.
    (table,) = [t for t in extracted(INVESTMENT).tables if any(
        r.label and r.label.startswith("Creative Enterprise") for r in t.rows)]
    label = "Creative Enterprise Quarter Industrial Units, Ashford units 1, 2, 3, 14, 18, 19, 20, 21, 22, 23, 24"
    assert row(table, label).values == [2474000, 2605000]
    assert [r.section for r in table.rows if r.label == "Kings Hill Solar Park"] == [None]
    assert [r.kind for r in table.rows] == ["item", "item", "item", "total"]


def test_one_year_over_two_columns_side_by_side_heads_both():
    # Page 9, note A: "Income and Expenditure Account (Unaudited)" cut by the grid into its label
    # and first number columns, over "2018 | 2018" / "£ | £" / "Net | Budget" / "Expenditure":
    # the title is one cell, and the line of one year twice is the header's, not a row of figures.
    (table,) = [t for t in extracted(SUTTON_ACCOUNTS).tables if t.pages == [9]]
    assert [c.label for c in table.columns] == ["2018 Net Expenditure", "2018 Budget"]
    assert table.title == "Income and Expenditure Account (Unaudited)"
    assert row(table, "Salaries").values == [152360, 312300]


def test_a_notes_tables_on_following_pages_under_the_same_names_stay_apart():
    # Pages 9 and 10: notes A and B each print "2018 | 2018" / "Net Expenditure | Budget", B under
    # its own caption "B Income and Expenditure Account (Unaudited)": two tables, not one
    # continued; the town council's name, printed atop every page, is no caption.
    tables = extracted(SUTTON_ACCOUNTS).tables
    (b,) = [t for t in tables if t.pages == [10] and any(r.label == "Members Allowances" for r in t.rows)]
    assert b.title == "B Income and Expenditure Account (Unaudited)"
    assert not any(t.title == "Royal Sutton Coldfield Town Council" for t in tables)


def test_a_spanning_heading_is_centred_over_its_columns_as_set_not_their_figures():
    # Page 6, the reconciliation to the annual return: "Income" over "Box 2 Precept | Box 3 Other
    # Income | Total", "Expenditure" over four columns; names centred in their cells, figures
    # right-aligned further right. Placed by where each column prints, names and figures, the
    # first "Total" is under "Income".
    (table,) = [t for t in extracted(SUTTON_ACCOUNTS).tables if t.pages == [6]]
    assert [c.label for c in table.columns] == [
        "Income Box 2 Precept", "Income Box 3 Other Income", "Income Total", "Expenditure Box 4 Staff Costs",
        "Expenditure Box5 Loans Repaid", "Expenditure Box 6 Other Costs", "Expenditure Total"]


def test_a_heading_under_a_header_that_names_its_label_column_is_a_section():
    # Page 6: the header names the label column ("Annual Return Box Numbers"), so "Direct
    # Services" under it is the first section's heading, not the label column's header.
    (table,) = [t for t in extracted(SUTTON_ACCOUNTS).tables if t.pages == [6]]
    assert row(table, "Economic Development").section == "Direct Services"
    assert row(table, "Central Support Costs").section == "Democratic, Management and Civic"


def test_a_notes_one_column_under_a_year_and_a_title_cut_into_it():
    # Page 11, note C: "Income and Expenditure Account | (Unaudited)" cut into the one number
    # column, over "2018" / "£" / "Net" / "Expenditure": the title is one cell, the lone year the
    # header's top line (not a row of 2,018 pounds). Page 10's allowances table, titled
    # "Members/Mayors Allowances Claimed in 2017/18" the same way, names its one column nothing.
    tables = extracted(SUTTON_ACCOUNTS).tables
    (c,) = [t for t in tables if 11 in t.pages and any(r.label == "Cycles in Town" for r in t.rows)]
    assert c.title == "Income and Expenditure Account (Unaudited)"
    assert [col.label for col in c.columns] == ["2018 Net Expenditure"]
    assert row(c, "Cycles in Town").values == [175000]
    assert not any(2018 in r.values for r in c.rows)
    (allowances,) = [t for t in tables if any(r.label == "Cllr D Pears" for r in t.rows)]
    assert allowances.title == "Members/Mayors Allowances Claimed in 2017/18"
    assert row(allowances, "Cllr D Pears").values == [6215]


def test_a_caption_saying_continued_keeps_the_table_going():
    # The rule behind notes A and B (pages 9 and 10) read on their column names: a caption of
    # its own opens a new table; one saying it continues ("... (continued)") does not.
    from extractors.tables.grid import RawTable
    from extractors.tables.grids import _continues
    names = ["2018 Net Expenditure", "2018 Budget"]
    a = RawTable(title="Income and Expenditure Account (Unaudited)", columns=names, rows=[], pages=[9])
    b = RawTable(title="B Income and Expenditure Account (Unaudited)", columns=list(names), rows=[], pages=[10])
    more = RawTable(title="Income and Expenditure Account (continued)", columns=list(names), rows=[], pages=[10])
    assert not _continues(a, b)
    assert _continues(a, more)


def test_words_only_in_a_notes_column_are_no_heading():
    # Page 10, note B: "Incl Civic Regalia, Volunteers Reception," printed alone in the notes
    # column over "Civic Events 9,907 10,000": a line of a note, not the section of the rows.
    (b,) = [t for t in extracted(SUTTON_ACCOUNTS).tables if t.pages == [10] and any(
        r.label == "Members Allowances" for r in t.rows)]
    assert row(b, "Civic Events").section is None
    assert row(b, "Mayors Challenge 2017").section is None
    assert row(b, "Civic Events").values == [9907, 10000]


def test_a_table_with_prose_and_another_caption_under_it_is_not_continued_overleaf():
    # Note C ends on page 11 with prose ("Earmarked reserves represent ...") and the caption
    # "D Balance Sheet" under it; the headerless grid atop page 12 ("Balance Sheet" over the
    # creditors, note E) is a table of its own, money by its heading, not more rows of note C.
    tables = extracted(SUTTON_ACCOUNTS).tables
    (c,) = [t for t in tables if 11 in t.pages and any(r.label == "By-election Contingency" for r in t.rows)]
    assert c.pages == [11]
    assert not any(r.label == "Invoices paid 3rd April 2018" for r in c.rows)
    (e,) = [t for t in tables if t.pages == [12]]
    assert row(e, "Invoices paid 3rd April 2018").values == [79396]


def test_a_keyed_note_under_a_one_column_table_is_a_table_of_its_own():
    # Page 11: under note C's one column of figures, past its prose, "D  Balance Sheet" (the
    # note's key left of the row labels) over "Refundable Deposit 1,800 Office Space Rental" ...
    # "Debtors and Prepayments 52,602": note D's debtors, a table of its own after C, in C's
    # column of figures, the comments right of them left out. Page 12: "E  Balance Sheet", the
    # first line of the next grid, is note E's title, not a section of its creditors; E is not
    # more rows of D.
    tables = extracted(SUTTON_ACCOUNTS).tables
    i = next(k for k, t in enumerate(tables) if any(r.label == "By-election Contingency" for r in t.rows))
    d, e = tables[i + 1], tables[i + 2]
    assert d.title == "Balance Sheet" and d.pages == [11] and [c.label for c in d.columns] == [""]
    assert [(r.label, r.values) for r in d.rows] == [
        ("Refundable Deposit", [1800]), ("VAT", [10792]), ("Accrued Income", [1309]),
        ("Something for Everyone Events", [37801]), ("Social Inclusion", [900]),
        ("Debtors and Prepayments", [52602])]
    assert e.pages == [12] and e.title == "Balance Sheet"
    assert row(e, "Invoices paid 3rd April 2018").values == [79396]
    assert row(e, "Invoices paid 3rd April 2018").section is None
    assert not any(r.label == "Refundable Deposit" for r in e.rows)


def test_a_list_of_points_marked_by_bullets_is_no_table():
    # Page 2 of a section 25 statement: "Provided the measures ... are implemented, including:"
    # over four points, each opened by "•" in a column of its own. A bullet reads as a dash (nil)
    # only as OCR noise; a list whose every "figure" is one prints no sum: no table at all.
    assert extracted("kent-cc-county-council-2025-02-13-section-25-statement-final.pdf").tables == []
