"""Words with boxes from pypdfium2's characters: the fast text path of PDF ingest.

pdfminer (under pdfplumber) builds a Python object for every character, line and curve of a page:
on ordinary papers that is most of the time of the whole pipeline. pdfium reads the same content
stream in C; here each character's code point, box and size are read from it, and the words are
put together exactly as pdfplumber's `extract_words(x_tolerance=2, y_tolerance=2,
extra_attrs=["size"])` does
(the rules of `pdfplumber.utils.text.WordExtractor`), so that the Document can be the same
whichever path read it. `tests/test_pdfium_text.py` compares the two on every sample page: they
agree (same words, boxes within a point) on 518 of 531; where they do not, see its
`AGREEING_PAGES`. The ruling lines of ruled tables come from pdfium's path objects too
(`page_edges`: the same ruled tables as pdfplumber's on every sample page), so on this path
pdfminer reads no page but a rotated one (and camelot's stream pages). This is the default path
(`pdf.TEXT_LAYER`; `AGENDAPACK_TEXT_LAYER=pdfplumber` chooses pdfplumber's words): the eval
figures of every split are the same on both.

The boxes are pdfminer's: x from the glyph's origin to the end of its advance (pdfium's "loose"
box, unless the glyph reaches past its advance: then the font's width), bottom at the baseline
plus the font's descent (for a font named like a standard font, pdfminer's own metrics, as
pdfminer does), top one font size above the bottom (pdfminer's box is one em high).
Coordinates are pdfplumber's: points from the top-left of the page (`plumber_frame`).

Pdfium adds characters of its own (a space between words it judges apart, a line break at the end
of a line: `FPDFText_IsGenerated`); pdfminer has no such characters, so they are dropped. Pdfium
also leaves out a text object that draws nothing (a space on its own); pdfminer keeps it, and in
pdfplumber such a space ends a word, so it is put back from the page's objects.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as raw

X_TOLERANCE = 2.0
"""pdfplumber's `x_tolerance` as `read_pdf` used it: a gap wider than this starts a new word"""
Y_TOLERANCE = 2.0
"""pdfplumber's `y_tolerance`: characters whose tops are this close are on one line"""
SIZE_DIGITS = 6
"""sizes are compared to this many decimals: pdfium computes in single precision, pdfminer in
double, and a run of characters of one size must stay one run"""

ZERO_WIDTH = 0.01
"""pdfium's `kSizeEpsilon`: it skips a text object narrower than this (a space draws nothing)"""

_NO_CHARACTER = frozenset((0, 10, 13))
"""code points of no character of the page: none (0), and the line breaks pdfium puts in"""

_PDFIUM_CODES = {"\x02": "-"}
"""code points pdfium puts in place of what the page prints: 2 for a hyphen ending a line"""

LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
"""pdfplumber's `expand_ligatures` table"""


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    upright: bool


def plumber_frame(page: pdfium.PdfPage) -> tuple[float, float]:
    """(left, top) such that a point (x, y) of the page is (x - left, top - y) in pdfplumber's
    frame. pdfminer moves the MediaBox's corner to the origin and pdfplumber adds its x back but
    measures y down from the box's height (pdfplumber #1181): x stays the PDF's own, y is
    height - y. The same for a box at the origin, not for one elsewhere (a Kent appendix's
    starts at (-11.5, 11.5))."""
    _, bottom, _, top = page.get_mediabox()
    return 0.0, top - bottom


def page_chars(page: pdfium.PdfPage, simple_fonts: frozenset[str] | None = None) -> list[Char]:
    """The page's characters in content-stream order, in pdfplumber's frame, without the
    characters pdfium made up, and without the second copy of text drawn twice in one place.

    `simple_fonts`: the BaseFont names of the page's simple (Type1, TrueType) fonts, where
    pdfminer takes a standard font's metrics by name (`simple_font_names`); None: every font
    named like a standard font is taken to be one."""
    textpage = page.get_textpage()
    try:
        return drop_overprints(_chars(textpage.raw, page, simple_fonts))
    finally:
        textpage.close()


OVERPRINT_TOLERANCE = 1.0
"""points: a character drawn again within this of a copy of itself (same text and size) is the
same character printed twice, as a word processor draws bold or shadowed text (or a heading put
on the page twice); pdfplumber's `dedupe_chars` uses the same tolerance."""


