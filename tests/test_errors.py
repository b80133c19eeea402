"""Bad input: a typed error naming the file and the reason; the CLI prints one line and exits 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

import pipeline
from pipeline import errors
from tests.conftest import SAMPLES, pdf_bytes

GOOD_PDF = SAMPLES / "milburn-pc-minutes-2018-03-06.pdf"


def bad_inputs(tmp: Path) -> dict[str, tuple[Path, type[errors.IngestError], str]]:
    cases = {}
    p = tmp / "not-a-pdf.pdf"
    p.write_text("Minutes of the meeting, saved as text with the wrong extension\n")
    cases["not a pdf"] = (p, errors.NotAPdf, "is not a PDF")

    p = tmp / "truncated.pdf"
    data = GOOD_PDF.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    cases["truncated"] = (p, errors.TruncatedPdf, "damaged or truncated")

    p = tmp / "encrypted.pdf"
    with pikepdf.open(GOOD_PDF) as pdf:
        pdf.save(p, encryption=pikepdf.Encryption(user="secret", owner="owner"))
    cases["encrypted"] = (p, errors.EncryptedPdf, "encrypted")

    p = tmp / "zero-pages.pdf"
    p.write_bytes(pdf_bytes([]))
    cases["zero pages"] = (p, errors.ZeroPages, "no pages")

    p = tmp / "empty.pdf"
    p.write_bytes(b"")
    cases["empty"] = (p, errors.EmptyFile, "is empty")

    p = tmp / "minutes.docx"
    p.write_bytes(b"PK\x03\x04 not really a docx")
    cases["unsupported"] = (p, errors.UnsupportedFormat, "unsupported file type")

    cases["missing"] = (tmp / "missing.pdf", errors.UnreadableFile, "no such file")

    p = tmp / "loop.pdf"
    p.symlink_to(p)  # unreadable even for root: too many levels of symbolic links
    cases["unreadable"] = (p, errors.UnreadableFile, "cannot be read")

    p = tmp / "binary.txt"
    p.write_bytes(bytes(range(256)) * 4)
    cases["undecodable text"] = (p, errors.TextDecodeError, "not readable text")
    return cases


def test_directory_is_not_a_paper(tmp_path):
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    with pytest.raises(errors.UnreadableFile, match="is a directory"):
        pipeline.ingest(folder)


CASES = ["not a pdf", "truncated", "encrypted", "zero pages", "empty", "unsupported", "missing",
         "unreadable", "undecodable text"]


@pytest.mark.parametrize("case", CASES)
def test_typed_error_names_file_and_reason(case, tmp_path):
    path, error_type, reason = bad_inputs(tmp_path)[case]
    with pytest.raises(error_type) as info:
        pipeline.extract(path)
    assert str(path) in str(info.value) and reason in str(info.value)
    assert isinstance(info.value, errors.IngestError)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          timeout=300)


def test_cli_one_line_and_exit_2_for_each_bad_input(tmp_path):
    for case, (path, _, reason) in bad_inputs(tmp_path).items():
        proc = run_cli("extract", str(path))
        assert proc.returncode == 2, case
        assert proc.stdout == "", case
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1, (case, proc.stderr)
        assert str(path) in lines[0] and reason in lines[0], case
        assert "Traceback" not in proc.stderr


def test_cli_debug_shows_traceback(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    proc = run_cli("--debug", "extract", str(path))
    assert proc.returncode == 2
    assert "Traceback" in proc.stderr and "EmptyFile" in proc.stderr


def test_owner_password_only_pdf_opens_with_empty_password(tmp_path):
    path = tmp_path / "owner-only.pdf"
    with pikepdf.open(GOOD_PDF) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="", owner="owner"))
    result = pipeline.extract(path)
    assert result.document.date == "2018-03-06"


def test_folder_mode_records_errors_and_processes_the_rest(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "good.txt").write_text((SAMPLES / "wsx-scrutiny-minutes-2022-11.txt").read_text())
    (folder / "broken.pdf").write_bytes(GOOD_PDF.read_bytes()[:3000])
    (folder / "notes.docx").write_bytes(b"PK")
    out = tmp_path / "out"
    proc = run_cli("extract", str(folder), "-o", str(out))
    assert proc.returncode == 1
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]
    assert "1 ok, 1 failed, 1 skipped" in proc.stderr
