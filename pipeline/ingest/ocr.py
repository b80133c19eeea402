"""OCR of the pages of a PDF that have no usable text layer: Tesseract's words, with boxes and
confidences, in the same frame as pdfplumber's words.

    pdf.py (per page: no characters, or only garbage) -> ocr_pages(path, pages, settings)
        pypdfium2 renders the page at DPI in grey -> long ruling lines are removed (Tesseract
        reads the figures of a boxed form far better without them) -> Tesseract through
        pytesseract, TSV output: each word, its box in pixels and its confidence
        -> doubtful words standing apart like a table's cells read again alone, on one sheet
        (`second_reading`) -> nil dashes Tesseract leaves out found by their shape (`find_dashes`)
        -> boxes in PDF points, origin top-left -> OcrPage(words, confidence)
        -> (cached) pieces of rules and specks dropped, misread ordinals put right (`repair_words`)

Settings (`OcrSettings`): `mode` auto (OCR the pages that need it) | force (every page) | off,
as `--ocr` on `extract` and `batch`; the cache folder; how many Tesseract processes run at once.
Environment defaults: AGENDAPACK_OCR (the mode) and AGENDAPACK_OCR_CACHE (the cache folder,
else $XDG_CACHE_HOME/agendapack/ocr, else ~/.cache/agendapack/ocr).

Cache: one JSON file per page, keyed by the sha256 of the rendered page image and everything
that changes Tesseract's answer (its version, language, options, DPI, the line removal), so the
same scan in another file, or run again, is not OCRed twice.

Tesseract missing: `missing_tool()` names what is missing and the command that installs it;
pdf.py then warns once per scanned page and carries on without its text. Tesseract failing or
timing out on a page (PAGE_TIMEOUT): that page's `OcrPage.error` names the cause, pdf.py warns
`ocr_failed` with the file and page, and the other pages are read.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

OcrMode = Literal["auto", "force", "off"]
MODES: tuple[OcrMode, ...] = ("auto", "force", "off")

DPI = 300
"""Tesseract reads 8-12 pt print best at about 300 dpi (its ImproveQuality guide); lower loses
thin strokes of small figures, higher costs time for nothing."""

LANG = "eng"
TESSERACT_CONFIG = "--psm 3"
"""Automatic page segmentation: columns, tables and prose on one page (a sparse-text mode found
no more figures on the Souldern form once the ruling lines are gone, and lost line order)."""

RULE_FRACTION = 30
"""A ruling line runs at least 1/30 of the page across (about 20 pt on A4): longer than any
stroke of a letter or figure, shorter than the narrowest column of a boxed form."""

MAX_SKEW = 2.0
"""Degrees a scan may be turned on the glass (a page fed by hand is within a degree or two):
the angles tried when straightening it."""

SKEW_STEP = 0.1
"""Degrees between the angles tried: over an A4 page's width 0.1 degrees moves a line end by
1 pt, less than a ruling line's thickness."""

BAND_WINDOW = 61
"""Pixels (at 300 dpi, about 5 mm) over which a page's background is taken (a median): wider
than the strokes of any print, so a heading in bold is still on white paper, narrower than a
table's shaded head row."""

BAND_FILL = 0.85
"""A shaded band is a rectangle: the shade fills at least 85% of its box (the median rounds its
corners and print at its edge bites into it); a photograph or a logo's shade is a ragged shape."""

BAND_GREY = 200
"""A background darker than this (of 255) is a shaded band (a form's grey head row prints about
160); paper, and the light tint behind a table's alternate rows (about 230), are above it."""

BAND_PRINT = 40
"""How far (of 255) a pixel of a shaded band differs from its shade to be print: white print on
a 160 grey differs by 70-90, the shade's halftone dots, once blurred, by under 25."""

REREAD_CONFIG = "--psm 6"
"""The second reading (`second_reading`) takes its sheet of cut-out runs as one block of lines,
one run a line (the page's automatic segmentation would look for columns in it)."""

REREAD_GAP = 1.5
"""Doubtful words of one line at most 1.5 line heights apart are read again together (one
figure read as two words, "ol asd"); further apart they are separate cells."""

DASH_WIDTH = (0.2, 1.5)
"""A printed dash is 0.2-1.5 line heights long (a hyphen about 0.3, an en or em dash 0.5-1);
shorter is a dot or speck, longer an underline or a rule's stub."""

DASH_HEIGHT = 0.2
"""and at most a fifth of a line height thick (a bar; a letter or figure is half a line or more)."""

DASH_FILL = 0.6
"""A dash is a solid bar: its ink fills at least 60% of its box (a curl of dust does not)."""

DASH_CLEAR = 0.6
"""Paper for 0.6 line heights all round (a table's nil stands alone in its cell; a hyphen has
letters beside it, a minus sign its figure)."""

DASH_CONFIDENCE = 80.0
"""The confidence a dash found by its shape is given: a solid bar alone on paper is seldom
anything else, but no reader of letters vouched for it."""

UNREAD_MIN_HEIGHT = 0.4
"""A stroke left unread is print when it stands at least 0.4 line heights (a figure or a capital
is 0.6-0.7, a lower-case letter 0.45); lower are dots, commas, dashes (read by their shape) and
specks."""

UNREAD_MAX_HEIGHT = 1.5
"""and at most 1.5 line heights (a heading's capitals); taller is a logo, a signature's loop or
a box's side, not a line of print to read."""

UNREAD_JOIN = 0.5
"""Strokes half a line height apart along a line are one run of print (a word space is a third
of a line height; a table's columns stand several apart)."""

CELL_GAP = 2.0
"""A doubtful run at least two line heights from the words beside it on its line is a table's
cell (a word space is about a third of a line height; columns stand several heights apart)."""

REREAD_MARGIN = 20
"""Pixels of paper around each run on the second reading's sheet (about 1.7 mm at 300 dpi): more
than Tesseract needs to see a run as its own line."""

