"""Dates as exact intervals: real sentences from the samples, and properties over all dates."""

from __future__ import annotations

import calendar
import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from extractors.dates import MONTHS, find_date_spans
from pipeline.eval import Score, score_sample
from pipeline.models import Gold
from tests.conftest import SAMPLES, extracted

ANCHOR = dt.date(2020, 9, 1)


def kind_score(kind: str) -> Score:
    """`agendapack eval samples/` for one record kind."""
    total = Score()
    for path in sorted((SAMPLES / "gold").glob("*.json")):
        gold = Gold.model_validate(json.loads(path.read_text(encoding="utf-8")))
        scores = score_sample(gold, extracted(gold.sample))
        if kind in scores:
            total.add(scores[kind])
    return total


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
    # The issue reads "week commencing 19th October 2020" as one week, not as the day.
    result = extracted("wsx-children-first-progress-2020-09.txt")
    found = {d.text: d for d in result.dates}
    d = found["week commencing 19th October 2020"]
    assert (d.start, d.end, d.grain) == (dt.date(2020, 10, 19), dt.date(2020, 10, 25), "week")
    assert d.provenance.snippet == "week commencing 19th October 2020" and d.provenance.page == 1
    assert "19th October 2020" not in found


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


# ---------------------------------------------------------------------------------------------
# Every form the issue lists, on real sentences from samples/ (anchor = that paper's date)

WSX_SEPT_2020 = dt.date(2020, 9, 1)


def test_ranges_weeks_and_parts_of_months():
    text = ("officers will be taking up their posts in West Sussex during October and November "
            "2020. The Ofsted focused visit is taking place week commencing 19th October 2020. "
            "Inspectors will do offsite evaluation and analysis work from 12th – 16th October "
            "inclusive and will be onsite for three days field work from 20th – 22nd October. "
            "The outcome of the visit will be published in early December.")
    assert spans(text, WSX_SEPT_2020) == [
        ("October and November 2020", "2020-10-01", "2020-11-30", "range", False),
        ("week commencing 19th October 2020", "2020-10-19", "2020-10-25", "week", False),
        ("12th – 16th October", "2020-10-12", "2020-10-16", "range", True),
        ("20th – 22nd October", "2020-10-20", "2020-10-22", "range", True),
        ("early December", "2020-12-01", "2020-12-10", "range", True),
    ]


def test_seasons_are_meteorological():
    text = ("7. This Autumn will see a period of significant service change. Family Safeguarding "
            "will be implemented in the Autumn of 2021. Staff engagement sessions throughout the "
            "summer. Presentation back to the Council in the Spring 2021.")
    assert spans(text, WSX_SEPT_2020) == [
        ("This Autumn", "2020-09-01", "2020-11-30", "season", True),
        ("Autumn of 2021", "2021-09-01", "2021-11-30", "season", False),
        ("summer", "2020-06-01", "2020-08-31", "season", True),
        ("Spring 2021", "2021-03-01", "2021-05-31", "season", False),
    ]
    assert spans("a full Ofsted inspection due between now and spring 2023.")[0][1:3] == (
        "2023-03-01", "2023-05-31")
    assert spans("Snow clearing planned for winter 2024.")[0][1:3] == ("2024-12-01", "2025-02-28")


def test_relative_to_the_document_date():
    nov_2022 = dt.date(2022, 11, 16)
    assert spans("It was intended to revisit in the New Year for another round", nov_2022) == [
        ("New Year", "2023-01-01", "2023-01-31", "month", True)]
    june_2020 = dt.date(2020, 6, 1)
    assert spans("The strategy is due for formal adoption this month.", june_2020) == [
        ("this month", "2020-06-01", "2020-06-30", "month", True)]
    assert spans("£6.873m of temporary funding for this financial year.", june_2020) == [
        ("this financial year", "2020-04-01", "2021-03-31", "financial_year", True)]
    assert spans("the retention scheme runs to the end of the financial year", june_2020) == [
        ("the end of the financial year", "2021-03-31", "2021-03-31", "day", True)]
    assert spans("Figures will be reported next quarter.", june_2020) == [
        ("next quarter", "2020-07-01", "2020-09-30", "quarter", True)]
    dec_2012 = dt.date(2012, 12, 19)
    assert spans("a 7.5% increase in the Precept for the next financial year", dec_2012) == [
        ("next financial year", "2013-04-01", "2014-03-31", "financial_year", True)]
    assert spans("which would be paid out of this years budget", dec_2012) == [
        ("this years", "2012-04-01", "2013-03-31", "financial_year", True)]
    thursday = dt.date(2017, 4, 6)
    assert spans("carried out by the Parish Councillors the previous weekend over the coming 12 "
                 "months.", thursday) == [
        ("the previous weekend", "2017-04-01", "2017-04-02", "range", True)]


def test_parts_of_months_and_years():
    april_2017 = dt.date(2017, 4, 6)
    text = ("A response was due from them on the pre application around mid- June. One resident "
            "responded to the survey in the Parish Notice in early April. He advised that by the "
            "end of April they would move him back.")
    assert spans(text, april_2017) == [
        ("mid- June", "2017-06-11", "2017-06-20", "range", True),
        ("early April", "2017-04-01", "2017-04-10", "range", True),
        ("the end of April", "2017-04-21", "2017-04-30", "range", True),
    ]
    assert spans("The photocopier lease has been agreed up until the end of August 2017") == [
        ("the end of August 2017", "2017-08-21", "2017-08-31", "range", False)]
    assert spans("The launch is planned for the early part of 2024.") == [
        ("the early part of 2024", "2024-01-01", "2024-04-30", "range", False)]
    assert spans("to be completed by the end of March 2021.") == [
        ("the end of March 2021", "2021-03-21", "2021-03-31", "range", False)]


def test_day_ranges_and_lists_in_us_order():
    march_2024 = dt.date(2024, 3, 19)
    assert spans("To be circulated after approval on March 19, 2024 until June 14, 2024.") == [
        ("March 19, 2024 until June 14, 2024", "2024-03-19", "2024-06-14", "range", False)]
    assert spans("time limit of 6:00 a.m. to 8:00 p.m., January 1 to March 15 annually",
                 march_2024) == [("January 1 to March 15", "2024-01-01", "2024-03-15", "range", True)]
    text = "That the statement of accounts dated: March 4, 14, and 16, 2024; totaling $88,725.16"
    assert spans(text) == [("March 4, 14, and 16, 2024", f"2024-03-{d}", f"2024-03-{d}", "day", False)
                           for d in ("04", "14", "16")]
    assert spans("Read a first, second and third time and passed this 19th day of March.",
                 march_2024) == [("19th day of March", "2024-03-19", "2024-03-19", "day", True)]
    assert spans("results to be shared at the Town Hall meeting on July 17", march_2024) == [
        ("July 17", "2024-07-17", "2024-07-17", "day", True)]
    assert spans("the third annual Art Trail which will be held on June 23rd & 24th\n2018.") == [
        ("June 23rd & 24th\n2018", "2018-06-23", "2018-06-24", "range", False)]
    assert spans("close from 11th April 2016\nto 20th April 2016 (inclusive)") == [
        ("11th April 2016\nto 20th April 2016", "2016-04-11", "2016-04-20", "range", False)]
    # suffolk-libraries-board-minutes-2016-03-31.pdf: "between" makes two days the ends of one
    # stretch; without it they are two days
    assert spans("the festival which will take place between 21st and 30th October 2016.") == [
        ("21st and 30th October 2016", "2016-10-21", "2016-10-30", "range", False)]
    assert [s[1] for s in spans("on 2nd and 9th May 2018")] == ["2018-05-02", "2018-05-09"]


