"""Batch: many papers, in parallel, cached, resumable, into `DIR/agendapack.sqlite` + `DIR/json/`.

    from pipeline.batch import run_batch
    summary = run_batch(["samples/"], Path("out"), workers=2)

Work goes to worker processes (a local pool, or a Dask cluster with `scheduler=`); each returns a
`PaperOutcome` (`process_paper`), and only this process writes: one transaction per file, so a batch
killed at any moment leaves whole files or nothing, and the next run carries on (the store's
`files` table is the cache: same sha256 + same pipeline version = skip).

Isolation. The local pool is a set of long-lived worker processes, one task at a time each, so a
paper that hangs past the timeout or kills its worker (memory) costs that one worker: it is killed
or reaped, restarted, and the paper becomes an `errors` row. (concurrent.futures' pool cannot do
this: one dead worker breaks the whole pool and a running task cannot be stopped.)
"""

from __future__ import annotations

import ast
import glob
import hashlib
import multiprocessing
import os
import pkgutil
import re
import resource
import signal
import stat
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from multiprocessing.connection import wait
from pathlib import Path

from .errors import IngestError
from .ingest import format_of
from .ingest.ocr import OcrSettings
from .store import Store, StoredDocument, status_of

DEFAULT_TIMEOUT = 300.0
DEFAULT_MAX_MEMORY_MB = 1280
"""Resident memory one worker may reach (`--max-memory`). A worker holds ~280 MB once spaCy is
loaded and the largest sample papers take it to ~600 MB; 1280 MB leaves room for a long pack and
keeps two workers (this machine's 2 cores) and the parent under 3 GB of its 24 GB, and every process
under the 1.5 GB that issue 18 sets for a batch with hostile files."""
MB = 1024 * 1024
MIN_MEMORY_MB = 512
"""The least --max-memory accepted: a worker holds ~280 MB before its first paper."""
DOC_FILES = ("readme", "sources", "licence", "license", "changelog", "contributing")


class UsageError(ValueError):
    """Bad arguments (exit status 2): missing input, bad --workers, --out that is a file..."""


PROJECT_PACKAGES = ("pipeline", "extractors")
EXTRACTION_ROOTS = ("pipeline.extract", "extractors")
"""Where an extraction starts: `extract()` and the extractors package (whose modules are all
loaded by discovery); everything they import from this project can change a result."""