REREAD_GAIN = 10.0
"""A run's second reading replaces the first when Tesseract is at least 10 points (of 100) surer
of it: a near tie keeps the reading made with the whole line's context."""


LOW_CONFIDENCE = 60.0
"""A word Tesseract gives below 60 of 100 is wrong about one time in three on these scans
(Souldern, Nipissing); a table cell holding such a word is flagged ocr_low_confidence."""

FIGURE_CONFIDENCE = 70.0
"""A table cell whose figure Tesseract read below 70 of 100 gets no value (its text is kept, and
flagged ocr_low_confidence): a wrong number is worse than none. Measured on the dev scans: every
figure of two or more digits it read at 70 or more on a printed page is a value of the gold or
the transcription, or a year, date or page number (Sutton Coldfield accounts, 11 pages, and the
Souldern form: 239 such values, "1,535" at 79 and "1,309,126" at 74 the lowest), while below 70 come the misread handwritten figures of filled-in
forms ("6391" for 6,891 at 64 and "59S" for 525 at 63 on the Milburn annual return, "220" for
12,240 at 50 on the Hertingfordbury variances) and a printed one cut by a rule ("(84" at 24,
Souldern). Handwriting read at 80 or more ("206", "10" on the Hertingfordbury form) is not
caught by any confidence: those forms' figures are wrong far more often than right."""

NOISE_CONFIDENCE = 30.0
"""Below 30, a word with no letter or digit ("|", "—", "ee" from a stamp's edge) is speck or
line noise, not print: dropped."""

PREPROCESS = (f"gray-bands{BAND_WINDOW}/{BAND_GREY}/{BAND_FILL}/{BAND_PRINT}-rules{RULE_FRACTION}"
              f"-deskewed{MAX_SKEW}/{SKEW_STEP}-reread{LOW_CONFIDENCE}/{REREAD_GAP}/{CELL_GAP}/{REREAD_GAIN}/{REREAD_CONFIG}"
              f"-dashes{DASH_WIDTH}/{DASH_HEIGHT}/{DASH_FILL}/{DASH_CLEAR}-unread{UNREAD_MIN_HEIGHT}/{UNREAD_MAX_HEIGHT}/{UNREAD_JOIN}-v11")
"""Changes to the image before Tesseract, and the second reading: part of the cache key."""

RULE_GLYPHS = "|¦"
"""A word of nothing but these is a piece of a table's vertical rule (a cell border shorter than
RULE_FRACTION, by a short row) read as print, however sure Tesseract is of it: dropped, so it
does not join the figure beside it ("1.89% |")."""

SPECK_SHARE = 0.25
"""A mark alone (no letter or digit) under a quarter of its line's height both ways is dust on
the glass, not print: a ";" of 1.2 x 1.5 pt in a 10 pt line (Kent report, scanned), where a
printed nil dash "-" is a third of the line wide and a full stop or comma stands with its word."""

MIN_USABLE_SHARE = 0.5
"""Of a real text layer's characters, at least half are letters or digits (prose about 0.8, a
table of figures about 0.7); a layer of "(cid:3)" glyph codes or symbol-font bytes is far below."""

INSTALL_COMMAND = "apt-get install -y tesseract-ocr tesseract-ocr-eng"

PAGE_TIMEOUT = 300
"""Seconds Tesseract may take over one page before it is stopped: a 300 dpi page takes 3-5 s on
a free core and 20-40 s with eight jobs sharing two; only a hung or runaway Tesseract is stopped."""

tesseract_cmd = "tesseract"
"""The Tesseract program (a test points it at a missing one)."""

_CID = re.compile(r"\(cid:\d+\)")


@dataclass(frozen=True)
class OcrSettings:
    mode: OcrMode = "auto"
    cache: Path | None = None
    """The cache folder; None: the environment's default (`cache_dir`)."""
    threads: int | None = None
    """Tesseract processes at once (None: one per core)."""

    @classmethod
    def from_env(cls, mode: str | None = None, cache: str | os.PathLike[str] | None = None,
                 threads: int | None = None) -> OcrSettings:
        """Settings from arguments, falling back to AGENDAPACK_OCR / AGENDAPACK_OCR_CACHE."""
        mode = mode or os.environ.get("AGENDAPACK_OCR") or "auto"
        if mode not in MODES:
            raise ValueError(f"OCR mode must be one of {', '.join(MODES)} (got {mode!r})")
        return cls(mode=mode, cache=Path(cache) if cache else None, threads=threads)  # type: ignore[arg-type]


def result_tag(settings: OcrSettings) -> str:
    """What of the OCR settings changes a paper's result: the mode, and with OCR on, the
    Tesseract that runs (none: scanned pages give a warning instead of their words). The batch
    adds it to the version a stored result is kept under, so a paper stored with `--ocr off` is
    read again with `--ocr auto` (the cache folder changes no result: not part of it)."""
    if settings.mode == "off":
        return "ocr-off"
    version = _tesseract_version(tesseract_cmd) if missing_tool() is None else None
    return f"ocr-{settings.mode}-" + re.sub(r"[^0-9A-Za-z.]+", "", (version or "missing").removeprefix("tesseract"))


