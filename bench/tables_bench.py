"""Benchmark: table extraction on the shared corpus fixtures, against camelot alone.

For each fixture PDF page with an expected output (camelot's and tabula's regression tables,
ICDAR 2013 human truth, Sutton Coldfield journalists' spreadsheets), compare the numbers each tool
recovers with the numbers in the expected output, as multisets (a number found twice must be
expected twice), and, for structure, the cells: each number with its row's label (the row's first
cell that is not a number), so a figure put in the wrong row, or a label glued to a figure, counts
against both precision (of the cells found) and recall (of the cells expected). A table library's
strings are parsed with the same number parser for fairness. Also times seconds per page for agendapack
(ingest + tables), camelot stream and camelot lattice on the same pages.

    make bench            # or: python bench/tables_bench.py [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this tree, like speed_bench
from bench.speed_bench import blind_papers  # noqa: E402
from extractors.base import Context
from extractors.tables import extract as extract_tables
from extractors.tables.numbers import parse_plain
from pipeline.ingest import ingest
from pipeline.nlp import load_nlp


def numbers_in(texts) -> Counter:
    found: Counter = Counter()
    for text in texts:
        for part in str(text or "").split("\n"):
            parsed = parse_plain(part.strip())
            if parsed is not None and part.strip() not in ("-", "–", "—", "0"):
                found[parsed[0]] += 1
    return found


def _label(text: str) -> str:
    return " ".join(str(text or "").split()).strip(" :.*").lower()


def cells_in(rows) -> Counter:
    """(row label, number) for every number printed in the rows (each a list of cell texts)."""
    found: Counter = Counter()
    for row in rows:
        texts = [str(c or "") for c in row]
        label = next((_label(t) for t in texts if t.strip() and not numbers_in([t])), "")
        for value, n in numbers_in(texts).items():
            found[(label, value)] += n
    return found


def fixtures(corpus: Path) -> list[tuple[Path, int, list[list[str]], str]]:
    """(pdf, page, expected rows of cell texts, source of truth)."""
    out = []
    tables = corpus / "tables"
    for expected in sorted((tables / "camelot").glob("*-expected-*.csv")):
        pdf = expected.parent / (expected.name.split("-expected-")[0] + ".pdf")
        rows = list(csv.reader(expected.open(encoding="utf-8")))
        out.append((pdf, 1, rows, "camelot regression"))
    for expected in sorted((tables / "tabula-java").glob("*-expected.csv")):
        pdf = expected.parent / (expected.name.replace("-expected.csv", ".pdf"))
        page = 2 if "us-020" in pdf.name else 1
        rows = list(csv.reader(expected.open(encoding="utf-8")))
        out.append((pdf, page, rows, "tabula regression"))
    for truth in sorted((tables / "icdar2013").glob("*-str.xml")):
        pdf = truth.parent / truth.name.replace("-str.xml", ".pdf")
        by_page: dict[int, list[list[str]]] = {}
        for region in ET.parse(truth).getroot().iter("region"):
            page = int(region.get("page", "1"))
            grid: dict[int, dict[int, str]] = {}
            for c in region.iter("cell"):
                grid.setdefault(int(c.get("start-row", "0")), {})[int(c.get("start-col", "0"))] = (
                    c.findtext("content") or "")
            by_page.setdefault(page, []).extend(
                [row[k] for k in sorted(row)] for _, row in sorted(grid.items()))
        for page, rows in sorted(by_page.items()):
            out.append((pdf, page, rows, "ICDAR 2013 human truth"))
    sutton = corpus / "council" / "uk-sutton-coldfield-tc"
    for expected in sorted(sutton.glob("*-expected*-page-*.csv")):
        pdf = sutton / (expected.name.split("-expected")[0] + ".pdf")
        page = int(expected.stem.rsplit("-", 1)[1])
        rows = list(csv.reader(expected.open(encoding="utf-8")))
        out.append((pdf, page, rows, "journalists' spreadsheet"))
    # a test split's paper is never run by the engineers who run this bench (speed_bench does the same)
    blind = blind_papers()
    return [f for f in out if f[0].exists() and f[0].name not in blind
            and numbers_in(c for r in f[2] for c in r)]


def agendapack_rows(pdf: Path, page: int, cache: dict, money_only: bool) -> list[list[str]]:
    """Each table row on the page as [label, printed cells...]."""
    key = (pdf, money_only)
    if key not in cache:
        nlp, _ = load_nlp()
        doc = ingest(pdf)
        cache[key] = extract_tables(doc, Context(nlp=nlp), money_only=money_only)
    # A table may run over several pages: each row counts on its own page.
    return [[r.label or "", *[c or "" for c in r.raw]] for t in cache[key] for r in t.rows
            if r.provenance.page == page]


def camelot_rows(pdf: Path, page: int, flavor: str) -> list[list[str]]:
    import camelot

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = camelot.read_pdf(str(pdf), pages=str(page), flavor=flavor)
        except Exception:
            return []
    return [list(row) for t in found for row in t.df.values.tolist()]


def score(expected: Counter, got: Counter) -> tuple[int, int, int]:
    return sum((expected & got).values()), sum(got.values()), sum(expected.values())


def scores(expected_rows: list[list[str]], rows: list[list[str]]) -> dict[str, tuple[int, int, int]]:
    """(matched, found, expected) of the numbers and of the (row label, number) cells."""
    return {"numbers": score(numbers_in(c for r in expected_rows for c in r),
                             numbers_in(c for r in rows for c in r)),
            "cells": score(cells_in(expected_rows), cells_in(rows))}


def timed_pages(pages: list[tuple[Path, int]]) -> dict[str, float]:
    import camelot

    nlp, _ = load_nlp()
    times = {}
    docs = sorted({p for p, _ in pages})
    t0 = time.perf_counter()
    for pdf in docs:
        doc = ingest(pdf)
        extract_tables(doc, Context(nlp=nlp))
    n_pages = sum(len(ingest(p).pages) for p in docs)
    times["agendapack (ingest + tables, all pages)"] = (time.perf_counter() - t0) / n_pages
    for flavor in ("stream", "lattice"):
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for pdf, page in pages:
                try:
                    camelot.read_pdf(str(pdf), pages=str(page), flavor=flavor)
                except Exception:
                    pass
        times[f"camelot {flavor} (fixture pages only)"] = (time.perf_counter() - t0) / len(pages)
    times["_pages_agendapack"] = n_pages
    times["_pages_camelot"] = len(pages)
    return times


def _prf(m: int, g: int, e: int) -> tuple[float, float, float]:
    p, r = (m / g if g else 0.0), (m / e if e else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--json", type=Path, default=Path("out/bench-tables.json"))
    args = parser.parse_args()
    cases = fixtures(args.corpus)
    if not cases:
        raise SystemExit(f"no fixtures under {args.corpus}")
    cache: dict = {}
    tools = ("agendapack", "agendapack all grids", "camelot stream", "camelot lattice")
    measures = ("numbers", "cells")
    totals = {k: {m: [0, 0, 0] for m in measures} for k in tools}
    by_truth: dict[str, dict[str, dict[str, list[int]]]] = {}
    view = Table(title=f"numbers and cells recovered vs expected output ({len(cases)} fixture pages): "
                       "precision/recall of numbers | of (row label, number) cells")
    for col in ("fixture", "page", "truth", "expected", "agendapack", "all grids", "stream", "lattice"):
        view.add_column(col)
    per = []
    for pdf, page, expected, truth in cases:
        results = {
            "agendapack": scores(expected, agendapack_rows(pdf, page, cache, True)),
            "agendapack all grids": scores(expected, agendapack_rows(pdf, page, cache, False)),
            "camelot stream": scores(expected, camelot_rows(pdf, page, "stream")),
            "camelot lattice": scores(expected, camelot_rows(pdf, page, "lattice")),
        }
        family = by_truth.setdefault(truth, {t: {m: [0, 0, 0] for m in measures} for t in tools})
        for k, result in results.items():
            for measure, counts in result.items():
                for bucket in (totals[k][measure], family[k][measure]):
                    for i in range(3):
                        bucket[i] += counts[i]

        def pr(t):
            m, g, e = t
            return f"{m / g if g else 0:.2f}/{m / e if e else 0:.2f}"

        view.add_row(pdf.name[:48], str(page), truth, str(results["agendapack"]["numbers"][2]),
                     *[f"{pr(results[k]['numbers'])} | {pr(results[k]['cells'])}" for k in tools])
        per.append({"pdf": pdf.name, "page": page, "truth": truth,
                    **{k: {m: dict(zip(("matched", "found", "expected"), v, strict=True))
                           for m, v in result.items()} for k, result in results.items()}})
    console = Console()
    console.print(view)
    summary = Table(title="all fixture pages")
    for col in ("tool", "measure", "matched", "found", "expected", "precision", "recall", "F1"):
        summary.add_column(col)
    out: dict = {"fixtures": per, "totals": {}}
    for k in tools:
        out["totals"][k] = {}
        for measure in measures:
            m, g, e = totals[k][measure]
            p, r, f1 = _prf(m, g, e)
            out["totals"][k][measure] = {"matched": m, "found": g, "expected": e,
                                         "precision": p, "recall": r, "f1": f1}
            summary.add_row(k, measure, str(m), str(g), str(e), f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}")
    console.print(summary)
    per_truth = Table(title="by source of truth: numbers F1 | cells precision/recall "
                            "('agendapack' keeps money tables only)")
    per_truth.add_column("truth")
    for k in tools:
        per_truth.add_column(k)
    for truth, family in by_truth.items():
        row = []
        for k in tools:
            _, _, nf1 = _prf(*family[k]["numbers"])
            cp, cr, _ = _prf(*family[k]["cells"])
            row.append(f"{nf1:.3f} | {cp:.3f}/{cr:.3f}")
        per_truth.add_row(truth, *row)
    console.print(per_truth)
    out["by_truth"] = by_truth
    times = timed_pages([(pdf, page) for pdf, page, _, _ in cases])
    speed = Table(title="seconds per page")
    speed.add_column("tool")
    speed.add_column("s/page")
    for k, v in times.items():
        if not k.startswith("_"):
            speed.add_row(k, f"{v:.3f}")
    console.print(speed)
    out["seconds_per_page"] = times
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2, default=str))
    console.print(f"written {args.json}")


if __name__ == "__main__":
    main()