def _module_file(root: Path, name: str) -> Path | None:
    path = root.joinpath(*name.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(root: Path, name: str, path: Path) -> set[str]:
    """The project modules `path` (module `name`) imports, read from its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)  # "from . import packs"
    return {m for m in found if m.split(".")[0] in PROJECT_PACKAGES and _module_file(root, m)}


def extraction_modules() -> list[Path]:
    """Every source file an extraction can run: the import closure of EXTRACTION_ROOTS within
    this project, derived from the code itself (a new module is covered without a list to keep)."""
    root = Path(__file__).resolve().parent.parent
    todo = [*EXTRACTION_ROOTS]
    todo += [i.name for i in pkgutil.walk_packages([str(root / "extractors")], prefix="extractors.")]
    seen: dict[str, Path] = {}
    while todo:
        name = todo.pop()
        path = _module_file(root, name)
        if name in seen or path is None:
            continue
        seen[name] = path
        todo.extend(_imports(root, name, path))
        # a package's __init__ runs before any of its modules
        parent = name.rpartition(".")[0]
        if parent:
            todo.append(parent)
    return sorted(set(seen.values()))


@cache
def pipeline_version() -> str:
    """`__version__` plus a hash of every module an extraction runs (`extraction_modules`): a
    change to an extractor re-extracts, so a cached result always comes from the running code."""
    from . import __version__

    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in extraction_modules():
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{__version__}+{h.hexdigest()[:12]}"


def store_version(ocr: OcrSettings) -> str:
    """The version a batch keeps its results under: the code's (`pipeline_version`), what of
    the OCR settings changes a result (`--ocr off` then `--ocr auto` reads a scan again) and the
    text layer the workers read words with (`AGENDAPACK_TEXT_LAYER`: a result read with pdfium's
    words is not pdfplumber's)."""
    from .ingest import pdf as pdf_ingest
    from .ingest.ocr import result_tag

    return f"{pipeline_version()}+{pdf_ingest.text_layer_in_use()}+{result_tag(ocr)}"


# ---------------------------------------------------------------------------------------------
# Inputs


def refusal(path: Path, roots: Iterable[Path], follow_symlinks: bool) -> str | None:
    """Why `path` may not be read as a paper (None: it may). Only regular files are read; a symbolic
    link only with `follow_symlinks`, and only to a regular file inside one of `roots` (the folders
    given). Looks at the file's metadata only: nothing is opened here."""
    try:
        if path.is_symlink():
            if not follow_symlinks:
                return "a symbolic link (followed only with --follow-symlinks)"
            target = path.resolve()
            if not any(target.is_relative_to(r) for r in roots):
                return f"a symbolic link to {target}, outside the folders given"
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "a broken symbolic link" if path.is_symlink() else "no such file"
    except (OSError, RuntimeError) as e:  # RuntimeError: a symlink loop
        return f"cannot be read ({getattr(e, 'strerror', None) or e})"
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a directory" if stat.S_ISDIR(mode)
            else "a special file")
    return f"not a regular file ({kind})"


def collect_inputs(inputs: Iterable[str], follow_symlinks: bool = False,
                   refused: list[tuple[Path, str]] | None = None,
                   ) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(papers, skipped with reason) from files, folders (walked recursively) and globs.

    Paper-named inputs that may not be read (`refusal`: symbolic links, FIFOs, devices) go to
    `refused` (path, reason) when given, else to the skipped. Raises UsageError for an input that
    names nothing."""
    papers: dict[Path, None] = {}
    skipped: list[tuple[Path, str]] = []
    refused = skipped if refused is None else refused
    roots = [Path(raw).resolve() if Path(raw).is_dir() else Path(raw).resolve().parent
             for raw in inputs]

    def consider(path: Path, explicit: bool) -> None:
        if not format_of(path):
            skipped.append((path, "not a paper (unsupported type)"))
        elif not explicit and path.stem.lower().startswith(DOC_FILES):
            skipped.append((path, "documentation file, not a paper"))
        elif (why := refusal(path, roots, follow_symlinks)) is not None:
            refused.append((path, why))
        else:
            papers.setdefault(path, None)

    for raw in inputs:
        path = Path(raw)
        if path.is_dir() and not (path.is_symlink() and not follow_symlinks):
            found = []
            for folder, dirs, files in os.walk(path):  # symbolic links to folders not entered
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [Path(folder) / f for f in files if not f.startswith(".")]
                # a link to a folder is not walked; named like a paper, it is refused
                found += [Path(folder) / d for d in dirs if (Path(folder) / d).is_symlink()]
            for p in sorted(found):
                consider(p, explicit=False)
        elif path.exists() or path.is_symlink():
            consider(path, explicit=True)
        else:
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise UsageError(f"{raw}: no such file, folder or matching glob")
            for m in matches:
                if not Path(m).is_dir():
                    consider(Path(m), explicit=False)
    return list(papers), skipped


def file_sha256(path: Path) -> str | None:
    """The sha256 of a regular file's bytes, read in chunks (None if it cannot be read or is not a
    regular file: a FIFO is never waited on, a device never read)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------------------------
# The work of one paper (runs in a worker; returns plain data, never touches the store)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _memory_now() -> tuple[int, int]:
    """(address space, resident set) of this process in bytes."""
    with open("/proc/self/statm") as f:
        size, rss = (int(x) for x in f.read().split()[:2])
    page = os.sysconf("SC_PAGE_SIZE")
    return size * page, rss * page


