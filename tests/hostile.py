"""Hostile and broken files for the issue-18 campaign, made small and on the spot (nothing big is
committed): a decompression bomb, a scrambled xref, UTF-16 text, deep HTML, special files.

    kinds = make_hostile(folder)   # {file name: what its error row or warning must say}
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from pipeline.ingest.ocr import pdf_file
from tests.conftest import pdf_bytes

BOMB_GIB = 2
"""Zeros a bomb's content stream inflates to: above any --max-memory default, ~2 MB on disk."""


def bomb_pdf(gib: int = BOMB_GIB) -> bytes:
    """A one-page PDF whose content stream is a Flate stream of `gib` GiB of zeros."""
    # 64 MiB of zeros deflated once, ending with a full flush (no reference reaches back past it),
    # repeated: the same stream zlib would write, without compressing gigabytes here.
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = z.compress(bytes(64 * 1024 * 1024)) + z.flush(zlib.Z_FULL_FLUSH)
    n = gib * 1024 ** 3
    adler = ((n % 65521) << 16) | 1  # adler32 of n zero bytes
    stream = (b"\x78\xda" + block * (gib * 16) + z.flush(zlib.Z_FINISH)
              + adler.to_bytes(4, "big"))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
               + b"\nendstream"]
    return pdf_file(objects)


def scrambled_xref_pdf() -> bytes:
    """Three pages of text whose xref table lists no object: pdfium rebuilds it and reads 3 pages,
    pdfminer (pdfplumber) reads 0."""
    data = pdf_bytes([[(72, 72, f"Page {n}: the Council RESOLVED to approve the sum of "
                                f"£{n},000 on {n} March 2021.")] for n in (1, 2, 3)])
    at = data.rindex(b"xref")
    return (data[:at] + b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Root 1 0 R >>\n"
            b"startxref\n%d\n%%%%EOF\n" % at)


def utf16_minutes() -> bytes:
    text = ("Minutes of the meeting of the Parish Council held on 3 March 2021\n\n"
            "12. FINANCE\nRESOLVED: to approve the payment of £5,000 to the café.\n")
    return text.encode("utf-16-le")  # no BOM: what some exports write


def deep_html(depth: int = 3000) -> str:
    return ("<html><head><title>Minutes</title></head><body>" + "<div>" * depth
            + "<p>The Council RESOLVED to approve the budget of £12,000 on 4 May 2021.</p>"
            + "</div>" * depth + "</body></html>")


XSS_NAME = "<img src=x onerror=alert(1)>.txt"
MARKUP_PATH = "committee [/x] minutes [bold].txt"
"""A path that is rich markup ("[/x]" closes a tag never opened): a folder and a file in it."""
MARKUP_NAME = Path(MARKUP_PATH).name


def make_hostile(folder: Path, bomb: bool = True) -> dict[str, str]:
    """Write one hostile file of every kind into `folder`: {name: text its error or warning says}."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}
    if bomb:
        (folder / "bomb.pdf").write_bytes(bomb_pdf())
        expect["bomb.pdf"] = "exceeds the memory limit"
    (folder / "scrambled-xref.pdf").write_bytes(scrambled_xref_pdf())
    expect["scrambled-xref.pdf"] = ""  # read by the pdfium fallback, with a warning
    (folder / "utf16-minutes.txt").write_bytes(utf16_minutes())
    expect["utf16-minutes.txt"] = "text"  # read as text: no error
    (folder / "deep.html").write_text(deep_html(), encoding="utf-8")
    expect["deep.html"] = "html_too_deep"
    os.symlink("/dev/zero", folder / "zero.txt")
    expect["zero.txt"] = "a symbolic link"
    os.symlink("/etc/passwd", folder / "passwd.txt")
    expect["passwd.txt"] = "a symbolic link"
    os.mkfifo(folder / "fifo.txt")
    expect["fifo.txt"] = "not a regular file (a FIFO)"
    (folder / XSS_NAME).write_text("Minutes of the meeting.\nRESOLVED: to note the report.\n")
    expect[XSS_NAME] = "text"
    (folder / MARKUP_PATH).parent.mkdir()
    (folder / MARKUP_PATH).write_text("Minutes of the committee.\nRESOLVED: to note the accounts.\n")
    expect[MARKUP_NAME] = "text"
    return expect
