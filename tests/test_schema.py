"""The checked-in schemas match the models, and CLI output over every sample validates."""

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


@pytest.fixture(scope="module")
def folder_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(SAMPLES), "-o", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return out


def test_cli_output_for_every_sample_is_valid(folder_output):
    schema = json.loads((SCHEMA_DIR / "result.schema.json").read_text())
    papers = sorted(p.stem for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".txt", ".html"))
    written = sorted(p.stem for p in folder_output.glob("*.json"))
    assert written == papers
    for path in folder_output.glob("*.json"):
        data = json.loads(path.read_text())
        jsonschema.validate(data, schema)
        assert data["schema_version"] == "1.0"
        assert data["source"]["path"].endswith(path.stem + {"pdf": ".pdf", "text": ".txt",
                                                            "html": ".html"}[data["source"]["format"]])


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
