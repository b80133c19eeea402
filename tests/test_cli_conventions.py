"""The command line's conventions: --version, --debug / -v / -q / --log-file on every command,
completion, lazy imports; and the notebook API (repr, DataFrames), py.typed, LICENSE, examples/."""

from __future__ import annotations

import ast
import inspect
import os
import subprocess
import sys
import tomllib
from decimal import Decimal
from pathlib import Path

import typer.main

import pipeline
from pipeline.cli import app
from pipeline.store import DB_NAME, Store
from tests.conftest import ROOT, SAMPLES, extracted

COMMON = {"debug", "verbose", "quiet", "log_file"}


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout)


def test_version_is_eager_and_exits_0():
    proc = cli("--version")
    assert (proc.returncode, proc.stdout) == (0, f"agendapack {pipeline.__version__}\n")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert pyproject["project"]["version"] == pipeline.__version__


def test_the_cli_module_runs_as_the_command():
    # four engineers ran `python -m pipeline.cli eval ...` and got no output and exit 0
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "--version"], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert (proc.returncode, proc.stdout) == (0, f"agendapack {pipeline.__version__}\n")


def test_every_command_takes_the_common_options():
    group = typer.main.get_command(app)
    assert {"extract", "batch", "search", "serve", "export"} <= set(group.commands)
    for name, command in group.commands.items():
        assert COMMON <= {p.name for p in command.params}, name
    assert COMMON <= {p.name for p in group.params}
    help_text = cli("--help").stdout
    assert "--install-completion" in help_text and "--show-completion" in help_text


def test_debug_after_the_command_shows_the_traceback(tmp_path):
    missing = tmp_path / "nope.pdf"
    plain = cli("extract", str(missing))
    assert plain.returncode == 2
    assert plain.stderr.strip() == f"error: {missing}: cannot be read (no such file)"
    for args in (["extract", str(missing), "--debug"], ["--debug", "extract", str(missing)]):
        proc = cli(*args)
        assert proc.returncode == 2
        assert "Traceback (most recent call last)" in proc.stderr
        assert proc.stderr.strip().endswith(f"error: {missing}: cannot be read (no such file)")


def test_quiet_verbose_and_log_file(tmp_path):
    paper = SAMPLES / "stoke-ferry-pc-minutes-2012-11.html"
    out = tmp_path / "out"
    quiet = cli("batch", str(paper), "--out", str(out), "--workers", "1", "-q")
    assert quiet.returncode == 0 and quiet.stderr == ""
    log = tmp_path / "logs" / "run.log"
    proc = cli("search", str(out), "precept", "-v", "--log-file", str(log))
    assert proc.returncode == 0
    assert f"INFO pipeline: agendapack search {out} precept -v --log-file {log}" in \
        log.read_text()
    assert "agendapack search" in proc.stderr  # -v: info on stderr too
    assert "agendapack search" not in cli("search", str(out), "precept").stderr  # default: warnings
    failed = cli("search", str(tmp_path), "precept", "-q")
    assert failed.returncode == 2 and failed.stderr.startswith("error: ")  # errors despite -q


