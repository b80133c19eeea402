"""Benchmark: agendapack's full extraction against plain text extraction, and how it scales.

Table 1, over the corpus PDFs with a text layer, in this one process (the spaCy model loaded once,
before the clock starts; the whole pipeline on): pages per CPU-second of `pipeline.extract` with
each text layer (pdfplumber, pdfium: `AGENDAPACK_TEXT_LAYER`), beside pdfplumber's `extract_text`
and pypdfium2's text on the same pages, the ratio of agendapack to pdfplumber, and where the
time goes (seconds per stage).

Table 2: 75-, 300- and 1,000-page packs made by joining corpus PDFs, each extracted by a fresh
`python -m pipeline extract` process: pages per CPU-second of that process (imports included)
and the peak RSS of the process tree.

All figures are CPU seconds (user + system of this process, or of the child), not wall time:
the machine is shared, and CPU time is what the work costs.

    make bench     # or: python bench/speed_bench.py [--corpus DIR] [--sizes 75 300 1000]
                   #   [--layers pdfplumber pdfium] [--scale-layers ...] [--no-scaling | --no-table]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this tree's pipeline, wherever the venv's editable install points

import pipeline  # noqa: E402
from bench import proctree  # noqa: E402
from pipeline.errors import IngestError  # noqa: E402
from pipeline.ingest import pdf as pdf_module  # noqa: E402
from pipeline.nlp import load_nlp  # noqa: E402

extract_module = importlib.import_module("pipeline.extract")  # the module (pipeline.extract is the function)


def cpu() -> float:
    return time.process_time()


SPLIT_TSV = Path(__file__).resolve().parent.parent / "samples" / "gold" / "SPLIT.tsv"


def blind_papers(split_tsv: Path = SPLIT_TSV) -> set[str]:
    """File names of the papers in a test split (samples/gold/SPLIT.tsv): engineers never run the
    extractor on them, so the bench, which engineers run, leaves them out."""
    if not split_tsv.is_file():
        return set()
    return {Path(line.split("\t", 1)[1].strip()).name
            for line in split_tsv.read_text(encoding="utf-8").splitlines()
            if line.startswith("test") and "\t" in line}


def text_layer_pdfs(corpus: Path) -> list[Path]:
    """The corpus's PDFs whose pages have a text layer (pdfium finds characters on most pages),
    leaving out the test splits' papers."""
    found = []
    blind = blind_papers()
    for path in sorted(corpus.rglob("*.pdf")):
        if path.name in blind:
            continue
        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue
        try:
            with_text = sum(1 for page in doc if page.get_textpage().count_chars() > 0)
            if len(doc) and with_text >= len(doc) / 2:
                found.append(path)
        finally:
            doc.close()
    return found