def test_month_ranges_and_month_lists():
    dec_2012 = dt.date(2012, 12, 19)
    assert spans("Anglian Water - DD - £13.63 - Water Rates - Cemetery Sept-Nov", dec_2012) == [
        ("Sept-Nov", "2012-09-01", "2012-11-30", "range", True)]
    assert spans("Work likely to be carried out Feb/March 2018.") == [
        ("Feb/March 2018", "2018-02-01", "2018-03-31", "range", False)]
    # "the June and July issues" names two issues: two month records.
    assert spans("in the Village Pump for the June and July issues.", dt.date(2017, 4, 6)) == [
        ("June", "2017-06-01", "2017-06-30", "month", True),
        ("July", "2017-07-01", "2017-07-31", "month", True),
    ]


def test_numeric_dates_and_issue_months():
    jan_2018 = dt.date(2018, 1, 16)
    assert spans("although the closing date was 22.12.17, but it was felt", jan_2018) == [
        ("22.12.17", "2017-12-22", "2017-12-22", "day", False)]
    assert spans("Clerks & Councils Direct Jan 18,", jan_2018) == [
        ("Jan 18", "2018-01-01", "2018-01-31", "month", False)]
    # a minute number opening a line is not a date, even where it could spell one
    assert spans("18.01.05 Village Green Guidelines\nThe Councillors", jan_2018) == []


def test_financial_years_quarters_and_bare_years():
    jan_2016 = dt.date(2016, 1, 28)
    assert spans("the grant to include the £350K reduction for 16/17 had already been agreed",
                 jan_2016) == [("16/17", "2016-04-01", "2017-03-31", "financial_year", False)]
    assert spans("The Council has made savings of over £170m since 2011-12") == [
        ("2011-12", "2011-04-01", "2012-03-31", "financial_year", False)]
    assert spans("Spend in Q3 2022/23 was on budget; Q1 2023 was not.") == [
        ("Q3 2022/23", "2022-10-01", "2022-12-31", "quarter", False),
        ("Q1 2023", "2023-01-01", "2023-03-31", "quarter", False),
    ]
    assert spans("Children's Services had been through since 2019 and") == [
        ("2019", "2019-01-01", "2019-12-31", "year", False)]
    assert spans("Both previous events in 2016 & 2017 were very successful with more than 3000") \
        == [("2016", "2016-01-01", "2016-12-31", "year", False),
            ("2017", "2017-01-01", "2017-12-31", "year", False)]


def test_more_non_dates():
    march_2024 = dt.date(2024, 3, 19)
    for text in [
        "Minutes prepared as per Section 228 (1)(a) of the Municipal Act, S.O. 2001, c. 25.",
        "Municipal Act, 2001, c. 25, for consideration of the following subject matter:",
        "R2024-057 T. Butler, S. Kirkey:",
        "The meeting was called to order at 6:40 p.m. and closed at 7.30pm",
        "the service had been fragile for between 18 months and two years",
        "the quality of decision making during Covid-19;",
        "05.18.25.4\tThe internal Audit report was received",
        "tenders for works costing over £2,000 excluding VAT",
        "Resolution #2024-52, requesting the Province",
        "Members may wish to march on. May I ask the Clerk",
        "Lessons had been learnt from this year and last week",
    ]:
        assert spans(text, march_2024) == [], text


def test_yearless_forms_need_an_anchor():
    text = "This Autumn, early December, next quarter, the New Year, in June, July 17."
    assert spans(text, anchor=None) == []


def test_dates_in_table_spans_are_left_to_the_tables():
    import pipeline
    from extractors import dates
    from extractors.base import Context
    from pipeline.nlp import load_nlp

    doc = pipeline.ingest(SAMPLES / "wsx-children-first-update-2020-06.txt")
    first = doc.text.index("2020/21")
    everything = dates.extract(doc, Context(nlp=load_nlp()[0], anchor=dt.date(2020, 6, 1)))
    skipped = dates.extract(doc, Context(nlp=load_nlp()[0], anchor=dt.date(2020, 6, 1),
                                         table_spans=((first, first + 7),)))
    assert len(skipped) == len(everything) - 1
    assert all(d.provenance.char_start != first for d in skipped)


# ---------------------------------------------------------------------------------------------
# Property: any written date form reads back as exactly its interval

SEASON_NAMES = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@st.composite
def written_dates(draw):
    """(text, first, last) for one written form of a random date."""
    day = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2098, 12, 31)))
    month = MONTH_NAMES[day.month - 1]
    form = draw(st.sampled_from(["month", "season", "week", "part", "range", "numeric", "quarter",
                                 "month_range", "day_of", "us_range"]))
    if form == "month":
        return f"{month} {day.year}", day.replace(day=1), _month_end(day.year, day.month)
    if form == "season":
        name = draw(st.sampled_from(sorted(SEASON_NAMES)))
        first = dt.date(day.year, SEASON_NAMES[name], 1)
        last_month = first.month + 2
        last = _month_end(day.year + (last_month - 1) // 12, (last_month - 1) % 12 + 1)
        return f"{draw(st.sampled_from([name, name.title()]))} {day.year}", first, last
    if form == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return (f"week commencing {ordinal(day.day)} {month} {day.year}", monday,
                monday + dt.timedelta(days=6))
    if form == "part":
        part, first_day, last_day = draw(st.sampled_from(
            [("early", 1, 10), ("mid-", 11, 20), ("late", 21, None), ("the end of", 21, None)]))
        last = _month_end(day.year, day.month) if last_day is None else \
            dt.date(day.year, day.month, last_day)
        sep = "" if part.endswith("-") else " "
        return f"{part}{sep}{month} {day.year}", dt.date(day.year, day.month, first_day), last
    if form in ("range", "us_range"):
        later = draw(st.dates(min_value=day + dt.timedelta(days=2),
                              max_value=day + dt.timedelta(days=400)))
        joiner = draw(st.sampled_from([" to ", " until ", " – ", " - "]))
        if form == "range":
            return (f"{ordinal(day.day)} {month} {day.year}{joiner}{later.day} "
                    f"{MONTH_NAMES[later.month - 1]} {later.year}", day, later)
        return (f"{month} {day.day}, {day.year}{joiner}{MONTH_NAMES[later.month - 1]} "
                f"{later.day}, {later.year}", day, later)
    if form == "numeric":
        sep = draw(st.sampled_from([".", "/"]))
        return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}", day, day
    if form == "quarter":
        q = (day.month - 1) // 3 + 1
        first = dt.date(day.year, 3 * q - 2, 1)
        return f"Q{q} {day.year}", first, _month_end(day.year, 3 * q)
    if form == "month_range":
        if day.month == 12:
            day = day.replace(month=11, day=1)
            month = MONTH_NAMES[10]
        later = MONTH_NAMES[draw(st.integers(min_value=day.month + 1, max_value=12)) - 1]
        return (f"{month}-{later} {day.year}", day.replace(day=1),
                _month_end(day.year, MONTHS[later.lower()]))
    return f"{ordinal(day.day)} day of {month}, {day.year}", day, day


