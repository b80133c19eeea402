"""Benchmark: `agendapack batch` over samples/ and the shared corpus with 1 and 2 workers.

Prints, per input set and worker count: papers, pages, wall seconds, pages per second, the speed-up of
2 workers over 1, the CPU seconds of the whole process tree (main process, forkserver, workers:
`proctree`) and the cores it kept busy (CPU / wall; the machine is shared, so the wall speed-up
is only the ideal 2x when the other cores are idle: the load average is printed with it), the re-run (everything cached) time and its speed-up over the first run, and the
peak memory (max RSS) of each worker process. Each run writes into a fresh temporary folder.

    make bench            # or: python bench/batch_bench.py [--corpus ../shared/corpus] [--workers 1 2]

Targets (issue 6): >= 1.8x with 2 workers, re-run >= 50x faster, peak memory under 500 MB per
worker on the largest agenda pack.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this tree's pipeline, wherever the venv's editable install points

from bench import proctree  # noqa: E402
from pipeline.batch import run_batch  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--no-samples", action="store_true",
                        help="the corpus only (samples/ holds the test papers: batch them only "
                             "where the test splits may be read)")
    parser.add_argument("--no-packs", action="store_true", help="skip each agenda pack alone")
    args = parser.parse_args()
    sets = [] if args.no_samples else [("samples", args.samples)]
    if args.no_corpus:
        pass
    elif args.corpus.is_dir():
        sets.append(("corpus", args.corpus))
    else:
        Console(stderr=True).print(f"{args.corpus}: not found, corpus skipped")
    table = Table(title="agendapack batch benchmark")
    for col in ("input", "workers", "papers", "failed", "pages", "wall s", "pages/s",
                "speed-up vs 1", "CPU s (tree)", "cores busy", "re-run s", "re-run speed-up",
                "peak MB per worker"):
        table.add_column(col, justify="left" if col == "input" else "right")
    for name, folder in sets:
        base = None
        for workers in args.workers:
            with tempfile.TemporaryDirectory(prefix="agendapack-bench-") as tmp:
                out = Path(tmp) / "out"
                with proctree.TreeSampler(os.getpid()) as usage:
                    first = run_batch([str(folder)], out, workers=workers)
                loads = proctree.load()
                t0 = time.perf_counter()
                again = run_batch([str(folder)], out, workers=workers)
                rerun = time.perf_counter() - t0
            assert all(p.status.startswith("cached") for p in again.papers)
            base = base or first.seconds
            peaks = sorted(first.peak_rss_mb.values(), reverse=True)
            table.add_row(name, str(workers), str(len(first.papers)), str(len(first.failed)),
                          str(first.pages_extracted), f"{first.seconds:.1f}",
                          f"{first.pages_per_second:.1f}", f"{base / first.seconds:.2f}x",
                          f"{usage.cpu_seconds:.1f}", f"{usage.cpu_seconds / usage.wall_seconds:.2f}",
                          f"{rerun:.3f}", f"{first.seconds / rerun:.0f}x",
                          " ".join(f"{p:.0f}" for p in peaks[:4]) + (" ..." if len(peaks) > 4 else ""))
            Console(width=200).print(f"  {name}, {workers} workers: {first.seconds:.1f} s wall, "
                                     f"{usage.cpu_seconds:.1f} CPU s; {loads}")
    console = Console(width=200)
    console.print(table)
    if args.no_packs:
        return
    packs = sorted((p for _, folder in sets for p in folder.rglob("*.pdf")
                    if "agenda-pack" in p.name or "agenda-package" in p.name),
                   key=lambda p: p.stat().st_size)
    for pack in {p.name: p for p in packs}.values():  # each pack alone: its worker's peak
        with tempfile.TemporaryDirectory(prefix="agendapack-bench-") as tmp:
            alone = run_batch([str(pack)], Path(tmp) / "out", workers=1)
        console.print(f"agenda pack {pack.name} ({pack.stat().st_size // 1024} KB, "
                      f"{alone.pages_extracted} pages, {alone.papers[0].items} items) alone: "
                      f"{alone.seconds:.1f} s, peak {max(alone.peak_rss_mb.values()):.0f} MB in its worker")
    console.print("peak MB per worker: max RSS of each worker process (a worker restarted after a "
                    "timeout or crash counts as a new one)")


if __name__ == "__main__":
    main()
