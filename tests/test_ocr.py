"""OCR of scanned pages: words with boxes and confidences into the Document, the per-page hook,
the pdfium fallback, the cache, the missing-Tesseract warning, --ocr on the CLI.

Each test that runs Tesseract OCRs one page, with a cache of its own (cold: `ocr_cache`).
Whole-document figures (the 35-page Nipissing pack, the 33-page Suffolk accounts) are in
bench/ocr_bench.py (`make bench`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import numpy as np
import pdfplumber
import pytest
from hypothesis import given
from hypothesis import strategies as st

import pipeline
from pipeline.ingest import OcrSettings, ocr
from tests.conftest import SAMPLES
from tests.ocr_helpers import image_only_pdf, page_pdf

SOULDERN = SAMPLES / "souldern-pc-accounting-statements-2025-26-scanned.pdf"
SOULDERN_EXPECTED = SAMPLES / "transcribed" / (
    "souldern-pc-accounting-statements-2025-26-scanned-expected-transcribed.json")
MILBURN_SCAN = SAMPLES / "milburn-pc-annual-return-2015-16-scanned.pdf"
NIPISSING_SCAN = SAMPLES / "nipissing-agenda-package-2024-03-05-scanned.pdf"
MILBURN_MINUTES = SAMPLES / "milburn-pc-minutes-2018-03-06.pdf"
SUTTON_ACCOUNTS = SAMPLES / "sutton-coldfield-tc-statement-of-accounts-2016-17.pdf"
KENT_REPORT = SAMPLES / "kent-cc-cabinet-2025-03-04-cabinet-report-4-march-2025.pdf"


@pytest.fixture
def auto(tmp_path) -> OcrSettings:
    """--ocr auto with a cold cache of the test's own."""
    return OcrSettings(mode="auto", cache=tmp_path / "ocr-cache")


# --- what counts as a text layer ------------------------------------------------------------


def test_usable_text_on_real_layers():
    assert ocr.usable_text(["Minutes", "of", "the", "meeting", "held", "on", "6th", "March"])
    assert ocr.usable_text(["(1,234)", "£5,000", "-", "12.5%"])  # a table of figures
    assert not ocr.usable_text([])
    assert not ocr.usable_text(["", " "])
    assert not ocr.usable_text(["(cid:3)(cid:17)(cid:44)", "(cid:12)"])  # glyph codes only
    assert not ocr.usable_text(["\ufffd\ufffd\ufffd", "\ufffd\ufffd"])


@given(st.lists(st.text(alphabet=st.characters(categories=("L", "N")), min_size=1), min_size=1))
def test_usable_text_letters_and_digits_always_usable(words):
    assert ocr.usable_text(words)


@given(st.lists(st.text(alphabet="|—-_.,;:~()[]", min_size=1), min_size=1))
def test_usable_text_punctuation_never_usable(words):
    assert not ocr.usable_text(words)


# --- Tesseract's TSV into words ----------------------------------------------------------------


def _tsv(rows):
    """pytesseract's dict for rows of (level, block, par, line, left, top, width, height, conf, text)."""
    keys = ("level", "block_num", "par_num", "line_num", "left", "top", "width", "height", "conf",
            "text")
    return {k: [r[i] for r in rows] for i, k in enumerate(keys)}


def test_words_from_tsv_boxes_in_points_and_noise_dropped():
    data = _tsv([
        (4, 1, 1, 1, 100, 200, 900, 50, -1, ""),
        (5, 1, 1, 1, 100, 205, 300, 40, 96.0, "Balances"),
        (5, 1, 1, 1, 500, 205, 200, 40, 91.5, "16,634"),
        (5, 1, 1, 1, 800, 200, 10, 50, 12.0, "|"),   # a rule's speck: dropped
        (5, 1, 1, 1, 850, 200, 10, 50, -1, " "),      # no word
    ])
    words = ocr.words_from_tsv(data, 72 / 300)
    assert [(w.text, w.x0, w.top, w.x1, w.bottom, w.confidence, w.line_height) for w in words] == [
        ("Balances", 24.0, 49.2, 96.0, 58.8, 96.0, 12.0),
        ("16,634", 120.0, 49.2, 168.0, 58.8, 91.5, 12.0),
    ]


