"""Flattened tables: a payments table an HTML page printed as one paragraph (extractors/tables/flat.py)."""

from __future__ import annotations

from decimal import Decimal

import pipeline
from extractors.base import Context
from extractors.tables import table_spans
from extractors.tables.flat import flat_tables
from tests.conftest import SAMPLES, extracted, ingested

DEREHAM = "west-dereham-pc-minutes-2017-04.html"


def dereham_table():
    (table,) = extracted(DEREHAM).tables
    return table


def row(table, label):
    (found,) = [r for r in table.rows if r.label == label]
    return found


def test_flattened_payments_table_is_read():
    table = dereham_table()
    assert [c.label for c in table.columns] == ["Net", "VAT", "Gross"]
    assert (table.unit, table.scale) == ("GBP", 1)
    assert [r.label for r in table.rows] == [
        "Helen Carrier (Salary & Expenses Feb 17)", "Helen Richardson (Salary & Expenses March 17)",
        "Roy Poole (Handyman) March 17", "Hollylandscapes: Flail mowing grass cemetery",
        "Hollylandscapes: Grounds Maintenance -March 17",
        # Known limit: the previous row's Remarks ("Invoice 1 of 8") cannot be told from this label.
        "Invoice 1 of 8 SLCC - Clerk Job Advert",
        "Anglian Water - Cemetery - Dec-Feb 17", "Wereham PC - Printing", "Post Office Limited (PAYE)",
        "Total"]
    assert row(table, "Helen Carrier (Salary & Expenses Feb 17)").values == [
        Decimal("558.89"), Decimal("0.00"), Decimal("558.89")]
    assert row(table, "Hollylandscapes: Grounds Maintenance -March 17").values == [
        Decimal("487.50"), Decimal("97.50"), Decimal("585.00")]
    total = row(table, "Total")
    assert total.kind == "total"
    assert total.values == [Decimal("2150.85"), Decimal("135.50"), Decimal("2286.35")]
    assert [r.kind for r in table.rows].count("item") == 9


def test_flattened_table_adds_up():
    table = dereham_table()
    assert table.checks_failed == 0
    checks = {c.description: c for c in table.checks}
    gross = checks["Total: Gross = Net + VAT"]
    assert (gross.expected, gross.actual) == (Decimal("2286.35"), Decimal("2286.35"))
    for name, value in (("Net", "2150.85"), ("VAT", "135.50"), ("Gross", "2286.35")):
        check = checks[f"Total: {name} = total of 9 rows above"]
        assert check.passed and check.actual == Decimal(value)
    assert not [w for w in extracted(DEREHAM).warnings if w.code.startswith("table")]


def test_cheque_numbers_are_an_identifier_not_a_column():
    table = dereham_table()
    assert len(table.columns) == 3
    printed = [raw for r in table.rows for raw in r.raw if raw]
    assert len(printed) == 30 and all(raw.startswith("£") for raw in printed)
    assert not any("1009" in (r.label or "") for r in table.rows)
    assert Decimal(100931) not in {v for r in table.rows for v in r.values}


def test_cells_point_at_their_printed_text():
    doc = ingested(DEREHAM)
    table = dereham_table()
    for r in table.rows:
        for raw, span in zip(r.raw, r.spans, strict=True):
            assert span is not None and doc.text[span[0]:span[1]] == raw
    carrier = row(table, "Helen Carrier (Salary & Expenses Feb 17)")
    start, end = carrier.spans[0]
    assert doc.text[start:end] == "£558.89"
    assert doc.text[carrier.provenance.char_start:carrier.provenance.char_end] == (
        "Helen Carrier (Salary & Expenses Feb 17) 100931 £558.89 £0.00 £558.89")
    total = row(table, "Total")
    assert doc.text[total.provenance.char_start:total.provenance.char_end] == (
        "Total £2150.85 £135.50 £2286.35")
    start = table.provenance.char_start
    assert doc.text[start:start + 38] == "Payee Cheque No Net VAT Gross Remarks "


def test_table_amounts_are_not_prose_money():
    result = extracted(DEREHAM)
    texts = [a.text for a in result.amounts]
    assert not {"£558.89", "£0.00", "£2286.35", "£2150.85"} & set(texts)
    # The paragraph after the table is prose, and its money stays prose.
    assert {"£1500", "£50", "£350", "£932.32"} <= set(texts)
    doc = ingested(DEREHAM)
    spans = table_spans(doc, Context(nlp=None, tables=tuple(result.tables)))
    header = [doc.text[s:e] for s, e in spans if "Payee" in doc.text[s:e]]
    assert header and header[0].strip() == "Payee Cheque No Net VAT Gross Remarks"


def test_prose_paragraphs_with_money_are_not_tables():
    # Every text and HTML sample: only the Dereham payments paragraphs are flattened tables. Prose
    # with several amounts ("a donation from the Village Trust of £1500 for the Goal Posts; £50
    # training costs ...", "Community Account £214.65, Business Saver Account £12,364.37 - a total
    # of £12,579.02") and "£000 £000 ..." unit rows are not.
    names = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".html", ".txt"))
    assert DEREHAM in names and "stoke-ferry-pc-minutes-2012-11.html" in names
    found = {name: flat_tables(ingested(name)) for name in names}
    assert [name for name, tables in found.items() if tables] == [
        "west-dereham-pc-minutes-2017-03.html", DEREHAM]
    doc = ingested(DEREHAM)
    (table,) = found[DEREHAM]
    donation = doc.text.index("a donation from the Village Trust of £1500")
    assert table.end < donation
    for name in ("stoke-ferry-pc-minutes-2012-11.html", "stoke-ferry-pc-minutes-2012-12.html"):
        assert extracted(name).tables == []


def test_flattened_table_without_currency_signs_or_identifiers(tmp_path):
    text = (
        "5. Finance\n\n"
        "The following payments were approved: Payee Invoice Budget 2017/18 Net VAT Gross Notes "
        "Acme Ltd - mowing 4411 120.00 100.00 20.00 120.00 Village Hall hire 4412 - 180.00 - 180.00 "
        "Clerk salary 4413 550.00 500.00 0.00 500.00 Total 670.00 780.00 20.00 800.00\n\n"
        "Hall hire rates were set at small room £10.00 - £12.00 main hall £20.00 - £25.00 whole "
        "building £30.00 - £35.00 as proposed.\n\n"
        "The sessions ran 7.30 8.15 then 9.00 9.45 and 10.10 10.30 and 11.00 11.20 each day.\n"
    )
    path = tmp_path / "flat.txt"
    path.write_text(text)
    (table,) = pipeline.extract(path).tables
    assert table.title == "The following payments were approved"
    assert [c.label for c in table.columns] == ["Budget 2017/18", "Net", "VAT", "Gross"]
    assert [r.label for r in table.rows] == ["Acme Ltd - mowing", "Village Hall hire", "Clerk salary",
                                             "Total"]
    assert [int(v) for v in row(table, "Village Hall hire").values] == [0, 180, 0, 180]
    assert row(table, "Total").kind == "total" and table.checks_failed == 0


def test_dates_in_row_labels_belong_to_the_table():
    result = extracted(DEREHAM)
    text = ingested(DEREHAM).text
    (table,) = result.tables
    carrier = table.rows[0]
    assert text[slice(*carrier.label_span)] == "Helen Carrier (Salary & Expenses Feb 17)"
    # "Feb 17" / "March 17" in the payees' labels are the rows' periods, not prose dates
    assert not [d.text for d in result.dates if d.text in ("Feb 17", "March 17")]
    assert "2 March 2017" in [d.text for d in result.dates]
