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
    assert content_sha256(doc, 3, 8) == item_document(doc, split_pack(doc)[1]).source.content_sha256


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


def test_an_item_keeps_every_table_ruled_flag_and_cell_line():
    # The Sutton 2016 grant report has 6 ruled tables whose cells hold several lines each; cut to
    # an item of all its pages, the item's Document must hold the same tables, shifted.
    doc = ingested("sutton-coldfield-tc-community-grant-applications-report-2016-11-15.pdf")
    ruled = [t for t in doc.tables if t.ruled]
    assert len(ruled) == 6
    item = PackItem("1", None, 2, doc.pages[-1].number)
    sub = item_document(doc, item)
    shift = doc.pages[1].char_start
    kept = [t for t in doc.tables if t.char_start >= shift]
    assert [t.ruled for t in sub.tables] == [t.ruled for t in kept]
    for old, new in zip(kept, sub.tables, strict=True):
        for old_row, new_row in zip(old.rows, new.rows, strict=True):
            for a, b in zip(old_row, new_row, strict=True):
                assert b.lines == [(s - shift, e - shift) for s, e in a.lines]
                assert sub.text[b.char_start:b.char_end] == doc.text[a.char_start:a.char_end]


def _records(result):
    """What a result says, without where the file lay (the CLI and the batch see other paths)."""
    data = result.model_dump(mode="json")
    data.pop("source")
    for item in data.get("items", []):
        item["source"].pop("path")
    return data


