"""`agendapack batch`: broken papers isolated, cache, resume after SIGKILL, Dask = local."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pikepdf
import pytest

from pipeline import batch
from pipeline.batch import PaperOutcome, collect_inputs, run_batch, run_local
from pipeline.store import DB_NAME
from tests.conftest import ROOT, SAMPLES

GOOD = ["wsx-scrutiny-minutes-2022-11.txt", "milburn-pc-minutes-2018-03-06.pdf",
        "stoke-ferry-pc-minutes-2012-11.html"]


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


def good_folder(tmp: Path, names=GOOD) -> Path:
    folder = tmp / "papers"
    folder.mkdir()
    for name in names:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def add_broken(folder: Path) -> list[str]:
    pdf = (SAMPLES / "milburn-pc-minutes-2018-03-06.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (folder / "not-a-pdf.pdf").write_text("Minutes of the meeting, saved as text\n")
    (folder / "empty.pdf").write_bytes(b"")
    with pikepdf.open(SAMPLES / "milburn-pc-minutes-2018-03-06.pdf") as doc:
        doc.save(folder / "encrypted.pdf", encryption=pikepdf.Encryption(user="secret", owner="o"))
    return ["empty.pdf", "encrypted.pdf", "not-a-pdf.pdf", "truncated.pdf"]


def rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows with row ids replaced by content keys and timings left out: two stores
    holding the same papers compare equal whatever order the papers were written in."""
    conn = sqlite3.connect(db)
    try:
        doc_key = dict(conn.execute("SELECT id, content_sha256 FROM documents"))
        table_key = {i: (doc_key[d], n) for i, d, n in
                     conn.execute("SELECT id, document_id, table_index FROM tables")}
        row_key = {i: (table_key[t], n) for i, t, n in
                   conn.execute("SELECT id, table_id, row_index FROM table_rows")}
        res_key = {i: (doc_key[d], s) for i, d, s in
                   conn.execute("SELECT id, document_id, char_start FROM resolutions")}
        parents = {"document_id": doc_key, "parent_id": doc_key, "table_id": table_key,
                   "row_id": row_key, "resolution_id": res_key}
        out = {}
        # (the full-text index's own tables are binary and depend on the order of writing; its
        # entries are compared without the ids of the records they index)
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                    " AND name NOT LIKE 'search_entries_fts%'"):
            cols = [c[1] for c in conn.execute(f'PRAGMA table_info("{name}")')]
            keep = [c for c in cols if c not in ("id", "seconds", "record_id")]
            found = []
            for r in conn.execute(f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in keep)} FROM "{name}"'):
                found.append(tuple(parents[c].get(v, v) if c in parents and v is not None else v
                                   for c, v in zip(keep, r, strict=True)))
            out[name] = sorted(found, key=repr)
        return out
    finally:
        conn.close()


def test_collect_inputs_takes_papers_skips_the_rest(tmp_path):
    folder = good_folder(tmp_path)
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / "README.md").write_text("about these papers")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.txt").write_text("x")
    papers, skipped = collect_inputs([str(folder), str(folder / "*.txt")])
    assert sorted(p.name for p in papers) == sorted(GOOD)
    assert sorted((p.name, why) for p, why in skipped) == [
        ("README.md", "documentation file, not a paper"), ("notes.docx", "not a paper (unsupported type)")]
    with pytest.raises(batch.UsageError, match="no such file, folder or matching glob"):
        collect_inputs([str(tmp_path / "nothing-*.pdf")])


def test_good_and_broken_papers_then_cached_rerun(tmp_path):
    folder = good_folder(tmp_path)
    broken = add_broken(folder)
    out = tmp_path / "out"
    proc = run_cli("batch", str(folder), "--out", str(out), "--workers", "2")
    assert proc.returncode == 1, proc.stderr
    db = out / DB_NAME
    assert sorted(Path(p).name for (p,) in rows(db, "SELECT source_path FROM documents")) == sorted(GOOD)
    errors = rows(db, "SELECT path, stage, error_type FROM errors ORDER BY path")
    assert [(Path(p).name, s, t) for p, s, t in errors] == [
        ("empty.pdf", "ingest", "EmptyFile"), ("encrypted.pdf", "ingest", "EncryptedPdf"),
        ("not-a-pdf.pdf", "ingest", "NotAPdf"), ("truncated.pdf", "ingest", "TruncatedPdf")]
    for name in broken:  # the summary says which failed
        assert name in proc.stderr
    sha = rows(db, f"SELECT sha256 FROM documents WHERE source_path LIKE '%{GOOD[0]}'")[0][0]
    assert (out / "json" / f"{sha}.json").is_file()
    before = snapshot(db)

    # failures are tried again (issue 18), the good papers come from the cache
    rerun = run_cli("batch", str(folder), "--out", str(out), "--workers", "2")
    assert rerun.returncode == 1
    statuses = sorted(line.split()[1] for line in rerun.stderr.splitlines() if line.startswith("["))
    assert statuses == ["cached"] * 3 + ["failed"] * 4
    assert snapshot(db) == before
    kept = run_cli("batch", str(folder), "--out", str(out), "--workers", "2", "--no-retry-failed")
    assert kept.returncode == 1
    statuses = sorted(line.split()[1] for line in kept.stderr.splitlines() if line.startswith("["))
    assert statuses == ["cached"] * 3 + ["cached-failed"] * 4
    assert snapshot(db) == before


