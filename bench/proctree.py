"""CPU seconds and peak memory of a whole process tree (a command, its workers, their children).

The machine is shared, so the benchmarks count CPU seconds, not wall time. `getrusage` counts only
children a process has waited for; the batch's workers are children of a forkserver nobody waits
for, so each process of the tree is read from /proc every POLL_S while it lives: its CPU seconds
(utime + stime) and its resident set. The tree's peak RSS is the largest sum of its processes'
resident sets at one reading; a process's CPU is its last reading (a process that ends between two
readings loses at most POLL_S of its CPU).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

POLL_S = 0.05
"""how often the tree is read: often enough that a worker's last 50 ms are all that is missed"""

TICKS = os.sysconf("SC_CLK_TCK")
PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def tree(root: int) -> list[int]:
    """The pids of `root` and all its descendants."""
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                todo += [int(k) for k in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _reading(pid: int) -> tuple[float, float] | None:
    """(CPU seconds, resident MB) of one process, or None once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        statm = Path(f"/proc/{pid}/statm").read_text().split()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()  # after "pid (name) "
    return (int(fields[11]) + int(fields[12])) / TICKS, int(statm[1]) * PAGE_MB


@dataclass
class TreeUsage:
    cpu_seconds: float = 0.0
    peak_rss_mb: float = 0.0
    wall_seconds: float = 0.0
    processes: int = 0


class TreeSampler:
    """Reads the tree under `root` in a thread until stopped: `with TreeSampler(pid) as usage:`."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.usage = TreeUsage()
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._started = 0.0

    def _read(self) -> None:
        rss = 0.0
        for pid in tree(self.root):
            got = _reading(pid)
            if got is not None:
                self._cpu[pid] = max(self._cpu.get(pid, 0.0), got[0])
                rss += got[1]
        self.usage.peak_rss_mb = max(self.usage.peak_rss_mb, rss)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._read()
            time.sleep(POLL_S)

    def __enter__(self) -> TreeUsage:
        self._started = time.perf_counter()
        self._thread.start()
        return self.usage

    def __exit__(self, *exc) -> None:
        self._read()
        self._stop.set()
        self._thread.join()
        self.usage.cpu_seconds = sum(self._cpu.values())
        self.usage.processes = len(self._cpu)
        self.usage.wall_seconds = time.perf_counter() - self._started


def run(cmd: list[str], **popen) -> tuple[int, TreeUsage]:
    """Run `cmd` to its end; (exit status, the CPU and peak RSS of its process tree)."""
    proc = subprocess.Popen(cmd, **popen)
    sampler = TreeSampler(proc.pid)
    with sampler as usage:
        while proc.poll() is None:
            time.sleep(POLL_S)
    return proc.returncode, usage


def load() -> str:
    """The machine's load averages (1, 5, 15 min) and cores: how shared it was while measuring."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} cores"