@given(written_dates())
def test_any_written_date_form_reads_back_exactly(case):
    written, first, last = case
    text = f"The Council agreed on {written} that the work would go ahead."
    (span,) = find_date_spans(text, anchor=dt.date(2020, 6, 1))
    assert text[span.start:span.end] == written
    assert (span.first, span.last) == (first, last)
    assert not span.inferred


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2098, 12, 31)),
       st.sampled_from(["{o} {m}", "{m} {o}", "early {m}", "mid-{m}", "{m}", "{season}",
                        "this {season}", "{o} – {o2} {m}"]))
def test_any_yearless_form_takes_the_anchor_year(anchor, form):
    month = MONTH_NAMES[anchor.month - 1]
    season = ["winter", "spring", "summer", "autumn"][anchor.month % 12 // 3]
    written = form.format(o=ordinal(anchor.day), o2=ordinal(min(anchor.day + 1, 28)), m=month,
                          season=season)
    if anchor.day >= 28 and "o2" in form:
        return
    text = f"The Council will meet in {written} at the hall."
    (span,) = find_date_spans(text, anchor)
    assert text[span.start:span.end] == written
    assert span.inferred
    # the anchor's own year; the winter holding January and February began the December before
    year = anchor.year - 1 if season == "winter" and "{season}" in form and anchor.month <= 2 \
        else anchor.year
    assert span.first.year == year


# ---------------------------------------------------------------------------------------------
# Floors on the annotated samples (whole pipeline, so table spans and the document date count)

DATES_FLOOR = 0.95  # the issue's target; measured 0.953 when this extractor landed


def test_dates_floor_on_annotated_samples():
    score = kind_score("dates")
    assert score.f1 >= DATES_FLOOR, score.as_dict()


# Held-out papers (annotated after the rules were written) showed these forms.

def test_two_days_written_with_a_slash_are_one_range():
    # souldern-pc-minutes-2026-02-26.pdf: "the weekend of 28/29 March"
    assert spans("the Spring Clean on the weekend of 28/29 March.", dt.date(2026, 2, 26)) == [
        ("28/29 March", "2026-03-28", "2026-03-29", "range", True)]


def test_a_season_naming_an_event_is_not_a_date():
    # "Spring Clean" is an event; "in the Spring" and "Summer holidays" are seasons.
    assert spans("volunteers for the Spring Clean", dt.date(2026, 2, 26)) == []
    assert spans("the Summer Fete", dt.date(2026, 2, 26)) == []
    assert spans("in the Spring.", dt.date(2026, 2, 26)) == [
        ("Spring", "2026-03-01", "2026-05-31", "season", True)]
    assert spans("over the Summer holidays", dt.date(2016, 11, 15)) == [
        ("Summer", "2016-06-01", "2016-08-31", "season", True)]


def test_two_months_each_with_its_year_are_two_months():
    # west-dereham-pc-minutes-2017-03.html: "for January 2017 and February 2017 had now been ..."
    assert spans("for January 2017 and February 2017 had now been") == [
        ("January 2017", "2017-01-01", "2017-01-31", "month", False),
        ("February 2017", "2017-02-01", "2017-02-28", "month", False)]
    assert spans("during October and November 2020")[0][:4] == (
        "October and November 2020", "2020-10-01", "2020-11-30", "range")


def placed(text, anchor, anchor_last=None):
    return [(text[s.start:s.end], s.first.isoformat(), s.last.isoformat(), s.inferred_by)
            for s in find_date_spans(text, anchor, anchor_last)]


def test_yearless_dates_follow_the_tense_and_the_nearest_year():
    # milburn-pc-minutes-2018-01-16: past tense in a January paper -> the December before
    assert placed("The Councillors had received this review in December, but it was felt it",
                  dt.date(2018, 1, 16)) == [("December", "2017-12-01", "2017-12-31", "past")]
    # kent-cc-county-council-2025-01-09 printed minutes
    assert placed("he was advised that unitarisation would take years but in early December there"
                  " were rumours", dt.date(2025, 1, 9)) == [
        ("early December", "2024-12-01", "2024-12-10", "past")]
    # suffolk-libraries-board-minutes-2016-01-28: "drew" (an irregular past) puts it before the
    # paper, though the sentence goes on to "the proposed cuts"
    assert placed("In her update to Cabinet on 8th December, Councillor Evans drew particular "
                  "attention to the Scrutiny Committee's recommendation, requesting that the "
                  "proposed cuts to Suffolk Libraries funding be reconsidered",
                  dt.date(2016, 1, 28)) == [("8th December", "2015-12-08", "2015-12-08", "past")]
    # no tense cue: the nearest December to a January paper is the one before
    assert placed("In her update to Cabinet on 8th December, Councillor Evans",
                  dt.date(2016, 1, 28)) == [("8th December", "2015-12-08", "2015-12-08", "nearest")]
    # future in a November paper -> the February after
    assert placed("The Director will report in February.", dt.date(2024, 11, 12)) == [
        ("February", "2025-02-01", "2025-02-28", "future")]
    # stoke-ferry-pc-minutes-2012-12: "being held" is not past
    assert placed("Trading Standards Service - Scam Workshops being held in February",
                  dt.date(2012, 12, 10)) == [("February", "2013-02-01", "2013-02-28", "nearest")]
    # west-dereham-pc-minutes-2017-04: what was RESOLVED is still to happen
    assert placed("RESOLVED: (1) That the Locum Clerk place the advert on the Parish Council website"
                  " and in the Village Pump for the June and July issues.", dt.date(2017, 4, 4))[0] == (
        "June", "2017-06-01", "2017-06-30", "future")
    # milburn-pc-minutes-2018-01-16: resolved to look at it later
    assert placed("again it was resolved to look at this in the Spring.", dt.date(2018, 1, 16)) == [
        ("Spring", "2018-03-01", "2018-05-31", "future")]
    # souldern-pc-minutes-2026-02-26: the list's heading gives the year
    assert placed("Dates for 2026:\n26 March, 30 April, 20 May, 25 June, 30 July 24 Sept, 29 Oct",
                  dt.date(2026, 2, 26))[-1] == ("29 Oct", "2026-10-29", "2026-10-29", "context")
    # wsx-children-first-progress-2020-09: a paper dated only "2020-09" may be late September
    assert placed("The Cabinet decision on 20th October has confirmed that the scope",
                  dt.date(2020, 9, 1), dt.date(2020, 9, 30)) == [
        ("20th October", "2020-10-20", "2020-10-20", "past")]
    # wsx-scrutiny-minutes-2022-11: the New Year is the coming one, whatever the tense
    assert placed("It was intended to revisit in the New Year for another round of recruitment.",
                  dt.date(2022, 11, 16)) == [("New Year", "2023-01-01", "2023-01-31", "nearest")]


def test_and_with_a_verb_of_its_own_opens_a_new_clause():
    # kent-cc-county-council-2025-03-13-cpp-minutes-29-10-24: "ran" is the summer's verb,
    # "would continue" the next clause's
    assert placed("The participation team ran various events over the summer and would continue "
                  "to do so for the remainder of the year", dt.date(2024, 10, 29)) == [
        ("summer", "2024-06-01", "2024-08-31", "past")]
    # without the clause's own past verb the future of the next clause does not reach back
    assert placed("Events over the summer and would continue", dt.date(2024, 10, 29)) == [
        ("summer", "2024-06-01", "2024-08-31", "nearest")]


def test_a_yearless_date_takes_the_year_of_the_account_it_stands_in():
    # souldern-pc-minutes-2026-01-29, minute 01.26.13: the website saga told from 2019
    text = ("In January 2019 the Clerk circulated an email from WalltoWall asking if a Flyer "
            "requesting\nlocations for a BBC series could be circulated via the website. On 25th "
            "February Nick Oakhill\nasked David Carlisle to put it on the website.")
    assert placed(text, dt.date(2026, 1, 29)) == [
        ("January 2019", "2019-01-01", "2019-01-31", None),
        ("25th February", "2019-02-25", "2019-02-25", "context")]
    # a blank line ends the account: the next paragraph's dates go by the paper's date
    assert placed(text + "\n\nThe Clerk will circulate it in March.", dt.date(2026, 1, 29))[-1] == (
        "March", "2026-03-01", "2026-03-31", "future")
    # a future cue keeps the date after the paper, whatever year the account began in
    assert placed("In January 2019 the scheme began; it will be reviewed on 25th February.",
                  dt.date(2026, 1, 29))[-1] == ("25th February", "2026-02-25", "2026-02-25", "future")


def test_financial_year_forms_the_kent_papers_print():
    anchor = dt.date(2025, 3, 4)
    # kent-cc-cabinet-2025-03-04-cabinet-report: broken over a line; a plan's years
    assert placed("this will be reflected in the 2024-\n25 revenue budget monitoring", anchor) == [
        ("2024-\n25", "2024-04-01", "2025-03-31", None)]
    assert placed("Late changes to the 2025-26 budget and 2025-28 Medium Term Financial Plan",
                  anchor) == [("2025-26", "2025-04-01", "2026-03-31", None),
                              ("2025-28", "2025-04-01", "2028-03-31", None)]
    # kent-cc-county-council-2025-02-13-appendix-c: a run of financial years
    assert placed("APPENDIX C - POTENTIAL CAPITAL PROJECTS 2025-26 TO 2034-35 BY YEAR", anchor) == [
        ("2025-26 TO 2034-35", "2025-04-01", "2035-03-31", None)]
    # kent-cc-county-council-2025-03-13-cpp-minutes-29-10-24: calendar years
    assert placed("7 Sufficiency Strategy 2022-2027 (Item 10)", anchor) == [
        ("2022-2027", "2022-01-01", "2027-12-31", None)]
    assert placed("in 2022- 23 the grant", anchor) == [("2022- 23", "2022-04-01", "2023-03-31", None)]
    # nipissing-minutes-2024-03-19: reference numbers are not years
    assert placed("extend the time frame of By-Law Number 2023-47, being", anchor) == []
    assert placed("support Township of Perry's Resolution #2024-52, requesting", anchor) == []


@given(st.integers(1950, 2090), st.integers(2, 10))
def test_a_plan_of_financial_years(first, length):
    text = f"the {first}-{(first + length) % 100:02d} plan"
    assert placed(text, dt.date(2025, 1, 1)) == [
        (f"{first}-{(first + length) % 100:02d}", f"{first}-04-01", f"{first + length}-03-31", None)]


def test_iso_days_christmas_and_statute_years():
    anchor = dt.date(2015, 11, 26)
    # suffolk-libraries-board-minutes-2015-11-26: the running footer; "by Christmas 2015"
    assert placed("4.\tDecisions\n2015-11-26 Open Board Minutes NS v1\t1", anchor) == [
        ("2015-11-26", "2015-11-26", "2015-11-26", None)]
    assert placed("The café at Lowestoft Library will be closed by Christmas 2015.", anchor) == [
        ("Christmas 2015", "2015-12-25", "2015-12-25", None)]
    # stoke-ferry-pc-minutes-2012-12: an event named after Christmas is not a date
    assert placed("Christmas Carols - Update:", anchor) == []
    assert placed("Vion - setting out Christmas working hours", anchor) == []
    # hertingfordbury-pc-minutes-2011-11-09: statutes and the page footer
    assert placed("HAPTC membership: LGA 1972 s.143\nAudit, Insurance, Training: LGA 1972 s.111",
                  anchor) == []
    assert placed("Salary/expenses: LGA 1972 s.112(2)\n\n09/11/2011\tPage 1", anchor) == [
        ("09/11/2011", "2011-11-09", "2011-11-09", None)]


def test_past_cues_of_committee_prose_and_glued_ordinals():
    # kent-cc-county-council-2025-03-13-governance-update-report (a March 2025 paper): "will
    # recall" and "responded" tell of the past
    assert placed("Members will recall that the government ran a consultation to which KCC "
                  "responded in line with the comments of Members at the December County Council "
                  "meeting.", dt.date(2025, 3, 13)) == [
        ("December", "2024-12-01", "2024-12-31", "past")]
    # milburn-pc-minutes-2017-01-10: the text layer drops the space after "7th"
    assert placed("Signature ______________________________________Dated 7thMarch 2017",
                  dt.date(2017, 1, 10)) == [("7thMarch 2017", "2017-03-07", "2017-03-07", None)]
    # souldern-pc-annual-meeting-minutes-2025-05-20: "last Thursday of the month" is no past
    assert placed("Date of next meetings : last Thursday of the month 7.30pm:\n26th June, 31st July",
                  dt.date(2025, 5, 20))[0] == ("26th June", "2025-06-26", "2025-06-26", "future")


def test_numeric_dates_of_a_paper_that_writes_month_first():
    # A US agenda (synthetic, invented, imitating the form: no dev paper is American): "October
    # 3, 2022" in its header, so "7/11/2022" is 11 July; "9/13/2022" can only be 13 September.
    us = "Date: October 3, 2022\nTime: 7:00 PM\nThe next meeting will be held on 7/11/2022 at 7 p.m."
    assert spans(us, None)[-1] == ("7/11/2022", "2022-07-11", "2022-07-11", "day", False)
    assert spans("Approval of minutes from 9/13/2022.", None) == [
        ("9/13/2022", "2022-09-13", "2022-09-13", "day", False)]
    # a two-digit year after the day of the week it falls on
    assert spans("Date: October 3, 2022\nRegular Meeting Monday 10/3/22", dt.date(2022, 10, 3))[-1] == (
        "10/3/22", "2022-10-03", "2022-10-03", "day", False)
    # a UK paper keeps day/month/year ("on 22/12/2017" and "6th March 2018" written day first)
    assert spans("held on 6th March 2018 and on 7/11/2018.", None)[-1] == (
        "7/11/2018", "2018-11-07", "2018-11-07", "day", False)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)), st.booleans())