@given(st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 3000), st.integers(1, 400),
                          st.integers(1, 100), st.floats(0, 100),
                          st.text(alphabet="abcXYZ019,.£", min_size=1, max_size=8)), max_size=20),
       st.floats(0.1, 1.0))
def test_words_from_tsv_property(rows, scale):
    data = _tsv([(5, 1, 1, i, x, y, w, h, c, t) for i, (x, y, w, h, c, t) in enumerate(rows)])
    words = ocr.words_from_tsv(data, scale)
    assert len(words) <= len(rows)
    for w in words:
        assert w.x0 <= w.x1 and w.top <= w.bottom and 0 <= w.confidence <= 100 and w.text.strip()


def test_ordinal_read_as_percent_before_a_month_is_repaired():
    # Milburn minutes 6 March 2018: "The minutes of the meeting held on the 16ᵗʰ January 2018";
    # Tesseract reads the superscript as "%".
    def word(text):
        return ocr.OcrWord(text, 0, 0, 1, 1, 90.0, 1)

    words = ocr.repair_words([word(t) for t in "held on the 16% January 2018".split()])
    assert [w.text for w in words] == "held on the 16th January 2018".split()
    words = ocr.repair_words([word(t) for t in "a rise of 16% on last year".split()])
    assert [w.text for w in words][3] == "16%"
    assert [ocr.repair_words([word("1%"), word("May")])[0].text,
            ocr.repair_words([word("22°"), word("Feb")])[0].text,
            ocr.repair_words([word("13*"), word("June")])[0].text] == ["1st", "22nd", "13th"]
    # Kent cabinet report 4 March 2025, scanned: "published on 5ᵗʰ February 2025" read "5‘"
    assert [w.text for w in ocr.repair_words([word(t) for t in "on 5‘ February 2025".split()])] == [
        "on", "5th", "February", "2025"]


def test_pieces_of_rules_are_not_words():
    # Kent cabinet report 4 March 2025, scanned: the cell border after "1.89%" in a short row
    # is read as a word "|" (confidence 94): it is not print.
    def word(text):
        return ocr.OcrWord(text, 0, 0, 1, 1, 94.0, 1)

    assert [w.text for w in ocr.repair_words([word("1.89%"), word("|"), word("¦"), word("a|b")])] == [
        "1.89%", "a|b"]
    # the same scan: a ";" of 1.2 x 1.5 pt in the column head "Estimate included in County
    # Council papers" (10.7 pt line) is dust; a nil "-" (Sutton Coldfield accounts) is print
    dust = ocr.OcrWord(";", 304.2, 629.5, 305.4, 631.0, 37.0, 10.7)
    dash = ocr.OcrWord("-", 403.0, 639.0, 406.3, 640.2, 90.0, 10.0)
    assert [w.text for w in ocr.repair_words([dust, dash])] == ["-"]


def test_ocr_words_of_one_printed_line_get_one_baseline():
    # Sutton Coldfield statement of accounts 2016-17 (a scan), page 4: "Town in Bloom" is ink
    # 7.2 pt high (no descender, no bracket), its "(20,000)"s 9.6 pt; taken as the words' sizes,
    # the label was small print on a line of its own, cut off from its figures.
    def word(text, x0, top, x1, bottom, line_height):
        return ocr.OcrWord(text, x0, top, x1, bottom, 96.0, line_height)

    words = ocr.level_words([
        word("Town", 55.9, 251.9, 79.2, 259.1, 7.4), word("Bloom", 93.8, 251.9, 120.2, 259.4, 7.4),
        word("(20,000)", 333.7, 253.3, 368.3, 262.9, 9.6), word("(20,000)", 401.1, 253.8, 435.9, 263.4, 9.6),
        word("Christmas", 56.4, 265.9, 101.4, 273.3, 9.6), word("(29,201)", 333.5, 267.3, 368.3, 276.9, 9.6),
    ])
    row, below = words[:4], words[4:]

    def baselines(ws):
        return {round(w.bottom - ocr.TEXT_DESCENT * w.line_height, 1) for w in ws}

    assert len(baselines(row)) == 1  # one baseline: one line, as a text layer's
    assert all(9.5 <= w.line_height <= 10.5 for w in row)  # each word's type size about 10 pt
    assert len(baselines(below)) == 1 and min(baselines(below)) - min(baselines(row)) > 12
    # a word whose glyphs tell nothing of its size (a nil dash) takes the line it stands in
    dash = ocr.level_words([word("Cultural", 56.6, 209.4, 89.7, 216.9, 9.8),
                            word("-", 364.0, 213.0, 368.0, 214.0, 7.2)])[1]
    assert (dash.top, dash.bottom) != (213.0, 214.0) and dash.bottom - dash.top > 9


