"""Dates as exact intervals: real sentences from the samples, and properties over all dates."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from extractors.dates import find_date_spans
from tests.conftest import extracted

ANCHOR = dt.date(2020, 9, 1)


def spans(text, anchor=ANCHOR):
    return [(text[s.start:s.end], s.first.isoformat(), s.last.isoformat(), s.grain, s.inferred)
            for s in find_date_spans(text, anchor)]


def test_day_month_year_forms():
    assert spans("Cabinet in 19th October 2020, on Tuesday 6th March 2018 and March 19, 2024.") == [
        ("19th October 2020", "2020-10-19", "2020-10-19", "day", False),
        ("Tuesday 6th March 2018", "2018-03-06", "2018-03-06", "day", False),
        ("March 19, 2024", "2024-03-19", "2024-03-19", "day", False),
    ]


def test_yearless_day_takes_document_year_and_is_inferred():
    assert spans("Members met on 3rd September to hear") == [
        ("3rd September", "2020-09-03", "2020-09-03", "day", True)
    ]
    assert spans("Members met on 3rd September to hear", anchor=None) == []


def test_month_and_financial_years():
    assert spans("Cabinet in October 2020; budget 2020/21, MTFS 2021-22 and 2013/2014.") == [
        ("October 2020", "2020-10-01", "2020-10-31", "month", False),
        ("2020/21", "2020-04-01", "2021-03-31", "financial_year", False),
        ("2021-22", "2021-04-01", "2022-03-31", "financial_year", False),
        ("2013/2014", "2013-04-01", "2014-03-31", "financial_year", False),
    ]


def test_not_dates():
    text = "Planning 21/01234/F, minute 27.21 and 01.26.12, action Jan24.02, 18 months, 2019/25."
    assert spans(text) == []


def test_sample_dates_carry_provenance():
    result = extracted("wsx-children-first-progress-2020-09.txt")
    found = {d.text: d for d in result.dates}
    d = found["19th October 2020"]
    assert (d.start, d.end) == (dt.date(2020, 10, 19), dt.date(2020, 10, 19))
    assert d.provenance.snippet == "19th October 2020" and d.provenance.page == 1


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["{o} {m} {y}", "{d} {m} {y}", "{m} {d}, {y}", "{wd} {o} {m} {y}"]))
def test_any_written_day_reads_back_exactly(day, form):
    text = "Agreed on " + form.format(o=ordinal(day.day), d=day.day, m=MONTH_NAMES[day.month - 1],
                                      y=day.year, wd=day.strftime("%A")) + " by Council."
    (span,) = find_date_spans(text)
    assert (span.first, span.last, span.grain) == (day, day, "day")
    assert text[span.start:span.end].endswith(str(day.year))


@given(st.integers(min_value=1990, max_value=2098), st.sampled_from(["/", "-"]), st.booleans())
def test_any_financial_year_is_april_to_march(year, sep, long_form):
    tail = str(year + 1) if long_form else f"{(year + 1) % 100:02d}"
    (span,) = find_date_spans(f"The budget for {year}{sep}{tail} was set.")
    assert (span.first, span.last) == (dt.date(year, 4, 1), dt.date(year + 1, 3, 31))


@given(st.integers(min_value=1990, max_value=2098), st.integers(min_value=2, max_value=99))
def test_non_consecutive_year_pairs_are_not_financial_years(year, gap):
    later = year + gap
    assert list(find_date_spans(f"Reference {year}/{later % 100:02d} noted.")) == []
