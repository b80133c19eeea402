"""Agenda packs split into items: by the agenda's item list, by the PDF outline; items stored
as their own documents, and a report found in a pack and standalone stored once."""

from __future__ import annotations

import shutil
import sqlite3

import pikepdf

import pipeline
from pipeline.batch import run_batch
from pipeline.packs import PackItem, content_sha256, item_document, split_pack
from pipeline.store import DB_NAME
from tests.conftest import SAMPLES, ingested

MERTON = "merton-audit-committee-agenda-pack-2009-10-22.pdf"


def test_merton_pack_split_by_agenda_item_list():
    # The agenda (PDF page 2) lists items 1-8 with printed pages 1, 3, 9, 23...; this copy of the
    # pack stops at page 8, so only items 1 and 3 are in the file (item 2 has no page of its own).
    assert split_pack(ingested(MERTON)) == [
        PackItem("1", "Declarations of interest", 2, 2),
        PackItem("3", "Minutes of the meeting held on 24 September 2009 and notes of", 3, 8),
    ]


def test_item_document_keeps_offsets_and_pack_page_numbers():
    doc = ingested(MERTON)
    item = split_pack(doc)[1]
    sub = item_document(doc, item)
    assert sub.text == doc.text[doc.pages[2].char_start:doc.pages[7].char_end]
    assert [p.number for p in sub.pages] == [3, 4, 5, 6, 7, 8]
    assert sub.source.path.endswith(f"{MERTON}#pages=3-8") and sub.source.pages == 6
    for w in sub.words[:50]:  # every word's span still reads the same text on the same page
        original = next(x for x in doc.words if x.bbox == w.bbox and x.page == w.page)
        assert sub.text[w.char_start:w.char_end] == doc.text[original.char_start:original.char_end]
    result = pipeline.extract_document(sub)
    assert result.document.kind == "minutes" and result.document.date == "2009-09-24"
    assert result.resolutions and all(3 <= r.provenance.page <= 8 for r in result.resolutions)
    first = result.resolutions[0].provenance
    assert sub.text[first.char_start:first.char_end].startswith(first.snippet[:10])


def test_outline_is_used_when_present(tmp_path):
    path = tmp_path / "pack-with-outline.pdf"
    with pikepdf.open(SAMPLES / MERTON) as pdf:
        with pdf.open_outline() as outline:
            for title, page in [("Agenda", 1), ("Item 3 Minutes", 2), ("Item 4 Complaints", 5)]:
                outline.root.append(pikepdf.OutlineItem(title, page))
        pdf.save(path)
    doc = pipeline.ingest(path)
    assert [(i.number, i.first_page, i.last_page) for i in split_pack(doc)] == [
        ("1", 2, 2), ("3", 3, 5), ("4", 6, 8)]


def test_content_hash_ignores_page_numbers():
    doc = ingested(MERTON)
    assert content_sha256(doc, 3, 3) != content_sha256(doc, 4, 4)
    assert content_sha256(doc, 3, 8) == item_document(doc, split_pack(doc)[1]).source.sha256


def test_batch_stores_items_and_a_report_found_twice_once(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(SAMPLES / MERTON, folder / MERTON)
    # The minutes (pages 3-8 of the pack) also published on their own.
    with pikepdf.open(SAMPLES / MERTON) as pdf:
        alone = pikepdf.Pdf.new()
        alone.pages.extend(pdf.pages[2:8])
        alone.save(folder / "merton-audit-minutes-2009-09-24.pdf")
    summary = run_batch([str(folder)], tmp_path / "out", workers=2)
    assert summary.exit_code == 0
    conn = sqlite3.connect(tmp_path / "out" / DB_NAME)
    docs = conn.execute("SELECT d.id, d.kind, p.kind, d.item_number, d.first_page, d.last_page,"
                        " d.organisation FROM documents d LEFT JOIN documents p ON p.id = d.parent_id"
                        " ORDER BY d.kind, d.item_number").fetchall()
    assert [row[1:] for row in docs] == [
        ("agenda_pack", None, None, None, None, "Merton Council"),
        ("minutes", "agenda_pack", "1", 2, 2, "Merton Council"),
        ("minutes", "agenda_pack", "3", 3, 8, "Merton Council"),
    ]
    minutes_id = docs[2][0]
    places = conn.execute("SELECT path, item_number, first_page FROM appearances"
                          " WHERE document_id = ? ORDER BY path", (minutes_id,)).fetchall()
    assert [(p.rsplit("/", 1)[1], n, f) for p, n, f in places] == [
        (MERTON, "3", 3), ("merton-audit-minutes-2009-09-24.pdf", None, None)]
    # Records belong to the item whose pages hold them, never twice.
    pages = dict(conn.execute("SELECT document_id, group_concat(DISTINCT page) FROM resolutions"
                              " GROUP BY document_id"))
    assert set(pages) == {minutes_id}
    assert all(3 <= int(p) <= 8 for p in pages[minutes_id].split(","))