def test_turned_scan_lines_level(tmp_path, auto):
    # Sutton Coldfield accounts page 4 (scanned 0.3 degrees off): each budget line's label
    # and its three figures are one line of text and one table row.
    from extractors.tables import extract as tables

    doc = pipeline.ingest(page_pdf(SUTTON_ACCOUNTS, [4], tmp_path / "sutton-p4.pdf"), ocr=auto)
    lines = [" ".join(ln.split()) for ln in doc.text.splitlines()]
    assert "Town in Bloom (20,000) (20,000)" in lines
    assert "Cultural and Heritage 0 (20,000) 20,000" in lines
    assert "Transfer to Earmarked Reserves 0" in lines
    rows = {r.label: [str(v) if v is not None else None for v in r.values]
            for t in tables(doc, None) for r in t.rows}
    assert rows["Town in Bloom"] == ["-20000", "-20000", None]
    assert rows["Planning and Highways"] == ["-500", "-270000", "269500"]


def test_a_scans_two_line_column_name_is_joined(tmp_path, auto):
    # Sutton Coldfield accounts page 4, the budget comparison: its first column's name is printed
    # over two lines, "Net" over "Expenditure", beside "Budget" and "Variance" on the second; the
    # scan's line spacing leaves "Net" out of the grid. The line just above the header, its one
    # word over that column's figures, opens the name; the title lines above it (wider than a
    # column) do not.
    from extractors.tables import extract as tables

    doc = pipeline.ingest(page_pdf(SUTTON_ACCOUNTS, [4], tmp_path / "sutton-p4.pdf"), ocr=auto)
    table = tables(doc, None)[0]
    assert [c.label for c in table.columns] == ["Net Expenditure", "Budget", "Variance"]
    assert table.title.endswith("for the year ended 31 March 2016")  # the title line, not "Net"
    row = next(r for r in table.rows if r.label == "Economic Development")
    assert row.section == "DIRECT SERVICES TO THE PUBLIC"
    assert [str(v) for v in row.values] == ["-3000", "-145000", "142000"]


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2000), st.integers(1, 300),
                          st.floats(-1, 100), st.sampled_from(["313.3", "ol", ";", "", "The"])),
                max_size=30))
def test_doubtful_regions_are_runs_of_doubtful_words(rows):
    data = _tsv([(5, 1, 1, line, x, 100 * line, w, 30, c, t) for line, x, w, c, t in rows])
    seen: set[int] = set()
    for idx, (x0, top, x1, bottom) in ocr._doubtful_regions(data):
        assert idx and not seen & set(idx)
        seen |= set(idx)
        assert len({data["line_num"][i] for i in idx}) == 1
        assert any(c.isalnum() for i in idx for c in data["text"][i])
        for i in idx:
            assert 0 <= data["conf"][i] < ocr.LOW_CONFIDENCE and data["text"][i].strip()
            assert x0 <= data["left"][i] and data["left"][i] + data["width"][i] <= x1
            assert top <= data["top"][i] < bottom


# --- the page image: straightening, ruling lines, the redrawn PDF -----------------------------


def test_skew_angle_undoes_a_turned_page():
    pdf = __import__("pypdfium2").PdfDocument(str(MILBURN_MINUTES))
    gray = ocr.render_page(pdf, 0)
    assert abs(ocr.skew_angle(gray)) <= 0.1
    assert ocr.skew_angle(ocr._rotate(gray, 1.2)) == pytest.approx(-1.2, abs=0.15)


