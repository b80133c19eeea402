"""Benchmark: the span extractors' overlap handling scales linearly (issue 18: the old checks
were quadratic, 16k dates took 24 s and x4 per doubling, so a 20 MB HTML page never ended).

    python bench/spans_bench.py [--sizes 4000 8000 16000 32000 64000]

Prints seconds for `find_date_spans` and `parse_amounts` on text with N dates and N amounts, and
the ratio to the previous size: a linear sweep is ~2x per doubling (quadratic would be ~4x).
Also `extractors.spans.Claims` alone (N claims and N lookups).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractors.amounts import parse_amounts  # noqa: E402
from extractors.dates import find_date_spans  # noqa: E402
from extractors.spans import Claims  # noqa: E402


def text_of(n: int) -> str:
    return " ".join(f"On {i % 28 + 1} March {2000 + i % 30} the council paid £{i},000."
                    for i in range(n))


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[4000, 8000, 16000, 32000, 64000])
    args = parser.parse_args()
    print(f"{'N':>7} {'dates s':>8} {'x':>5} {'amounts s':>9} {'x':>5} {'claims s':>8} {'x':>5}")
    prev = None
    for n in args.sizes:
        text = text_of(n)
        rnd = random.Random(n)
        spans = [(s, s + rnd.randint(1, 30)) for s in (rnd.randrange(0, 40 * n) for _ in range(n))]

        def claims(spans=spans):
            c = Claims()
            for s, e in spans:
                c.claim(s, e)
            for s, e in spans:
                c.free(s, e)

        row = (timed(lambda t=text: list(find_date_spans(t))),
               timed(lambda t=text: parse_amounts(t)), timed(claims))
        ratios = [f"{r / p:5.2f}" if prev else "    -" for r, p in zip(row, prev or row, strict=True)]
        print(f"{n:>7} {row[0]:8.2f} {ratios[0]} {row[1]:9.2f} {ratios[1]} {row[2]:8.3f} {ratios[2]}")
        prev = row


if __name__ == "__main__":
    main()