def test_the_store_version_names_the_text_layer(monkeypatch):
    """A result read with pdfium's words is kept apart from pdfplumber's: a batch run with the
    other AGENDAPACK_TEXT_LAYER reads every paper again instead of taking the other's results."""
    from pipeline.ingest import pdf as pdf_ingest
    from pipeline.ingest.ocr import OcrSettings

    settings = OcrSettings.from_env("off")
    versions = {}
    for layer in ("pdfium", "pdfplumber", "anything else"):
        monkeypatch.setattr(pdf_ingest, "TEXT_LAYER", layer)
        versions[layer] = batch.store_version(settings)
    assert versions["pdfium"].endswith("+pdfium+ocr-off")
    assert versions["pdfplumber"].endswith("+pdfplumber+ocr-off")
    assert versions["anything else"] == versions["pdfplumber"]  # read_pdf reads it as pdfplumber


def test_usage_errors_exit_2(tmp_path):
    proc = run_cli("batch", str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "no such file, folder or matching glob" in proc.stderr
    proc = run_cli("batch", str(SAMPLES / GOOD[0]), "--out", str(tmp_path / "o"), "--workers", "0")
    assert proc.returncode == 2 and "--workers must be at least 1" in proc.stderr
    assert not (tmp_path / "o").exists()


def test_sigkill_then_rerun_equals_uninterrupted_run(tmp_path):
    names = ["milburn-pc-minutes-2018-03-06.pdf", "milburn-pc-minutes-2018-01-16.pdf",
             "milburn-pc-minutes-2016-05-03-agm.pdf", "wsx-scrutiny-minutes-2022-11.txt",
             "stoke-ferry-pc-minutes-2012-11.html", "nipissing-minutes-2024-03-19.pdf"]
    folder = good_folder(tmp_path, names)
    killed = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "batch", str(folder), "--out",
                             str(killed), "--workers", "1"], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = killed / DB_NAME
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline:  # kill it once some papers, not all, are stored
        if db.exists():
            try:
                done = rows(db, "SELECT count(*) FROM files")[0][0]
            except sqlite3.OperationalError:
                done = 0
        if done >= 2:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 2 <= done < len(names)
    assert run_cli("batch", str(folder), "--out", str(killed), "--workers", "1").returncode == 0
    whole = tmp_path / "whole"
    assert run_cli("batch", str(folder), "--out", str(whole), "--workers", "2").returncode == 0
    assert snapshot(db) == snapshot(whole / DB_NAME)
    assert len(snapshot(db)["documents"]) == len(names)


def test_dask_path_gives_the_same_rows_as_the_local_path(tmp_path):
    from distributed import LocalCluster

    folder = good_folder(tmp_path, GOOD[:2])
    local = run_batch([str(folder)], tmp_path / "local", workers=1)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, host="127.0.0.1",
                      protocol="tcp://", dashboard_address=":0") as cluster:
        remote = run_batch([str(folder)], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert local.exit_code == remote.exit_code == 0
    assert [p.status for p in remote.papers] == ["ok", "ok"]
    assert snapshot(tmp_path / "dask" / DB_NAME) == snapshot(tmp_path / "local" / DB_NAME)


# Stand-ins for process_paper (module level, so worker processes can import them).
def sleeps(path: str) -> PaperOutcome:
    time.sleep(60)
    return PaperOutcome(path=path)


def dies(path: str) -> PaperOutcome:
    os.kill(os.getpid(), signal.SIGKILL)
    return PaperOutcome(path=path)


def test_hang_and_worker_death_become_failures_and_the_pool_goes_on(tmp_path):
    outcomes = list(run_local(["a.pdf", "b.pdf"], workers=1, timeout=1.5, task=sleeps))
    assert [(o.path, o.error_type) for o in outcomes] == [("a.pdf", "Timeout"), ("b.pdf", "Timeout")]
    assert "still running after 1.5 s" in outcomes[0].message
    outcomes = list(run_local(["c.pdf"], workers=1, timeout=30, task=dies))
    assert outcomes[0].error_type == "WorkerDied"
    assert "killed by signal 9" in outcomes[0].message
