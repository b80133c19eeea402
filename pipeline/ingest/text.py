"""Text exports (.txt, .md): keep tabs and alignment, strip inline markup, keep offsets true.

What is stripped: `<sup>`/`<sub>`/`<b>`/`<i>`/`<u>` tags (their content is kept: "19<sup>th</sup>"
-> "19th"), `**`/`__` bold markers and leading markdown heading hashes (recorded as the line's
heading level). Tabs and runs of spaces are kept as they are: tables live in them. A form feed
starts a new page; without one the export is a single page.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import TextDecodeError
from ..models import Document, ResultWarning, Source
from .builder import DocumentBuilder

# Byte-order marks, longest first (UTF-32 LE's begins with UTF-16 LE's).
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be")]
UTF16_NUL_SHARE = 0.3
"""Share of NUL bytes at odd (even) offsets that marks UTF-16 LE (BE) text without a BOM: ASCII
text in UTF-16 has a NUL in every other byte; text in any 8-bit encoding has none."""
MAX_CONTROL_SHARE = 0.01
"""Share of control characters (other than tab, newline, CR, form feed) above which decoded text
is binary, not a paper: a wrong guess at the encoding shows as NULs and control codes."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) / 2
    if odd >= UTF16_NUL_SHARE * half and even < odd / 4:
        return "utf-16-le"
    if even >= UTF16_NUL_SHARE * half and odd < even / 4:
        return "utf-16-be"
    return None


def _legacy_encoding(data: bytes) -> str:
    """An 8-bit file's encoding: cp1252 (what Windows writes for UK English) when every byte is
    defined in it, else charset-normalizer's best guess. cp1252 comes first because on short
    English text charset-normalizer guesses wildly (mac_latin2 for "café – £5")."""
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:262144]).best()
        return best.encoding if best is not None else "cp1252"


def decode_text(data: bytes, path: str | Path) -> tuple[str, list[ResultWarning]]:
    """The text of a text export or HTML page, and a warning when its encoding was a guess.

    A byte-order mark (UTF-8, UTF-16, UTF-32) decides; else UTF-16 without a BOM (NULs in every
    other byte); else UTF-8; else cp1252 or charset-normalizer's guess (`_legacy_encoding`), with a
    warning naming it. Binary data is a TextDecodeError, never a page of
    mojibake."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    warnings: list[ResultWarning] = []
    if encoding is not None:
        data = data[len(next(b for b, e in _BOMS if e == encoding)):]
    else:
        encoding = _utf16_without_bom(data)
    if encoding is None:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = _legacy_encoding(data)
            warnings.append(ResultWarning(
                code="text_encoding_guessed",
                message=f"{path}: not UTF-8 and no byte-order mark; decoded as {encoding} "
                        "(a guess: check accented letters and £ signs)"))
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as e:
        raise TextDecodeError(path, f"not valid {encoding}: {e}") from e
    if text and len(_CONTROL.findall(text[:65536])) > MAX_CONTROL_SHARE * min(len(text), 65536):
        raise TextDecodeError(path, f"binary data, not text (decoded as {encoding})")
    return text, warnings

_INLINE_TAG = re.compile(r"</?(?:sup|sub|b|i|u|em|strong|span)\b[^>]*>", re.IGNORECASE)
_BOLD = re.compile(r"\*\*|__")
_HEADING = re.compile(r"^(#{1,6})[ \t]+")


def clean_line(line: str) -> tuple[str, int | None]:
    """Strip markup from one line; return (clean text, heading level or None)."""
    heading = None
    m = _HEADING.match(line)
    if m:
        heading = len(m.group(1))
        line = line[m.end():]
    line = _INLINE_TAG.sub("", line)
    line = _BOLD.sub("", line)
    # Trailing tabs are kept: a label-only row of a tab table still has its (empty) cells.
    return line.rstrip(" \r") if line.strip() else "", heading


def read_text(raw: str, source: Source, warnings: list[ResultWarning] = ()) -> Document:
    b = DocumentBuilder()
    pages = raw.split("\f")
    for number, page_text in enumerate(pages, start=1):
        b.start_page(number)
        in_block = False
        for raw_line in page_text.split("\n"):
            line, heading = clean_line(raw_line)
            if not line.strip():
                if in_block:
                    b.end_block()
                    in_block = False
                continue
            if heading is not None:
                b.start_block()
                b.add_line(line, heading=heading)
                b.end_block()
                in_block = False
                continue
            if not in_block:
                b.start_block()
                in_block = True
            b.add_line(line)
        b.end_page(number, None, None, has_text=bool(page_text.strip()))
    return Document(
        source=source.model_copy(update={"pages": len(b.pages)}),
        text=b.text(),
        pages=b.pages,
        blocks=b.blocks,
        lines=b.lines,
        warnings=list(warnings),
    )