_NEIGHBOUR_CELLS = tuple((dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def _overprint_candidates(chars: list[Char]) -> list[int] | None:
    """The indices, in stream order, of the characters that have a like character (same text,
    same size to a decimal, not a space) in a neighbouring cell of OVERPRINT_TOLERANCE: only
    these can be repeats (the relation is symmetric, so a repeat's copy is among them too). Found
    by sorting the cells' codes (numpy), so `drop_overprints` compares only these, not every
    character with its nine cells. None: work it out for every character (coordinates too far
    apart for one code)."""
    if len(chars) < 2:
        return []
    texts: dict[str, int] = {}
    text_id = [texts.setdefault(ch.text, len(texts)) for ch in chars]
    raw_sizes = [ch.size for ch in chars]
    size_of = {size: round(size, 1) for size in set(raw_sizes)}
    size_ids = {size: k for k, size in enumerate(set(size_of.values()))}
    size_id = {size: size_ids[rounded] for size, rounded in size_of.items()}
    spaces = np.array([t.isspace() for t in texts])
    ids = np.array(text_id, dtype=np.int64)
    where = np.flatnonzero(~spaces[ids])
    n = len(where)
    if n < 2:
        return []
    group = (ids * len(size_ids) + np.array([size_id[s] for s in raw_sizes], dtype=np.int64))[where]
    xs = np.array([ch.x0 for ch in chars], dtype=np.float64)[where]
    tops = np.array([ch.top for ch in chars], dtype=np.float64)[where]
    if not (np.isfinite(xs).all() and np.isfinite(tops).all()):
        return None
    cx = np.floor_divide(xs, OVERPRINT_TOLERANCE).astype(np.int64)
    cy = np.floor_divide(tops, OVERPRINT_TOLERANCE).astype(np.int64)
    cx -= cx.min() - 1  # from 1: a neighbour's cell (cx - 1) stays in the same group's range
    cy -= cy.min() - 1
    wide, high = int(cx.max()) + 2, int(cy.max()) + 2
    if (int(group.max()) + 1) * wide * high >= 2 ** 62:
        return None
    codes = (group * wide + cx) * high + cy
    order = np.argsort(codes, kind="stable")
    ordered = codes[order]
    near = np.zeros(n, dtype=bool)  # in `ordered`'s order
    same = ordered[1:] == ordered[:-1]  # two in one cell
    near[1:] |= same
    near[:-1] |= same
    last = n - 1
    for dx, dy in _NEIGHBOUR_CELLS:
        if dx == dy == 0:
            continue
        wanted = ordered + (dx * high + dy)
        at = np.minimum(np.searchsorted(ordered, wanted), last)
        near |= ordered[at] == wanted
    return np.sort(where[order[near]]).tolist()


def drop_overprints(chars: list[Char]) -> list[Char]:
    """The characters without repeats: a character with the same text and size as one before it,
    within OVERPRINT_TOLERANCE of it, is dropped (bold drawn by printing a line twice would
    otherwise read "CCHHUURRCCHH", or "CHURCH CHURCH"), where the characters next to it in the
    content stream are repeats too: one letter landing on a like letter of another string (a
    footer printed over another, "VILLA" on "DAGLEW") is not a repeat."""
    seen: dict[tuple, list[Char]] = {}
    near = seen.get
    candidates = _overprint_candidates(chars)
    twin = [False] * len(chars)
    for k in range(len(chars)) if candidates is None else candidates:
        ch = chars[k]
        if ch.text.isspace():
            continue
        text, size = ch.text, round(ch.size, 1)
        cx, cy = int(ch.x0 // OVERPRINT_TOLERANCE), int(ch.top // OVERPRINT_TOLERANCE)
        hit = False
        for dx, dy in _NEIGHBOUR_CELLS:
            others = near((text, size, cx + dx, cy + dy))
            if others is not None and any(
                    abs(other.x0 - ch.x0) <= OVERPRINT_TOLERANCE
                    and abs(other.top - ch.top) <= OVERPRINT_TOLERANCE and other.upright == ch.upright
                    for other in others):
                hit = True
                break
        twin[k] = hit
        seen.setdefault((text, size, cx, cy), []).append(ch)
    if not any(twin):
        return chars
    letters = [i for i, ch in enumerate(chars) if not ch.text.isspace()]
    drop = set()
    for k, i in enumerate(letters):
        if twin[i] and ((k > 0 and twin[letters[k - 1]]) or (k + 1 < len(letters) and twin[letters[k + 1]])):
            drop.add(i)
    return [ch for i, ch in enumerate(chars) if i not in drop]


def _chars(handle, page: pdfium.PdfPage, simple_fonts: frozenset[str] | None = None) -> list[Char]:
    n = raw.FPDFText_CountChars(handle)
    left, top_edge = plumber_frame(page)
    loose, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    tl, tr, tb, tt = (ctypes.c_double() for _ in range(4))
    out_f = ctypes.c_float()
    loose_ref, matrix_ref = ctypes.byref(loose), ctypes.byref(matrix)
    ox_ref, oy_ref = ctypes.byref(ox), ctypes.byref(oy)
    tight_refs = tuple(ctypes.byref(v) for v in (tl, tr, tb, tt))
    get_unicode, is_generated, get_loose, get_tight, get_origin, object_address = _per_character()
    get_matrix, get_size = raw.FPDFText_GetMatrix, raw.FPDFText_GetFontSize
    descents: dict[int | None, float] = {}  # text object -> its font's descent per unit of size
    order, spaces = _space_objects(handle, page, top_edge, left, descents, simple_fonts)
    pending = sorted(spaces)  # object indices of the spaces pdfium dropped, in stream order
    chars: list[Char] = []
    # A character's matrix and font size are its text object's: read once per object, and so
    # is what follows from them (upright or turned, the size, the object's place in the stream)
    last_key: int | None = None
    a = b = c = d = fs = size = 0.0
    upright = True
    at: int | None = None
    ratio: float | None = None
    append, Char_ = chars.append, Char
    for i in range(n):
        code = get_unicode(handle, i)
        if code in _NO_CHARACTER:
            continue
        text = chr(code)
        if text.isspace() and is_generated(handle, i):
            continue
        text = _PDFIUM_CODES.get(text, text)
        key = object_address(handle, i)
        if key is None or key != last_key:
            get_matrix(handle, i, matrix_ref)
            fs = get_size(handle, i)
            a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
            last_key = key
            upright = a * d > 0 and b * c <= 0
            size = round(fs * (abs(d) + abs(b)) if upright else fs * (abs(a) + abs(c)), SIZE_DIGITS)
            at = order.get(key)
            ratio = None
        get_loose(handle, i, loose_ref)
        if not upright:  # rotated text: pdfium's loose box, the em box turned
            append(Char_(text, loose.left - left, top_edge - loose.top,
                         loose.right - left, top_edge - loose.bottom, size, False))
            continue
        get_origin(handle, i, ox_ref, oy_ref)
        x1 = loose.right
        get_tight(handle, i, *tight_refs)
        if tr.value >= x1 - 1e-3 and tr.value > tl.value:
            # The glyph reaches past its advance (an italic "r"): the loose box is the glyph's.
            x1 = _advance_right(handle, i, ox.value, fs * a, out_f)
        while pending and at is not None and pending[0] < at:
            chars.extend(spaces[pending.pop(0)])
        if ratio is None:
            ratio = descents.get(key)
            if ratio is None:
                obj = raw.FPDFText_GetTextObject(handle, i) if key is not None else None
                ratio = _descent_ratio(obj, out_f, simple_fonts) if obj else 0.0
                descents[key] = ratio
        bottom = top_edge - (oy.value + ratio * size)
        append(Char_(text, ox.value - left, bottom - size, x1 - left, bottom, size, True))
    for k in pending:
        chars.extend(spaces[k])
    return chars


@functools.cache
def _per_character() -> tuple:
    """pdfium's functions `_chars` calls for every character (FPDFText_GetUnicode, _IsGenerated,
    _GetLooseCharBox, _GetCharBox, _GetCharOrigin, _GetTextObject), as function objects of their
    own (pypdfium2's are left as they are) without ctypes' argument types: each argument here is
    already what the function takes (the text page's pointer, an int index, `byref`s of the
    right ctypes), and converting them again cost more than the call (a char box: 1.1 us with,
    0.3 without). FPDFText_GetTextObject gives the object's address (an int, None for none)
    rather than a pointer: the address is what the objects are keyed by."""
    import pypdfium2_raw.bindings as bindings

    lib = bindings._libs["pdfium"]
    found = []
    for name, restype in (("FPDFText_GetUnicode", ctypes.c_uint), ("FPDFText_IsGenerated", ctypes.c_int),
                          ("FPDFText_GetLooseCharBox", ctypes.c_int), ("FPDFText_GetCharBox", ctypes.c_int),
                          ("FPDFText_GetCharOrigin", ctypes.c_int), ("FPDFText_GetTextObject", ctypes.c_void_p)):
        function = lib[name]  # a new function object (attribute access gives pypdfium2's, shared)
        function.restype = restype
        found.append(function)
    return tuple(found)


def _space_objects(handle, page: pdfium.PdfPage, top_edge: float, left: float,
                   descents: dict[int | None, float], simple_fonts: frozenset[str] | None = None
                   ) -> tuple[dict[int, int], dict[int, list[Char]]]:
    """The page's text objects by address -> their place in the content stream, and the
    characters of the objects that draw nothing (spaces). pdfium skips a text object with no width
    (a space draws nothing), pdfminer keeps it, and such a space splits words in pdfplumber."""
    order: dict[int, int] = {}
    spaces: dict[int, list[Char]] = {}
    matrix, size_out, width = raw.FS_MATRIX(), ctypes.c_float(), ctypes.c_float()
    bounds = [ctypes.c_float() for _ in range(4)]
    bounds_refs = [ctypes.byref(v) for v in bounds]
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_TEXT:
            continue
        key = ctypes.cast(obj, ctypes.c_void_p).value
        order[key] = k
        if raw.FPDFTextObj_GetText(obj, handle, None, 0) > 2:
            continue  # pdfium read its characters
        raw.FPDFPageObj_GetBounds(obj, *bounds_refs)
        if abs(bounds[2].value - bounds[0].value) >= ZERO_WIDTH:
            continue
        text = " "  # a text object that draws nothing: a space (the count is not told; one)
        raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
        raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(size_out))
        a, b, d = matrix.a, matrix.b, matrix.d
        if not (a * d > 0):
            continue
        size = round(size_out.value * (abs(d) + abs(b)), SIZE_DIGITS)
        if key not in descents:
            descents[key] = _descent_ratio(obj, size_out, simple_fonts)
        bottom = top_edge - (matrix.f + descents[key] * size)
        font = raw.FPDFTextObj_GetFont(obj)
        advance = 0.0
        if font and raw.FPDFFont_GetGlyphWidth(font, 32, ctypes.c_float(1000.0), ctypes.byref(width)):
            advance = width.value / 1000.0 * size_out.value * a
        x = matrix.e - left
        spaces[k] = [Char(ch, x + j * advance, bottom - size, x + (j + 1) * advance, bottom, size, True)
                     for j, ch in enumerate(text)]
    return order, spaces


def _descent_ratio(obj, out: ctypes.c_float, simple_fonts: frozenset[str] | None = None) -> float:
    """The font's descent (negative, below the baseline) per unit of font size. pdfminer takes
    the metrics of a simple font named like one of the standard fonts ("Helvetica", "Arial")
    from its own table, whatever the PDF says; so does this. A composite (Type0) font of such a
    name ("Symbol" for Word's bullets) keeps its own."""
    font = raw.FPDFTextObj_GetFont(obj)
    if not font:
        return 0.0
    name = _base_font_name(font)
    if name in _standard_metrics() and (simple_fonts is None or name in simple_fonts):
        return _standard_metrics()[name][0].get("Descent", 0.0) / 1000.0
    if not raw.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), ctypes.byref(out)):
        return 0.0
    return out.value / 1000.0


