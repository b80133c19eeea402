"""The fast text path (pdfium's characters put into words as pdfplumber does) against pdfplumber,
on real sample pages."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pdfplumber.utils import geometry as plumber_geometry

from pipeline.ingest import ingest
from pipeline.ingest import pdfium_text as pt
from pipeline.ingest.pdf import _ruled_grids, _ruled_grids_pdfium, read_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

AGREEING_PAGES = 967
"""Sample pages (of 990) on which the two paths give the same words (text and boxes within a
point). Only raise it. Where they still differ: fonts whose widths pdfium and pdfminer take from
different places (boxes up to 2.2 points apart), rotated characters (a "DRAFT" across the page:
pdfminer boxes the turned em square, pdfium does not turn it), a run of characters pdfminer
splits where its sizes differ in the last bits (7.920000000000002 against 7.919999999999998), and
text drawn twice in one place (pdfplumber keeps both copies: "CHURCH CHURCH"; here one)."""


def plumber_words(page) -> list[tuple[str, float, float, float, float]]:
    raw = page.extract_words(x_tolerance=2, y_tolerance=2, keep_blank_chars=False,
                             use_text_flow=False, extra_attrs=["size"])
    return [(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in raw if w["text"].strip()]


def pdfium_words(page, simple: frozenset[str] | None = None) -> list[tuple[str, float, float, float, float]]:
    return [w[:5] for w in pt.page_words(pt.page_chars(page, simple)) if w[0].strip()]


def same_words(a, b, tolerance: float = 1.0) -> bool:
    """The same words with boxes within `tolerance` points, whatever order each path lists them."""
    def key(w):
        return (round(w[2]), round(w[1]), w[0])
    a, b = sorted(a, key=key), sorted(b, key=key)
    return len(a) == len(b) and all(
        x[0] == y[0] and max(abs(p - q) for p, q in zip(x[1:], y[1:], strict=True)) <= tolerance
        for x, y in zip(a, b, strict=True))


@pytest.fixture(scope="module")
def sample_pages() -> list[tuple[str, int, list, list, list, list]]:
    """(paper, page, pdfplumber's words, pdfium's, pdfplumber's ruled grids, pdfium's) of every
    sample page: pdfminer builds each page once for both comparisons."""
    out = []
    for path in sorted(SAMPLES.glob("*.pdf")):
        fast = pdfium.PdfDocument(str(path))
        with pdfplumber.open(str(path)) as pdf:
            for i, page in enumerate(pdf.pages):
                out.append((path.name, i + 1, plumber_words(page),
                            pdfium_words(fast[i], pt.simple_font_names(page.page_obj.resources)),
                            _ruled_grids(page), _ruled_grids_pdfium(fast[i])))
                page.close()
        fast.close()
    return out


def test_every_sample_page_read_alike(sample_pages):
    assert len(sample_pages) == 990  # the sample PDFs' pages: a new sample changes both figures
    assert sum(same_words(a, b) for _, _, a, b, _, _ in sample_pages) >= AGREEING_PAGES


def same_grids(a, b, tolerance: float = 0.01) -> bool:
    """The same ruled tables: rows of the same cells, boxes within `tolerance` points."""
    def cells(grids):
        return [[[c for c in row] for row in grid] for grid in grids]
    a, b = cells(a), cells(b)
    return [[len(r) for r in g] for g in a] == [[len(r) for r in g] for g in b] and all(
        (x is None) == (y is None) and (x is None or max(abs(p - q) for p, q in zip(x, y, strict=True)) <= tolerance)
        for ga, gb in zip(a, b, strict=True) for ra, rb in zip(ga, gb, strict=True)
        for x, y in zip(ra, rb, strict=True))


def test_every_sample_page_ruled_alike(sample_pages):
    """The ruled tables found from pdfium's path objects are pdfplumber's, on every sample page
    (245 of them draw one)."""
    assert [(paper, n) for paper, n, _, _, a, b in sample_pages if not same_grids(a, b)] == []
    assert sum(1 for *_, a, b in sample_pages if a) == RULED_PAGES


RULED_PAGES = 245
"""sample pages on which pdfplumber finds a ruled table (so the comparison above compares tables)"""


def test_ruled_grid_of_a_page_whose_mediabox_is_not_at_the_origin():
    """Kent's appendix C: MediaBox (-11.5, 11.5, 830.3, 606.7). pdfplumber keeps x as the PDF's
    and measures y down from the box's height; the words and the rules from pdfium do the same."""
    path = SAMPLES / "kent-cc-county-council-2025-02-13-appendix-c-potential-capital-projects.pdf"
    fast = pdfium.PdfDocument(str(path))
    grids = _ruled_grids_pdfium(fast[0])
    assert [len(g) for g in grids] == [24] and grids[0][0][0] == pytest.approx(
        (40.146, 62.280, 96.644, 79.807), abs=0.01)
    words = pdfium_words(fast[0])
    with pdfplumber.open(str(path)) as pdf:
        assert len(plumber_words(pdf.pages[0])) == len(words) == 408
    heading = next(w for w in words if w[0] == "APPENDIX")
    assert heading[1:] == pytest.approx((82.564, 45.774, 127.040, 54.534), abs=0.01)


