"""Benchmark: CPU time of `agendapack --help` and `agendapack --version` (fresh processes).

Prints the median user and system CPU seconds of RUNS runs of each. Target (issue 17): user CPU
well under 0.5 s for --help on this machine: nothing heavy (spaCy, camelot, pandas, pyarrow) is
imported before a command runs.

    make bench            # or: python bench/cli_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_USER_SECONDS = 0.5
"""the issue's bound for `--help`: a command line that answers at once"""


def cpu_of(args: list[str]) -> tuple[float, float]:
    """User and system CPU seconds of one run of `python -m pipeline ARGS` (a child process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    print(f"{'command':28} {'user s':>8} {'sys s':>8}  (median of {runs})")
    for args in (["--help"], ["--version"], ["search", "--help"]):
        times = [cpu_of(args) for _ in range(runs)]
        user = statistics.median(t[0] for t in times)
        system = statistics.median(t[1] for t in times)
        flag = "" if args != ["--help"] else (
            "  ok" if user < TARGET_USER_SECONDS else f"  over {TARGET_USER_SECONDS} s")
        print(f"agendapack {' '.join(args):17} {user:8.3f} {system:8.3f}{flag}")


if __name__ == "__main__":
    main()
