"""Benchmark: peak resident memory of every process of `agendapack batch` (the whole process tree:
the main process, the forkserver and each worker, not only the parent), over the samples plus one
hostile file of every kind (tests/hostile.py: a 2 GiB decompression bomb, a scrambled xref, UTF-16
text, HTML nested 3000 deep, symlinks to /dev/zero and /etc/passwd, a FIFO, script and markup in
file names).

    python bench/rss_bench.py [--samples samples] [--workers 2] [--max-memory 1280] [--no-hostile]

Each process's peak is its kernel high-water mark (VmHWM in /proc/PID/status), read every 50 ms
while it lives, so a peak between two reads is not missed. Target (issue 18): exit status 1, an
error row per broken file, and every process under 1.5 GB.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MB = 1536
POLL_S = 0.05


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            kids = (task / "children").read_text().split()
            found += [int(k) for k in kids]
    except OSError:
        pass
    return found


def _tree(root: int) -> list[int]:
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += _children(pid)
    return out


def _hwm_mb(pid: int) -> tuple[float, str] | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:60]
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024, cmd
    return None


def measure(cmd: list[str]) -> tuple[int, dict[int, tuple[float, str]], float, str]:
    """Run `cmd`; (exit status, {pid: (peak MB, command)}, seconds, stderr)."""
    started = time.perf_counter()
    err = tempfile.TemporaryFile("w+")
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
    peaks: dict[int, tuple[float, str]] = {}
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            got = _hwm_mb(pid)
            if got and got[0] > peaks.get(pid, (0.0, ""))[0]:
                peaks[pid] = got
        time.sleep(POLL_S)
    err.seek(0)
    return proc.returncode, peaks, time.perf_counter() - started, err.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-memory", type=int, default=None)
    parser.add_argument("--no-hostile", action="store_true")
    args = parser.parse_args()
    from tests.hostile import make_hostile

    with tempfile.TemporaryDirectory() as tmp:
        papers = Path(tmp) / "papers"
        papers.mkdir()
        for p in sorted(args.samples.iterdir()):
            if p.is_file():
                shutil.copy(p, papers / p.name)
        expect = {} if args.no_hostile else make_hostile(papers / "hostile")
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "pipeline", "batch", str(papers), "--out", str(out),
               "--workers", str(args.workers)]
        if args.max_memory:
            cmd += ["--max-memory", str(args.max_memory)]
        code, peaks, seconds, stderr = measure(cmd)
        conn = sqlite3.connect(out / "agendapack.sqlite")
        errors = conn.execute("SELECT path, error_type, message FROM errors ORDER BY path").fetchall()
        docs = conn.execute("SELECT count(*) FROM documents WHERE parent_id IS NULL").fetchone()[0]
        conn.close()
    print(f"batch of {args.samples} + {len(expect)} hostile files, {args.workers} workers: "
          f"exit {code}, {seconds:.1f} s, {docs} papers stored, {len(errors)} error rows")
    for path, kind, message in errors:
        print(f"  error {kind:14} {Path(path).name}: {message.split(': ', 1)[-1][:90]}")
    print("peak RSS per process (VmHWM):")
    for pid, (mb, cmd) in sorted(peaks.items(), key=lambda kv: -kv[1][0]):
        print(f"  {pid:>8} {mb:8.1f} MB  {cmd}")
    worst = max(mb for mb, _ in peaks.values())
    print(f"largest: {worst:.1f} MB (target < {TARGET_MB} MB): "
          f"{'met' if worst < TARGET_MB else 'NOT met'}")
    if "Traceback" in stderr:
        print("a traceback was printed:\n" + stderr[-3000:])


if __name__ == "__main__":
    main()