def test_lift_bands_makes_white_on_grey_print_black_on_white():
    import cv2

    pdf = __import__("pypdfium2").PdfDocument(str(MILBURN_MINUTES))
    gray = ocr.render_page(pdf, 0)
    assert ocr.lift_bands(gray) is gray  # a page of print on paper: nothing to lift
    page = np.full((1200, 1600), 250, np.uint8)
    page[200:400, 100:1500] = 160  # a form's grey head row
    cv2.putText(page, "31 March 2025", (200, 330), cv2.FONT_HERSHEY_SIMPLEX, 2, 245, 4)
    cv2.putText(page, "16,634", (200, 700), cv2.FONT_HERSHEY_SIMPLEX, 2, 20, 4)  # on paper
    lifted = ocr.lift_bands(page)
    inside = lifted[235:365, 135:1465]  # (the shade is found by a 61-pixel median: its corners round)
    assert set(np.unique(inside)) <= {0, 255}
    white_print = page[235:365, 135:1465] > 200
    assert (inside[white_print] == 0).mean() > 0.9  # the white print is black now
    assert (inside[~white_print] == 255).mean() > 0.95  # and the shade paper
    assert lifted[399, 800] == 0 and lifted[300, 1499] == 0  # the band's edges are drawn
    assert np.array_equal(lifted[450:], page[450:])  # print on paper as it was


def test_year_under_a_month_is_a_date_not_an_amount():
    from extractors.tables.ruled import year_of_a_date

    # Souldern accounting statements 2025-26, the column head "31 March / 2025 / £"
    assert year_of_a_date("31 March", "2025")
    assert year_of_a_date("Year ending 31st Mar.", "2026")
    assert not year_of_a_date("Precept", "2025")  # an amount of £2,025 under its label
    assert not year_of_a_date("31 March", "2,025")
    assert not year_of_a_date("March", "16,634")


@given(st.text(max_size=20), st.text(max_size=8))
def test_year_of_a_date_needs_a_year(previous, text):
    from extractors.tables.ruled import year_of_a_date

    if year_of_a_date(previous, text):
        assert text.isdigit() and len(text) == 4


def test_words_pdf_puts_words_and_rules_back_where_they_were(tmp_path):
    words = [("Balances", 63.24, 182.34, 98.03, 189.06), ("16,634", 203.52, 193.4, 237.36, 203.48),
             ("£1,445.50", 300.0, 400.0, 350.0, 410.0)]
    rules = [(47.0, 180.0, 542.0, 181.0), (163.5, 180.0, 164.5, 600.0)]
    path = tmp_path / "redrawn.pdf"
    path.write_bytes(ocr.words_pdf([(611.0, 841.0, words, rules)]))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        got = page.extract_words(x_tolerance=1)
        assert [w["text"] for w in got] == ["Balances", "16,634", "£1,445.50"]
        for (_, x0, top, x1, bottom), w in zip(words, got, strict=True):
            assert np.allclose([w["x0"], w["top"], w["x1"], w["bottom"]], [x0, top, x1, bottom],
                               atol=0.6)
        assert sorted((round(ln["x0"]), round(ln["top"])) for ln in page.lines) == [(47, 180), (164, 180)]


# --- scans: the Document, provenance, tables --------------------------------------------------


def _records(result) -> dict[tuple, list]:
    """The records of a result by what they say (not where they are), in page order."""
    keyed: dict[tuple, list] = {}
    for key, record in ([(("date", d.start, d.end, d.grain), d) for d in result.dates]
                        + [(("amount", a.value), a) for a in result.amounts]
                        + [(("resolution", r.ref, r.kind), r) for r in result.resolutions]
                        + [(("appointment", a.person, a.post), a) for a in result.appointments]):
        keyed.setdefault(key, []).append(record)
    return keyed


def test_image_only_scan_of_a_text_page_gives_its_records_and_boxes(tmp_path, auto):
    original = pipeline.extract(page_pdf(MILBURN_MINUTES, [1], tmp_path / "page1.pdf"), ocr="off")
    scan_path = image_only_pdf(MILBURN_MINUTES, [1], tmp_path / "page1-scanned.pdf")
    with pdfplumber.open(scan_path) as pdf:
        assert not pdf.pages[0].chars  # a scan: no text layer
    scanned = pipeline.extract(scan_path, ocr=auto)
    doc = pipeline.ingest(scan_path, ocr=auto)
    assert [(p.text_source, p.has_text) for p in doc.pages] == [("ocr", True)]
    assert doc.pages[0].ocr_confidence > 85
    assert all(w.confidence is not None for w in doc.words)
    want, got = _records(original), _records(scanned)
    assert sum(map(len, want.values())) == 9  # 5 dates, 2 resolutions, 2 appointments
    pairs = [(a, b) for k in want for a, b in zip(want[k], got.get(k, []), strict=False)]
    assert len(pairs) >= 0.95 * 9, sorted(set(want) - set(got), key=str)
    for a, b in pairs:
        assert a.provenance.page == b.provenance.page
        assert np.allclose(a.provenance.bbox, b.provenance.bbox, atol=3.0), (a, b)


