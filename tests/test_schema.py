"""The checked-in schemas match the models, output over every sample validates, and the CLI's
folder mode writes the library's result."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from pipeline.schemas import SCHEMAS, render
from tests.conftest import ROOT, SAMPLES

SCHEMA_DIR = ROOT / "schemas"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_checked_in_schema_matches_models(name):
    model, mode = SCHEMAS[name]
    assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == render(model, mode), (
        f"schemas/{name} is out of date: run `make schemas`"
    )


FOLDER_PAPERS = ["stoke-ferry-pc-minutes-2012-11.html", "wsx-scrutiny-minutes-2022-11.txt",
                 "kent-cc-county-council-2025-03-13-agenda-frontsheet-13th-mar-2025-10-00-county-council.pdf",
                 "nipissing-minutes-2024-03-19.pdf"]
"""One paper of each format (a two-column ModernGov front sheet and a minutes PDF among them) for
the CLI's folder mode; every other sample is checked through the library call, which the CLI
runs, so the suite extracts each sample once (tests/conftest.py `extracted`), not once more in
a subprocess."""


@pytest.fixture(scope="module")
def folder_output(tmp_path_factory):
    import shutil

    folder = tmp_path_factory.mktemp("papers")
    for name in FOLDER_PAPERS:
        shutil.copy(SAMPLES / name, folder / name)
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(folder), "-o", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return out


def _valid(data: dict, stem: str, schema: dict) -> None:
    jsonschema.validate(data, schema)
    assert data["schema_version"] == "1.0"
    assert data["source"]["path"].endswith(stem + {"pdf": ".pdf", "text": ".txt",
                                                    "html": ".html"}[data["source"]["format"]])


def test_output_for_every_sample_is_valid():
    from tests.conftest import extracted

    schema = json.loads((SCHEMA_DIR / "result.schema.json").read_text())
    papers = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".txt", ".html"))
    assert len(papers) > 150
    for name in papers:
        _valid(json.loads(extracted(name).to_json()), name.rsplit(".", 1)[0], schema)


def test_cli_folder_output_is_the_library_result(folder_output):
    """`agendapack extract FOLDER -o OUT` writes one JSON per paper, each the library's result
    (the same JSON, byte for byte apart from the path it was read from)."""
    from tests.conftest import extracted

    schema = json.loads((SCHEMA_DIR / "result.schema.json").read_text())
    written = sorted(p.name for p in folder_output.glob("*.json"))
    assert written == sorted(n.rsplit(".", 1)[0] + ".json" for n in FOLDER_PAPERS)
    for name in FOLDER_PAPERS:
        stem = name.rsplit(".", 1)[0]
        data = json.loads((folder_output / f"{stem}.json").read_text())
        _valid(data, stem, schema)
        mine = json.loads(extracted(name).to_json())
        data["source"]["path"] = mine["source"]["path"]
        assert data == mine, name


def test_single_paper_to_stdout_and_to_file(tmp_path):
    schema = json.loads((SCHEMA_DIR / "result.schema.json").read_text())
    paper = SAMPLES / "wsx-scrutiny-minutes-2022-11.txt"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(paper)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    jsonschema.validate(data, schema)
    assert data["document"]["kind"] == "minutes"
    out = tmp_path / "sub" / "result.json"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(paper), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and proc.stdout == ""
    assert json.loads(out.read_text()) == data
