"""Scans made from text-layer papers (for the OCR tests and bench/ocr_bench.py)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

SCAN_DPI = 300
"""A scanner's usual setting for office papers."""


def page_pdf(src: Path, pages: list[int], dest: Path) -> Path:
    """The 1-based `pages` of `src` as a PDF of their own (text layer kept)."""
    pdf, out = pdfium.PdfDocument(str(src)), pdfium.PdfDocument.new()
    out.import_pages(pdf, [p - 1 for p in pages])
    out.save(str(dest))
    return dest


def image_only_pdf(src: Path, pages: list[int], dest: Path, dpi: int = SCAN_DPI) -> Path:
    """The 1-based `pages` of `src` rendered to grey images and wrapped as an image-only PDF of
    the same page size (what a scanner gives: no text layer)."""
    pdf = pdfium.PdfDocument(str(src))
    images = [pdf[p - 1].render(scale=dpi / 72, grayscale=True).to_pil() for p in pages]
    images[0].save(str(dest), "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return dest