def test_any_numeric_date_reads_back_in_the_papers_order(day, us):
    """Month first in a paper that writes "June 6, 2023", day first in one that writes
    "6 June 2023"; a form only one order can read is read so in either paper."""
    head = "Date: June 6, 2023\n" if us else "Date: 6 June 2023\n"
    numeric = f"{day.month}/{day.day}/{day.year}" if us else f"{day.day}/{day.month}/{day.year}"
    (*_, span) = find_date_spans(f"{head}The minutes of {numeric} were approved.")
    assert (span.first, span.last, span.grain) == (day, day, "day")


def test_parts_of_seasons_fiscal_events_and_named_summers():
    # hertingfordbury-pc-minutes-2014-05-14 (dev3): late summer = the season's last month
    may_2014 = dt.date(2014, 5, 14)
    assert spans("this be brought forward to late summer 2014, once the nesting season was over",
                 may_2014) == [("late summer 2014", "2014-08-01", "2014-08-31", "season", False)]
    # kent-cc-county-council-2025-02-13-appendix-k-government-grants-in-lgfs (dev3): the
    # government's fiscal events are named, not dated
    feb_2025 = dt.date(2025, 2, 13)
    assert spans("additional funding for social care announced in Autumn Budget 2022, and £80m",
                 feb_2025) == []
    assert spans("insurance announced as part of the Autumn 2024 Budget Statement.", feb_2025) == []
    # sutton-coldfield-tc-council-report-item-166-summer-in-sutton-2017-02-21 (dev3): an event
    assert spans("The Summer in Sutton Coldfield event", dt.date(2017, 2, 21)) == []
    # two dates each written in full are two dates, joined by "and" or not
    assert [s[:3] for s in spans("on Saturday 1 July and Sunday 2 July 2017", dt.date(2017, 2, 21))] == [
        ("Saturday 1 July", "2017-07-01", "2017-07-01"), ("Sunday 2 July 2017", "2017-07-02", "2017-07-02")]


