"""What a table, a column or a line counts when it is not money (issue 12, seventh session:
extractors/tables/quantity.py). Each rule is checked on the real dev page that shows it, with the
exact cells kept and dropped: a wrong figure costs a reader more than a missing one."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extractors.tables import extract as extract_tables
from extractors.tables.quantity import column_quantity, is_month_year_line
from pipeline.eval import predicted_cells
from tests.conftest import extracted, ingested

RISK_REGISTER = "kent-cc-county-council-2025-02-13-appendix-j-budget-risk-register.pdf"
TREASURY = "kent-cc-county-council-2025-02-13-appendix-m-treasury-management-strategy-2025-26.pdf"
SECTION_25 = "kent-cc-county-council-2025-02-13-section-25-statement-final.pdf"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "council"
BUDGET_REPORT = CORPUS / "uk-kent-cc" / "kent-cc-county-council-2025-02-13-february-2025-kent-county-council-budget-report.pdf"


def test_a_likelihood_score_beside_money_is_not_scaled_to_pounds():
    # Appendix J (dev6), page 1: "Current Likelihood (1-5)" beside "Estimated Annual Financial
    # Exposure £m". The score 4 was read as £4,000,000; it stays 4, flagged, and is no cell,
    # while the exposure beside it is still £120.9m.
    table = extracted(RISK_REGISTER).tables[0]
    names = [c.label for c in table.columns]
    likelihood = names.index("Current Likelihood (1-5)")
    exposure = names.index("Estimated Annual Financial Exposure")
    row = next(r for r in table.rows if r.values[exposure] == Decimal("120900000"))
    assert row.values[likelihood] == 4
    assert [f.code for f in row.flags if f.column == likelihood] == ["not_money"]
    cells = predicted_cells(extracted(RISK_REGISTER))
    assert not [c for c in cells if c["column"] == "Current Likelihood (1-5)"]
    assert sorted(c["value"] for c in cells) == [Decimal(v) * 10**6 for v in (
        "10.0", "10.0", "12.0", "14.0", "22.2", "23.3", "28.4", "120.9")]


def test_a_page_of_scores_only_is_not_a_financial_table():
    # Appendix J, page 5: its risks' likelihoods only (their £m exposures were not read): no
    # money at all, so not a financial table, and not numbered among them.
    tables = extracted(RISK_REGISTER).tables
    assert [t.provenance.page for t in tables] == [1]
    every = extract_tables(ingested(RISK_REGISTER), None, money_only=False)
    assert any(t.provenance.page == 5 for t in every)  # still a table with numbers


def test_an_interest_rate_forecast_is_not_a_money_table():
    # Appendix M (dev6), page 4: "Link Group Interest Rate View" over "Dec-24 | Mar-25 ...",
    # rows "Bank Rate 4.75 4.50 ..." and "5yr PWLB 5.00 4.90 ...": rates printed with two
    # decimals, as pence would be. Not a financial table: the balance sheet is table 1.
    tables = extracted(TREASURY).tables
    assert tables[0].title == "Balance sheet summary and forecast"
    assert not any(r.section in ("Bank Rate", "5yr PWLB") for t in tables for r in t.rows)
    # the money tables of the paper are all kept
    assert [t.provenance.page for t in tables] == [4, 11, 15, 16, 19]  # 15: the liquidity indicator
    assert tables[0].rows[0].values == [Decimal("1268300000"), Decimal("1304800000"), Decimal("1289900000"),
                                        Decimal("1311900000"), Decimal("1294400000")]


def test_a_line_of_month_years_is_the_header_not_figures():
    # The same page read as any table with numbers: "Dec" then "-24", "25", "25", "-25" ... (the
    # years of "Dec-24 | Mar-25 | Jun-25", their months lost) is no row of figures.
    every = extract_tables(ingested(TREASURY), None, money_only=False)
    rates = next(t for t in every if any(r.section == "Bank Rate" for r in t.rows))
    assert not any(r.label == "Dec" and any(v is not None for v in r.values) for r in rates.rows)
    bank = next(r for r in rates.rows if r.section == "Bank Rate" and any(v is not None for v in r.values))
    assert [str(v) for v in bank.values[:3]] == ["4.75", "4.50", "4.25"]
    assert is_month_year_line("Dec", ["-24", "25", "25", "-25"])
    assert not is_month_year_line("Dec", ["1,250", "25"])  # a month's sums
    assert not is_month_year_line("Salaries", ["24", "25"])


def test_a_list_of_bullet_points_is_not_a_table():
    # Section 25 statement (dev5), page 2: "... implemented, including:" then four bullet points
    # ("• the delivery of the proposed revenue savings"); the bullets were read as dashes, 0.
    assert extracted(SECTION_25).tables == []


def test_column_quantities_named_by_their_headers():
    assert column_quantity("Current Likelihood (1-5)") == "score"
    assert column_quantity("Impact (1-5)") == "score"
    assert column_quantity("Financial impact") is None  # money
    assert column_quantity("FTE") == "count"
    assert column_quantity("Number of posts") == "count"
    assert column_quantity("Cost per FTE £") is None  # money per head
    assert column_quantity("Page") == "page"
    assert column_quantity("30-Nov-24 Average Rate %") == "percent"
    assert column_quantity("Estimated Annual Financial Exposure") is None
    assert column_quantity("CYPE Adults (18-25)") is None  # an age band over £m


@pytest.mark.skipif(not BUDGET_REPORT.exists(), reason="corpus not present")
def test_a_contents_list_of_page_numbers_is_not_a_table():
    # The February 2025 budget report (corpus, in no split), page 1: "Executive Summary 2",
    # "Background and Context 5" ... under "Page": page numbers, not pounds. Its money tables
    # stay: Table 6.1, council tax by band, the first of them on page 20.
    import pipeline

    tables = pipeline.extract(BUDGET_REPORT).tables
    assert not any(t.provenance.page == 1 for t in tables)
    band = next(t for t in tables if (t.title or "").startswith("Table 6.1"))
    assert next(r for r in band.rows if r.label == "D").values == [
        Decimal("1610.82"), Decimal("1691.19"), Decimal("80.37")]