_FORM_RESOURCES_DEPTH = 8
"""forms inside forms are searched this deep for fonts (a malformed file may nest them without end)"""


def simple_font_names(resources) -> frozenset[str]:
    """The BaseFont names of the simple fonts (Type1, MMType1, TrueType) in a page's resources
    (pdfminer's, as `pdfplumber.Page.page_obj.resources` holds them) and its forms'. Reading the
    resource dictionaries builds no page content."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import literal_name

    names: set[str] = set()

    def walk(res, depth: int) -> None:
        res = resolve1(res)
        if not isinstance(res, dict) or depth > _FORM_RESOURCES_DEPTH:
            return
        fonts = resolve1(res.get("Font"))
        for spec in (fonts.values() if isinstance(fonts, dict) else ()):
            spec = resolve1(spec)
            if not isinstance(spec, dict):
                continue
            try:
                if literal_name(resolve1(spec.get("Subtype"))) in ("Type1", "MMType1", "TrueType"):
                    names.add(literal_name(resolve1(spec.get("BaseFont"))))
            except Exception:  # a malformed font dictionary: its name is not known
                continue
        xobjects = resolve1(res.get("XObject"))
        for x in (xobjects.values() if isinstance(xobjects, dict) else ()):
            try:
                attrs = getattr(resolve1(x), "attrs", None)
                if isinstance(attrs, dict) and literal_name(resolve1(attrs.get("Subtype"))) == "Form":
                    walk(attrs.get("Resources"), depth + 1)
            except Exception:  # a malformed form: its fonts are not known
                continue

    walk(resources, 0)
    return frozenset(names)


def _base_font_name(font) -> str:
    length = raw.FPDFFont_GetBaseFontName(font, None, 0)
    if length <= 0:
        return ""
    buffer = ctypes.create_string_buffer(length)
    raw.FPDFFont_GetBaseFontName(font, buffer, length)
    return buffer.value.decode("utf-8", "replace")


@functools.cache
def _standard_metrics() -> dict:
    from pdfminer.fontmetrics import FONT_METRICS

    return FONT_METRICS


def _advance_right(handle, i: int, origin_x: float, scale: float, out: ctypes.c_float) -> float:
    """The right end of character i's advance: its origin plus the font's width for it."""
    obj = raw.FPDFText_GetTextObject(handle, i)
    font = raw.FPDFTextObj_GetFont(obj) if obj else None
    code = raw.FPDFText_GetUnicode(handle, i)
    if font and raw.FPDFFont_GetGlyphWidth(font, code, ctypes.c_float(1000.0), ctypes.byref(out)):
        return origin_x + out.value / 1000.0 * scale
    loose = raw.FS_RECTF()
    raw.FPDFText_GetLooseCharBox(handle, i, ctypes.byref(loose))
    return loose.right


def _clusters(chars: list[Char], key, tolerance: float) -> list[list[Char]]:
    """pdfplumber's `cluster_objects`: sorted distinct key values chained while each is within
    `tolerance` of the one before; the groups in key order."""
    values = sorted({key(c) for c in chars})
    cluster_of: dict[float, int] = {}
    group, last = 0, None
    for v in values:
        if last is not None and v > last + tolerance:
            group += 1
        cluster_of[v] = group
        last = v
    ordered = sorted(chars, key=lambda c: cluster_of[key(c)])
    return [list(g) for _, g in itertools.groupby(ordered, key=lambda c: cluster_of[key(c)])]


def _words_of_line(chars: list[Char], upright: bool) -> list[list[Char]]:
    words: list[list[Char]] = []
    current: list[Char] = []
    for ch in chars:
        if ch.text.isspace():
            if current:
                words.append(current)
            current = []
            continue
        if current:
            prev = current[-1]
            if upright:
                new = (ch.x0 < prev.x0 or ch.x0 > prev.x1 + X_TOLERANCE
                       or abs(ch.top - prev.top) > Y_TOLERANCE)
            else:
                new = (ch.top < prev.top or ch.top > prev.bottom + Y_TOLERANCE
                       or abs(ch.x0 - prev.x0) > X_TOLERANCE)
            if new:
                words.append(current)
                current = [ch]
                continue
        current.append(ch)
    if current:
        words.append(current)
    return words


def page_words(chars: list[Char]) -> list[tuple[str, float, float, float, float, float]]:
    """(text, x0, top, x1, bottom, size) of each word, in pdfplumber's order: runs of characters
    of one orientation and size, each run's lines top to bottom, each line left to right."""
    out = []
    for (upright, _), run in itertools.groupby(chars, key=lambda c: (c.upright, c.size)):
        run = list(run)
        if upright:
            lines = _clusters(run, lambda c: c.top, Y_TOLERANCE)
            lines = [sorted(ln, key=lambda c: c.x0) for ln in lines]
        else:
            lines = _clusters(run, lambda c: c.x0, X_TOLERANCE)
            lines = [sorted(ln, key=lambda c: (c.top, c.bottom)) for ln in lines]
        for line in lines:
            for word in _words_of_line(line, upright):
                out.append(("".join(LIGATURES.get(c.text, c.text) for c in word),
                            min(c.x0 for c in word), min(c.top for c in word),
                            max(c.x1 for c in word), max(c.bottom for c in word), word[0].size))
    return out


