"""PDF table layouts read as a reader reads them (issue 12): unit lines, code columns, section
rows, columns continued on the next page, identifier columns, headings over the rows, one-row
tables under a unit header. Each rule is checked on a real paper of the corpus."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from extractors.tables.headers import is_identifier, is_unit_line, join_header
from tests.conftest import extracted

K = 1000


def cells(table):
    """{(section, label, column): value} for every cell in pounds."""
    out = {}
    for row in table.rows:
        for col, value in zip(table.columns, row.values, strict=True):
            if value is not None:
                out[(row.section, row.label, col.label)] = value
    return out


def test_unit_lines_are_the_scale_not_part_of_the_column_name():
    # Kent appendix C prints "£000s" on its own header line under every year.
    assert join_header(["2025-26", "Year 1", "£000s"]) == "2025-26 Year 1"
    assert join_header(["Total Cost of", "Scheme", "£000s"]) == "Total Cost of Scheme"
    assert join_header(["Increase", "£'000"]) == "Increase"
    # A unit written inside the header's own words stays (Souldern: "Total £s").
    assert join_header(["Total £s"]) == "Total £s"
    assert [is_unit_line(t) for t in ["£000s", "£'000s", "(£m)", "£", "£k", "Total £s", "2025-26"]] == [
        True, True, True, True, True, False, False]


def test_millions_written_with_an_apostrophe_are_the_scale():
    # "£'m" and "£’m" (as "£'000" is written for thousands) head a column of millions: the
    # line is the unit, and the figures under it are millions of pounds.
    from extractors.tables.headers import scale_of
    assert [is_unit_line(t) for t in ["£'m", "£’m", "(£'m)"]] == [True, True, True]
    assert [scale_of(t) for t in ["£'m", "Budget £’m", "(£'m)", "£'000", "£m"]] == [
        1_000_000, 1_000_000, 1_000_000, 1000, 1_000_000]
    assert join_header(["2024-25 Budget", "£'m"]) == "2024-25 Budget"


@given(st.lists(st.text(alphabet="abc Yr-20/", max_size=12), max_size=5),
       st.sampled_from(["£000s", "£'000", "(£m)", "£", "£k", "000s"]), st.integers(0, 5))
def test_a_unit_line_anywhere_in_a_header_leaves_its_name_unchanged(lines, unit, at):
    joined = join_header(lines)
    assert joined == join_header([*lines[:at], unit, *lines[at:]])
    assert "  " not in joined and joined == joined.strip()


def test_cheque_number_columns_are_identifiers():
    assert [is_identifier(t) for t in ["CQ", "Chq No", "Cheque number", "Ref", "Net"]] == [
        True, True, True, True, False]


def test_capital_programme_over_two_pages_is_one_table():
    """Kent appendix C: directorate codes beside the project names, section rows across the
    table, a "£000s" line under each header, years 1-4 on page 1 and years 5-10 on page 2."""
    (table,) = extracted("kent-cc-county-council-2025-02-13-appendix-c-potential-capital-projects.pdf").tables
    assert table.pages == [1, 2] and table.scale == 1000
    assert [c.label for c in table.columns] == [
        "Total Cost of Scheme", "2025-26 Year 1", "2026-27 Year 2", "2027-28 Year 3", "2028-29 Year 4",
        "2029-30 Year 5", "2030-31 Year 6", "2031-32 Year 7", "2032-33 Year 8", "2033-34 Year 9",
        "2034-35 Year 10"]
    got = cells(table)
    shortfall = "Shortfall on Council's Office and Highways Network to Maintain Backlogs at Steady State"
    assert got[(shortfall, "Modernisation of Assets", "Total Cost of Scheme")] == 101790 * K
    assert got[(shortfall, "Modernisation of Assets", "2034-35 Year 10")] == 10500 * K
    assert got[("Potential Forthcoming Projects", "Extra Care Facilities", "2028-29 Year 4")] == 8800 * K
    row = next(r for r in table.rows if r.label == "Modernisation of Assets")
    assert row.details["Directorate"] == "DCED"
    assert [r.label for r in table.rows if r.kind == "heading"] == [shortfall, "Potential Forthcoming Projects"]


def test_payments_list_named_by_payee_without_the_cheque_numbers():
    """Hertingfordbury 2013: Payee | Description | CQ | Net | VAT | Gross."""
    (table,) = extracted("hertingfordbury-pc-minutes-2013-10-09.pdf").tables
    assert [c.label for c in table.columns] == ["Net", "VAT", "Gross"]
    got = cells(table)
    assert got[(None, "Soccertackle", "Gross")] == Decimal("886.00")
    assert got[(None, "Totals", "Net")] == Decimal("1469.52")
    soccer = next(r for r in table.rows if r.label == "Soccertackle")
    assert soccer.details == {"Description": "Goal posts", "CQ": "400045"}


def test_heading_above_the_first_row_is_its_section():
    """Hertingfordbury 2016: "Cheques Issued" then dated payments, then "Receipts"; the amount
    column has no header, so it is left unnamed."""
    (table,) = extracted("hertingfordbury-pc-minutes-2016-05-11.pdf").tables
    assert [c.label for c in table.columns] == [""]
    got = cells(table)
    assert got[("Cheques Issued", "A Glew Salary April", "")] == Decimal("310.68")
    assert got[("Receipts", "East Herts Precept", "")] == Decimal("6120.00")


def test_one_row_table_under_a_unit_header_and_a_one_figure_column():
    """Kent cabinet report: a total's "Increase £'000" is the column's only figure, and the
    collection fund table has one row."""
    tables = extracted("kent-cc-cabinet-2025-03-04-cabinet-report-4-march-2025.pdf").tables
    assert len(tables) == 3
    assert cells(tables[0])[(None, "Total", "Increase")] == Decimal("42.7") * K
    assert cells(tables[1]) == {
        (None, "Business rate collection fund", "Estimate included in County Council papers"): 0,
        (None, "Business rate collection fund", "Updated figures for Cabinet"): Decimal("313.3") * K,
        (None, "Business rate collection fund", "Increase"): Decimal("313.3") * K}


def test_statement_with_a_block_beside_it_and_column_names_by_its_sections():
    """Hertingfordbury 2011 financial statement: payments with their budget on the left, the
    bank account and reserves beside them; "Payments:" heads the rows, "Budget:" names its column,
    and the lines above the figures are the statement's title."""
    statement = extracted("hertingfordbury-pc-minutes-2011-11-09.pdf").tables[0]
    assert [c.label for c in statement.columns] == ["", "Budget", ""]
    got = cells(statement)
    assert got[(None, "Balance at 1/4/2011", "")] == Decimal("36789.66")
    assert got[("Payments", "Admin", "")] == Decimal("1344.66")
    assert got[("Payments", "Admin", "Budget")] == 2200
    assert got[("Bank a/c", "Cater Allen", "")] == Decimal("40169.20")
    assert got[("Reserves", "Available", "")] == Decimal("20047.51")
    # The footnote mark on a payee is not part of its name ("HAPTC*").
    movements = extracted("hertingfordbury-pc-minutes-2011-11-09.pdf").tables[1]
    assert "HAPTC" in {r.label for r in movements.rows}


