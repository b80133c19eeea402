"""Benchmark: OCR seconds per page on the scans in samples/, from a cold cache, and what the
scans give against what is known of them.

- seconds per OCR page: wall clock (Tesseract processes run one per core) and Tesseract's CPU;
- scans made here from text-layer papers of four kinds (minutes, a report with £000 tables,
  agendas; every page rendered at 300 dpi, wrapped as an image-only PDF): per paper and record
  kind (dates, amounts, resolutions, appointments, table cells) the share of the original's
  records found, and how far their boxes moved (median, largest, how many within 3 pt);
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
OWN_SCANS = [
    ("minutes", "milburn-pc-minutes-2018-03-06.pdf"),
    ("minutes", "nipissing-minutes-2024-03-05.pdf"),
    ("report with £000 tables", "kent-cc-cabinet-2025-03-04-cabinet-report-4-march-2025.pdf"),
    ("agenda", "souldern-pc-agenda-2026-01-29.pdf"),
    ("agenda front sheet", "kent-cc-cabinet-2025-03-13-agenda-frontsheet-13th-mar-2025-15-00-cabinet.pdf"),
]
"""Text-layer papers of four councils, of the kinds scanned papers come as (minutes, a report
with £000 tables, agendas; none of the blind test split), every page scanned here at 300 dpi:
the share of the original's records the scan gives."""


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
    console = Console(width=max(Console().width, 200))
    cache = args.cache or Path(tempfile.mkdtemp(prefix="agendapack-ocr-bench-"))
    settings = OcrSettings(mode="auto", cache=cache)
    speed = Table(title=f"OCR seconds per page (cache {cache}{'' if args.cache else ', cold'}; load average "
                        f"{__import__('os').getloadavg()[0]:.1f} on {__import__('os').cpu_count()} cores)")
    for col in ("paper", "OCR pages", "ingest s (OCR)", "s/page", "Tesseract CPU s/page",
                "mean confidence", "extract s (cached)"):
        speed.add_column(col)
    notes: list[str] = []
    own: list[tuple[str, str, int, dict]] = []
    total_pages, total_wall, total_cpu = 0, 0.0, 0.0
    for name in args.only.split(","):
        for kind, path in ([(k, SAMPLES / f) for k, f in OWN_SCANS] if name == "own-scan"
                           else [(name, SAMPLES / SCANS[name])]):
            original = path
            if name == "own-scan":
                import pypdfium2

                made = Path(tempfile.mkdtemp()) / f"{path.stem}-scanned.pdf"
                path = image_only_pdf(path, list(range(1, len(pypdfium2.PdfDocument(str(path))) + 1)), made)
            result, doc, wall, cpu, extract_s = timed(path, settings)
            ocr_pages = [p for p in doc.pages if p.text_source == "ocr"]
            n = max(len(ocr_pages), 1)
            confs = [p.ocr_confidence for p in ocr_pages if p.ocr_confidence is not None]
            total_pages, total_wall, total_cpu = (total_pages + len(ocr_pages), total_wall + wall,
                                                  total_cpu + cpu)
            speed.add_row(path.name, str(len(ocr_pages)), f"{wall:.1f}", f"{wall / n:.2f}",
                          f"{cpu / n:.2f}", f"{sum(confs) / len(confs):.1f}" if confs else "-",
                          f"{extract_s:.1f}")
            if name == "own-scan":
                row = _compare(pipeline.extract(original, ocr="off"), result)
                own.append((kind, original.name, len(doc.pages), row))
                continue
            _note(name, result, doc, notes)
    if total_pages:
        speed.add_row("all", str(total_pages), f"{total_wall:.1f}", f"{total_wall / total_pages:.2f}",
                      f"{total_cpu / total_pages:.2f}", "", "")
    console.print(speed)
    if own:
        console.print(_own_table(own))
    for note in notes:
        console.print(note)


RECORD_KINDS = ("date", "amount", "resolution", "appointment", "cell")


def _own_records(result) -> dict[tuple, list]:
    """`_records` (dates, amounts, resolutions, appointments by what they say) and each table
    cell by its row, column and value (each with the provenance of its row)."""
    keyed = _records(result)
    for table in result.tables:
        for row in table.rows:
            for column, value in zip(table.columns, row.values, strict=False):
                if value is not None:
                    keyed.setdefault(("cell", row.label, column.label, value), []).append(row)
    return keyed


def _compare(original, scanned) -> dict:
    """Per record kind, (records of the original, found in the scan), and the distances (pt,
    the largest of the four sides) between the boxes of those found."""
    want, got = _own_records(original), _own_records(scanned)
    counts = {kind: [0, 0] for kind in RECORD_KINDS}
    moved: list[float] = []
    for key, records in want.items():
        found = got.get(key, [])
        counts[key[0]][0] += len(records)
        counts[key[0]][1] += min(len(records), len(found))
        for a, b in zip(records, found, strict=False):
            if a.provenance.bbox and b.provenance.bbox and a.provenance.page == b.provenance.page:
                moved.append(max(abs(x - y) for x, y in zip(a.provenance.bbox, b.provenance.bbox,
                                                             strict=True)))
    missing = sorted((k for k in want if len(got.get(k, [])) < len(want[k])), key=str)
    return {"counts": counts, "moved": moved, "missing": missing}


def _own_table(own) -> Table:
    """One row per own scan and one for all: records of the original found in the scan, by
    kind, and how far their boxes moved."""
    table = Table(title="Own scans (300 dpi, image-only) against their text-layer originals")
    for col in ("kind", "paper", "pages", *RECORD_KINDS, "all", "share", "bbox median pt",
                "bbox max pt", "bbox <= 3 pt"):
        table.add_column(col)
    totals = {kind: [0, 0] for kind in RECORD_KINDS}
    moved_all: list[float] = []

    def cells(counts, moved):
        want = sum(c[0] for c in counts.values())
        found = sum(c[1] for c in counts.values())
        median = sorted(moved)[len(moved) // 2] if moved else 0.0
        return ([f"{counts[k][1]}/{counts[k][0]}" for k in RECORD_KINDS]
                + [f"{found}/{want}", f"{found / want:.3f}" if want else "-", f"{median:.1f}",
                   f"{max(moved, default=0.0):.1f}",
                   f"{sum(m <= 3 for m in moved)}/{len(moved)}"])

    for kind, name, pages, row in own:
        table.add_row(kind, name[:40], str(pages), *cells(row["counts"], row["moved"]))
        for k, (a, b) in row["counts"].items():
            totals[k][0] += a
            totals[k][1] += b
        moved_all += row["moved"]
        if row["missing"]:
            table.caption = (table.caption or "") + f"{name[:40]} misses {row['missing'][:6]}; "
    table.add_row("all", "", str(sum(p for _, _, p, _ in own)), *cells(totals, moved_all))
    return table


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
