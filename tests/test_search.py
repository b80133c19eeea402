"""Full-text search, the views, schema migrations, Datasette's metadata and a real Datasette."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipeline.batch import run_batch
from pipeline.search import SearchError, search
from pipeline.store import (
    DB_NAME,
    METADATA_NAME,
    STORE_VERSION,
    TABLES,
    VIEWS,
    Store,
    StoreVersionError,
    open_store,
)
from tests.conftest import ROOT, SAMPLES

OLD_STORE = ROOT / "tests" / "data" / "store-0.1.0.sql"
"""`sqlite3 .dump` of a store written by release 0.1.0 (main at 6bb3240) from
stoke-ferry-pc-minutes-2012-11.html and wsx-children-first-progress-2020-09.txt"""


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout)


def test_search_finds_precept_on_the_page_of_each_paper(sample_store):
    hits = search(sample_store, "precept")
    assert sorted((Path(h.source_path).name, h.kind, h.page, h.date) for h in hits) == [
        ("stoke-ferry-pc-minutes-2012-11.html", "page", 1, "2012-11-21"),
        ("stoke-ferry-pc-minutes-2012-12.html", "page", 1, "2012-12-19")]
    december = next(h for h in hits if h.date == "2012-12-19")
    assert december.plain_snippet("[", "]").strip(" …") == (
        "Cllr Bivon queried the possible 7.5% increase in the [Precept] for the next "
        "financial year")
    assert december.organisation == "Stoke Ferry Parish Council"
    assert december.link.endswith("stoke-ferry-pc-minutes-2012-12.html#page=1")
    # filters: since, organisation (any case, part of the name), kind
    assert [h.date for h in search(sample_store, "precept", since="2012-12")] == ["2012-12-19"]
    assert search(sample_store, "precept", since="2013") == []
    assert search(sample_store, "precept", organisation="west sussex") == []
    assert len(search(sample_store, "precept", organisation="STOKE FERRY")) == 2
    assert search(sample_store, "precept", kind="resolution") == []


def test_search_covers_resolutions_appointments_and_table_rows(sample_store):
    [cemetery] = search(sample_store, "cemetery", kind="resolution")
    assert cemetery.plain_snippet("[", "]") == ("Cllr Mrs Clements proposed that Cllr Ryves be "
                                                "replaced by Cllr Nicholas-Letch on the [Cemetery] … ")
    assert (cemetery.record_table, cemetery.date) == ("resolutions", "2012-11-21")
    clerks = search(sample_store, "Hardy", kind="appointment")
    assert {h.plain_snippet() for h in clerks} == {"C Hardy, Clerk: Mrs C Hardy (Clerk)"}
    rows = search(sample_store, '"leadership development programme"', kind="table_row")
    assert rows and {h.organisation for h in rows} == {"West Sussex County Council"}
    assert all(h.record_table == "table_rows" for h in rows)
    # Porter stemming: "precepts" finds "Precept"
    assert len(search(sample_store, "precepts", kind="page")) == 2


def test_search_command_prints_hits_with_page_links(sample_store):
    proc = cli("search", str(sample_store), "precept", "--since", "2012-12")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Minutes of Stoke Ferry Parish Council Meeting held in The "
                               "Community Centre At 7.30pm on Wednesday 19 December 2012")
    assert lines[1].startswith("  p.1 page:") and "increase in the Precept for" in lines[1]
    assert lines[2].strip().endswith("stoke-ferry-pc-minutes-2012-12.html#page=1")
    assert proc.stderr.strip() == "1 hit"
    as_json = json.loads(cli("search", str(sample_store), "precept", "--format", "json").stdout)
    assert {h["link"].rsplit("/", 1)[-1] for h in as_json} == {
        "stoke-ferry-pc-minutes-2012-11.html#page=1", "stoke-ferry-pc-minutes-2012-12.html#page=1"}
    assert all("[Precept]" in h["snippet"] for h in as_json)


@pytest.mark.parametrize("args, message", [
    (["--kind", "minute"], "--kind must be one of page, resolution, recommendation, "
                           "appointment, table_row (got 'minute')"),
    (["--since", "Dec 2012"], "--since must be YYYY, YYYY-MM or YYYY-MM-DD (got 'Dec 2012')"),
])
def test_search_bad_filters_are_one_line_exit_2(sample_store, args, message):
    proc = cli("search", str(sample_store), "precept", *args)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"error: {message}"


def test_search_bad_query_and_missing_store(sample_store, tmp_path):
    with pytest.raises(SearchError, match="not a search the index understands"):
        search(sample_store, '"precept')
    proc = cli("search", str(tmp_path), "precept")
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"error: {tmp_path}: no {DB_NAME} here (run `agendapack "
                                   f"batch ... --out {tmp_path}`)")


def test_views_join_in_the_paper(sample_store):
    conn = sqlite3.connect(sample_store / DB_NAME)
    for view in VIEWS:
        assert conn.execute(f"SELECT count(*) FROM {view}").fetchone()[0] > 0, view
    assert conn.execute("SELECT count(*) FROM resolutions_v").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM resolutions").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM cells_v").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM table_cells").fetchone()[0]
    row = conn.execute("SELECT items, organisation, committee, date, year, page FROM resolutions_v"
                       " WHERE items LIKE '%Cemetery Committee%'").fetchone()
    assert row[1:] == ("Stoke Ferry Parish Council", "Stoke Ferry Parish Council", "2012-11-21",
                       "2012", 1)
    person = conn.execute("SELECT person, role, organisation, date FROM appointments_v"
                          " WHERE person = 'C Hardy' ORDER BY date").fetchall()
    assert person == [("C Hardy", "Clerk", "Stoke Ferry Parish Council", "2012-11-21"),
                      ("C Hardy", "Clerk", "Stoke Ferry Parish Council", "2012-12-19")]
    # the FTS index is in step with its table (also after test_store's --force re-extraction)
    conn.execute("INSERT INTO search_entries_fts (search_entries_fts) VALUES ('integrity-check')")
    assert conn.execute("SELECT count(*) FROM search_entries").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM search_entries_fts").fetchone()[0]


def _old_store(folder: Path) -> Path:
    folder.mkdir(parents=True)
    conn = sqlite3.connect(folder / DB_NAME)
    conn.executescript(OLD_STORE.read_text(encoding="utf-8"))
    conn.close()
    return folder


def _counts(db: Path, tables) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_a_store_of_release_0_1_0_opens_and_upgrades(tmp_path):
    out = _old_store(tmp_path / "out")
    old_tables = [t for t in TABLES if t not in ("page_texts", "inputs", "amendments")]  # added since 0.1.0
    before = _counts(out / DB_NAME, old_tables)
    assert before["documents"] == 2 and before["resolutions"] == 7
    conn = sqlite3.connect(out / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()
    with Store(out) as store:
        assert store.upgraded_from == 0
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        meta = store.conn.execute("SELECT value FROM meta WHERE key = 'store_schema_version'")
        assert (version, meta.fetchone()[0]) == (STORE_VERSION, str(STORE_VERSION))
    assert _counts(out / DB_NAME, old_tables) == before  # nothing lost
    # the records already stored are searchable at once; page text comes with re-extraction
    [hit] = search(out, "cemetery")
    assert (hit.kind, hit.page, hit.organisation) == ("resolution", 1, "Stoke Ferry Parish Council")
    assert search(out, "precept", kind="page") == []
    assert (out / METADATA_NAME).is_file()
    # opening again is a no-op; a batch into the upgraded store adds the pages of a new paper
    with Store(out) as store:
        assert store.upgraded_from == STORE_VERSION
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(SAMPLES / "stoke-ferry-pc-minutes-2012-12.html", folder)
    assert run_batch([str(folder)], out, workers=1).exit_code == 0
    assert [h.date for h in search(out, "precept")] == ["2012-12-19"]


def test_a_store_from_a_newer_release_is_refused_untouched(tmp_path):
    out = _old_store(tmp_path / "out")
    conn = sqlite3.connect(out / DB_NAME)
    conn.execute(f"PRAGMA user_version = {STORE_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreVersionError, match=f"store version {STORE_VERSION + 1} was written "
                                                "by a newer agendapack"):
        open_store(out)
    proc = cli("search", str(out), "precept")
    assert proc.returncode == 2 and "written by a newer agendapack" in proc.stderr
    conn = sqlite3.connect(out / DB_NAME)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'search_entries'"
                        ).fetchone()[0] == 0


def test_datasette_metadata_is_written_with_the_store(sample_store):
    meta = json.loads((sample_store / METADATA_NAME).read_text())
    tables = meta["databases"]["agendapack"]["tables"]
    documents = tables["documents"]
    assert documents["label_column"] == "title"
    assert documents["facets"] == ["organisation", "committee", "kind", "date"]
    assert documents["columns"]["title"] == ("the paper's title as printed (an item: from the "
                                             "pack's list)")
    assert documents["description"] == "One row per paper or agenda-pack item (distinct content)."
    assert tables["search_v"]["fts_table"] == tables["search_entries"]["fts_table"] == \
        "search_entries_fts"
    assert tables["resolutions_v"]["facets"] == ["organisation", "committee", "kind",
                                                 "document_kind", "date", "year"]
    assert set(VIEWS) <= set(tables)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str, deadline: float) -> dict:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return json.loads(response.read())
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_serve_runs_datasette_with_facets_and_search(sample_store):
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", str(sample_store),
                               "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}/agendapack"
        found = _get_json(f"{base}/search_v.json?_search=precept&_shape=objects",
                          time.monotonic() + 90)
        assert sorted((Path(r["source_path"]).name, r["kind"], r["page"]) for r in found["rows"]) \
            == [("stoke-ferry-pc-minutes-2012-11.html", "page", 1),
                ("stoke-ferry-pc-minutes-2012-12.html", "page", 1)]
        docs = _get_json(f"{base}/documents.json", time.monotonic() + 30)
        facets = docs["facet_results"]
        assert list(facets) == ["organisation", "committee", "kind", "date"]
        assert {r["value"]: r["count"] for r in facets["kind"]["results"]} == {
            "minutes": 2, "report": 2}
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_serve_without_datasette_says_how_to_install(sample_store):
    code = ("import sys; sys.modules['datasette'] = None; sys.argv = ['agendapack', 'serve', "
            f"{str(sample_store)!r}]; from pipeline.cli import app; app()")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip() == ("error: `serve` needs Datasette, which is not installed: "
                                   "pip install 'agendapack[serve]'")