def test_doubtful_figures_of_a_table_row_are_read_again_alone(tmp_path, auto):
    # Kent cabinet report 4 March 2025, pages 2-3 rendered at 300 dpi as an image-only PDF. Read
    # with its whole line, the row "Business rate collection fund 0.0 313.3 313.3" (£000 table,
    # cells far apart) comes out "0.0 ol asd 213.0" (confidences 96, 30, 27, 37); each doubtful
    # run read again alone gives 313.3 twice, as printed.
    scan = image_only_pdf(KENT_REPORT, [2, 3], tmp_path / "kent-report-p2-3-scanned.pdf")
    result = pipeline.extract(scan, ocr=auto)
    row = next(r for t in result.tables for r in t.rows if r.label == "Business rate collection fund")
    assert row.raw == ["0.0", "313.3", "313.3"]
    assert [str(v) for v in row.values] == ["0.0", "313300.0", "313300.0"]
    assert row.provenance.page == 2  # page 3 of the report: 2 of the scan
    # page 2: "1.89%" beside a cell border read as "|" is the cell's figure again, and
    # "published on 5ᵗʰ February 2025" (its ordinal read "5‘") is a date again
    percent = next(r for t in result.tables for r in t.rows if r.label == "% increase from 2024-25")
    assert percent.raw == ["1.87%", "1.89%", None]
    assert ("5th February 2025", "2025-02-05", 1) in [(d.text, str(d.start), d.provenance.page)
                                                      for d in result.dates]


def test_nil_dashes_alone_in_their_cells_are_read(tmp_path, auto):
    # Sutton Coldfield statement of accounts 2016-17 (a scan), page 6: the reconciliation to
    # the annual return prints a nil as "-" in 31 cells; Tesseract's page reading gives none of
    # them. Found by their shape, all 31 are words, each where it is printed, as high as the
    # words of its row (a text layer's "-" is a glyph's height, not the bar's).
    page = page_pdf(SUTTON_ACCOUNTS, [6], tmp_path / "sutton-p6.pdf")
    result = pipeline.extract(page, ocr=auto)
    doc = pipeline.ingest(page, ocr=auto)  # the OCR from the test's cache now
    dashes = sorted((w for w in doc.words if doc.text[w.char_start:w.char_end] == "-"),
                    key=lambda w: (round(w.bbox[1]), w.bbox[0]))
    assert len(dashes) == 31
    assert [w.confidence for w in dashes].count(ocr.DASH_CONFIDENCE) == 30  # one Tesseract read
    # "Economic Development  -  -  -  3,000  3,000": Precept, Other Income and Total are nil
    assert np.allclose([w.bbox for w in dashes[:3]], [
        (224.6, 264.1, 227.2, 272.1), (274.5, 264.1, 277.1, 272.1), (325.8, 264.1, 328.2, 272.1)],
        atol=1.0)
    row = next(r for t in result.tables for r in t.rows if r.label == "Economic Development")
    assert row.raw[:4] == ["-", "-", "-", "3,000"]
    assert [str(v) for v in row.values[:3]] == ["0", "0", "0"]


def test_print_the_page_reading_leaves_out_is_read(tmp_path, auto):
    # Sutton Coldfield statement of accounts 2016-17 (a scan), page 11, note F "Annual Return":
    # Tesseract's page reading gives the box's labels and comments but not its column of
    # figures. The ink no word covers is read on the second reading's sheet.
    page = page_pdf(SUTTON_ACCOUNTS, [11], tmp_path / "sutton-p11.pdf")
    doc = pipeline.ingest(page, ocr=auto)
    words = {doc.text[w.char_start:w.char_end]: w for w in doc.words}
    figures = ["1", "12,256", "2,530", "3,607", "18,394"]
    assert all(f in words for f in figures)
    for figure, top in zip(figures, [350, 364, 378, 392, 406], strict=True):
        # (a text layer's box, as OCR words get: its line's baseline less 0.793 em, a point or
        # two above the figures' ink)
        assert 250 <= words[figure].bbox[0] <= 266 and abs(words[figure].bbox[1] - top) <= 3, figure
        assert words[figure].confidence >= ocr.LOW_CONFIDENCE
    # in reading order, each figure follows its label on the line
    assert "IT Office Computer Equipment 12,256" in " ".join(doc.text.split())