def cache_dir(settings: OcrSettings) -> Path:
    if settings.cache is not None:
        return settings.cache
    env = os.environ.get("AGENDAPACK_OCR_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "agendapack" / "ocr"


@dataclass
class OcrWord:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float
    line_height: float
    """the height of Tesseract's line holding the word, in points (the word's "font size")"""


@dataclass
class OcrPage:
    words: list[OcrWord] = field(default_factory=list)
    confidence: float | None = None
    """mean word confidence, weighted by characters (None: no words)"""
    seconds: float = 0.0
    cached: bool = False
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    """the ruling lines found on the image, (x0, top, x1, bottom) in points"""
    error: str | None = None
    """why the page could not be OCRed (Tesseract missing, failed, timed out): no words then"""


class OcrFailed(Exception):
    """Tesseract could not read one page: the cause in words (`str`)."""


def failure(e: BaseException) -> str:
    """What went wrong when Tesseract ran, in words a user can act on."""
    import pytesseract

    if isinstance(e, pytesseract.TesseractNotFoundError):
        return f"Tesseract is not installed (install it with: {_sudo()}{INSTALL_COMMAND})"
    if isinstance(e, pytesseract.TesseractError):
        detail = " ".join(str(e.message).split())[:300]
        return f"Tesseract failed (exit status {e.status}{': ' + detail if detail else ''})"
    if isinstance(e, RuntimeError) and "timeout" in str(e).lower():
        return f"Tesseract timed out (over {PAGE_TIMEOUT} s on the page; stopped)"
    if isinstance(e, OSError):
        return f"Tesseract could not be run ({e.strerror or e})"
    return f"Tesseract failed ({type(e).__name__}: {e})"


def usable_text(words: Iterable[str]) -> bool:
    """Whether a page's text layer is text: some characters, mostly letters or digits."""
    text = "".join(words)
    if not text.strip():
        return False
    plain = _CID.sub("\ufffd", text)
    return sum(c.isalnum() for c in plain) >= MIN_USABLE_SHARE * len(plain)


@functools.cache
def _tesseract_version(cmd: str) -> str | None:
    import subprocess

    try:
        out = subprocess.run([cmd, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    first = (out.stdout or out.stderr).splitlines()
    return first[0].strip() if first else None


@functools.cache
def _languages(cmd: str) -> frozenset[str]:
    import subprocess

    try:
        out = subprocess.run([cmd, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(ln.strip() for ln in out.stdout.splitlines()[1:])


def missing_tool() -> str | None:
    """What OCR needs and this machine lacks, with the command that installs it (None: ready)."""
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return "pytesseract is not installed (pip install pytesseract)"
    if shutil.which(tesseract_cmd) is None or _tesseract_version(tesseract_cmd) is None:
        return f"Tesseract is not installed (install it with: {_sudo()}{INSTALL_COMMAND})"
    if LANG not in _languages(tesseract_cmd):
        return (f"Tesseract's English data ({LANG}) is not installed "
                f"(install it with: {_sudo()}apt-get install -y tesseract-ocr-{LANG})")
    return None


def _sudo() -> str:
    return "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "


def render_page(pdf, index: int) -> np.ndarray:
    """Page `index` (0-based) of an open pypdfium2 document, in grey at DPI."""
    return pdf[index].render(scale=DPI / 72, grayscale=True).to_numpy().copy()


def skew_angle(gray: np.ndarray) -> float:
    """The angle (degrees) that straightens the page: the one whose rows of ink are most
    uneven (text lines and rules level), by projection profile on a quarter-size copy."""
    import cv2

    small = cv2.resize(255 - gray, (gray.shape[1] // 4, gray.shape[0] // 4),
                       interpolation=cv2.INTER_AREA).astype(np.float32)
    h, w = small.shape
    best, best_score = 0.0, -1.0
    for angle in np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP):
        turn = cv2.getRotationMatrix2D((w / 2, h / 2), float(angle), 1.0)
        rows = cv2.warpAffine(small, turn, (w, h), flags=cv2.INTER_LINEAR).sum(axis=1)
        score = float(np.var(rows))
        if score > best_score + 1e-9:
            best, best_score = float(angle), score
    return round(best, 2)


def _rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    import cv2

    h, w = gray.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, turn, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def _unrotate(boxes: list[tuple[float, float, float, float]], angle: float, w: int,
              h: int) -> list[tuple[float, float, float, float]]:
    """Boxes found on the straightened image, moved back to the page as scanned (each box
    keeps its size; its centre turns back about the image centre)."""
    if not angle:
        return boxes
    import math

    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)
    out = []
    for x0, top, x1, bottom in boxes:
        cx, cy = (x0 + x1) / 2 - w / 2, (top + bottom) / 2 - h / 2
        # cv2's positive angle turns the image anticlockwise (y down): undo it
        ox, oy = cos * cx - sin * cy + w / 2, sin * cx + cos * cy + h / 2
        dx, dy = ox - (x0 + x1) / 2, oy - (top + bottom) / 2
        out.append((x0 + dx, top + dy, x1 + dx, bottom + dy))
    return out


def lift_bands(gray: np.ndarray) -> np.ndarray:
    """The page with its shaded bands made paper: inside a band (a rectangle whose background
    is darker than BAND_GREY) print of either shade, white on grey as a form's column heads or black on grey,
    becomes black on white, and the band's edge a drawn line (the edge between a grey head row
    and the white rows under it is a cell border Tesseract and the table readers never see)."""
    import cv2

    background = cv2.medianBlur(gray, BAND_WINDOW)
    shade = (background < BAND_GREY).astype(np.uint8)
    h, w = gray.shape
    n, _, stats, _ = cv2.connectedComponentsWithStats(shade, connectivity=4)
    bands = [(x, y, bw, bh) for x, y, bw, bh, area in stats[1:n]
             if bw >= w // RULE_FRACTION and bh >= BAND_WINDOW // 2 and area >= BAND_FILL * bw * bh]
    if not bands:
        return gray
    bands = [b for b in map(lambda b: _trim_band(gray, b), bands) if b]
    out = gray.copy()
    smooth = cv2.GaussianBlur(gray, (3, 3), 0)  # a scanned shade is halftone dots: not print
    for x, y, bw, bh in bands:
        box = (slice(y, y + bh), slice(x, x + bw))
        contrast = np.abs(smooth[box].astype(np.int16) - background[box].astype(np.int16))
        # print is black, the rest paper; a dot alone (the fringe of a shade's edge) is dropped
        lifted = cv2.medianBlur(np.where(contrast >= BAND_PRINT, 0, 255).astype(np.uint8), 3)
        out[box] = np.where(shade[box] > 0, lifted, out[box])
        cv2.rectangle(out, (x, y), (x + bw - 1, y + bh - 1), 0, 3)
    return out


def _trim_band(gray: np.ndarray, band: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """A band's box cut to the rows and columns of the page that are shaded across it (the
    median spreads a shade up to half its window onto the paper beside it)."""
    x, y, bw, bh = band
    box = gray[y:y + bh, x:x + bw].astype(np.float32)
    rows = np.flatnonzero(box.mean(axis=1) < BAND_GREY)
    cols = np.flatnonzero(box.mean(axis=0) < BAND_GREY)
    if not len(rows) or not len(cols):
        return None
    return (x + int(cols[0]), y + int(rows[0]), int(cols[-1] - cols[0] + 1),
            int(rows[-1] - rows[0] + 1))


def remove_rules(gray: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """The image without its long horizontal and vertical lines, and those lines' boxes (px)."""
    import cv2

    ink = cv2.adaptiveThreshold(255 - gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 15, -2)
    h, w = gray.shape
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                              cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // RULE_FRACTION, 2), 1)))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                            cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(h // RULE_FRACTION, 2))))
    lines = cv2.dilate(across | down, np.ones((3, 3), np.uint8))
    clean = gray.copy()
    clean[lines > 0] = 255
    boxes = []
    for mask in (across, down):
        n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        boxes += [(int(x), int(y), int(x + bw), int(y + bh)) for x, y, bw, bh, _ in stats[1:n]]
    return clean, boxes


def page_key(gray: np.ndarray) -> str:
    settings = f"{_tesseract_version(tesseract_cmd)}|{LANG}|{TESSERACT_CONFIG}|{DPI}|{PREPROCESS}"
    digest = hashlib.sha256(settings.encode())
    digest.update(f"{gray.shape}".encode())
    digest.update(np.ascontiguousarray(gray).tobytes())
    return digest.hexdigest()


def words_from_tsv(data: dict[str, list], scale: float) -> list[OcrWord]:
    """Tesseract's TSV (as pytesseract's dict) -> words with boxes in points (pixels x `scale`)."""
    line_heights: dict[tuple[int, int, int], float] = {}
    for i, level in enumerate(data["level"]):
        if int(level) == 4:
            key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            line_heights[key] = float(data["height"][i]) * scale
    words = []
    for i, level in enumerate(data["level"]):
        text = str(data["text"][i]).strip()
        conf = float(data["conf"][i])
        if int(level) != 5 or not text or conf < 0:
            continue
        if conf < NOISE_CONFIDENCE and not any(c.isalnum() for c in text):
            continue
        left, top = float(data["left"][i]) * scale, float(data["top"][i]) * scale
        width, height = float(data["width"][i]) * scale, float(data["height"][i]) * scale
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        words.append(OcrWord(text, round(left, 2), round(top, 2), round(left + width, 2),
                             round(top + height, 2), conf, round(line_heights.get(key, height), 2)))
    return words


def _ordinal(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _month(word: OcrWord | None) -> bool:
    from extractors.vocabulary import MONTHS

    return word is not None and word.text.rstrip(".,").lower() in MONTHS


REPAIRS = [
    # (name, pattern on a word, whether the next word allows it, the repaired text)
    ("superscript ordinal read as a symbol before a month (16ᵗʰ January -> 16%, 5ᵗʰ February -> 5‘)",
     re.compile(r"^(\d{1,2})[%°*\"'’‘`]$"), _month,
     lambda m: m[1] + _ordinal(int(m[1]))),
]
"""Misreadings of print Tesseract makes on council papers, each put right where the word beside
it shows what was printed."""


def _speck(word: OcrWord) -> bool:
    """A mark of no letter or digit smaller every way than SPECK_SHARE of its line's height."""
    limit = SPECK_SHARE * word.line_height
    return (not any(c.isalnum() for c in word.text) and word.x1 - word.x0 < limit
            and word.bottom - word.top < limit)


def repair_words(words: list[OcrWord]) -> list[OcrWord]:
    """Tesseract's words as read (and cached) -> the words the Document gets: pieces of rules
    (RULE_GLYPHS) and specks dropped, misreadings put right (REPAIRS), boxes as a text layer
    gives them (`level_words`)."""
    words = [w for w in words if w.text.strip(RULE_GLYPHS) and not _speck(w)]
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        for _name, pattern, context, fix in REPAIRS:
            m = pattern.match(word.text)
            if m and context(following):
                word.text = fix(m)
    return level_words(words)


# Where a glyph's ink reaches, as a share of the type size (em), above and below the baseline:
# Helvetica/Arial's metrics (the face of nearly every council paper), which a scan's ink follows.
CAP_HEIGHT = 0.72
"""capitals, figures and ascenders (b d f h k l t) reach 0.72 em above the baseline"""
X_HEIGHT = 0.52
"""lower-case letters without ascenders (a c e m n o ...) reach 0.52 em"""
BRACKET_RISE, BRACKET_DROP = 0.73, 0.21
"""brackets ("(265)") reach 0.73 em up and 0.21 em down: a negative figure's box is a whole em"""
DESCENDER = 0.21
"""g j p q y reach 0.21 em below the baseline"""
COMMA_DROP = 0.12
"""a comma's or semicolon's tail reaches about 0.12 em below it ("1,234")"""
TEXT_DESCENT = 0.207
"""a text layer's word box reaches 0.207 em below the baseline (Helvetica's descent, as pdfminer
gives it) and 0.793 em above: the box `level_words` gives each OCR word"""
ROW_TOLERANCE = 0.3
"""Words whose baselines are within 0.3 em of their left neighbour's stand on one printed line
(lines of print are 1.15 em or more apart; a superscript rises 0.33 em, so it stays apart and
the line grouping joins it by its size; a scan turned 0.5 degrees drops 0.3 em only over 34 em)."""

_UP = set("ABCDEFGHIJKLMNOPQRSTUVWXYZbdfhklt0123456789£$%&#@?!/\\")
_XH = set("acemnorsuvwxz")
_DOWN = set("gjpqy")
_BRACKETS = set("()[]{}")
_COMMAS = set(",;")


def _glyph_reach(text: str) -> tuple[float, float] | None:
    """How far (em) the ink of `text` reaches above and below its baseline, or None when its
    characters say nothing of it (a dash, a dot, a symbol of unknown shape)."""
    chars = set(text)
    up = (BRACKET_RISE if chars & _BRACKETS else CAP_HEIGHT if chars & _UP
          else X_HEIGHT if chars & (_XH | _DOWN | set("i")) else None)
    if up is None:
        return None
    down = (BRACKET_DROP if chars & _BRACKETS else DESCENDER if chars & _DOWN
            else COMMA_DROP if chars & _COMMAS else 0.0)
    return up, down


SIZE_SPREAD = 0.25
"""A word of a line whose size (worked out from its ink) is within 25% of the line's median is
set in the line's type and gets its size: a word's ink misjudges it by 10-15% ("Delay" 8.3 pt
beside "Recruiting" 8.5 and "140,000" 9.1), and a word put down as 20% smaller than its line is
taken for a superscript. Further off, a word is print of another size standing level with the
line (a boxed form's 12 pt figures beside its 9 pt notes) and keeps its own."""

SLOPE_RUN = 10.0
"""A run of words along one of Tesseract's lines at least 10 em long (a table row, a line of
prose) shows how the scan is turned: its baseline's drop over its length. Over 10 em the misjudged
baseline of a word (a few tenths of a point) turns the slope by well under a tenth of a degree."""

SLOPE_GAP = 4.0
"""Words further apart than 4 em along a line may stand in different printed lines (columns):
a run ends there."""


def _baseline_slope(words: list[OcrWord], measured: list[tuple[float, float] | None]) -> float:
    """How far a line's baseline drops per point to the right on this scan (a turned page):
    the median over Tesseract's runs of words along a line (consecutive words, each to the
    right of the one before, within SLOPE_GAP, baselines within ROW_TOLERANCE) of SLOPE_RUN or
    more; 0 with no such run."""
    slopes = []
    run: list[int] = []

    def close() -> None:
        if len(run) >= 2:
            (b0, em), (b1, _) = measured[run[0]], measured[run[-1]]  # type: ignore[misc]
            x0 = (words[run[0]].x0 + words[run[0]].x1) / 2
            x1 = (words[run[-1]].x0 + words[run[-1]].x1) / 2
            if x1 - x0 >= SLOPE_RUN * em:
                slopes.append((b1 - b0) / (x1 - x0))

    for i, m in enumerate(measured):
        if m is None:
            continue
        if run:
            (pb, pem), p = measured[run[-1]], words[run[-1]]  # type: ignore[misc]
            if not (p.x1 <= words[i].x0 <= p.x1 + SLOPE_GAP * pem and abs(m[0] - pb) <= ROW_TOLERANCE * pem):
                close()
                run = []
        run.append(i)
    close()
    return float(np.median(slopes)) if slopes else 0.0


def level_words(words: list[OcrWord]) -> list[OcrWord]:
    """OCR words with the boxes a text layer gives the same print. Tesseract's box is a word's
    ink: "Town in Bloom" stands 7 pt high and its "(20,000)" 10 pt in one 10 pt line, so the
    words of one printed line differ in top, bottom and the line height taken as their size,
    and the label came apart from its figures (read as a superscript line of smaller type).
    Each word's type size and baseline are worked out from its ink and the glyphs it holds
    (`_glyph_reach`); words whose baselines, once the scan's turn is taken out
    (`_baseline_slope`), stand within ROW_TOLERANCE of their left neighbour's are one line, and
    each gets that line's median baseline, level as a text layer's line is (a scan
    turned 0.4 degrees drops 2.5 pt over a table row, enough to split it in two), and the
    line's median size (SIZE_SPREAD: or its own, when set in another size): its box from 0.793 em above the baseline to 0.207 em below (TEXT_DESCENT),
    its line height the size. A word whose glyphs say nothing takes the line it stands in."""
    measured = []
    for w in words:
        reach = _glyph_reach(w.text)
        if reach is None or w.bottom <= w.top:
            measured.append(None)
            continue
        em = (w.bottom - w.top) / (reach[0] + reach[1])
        measured.append((w.bottom - reach[1] * em, em))
    slope = _baseline_slope(words, measured)
    level = [None if m is None else (m[0] - slope * (words[i].x0 + words[i].x1) / 2, m[1])
             for i, m in enumerate(measured)]  # baselines as on the straightened page
    rows: list[list[int]] = []  # word indices, left to right
    for i in sorted((i for i, m in enumerate(level) if m is not None), key=lambda i: words[i].x0):
        base, em = level[i]  # type: ignore[misc]
        best, best_gap = None, None
        for r, row in enumerate(rows):
            last_base, last_em = level[row[-1]]  # type: ignore[misc]
            if words[row[-1]].x1 > words[i].x0 + 1:
                continue  # the row's last word overlaps this one: another line
            gap = abs(base - last_base)
            if gap <= ROW_TOLERANCE * max(em, last_em) and (best_gap is None or gap < best_gap):
                best, best_gap = r, gap
        if best is None:
            rows.append([i])
        else:
            rows[best].append(i)
    for row in rows:
        middle = float(np.median([(words[i].x0 + words[i].x1) / 2 for i in row]))
        base = float(np.median([level[i][0] for i in row])) + slope * middle  # type: ignore[index]
        usual = float(np.median([level[i][1] for i in row]))  # type: ignore[index]
        for i in row:
            w, em = words[i], level[i][1]  # type: ignore[index]
            if abs(em - usual) <= SIZE_SPREAD * usual:
                em = usual  # the line's type, misjudged by a word's odd ink ("Delay" 8.3, "in" 11.5)
            w.top, w.bottom = round(base - (1 - TEXT_DESCENT) * em, 2), round(base + TEXT_DESCENT * em, 2)
            w.line_height = round(em, 2)
    levelled = [words[i] for row in rows for i in row]
    for w, m in zip(words, measured, strict=True):
        if m is not None:
            continue
        middle = (w.top + w.bottom) / 2
        beside = [v for v in levelled if v.top <= middle <= v.bottom]
        if beside:
            near = min(beside, key=lambda v: max(v.x0 - w.x1, w.x0 - v.x1, 0.0))
            w.top, w.bottom, w.line_height = near.top, near.bottom, near.line_height
    return words


def mean_confidence(words: list[OcrWord]) -> float | None:
    chars = sum(len(w.text) for w in words)
    if not chars:
        return None
    return round(sum(w.confidence * len(w.text) for w in words) / chars, 1)


def _ocr_image(gray: np.ndarray, scale: float) -> tuple[list[OcrWord], list[tuple[int, int, int, int]]]:
    # Tesseract reads the page as scanned (it copes with a small turn, and straightening blurs
    # figures that touch a rule); the rules are found on the straightened page, where each is
    # one level line, and turned back.
    gray = lift_bands(gray)
    clean, _ = remove_rules(gray)
    data = _tesseract(clean, TESSERACT_CONFIG)
    data = second_reading(clean, data)
    words = words_from_tsv(data, scale)
    words += [OcrWord("-", *(round(v * scale, 2) for v in box), DASH_CONFIDENCE,
                      round(height * scale, 2)) for box, height in find_dashes(clean, data)]
    angle = skew_angle(gray)
    rules = remove_rules(_rotate(gray, angle))[1] if angle else remove_rules(gray)[1]
    h, w = gray.shape
    return words, _unrotate([tuple(map(float, r)) for r in rules], angle, w, h)


def _tesseract(image: np.ndarray, config: str) -> dict[str, list]:
    """Tesseract's TSV of `image` (as pytesseract's dict); OcrFailed naming the cause."""
    import pytesseract
    from PIL import Image

    pytesseract.pytesseract.tesseract_cmd = tesseract_cmd
    try:
        return pytesseract.image_to_data(Image.fromarray(image), lang=LANG, config=config,
                                         output_type=pytesseract.Output.DICT, timeout=PAGE_TIMEOUT)
    except (RuntimeError, OSError) as e:  # TesseractError and the timeout are RuntimeErrors
        raise OcrFailed(failure(e)) from e


def _doubtful_regions(data: dict[str, list]) -> list[tuple[list[int], tuple[int, int, int, int]]]:
    """Runs of doubtful words (confidence below LOW_CONFIDENCE) side by side on one line of
    Tesseract's, standing apart from the rest of the line as a table's cell does (at least
    CELL_GAP line heights from the words beside it): each run's word indices and its box in
    pixels (x0, top, x1, bottom). Doubtful words inside prose keep their reading: the line's
    context helps there (an ordinal's superscript, "13ᵗʰ February", read alone is "43th")."""
    lines: dict[tuple, list[int]] = {}
    for i, level in enumerate(data["level"]):
        if int(level) == 5 and str(data["text"][i]).strip() and float(data["conf"][i]) >= 0:
            key = (data["page_num"][i] if "page_num" in data else 1, data["block_num"][i],
                   data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(i)

    def box(i):
        left, top = int(data["left"][i]), int(data["top"][i])
        return [left, top, left + int(data["width"][i]), top + int(data["height"][i])]

    regions = []
    for words in lines.values():
        words.sort(key=lambda i: int(data["left"][i]))
        runs: list[list[int]] = []
        for k, i in enumerate(words):
            if float(data["conf"][i]) >= LOW_CONFIDENCE:
                continue
            if runs and runs[-1][-1] == words[k - 1] and (
                    box(i)[0] - box(words[k - 1])[2] <= REREAD_GAP * (box(i)[3] - box(i)[1])):
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            # a run of specks (".", ";" from a scan's dust) has no print to read again
            if not any(c.isalnum() for i in run for c in str(data["text"][i])):
                continue
            boxes = [box(i) for i in run]
            x0, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
            x1, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
            first, last = words.index(run[0]), words.index(run[-1])
            before = box(words[first - 1])[2] if first > 0 else None
            after = box(words[last + 1])[0] if last + 1 < len(words) else None
            gap = CELL_GAP * (bottom - top)
            if (before is None or x0 - before >= gap) and (after is None or after - x1 >= gap):
                regions.append((run, (x0, top, x1, bottom)))
    return regions


def second_reading(image: np.ndarray, data: dict[str, list]) -> dict[str, list]:
    """Tesseract's page reading with its doubtful words read again, each run of them cut out
    alone: on a table row whose cells stand far apart the line reader guesses ("313.3" read as
    "ol asd", a Kent report's £000 table), where the same print alone reads true. All runs go
    to Tesseract in one image, one run a line; a run's new words replace the old where Tesseract
    is surer of them. Print the page reading left out altogether (`unread_regions`: a column of
    figures in a boxed note, Sutton Coldfield's accounts) goes on the same sheet; its words are
    kept where Tesseract is sure of them (LOW_CONFIDENCE or more)."""
    regions = _doubtful_regions(data) + [([], box) for box in unread_regions(image, data)]
    if not regions:
        return data
    h, w = image.shape
    crops, placed, y = [], [], REREAD_MARGIN
    for idx, (x0, top, x1, bottom) in regions:
        pad = max(4, (bottom - top) // 3)
        x0, top, x1, bottom = max(0, x0 - pad), max(0, top - pad), min(w, x1 + pad), min(h, bottom + pad)
        crops.append(image[top:bottom, x0:x1])
        placed.append((idx, x0, top, y, bottom - top))
        y += bottom - top + REREAD_MARGIN
    sheet = np.full((y, max(c.shape[1] for c in crops) + 2 * REREAD_MARGIN), 255, np.uint8)
    for crop, (_idx, _x0, _top, at, height) in zip(crops, placed, strict=True):
        sheet[at:at + height, REREAD_MARGIN:REREAD_MARGIN + crop.shape[1]] = crop
    again = _tesseract(sheet, REREAD_CONFIG)
    found: list[list[int]] = [[] for _ in placed]
    for j, level in enumerate(again["level"]):
        if int(level) != 5 or not str(again["text"][j]).strip() or float(again["conf"][j]) < 0:
            continue
        middle = int(again["top"][j]) + int(again["height"][j]) / 2
        for r, (_idx, _x0, _top, at, height) in enumerate(placed):
            if at <= middle < at + height:
                found[r].append(j)
    replace: dict[int, list[int]] = {}
    drop: set[int] = set()
    added: list[int] = []

    def mean(d, ids):
        chars = sum(len(str(d["text"][i]).strip()) for i in ids)
        return sum(float(d["conf"][i]) * len(str(d["text"][i]).strip()) for i in ids) / max(chars, 1)

    for r, (idx, _x0, _top, _at, _h) in enumerate(placed):
        if not found[r]:
            continue
        if not idx:  # print left out: kept where Tesseract is sure of it
            if mean(again, found[r]) >= LOW_CONFIDENCE:
                added.append(r)
        elif mean(again, found[r]) >= mean(data, idx) + REREAD_GAIN:
            replace[idx[0]] = found[r]
            drop.update(idx)
    if not replace and not added:
        return data
    out: dict[str, list] = {k: [] for k in data}
    region_of = {idx[0]: placed[r] for r, (idx, *_rest) in enumerate(placed) if idx}
    for i in range(len(data["level"])):
        if i in replace:
            _idx, x0, top, at, _height = region_of[i]
            for j in replace[i]:
                for k in data:
                    out[k].append(data[k][i] if k in ("level", "page_num", "block_num", "par_num",
                                                      "line_num") else again[k][j])
                out["left"][-1] = int(again["left"][j]) - REREAD_MARGIN + x0
                out["top"][-1] = int(again["top"][j]) - at + top
                out["word_num"][-1] = data["word_num"][i] if "word_num" in data else 0
        elif i not in drop:
            for k in data:
                out[k].append(data[k][i])
    block = max((int(b) for b in data["block_num"]), default=0)
    for r in added:  # each region a block of its own, after the page's
        _idx, x0, top, at, _height = placed[r]
        block += 1
        for j in found[r]:
            for k in data:
                out[k].append(again[k][j])
            out["block_num"][-1] = block
            out["left"][-1] = int(again["left"][j]) - REREAD_MARGIN + x0
            out["top"][-1] = int(again["top"][j]) - at + top
    return out


def unread_regions(image: np.ndarray, data: dict[str, list]) -> list[tuple[int, int, int, int]]:
    """Print on the page that no word of Tesseract's page reading covers: the ink outside its
    word boxes, specks and lone dashes (`find_dashes`) aside, joined letter to letter along a
    line, as boxes (px) of about one line of print each."""
    import cv2

    line = _line_height(data)
    if line is None:
        return []
    ink = (image < 128).astype(np.uint8)
    for x0, y0, x1, y1 in _word_boxes(data):
        ink[max(0, y0 - 2):y1 + 2, max(0, x0 - 2):x1 + 2] = 0
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    keep = np.zeros(n, bool)
    keep[1:] = (stats[1:, cv2.CC_STAT_HEIGHT] >= UNREAD_MIN_HEIGHT * line) & (
        stats[1:, cv2.CC_STAT_HEIGHT] <= UNREAD_MAX_HEIGHT * line)
    ink = keep[labels].astype(np.uint8)  # strokes of letters and figures only
    joined = cv2.dilate(ink, np.ones((1, max(1, int(UNREAD_JOIN * line))), np.uint8))
    m, _, boxes, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    return _join_runs(sorted((int(x), int(y), int(x + bw), int(y + bh)) for x, y, bw, bh, _ in boxes[1:m]
                             if bh <= UNREAD_MAX_HEIGHT * line), line)


def _join_runs(boxes: list[tuple[int, int, int, int]], line: float) -> list[tuple[int, int, int, int]]:
    """Runs (left to right) within UNREAD_JOIN line heights of each other along one line (their
    heights overlapping by half) as one: a figure's comma is too low to count as print, so
    "72,828" came as "72" and "828", each read alone to nothing (Sutton Coldfield accounts,
    annual return page)."""
    out: list[tuple[int, int, int, int]] = []
    for b in boxes:
        for k, o in enumerate(out):
            if (b[0] - o[2] <= UNREAD_JOIN * line and o[0] - b[2] <= UNREAD_JOIN * line
                    and min(o[3], b[3]) - max(o[1], b[1]) >= 0.5 * min(o[3] - o[1], b[3] - b[1])):
                out[k] = (min(o[0], b[0]), min(o[1], b[1]), max(o[2], b[2]), max(o[3], b[3]))
                break
        else:
            out.append(b)
    return out


def _line_height(data: dict[str, list]) -> float | None:
    """The page's usual height of a line of print (px): the median of Tesseract's lines."""
    heights = [int(data["height"][i]) for i, level in enumerate(data["level"])
               if int(level) == 4 and int(data["height"][i]) > 0]
    return float(np.median(heights)) if heights else None


def _word_boxes(data: dict[str, list]) -> list[tuple[int, int, int, int]]:
    return [(int(data["left"][i]), int(data["top"][i]), int(data["left"][i]) + int(data["width"][i]),
             int(data["top"][i]) + int(data["height"][i])) for i, level in enumerate(data["level"])
            if int(level) == 5 and str(data["text"][i]).strip()]


def find_dashes(image: np.ndarray, data: dict[str, list]
                ) -> list[tuple[tuple[int, int, int, int], float]]:
    """Dashes printed alone (a table's nil, "-"), which Tesseract's page reading leaves out:
    short solid bars, none of them inside a word Tesseract read, with paper all round them.
    Each as its box (px; as high as the words level with it, as a text layer's "-" is) and the
    page's usual line height (px)."""
    import cv2

    line = _line_height(data)
    if line is None:
        return []
    ink = (image < 128).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    words = _word_boxes(data)
    h, w = image.shape
    found = []
    for k in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[k])
        if not (DASH_WIDTH[0] * line <= bw <= DASH_WIDTH[1] * line and bh <= DASH_HEIGHT * line
                and bw >= 2 * bh and area >= DASH_FILL * bw * bh):
            continue
        if any(x < x1 and x + bw > x0 and y < y1 and y + bh > y0 for x0, y0, x1, y1 in words):
            continue
        gap = int(DASH_CLEAR * line)
        window = (slice(max(0, y - gap), min(h, y + bh + gap)), slice(max(0, x - gap), min(w, x + bw + gap)))
        if int(((labels[window] != k) & (ink[window] > 0)).sum()) > 0:
            continue  # print beside it: a hyphen or a stroke of something, not a dash alone
        # its box as a text layer gives a dash: the height of the line it stands on (the words
        # level with it), else a line height about its middle
        middle = y + bh / 2
        level = [(y0, y1) for _x0, y0, _x1, y1 in words if y0 <= middle <= y1]
        if level:
            top, bottom = int(np.median([t for t, _ in level])), int(np.median([b for _, b in level]))
        else:
            top, bottom = int(middle - line / 2), int(middle + line / 2)
        found.append(((x, top, x + bw, bottom), line))
    return found


def _read_cache(path: Path) -> OcrPage | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return OcrPage(words=[OcrWord(**w) for w in data["words"]], confidence=data["confidence"],
                       seconds=0.0, cached=True, rules=[tuple(r) for r in data["rules"]])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent, or damaged: OCR again


def _write_cache(path: Path, page: OcrPage) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
        tmp.write_text(json.dumps({"words": [w.__dict__ for w in page.words],
                                   "confidence": page.confidence, "rules": page.rules}),
                       encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only or full cache costs time next run, never the page


def ocr_pages(path: str | os.PathLike[str], numbers: list[int],
              settings: OcrSettings) -> dict[int, OcrPage]:
    """OCR the 1-based `numbers` pages of the PDF at `path` (Tesseract must be there: see
    `missing_tool`). Pages render one at a time (pdfium is not thread-safe); Tesseract runs in
    `settings.threads` processes at once, each on one thread. A page Tesseract cannot read
    (failed, timed out, gone since the check) comes back with no words and its `error`; the
    other pages are read as usual."""
    import pypdfium2 as pdfium

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract's own threads fight each other
    threads = max(1, settings.threads or os.cpu_count() or 1)
    folder = cache_dir(settings)
    out: dict[int, OcrPage] = {}
    pdf = pdfium.PdfDocument(str(path), password="")
    try:
        with ThreadPoolExecutor(max_workers=threads) as pool:
            for start in range(0, len(numbers), threads):
                jobs = []
                for number in numbers[start:start + threads]:
                    t0 = time.perf_counter()
                    gray = render_page(pdf, number - 1)
                    width = pdf[number - 1].get_size()[0]
                    scale = width / gray.shape[1]
                    cache_path = folder / (key := page_key(gray))[:2] / f"{key}.json"
                    hit = _read_cache(cache_path)
                    if hit is not None:
                        hit.seconds = time.perf_counter() - t0
                        hit.words = repair_words(hit.words)
                        out[number] = hit
                        continue
                    jobs.append((number, t0, scale, cache_path, pool.submit(_ocr_image, gray, scale)))
                for number, t0, scale, cache_path, future in jobs:
                    try:
                        words, rules = future.result()
                    except OcrFailed as e:
                        out[number] = OcrPage(seconds=time.perf_counter() - t0, error=str(e))
                        continue
                    page = OcrPage(words=words, confidence=mean_confidence(words),
                                   rules=[tuple(round(v * scale, 2) for v in r) for r in rules])
                    page.seconds = time.perf_counter() - t0
                    _write_cache(cache_path, page)  # Tesseract's words as read: repairs may change
                    page.words = repair_words(page.words)
                    out[number] = page
    finally:
        pdf.close()
    return out


def _helvetica_widths() -> dict[str, int]:
    from pdfminer.fontmetrics import FONT_METRICS

    return FONT_METRICS["Helvetica"][1]


def words_pdf(pages: list[tuple[float, float, list[tuple[str, float, float, float, float]],
                                list[tuple[float, float, float, float]]]]) -> bytes:
    """A PDF redrawing pages from their words: each page (width, height, words as (text, x0,
    top, x1, bottom), ruling lines as boxes) gets each word in Helvetica, sized and stretched to
    its box, and each ruling line as a drawn line. pdfplumber and camelot read it as they
    read a text PDF, so OCR pages go through the same table readers (a box in points, origin
    top-left, comes back where it went in)."""
    widths = _helvetica_widths()
    descent = 0.207  # Helvetica's descent (its AFM): pdfminer puts a glyph's box that far below
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for width, height, words, rules in pages:
        ops = ["0 G 0.5 w"]
        for x0, top, x1, bottom in rules:  # a line along the middle of the rule's box
            if x1 - x0 >= bottom - top:
                y = height - (top + bottom) / 2
                ops.append(f"{x0:.2f} {y:.2f} m {x1:.2f} {y:.2f} l S")
            else:
                x = (x0 + x1) / 2
                ops.append(f"{x:.2f} {height - top:.2f} m {x:.2f} {height - bottom:.2f} l S")
        for text, x0, top, x1, bottom in words:
            size = max(bottom - top, 1.0)
            chars = text.encode("cp1252", "replace").decode("cp1252")
            natural = size * sum(widths.get(c, 556) for c in chars) / 1000
            stretch = 100 * (x1 - x0) / natural if natural > 0 else 100
            esc = chars.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 {size:.2f} Tf {stretch:.2f} Tz {x0:.2f} "
                       f"{height - bottom + descent * size:.2f} Td ({esc}) Tj ET")
        stream = "\n".join(ops).encode("cp1252", "replace")
        kids.append(len(objects) + 1)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objects) + 2} 0 R >>"
                       .encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects[1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                  f"/Count {len(kids)} >>").encode()
    return pdf_file(objects)


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF file of `objects` (numbered from 1 in order; object 1 is the catalog), with its
    cross-reference table and trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)
