"""Benchmark: OCR seconds per page on the scans in samples/, from a cold cache, and what the
scans give against what is known of them.

- seconds per OCR page: wall clock (Tesseract processes run one per core) and Tesseract's CPU;
- a scan made here from a text-layer paper (every page rendered at 300 dpi, wrapped as an
  image-only PDF): the share of the original's records found, and how far their boxes moved;
- Souldern 2025-26 accounting statements: table cells matching the hand transcription;
- Suffolk Libraries 2012-13 accounts: tables found and their arithmetic checks;
- Nipissing 5 March 2024 agenda package: the agenda's items and dates against the text-layer
  agenda of the same meeting, and the resolutions the package's minutes give.

    make bench      # or: python bench/ocr_bench.py [--only souldern,milburn] [--cache DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline.ingest import OcrSettings  # noqa: E402
from tests.ocr_helpers import image_only_pdf  # noqa: E402
from tests.test_ocr import _cells_matching, _records  # noqa: E402

SAMPLES = ROOT / "samples"
SCANS = {
    "souldern": "souldern-pc-accounting-statements-2025-26-scanned.pdf",
    "milburn": "milburn-pc-annual-return-2015-16-scanned.pdf",
    "nipissing": "nipissing-agenda-package-2024-03-05-scanned.pdf",
    "suffolk": "suffolk-libraries-accounts-2012-13-scanned.pdf",
    "own-scan": "milburn-pc-minutes-2018-03-06.pdf",
}
OWN_SCANS = ["milburn-pc-minutes-2018-03-06.pdf", "nipissing-minutes-2024-03-05.pdf",
             "souldern-pc-agenda-2026-01-29.pdf", "hertingfordbury-pc-accounting-statements-2017-18.pdf"]
"""Text-layer papers of four councils (minutes, an agenda, an accounting statement), every page
scanned here at 300 dpi: the share of the original's records the scan gives."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(path: Path, settings: OcrSettings):
    """(result, Document, ingest seconds with OCR, Tesseract CPU seconds, extraction seconds)."""
    cpu, started = _children_cpu(), time.perf_counter()
    doc = pipeline.ingest(path, ocr=settings)
    ingest_wall, ocr_cpu = time.perf_counter() - started, _children_cpu() - cpu
    started = time.perf_counter()
    result = pipeline.extract(path, ocr=settings)  # the OCR from the cache now
    return result, doc, ingest_wall, ocr_cpu, time.perf_counter() - started


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(SCANS), help="comma-separated: " + ",".join(SCANS))
    parser.add_argument("--cache", type=Path, default=None,
                        help="OCR cache folder (default: a new empty one, so every page is OCRed)")
    args = parser.parse_args()
    console = Console()
    cache = args.cache or Path(tempfile.mkdtemp(prefix="agendapack-ocr-bench-"))
    settings = OcrSettings(mode="auto", cache=cache)
    speed = Table(title=f"OCR seconds per page (cold cache {cache}; load average "
                        f"{__import__('os').getloadavg()[0]:.1f} on {__import__('os').cpu_count()} cores)")
    for col in ("paper", "OCR pages", "ingest s (OCR)", "s/page", "Tesseract CPU s/page",
                "mean confidence", "extract s (cached)"):
        speed.add_column(col)
    notes: list[str] = []
    own_want = own_found = 0
    own_moved = 0.0
    for name in args.only.split(","):
        for path in ([SAMPLES / f for f in OWN_SCANS] if name == "own-scan" else [SAMPLES / SCANS[name]]):
            original = path
            if name == "own-scan":
                import pypdfium2

                made = Path(tempfile.mkdtemp()) / f"{path.stem}-scanned.pdf"
                path = image_only_pdf(path, list(range(1, len(pypdfium2.PdfDocument(str(path))) + 1)), made)
            result, doc, wall, cpu, extract_s = timed(path, settings)
            ocr_pages = [p for p in doc.pages if p.text_source == "ocr"]
            n = max(len(ocr_pages), 1)
            confs = [p.ocr_confidence for p in ocr_pages if p.ocr_confidence is not None]
            speed.add_row(path.name, str(len(ocr_pages)), f"{wall:.1f}", f"{wall / n:.2f}",
                          f"{cpu / n:.2f}", f"{sum(confs) / len(confs):.1f}" if confs else "-",
                          f"{extract_s:.1f}")
            if name == "own-scan":
                want, got, moved = _compare(pipeline.extract(original, ocr="off"), result)
                total, pairs = sum(map(len, want.values())), sum(
                    min(len(v), len(got.get(k, []))) for k, v in want.items())
                own_want, own_found, own_moved = own_want + total, own_found + pairs, max(own_moved, moved)
                missing = sorted((k for k in want if k not in got), key=str)
                notes.append(f"own scan of {original.name} ({len(doc.pages)} pages, 300 dpi): "
                             f"{pairs} of {total} records of the text-layer original; boxes within "
                             f"{moved:.1f} pt; missing: {missing}")
                continue
            _note(name, result, doc, notes)
    if own_want:
        notes.append(f"own scans, all: {own_found} of {own_want} records ({own_found / own_want:.3f}); "
                     f"boxes within {own_moved:.1f} pt")
    console.print(speed)
    for note in notes:
        console.print(note)