def test_a_request_to_be_is_no_future_tense():
    # kent-cc-county-council-2025-03-13-devo-and-lgr-cc-report-march-2025 (dev3): a list of the
    # appendices, "Letter ... on 5 February, in response to Kent and Medway's request to be
    # included": the nearest 5 February to the report's date
    text = ("Appendix 2 – Letter to Leaders of KCC and Medway Council from Jim\nMcMahon OBE MP, "
            "Minister of State for Local Government and English\nDevolution on 5 February, in "
            "response to Kent and Medway’s request to be\nincluded in the Devolution Priority")
    assert spans(text, dt.date(2025, 3, 13))[0][:3] == ("5 February", "2025-02-05", "2025-02-05")


def test_numbers_filed_under_a_year_and_statute_revisions_are_not_dates():
    anchor = dt.date(2023, 3, 21)
    # nipissing-minutes-2023-03-21
    assert placed("That we pass By-Law No. 2023-24, being a by-law to confirm the proceedings",
                  anchor) == []
    assert placed("pursuant to the provisions of Section 34 (12) of the Planning Act, R.S.O., 1990, "
                  "to discuss", anchor) == []
    assert placed("Resolution #2024-25 and Ref: 2024/25", anchor) == []
    # ... while a year after other words is one
    assert placed("the precept for 2023-24 was agreed", anchor) == [
        ("2023-24", "2023-04-01", "2024-03-31", None)]


@given(st.integers(1990, 2098), st.sampled_from(["By-Law No.", "Resolution #", "Ref:", "number"]))
def test_any_financial_year_written_as_a_reference_number_is_not_a_date(year, lead):
    assert placed(f"{lead} {year}-{(year + 1) % 100:02d}", dt.date(2023, 3, 21)) == []


def test_dates_in_a_tables_caption_are_prose():
    # hertingfordbury-pc-minutes-2011-11-09: the heading over the financial statement's table
    # (the table's header block) is read as a reader reads it; its column heads are not.
    found = {(d.text, d.start.isoformat()) for d in
             extracted("hertingfordbury-pc-minutes-2011-11-09.pdf").dates}
    assert ("31 Oct 2011", "2011-10-31") in found
    # kent ... annex-2 ... appendix-d: "APPENDIX D: ALTERNATIVE BUDGET HIGH LEVEL 2025-28
    # REVENUE PLAN AND FINANCING" over the table whose columns are 2024-25 ... 2027-28
    name = ("kent-cc-county-council-2025-02-13-1-annex-2-labour-group-alternative-budget-"
            "2025-28-appendix-d.pdf")
    texts = [d.text for d in extracted(name).dates]
    assert "2025-28" in texts and "2027-28" not in texts


def test_a_quoted_account_of_an_earlier_year_dates_its_yearless_months():
    # kent-cc-county-council-2025-03-13-council-report-mid-year-24-25 (a report to the March
    # 2025 Council quoting its treasury advisor's commentary of the autumn before)
    anchor = dt.date(2025, 3, 13)
    text = ("2.2 “The third quarter of 2024 (July to September) saw: - GDP growth stagnating "
            "in July following downwardly revised Q2 figures")
    assert ("July", "2024-07-01", "2024-07-31", "past") in placed(text, anchor)
    # (invented) no tense cue: the quarter written just before dates the month
    assert placed("Q3 2024 in brief; inflation at 2.2% in August", anchor)[-1] == (
        "August", "2024-08-01", "2024-08-31", "context")
    # the figures' past tense: "fell from 4.6% in June" is the June before the paper
    assert placed("The 3myy growth rate of average earnings fell from 4.6% in June to 4.0% in "
                  "July.", anchor) == [("June", "2024-06-01", "2024-06-30", "past"),
                                       ("July", "2024-07-01", "2024-07-31", "past")]
    # with no year written near it and no tense, the nearest June is still the answer
    assert placed("a review in June", anchor) == [("June", "2025-06-01", "2025-06-30", "nearest")]


@given(st.integers(1990, 2059), st.integers(2, 40))
def test_a_span_of_years_broken_after_its_dash_is_one_range(first, length):
    # years run 1900-2099 in extractors/dates.py, so the span ends by 2099 (2060-2100 was drawn)
    # nipissing-capital-budget-forecast-2024-2034: "CAPITAL BUDGET 2024-" / "2034 FORECAST"
    text = f"CAPITAL BUDGET {first}-\n{first + length} FORECAST"
    assert placed(text, dt.date(2024, 3, 1)) == [
        (f"{first}-\n{first + length}", f"{first}-01-01", f"{first + length}-12-31", None)]


def test_a_date_that_is_a_cell_of_a_table_row_is_table_text():
    # dev4 hertingfordbury-pc-minutes-2014-11-12: "Payments Approved" / "12/11/2014
    # Coopers<tab>Grass<tab>400090<tab>885.00 ..." (each payment's date column)
    texts = [d.text for d in extracted("hertingfordbury-pc-minutes-2014-11-12.pdf").dates]
    assert "12/11/2014" not in texts
    # dev4 sutton-coldfield-tc-community-grants-paid-2016-17: "13-Dec-16<tab>2016/17<tab>..."
    # (the Time Period column); only the heading's "Community Grants Awarded in 2016/17" is prose
    found = [d.text for d in extracted("sutton-coldfield-tc-community-grants-paid-2016-17.pdf").dates]
    assert found.count("2016/17") == 1
    # sutton-coldfield-tc-community-grant-applications-report-2018-03-13: a date among a text
    # cell's words ("... held on 28th April") stays prose
    dates = extracted("sutton-coldfield-tc-community-grant-applications-report-2018-03-13.pdf").dates
    assert ("28th April", "2018-04-28") in {(d.text, d.start.isoformat()) for d in dates}


def test_halves_of_years_and_late_stages_of_months():
    # dev4 kent-cc-county-council-2025-03-13-council-report-mid-year-24-25
    anchor = dt.date(2025, 3, 13)
    assert placed("In the second half of 2025, though, we think", anchor) == [
        ("the second half of 2025", "2025-07-01", "2025-12-31", None)]
    assert placed("gilt movements in the first half of 2024/25, and", anchor) == [
        ("the first half of 2024/25", "2024-04-01", "2024-09-30", None)]
    assert placed("yields rose in the latter stages of September", anchor) == [
        ("the latter stages of September", "2024-09-21", "2024-09-30", "past")]


@given(st.integers(1990, 2098), st.booleans())
def test_any_half_of_a_financial_year_is_six_months_from_april_or_october(year, second):
    text = f"the {'second' if second else 'first'} half of {year}/{(year + 1) % 100:02d}"
    start, end = ((f"{year}-10-01", f"{year + 1}-03-31") if second
                  else (f"{year}-04-01", f"{year}-09-30"))
    assert placed(text, dt.date(2025, 3, 13)) == [(text, start, end, None)]


