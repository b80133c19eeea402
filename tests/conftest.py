from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

import pipeline
from pipeline.ingest.ocr import pdf_file
from pipeline.models import ExtractionResult

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# OCR is off unless a test asks for it (`ocr="auto"`, `--ocr auto`): the tests that read every
# sample would otherwise OCR every scan in samples/ (75 pages, minutes on two cores). The OCR
# tests (tests/test_ocr.py) OCR a few pages with a cache of their own, cold in every session:
# no test depends on a warm cache. Set here so that CLI subprocesses inherit it too.
os.environ["AGENDAPACK_OCR"] = "off"
os.environ["AGENDAPACK_OCR_CACHE"] = tempfile.mkdtemp(prefix="agendapack-test-ocr-")
atexit.register(shutil.rmtree, os.environ["AGENDAPACK_OCR_CACHE"], ignore_errors=True)


STORE_PAPERS = ["wsx-children-first-progress-2020-09.txt", "stoke-ferry-pc-minutes-2012-11.html",
                "stoke-ferry-pc-minutes-2012-12.html", "wsx-children-first-update-2020-06.txt"]


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A batch store of four small papers (two minutes, two reports), made once per session."""
    import shutil

    from pipeline.batch import run_batch

    tmp = tmp_path_factory.mktemp("store")
    folder = tmp / "papers"
    folder.mkdir()
    for name in STORE_PAPERS:
        shutil.copy(SAMPLES / name, folder / name)
    summary = run_batch([str(folder)], tmp / "out", workers=2)
    assert summary.exit_code == 0
    return tmp / "out"


@functools.cache
def extracted(name: str) -> ExtractionResult:
    """Each sample is extracted once per test session."""
    return pipeline.extract(SAMPLES / name)


@functools.cache
def ingested(name: str) -> pipeline.Document:
    return pipeline.ingest(SAMPLES / name)


def pdf_bytes(pages: list[list[tuple[float, float, str]]], size=(595.0, 842.0), font_size=10) -> bytes:
    """A minimal, valid PDF: each page is a list of (x, y-from-top, text) in Helvetica."""
    objects: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, items in enumerate(pages):
        ops = []
        for x, y, text in items:
            esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 {font_size} Tf {x} {size[1] - y} Td ({esc}) Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {size[0]} {size[1]}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return pdf_file(objects)


@pytest.fixture
def make_pdf(tmp_path):
    def make(pages, name="made.pdf", **kw) -> Path:
        path = tmp_path / name
        path.write_bytes(pdf_bytes(pages, **kw))
        return path

    return make