def test_a_figure_left_unread_is_read_whole(tmp_path, auto):
    # Sutton Coldfield accounts page 8 (the annual return's lines): Tesseract's page reading
    # leaves out "72,828"; the ink left unread came as "72" and "828" (the comma too low to
    # count as print), each read alone to nothing. Joined, the run reads whole.
    assert ocr._join_runs([(1770, 1059, 1834, 1093), (1833, 1060, 1924, 1094), (2400, 1060, 2450, 1094),
                           (1800, 1200, 1850, 1234)], 36.0) == [
        (1770, 1059, 1924, 1094), (2400, 1060, 2450, 1094), (1800, 1200, 1850, 1234)]
    doc = pipeline.ingest(page_pdf(SUTTON_ACCOUNTS, [8], tmp_path / "sutton-p8.pdf"), ocr=auto)
    assert "4 Staff Costs 72,828" in [" ".join(ln.split()) for ln in doc.text.splitlines()]


def _cells_matching(tables, expected: dict) -> tuple[int, int]:
    """(cells of the transcription found, cells in it): a cell is found when the table row
    labelled with the line's words (its number aside: OCR reads "5." as "§.") holds the figure
    in the column of its year."""
    import difflib

    rows = [r for t in tables for r in t.rows if r.label]
    found = total = 0
    for _line, item, *values in expected["rows"]:
        def likeness(r, item=item):
            words = r.label.split(maxsplit=1)
            return difflib.SequenceMatcher(None, words[-1].lower(), item.lower()).ratio()
        row = max(rows, key=likeness, default=None)
        if row is not None and likeness(row) < 0.8:
            row = None
        for column, value in enumerate(values):
            total += 1
            if row is not None and column < len(row.values) and row.values[column] == Decimal(value):
                found += 1
    return found, total


def test_souldern_scanned_accounting_statements_cells(auto):
    from extractors.tables import extract as tables

    expected = json.loads(SOULDERN_EXPECTED.read_text())
    doc = pipeline.ingest(SOULDERN, ocr=auto)
    assert [w.code for w in doc.warnings] == ["pdfium_fallback"]
    assert [(p.text_source, p.has_text) for p in doc.pages] == [("ocr", True)]
    # The form's column heads are white on a grey band: lifted to black on white, they read
    # as printed, each in its own cell (and "31 March" over "2025" is a date, not an amount).
    heads = [c.text for c in doc.tables[0].rows[1][1:3]]
    assert heads == ["31 March\n2025\n£", "31 March\n2026\n£"]
    found_tables = tables(doc, None, money_only=False)
    found, total = _cells_matching(found_tables, expected)
    assert total == 20
    assert found == 20
    # and the paper's financial tables (what `extract` gives): lines 8-10, cut off from lines
    # 1-7 by a boxed note and printing no "£" of their own, continue the money table's columns
    assert _cells_matching(tables(doc, None), expected) == (20, 20)
    assert found_tables[0].rows[0].label == "1. Balances brought forward"
    line7 = next(r for t in found_tables for r in t.rows if r.label and r.label.startswith("7."))
    assert line7.label == "7. (=) Balances carried forward"
    assert line7.provenance.page == 1
    # its 2026 figure where the scan prints it (measured on the page image at 300 dpi)
    assert doc.text[slice(*line7.spans[1])] == "16,450"
    assert np.allclose(doc.bbox_of(*line7.spans[1]), (278.0, 406.0, 312.0, 416.5), atol=3.0)

    def low_confidence(d):
        return {(r.label, f.column, f.raw) for t in tables(d, None, money_only=False)
                for r in t.rows for f in r.flags if f.code == "ocr_low_confidence"}

    cell = ("7. (=) Balances carried forward", 1, "16,450")
    assert cell not in low_confidence(doc)
    doubtful = doc.model_copy(update={"words": [
        w.model_copy(update={"confidence": 41.0}) if doc.text[w.char_start:w.char_end] == "16,450"
        else w for w in doc.words]})
    assert cell in low_confidence(doubtful)
    # a figure read below FIGURE_CONFIDENCE is not given: a wrong number is worse than none
    def line7_of(d):
        return next(r for t in tables(d, None, money_only=False) for r in t.rows
                    if r.label and r.label.startswith("7."))

    assert [str(v) for v in line7_of(doc).values] == ["16053", "16450"]
    assert line7_of(doubtful).values[1] is None and line7_of(doubtful).raw[1] == "16,450"
    assert str(line7_of(doubtful).values[0]) == "16053"


