"""Ingest: one Document per format, offsets true to the text, spans map back to page + bbox."""

from __future__ import annotations

import pytest

import pipeline
from tests.conftest import SAMPLES, ingested


def line_texts(doc):
    return [doc.text[ln.char_start:ln.char_end] for ln in doc.lines]


def test_text_export_strips_markup_and_keeps_tabs():
    doc = ingested("wsx-children-first-progress-2020-09.txt")
    assert "<sup>" not in doc.text and "**" not in doc.text
    assert "week commencing 19th October 2020" in doc.text
    assert "Senior Improvement Leads\t1,160\t\t446\t580\t315\t(265)\t303\t0" in line_texts(doc)
    assert doc.source.format == "text" and doc.source.pages == 1
    headings = [doc.text[ln.char_start:ln.char_end] for ln in doc.lines if ln.heading]
    assert headings[0] == "Children First Service Improvement Programme: Progress Report September 2020"
    assert "Ofsted, Commissioner & Children's Trust" in headings  # ** removed, heading kept


def test_text_export_keeps_space_alignment():
    doc = ingested("wsx-children-first-update-2020-06.txt")
    assert ("Senior Improvement Leads 669                  446                  580"
            in doc.text)


def test_every_line_span_is_its_text():
    for name in ("wsx-children-first-progress-2020-09.txt", "stoke-ferry-pc-minutes-2012-12.html",
                 "milburn-pc-minutes-2018-03-06.pdf"):
        doc = ingested(name)
        for ln in doc.lines:
            assert 0 <= ln.char_start <= ln.char_end <= len(doc.text)
            assert "\n" not in doc.text[ln.char_start:ln.char_end]
        for page in doc.pages:
            assert doc.text[page.char_start:page.char_end].strip()


def test_pdf_span_maps_to_page_and_bbox():
    doc = ingested("suffolk-libraries-board-minutes-2016-01-28.pdf")
    i = doc.text.index("Bury Library")
    prov = doc.provenance(i, i + len("Bury Library"))
    assert prov.page == 1
    assert prov.snippet == "Bury Library"
    x0, top, x1, bottom = prov.bbox
    assert 0 < x0 < x1 < doc.pages[0].width and 0 < top < bottom < doc.pages[0].height
    # A word on a later page maps to that page.
    j = doc.text.index("Registered Office", doc.pages[1].char_start)
    assert doc.provenance(j, j + 10).page == 2


def test_pdf_label_value_form_reads_row_by_row():
    doc = ingested("suffolk-libraries-board-minutes-2016-01-28.pdf")
    lines = line_texts(doc)
    assert "Date\t28th January 2016" in lines  # superscript "th" joined, label beside value
    assert "Place\tBury Library" in lines


def test_pdf_two_columns_read_column_by_column(make_pdf):
    left = [f"Left column sentence number {i} about the budget" for i in range(8)]
    right = [f"Right column sentence number {i} about the plan" for i in range(8)]
    items = [(50, 60, "A heading that spans the whole width of the page, across both columns")]
    items += [(50, 100 + 14 * i, t) for i, t in enumerate(left)]
    items += [(320, 100 + 14 * i, t) for i, t in enumerate(right)]
    doc = pipeline.ingest(make_pdf([items]))
    order = [t for t in line_texts(doc)]
    assert order[0].startswith("A heading")
    assert order[1:9] == left
    assert order[9:17] == right


def test_pdf_table_rows_stay_rows(make_pdf):
    rows = [("Senior Improvement Leads", "1,160", "(265)"), ("Programme Management", "1,500", "179"),
            ("Contingency", "579", "(618)"), ("Totals", "17,705", "(1,502)")]
    items = []
    for i, (label, a, b) in enumerate(rows):
        items += [(50, 100 + 14 * i, label), (350, 100 + 14 * i, a), (450, 100 + 14 * i, b)]
    doc = pipeline.ingest(make_pdf([items]))
    assert line_texts(doc) == [f"{label}\t{a}\t{b}" for label, a, b in rows]