def test_a_rotated_page_is_read_by_pdfplumber_on_the_fast_path():
    """pdfminer turns the content of a page with /Rotate; pdfium's boxes are the unturned page's,
    so such a page is read the pdfplumber way on either path."""
    path = SAMPLES / "souldern-pc-accounts-with-budget-2016-17.pdf"
    source = ingest(path).source
    a = read_pdf(path, source, text_layer="pdfplumber")
    b = read_pdf(path, source, text_layer="pdfium")
    assert a.text == b.text and [w.bbox for w in a.words] == [w.bbox for w in b.words]
    assert a.tables == b.tables


@given(st.lists(st.tuples(st.sampled_from([0.0, 10.0, 10.5, 72.25, 300.0]),
                          st.sampled_from([0.0, 5.0, 40.5, 700.0])), min_size=2, max_size=6),
       st.booleans())
def test_shape_edges_are_pdfplumbers(points, closed):
    """A subpath's edges are those pdfplumber makes of pdfminer's line, rectangle or curve."""
    shape = "m" + "l" * (len(points) - 1) + ("h" if closed else "")
    pts = points + ([points[0]] if closed else [])
    mine = pt._shape_edges(shape, pts)
    shape_, pts_ = shape, pts
    if len(shape_) > 3 and shape_[-2:] == "lh" and pts_[-2] == pts_[0]:
        shape_, pts_ = shape_[:-2] + "h", pts_[:-2] + pts_[-1:]
    xs, ys = [p[0] for p in pts_], [p[1] for p in pts_]
    box = {"x0": min(xs), "x1": max(xs), "top": min(ys), "bottom": max(ys), "doctop": min(ys),
           "width": max(xs) - min(xs), "height": max(ys) - min(ys), "y0": 0, "y1": 0}
    (x0, y0), *_ = pts_
    if shape_ in ("ml", "mlh"):
        theirs = [plumber_geometry.line_to_edge({**box, "object_type": "line"})]
    elif shape_ in ("mlllh", "mllll") and pts_[0] == pts_[4] and (
            (pts_[0][0] == pts_[1][0] and pts_[1][1] == pts_[2][1] and pts_[2][0] == pts_[3][0] and pts_[3][1] == pts_[0][1])
            or (pts_[0][1] == pts_[1][1] and pts_[1][0] == pts_[2][0] and pts_[2][1] == pts_[3][1] and pts_[3][0] == pts_[0][0])):
        theirs = plumber_geometry.rect_to_edges({**box, "object_type": "rect"})
    else:
        theirs = plumber_geometry.curve_to_edges({"pts": pts_, "doctop": 0, "top": 0})
    keys = ("x0", "x1", "top", "bottom", "width", "height", "orientation")
    assert sorted(tuple(e[k] for k in keys) for e in mine) == sorted(
        tuple(e[k] for k in keys) for e in theirs)


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


def test_a_line_printed_twice_is_read_once():
    """Hertingfordbury's agenda footer is printed twice in one place (bold by overprint):
    pdfplumber keeps both copies ("20", "20", "CHURCH", "CHURCH"); the fast path reads it once."""
    path = SAMPLES / "hertingfordbury-pc-agenda-20150610.pdf"
    fast = pdfium.PdfDocument(str(path))
    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[1]
        theirs = [w for w in plumber_words(page) if w[2] > 795]
        mine = [w for w in pdfium_words(fast[1], pt.simple_font_names(page.page_obj.resources)) if w[2] > 795]
    assert [w[0] for w in mine][:6] == ["20", "CHURCH", "END,", "BRAUGHING,", "HERTS,", "SG11"]
    assert len(theirs) == 2 * len(mine)
    twice = Counter(w[0] for w in mine)
    assert Counter(w[0] for w in theirs) == twice + twice


def test_a_composite_font_named_symbol_keeps_its_own_descent():
    """Word's bullets in a Type0 font called "Symbol": pdfminer takes the standard Symbol
    metrics only for a simple font of that name, so the bullet's box is the font's own descent
    below the baseline (3.23 points at 10.8)."""
    path = SAMPLES / "suffolk-libraries-board-minutes-2015-11-26.pdf"
    fast = pdfium.PdfDocument(str(path))
    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[1]
        simple = pt.simple_font_names(page.page_obj.resources)
        assert "Symbol" not in simple
        assert same_words(plumber_words(page), pdfium_words(fast[1], simple))


def _char(text: str, x: float, top: float = 100.0) -> pt.Char:
    return pt.Char(text, x, top, x + 5.0, top + 10.0, 10.0, True)


@given(st.text(alphabet="ABCDE ", min_size=1, max_size=12), st.floats(0, 0.9))
def test_text_drawn_twice_is_dropped_once(line, shift):
    """A line printed again over itself (shifted by under a point) reads as the line once."""
    first = [_char(c, 10.0 + 6 * i) for i, c in enumerate(line)]
    again = [_char(c, 10.0 + 6 * i + shift) for i, c in enumerate(line)]
    kept = pt.drop_overprints(first + again)
    letters = [c for c in line if not c.isspace()]
    if len(letters) >= 2:
        assert [c.text for c in kept if not c.text.isspace()] == letters
    assert pt.drop_overprints(first) == first


def test_one_letter_landing_on_a_like_letter_is_kept():
    """Two strings printed over each other share one letter at one place ("VILLA" on "DAGLEW",
    an L on an L): that L is not a repeat."""
    villa = [_char(c, 350.0 + 6 * i) for i, c in enumerate("VILLA")]
    daglew = [_char(c, 341.0 + 6.5 * i) for i, c in enumerate("DAGLEW")]
    daglew[3] = _char("L", villa[3].x0 - 0.4)
    assert pt.drop_overprints(villa + daglew) == villa + daglew