MIN_HEADROOM_MB = 64
"""Address space a paper may always take beyond what the worker holds (a worker already near its
limit still reads a small paper rather than failing it at once)."""

_limit_mb: int | None = None  # the worker's --max-memory, set by `limit_memory`


def limit_memory(max_mb: int | None) -> None:
    """Cap this process at about `max_mb` MB resident while it works on the next paper: the address
    space (RLIMIT_AS, which every allocation counts against, Python's, pdfium's and zlib's alike) may
    grow by what is left of `max_mb` above the resident set now. Resident memory can never grow
    more than the address space, so a decompression bomb ends in MemoryError, not in the OOM killer.
    Only the soft limit is set: the next paper raises it again."""
    global _limit_mb
    _limit_mb = max_mb
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if not max_mb:
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
        return
    size, rss = _memory_now()
    cap = size + max(max_mb * MB - rss, MIN_HEADROOM_MB * MB)
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY
                                            else min(cap, hard), hard))


_ALLOCATION_FAILED = re.compile(r"(?i)\ballocat\w*|out of memory|MemoryError")


def _out_of_memory(e: BaseException | None) -> bool:
    """An error that is a failed allocation underneath: a MemoryError in its chain, or a
    library's own words for one (pdfminer turns zlib's into "Unable to allocate output buffer")."""
    seen = 0
    while e is not None and seen < 10:
        if isinstance(e, MemoryError) or _ALLOCATION_FAILED.search(str(e)):
            return True
        e, seen = e.__cause__ or e.__context__, seen + 1
    return False


def memory_message(path: str, max_mb: int | None) -> str:
    if max_mb:
        return f"{path}: exceeds the memory limit ({max_mb} MB, --max-memory): stopped"
    return f"{path}: ran out of memory"


@dataclass
class PaperOutcome:
    """What a worker sends back for one paper: its result (with any agenda-pack items), or
    where and why it failed. Plain data, picklable; only the main process writes the store."""

    path: str
    pid: int | None = None
    sha256: str | None = None
    pages: int | None = None
    result_json: str | None = None
    """the ExtractionResult as JSON (smaller to send than the model)"""
    page_hashes: dict[int, str] = field(default_factory=dict)
    """content hash per page (`packs.page_hashes`): finds papers that hold one another"""
    page_texts: dict[int, str] = field(default_factory=dict)
    """each page's text (the store's page_texts: what `agendapack search` finds on pages)"""
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    error_stage: str | None = None
    error_type: str | None = None
    message: str = ""
    traceback: str | None = None
    cached: str | None = None
    """the store already holds this file's bytes at this pipeline version: 'ok' or 'failed'
    (`CacheCheck`); nothing was extracted"""

    @property
    def ok(self) -> bool:
        return self.result_json is not None


@dataclass(frozen=True)
class CacheCheck:
    """What a worker needs to skip a paper the store already holds: the store (opened read-only;
    only the main process writes it), the pipeline version, and whether failures are retried."""

    db: str
    version: str
    retry_failed: bool = True

    def lookup(self, path: str, sha256: str) -> tuple[str, str] | None:
        """('ok' | 'failed', message) if this file need not be processed again."""
        import sqlite3

        try:
            conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=30)
        except sqlite3.Error:
            return None  # no store yet (or not reachable from this worker): process it
        try:
            row = conn.execute("SELECT status FROM files WHERE sha256 = ? AND pipeline_version = ?",
                               (sha256, self.version)).fetchone()
            if row and row[0] != "failed":
                return "ok", ""
            if self.retry_failed:
                return None
            # failed before (this path, or the same bytes under another path; a worker that died
            # or a timeout has no sha256 on its row): not retried with --no-retry-failed
            err = conn.execute(
                "SELECT message FROM errors WHERE pipeline_version = ? AND (sha256 = ? OR"
                " (path = ? AND sha256 IS NULL)) ORDER BY path = ? DESC LIMIT 1",
                (self.version, sha256, path, path)).fetchone()
            return ("failed", err[0]) if err else None
        except sqlite3.Error:
            return None
        finally:
            conn.close()