def test_library_cli_and_batch_give_the_same_records(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.models import ExtractionResult

    for name in (MERTON, "sutton-coldfield-tc-community-grant-applications-report-2016-11-15.pdf"):
        library = pipeline.extract(SAMPLES / name)
        out = tmp_path / f"{name}.json"
        assert CliRunner().invoke(app, ["extract", str(SAMPLES / name), "-o", str(out)]).exit_code == 0
        cli = ExtractionResult.model_validate_json(out.read_text())
        run_batch([str(SAMPLES / name)], tmp_path / "store", workers=1)
        conn = sqlite3.connect(tmp_path / "store" / DB_NAME)
        (json_path,) = conn.execute("SELECT d.json_path FROM documents d JOIN appearances a ON"
                                    " a.document_id = d.id WHERE a.path = ? AND a.parent_id IS NULL",
                                    (str(SAMPLES / name),)).fetchone()
        stored = ExtractionResult.model_validate_json((tmp_path / "store" / json_path).read_text())
        assert _records(library) == _records(cli) == _records(stored)
        if name == MERTON:
            assert [(i.number, i.first_page, i.last_page) for i in library.items] == [
                ("1", 2, 2), ("3", 3, 8)]
            assert library.items[1].document.kind == "minutes"
            assert library.items[1].document.organisation == "Merton Council"
            stored_items = conn.execute("SELECT item_number, first_page, last_page, kind FROM"
                                        " documents WHERE parent_id IS NOT NULL ORDER BY first_page"
                                        ).fetchall()
            assert stored_items == [("1", 2, 2, "minutes"), ("3", 3, 8, "minutes")]


KENT_QUESTIONS = "kent-cc-county-council-2025-03-13-questions-put-and-answers-given-march-2025.pdf"
KENT_QUESTIONS_PACK = ("kent-cc-county-council-2025-03-13-pack-questions-put-and-answers-given-"
                       "13th-mar-2025-10-00-county-council.pdf")


def test_a_paper_republished_inside_a_pack_is_stored_once_with_both_places(tmp_path):
    # Kent prints its questions and answers on their own (17 pages) and again in a pack (20
    # pages: a covering letter, a blank page, then the same pages stamped "Agenda Item 6",
    # "Page 1" ...). Neither file's text equals the other's, but every page of the questions is
    # a page of the pack.
    run_batch([str(SAMPLES / KENT_QUESTIONS), str(SAMPLES / KENT_QUESTIONS_PACK)],
              tmp_path / "out", workers=2)
    conn = sqlite3.connect(tmp_path / "out" / DB_NAME)
    (n_docs,) = conn.execute("SELECT COUNT(*) FROM documents").fetchone()
    places = conn.execute("SELECT path FROM appearances").fetchall()
    assert n_docs == 1
    assert sorted(p.rsplit("/", 1)[1] for (p,) in places) == sorted([KENT_QUESTIONS,
                                                                      KENT_QUESTIONS_PACK])
    (dates_once,) = conn.execute("SELECT COUNT(*) FROM dates").fetchone()
    alone = pipeline.extract(SAMPLES / KENT_QUESTIONS)
    assert dates_once in (len(alone.dates), len(pipeline.extract(SAMPLES / KENT_QUESTIONS_PACK).dates))


def test_part_of_a_pack_item_published_alone_is_stored_once(tmp_path):
    # Pages 3-5 of the Merton pack's minutes item (pages 3-8), published on their own, are an
    # appearance of the item, whichever file the batch reads first.
    for first in ("a", "z"):
        folder = tmp_path / first
        folder.mkdir()
        shutil.copy(SAMPLES / MERTON, folder / f"m-{MERTON}")
        with pikepdf.open(SAMPLES / MERTON) as pdf:
            part = pikepdf.Pdf.new()
            part.pages.extend(pdf.pages[2:5])
            part.save(folder / f"{first}-minutes-part.pdf")
        run_batch([str(folder)], folder / "out", workers=1)
        conn = sqlite3.connect(folder / "out" / DB_NAME)
        rows = conn.execute("SELECT d.item_number, group_concat(a.path, '|') FROM documents d"
                            " JOIN appearances a ON a.document_id = d.id GROUP BY d.id"
                            " ORDER BY d.item_number").fetchall()
        by_item = {n: sorted(p.rsplit("/", 1)[1] for p in paths.split("|")) for n, paths in rows}
        assert by_item == {None: [f"m-{MERTON}"], "1": [f"m-{MERTON}"],
                           "3": sorted([f"m-{MERTON}", f"{first}-minutes-part.pdf"])}, first


# The Nipissing 5 March 2024 agenda package (a scan; its OCR lines, as read, below): the agenda
# on page 1 lists its items without page numbers; each report starts on a page of its own.
_NIPISSING_AGENDA = [
    "*** AGENDA ***", "Tuesday, March 5, 2024", "1. Disclosure of pecuniary interest.",
    "2. Committee Reports.", "3. Resolution: Adopt the minutes of the meeting held February 20, 2023.",
    "4. Staff Report: Proposed Town Hall Meeting.", "9. Correspondence.", "12. Adjournment."]
_NIPISSING_PAGES = [
    _NIPISSING_AGENDA,
    ["MINUTES", "TOWNSHIP OF NIPISSING", "Tuesday, February 20, 2024",
     "A regular meeting of the Township of Nipissing Council was held on Tuesday, February 20, 2024",
     "Disclosure of pecuniary interest: None.", "Committee Reports:"],
    ["Minutes February 20, 2024 Page 2", "R2024-045 T. Butler, D. Yemm:",
     "That we accept the correspondence as presented. Carried."],
    ["The Corporation of the Township of Nipissing", "45 Beatty Street", "REPORT TO COUNCIL",
     "Date: February 27, 2024", "Re: Proposed Town Hall Meeting", "BACKGROUND/OVERVIEW"],
    ["Staff Report Town Hall Meeting Proposal February 27, 2024 page 2", "Location options:"],
    ["TOWNSHIP OF NIPISSING", "CORRE SPONDENCE", "March 5, 2024",
     "3. Minutes of the Town of Parry Sound EMS Advisory Committee meeting held"],
    ["Town of Parry Sound EMS Advisory Committee", "Open Minutes", "Date: February 22, 2024"],
    ["Town of Parry Sound EMS Advisory Committee", "Open Minutes", "9. Dispatch Update",
     "11. Adjournment @ 7:54pm"],
]


def test_agenda_without_page_numbers_split_by_item_titles(make_pdf):
    path = make_pdf([[(50, 60 + 14 * k, line) for k, line in enumerate(page)]
                     for page in _NIPISSING_PAGES], name="nipissing-package.pdf")
    doc = pipeline.ingest(path, ocr="off")
    # Disclosure and Committee Reports have no pages (the minutes on page 2 name them in their
    # body, but their heading is their own); "Adjournment" on page 8 is under the running head
    # of the EMS minutes that began on page 7.
    assert split_pack(doc) == [
        PackItem("3", "Resolution: Adopt the minutes of the meeting held February 20, 2023", 2, 3),
        PackItem("4", "Staff Report: Proposed Town Hall Meeting", 4, 5),
        PackItem("9", "Correspondence", 6, 8),
    ]


def test_an_agenda_is_not_minutes_for_the_minutes_it_takes():
    # Nipissing 5 March 2024: "3. Resolution: Adopt the minutes of the meeting held ..." under
    # the heading "*** AGENDA ***"
    result = pipeline.extract(SAMPLES / "nipissing-agenda-2024-03-05.pdf")
    assert (result.document.kind, result.document.date) == ("agenda", "2024-03-05")
