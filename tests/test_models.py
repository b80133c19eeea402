"""Models: money is exact and keeps its sign; spans map to provenance; result JSON shape."""

from __future__ import annotations

import json
from decimal import Decimal

from pipeline.models import Amount, Provenance
from tests.conftest import ingested

PROV = Provenance(page=1, char_start=0, char_end=5, bbox=None, snippet="(265)")


def test_money_serialises_as_exact_numbers_with_sign():
    assert json.loads(Amount(text="(2,336)", value=Decimal("-2336000"), provenance=PROV)
                      .model_dump_json())["value"] == -2336000
    as_json = Amount(text="£702.35", value=Decimal("702.35"), provenance=PROV).model_dump_json()
    assert '"value":702.35' in as_json
    assert '"value":2336000,' in Amount(text="x", value=Decimal("2336000.00"),
                                        provenance=PROV).model_dump_json()


def test_provenance_of_text_span():
    doc = ingested("wsx-scrutiny-minutes-2022-11.txt")
    i = doc.text.index("Resolved – That the Committee:")
    prov = doc.provenance(i, i + len("Resolved – That the Committee:"))
    assert prov.page == 1 and prov.bbox is None
    assert prov.snippet == "Resolved – That the Committee:"
    assert (prov.char_start, prov.char_end) == (i, i + 30)