def test_html_main_content_without_site_chrome():
    doc = ingested("stoke-ferry-pc-minutes-2012-12.html")
    assert doc.source.format == "html"
    assert "Those Attending: Cllr R Bivon (Chair)" in doc.text
    assert "Minutes of Stoke Ferry Parish Council Meeting held in The Community Centre" in doc.text
    assert "Leave a Reply" not in doc.text and "<" not in doc.text


def test_html_tables_are_kept_as_tables(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><nav>Home | About</nav><main><h1>Budget monitoring</h1><p>The table:</p>"
        "<table><tr><th>Line</th><th>Budget £000</th></tr>"
        "<tr><td>Libraries</td><td>(265)</td></tr></table><p>After.</p></main></body></html>"
    )
    doc = pipeline.ingest(page)
    assert "Home | About" not in doc.text
    assert "Line\tBudget £000\nLibraries\t(265)" in doc.text
    (table,) = doc.tables
    cell = table.rows[1][1]
    assert cell.text == "(265)" and doc.text[cell.char_start:cell.char_end] == "(265)"


def test_scanned_pdf_with_ocr_off_warns_per_page_not_crash():
    result = pipeline.extract(SAMPLES / "nipissing-agenda-package-2024-03-05-scanned.pdf", ocr="off")
    assert result.source.pages == 35
    assert [(w.code, w.page) for w in result.warnings] == [("no_text_layer", n) for n in range(1, 36)]
    assert "page 3 has no usable text layer (scanned?) and OCR is off (--ocr off)" in (
        result.warnings[2].message)


def test_partly_scanned_pdf_warns_per_page(make_pdf):
    path = make_pdf([[(50, 50, "Minutes of the meeting held on 6th March 2018")], []])
    result = pipeline.extract(path)
    assert [(w.code, w.page) for w in result.warnings if w.code == "no_text_layer"] == [
        ("no_text_layer", 2)
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir() if p.is_file()
                                        and p.suffix in (".pdf", ".txt", ".html")))
def test_every_sample_ingests_with_consistent_pages(name):
    doc = ingested(name)
    assert doc.source.pages == len(doc.pages) >= 1
    assert len(doc.source.sha256) == 64
    ends = [p.char_end for p in doc.pages]
    assert ends == sorted(ends) and ends[-1] <= len(doc.text)


def test_pdf_side_by_side_tables_read_one_after_the_other(make_pdf):
    left = [("Libraries budget", "1,200"), ("Parks budget", "800"), ("Museums budget", "400"),
            ("Leisure budget", "650")]
    right = [("Highways spend", "2,100"), ("Schools spend", "9,800"), ("Care spend", "7,300"),
             ("Waste spend", "1,150")]
    items = []
    for i, ((la, na), (lb, nb)) in enumerate(zip(left, right, strict=True)):
        y = 100 + 14 * i
        items += [(50, y, la), (200, y, na), (320, y, lb), (480, y, nb)]
    doc = pipeline.ingest(make_pdf([items]))
    assert line_texts(doc) == [f"{a}\t{b}" for a, b in left] + [f"{a}\t{b}" for a, b in right]


def test_camelot_reads_no_page_whose_numbers_a_ruled_table_holds():
    """Sutton's payments list is ruled on both pages: every line of figures is in a ruled table,
    so the whitespace reader (camelot stream) is not asked for those pages; the tables are the
    ruled ones."""
    from pipeline.ingest import pdf

    doc = ingested("sutton-coldfield-tc-payments-over-250-2017-18-q1.pdf")
    words_by_page = pdf._words_by_page(doc)
    assert pdf.table_candidate_pages(doc) == [1, 2]
    held = pdf._held_words([t for t in doc.tables if t.ruled], words_by_page)
    assert pdf.table_candidate_pages(doc, held) == []
    assert doc.tables and all(t.ruled for t in doc.tables)