# ---------------------------------------------------------------------------------------------
# Sixth session (issue 11g): a monitoring report speaks from the end of the period it covers;
# comparison points do not date an account; table text the table finder missed; editions.

MID_YEAR = "kent-cc-county-council-2025-03-13-council-report-mid-year-24-25.pdf"


def test_a_report_covering_a_period_places_yearless_dates_from_its_end():
    from extractors.dates import period_covered_end

    # kent-cc-county-council-2025-03-13-council-report-mid-year-24-25 (to County Council,
    # 13 March 2025): its summary states the period, whose end the account is written from
    head = ("Summary: This report provides an overview of Treasury Management activity to the\n"
            "end of September 2024. There are no recommended changes to the approved strategy")
    assert period_covered_end(head, dt.date(2025, 3, 13)) == dt.date(2024, 9, 30)
    # a period more than a year before the paper, or after it, is not the time it speaks from
    assert period_covered_end(head, dt.date(2026, 3, 13)) is None
    assert period_covered_end(head, dt.date(2024, 9, 1)) is None
    assert period_covered_end("This report covers the Council's plans.", dt.date(2025, 3, 13)) is None
    # the paper's economic commentary, its yearless months placed from 30 September 2024
    # (from the meeting's date the nearest June would be June 2025)
    assert placed("2.3 The economy's stagnation in June and July points more to a mild slowdown",
                  dt.date(2024, 9, 30)) == [("June and July", "2024-06-01", "2024-07-31", "nearest")]
    assert placed("readings after the Chancellor's announcements at the Budget on 30th October "
                  "will be more meaningful.", dt.date(2024, 9, 30)) == [
        ("30th October", "2024-10-30", "2024-10-30", "future")]


def test_the_paper_reads_its_period_through_the_extractor():
    result = extracted(MID_YEAR)
    days = {(d.text.replace("\n", " "), d.start.isoformat()) for d in result.dates}
    assert ("5 November", "2024-11-05") in days and ("7 November", "2024-11-07") in days
    assert ("5 November", "2025-11-05") not in days


def test_a_month_after_since_does_not_date_the_account():
    # kent-cc-...-mid-year-24-25, 2.7: "since November 2020" is the figure's comparison point;
    # "the three months to July" is the report's own year
    text = ("And the 77,000 decline in the three months to August was the biggest drop since "
            "November 2020. Moreover, the number of workforce jobs fell by 28,000 in Q2. The number"
            " of job vacancies fell from 872,000 in the three months to July to 857,000")
    got = placed(text, dt.date(2024, 9, 30))
    assert ("July", "2024-07-01", "2024-07-31", "past") in got
    assert all(not (t == "July" and a.startswith("2020")) for t, a, _b, _r in got)


def test_an_edition_year_is_not_a_date():
    # kent-cc-...-mid-year-24-25, 4.1
    assert spans("4.1 CIPFA's 2021 Prudential Code is clear that local authorities must not") == []
    assert [s[0] for s in spans("investments made since 2021 are")] == ["2021"]


def test_years_in_the_cells_of_a_table_the_finder_missed_are_table_text():
    from extractors.dates import _a_cell_beside_money, _a_lone_column_head

    # nipissing-capital-budget-forecast-2024-2034, p.2: a reserves plan's YEAR and FOR USE cells
    line = "2027\tMunicipal Election\t$3,000\n2028\t2028\tComputer server/replacements\t$4,000\n"
    i = line.index("2028")
    assert _a_cell_beside_money(line, i, i + 4)
    j = line.index("2028", i + 1)
    assert _a_cell_beside_money(line, j, j + 4)
    # a year in a description cell stays prose
    row = "2022 Tandem Truck\tReplace in 2033\t2027\tBridge Reserve\t$30,000"
    k = row.index("2033")
    assert not _a_cell_beside_money(row, k, k + 4)
    # kent-cc-...-mid-year-24-25, 11.2: the column head "Actual 30/09/2024" wrapped apart
    head = "Actual\nCredit risk indicator\tMinimum\n30/09/2024\nPortfolio average credit rating\tAA+\tAA-\n"
    h = head.index("30/09/2024")
    assert _a_lone_column_head(head, h, h + 10)
    prose = "The accounts were signed on\n30/09/2024\nby the Chairman.\n"
    p = prose.index("30/09/2024")
    assert not _a_lone_column_head(prose, p, p + 10)
    # souldern-pc-accounts-with-budget-2016-17: a lease's fields, the money on the line above
    lease = "Annual Sum Payable\t£0.20\nYear of Expiry\t2073"
    y = lease.index("2073")
    assert not _a_cell_beside_money(lease, y, y + 4)


def test_ranges_of_years_written_with_words_or_a_long_short_form():
    # kent-cc-cabinet-2025-03-04-adoption-of-the-kent-minerals-and-waste-local-plan-2024-2039
    feb_2025 = dt.date(2025, 3, 4)
    assert spans("following three rounds of public consultation between 2021\nand 2023, and",
                 feb_2025) == [("between 2021\nand 2023", "2021-01-01", "2023-12-31", "range", False)]
    # a local plan's period: longer than any financial plan, so calendar years
    assert spans("3.1 During its preparation, the Kent Minerals and Waste Local Plan 2024-39 was",
                 feb_2025) == [("2024-39", "2024-01-01", "2039-12-31", "range", False)]
    assert spans("Minerals and Waste Local Plan 2013-30 was adopted by County Council in July",
                 feb_2025)[0][:4] == ("2013-30", "2013-01-01", "2030-12-31", "range")
    # a plan's years up to ten stay its financial years (dev: "the 2025-28 MTFP")
    assert spans("the 2025-28 plan", feb_2025)[0][1:4] == ("2025-04-01", "2028-03-31", "range")
    # kent-cc-county-council-2025-03-13-appendix-1-kent-cmpb-2024-annual-report
    assert spans("the period 2020 to 2023 there have been seven", feb_2025) == [
        ("2020 to 2023", "2020-01-01", "2023-12-31", "range", False)]
    assert spans("Since late\n2022 to late 2023 114 veterans", feb_2025) == [
        ("late\n2022 to late 2023", "2022-09-01", "2023-12-31", "range", False)]
    assert spans("of the full move that will take place in\nSummer / Autumn 2025, which includes",
                 feb_2025) == [("Summer / Autumn 2025", "2025-06-01", "2025-11-30", "range", False)]
    # "and" joins two years into a range only after "between"
    assert [s[0] for s in spans("in 2021 and 2023 the", feb_2025)] == ["2021", "2023"]
    # the government's way of writing a financial year
    assert spans("the 2024 to 2025 financial year", feb_2025)[0][1:4] == (
        "2024-04-01", "2025-03-31", "financial_year")


def test_the_end_of_a_financial_year_is_that_financial_year():
    # kent-cc-county-council-2025-02-13-section-25-statement-final (blind dev5) and the dev4
    # assessment of financial resilience: the annotators read the year, not its last day
    assert spans("The combination of drawdowns and transfers at the end of 2023-24 and the use of",
                 dt.date(2025, 2, 13)) == [("2023-24", "2023-04-01", "2024-03-31", "financial_year",
                                            False)]


def test_a_financial_year_with_a_soft_hyphen():
    # hertingfordbury-pc-minutes-2015-09-09: "9.<tab>WORK PROGRAMME: 2015 -(soft hyphen) 2016"
    assert spans("9.\tWORK PROGRAMME: 2015 -\u00ad 2016", dt.date(2015, 9, 9)) == [
        ("2015 -\u00ad 2016", "2015-04-01", "2016-03-31", "financial_year", False)]


