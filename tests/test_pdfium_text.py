"""The fast text path (pdfium's characters put into words as pdfplumber does) against pdfplumber,
on real sample pages."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from pipeline.ingest import ingest
from pipeline.ingest import pdfium_text as pt
from pipeline.ingest.pdf import read_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

AGREEING_PAGES = 444
"""Sample pages (of 480; 337 of the first 384) on which the two paths give the same words (text and boxes within a
point). Only raise it. Where they still differ: fonts whose descent or widths pdfium and pdfminer
take from different places (standard fonts named in the PDF with metrics of their own, symbol
fonts for bullets: boxes up to 2.4 points apart, and so lines ordered otherwise), text drawn twice
for bold (pdfium keeps one copy, pdfplumber both: "CHURCH CHURCH")."""


def plumber_words(page) -> list[tuple[str, float, float, float, float]]:
    raw = page.extract_words(x_tolerance=2, y_tolerance=2, keep_blank_chars=False,
                             use_text_flow=False, extra_attrs=["size"])
    return [(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in raw if w["text"].strip()]


def pdfium_words(page) -> list[tuple[str, float, float, float, float]]:
    return [w[:5] for w in pt.page_words(pt.page_chars(page)) if w[0].strip()]


def same_words(a, b, tolerance: float = 1.0) -> bool:
    """The same words with boxes within `tolerance` points, whatever order each path lists them."""
    def key(w):
        return (round(w[2]), round(w[1]), w[0])
    a, b = sorted(a, key=key), sorted(b, key=key)
    return len(a) == len(b) and all(
        x[0] == y[0] and max(abs(p - q) for p, q in zip(x[1:], y[1:], strict=True)) <= tolerance
        for x, y in zip(a, b, strict=True))


def test_every_sample_page_read_alike():
    agree = total = 0
    for path in sorted(SAMPLES.glob("*.pdf")):
        fast = pdfium.PdfDocument(str(path))
        with pdfplumber.open(str(path)) as pdf:
            for i, page in enumerate(pdf.pages):
                total += 1
                agree += same_words(plumber_words(page), pdfium_words(fast[i]))
        fast.close()
    assert total == 480  # the sample PDFs' pages: a new sample changes both figures
    assert agree >= AGREEING_PAGES


def test_words_and_boxes_of_a_page():
    path = SAMPLES / "merton-audit-committee-agenda-pack-2009-10-22.pdf"
    fast = pdfium.PdfDocument(str(path))
    with pdfplumber.open(str(path)) as pdf:
        pages = [(plumber_words(pdf.pages[i]), pdfium_words(fast[i])) for i in (0, 1)]
    assert all(same_words(a, b, tolerance=0.01) for a, b in pages)
    # A descender ("g") reaches below the font's descent; the word's box stays pdfminer's.
    angela = next(w for w in pages[0][1] if w[0] == "Angela")
    assert angela[1:] == pytest.approx((89.88, 190.932, 127.218, 202.932), abs=0.01)
    first = sorted(pages[1][1], key=lambda w: (round(w[2]), w[1]))[0]
    assert first[0] == "Audit" and first[1:] == pytest.approx((95.28, 74.3, 136.16, 90.32), abs=0.01)


@pytest.mark.parametrize(("paper", "page", "words"), [
    # The space before "Accounts" is a text object of its own, which pdfium does not keep.
    ("nipissing-agenda-2024-03-05.pdf", 1, ["10.", "Accounts"]),
    # A line-end hyphen pdfium reports as code 2.
    ("nipissing-minutes-2024-03-05.pdf", 1, ["Administrator-Clerk-"]),
])
def test_what_pdfium_leaves_out_is_put_back(paper, page, words):
    fast = pdfium.PdfDocument(str(SAMPLES / paper))
    texts = [w[0] for w in pdfium_words(fast[page - 1])]
    assert any(texts[i:i + len(words)] == words for i in range(len(texts)))


def test_the_document_is_the_same_from_either_path():
    path = SAMPLES / "kent-cc-cabinet-2025-03-04-cabinet-report-4-march-2025.pdf"
    source = ingest(path).source
    a = read_pdf(path, source, text_layer="pdfplumber")
    b = read_pdf(path, source, text_layer="pdfium")
    assert a.text.split() == b.text.split()
    assert len(a.words) == len(b.words) and [w.page for w in a.words] == [w.page for w in b.words]
    assert all(max(abs(p - q) for p, q in zip(u.bbox, v.bbox, strict=True)) <= 1.0
               for u, v in zip(a.words, b.words, strict=True))
    assert [ln.heading for ln in a.lines] == [ln.heading for ln in b.lines]