class Stages:
    """CPU seconds per stage of the pipeline, by wrapping the functions each stage runs."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def timed(self, name: str, fn):
        def run(*args, **kwargs):
            t0 = cpu()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += cpu() - t0
        return run

    @contextlib.contextmanager
    def installed(self):
        saved = (pdf_module.find_tables, pdf_module.read_outline, extract_module.run_extractors)
        inner_run = extract_module.run_extractors

        def run_extractors(doc, nlp, order, warnings):
            order = [dataclasses.replace(e, run=self.timed(e.name, e.run)) for e in order]
            return inner_run(doc, nlp, order, warnings)

        pdf_module.find_tables = self.timed("ingest: tables (ruled grids, camelot)", pdf_module.find_tables)
        pdf_module.read_outline = self.timed("ingest: outline", pdf_module.read_outline)
        extract_module.run_extractors = run_extractors
        try:
            yield self
        finally:
            pdf_module.find_tables, pdf_module.read_outline, extract_module.run_extractors = saved


def time_agendapack(pdfs: list[Path], layer: str) -> tuple[float, int, dict[str, float]]:
    pdf_module.TEXT_LAYER = layer
    stages = Stages()
    total = 0.0
    pages = 0
    with stages.installed():
        ingest_total = stages.timed("ingest", pipeline.ingest)
        for path in pdfs:
            t0 = cpu()
            try:
                doc = ingest_total(path)
                pipeline.extract_document(doc)
            except IngestError:
                continue
            total += cpu() - t0
            pages += len(doc.pages)
    seconds = dict(stages.seconds)
    inner = seconds.get("ingest: tables (ruled grids, camelot)", 0) + seconds.get("ingest: outline", 0)
    seconds["ingest: words, lines, blocks"] = seconds.pop("ingest") - inner
    return total, pages, seconds


def time_plumber_text(pdfs: list[Path]) -> float:
    t0 = cpu()
    for path in pdfs:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
    return cpu() - t0


def time_pdfium_text(pdfs: list[Path]) -> float:
    t0 = cpu()
    for path in pdfs:
        doc = pdfium.PdfDocument(str(path))
        for page in doc:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        doc.close()
    return cpu() - t0


def build_pack(pdfs: list[Path], pages: int, out: Path) -> Path:
    """A pack of exactly `pages` pages: the corpus PDFs one after another, round again if need be."""
    pack = pdfium.PdfDocument.new()
    i = 0
    while len(pack) < pages:
        src = pdfium.PdfDocument(str(pdfs[i % len(pdfs)]))
        take = min(len(src), pages - len(pack))
        pack.import_pages(src, list(range(take)), index=len(pack))
        src.close()
        i += 1
    pack.save(str(out))
    pack.close()
    return out


def run_child(pack: Path, layer: str) -> tuple[float, float]:
    """(CPU seconds, peak RSS MB) of one `python -m pipeline extract` of the pack: the whole
    process tree (`proctree`: the extract process and anything it starts)."""
    env = {**os.environ, "AGENDAPACK_TEXT_LAYER": layer, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="agendapack-bench-") as tmp:
        code, usage = proctree.run([sys.executable, "-m", "pipeline", "extract", str(pack),
                                    "-o", str(Path(tmp) / "out.json")],
                                   env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    if code != 0:
        raise RuntimeError(f"extract failed on {pack}")
    return usage.cpu_seconds, usage.peak_rss_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "council")
    parser.add_argument("--layers", nargs="+", default=list(pdf_module.TEXT_LAYERS))
    parser.add_argument("--sizes", type=int, nargs="+", default=[75, 300, 1000])
    parser.add_argument("--scale-layers", nargs="+", help="text layers of table 2 (default: --layers)")
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--no-table", action="store_true", help="table 2 only")
    args = parser.parse_args()
    console = Console(width=200)
    if not args.corpus.is_dir():
        console.print(f"{args.corpus}: not found, nothing to measure")
        return
    pdfs = text_layer_pdfs(args.corpus)
    if not args.no_table:
        table_one(pdfs, args.layers, console)
    if not args.no_scaling:
        scaling(pdfs, args.scale_layers or args.layers, args.sizes, console)


def table_one(pdfs: list[Path], layers: list[str], console: Console) -> None:
    load_nlp()  # the model once, outside the clock (a worker loads it once too)
    pipeline.extract(pdfs[0])  # warm: first-use imports outside the clock
    import camelot  # noqa: F401  (imported when a paper first has a whitespace table: once per worker)
    plumber = time_plumber_text(pdfs)
    fast = time_pdfium_text(pdfs)
    results = {layer: time_agendapack(pdfs, layer) for layer in layers}
    pages = next(iter(results.values()))[1]
    view = Table(title=f"full extraction vs text only: {len(pdfs)} corpus PDFs with a text layer, "
                       f"{pages} pages, CPU seconds (one process, model loaded once)")
    for col in ("what", "CPU s", "pages per CPU-s", "vs pdfplumber extract_text"):
        view.add_column(col, justify="left" if col == "what" else "right")
    view.add_row("pdfplumber extract_text", f"{plumber:.1f}", f"{pages / plumber:.1f}", "1.00")
    view.add_row("pypdfium2 text", f"{fast:.1f}", f"{pages / fast:.1f}", f"{plumber / fast:.2f}")
    for layer, (seconds, _, _) in results.items():
        view.add_row(f"agendapack extract (words from {layer})", f"{seconds:.1f}",
                     f"{pages / seconds:.1f}", f"{plumber / seconds:.2f}")
    console.print(view)
    console.print(proctree.load())
    stages = Table(title="agendapack CPU seconds per stage")
    stages.add_column("stage")
    for layer in results:
        stages.add_column(f"words from {layer}", justify="right")
    names = sorted({n for _, _, s in results.values() for n in s}, key=lambda n: (not n.startswith("ingest"), n))
    for name in names:
        stages.add_row(name, *(f"{results[layer][2].get(name, 0.0):.2f}" for layer in results))
    stages.add_row("whole extraction", *(f"{results[layer][0]:.2f}" for layer in results))
    console.print(stages)


def scaling(pdfs: list[Path], layers: list[str], sizes: list[int], console: Console) -> None:
    scale = Table(title="scaling: packs joined from corpus PDFs, one `python -m pipeline extract` "
                        "process each (imports included), CPU seconds")
    for col in ("pages", "words from", "CPU s", "pages per CPU-s", "vs the smallest pack",
                "peak RSS MB (process tree)"):
        scale.add_column(col, justify="right")
    first: dict[str, float] = {}  # layer -> pages per CPU-s of the smallest pack
    with tempfile.TemporaryDirectory(prefix="agendapack-bench-") as tmp:
        for n in sorted(sizes):
            pack = build_pack(pdfs, n, Path(tmp) / f"pack-{n}.pdf")
            for layer in layers:
                seconds, peak = run_child(pack, layer)
                rate = n / seconds
                first.setdefault(layer, rate)
                scale.add_row(str(n), layer, f"{seconds:.1f}", f"{rate:.1f}",
                              f"{rate / first[layer]:.2f}", f"{peak:.0f}")
                console.print(f"  {n} pages, words from {layer}: {seconds:.1f} CPU s, {peak:.0f} MB "
                              f"({proctree.load()})")
    console.print(scale)
    console.print(f"peak RSS: the largest sum of the resident sets of the extract process and its "
                  f"children at one reading (every {proctree.POLL_S} s); {proctree.load()}")


if __name__ == "__main__":
    main()