def test_a_month_abbreviation_before_a_numbered_item_is_no_day():
    # hertingfordbury-pc-minutes-2015-09-09: an item ends "... Sept." and "3." opens the next:
    # the month alone (September 2015), not 3 September
    assert spans("meeting in Sept.\n3.\tPLANNING", dt.date(2015, 9, 9)) == [
        ("Sept", "2015-09-01", "2015-09-30", "month", True)]


def test_a_two_digit_year_in_a_paper_without_a_date_takes_the_century_it_writes():
    # kent-cc-county-council-2025-02-13-appendix-n-investment-strategy: no date of its own
    result = extracted("kent-cc-county-council-2025-02-13-appendix-n-investment-strategy.pdf")
    assert result.document.date is None
    days = [d for d in result.dates if d.text == "31.03.24"]
    assert days and all(d.start == dt.date(2024, 3, 31) and d.inferred_by == "context" for d in days)


def test_relative_weekdays_and_the_new_year_in_lower_case():
    # hertingfordbury-pc-minutes-2010-12-08 (Wednesday 8 December 2010)
    dec_2010 = dt.date(2010, 12, 8)
    assert placed("84.5\tWalter Wallinger's Charity: At a meeting last Tuesday it had been decided",
                  dec_2010) == [("last Tuesday", "2010-12-07", "2010-12-07", "relative")]
    assert placed("a liaison meeting is due to be held in the new\nyear.\n84.5", dec_2010) == [
        ("the new\nyear", "2011-01-01", "2011-01-31", "nearest")]
    # a year's budget is no time ("the new year's budget"), nor a recurring day
    assert placed("the new year's budget", dec_2010) == []
    assert placed("every Tuesday", dec_2010) == []


def test_column_heads_under_a_heading_line_or_over_a_unit_line_are_table_text():
    from extractors.dates import _a_head_row_continued, _a_lone_column_head

    # sutton-coldfield-tc-statement-of-accounts-2017-18: the reserve movements' two-line heads
    heads = "Reserve Movements\n\nBalance\tMovement\tBalance\nApril 2017\tfor Year March 2018\n"
    i = heads.index("April 2017")
    assert _a_head_row_continued(heads, i, i + 10)
    # ... and an income and expenditure account's year over its "£" line
    account = "C Income and Expenditure Account (Unaudited)\n\n2018\n£\nNet\n"
    k = account.index("2018")
    assert _a_lone_column_head(account, k, k + 4)
    # prose with a tab is not a head row: kent-cc-...-mid-year-24-25's introduction
    prose = "1.3\tThe Council's Treasury Management Strategy for 2024-25 was approved by the\n"
    j = prose.index("2024-25")
    assert not _a_head_row_continued(prose, j, j + 7)
    # souldern-pc-minutes-2026-01-29: "Date of next meetings : last Thursday of the month 7.30pm:"
    assert placed("Date of next meetings : last Thursday of the month 7.30pm:",
                  dt.date(2026, 1, 29)) == []


def test_a_title_or_note_a_table_took_in_is_prose_a_wrapped_cell_is_not():
    from extractors.dates import _a_line_of_words

    def at(text, date):
        i = text.index(date)
        return _a_line_of_words(text, i, i + len(date))

    # souldern-pc-accounts-with-budget-2016-17: the balance sheet's title and the statement's note
    sheet = "10409.00\nBalance sheet at end of March 2017\nLong Term Assets\t0.00\n"
    assert at(sheet, "end of March 2017")
    note = ("The above statement represents fairly the financial position of the authority as at\n"
            "31st March 2017 and reflects its income and expenditure during the year\n")
    assert at(note, "31st March 2017")
    # sutton-coldfield-tc-community-grants-paid-2016-17 and -statement-of-accounts-2017-18: the
    # wrapped words of a description or a row label
    assert not at("Sutton Coldfield Adventure Unit\t£500\ncompete in national games in Aug 2018\n",
                  "Aug 2018")
    assert not at("Awards approved in March 2018 plus School Enrichment\nCommunity Grants\t38,569\n",
                  "March 2018")
    # souldern-pc-accounts-monthly-2021-22: a label with its figure
    assert not at("Post Office\t124.80\nChanging Rooms (elec) 2000\n", "2000")


def test_a_quarter_without_its_year():
    march_2025 = dt.date(2025, 3, 13)
    # kent-cc-county-council-2025-02-13-section-25-statement-final: the financial year its
    # sentence writes (Quarter 3 of 2024-25 = October-December 2024)
    assert spans("The latest budget monitoring for 2024-25 as at the end of Quarter 3, was "
                 "reported to\nCabinet on 30th January 2025.", march_2025)[1] == (
        "Quarter 3", "2024-10-01", "2024-12-31", "quarter", False)
    # kent-cc-county-council-2025-03-13-council-report-mid-year-24-25: an economic commentary's
    # "Q2" is the last calendar Q2 to end before the paper (April-June 2024, not 2025), and
    # one ending on the paper's (period's) date is reported at it
    assert spans("number of workforce jobs fell by 28,000 in Q2. The downward trend", march_2025) == [
        ("Q2", "2024-04-01", "2024-06-30", "quarter", True)]
    assert spans("output grew by 0.5% q/q in Q3.", dt.date(2024, 9, 30)) == [
        ("Q3", "2024-07-01", "2024-09-30", "quarter", True)]
    # "Quarter 3" with no year near it, and a quarter in a table's row, are not read
    assert spans("the balance at Quarter 3 is shown below", march_2025) == []
    # sutton-coldfield-tc-statement-of-accounts-2017-18
    assert spans("Office Space Rental VAT\t10,792\tQ4 Refund Outstanding", march_2025) == []


def test_a_year_after_the_article_a_is_a_year():
    # nipissing-minutes-2023-03-07 (dev2): "a 2022 ... Review" is of 2022; a statute's upper-case
    # initials before a year ("LGA 1972") still make it the statute's
    assert spans("Tim McBride presented a 2022 Waste Disposal Site Monitoring Review for the "
                 "Township of Nipissing.", dt.date(2023, 3, 7)) == [
        ("2022", "2022-01-01", "2022-12-31", "year", False)]
    assert spans("the powers of the LGA 1972 apply") == []


def test_an_abbreviated_month_alone_after_a_word_of_time():
    # hertingfordbury-pc-minutes-2015-09-09 (dev5)
    assert spans("Confirmed no candidates have come forward and will advertise again in Sept.",
                 dt.date(2015, 9, 9)) == [("Sept", "2015-09-01", "2015-09-30", "month", True)]
    # an abbreviation that is also a name or word, or one with no word of time, is not read
    assert spans("Minutes taken by Dec.", dt.date(2015, 9, 9)) == []
    assert spans("Oct agreed", dt.date(2015, 9, 9)) == []


def test_an_undated_paper_places_its_yearless_dates_from_the_middle_of_its_written_ones():
    # kent-cc-county-council-2025-02-13-appendix-m-treasury-management-strategy-2025-26 (dev6):
    # the appendix prints no date of its own; the dates it writes in full centre on its "as at
    # 30 November 2024", so "to 12 December" is 2024 and "cuts in February and May" 2025
    from extractors.dates import undated_anchor
    name = "kent-cc-county-council-2025-02-13-appendix-m-treasury-management-strategy-2025-26.pdf"
    result = extracted(name)
    assert result.document.date is None
    got = {(d.text, d.start.isoformat(), d.end.isoformat(), d.inferred_by) for d in result.dates}
    assert ("12 December", "2024-12-12", "2024-12-12", "context") in got
    assert ("20 January", "2025-01-20", "2025-01-20", "context") in got
    assert ("July to September", "2024-07-01", "2024-09-30", "context") in got
    # a paper writing too few dates in full gives no stand-in date
    assert undated_anchor(list(find_date_spans("Report of 3 March 2024 on 4 May 2024"))) is None


