"""A picture of the printed page around a change's evidence, embedded in the HTML report.

Rendered with pypdfium2 from the paper itself (when `source.path` is still there and is a PDF),
as a PNG data URI, so that the report stands alone when it is mailed or shared.
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from pathlib import Path

from ..models import DiffSide, Provenance

# Points of page kept above and below the evidence's box: two or three lines of context.
CROP_MARGIN_PT = 28
# Render scale (1 = 72 dpi): 1.6 keeps 9pt print legible on screen and on paper.
CROP_SCALE = 1.6
# Crops per report: each is 20-60 kB, and a report of a hundred changes should stay mailable.
CROP_LIMIT = 12


@lru_cache(maxsize=8)
def _pdf(path: str):
    import pypdfium2

    return pypdfium2.PdfDocument(path)


def crop_uri(side: DiffSide, p: Provenance | None) -> str | None:
    """A data: URI of a band of the page across the evidence, or None when there is no page
    to render (text and HTML papers, a moved or missing file, no box)."""
    if p is None or p.bbox is None or not p.page or side.source.format != "pdf":
        return None
    path = Path(side.source.path)
    if not path.is_file():
        return None
    try:
        pdf = _pdf(str(path.resolve()))
        page = pdf[p.page - 1]
        width, height = page.get_size()
        _, top, _, bottom = p.bbox
        crop = (0, max(0.0, height - bottom - CROP_MARGIN_PT), 0, max(0.0, top - CROP_MARGIN_PT))
        image = page.render(scale=CROP_SCALE, crop=crop).to_pil()
    except Exception:  # noqa: BLE001 - a picture that cannot be drawn is left out, never fatal
        return None
    buf = io.BytesIO()
    image.convert("L").save(buf, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
