"""Benchmark: `agendapack batch` over samples/ and the shared corpus with 1 and 2 workers.

Prints, per input set and worker count: papers, pages, seconds, pages per second, the speed-up of
2 workers over 1, the re-run (everything cached) time and its speed-up over the first run, and the
peak memory (max RSS) of each worker process. Each run writes into a fresh temporary folder.

    make bench            # or: python bench/batch_bench.py [--corpus ../shared/corpus] [--workers 1 2]

Targets (issue 6): >= 1.8x with 2 workers, re-run >= 50x faster, peak memory under 500 MB per
worker on the largest agenda pack.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from pipeline.batch import run_batch

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    sets = [("samples", args.samples)]
    if args.corpus.is_dir():
        sets.append(("corpus", args.corpus))
    else:
        Console(stderr=True).print(f"{args.corpus}: not found, corpus skipped")
    table = Table(title="agendapack batch benchmark")
    for col in ("input", "workers", "papers", "failed", "pages", "seconds", "pages/s",
                "speed-up vs 1", "re-run s", "re-run speed-up", "peak MB per worker"):
        table.add_column(col, justify="left" if col == "input" else "right")
    for name, folder in sets:
        base = None
        for workers in args.workers:
            with tempfile.TemporaryDirectory(prefix="agendapack-bench-") as tmp:
                out = Path(tmp) / "out"
                first = run_batch([str(folder)], out, workers=workers)
                t0 = time.perf_counter()
                again = run_batch([str(folder)], out, workers=workers)
                rerun = time.perf_counter() - t0
            assert all(p.status.startswith("cached") for p in again.papers)
            base = base or first.seconds
            peaks = sorted(first.peak_rss_mb.values(), reverse=True)
            table.add_row(name, str(workers), str(len(first.papers)), str(len(first.failed)),
                          str(first.pages_extracted), f"{first.seconds:.1f}",
                          f"{first.pages_per_second:.1f}", f"{base / first.seconds:.2f}x",
                          f"{rerun:.3f}", f"{first.seconds / rerun:.0f}x",
                          " ".join(f"{p:.0f}" for p in peaks[:4]) + (" ..." if len(peaks) > 4 else ""))
    console = Console(width=200)
    console.print(table)
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
