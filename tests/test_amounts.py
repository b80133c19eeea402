"""Money in prose: real sentences from the samples, exact values, and properties of the parser."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import pipeline
from extractors import amounts
from extractors.amounts import parse_amounts
from extractors.base import Context
from extractors.vocabulary import dollar_currency
from pipeline.eval import Score, score_sample
from pipeline.models import Gold
from pipeline.nlp import load_nlp
from tests.conftest import SAMPLES, extracted


def found(text: str, dollar: str = "USD") -> list[tuple[str, Decimal, str]]:
    return [(text[a.start:a.end], a.value, a.currency) for a in parse_amounts(text, dollar=dollar)]


def values(text: str) -> list[tuple[str, Decimal]]:
    return [(t, v) for t, v, _ in found(text)]


def test_scaled_amounts():
    text = ("1. The 2020/21 budget provided £12m of funding; £5.1m base funding and\n"
            "£6.9m temporary funding. In 2019/20, £6.790m of funding was allocated and spent; "
            "£0.595m less than orignally allcoated.")
    assert values(text) == [("£12m", Decimal(12_000_000)), ("£5.1m", Decimal(5_100_000)),
                            ("£6.9m", Decimal(6_900_000)), ("£6.790m", Decimal(6_790_000)),
                            ("£0.595m", Decimal(595_000))]
    assert values("Gov has provided £900k for startup costs") == [("£900k", Decimal(900_000))]
    assert values("That the grant to include the £350K reduction for 16/17") == [
        ("£350K", Decimal(350_000))]
    assert values("Major funding uplift of £800 million, of which £120million has already been") \
        == [("£800 million", Decimal(800_000_000)), ("£120million", Decimal(120_000_000))]
    assert values("a budget of £1.2bn and a further £3 thousand") == [
        ("£1.2bn", Decimal(1_200_000_000)), ("£3 thousand", Decimal(3000))]


def test_plain_amounts_with_pence_and_spaces():
    assert values("CALC Annual Subscription £ 106.00") == [("£ 106.00", Decimal("106.00"))]
    text = ("Statement of Account as at 30 November 2012 - Balance in Bank - Community Account "
            "£304.13, Business Saver Account £11,364.37 - a total of £11,668.50.")
    assert values(text) == [("£304.13", Decimal("304.13")), ("£11,364.37", Decimal("11364.37")),
                            ("£11,668.50", Decimal("11668.50"))]
    assert values("Mrs C Hardy - £364.38- Salary/Expenses - November") == [
        ("£364.38", Decimal("364.38"))]
    assert values("Sharon Wareham is appointed as Internal Auditor at £15 per hour.") == [
        ("£15", Decimal(15))]
    assert values("tenders for works costing over £2,000 excluding VAT") == [
        ("£2,000", Decimal(2000))]


def test_pence():
    text = ("cost per black and white sheet was 10p and cost per colour side was 15p, which "
            "would be charged")
    assert values(text) == [("10p", Decimal("0.10")), ("15p", Decimal("0.15"))]
    assert values("Subscription of 1p to join and there is no subsequent fee") == [
        ("1p", Decimal("0.01"))]
    assert values("The meeting closed at 8.50pm and 9p.m. at the latest") == []


def test_ranges_give_two_records_with_the_same_text():
    assert values("savings in the order of £50-60m to be identified") == [
        ("£50-60m", Decimal(50_000_000)), ("£50-60m", Decimal(60_000_000))]


def test_brackets_are_negative_where_they_stand_as_a_value():
    text = ("Employee total costs are Month 2K and YTD (19K). The Café is expected to make "
            "approximately (£20k) loss.")
    assert values(text) == [("2K", Decimal(2000)), ("(19K)", Decimal(-19000)),
                            ("(£20k)", Decimal(-20000))]
    assert values("deficit with planned savings of (95K) and the Cabinet decision") == [
        ("(95K)", Decimal(-95000))]
    # an aside in brackets is not a negative value
    assert values("Government have provided funding (£500k) for CDC") == [
        ("£500k", Decimal(500_000))]
    assert values("Summary Table (incl £100 deferred grant)") == [("£100", Decimal(100))]
    # kent-cc-county-council-2025-02-13-appendix-k-government-grants-in-lgfs (dev3): a bracket
    # after a financial year restates that year's figure
    assert values("rolled forward at the same value in cash terms as 2020-21 (£48.5m). The") == [
        ("£48.5m", Decimal(48_500_000))]


def test_bare_k_only_where_the_sentence_is_about_money():
    assert values("Support Services costs are Month 8K and YTD 35K") == [
        ("8K", Decimal(8000)), ("35K", Decimal(35000))]
    assert values("Sutton Coldfield. The 5k route is enough to challenge the fittest") == []


def test_not_money():
    for text in [
        "\t£000\t£000\t£000\t£000\t£000\t£000\t£000",
        "Payee\tDetail\tTotal £s\tVAT\tComments",
        "Figures in £'000 unless stated",
        "Installation of one small (15m) wind turbine",
        "over 95% of visits were on time",
        "The meeting closed at 8.50pm",
    ]:
        assert values(text) == [], text


def test_dollars_are_canadian_in_a_canadian_paper():
    text = "That the statement of accounts dated: March 4, 14, and 16, 2024; totaling $88,725.16"
    assert found(text) == [("$88,725.16", Decimal("88725.16"), "USD")]
    assert found(text, dollar="CAD") == [("$88,725.16", Decimal("88725.16"), "CAD")]
    assert dollar_currency("requesting the Province to amend Ontario Regulation 1") == "CAD"
    assert dollar_currency("Minutes prepared as per the Municipal Act, S.O. 2001, c. 25.") == "CAD"
    assert dollar_currency("The budget was $4m") == "USD"
    assert found("£5 and €40 and US$3 and C$7") == [
        ("£5", Decimal(5), "GBP"), ("€40", Decimal(40), "EUR"), ("US$3", Decimal(3), "USD"),
        ("C$7", Decimal(7), "CAD")]


def test_sample_amounts_carry_provenance_and_currency():
    result = extracted("nipissing-minutes-2024-03-19.pdf")
    (amount,) = result.amounts
    assert (amount.text, amount.value, amount.currency) == ("$88,725.16", Decimal("88725.16"), "CAD")
    assert amount.provenance.snippet == "$88,725.16" and amount.provenance.page == 3
    assert amount.provenance.bbox is not None
    update = {a.text: a for a in extracted("wsx-children-first-update-2020-06.txt").amounts}
    assert update["£5.1m"].value == Decimal(5_100_000) and update["£5.1m"].currency == "GBP"


def test_amounts_in_table_spans_are_left_to_the_tables():
    doc = pipeline.ingest(SAMPLES / "wsx-children-first-update-2020-06.txt")
    start = doc.text.index("£12m")
    ctx = Context(nlp=load_nlp()[0])
    everything = amounts.extract(doc, ctx)
    skipped = amounts.extract(doc, Context(nlp=ctx.nlp, table_spans=((start, start + 4),)))
    assert [a.text for a in everything][0] == "£12m"
    assert [a.text for a in skipped] == [a.text for a in everything][1:]


# ---------------------------------------------------------------------------------------------
# Property: any formatted amount reads back as exactly its value

pounds = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2)
scaled = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("999.999"), places=3)


@given(pounds, st.sampled_from(["£{:,}", "£{}", "£ {:,}", "${:,}"]), st.booleans())
def test_any_written_amount_reads_back(value, form, negative):
    written = form.format(value)
    if negative:
        written = f"({written})"
    text = f"The Council approved a variance of {written} for the year."
    ((got_text, got_value, _),) = found(text)
    assert got_text == written
    assert got_value == (-value if negative else value)


@given(scaled, st.sampled_from([("m", 10**6), ("k", 10**3), ("bn", 10**9), (" million", 10**6),
                                ("K", 10**3), (" billion", 10**9)]))
def test_any_scaled_amount_reads_back(number, scale):
    suffix, multiplier = scale
    written = f"£{number.normalize():f}{suffix}"
    ((got_text, got_value, _),) = found(f"Funding of {written} was agreed.")
    assert got_text == written
    assert got_value == number * multiplier


@given(st.integers(min_value=1, max_value=999))
def test_any_pence_amount_reads_back(pence):
    ((got_text, got_value, _),) = found(f"The charge is {pence}p per copy.")
    assert (got_text, got_value) == (f"{pence}p", Decimal(pence) / 100)


# ---------------------------------------------------------------------------------------------
# Floor on the annotated samples (whole pipeline: the tables' spans decide what is prose)

# Measured 0.718 when this extractor landed (recall 0.989). The target is 0.95; what is
# missing is the spans of two tables the tables extractor does not find yet (the flattened
# payments table of west-dereham, the grant application tables of sutton-coldfield): their
# cells are counted here as prose amounts.
AMOUNTS_FLOOR = 0.70


def test_amounts_floor_on_annotated_samples():
    total = Score()
    for path in sorted((SAMPLES / "gold").glob("*.json")):
        gold = Gold.model_validate(json.loads(path.read_text(encoding="utf-8")))
        scores = score_sample(gold, extracted(gold.sample))
        if "amounts" in scores:
            total.add(scores["amounts"])
    assert total.f1 >= AMOUNTS_FLOOR, total.as_dict()


# ---------------------------------------------------------------------------------------------
# Signs: a minus wherever the paper puts it; brackets only where they stand as a value


def test_signed_amounts_wherever_the_minus_stands():
    assert values("a forecast variance of -£12.5m against the budget") == [
        ("-£12.5m", Decimal(-12_500_000))]
    assert values("a net position of –£4.2m") == [("–£4.2m", Decimal(-4_200_000))]
    assert values("the reserve stood at £-1,234 at year end") == [("£-1,234", Decimal(-1234))]
    assert values("the gap is £(1.5)m now") == [("£(1.5)m", Decimal(-1_500_000))]
    assert values("A cost of £2,336- was carried forward") == [("£2,336-", Decimal(-2336))]
    # a restating bracket is the amount itself; a percentage in brackets is not money
    assert values("savings not delivered this year (£2.6m) were re-profiled") == [
        ("£2.6m", Decimal(2_600_000))]
    assert values("an increase (12%) in demand") == []


def test_dashes_that_are_not_minus_signs():
    # stoke-ferry-pc-minutes-2012-12: "Payee - £amount- Purpose" lists
    assert values("Mrs C Hardy - £364.38- Salary/Expenses - November") == [
        ("£364.38", Decimal("364.38"))]
    # a range, and a label with its amount (sutton-coldfield grant lists)
    assert values("between £10 -£20 each") == [("£10", Decimal(10)), ("£20", Decimal(20))]
    assert values("Four Oaks -£2,500") == [("£2,500", Decimal(2500))]


@given(pounds, st.sampled_from(["-£{:,}", "–£{:,}", "£-{:,}", "£{:,}-", "£({:,})"]))
def test_any_signed_amount_reads_back_negative(value, form):
    written = form.format(value)
    text = f"The Council reported a variance of {written} for the year."
    ((got_text, got_value, _),) = found(text)
    assert got_text == written
    assert got_value == -value


@given(scaled, st.sampled_from(["-£{}m", "£({})m", "£-{}m"]))
def test_any_signed_scaled_amount_reads_back_negative(number, form):
    written = form.format(f"{number.normalize():f}")
    ((got_text, got_value, _),) = found(f"The outturn was {written} overall.")
    assert got_text == written
    assert got_value == -(number * 10**6).normalize()


def test_costings_rows_the_table_finder_missed_are_not_prose():
    # sutton-coldfield-tc-council-report-item-166-summer-in-sutton-2017-02-21 (dev3): a costings
    # table printed as "label<tab>amount" rows; the total restated in the sentence after is prose.
    # A form's single "£550k<tab>..." box (the Kent budget amendments) stays prose.
    from extractors.amounts import _in_table_rows

    text = ("(including 5% contingency)\t£95,200\n\n3\n\nCBSO professional fees\t£21,000\n"
            "Other Artists Fees\t£ 5,000\n\nTotal\t£125,000\n\nThe total costs of staging the "
            "events is estimated to be £125,000. It is")
    prose = [text[a.start:a.end] for a in parse_amounts(text) if not _in_table_rows(text, a.start, a.end)]
    assert prose == ["£125,000"]
    form = "Proposed Amount\tProposed Funding Source:\n\n£550k\tChildren's Social Care Prevention Grant"
    assert [a.value for a in parse_amounts(form) if not _in_table_rows(form, a.start, a.end)] == [
        Decimal(550_000)]


def test_a_misprinted_figure_is_no_amount():
    # dev4 kent-cc-county-council-2025-02-13-appendix-i-assessment-of-financial-resilience:
    # "(£0.043bn general, £0.268bn earmarked, £0.0.10bn Covid-19 and £0.036bn ...)": a figure
    # with two decimal points has no value a reader can be sure of (a wrong value is worse than
    # none); its neighbours are read
    assert values("£0.268bn earmarked, £0.0.10bn Covid-19 and £0.036bn Safety Valve") == [
        ("£0.268bn", Decimal(268000000)), ("£0.036bn", Decimal(36000000))]


@given(scaled, scaled)
def test_any_figure_with_two_decimal_points_is_no_amount(first, second):
    assert values(f"a balance of £{first}.{str(second).replace('.', '')}m") == []