def test_importing_the_cli_loads_no_heavy_library():
    # `agendapack --help` stays fast because nothing heavy is imported before a command runs
    # (its CPU time is measured in `make bench`, bench/cli_bench.py, not here)
    code = ("import sys, pipeline, pipeline.cli; print(sorted(m for m in ('spacy', 'pandas', "
            "'camelot', 'pdfplumber', 'pyarrow', 'duckdb', 'pydantic', 'rich') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_the_package_api_is_lazy_but_complete():
    for name in pipeline.__all__:
        assert getattr(pipeline, name) is not None, name
    from pipeline.extract import extract
    assert pipeline.extract is extract and callable(pipeline.ingest)


def test_a_result_has_a_short_repr_and_html():
    result = extracted("wsx-children-first-progress-2020-09.txt")
    assert repr(result) == (
        "<ExtractionResult report 'Children First Service Improvement Programme: Progress "
        "Repo…' West Sussex County Council 2020-09, 1 pages: 2 tables, 5 appointments, 1 posts, "
        "19 dates, 4 amounts, 4 warnings>")
    page = result._repr_html_()
    assert "<th style='text-align:left'>organisation</th><td>West Sussex County Council</td>" \
        in page and len(page) < 2000


def test_result_to_frames_is_one_frame_per_kind_with_exact_money():
    result = extracted("wsx-children-first-progress-2020-09.txt")
    frames = result.to_frames()
    assert list(frames) == ["tables", "cells", "appointments", "posts", "dates", "amounts",
                            "resolutions", "amendments", "warnings"]
    assert len(frames["cells"]) == sum(len(t.rows) * len(t.columns) for t in result.tables)
    assert frames["amounts"]["value"].sum() == sum(a.value for a in result.amounts)
    assert all(isinstance(v, Decimal) for v in frames["amounts"]["value"])
    assert list(frames["dates"]["start"]) == [d.start for d in result.dates]
    first = frames["appointments"].iloc[0]
    a = result.appointments[0]
    assert (first.person, first.role, first.page, first.snippet) == (
        a.person, a.role, a.provenance.page, a.provenance.snippet)


def test_store_to_frames(sample_store):
    import sqlite3

    with Store(sample_store) as store:
        frames = store.to_frames()
    conn = sqlite3.connect(sample_store / DB_NAME)
    for kind, table in [("documents", "documents"), ("cells", "table_cells"),
                        ("resolutions", "resolutions"), ("appointments", "appointments"),
                        ("amendments", "amendments")]:
        assert len(frames[kind]) == conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    exact = sum(Decimal(str(v)) for (v,) in conn.execute(
        "SELECT value FROM table_cells WHERE value IS NOT NULL"))
    assert frames["cells"]["value"].dropna().sum() == exact
    assert {"organisation", "committee", "date", "page"} <= set(frames["cells"].columns)


def test_py_typed_license_and_extras_are_shipped():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert (ROOT / "pipeline" / "py.typed").is_file()
    assert "py.typed" in pyproject["tool"]["setuptools"]["package-data"]["pipeline"]
    licence = (ROOT / "LICENSE").read_text()
    assert pyproject["project"]["license"] == {"text": "MIT"}
    assert licence.startswith("MIT License")
    extras = pyproject["project"]["optional-dependencies"]
    assert {"serve", "cluster", "parquet"} <= set(extras)
    core = " ".join(pyproject["project"]["dependencies"])
    assert "datasette" not in core and "pyarrow" not in core and "dask" not in core
    assert "agendapack[cluster,serve,parquet]" in extras["dev"]  # CI installs .[dev]: all tested


def _public(module) -> list[str]:
    tree = ast.parse(inspect.getsource(module))
    missing = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and not node.name.startswith("_"):
            if not ast.get_docstring(node):
                missing.append(node.name)
            for sub in getattr(node, "body", []) if isinstance(node, ast.ClassDef) else []:
                if isinstance(sub, ast.FunctionDef) and not sub.name.startswith("_") \
                        and not ast.get_docstring(sub):
                    missing.append(f"{node.name}.{sub.name}")
    return missing


def test_public_models_and_functions_have_docstrings():
    import pipeline.frames
    import pipeline.models
    import pipeline.parquet
    import pipeline.search
    import pipeline.store

    for module in (pipeline.models, pipeline.store, pipeline.search, pipeline.parquet,
                   pipeline.frames):
        assert _public(module) == [], module.__name__


def test_the_example_runs(sample_store):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this tree's pipeline, as `python -m` has
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "explore_store.py"),
                           str(sample_store)], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "2 hits for 'precept'" in out
    assert "stoke-ferry-pc-minutes-2012-12.html#page=1" in out
    assert "resolutions per organisation:" in out
    assert Path(ROOT / "examples" / "README.md").is_file()


def test_eval_of_an_empty_split_says_so(tmp_path):
    # a split whose folder holds no annotation used to print nothing and exit 0, which an
    # engineer read as a score
    (tmp_path / "gold" / "dev6").mkdir(parents=True)
    proc = cli("eval", str(tmp_path), "--split", "dev6")
    assert proc.returncode == 2
    assert f"{tmp_path}: no annotations in split dev6" in proc.stderr


def test_agreement_of_two_annotation_folders(tmp_path):
    dev7 = SAMPLES / "gold" / "dev7"
    proc = cli("agreement", str(dev7), str(dev7), "--json")
    assert proc.returncode == 0, proc.stderr
    import json
    report = json.loads(proc.stdout)
    assert len(report["samples"]) == 7
    # two folders that share no paper are an error naming the second, not an empty table
    proc = cli("agreement", str(dev7), str(tmp_path))
    assert proc.returncode == 2
    assert f"{tmp_path}: no gold file with the same name as one in {dev7}" in proc.stderr
