"""PDF table layouts of the dev4 batch (issue 12, fifth session): a treasury report's indicator
tables, rate columns and paragraph numbers; a reserves history under one boxed heading; a
spreadsheet printed to PDF with overflowed cells; a slide-deck capital forecast grouped by year
with two tables side by side. Each rule is checked on the real paper that shows it."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from extractors.tables.grids import _paragraph_numbers
from extractors.tables.headers import is_year_column, unit_not_money
from extractors.tables.numbers import is_overflowed, parse_cell, parse_scaled_money
from pipeline.ingest.pdf import _Word, join_touching_figures
from tests.conftest import extracted

MID_YEAR = "kent-cc-county-council-2025-03-13-council-report-mid-year-24-25.pdf"
RESILIENCE = "kent-cc-county-council-2025-02-13-appendix-i-assessment-of-financial-resilience.pdf"
SOULDERN = "souldern-pc-accounts-monthly-2021-22.pdf"
NIPISSING = "nipissing-capital-budget-forecast-2024-2034.pdf"
M = 1_000_000


def row(table, label):
    return next(r for r in table.rows if r.label == label)


def test_two_decimal_paragraph_numbers_running_on_are_not_pence():
    # Kent mid-year report, paragraphs 2.11-2.13 down the margin of the economic commentary
    assert _paragraph_numbers(["2.11", "2.12", "2.13"])
    assert not _paragraph_numbers(["1.50", "2.00", "2.50"])  # pence
    assert not _paragraph_numbers(["2.11", "2.12"])  # two prices a penny apart
    tables = extracted(MID_YEAR).tables
    assert [c.label for c in tables[0].columns][:3] == ["31-Mar-24 Balance", "2024-25 Movement", "30-Sep-24 Balance"]


def test_rate_and_life_columns_are_not_pounds_nor_summed():
    assert [unit_not_money(t) for t in [
        "30-Sep-24 Average Rate %", "30/09/2024 Value Weighted Average Life yrs", "Income (%)",
        "Council Tax 4.99% increase", "30-Sep-24 Balance", "Total over 3 years", "Term (months)",
        "Average Rate%"]] == ["percent", "years", "percent", None, None, None, "months", "percent"]
    tables = extracted(MID_YEAR).tables
    borrowing = row(tables[1], "PWLB Loan")
    assert borrowing.values == [Decimal("456300000.0"), Decimal("-23900000.0"), Decimal("432400000.0"),
                                Decimal("4.33"), Decimal("15.11")]
    assert {(f.column, f.code) for f in borrowing.flags} == {(3, "percent"), (4, "not_money")}
    # the total's 4.82 % is the average of the rates above it: no failed sum on it
    assert all(t.checks_failed == 0 for t in tables)


def test_label_printed_round_its_figures_is_one_row():
    # "Cash and cash" above the figures, "equivalents" below them
    balances = extracted(MID_YEAR).tables[0]
    assert row(balances, "Cash and cash equivalents").values[:3] == [
        Decimal("128900000.0"), Decimal("4100000.0"), Decimal("133000000.0")]
    assert [r.label for r in balances.rows].count("Total investments") == 1


def test_money_with_its_own_unit_in_a_ruled_cell():
    assert parse_scaled_money("£215.8m") == Decimal("215800000.0")
    assert parse_scaled_money("-£3.1m") == Decimal("-3100000.0")
    assert parse_scaled_money("£250k") == 250_000
    assert parse_scaled_money("3.1m") is None  # no currency: may be metres
    cell = parse_cell("£100m")
    assert cell.value == 100 * M and cell.in_pounds
    tables = extracted(MID_YEAR).tables
    liquidity, rates = tables[4], tables[5]
    assert [c.label for c in liquidity.columns] == ["Actual 30/09/2024", "Minimum"]
    assert row(liquidity, "Total cash available within 3 months").values == [Decimal("215800000.0"), 100 * M]
    assert row(rates, "One-year revenue impact of a 1% fall in interest rates").values == [
        Decimal("-3100000.0"), -10 * M]
    assert len(tables) == 7  # the credit-rating table ("AA+") holds no money


@given(st.decimals(min_value=0, max_value=10**5, places=1, allow_nan=False, allow_infinity=False),
       st.sampled_from([("k", 1000), ("m", M), ("bn", 1000 * M)]), st.booleans())
def test_scaled_money_is_the_figure_times_its_unit(value, unit, negative):
    suffix, scale = unit
    text = f"{'-' if negative else ''}£{value}{suffix}"
    assert parse_scaled_money(text) == (-1 if negative else 1) * value * scale


def test_one_heading_over_a_row_of_years_heads_them_all():
    (reserves,) = extracted(RESILIENCE).tables
    assert [c.label for c in reserves.columns] == [f"ACTUALS {y}-{y - 1999}" for y in range(2015, 2024)]
    assert reserves.scale == 1000
    assert row(reserves, "General").values[0] == -36_404_000


def test_figures_cut_by_an_overprinted_padding_space_are_one_word():
    # Souldern 2021-22: "1" and "21.80" 0.05 pt apart where the page shows 121.80
    words = [_Word("1", 232.7, 130.0, 237.08, 140.0, 8.0), _Word("21.80", 237.13, 130.0, 256.97, 140.0, 8.0),
             _Word("Insurance", 60.0, 150.0, 95.0, 160.0, 8.0), _Word("500", 98.0, 150.0, 110.0, 160.0, 8.0)]
    assert [w.text for w in join_touching_figures(words)] == ["121.80", "Insurance", "500"]


def test_spreadsheet_grid_with_overflowed_cells():
    assert is_overflowed("#####") and not is_overflowed("##")
    assert parse_cell("######").readings[0].flag == "overflowed"
    (grid,) = extracted(SOULDERN).tables
    names = [c.label for c in grid.columns]
    assert names[:3] == ["Precept figures", "Spend (inc VAT) April", "Spend (inc VAT) May"]
    assert names[-1] == "Totals"
    oalc = row(grid, "OALC")
    assert oalc.values[0] == 200 and oalc.values[3] == Decimal("121.80") and oalc.values[-1] == Decimal("121.80")
    grass = row(grid, "Grass cutting")  # three "#####" cells: no values, not an OCR ghost row
    assert grass.values[0] == 3000 and grass.values[3] == Decimal("330.00")
    assert {f.column for f in grass.flags if f.code == "overflowed"} == {2, 5, 7, 13}
    assert grass.values[2] is None


def test_year_columns_are_sections_not_amounts():
    assert is_year_column("YEAR", ["2024", "2025", "", "2026"])
    assert is_year_column("FOR USE", ["2026", "2026", "2030"])
    assert is_year_column("", ["2024", "2025", "2026"])
    assert not is_year_column("", ["2026", "2024"])  # two figures that fall: may be amounts
    assert not is_year_column("Amount", ["2,024", "2025"])
    tables = extracted(NIPISSING).tables
    assert not any(v is not None and re.fullmatch(r"(?:19|20)\d\d", raw or "")
                   for t in tables for r in t.rows for v, raw in zip(r.values, r.raw, strict=True))
    # the capital table at left is read before the reserves plan beside it
    capital, reserves = tables[0], tables[1]
    assert [c.label for c in capital.columns] == ["ESTIMATE"]
    assert [(r.section, r.label, r.values) for r in capital.rows] == [
        ("2025", "Replace Municipal Admin Vehicle", [45000]), ("2026", "Paint Interior of Building", [7500])]
    assert reserves.title == "GENERAL GOVERNMENT RESERVES PLAN"
    assert [c.label for c in reserves.columns] == ["AMOUNT"]
    assert [(r.section, r.label) for r in reserves.rows][:3] == [
        ("2024", "Computer server/replacements"), ("2024", "Municipal Election"),
        ("2025", "Computer server/replacements")]
    assert len(reserves.rows) == 19


def test_a_years_projects_each_named_level_with_its_figure():
    # Nipissing fire department forecast: "PROJECT DESCRIPTION" and "ESTIMATE" drawn over three
    # columns each, cut into lines of their own in 2024; five project lines beside one figure in 2025
    fire = extracted(NIPISSING).tables[2]
    assert [c.label for c in fire.columns] == ["ESTIMATE"]
    assert [(r.section, r.label, r.values) for r in fire.rows] == [
        ("2024", "SCBA Replacements", [150000]),
        ("2025", "Underground Tank at Ski Hill Road", [50000]),
        ("2026", "Underground Tank at Hwy 522", [50000]),
        ("2027", "Auto Extrication Tools", [75000]),
        ("2027", "Underground Tank at Pine Drive", [60000]),
        ("2028", "Station 1/Comm Centre Exterior", [200000]),
        ("2029", "Pump 2 year 1 of 5", [400000]),
        ("2030", "Pick Up Truck Year 1 of 5", [75000]),
        ("2033", "Rescue 2 Year 1 of 5", [300000])]


def test_a_forecasts_years_are_table_text_not_dates():
    # Nipissing: "2026" ... "2034" down the year columns (costed or not, inside a slide's box)
    # are no dates of the prose; the fleet plan's "Replace 2029" lines are prose and stay dates
    dates = extracted(NIPISSING).dates
    by_page = {}
    for d in dates:
        by_page.setdefault(d.provenance.page, []).append(d.text)
    assert not by_page.get(2) and not by_page.get(12)
    assert {"2011", "2029", "2050"} <= set(by_page[4])


def test_a_merged_heading_stopping_short_of_its_run_of_months_heads_the_last_too():
    # Souldern 2021-22: "Spend (inc VAT)" is merged over April ... Feb; the Mar cell beside it is
    # drawn apart and empty, Mar continuing the months under it. "Totals" is no month: its own.
    (grid,) = extracted(SOULDERN).tables
    names = [c.label for c in grid.columns]
    assert names[-3:] == ["Spend (inc VAT) Feb", "Spend (inc VAT) Mar", "Totals"]
    assert row(grid, "Bank charges").values[names.index("Spend (inc VAT) Mar")] == Decimal("18.00")