def test_ocr_is_cached_by_page_image(tmp_path, monkeypatch):
    settings_ = OcrSettings(mode="auto", cache=tmp_path / "cache")
    scan = image_only_pdf(MILBURN_MINUTES, [3], tmp_path / "page3-scanned.pdf")
    first = pipeline.ingest(scan, ocr=settings_)
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1

    def no_tesseract(*_args):
        raise AssertionError("OCRed again: the cache was not used")

    monkeypatch.setattr(ocr, "_ocr_image", no_tesseract)
    again = pipeline.ingest(scan, ocr=settings_)
    assert again.text == first.text and again.words == first.words
    # The same page in another file is the same image: no OCR either.
    copy = image_only_pdf(MILBURN_MINUTES, [3], tmp_path / "copy.pdf")
    assert pipeline.ingest(copy, ocr=settings_).text == first.text


def test_text_pages_are_not_ocred_in_auto_mode(tmp_path, monkeypatch, auto):
    monkeypatch.setattr(ocr, "_ocr_image", lambda *a: pytest.fail("a text page was OCRed"))
    doc = pipeline.ingest(MILBURN_MINUTES, ocr=auto)
    assert {p.text_source for p in doc.pages} == {"text_layer"}
    assert all(p.ocr_confidence is None for p in doc.pages)


# --- without OCR: the fallback, off, Tesseract missing ----------------------------------------


def test_pdfplumber_sees_no_pages_pdfium_six(monkeypatch):
    result = pipeline.extract(MILBURN_SCAN, ocr="off")
    assert result.source.pages == 6
    assert [w.code for w in result.warnings] == ["pdfium_fallback"] + ["no_text_layer"] * 6
    assert "pdfplumber (pdfminer) reads no pages in this file, pdfium reads 6" in (
        result.warnings[0].message)


def test_scrambled_cross_reference_table_falls_back_to_pdfium(tmp_path):
    from tests.conftest import pdf_bytes

    data = pdf_bytes([[(50, 50, "Minutes of the meeting held on 6th March 2018")],
                      [(50, 50, "RESOLVED: to approve the budget of £5,000")]])
    head, xref = data.split(b"xref\n", 1)
    import re

    # every object offset seven bytes out: pdfminer finds no pages, pdfium repairs the table
    xref = re.sub(rb"(\d{10}) 00000 n", lambda m: b"%010d 00000 n" % (int(m[1]) + 7), xref)
    path = tmp_path / "scrambled.pdf"
    path.write_bytes(head + b"xref\n" + xref)
    result = pipeline.extract(path, ocr="off")
    assert result.source.pages == 2
    assert [w.code for w in result.warnings] == ["pdfium_fallback"]
    assert [(d.text, str(d.start), d.provenance.page) for d in result.dates] == [
        ("6th March 2018", "2018-03-06", 1)]
    assert [str(a.value) for a in result.amounts] == ["5000"]
    assert result.amounts[0].provenance.page == 2 and result.amounts[0].provenance.bbox is not None