# Drawn lines and boxes: the edges of pdfplumber's table finder, from pdfium's path objects.
#
# pdfminer turns each painted subpath into a line (two points), a rectangle (four corners, axis
# aligned, closed) or a curve (its points: the end point of each segment, the start again for a
# close), and pdfplumber makes edges of them: a line is one edge (horizontal if its two ends are
# at one height, else vertical), a rectangle four, a curve one per pair of successive points.
# pdfium holds the same subpaths (its path objects, inside forms too), so the same edges come
# from them without pdfminer building the page.

_FORM_DEPTH = 16
"""forms drawn inside forms are followed this deep (a malformed file may nest them without end)"""


def page_edges(page: pdfium.PdfPage) -> list[dict]:
    """The page's edges as pdfplumber's `Page.edges` gives them (x0, x1, top, bottom, width,
    height, orientation, object_type), in pdfplumber's frame."""
    left, top_edge = plumber_frame(page)
    edges: list[dict] = []
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    objects = [raw.FPDFPage_GetObject(page.raw, i) for i in range(raw.FPDFPage_CountObjects(page.raw))]
    _object_edges(objects, identity, left, top_edge, edges, 0)
    # pdfplumber lists the lines' edges, then the rectangles', then the curves'
    order = {"line": 0, "rect_edge": 1, "curve_edge": 2}
    return sorted(edges, key=lambda e: order[e["object_type"]])