def _compare(original, scanned):
    """The records of each by what they say, and how far (pt) the boxes of those found moved."""
    want, got = _records(original), _records(scanned)
    pairs = [(a, b) for k in want for a, b in zip(want[k], got.get(k, []), strict=False)]
    moved = max((max(abs(x - y) for x, y in zip(a.provenance.bbox, b.provenance.bbox, strict=True))
                 for a, b in pairs if a.provenance.bbox and b.provenance.bbox), default=0.0)
    return want, got, moved


def _note(name, result, doc, notes) -> None:
    """What a scan gives against what is known of it, as one line of `notes`."""
    if name == "souldern":
        from extractors.tables import extract as tables

        expected = json.loads((SAMPLES / "transcribed" / (
            "souldern-pc-accounting-statements-2025-26-scanned-expected-transcribed.json"))
            .read_text())
        found, total = _cells_matching(tables(doc, None, money_only=False), expected)
        in_result, _ = _cells_matching(result.tables, expected)
        notes.append(f"Souldern accounting statements: {found} of {total} transcribed cells "
                     f"({found / total:.2f}) in the tables read; {in_result} in the result's "
                     "financial tables")
    elif name == "milburn":
        from extractors.tables import extract as tables

        expected = json.loads((SAMPLES / "transcribed" / (
            "milburn-pc-annual-return-2015-16-scanned-expected-transcribed.json")).read_text())
        found, total = _cells_matching(tables(doc, None, money_only=False), expected)
        notes.append(f"Milburn annual return 2015-16 (pdfium fallback): {found} of {total} "
                     "transcribed cells (its figures are handwritten: Tesseract reads print)")
    elif name == "suffolk":
        cells = sum(len([v for v in r.values if v is not None]) for t in result.tables
                    for r in t.rows)
        checks = sum(len(t.checks) for t in result.tables)
        passed = sum(t.checks_passed for t in result.tables)
        notes.append(f"Suffolk accounts 2012-13: {len(result.tables)} financial tables on pages "
                     f"{[t.pages for t in result.tables]}, {cells} figure cells; "
                     f"{passed} of {checks} arithmetic checks pass")
    elif name == "nipissing":
        agenda = pipeline.ingest(SAMPLES / "nipissing-agenda-2024-03-05.pdf")
        items = [m[1] for m in re.finditer(r"(?m)^\s*\d+\.\s*(.+)$", agenda.text)]
        page1 = doc.text[doc.pages[0].char_start:doc.pages[0].char_end]
        lines = {_norm(re.sub(r"^\s*\d+\.\s*", "", ln)) for ln in page1.splitlines()}
        matched = sum(1 for it in items if _norm(it) in lines)
        agenda_dates = {(d.start, d.end) for d in pipeline.extract(
            SAMPLES / "nipissing-agenda-2024-03-05.pdf", ocr="off").dates}
        scan_dates = {(d.start, d.end) for d in result.dates if d.provenance.page == 1}
        minutes = pipeline.extract(SAMPLES / "nipissing-minutes-2024-03-05.pdf", ocr="off")
        refs = sorted({r.ref for r in result.resolutions if r.ref})
        notes.append(
            f"Nipissing package: agenda items (page 1) {matched} of {len(items)} match the "
            f"text-layer agenda line for line; its dates {len(agenda_dates & scan_dates)} of "
            f"{len(agenda_dates)}; {len(result.dates)} dates, {len(result.resolutions)} "
            f"resolutions in all (refs {refs[:8]}...); the 5 March minutes (text) record "
            f"{len(minutes.resolutions)} resolutions taken at the meeting the package prepares; "
            f"kind {result.document.kind!r}, date {result.document.date}; items split "
            f"{[(i.number, i.first_page, i.last_page) for i in result.items]}, their titles "
            f"{sum(1 for i in result.items if _norm(i.title or '') in map(_norm, items))} of "
            f"{len(result.items)} the text-layer agenda's")


if __name__ == "__main__":
    main()