def process_paper(path: str, cache: CacheCheck | None = None,
                  ocr: OcrSettings | None = None) -> PaperOutcome:
    """Ingest + extract one paper, as `pipeline.extract` does (agenda-pack items included). With
    `cache`, a file the store already holds is only hashed (all reading of papers happens here, in
    the worker, never in the batch's main process)."""
    from . import packs
    from .extract import extract_document
    from .ingest import ingest

    started = time.perf_counter()
    out = PaperOutcome(path=path, pid=os.getpid())
    stage = "ingest"
    try:
        if cache is not None:
            out.sha256 = file_sha256(Path(path))
            hit = out.sha256 and cache.lookup(path, out.sha256)
            if hit:
                out.cached, out.message = hit
                out.seconds = time.perf_counter() - started
                return out
        doc = ingest(path, ocr)
        out.sha256, out.pages = doc.source.sha256, doc.source.pages
        stage = "extract"
        out.result_json = extract_document(doc).to_json(indent=None)
        out.page_hashes = packs.page_hashes(doc)
        out.page_texts = {p.number: doc.text[p.char_start:p.char_end] for p in doc.pages}
    except MemoryError:
        out.result_json = None
        out.error_stage, out.error_type = "memory", "MemoryLimit"
        out.message = memory_message(path, _limit_mb)
    except Exception as e:
        if _limit_mb and _out_of_memory(e):  # a library's wrapping of a failed allocation
            out.result_json = None
            out.error_stage, out.error_type = "memory", "MemoryLimit"
            out.message = memory_message(path, _limit_mb)
        elif isinstance(e, IngestError):
            out.error_stage, out.error_type, out.message = "ingest", type(e).__name__, str(e)
        else:  # a bug on one paper: that paper fails, the batch goes on
            out.error_stage, out.error_type = stage, type(e).__name__
            out.message = f"{path}: internal error: {type(e).__name__}: {e}"
            out.traceback = traceback.format_exc()
    out.seconds = time.perf_counter() - started
    out.peak_rss_mb = _peak_rss_mb()
    return out


def _failure(path: str, stage: str, error_type: str, message: str,
             seconds: float = 0.0) -> PaperOutcome:
    return PaperOutcome(path=path, error_stage=stage, error_type=error_type, message=message,
                        seconds=seconds)


# ---------------------------------------------------------------------------------------------
# Executors: each yields one outcome dict per path, in completion order


def _worker_main(conn, task: Callable[[str], PaperOutcome], max_mb: int | None = None) -> None:
    # Ctrl-C goes to the whole process group: the batch's main process stops the workers; a
    # worker must not die mid-paper printing a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if getattr(task, "func", task) is process_paper:
        from .nlp import load_nlp

        load_nlp()  # once per worker, before the first paper
    from .ingest import pdf as pdf_ingest

    while True:
        try:
            message = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if message is None:
            return
        path, text_layer = message
        default_layer = pdf_ingest.TEXT_LAYER
        pdf_ingest.TEXT_LAYER = text_layer or default_layer
        limit_memory(max_mb)
        try:
            outcome = task(path)
        except MemoryError:  # a stand-in task, or memory gone outside process_paper's own guard
            outcome = _failure(path, "memory", "MemoryLimit", memory_message(path, max_mb))
        finally:
            pdf_ingest.TEXT_LAYER = default_layer
        limit_memory(None)
        conn.send(outcome)
        if outcome.error_type == "MemoryLimit":
            return  # its heap may be left fragmented and large: a fresh worker takes the next paper