def _compose(inner: tuple, outer: tuple) -> tuple:
    """The matrix applying `inner` first, then `outer` (PDF's row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _object_edges(objects, outer: tuple, left: float, top_edge: float, edges: list[dict],
                  depth: int) -> None:
    matrix = raw.FS_MATRIX()
    for obj in objects:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
            continue
        if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
            continue
        m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            if depth < _FORM_DEPTH:
                inner = [raw.FPDFFormObj_GetObject(obj, i) for i in range(raw.FPDFFormObj_CountObjects(obj))]
                _object_edges(inner, m, left, top_edge, edges, depth + 1)
            continue
        for shape, pts in _subpaths(obj, m):
            pts = [(x - left, top_edge - y) for x, y in pts]
            edges.extend(_shape_edges(shape, pts))


def _subpaths(obj, m: tuple) -> list[tuple[str, list[tuple[float, float]]]]:
    """The path's subpaths as pdfminer's `paint_path` sees them: operators ("m", "l", "c", "h")
    and one point per operator (a curve's end point; the subpath's start for "h"), on the page."""
    a, b, c, d, e, f = m
    x, y = ctypes.c_float(), ctypes.c_float()
    xr, yr = ctypes.byref(x), ctypes.byref(y)
    out: list[tuple[str, list[tuple[float, float]]]] = []
    shape, pts = "", []
    bezier = 0
    for i in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        if not seg or not raw.FPDFPathSegment_GetPoint(seg, xr, yr):
            continue
        kind = raw.FPDFPathSegment_GetType(seg)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        closes = bool(raw.FPDFPathSegment_GetClose(seg))
        if kind == raw.FPDF_SEGMENT_MOVETO:
            if len(shape) > 1:
                out.append((shape, pts))
            shape, pts, bezier = "m", [point], 0
            continue
        if not shape:
            continue
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # a control point: pdfminer keeps only where the curve ends
            shape += "c"
            pts.append(point)
            if closes:  # pdfium closes on the curve's end when it is back at the start
                shape += "h"
                pts.append(pts[0])
            continue
        bezier = 0
        # pdfium draws "h" as a line back to the start (or marks a line already there) closing
        # the subpath: pdfminer's "h" (it drops a line back to the start before an "h")
        shape += "h" if closes and point == pts[0] else "l"
        pts.append(point)
    if len(shape) > 1:
        out.append((shape, pts))
    return out


def _shape_edges(shape: str, pts: list[tuple[float, float]]) -> list[dict]:
    """pdfminer's line / rectangle / curve of a subpath, as pdfplumber's edges."""
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]
    if shape in ("mlh", "ml"):
        (x0, y0), (x1, y1) = pts[0], pts[1]
        top, bottom = min(y0, y1), max(y0, y1)
        return [_edge("line", min(x0, x1), max(x0, x1), top, bottom,
                      "h" if top == bottom else "v")]
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == last and square:
            xa, xb = min(x0, x2), max(x0, x2)
            ya, yb = min(y0, y2), max(y0, y2)
            return [_edge("rect_edge", xa, xb, ya, ya, "h"), _edge("rect_edge", xa, xb, yb, yb, "h"),
                    _edge("rect_edge", xa, xa, ya, yb, "v"), _edge("rect_edge", xb, xb, ya, yb, "v")]
    out = []
    for (xa, ya), (xb, yb) in zip(pts, pts[1:], strict=False):
        orientation = "v" if xa == xb else ("h" if ya == yb else None)
        out.append(_edge("curve_edge", min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb), orientation))
    return out


def _edge(kind: str, x0: float, x1: float, top: float, bottom: float, orientation: str | None) -> dict:
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}