def test_paragraph_numbers_are_not_a_number_column():
    from extractors.tables.grids import _paragraph_numbers

    assert _paragraph_numbers(["72.", "", "73.", "73.1", "73.2", "74.", "75.", "75.1"])
    assert _paragraph_numbers(["2.", "2.1", "2.2", "2.3", "3.", "3.1"])
    assert not _paragraph_numbers(["3.20", "12.50", "40.00"])  # amounts in pence
    assert not _paragraph_numbers(["3.5", "12.5", "40.0"])  # amounts that jump
    assert not _paragraph_numbers(["1.50", "2.00", "2.50"])
    assert not _paragraph_numbers(["2.1", "1.1"])


def test_header_drawn_across_columns_names_each_of_them():
    """Kent half-year treasury report: "6 months return to 30-September-24" is drawn over its
    "Income" and "Total" columns."""
    tables = extracted("kent-cc-county-council-2025-03-13-appendix-1-half-year-report-2024-25.pdf").tables
    funds = next(t for t in tables if t.columns[0].label == "Book Cost")
    assert [c.label for c in funds.columns] == [
        "Book Cost", "Market Value at 30-September-24", "6 months return to 30-September-24 Income",
        "6 months return to 30-September-24 Total"]


def _revenue_plan_page(label_x: float) -> list[tuple[float, float, str]]:
    """A county revenue plan laid out as Kent's (Labour group alternative budget 2025-28,
    appendix D, page 1, figures as printed there): last year's three columns printed left of the
    row labels, each year spanning "Core | External | Total" over a "£000s" line."""
    xs = [30, 90, 150, 330, 400, 470, 540, 610, 680]
    items = [(150, 40, "HIGH LEVEL REVENUE PLAN AND FINANCING"),
             (90, 80, "2024-25"), (400, 80, "2025-26"), (610, 80, "2026-27")]
    items += [(x, 94, t) for x, t in zip(xs, ["Core", "External", "Total"] * 3, strict=True)]
    items += [(x, 108, "£000s") for x in xs]
    rows = [
        (["", "", ""], "Original base budget", ["1,429,506.8", "0.0", "1,429,506.8", "1,530,923.8", "0.0", "1,530,923.8"]),
        (["1,315,610.6", "", "1,315,610.6"], "Revised Base", ["1,428,670.2", "836.6", "1,429,506.8", "1,530,923.8", "0.0", "1,530,923.8"]),
        (["", "", ""], "SPENDING", [""] * 6),
        (["31,721.5", "", "31,721.5"], "Base Budget Changes", ["10,289.7", "-744.1", "9,545.6", "-100.0", "0.0", "-100.0"]),
        (["10,798.4", "505.1", "11,303.5"], "Pay", ["21,845.7", "626.9", "22,472.6", "12,524.5", "0.0", "12,524.5"]),
        (["49,568.4", "1,695.6", "51,264.0"], "Prices", ["41,407.1", "1,944.4", "43,351.5", "31,361.3", "0.0", "31,361.3"]),
    ]
    y = 130
    for left, label, right in rows:
        items += [(x, y, t) for x, t in zip(xs[:3], left, strict=True) if t]
        items.append((label_x, y, label))
        items += [(x, y, t) for x, t in zip(xs[3:], right, strict=True) if t]
        y += 14
    return items