def test_missing_tesseract_warns_per_scanned_page_and_carries_on(monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_cmd", "tesseract-not-installed-here")
    result = pipeline.extract(MILBURN_SCAN, ocr="auto")
    unavailable = [w for w in result.warnings if w.code == "ocr_unavailable"]
    assert [w.page for w in unavailable] == [1, 2, 3, 4, 5, 6]
    assert "Tesseract is not installed (install it with:" in unavailable[0].message
    assert "apt-get install -y tesseract-ocr tesseract-ocr-eng" in unavailable[0].message


def _fake_tesseract(folder, page_command: str) -> str:
    """A `tesseract` that answers the version and language checks as Tesseract 5 does and runs
    `page_command` when given a page."""
    script = folder / "tesseract"
    script.write_text("#!/bin/sh\ncase \"$1\" in\n"
                      "  --version) echo 'tesseract 5.3.0' ;;\n"
                      "  --list-langs) echo 'List of available languages (1):'; echo eng ;;\n"
                      f"  *) {page_command} ;;\nesac\n")
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize(("page_command", "cause"), [
    ("echo 'Error in pixReadStream: Unknown format: no pix returned' >&2; exit 1",
     "Tesseract failed (exit status 1: Error in pixReadStream: Unknown format: no pix returned)"),
    ("exec sleep 20", "Tesseract timed out (over 0.5 s on the page; stopped)"),
    (None, "Tesseract is not installed (install it with:"),
])
def test_tesseract_failing_on_a_page_names_the_cause_file_and_page(tmp_path, monkeypatch, auto,
                                                                  page_command, cause):
    # A scan of the Milburn minutes' first page; Tesseract fails, hangs, or has gone since the
    # check: a warning naming the file, the page and the cause, not "a damaged PDF".
    scan = image_only_pdf(MILBURN_MINUTES, [1], tmp_path / "page1-scanned.pdf")
    if page_command is None:
        monkeypatch.setattr(ocr, "missing_tool", lambda: None)
        monkeypatch.setattr(ocr, "tesseract_cmd", str(tmp_path / "gone" / "tesseract"))
    else:
        monkeypatch.setattr(ocr, "tesseract_cmd", _fake_tesseract(tmp_path, page_command))
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0.5)
    result = pipeline.extract(scan, ocr=auto)
    failed = [w for w in result.warnings if w.code == "ocr_failed"]
    assert [w.page for w in failed] == [1]
    assert failed[0].message.startswith(f"{scan}: page 1 could not be OCRed: {cause}")
    assert failed[0].message.endswith("its text was not read")
    from pipeline.store import status_of

    assert status_of(result) == "partial"
    assert not list((tmp_path / "ocr-cache").rglob("*.json"))  # a failure is not cached


def test_ocr_mode_is_checked():
    with pytest.raises(ValueError, match="auto, force, off"):
        pipeline.ingest(MILBURN_SCAN, ocr="sometimes")


def test_cli_ocr_option(tmp_path):
    run = [sys.executable, "-m", "pipeline"]
    proc = subprocess.run([*run, "extract", str(NIPISSING_SCAN), "--ocr", "off"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert {w["code"] for w in json.loads(proc.stdout)["warnings"]} == {"no_text_layer"}
    proc = subprocess.run([*run, "extract", str(NIPISSING_SCAN), "--ocr", "maybe"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "--ocr: OCR mode must be one of auto, force, off" in proc.stderr
    proc = subprocess.run([*run, "batch", str(NIPISSING_SCAN), "--out", str(tmp_path / "o"),
                           "--ocr", "maybe"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "--ocr" in proc.stderr


def test_batch_reads_a_stored_scan_again_when_ocr_changes(tmp_path):
    from pipeline.batch import run_batch

    folder = tmp_path / "in"
    folder.mkdir()
    image_only_pdf(MILBURN_MINUTES, [1], folder / "page1-scanned.pdf")
    out, cache = tmp_path / "out", tmp_path / "ocr-cache"

    def run(mode):
        summary = run_batch([str(folder)], out, workers=1, ocr=mode, ocr_cache=cache)
        return [p.status for p in summary.papers]

    assert run("off") == ["partial"]  # a page without text: a warning
    assert run("off") == ["cached"]
    assert run("auto") == ["ok"]  # stored without its words: read again, now OCRed
    assert run("auto") == ["cached"]
    import sqlite3

    with sqlite3.connect(out / "agendapack.sqlite") as db:
        versions = sorted(v for (v,) in db.execute("SELECT pipeline_version FROM files"))
    assert [v.rsplit("+", 1)[1].split("-")[:2] for v in versions] == [["ocr", "auto"]]