def _start_forkserver_deaf_to_ctrl_c() -> None:
    """Start the forkserver with SIGINT blocked (a blocked signal stays blocked across its exec):
    Ctrl-C at a terminal reaches the whole process group, and the forkserver must not die
    mid-import printing a traceback. This process gets the signal once it is unblocked and stops
    everything itself. (The resource tracker is started first: starting it unblocks signals.)"""
    from multiprocessing import forkserver, resource_tracker

    if threading.current_thread() is not threading.main_thread():
        return
    resource_tracker.ensure_running()
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@dataclass
class _Slot:
    process: multiprocessing.process.BaseProcess
    conn: object
    path: str | None = None
    started: float = 0.0
    text_layer: str | None = None


# pdfium is native code: where an allocation fails under the memory limit (a decompression bomb)
# it aborts the worker instead of raising. A paper whose worker died of a signal is read once
# more with the pure-Python text layer, which raises MemoryError there (classified as such) or
# reads the paper.
RETRY_TEXT_LAYER = "pdfplumber"


def run_local(paths: list[str], workers: int, timeout: float,
              task: Callable[[str], PaperOutcome] = process_paper,
              max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB) -> Iterator[PaperOutcome]:
    """A pool of worker processes with per-paper timeout, memory limit (`limit_memory`) and
    worker-death isolation.

    `task` is what runs on each path (a module-level function, or a functools.partial of one;
    tests pass stand-ins)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["pipeline.extract", "pipeline.packs"])
    pending: list[tuple[str, str | None]] = [(p, None) for p in reversed(paths)]
    slots: list[_Slot] = []
    retry_dead = getattr(task, "func", task) is process_paper

    def start() -> _Slot:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker_main, args=(child, task, max_memory_mb), daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent)

    def stop(slot: _Slot) -> None:
        slot.process.kill()
        slot.process.join()
        slot.conn.close()

    try:
        _start_forkserver_deaf_to_ctrl_c()
        for _ in range(min(workers, len(paths))):
            slots.append(start())
        while pending or any(s.path for s in slots):
            for i, s in enumerate(slots):
                if s.path is None and pending:
                    if not s.process.is_alive():  # it died between papers: a fresh one
                        stop(s)
                        slots[i] = s = start()
                    (s.path, s.text_layer), s.started = pending.pop(), time.monotonic()
                    s.conn.send((s.path, s.text_layer))
            busy = [s for s in slots if s.path]
            deadline = min(s.started + timeout for s in busy)
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy],
                         timeout=max(0.0, deadline - time.monotonic()))
            now = time.monotonic()
            for i, s in enumerate(slots):
                if s.path is None:
                    continue
                if s.conn in ready or s.process.sentinel in ready:
                    try:
                        if s.conn.poll():
                            outcome = s.conn.recv()
                            s.path = None
                            if outcome.error_type == "MemoryLimit":  # that worker is leaving
                                s.process.join(5)
                                stop(s)
                                slots[i] = start()
                            yield outcome
                            continue
                    except (EOFError, OSError):
                        pass
                    code = s.process.exitcode
                    if code is None:
                        s.process.join(1)
                        code = s.process.exitcode
                    reason = (f"killed by signal {-code}" if code is not None and code < 0
                              else f"exit status {code}")
                    hint = ""
                    if code in (-9, -6, -11) and max_memory_mb:  # the OOM killer, or a library
                        # that aborted when an allocation failed under the limit
                        hint = f" (it probably exceeds the memory limit ({max_memory_mb} MB))"
                    elif code == -9:
                        hint = " (out of memory?)"
                    if retry_dead and code is not None and code < 0 and s.text_layer is None:
                        pending.append((s.path, RETRY_TEXT_LAYER))
                    else:
                        yield _failure(s.path, "worker", "WorkerDied",
                                       f"{s.path}: the worker processing it died: {reason}{hint}",
                                       now - s.started)
                    s.path = None
                    stop(s)
                    slots[i] = start()
                elif now >= s.started + timeout:
                    yield _failure(s.path, "timeout", "Timeout",
                                   f"{s.path}: still running after {timeout:g} s (--timeout): stopped",
                                   now - s.started)
                    stop(s)
                    slots[i] = start()
    finally:
        for s in slots:
            try:
                s.conn.send(None)
            except OSError:
                pass
        for s in slots:
            s.process.join(2)
            if s.process.is_alive():
                s.process.kill()
                s.process.join()


def run_dask(paths: list[str], scheduler: str, timeout: float,
             cache: CacheCheck | None = None,
             ocr: OcrSettings | None = None) -> Iterator[PaperOutcome]:
    """The same work on a Dask distributed cluster. A paper's timeout counts from when the
    scheduler reports it processing; a timed-out task is cancelled (its thread cannot be stopped
    and finishes in the background). A paper that kills workers repeatedly ends as KilledWorker."""
    from distributed import Client
    from distributed import wait as dask_wait

    with Client(scheduler, timeout=30) as client:
        futures = {client.submit(process_paper, p, cache, ocr, pure=False): p for p in paths}
        key_of = {f.key: f for f in futures}
        started: dict[object, float] = {}
        pending = set(futures)
        while pending:
            try:
                done, _ = dask_wait(list(pending), timeout=1.0, return_when="FIRST_COMPLETED")
            except TimeoutError:
                done = set()
            for f in done:
                pending.discard(f)
                try:
                    yield f.result()
                except Exception as e:
                    name = type(e).__name__
                    yield _failure(futures[f], "worker", name,
                                   f"{futures[f]}: failed on the cluster: {name}: {e}")
            now = time.monotonic()
            for keys in client.processing().values():
                for key in keys:
                    f = key_of.get(key)
                    if f is not None and f in pending:
                        started.setdefault(f, now)
            for f in [f for f in pending if f in started and now - started[f] >= timeout]:
                pending.discard(f)
                f.cancel()
                yield _failure(futures[f], "timeout", "Timeout",
                               f"{futures[f]}: still running after {timeout:g} s (--timeout): cancelled",
                               now - started[f])


# ---------------------------------------------------------------------------------------------
# The batch


@dataclass
class PaperReport:
    path: str
    status: str  # ok | partial | failed | cached | cached-failed
    pages: int = 0
    seconds: float = 0.0
    items: int = 0
    message: str = ""


@dataclass
class BatchSummary:
    out: Path
    papers: list[PaperReport] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    seconds: float = 0.0
    peak_rss_mb: dict[int, float] = field(default_factory=dict)  # per worker pid

    def count(self, *statuses: str) -> int:
        return sum(1 for p in self.papers if p.status in statuses)

    @property
    def failed(self) -> list[PaperReport]:
        return [p for p in self.papers if p.status in ("failed", "cached-failed")]

    @property
    def pages_extracted(self) -> int:
        return sum(p.pages for p in self.papers if p.status in ("ok", "partial"))

    @property
    def pages_per_second(self) -> float:
        return self.pages_extracted / self.seconds if self.seconds else 0.0

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def _write_json(folder: Path, name: str, text: str) -> str:
    """Write DIR/json/NAME.json atomically; NAME is a hex digest, never a name from a paper. The
    temporary file has a name of its own (two batches on one folder never share one)."""
    if not all(c in "0123456789abcdef" for c in name) or len(name) != 64:
        raise ValueError(f"not a sha256: {name!r}")
    target = folder / "json" / f"{name}.json"
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return f"json/{name}.json"


def _store_outcome(store: Store, out: Path, outcome: PaperOutcome, version: str) -> PaperReport:
    from .models import ExtractionResult

    path = outcome.path
    if outcome.cached:  # the same bytes are stored (maybe under another path): record this path
        store.record_path(path, outcome.sha256, version)
        status = "cached-failed" if outcome.cached == "failed" else "cached"
        return PaperReport(path, status, message=outcome.message)
    if not outcome.ok:
        store.write_error(path, outcome.sha256, version,
                          outcome.error_stage or "worker", outcome.error_type or "Error",
                          outcome.message, pages=outcome.pages, seconds=outcome.seconds)
        return PaperReport(path, "failed", seconds=outcome.seconds, message=outcome.message)
    assert outcome.result_json is not None and outcome.sha256 is not None
    result = ExtractionResult.model_validate_json(outcome.result_json)
    items = []
    for it in result.items:
        item_result = result.item_result(it)
        content = item_result.source.content_sha256 or outcome.sha256
        items.append(StoredDocument(
            result=item_result, content_sha256=content, seconds=None,
            json_path=_write_json(out, content, item_result.to_json(indent=None)),
            item_number=it.number, first_page=it.first_page, last_page=it.last_page,
            page_hashes={n: h for n, h in outcome.page_hashes.items()
                         if it.first_page <= n <= it.last_page},
            page_texts={n: t for n, t in outcome.page_texts.items()
                        if it.first_page <= n <= it.last_page}))
    covered = {n for it in result.items for n in range(it.first_page, it.last_page + 1)}
    top = StoredDocument(
        result=result, content_sha256=result.source.content_sha256 or outcome.sha256,
        seconds=outcome.seconds, json_path=_write_json(out, outcome.sha256, outcome.result_json),
        own_pages=set(range(1, result.source.pages + 1)) - covered if items else None,
        items=items, page_hashes=outcome.page_hashes, page_texts=outcome.page_texts)
    store.write_file(path, outcome.sha256, version, top, outcome.pages or 0, outcome.seconds)
    status = "partial" if any(status_of(d.result) == "partial" for d in [top, *items]) else "ok"
    return PaperReport(path, status, pages=outcome.pages or 0, seconds=outcome.seconds,
                       items=len(items))


def run_batch(inputs: Iterable[str], out: Path, *, workers: int | None = None,
              scheduler: str | None = None, timeout: float = DEFAULT_TIMEOUT, force: bool = False,
              max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB, follow_symlinks: bool = False,
              retry_failed: bool = True,
              on_paper: Callable[[PaperReport, int, int], None] | None = None,
              ocr: str | None = None, ocr_cache: Path | None = None) -> BatchSummary:
    """Process every paper under `inputs` into the store in `out`. `on_paper(report, done, total)`
    is called as each paper finishes (progress display). `ocr`: auto | force | off (None:
    AGENDAPACK_OCR, else auto); a scan's pages are OCRed in the worker that has the paper,
    with the cores the other workers leave free.

    This process only looks at file metadata (which inputs are regular files) and writes the
    store; hashing, cache lookups and extraction happen in the workers. An input that may not be
    read (`refusal`) and every failure is an `errors` row keyed by its path; failures are tried
    again on the next run unless `retry_failed` is False (`--no-retry-failed`)."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers < 1:
        raise UsageError(f"--workers must be at least 1 (got {workers})")
    try:
        ocr_settings = OcrSettings.from_env(ocr, ocr_cache,
                                            threads=max(1, (os.cpu_count() or 1) // workers))
    except ValueError as e:
        raise UsageError(f"--ocr: {e}") from None
    if timeout <= 0:
        raise UsageError(f"--timeout must be positive (got {timeout:g})")
    if max_memory_mb is not None and max_memory_mb < MIN_MEMORY_MB:
        raise UsageError(f"--max-memory must be at least {MIN_MEMORY_MB} MB (got {max_memory_mb})")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: --out must be a folder (this is a file)")
    refused: list[tuple[Path, str]] = []
    papers, skipped = collect_inputs(inputs, follow_symlinks=follow_symlinks, refused=refused)
    started = time.perf_counter()
    (out / "json").mkdir(parents=True, exist_ok=True)
    version = store_version(ocr_settings)
    summary = BatchSummary(out=out, skipped=skipped)
    total = len(papers) + len(refused)

    def report(r: PaperReport) -> None:
        summary.papers.append(r)
        if on_paper:
            on_paper(r, len(summary.papers), total)

    with Store(out) as store:
        for path, why in refused:
            message = f"{path}: not read: {why}"
            store.write_error(str(path), None, version, "read", "RefusedInput", message)
            report(PaperReport(str(path), "failed", message=message))
        # metadata only (never opening a file here): unchanged since stored = not read again
        stats = {}
        for p in papers:
            try:
                stats[str(p)] = os.stat(p)
            except OSError:
                pass
        todo = []
        for p in map(str, papers):
            st = stats.get(p)
            hit = (None if force or st is None else
                   store.unchanged(p, st.st_size, st.st_mtime_ns, version, retry_failed))
            if hit:
                report(PaperReport(p, "cached-failed" if hit[0] == "failed" else "cached",
                                   message=hit[1]))
            else:
                todo.append(p)
        cache = None if force else CacheCheck(str(store.path), version, retry_failed)
        if todo:
            outcomes = (run_dask(todo, scheduler, timeout, cache, ocr_settings) if scheduler
                        else run_local(todo, workers, timeout,
                                       task=partial(process_paper, cache=cache, ocr=ocr_settings),
                                       max_memory_mb=max_memory_mb))
            for outcome in outcomes:
                r = _store_outcome(store, out, outcome, version)
                st = stats.get(outcome.path)
                if outcome.sha256 and st is not None:
                    store.remember_input(outcome.path, outcome.sha256, st.st_size,
                                         st.st_mtime_ns, version)
                if outcome.pid is not None and not outcome.cached:
                    summary.peak_rss_mb[outcome.pid] = max(
                        summary.peak_rss_mb.get(outcome.pid, 0.0), outcome.peak_rss_mb)
                report(r)
    summary.seconds = time.perf_counter() - started
    return summary


# ---------------------------------------------------------------------------------------------
# Display (what the CLI shows; here so the CLI stays a thin layer)


class Display:
    """A rich progress bar (papers and pages, rate, ETA) on a terminal; plain log lines otherwise.

        with Display(console) as show:
            summary = run_batch(..., on_paper=show)
    """

    def __init__(self, console):
        self.console = console
        self.progress = None
        self.pages = 0

    def __enter__(self) -> Display:
        if self.console.is_terminal:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.progress = Progress(
                TextColumn("papers"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[pages]} pages, {task.fields[rate]} pages/s"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=self.console)
            self.progress.start()
            self.task = self.progress.add_task("batch", total=None, pages=0, rate="-")
            self.started = time.perf_counter()
        return self

    def __call__(self, report: PaperReport, done: int, total: int) -> None:
        self.pages += report.pages
        if self.progress is not None:
            rate = self.pages / max(time.perf_counter() - self.started, 1e-9)
            self.progress.update(self.task, completed=done, total=total, pages=self.pages,
                                 rate=f"{rate:.1f}")
        else:
            extra = f" ({report.pages} pages, {report.seconds:.1f} s)" if report.pages else ""
            why = f": {report.message}" if report.message else ""
            # paths are printed as they are: "[/x]" in a file name is text, not rich markup
            self.console.print(f"[{done}/{total}] {report.status} {report.path}{extra}{why}",
                               markup=False, highlight=False, soft_wrap=True)

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()


def summary_table(summary: BatchSummary):
    from rich.table import Table

    table = Table(title=f"agendapack batch -> {summary.out}")
    for col in ("ok", "partial", "failed", "cached", "skipped", "pages", "pages/s", "seconds"):
        table.add_column(col, justify="right")
    table.add_row(str(summary.count("ok")), str(summary.count("partial")),
                  str(len(summary.failed)), str(summary.count("cached", "cached-failed")),
                  str(len(summary.skipped)), str(summary.pages_extracted),
                  f"{summary.pages_per_second:.1f}", f"{summary.seconds:.1f}")
    return table