def test_figures_printed_before_the_label_and_periods_spanning_their_columns(make_pdf):
    """The figures left of a row's label are that row's (not a block of their own, not glued to
    the label), and each year printed over "Core | External | Total" names those three columns;
    the "£000s" line is the scale."""
    import pipeline

    for label_x in (198, 210):  # the label close after the figures, and further off
        path = make_pdf([_revenue_plan_page(label_x)], name=f"plan-{label_x}.pdf", size=(842.0, 595.0),
                        font_size=8)
        (table,) = pipeline.extract(path).tables
        assert [c.label for c in table.columns] == [
            f"{year} {part}" for year in ("2024-25", "2025-26", "2026-27")
            for part in ("Core", "External", "Total")]
        got = cells(table)
        assert got[(None, "Revised Base", "2024-25 Total")] == Decimal("1315610.6") * K
        assert got[(None, "Revised Base", "2025-26 External")] == Decimal("836.6") * K
        assert got[("SPENDING", "Pay", "2024-25 External")] == Decimal("505.1") * K
        assert got[("SPENDING", "Prices", "2026-27 Total")] == Decimal("31361.3") * K
        assert (None, "Original base budget", "2024-25 Core") not in got


def test_a_header_printed_again_over_other_columns_realigns_the_rows_below():
    """Hertingfordbury 2011: receipts under "Net | VAT | Gross", then the payments under
    "Payee | CQ | Net | VAT | Gross" one column further right (cheque numbers first), with
    "OK" ticked beside the checked figures."""
    movements = extracted("hertingfordbury-pc-minutes-2011-11-09.pdf").tables[1]
    got = cells(movements)
    section = "Payments since last report"
    assert got[(section, "HAPTC", "Net")] == Decimal("15.00")
    assert got[(section, "HAPTC", "Gross")] == Decimal("15.00")
    assert got[(section, "Coopers - Sep", "VAT")] == Decimal("184.60")
    assert got[(section, "Coopers - Sep", "Gross")] == Decimal("1107.60")
    assert got[(section, "Totals", "Net")] == Decimal("2979.34")
    assert 78 not in got.values() and 80 not in got.values()  # the cheque numbers


def test_row_reference_columns_are_identifiers():
    # Kent's capital programme numbers its rows in a "ROW REF" column.
    assert is_identifier("ROW REF") and is_identifier("Ref No.") and is_identifier("Ref")
    assert not is_identifier("Refunds")


# Dev split (samples/gold/dev, annotated blind; tuned on): table cells exact (table, row, section,
# column and value) over the dev papers that print financial tables. Measured 0.853 when these
# layouts landed (issue 12), 0.935 with a header printed again over other columns followed,
# 0.972 with the blocks the whitespace finder cut off (issue 12f);
# raise it, never lower it.
DEV_TABLE_CELLS_FLOOR = 0.97


def test_dev_table_cells_floor():
    import json

    from pipeline.eval import Score, score_sample
    from pipeline.models import Gold
    from tests.conftest import SAMPLES

    total = Score()
    for path in sorted((SAMPLES / "gold" / "dev").glob("*.json")):
        gold = Gold.model_validate(json.loads(path.read_text(encoding="utf-8")))
        if gold.table_cells:
            total.add(score_sample(gold, extracted(gold.sample))["table_cells"])
    assert total.f1 is not None and total.f1 >= DEV_TABLE_CELLS_FLOOR, total.as_dict()


