"""The shared vocabulary: one definition of honorifics, financial years and currencies for the
extractors, the diff and eval."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from extractors.vocabulary import (
    currency_in,
    dollar_currency,
    financial_year,
    financial_year_of,
    financial_year_start,
    is_honorific,
    strip_honorifics,
)


def test_honorifics():
    assert strip_honorifics("Cllr Mrs Jane Smith") == "Jane Smith"
    assert strip_honorifics("Dr. Ali") == "Ali"
    assert strip_honorifics("Sir Roger Gale") == "Roger Gale"
    assert strip_honorifics("Mrsha Smith") == "Mrsha Smith"
    assert is_honorific("Cllr.") and is_honorific("councillor") and not is_honorific("Clerk")


def test_financial_years():
    assert financial_year_start("2020", "21") == 2020
    assert financial_year_start("2013", "2014") == 2013
    assert financial_year_start("1999", "00") == 1999
    assert financial_year_start("2024", "2039") is None  # a span of years, not a financial year
    assert financial_year(2024) == (dt.date(2024, 4, 1), dt.date(2025, 3, 31))


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2098, 12, 31)))
def test_every_day_is_in_its_financial_year(day):
    first, last = financial_year(financial_year_of(day))
    assert first <= day <= last


@given(st.integers(1950, 2098))
def test_financial_year_written_either_way_reads_the_same(year):
    assert financial_year_start(str(year), f"{(year + 1) % 100:02d}") == year
    assert financial_year_start(str(year), str(year + 1)) == year
    assert financial_year_start(str(year), str(year + 2)) is None


def test_tables_and_prose_agree_on_dollars():
    # Nipissing (Ontario) prints "$": CAD in its prose and, now, in its tables.
    ontario = dollar_currency("Township of Nipissing, Ontario")
    assert ontario == "CAD" and currency_in("$ 12,000", ontario) == "CAD"
    assert currency_in("$ 12,000", dollar_currency("Cupertino Union School District")) == "USD"
    assert currency_in("£000", "CAD") == "GBP" and currency_in("12,000", "USD") is None