def test_a_yearless_date_put_off_arranged_or_listed_beside_a_written_month():
    # hertingfordbury-pc-minutes-2009-07-08 (dev6): a past report of an arrangement ("is having")
    assert spans("The clerk reported that District Councillor Haysey is having an open evening "
                 "for parish councillors in her ward on 22 September.", dt.date(2009, 7, 8)) == [
        ("22 September", "2009-09-22", "2009-09-22", "day", True)]
    # hertingfordbury-pc-minutes-2013-07-13 (dev6): what was deferred lies ahead
    assert spans("A decision on whether to replant or leave open was deferred until the autumn.",
                 dt.date(2013, 7, 10)) == [("autumn", "2013-09-01", "2013-11-30", "season", True)]
    # hertingfordbury-pc-minutes-2011-06-08 (dev6): a list of invoices' months takes the year
    # written beside it, not the tense of "payments to be approved"
    got = spans("It was RESOLVED that three payments to be approved;\nCoopers Grass Cutting "
                "comprising 3 invoices February 2011, £248.40, March £496.80 and May",
                dt.date(2011, 6, 8))
    assert ("March", "2011-03-01", "2011-03-31", "month", True) in got
    # "events held over the summer" is past: "held over" is no deferral
    assert spans("the success of the events held over the summer.", dt.date(2024, 10, 29)) == [
        ("summer", "2024-06-01", "2024-08-31", "season", True)]


def test_a_period_whose_ends_are_written_in_different_orders():
    # hertingfordbury-pc-minutes-2012-03-14 (dev7): a grass-cutting contract's year
    assert spans("for the period June 1st 2012 to 31st May 2013.", dt.date(2012, 3, 14)) == [
        ("June 1st 2012 to 31st May 2013", "2012-06-01", "2013-05-31", "range", False)]
    assert spans("from 1st June 2012 to May 31st 2013") == [
        ("1st June 2012 to May 31st 2013", "2012-06-01", "2013-05-31", "range", False)]


def test_a_meeting_named_by_its_abbreviated_month():
    # hertingfordbury-pc-minutes-2011-11-09 (dev): "* = approved at Oct meeting"
    assert spans("* = approved at Oct meeting", dt.date(2011, 11, 9)) == [
        ("Oct", "2011-10-01", "2011-10-31", "month", True)]
    assert spans("Jan meeting the clerk", dt.date(2011, 11, 9)) == []


def test_a_table_of_words_in_a_report_is_table_text():
    # kent-cc-county-council-2025-03-13-kmwlp-county-council-report (dev7): the consultation
    # stages under "Consultation<tab>Dates<tab>Summary" are table text; the prose after them is read
    texts = [d.text for d in extracted("kent-cc-county-council-2025-03-13-kmwlp-county-council-report.pdf").dates]
    assert "26th March 2021" not in texts and "5th December 2022" not in texts
    assert "December 2023" in texts
    # a register that is one table (appendix J, dev6) keeps the dates of its cells
    texts = [d.text for d in extracted("kent-cc-county-council-2025-02-13-appendix-j-budget-risk-register.pdf").dates]
    assert "2023-24" in texts


def test_a_column_of_dates_in_a_laid_out_table_is_table_text():
    # kent-cc-cabinet-2025-03-04-adoption-of-the-kent-minerals-and-waste-local-plan-2024-2039
    # (dev5): the ruled consultation table's "Dates" column ("26th March 2021 - / 9th April 2021
    # / (14 days)") is the table's data; the report's prose keeps its dates
    dates = extracted("kent-cc-cabinet-2025-03-04-adoption-of-the-kent-minerals-and-waste-local-plan-2024-2039.pdf").dates
    texts = [d.text for d in dates]
    for cell_date in ("26th March 2021", "9th April 2021", "16th December", "24th October 2022",
                      "5th December 2022", "13th June", "July 2023"):
        assert cell_date not in texts
    assert ("17 October 2024 to 28 November 2024", "2024-10-17", "2024-11-28") in [
        (" ".join(d.text.split()), d.start.isoformat(), d.end.isoformat()) for d in dates]
    # an award table's "Date Awarded" column (appendix 1, the Armed Forces Covenant annual
    # report, dev5: "Kent County Council | 2018 & 2023 | Gold")
    texts = [d.text for d in extracted("kent-cc-county-council-2025-03-13-appendix-1-kent-cmpb-2024-annual-report.pdf").dates]
    assert "2018" not in texts and "31 December 2024" in texts
    # a payments schedule's "Inv Date" column, rows wrapped over two lines (Sutton Coldfield
    # payments over £250, dev7, pages 6-7): only the title's financial year is a date
    dates = extracted("sutton-coldfield-tc-payments-over-250-2016-17-full-year.pdf").dates
    assert "17/03/2017" not in [d.text for d in dates]
    # a lone date cell beside its label stays (Suffolk Libraries board minutes' heading grid)
    assert ("26th November 2015", "2015-11-26") in [
        (d.text, d.start.isoformat()) for d in extracted("suffolk-libraries-board-minutes-2015-11-26.pdf").dates]


def test_the_end_of_a_year_is_its_last_month():
    # kent-cc-county-council-2025-03-13-council-report-mid-year-24-25 (dev4) and appendix M, the
    # treasury management strategy (dev6), quoting Link Group: both blind annotators read December
    assert spans("our central forecast is still for rates to fall to 4.5% by the end of 2024 with",
                 dt.date(2025, 3, 13)) == [("the end of 2024", "2024-12-01", "2024-12-31", "month", False)]
    # the end of a financial year stays the year itself; the end of a month its last third
    assert spans("usable reserves at the end of 2023-24", dt.date(2025, 2, 13))[0][1:3] == (
        "2023-04-01", "2024-03-31")
    assert spans("activity to the end of September 2024", dt.date(2025, 3, 13)) == [
        ("the end of September 2024", "2024-09-21", "2024-09-30", "range", False)]


def test_a_decade_is_its_ten_years():
    # hertingfordbury-pc-minutes-2014-06-11 (dev6): "... alongside houses in Birch Green took
    # place in the 1970s."
    assert spans("alongside houses in Birch Green took place in the 1970s.", dt.date(2014, 6, 11)) == [
        ("1970s", "1970-01-01", "1979-12-31", "range", False)]
    assert spans("since the 1990's", dt.date(2014, 6, 11)) == [
        ("1990's", "1990-01-01", "1999-12-31", "range", False)]
    assert spans("£1970s", dt.date(2014, 6, 11)) == []


def test_a_year_before_1900_after_a_word_of_time():
    # kent-cc-county-council-2025-01-09-printed-minutes (dev; the same minutes again in dev3):
    # "explained that the Council had existed since 1889 during which time it had gained and lost
    # powers"
    assert spans("explained that the Council had existed since 1889 during which time it had",
                 dt.date(2025, 1, 9)) == [("1889", "1889-01-01", "1889-12-31", "year", False)]
    # a count of that size is no year (appendix 1, the Armed Forces Covenant report, dev5)
    assert spans("which includes approximately 1500 people.", dt.date(2024, 12, 31)) == []