@given(st.decimals(min_value=-10**7, max_value=10**7, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["* {}", "*{}", "† {}", "{} OK", "{} ok", "{} ✓"]))
def test_a_ticked_or_footnoted_figure_is_read_as_the_figure(value, form):
    # Hertingfordbury ticks checked payments "15.00 OK"; Kent marks a figure "* -19,045.4".
    from extractors.tables.grids import _numberish, _ticked_figure

    figure = f"{value:,.2f}"
    text = form.format(figure)
    assert _numberish(text)
    found, at = _ticked_figure(text)
    assert found == figure and text[at:at + len(figure)] == figure
    assert not _numberish(form.format("note"))


def test_a_notes_and_guidance_column_does_not_end_the_header(tmp_path):
    """A statutory form's accounting statements (Souldern 2025-26, scanned: OCRed here) print a
    "Notes and guidance" column beside the two years, its head cell a long instruction ("Please
    round all figures to nearest £1. Do not leave any boxes blank ..."): the figures' header goes
    on under it, so each year column is named by its "31 March 2025" line too."""
    import pipeline
    from extractors.tables import extract as tables
    from pipeline.ingest import OcrSettings
    from tests.conftest import SAMPLES

    doc = pipeline.ingest(SAMPLES / "souldern-pc-accounting-statements-2025-26-scanned.pdf",
                          ocr=OcrSettings(mode="auto", cache=tmp_path / "ocr-cache"))
    statements = tables(doc, None, money_only=False)[0]
    assert [c.label for c in statements.columns] == ["Year ending 31 March 2025",
                                                     "Year ending 31 March 2026"]
    got = cells(statements)
    assert got[(None, "1. Balances brought forward", "Year ending 31 March 2025")] == 16634
    assert got[(None, "7. (=) Balances carried forward", "Year ending 31 March 2026")] == 16450
    # the guidance is the row's text, not a column of figures
    (notes, guidance), = statements.rows[0].details.items()
    assert notes.startswith("Notes and guidance Please round all figures to nearest £1.")
    assert guidance.startswith("Total balances and reserves at the beginning of the year")


def test_a_block_the_whitespace_finder_cut_off_below_a_table_is_read():
    """Hertingfordbury 2011's financial statement: camelot stream stops its payments table at the
    totals; further down, after a wider gap, "Payments for approval at meeting on 9 Nov 2011"
    captions a block of its own in the same columns (two sections, the column names printed only
    over the second, "Payments due"), and the page's prose ("Powers: ... Act 1906 s.10") is not
    read."""
    tables = extracted("hertingfordbury-pc-minutes-2011-11-09.pdf").tables
    assert len(tables) == 3
    approval = tables[2]
    # its caption stays the page's text: "9 Nov 2011" is a date of the paper
    assert "9 Nov 2011" in {d.text for d in extracted("hertingfordbury-pc-minutes-2011-11-09.pdf").dates}
    assert [c.label for c in approval.columns] == ["Net", "VAT", "Gross"]
    got = cells(approval)
    assert got[("Payments since last meeting", "Tonks", "Net")] == Decimal("790.91")
    assert got[("Payments due", "Breeze and Wyles", "VAT")] == Decimal("180.00")
    assert got[("Payments due", "Totals", "Gross")] == Decimal("3267.85")
    assert approval.checks_failed == 0 and approval.checks_passed > 0
    assert not any(v in (85, 87, 90) for v in got.values())  # the cheque numbers


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
       st.text(alphabet="abcdefghij ()-&", min_size=1, max_size=30).filter(lambda t: t.strip()),
       st.integers(3, 8))
def test_line_labels_split_each_line_and_its_leading_date(day, name, depth):
    from extractors.tables.ruled import _line_labels
    from pipeline.models import SourceTableCell

    line = f"{day:%d/%m/%Y} {name.strip()}"
    spans, text, at = [], [], 0
    for _ in range(depth):
        spans.append((at, at + len(line)))
        text.append(line)
        at += len(line) + 1
    cell = SourceTableCell(text="\n".join(text), char_start=0, char_end=at - 1, lines=spans)
    one_a_line = [[], [None] * depth]  # a names column, then a column of one figure a line
    names = _line_labels(cell, one_a_line, [1], depth)
    assert names is not None and len(names) == depth
    assert all(label.text == name.strip() and date == f"{day:%d/%m/%Y}" for label, date in names)
    assert all(label.end - label.start == len(line) for label, _ in names)  # the date's in it
    assert _line_labels(cell, [[], [None] * (depth + 1)], [1], depth + 1) is None  # a line short
