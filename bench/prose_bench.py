"""Benchmark: throughput of the prose extractors (pages per second), one core, model loaded.

Every paper under samples/ and the shared corpus's council papers is ingested once (not timed);
then each extractor runs over all of them and is timed on its own, as the pipeline runs it.

    make bench      # or: python bench/prose_bench.py [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from extractors import amounts, appointments, dates, metadata, resolutions
from extractors.base import Context, anchor_date
from pipeline.errors import IngestError
from pipeline.ingest import format_of, ingest
from pipeline.nlp import load_nlp


def papers(roots: list[Path]) -> list[Path]:
    found = []
    for root in roots:
        found += [p for p in sorted(root.rglob("*")) if p.is_file() and format_of(p)
                  and not p.stem.lower().startswith(("readme", "sources"))]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    args = parser.parse_args()
    roots = [Path("samples")] + ([args.corpus / "council"] if (args.corpus / "council").is_dir() else [])
    nlp, warning = load_nlp()
    docs = []
    for path in papers(roots):
        try:
            doc = ingest(path)
        except IngestError:
            continue
        if any(p.has_text for p in doc.pages):
            info = metadata.extract(doc, Context(nlp=nlp))
            docs.append((doc, Context(nlp=nlp, anchor=anchor_date(info))))
    pages = sum(sum(p.has_text for p in d.pages) for d, _ in docs)
    view = Table(title=f"prose extractors over {len(docs)} papers, {pages} pages with text"
                       + (" (no language model)" if warning else ""))
    for col in ("extractor", "seconds", "pages/s", "records"):
        view.add_column(col, justify="right")
    total = 0.0
    for name, run in [("appointments", lambda d, c: sum(map(len, appointments.extract(d, c)))),
                      ("dates", lambda d, c: len(dates.extract(d, c))),
                      ("amounts", lambda d, c: len(amounts.extract(d, c))),
                      ("resolutions", lambda d, c: len(resolutions.extract(d, c)))]:
        t0 = time.perf_counter()
        records = sum(run(d, c) for d, c in docs)
        seconds = time.perf_counter() - t0
        total += seconds
        view.add_row(name, f"{seconds:.2f}", f"{pages / seconds:.0f}", str(records))
    view.add_row("all four", f"{total:.2f}", f"{pages / total:.0f}", "")
    Console().print(view)


if __name__ == "__main__":
    main()
