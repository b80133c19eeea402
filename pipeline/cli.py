"""`agendapack`: a thin command-line layer over the library (`pipeline.extract`, `pipeline.eval`).

Every command takes the same conventions: `--debug` (tracebacks), `-v`/`-vv` (more log), `-q`
(errors only), `--log-file FILE` (the full log, debug level), before or after the command name.
Imports are lazy (each command imports what it needs) so `agendapack --help` starts fast.
"""

from __future__ import annotations

import functools
import inspect
import json
import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .errors import AgendapackError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

app = typer.Typer(
    help="Structured, checkable data from local-government committee papers.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)
state = {"debug": False, "verbose": 0, "quiet": False, "log_file": None}
log = logging.getLogger("pipeline")


class _LazyConsole:
    """rich's Console on stderr, made on first use (importing rich costs start-up time)."""

    _console = None

    @staticmethod
    def get() -> Console:
        """The Console itself (quiet with -q)."""
        if _LazyConsole._console is None:
            _LazyConsole._console = _console(stderr=True, quiet=state["quiet"])
        return _LazyConsole._console

    def __getattr__(self, name):
        return getattr(self.get(), name)


err = _LazyConsole()


def _console(**kwargs) -> Console:
    from rich.console import Console

    return Console(**kwargs)


def _table(**kwargs) -> Table:
    from rich.table import Table

    return Table(**kwargs)


def fail(message: str, code: int = 2) -> typer.Exit:
    """One line on stderr, then exit `code` (a traceback only with --debug)."""
    if state["debug"]:
        traceback.print_exc()
    log.debug("exit %d: %s", code, message)
    # errors are printed even with -q
    from rich.markup import escape

    _console(stderr=True).print(f"[bold red]error:[/] {escape(message)}", highlight=False,
                                soft_wrap=True)
    return typer.Exit(code)


def setup_logging(verbose: int = 0, quiet: bool = False, log_file: Path | None = None,
                  debug: bool = False) -> None:
    """stdlib logging for the `pipeline` loggers: a rich handler on stderr (warnings; -v info,
    -vv or --debug debug; -q errors only) and, with --log-file, every record at debug level."""
    root = logging.getLogger("pipeline")
    for handler in list(root.handlers):
        if getattr(handler, "_agendapack", False):
            root.removeHandler(handler)
            handler.close()
    level = (logging.ERROR if quiet else logging.DEBUG if debug or verbose >= 2
             else logging.INFO if verbose == 1 else logging.WARNING)
    from rich.logging import RichHandler

    console = RichHandler(console=_console(stderr=True), show_path=False, show_time=False)
    console.setLevel(level)
    handlers: list[logging.Handler] = [console]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        to_file = logging.FileHandler(log_file, encoding="utf-8")
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        to_file.setLevel(logging.DEBUG)
        handlers.append(to_file)
    for handler in handlers:
        handler._agendapack = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(min(h.level for h in handlers))
    root.propagate = False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"agendapack {__version__}")
        raise typer.Exit(0)


# The options every command takes (also accepted before the command name).
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors; debug log.")]
Verbose = Annotated[int, typer.Option("--verbose", "-v", count=True,
                                      help="More log on stderr (-v info, -vv debug).")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")]
LogFile = Annotated[Path | None, typer.Option("--log-file", help="Also write the full log "
                                              "(debug level) to this file.", metavar="FILE")]
_COMMON = {"debug": (Debug, False), "verbose": (Verbose, 0), "quiet": (Quiet, False),
           "log_file": (LogFile, None)}


def _apply_common(debug: bool, verbose: int, quiet: bool, log_file: Path | None) -> None:
    """Merge a command's own options with the ones given before its name, and set up logging."""
    state["debug"] = state["debug"] or debug
    state["verbose"] = max(state["verbose"], verbose)
    state["quiet"] = state["quiet"] or quiet
    state["log_file"] = log_file or state["log_file"]
    _LazyConsole._console = None  # made again with these options on first use
    setup_logging(state["verbose"], state["quiet"], state["log_file"], state["debug"])


def command(name: str | None = None):
    """`@app.command()` that also gives the command the common options (--debug, -v, -q,
    --log-file): typer reads the wrapper's signature, which is the command's plus those."""
    def register(fn):
        signature = inspect.signature(fn, eval_str=True)
        extra = [inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY, default=default,
                                   annotation=annotation)
                 for key, (annotation, default) in _COMMON.items()]

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            _apply_common(*(kwargs.pop(key) for key in _COMMON))
            log.info("agendapack %s", " ".join(sys.argv[1:]))
            return fn(*args, **kwargs)

        wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[*signature.parameters.values(), *extra])
        wrapper.__annotations__ = {**fn.__annotations__,
                                   **{key: a for key, (a, _) in _COMMON.items()}}
        return app.command(name)(wrapper)
    return register


@app.callback()
def main(
    debug: Debug = False,
    verbose: Verbose = 0,
    quiet: Quiet = False,
    log_file: LogFile = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.",
                                          is_eager=True, callback=_version)] = False,
) -> None:
    """Structured, checkable data from local-government committee papers."""
    state.update(debug=debug, verbose=verbose, quiet=quiet, log_file=log_file)
    _LazyConsole._console = None
    setup_logging(verbose, quiet, log_file, debug)


def extract_paper(path: Path, ocr=None):
    """`pipeline.extract` (imported on first use: it loads the extractors)."""
    from .extract import extract

    return extract(path, ocr)


OcrOption = Annotated[str | None, typer.Option(
    "--ocr", help="auto: OCR the PDF pages without a usable text layer; force: every page; "
                  "off: none (default: $AGENDAPACK_OCR, else auto).")]
OcrCacheOption = Annotated[Path | None, typer.Option(
    "--ocr-cache", help="Folder of OCR results by page image (default: $AGENDAPACK_OCR_CACHE, "
                        "else ~/.cache/agendapack/ocr).")]


def _ocr_settings(mode: str | None, cache: Path | None):
    from .ingest import OcrSettings

    try:
        return OcrSettings.from_env(mode, cache)
    except ValueError as e:
        raise fail(f"--ocr: {e}") from None


@command()
def extract(
    path: Annotated[Path, typer.Argument(help="A paper (PDF, .txt/.md, .html), or a folder of them.")],
    out: Annotated[Path | None, typer.Option("-o", "--out",
                   help="Write the JSON here (a folder when PATH is a folder: its structure is "
                        "mirrored).")] = None,
    ocr: OcrOption = None,
    ocr_cache: OcrCacheOption = None,
    timeout: Annotated[float | None, typer.Option(
        "--timeout", help="Seconds one paper may take; the paper then runs in a worker process, "
                          "which is stopped at the limit (default: no limit, in this process).")] = None,
    max_memory: Annotated[int | None, typer.Option(
        "--max-memory", help="MB one paper's worker may hold (with --timeout; default "
                             "1280).")] = None,
) -> None:
    """Extract one paper to JSON (stdout, or -o FILE); a folder writes one JSON per paper."""
    from .batch import DEFAULT_MAX_MEMORY_MB, MIN_MEMORY_MB

    settings = _ocr_settings(ocr, ocr_cache)
    if timeout is not None and timeout <= 0:
        raise fail(f"--timeout must be positive (got {timeout:g})")
    if max_memory is not None and max_memory < MIN_MEMORY_MB:
        raise fail(f"--max-memory must be at least {MIN_MEMORY_MB} MB (got {max_memory})")
    if max_memory is not None and timeout is None:
        timeout = float("inf")
    limits = None if timeout is None else (timeout, max_memory or DEFAULT_MAX_MEMORY_MB)
    if path.is_dir():
        raise typer.Exit(_extract_folder(path, out or Path("out"), settings, limits))
    try:
        result = _extract_one(path, limits, settings)
    except AgendapackError as e:
        raise fail(str(e)) from None
    except Exception as e:  # a bug, not bad input: still one line unless --debug
        raise fail(f"{path}: internal error while extracting: {type(e).__name__}: {e}") from None
    text = result.to_json()
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")


class _Stopped(AgendapackError):
    """A paper stopped by `extract --timeout` / `--max-memory`."""


def _extract_one(path: Path, limits: tuple[float, int] | None, settings=None):
    """`pipeline.extract(path)`, or with `limits` (timeout, max MB) the same in a worker process
    (`batch.run_local`) that is stopped at the limits."""
    if limits is None:
        return extract_paper(path, settings)
    from functools import partial

    from .batch import process_paper, run_local
    from .models import ExtractionResult

    timeout, max_mb = limits
    (outcome,) = run_local([str(path)], 1, timeout, task=partial(process_paper, ocr=settings),
                           max_memory_mb=max_mb)
    if outcome.ok:
        return ExtractionResult.model_validate_json(outcome.result_json)
    raise _Stopped(outcome.message)  # a message naming the file and the problem


def _extract_folder(folder: Path, out_dir: Path, settings=None,
                    limits: tuple[float, int] | None = None) -> int:
    from rich.text import Text  # paths as plain text: "[/x]" is not markup

    from .batch import collect_inputs

    refused: list[tuple[Path, str]] = []
    papers, skipped = collect_inputs([str(folder)], refused=refused)
    out_dir.mkdir(parents=True, exist_ok=True)
    table = _table(title=f"agendapack extract {folder}")
    for col in ("paper", "status", "pages", "kind", "date", "warnings"):
        table.add_column(col)
    failed = 0
    used: set[Path] = set()
    for paper in papers:
        # out_dir mirrors the folder: a/minutes.pdf and b/minutes.pdf do not overwrite each other
        rel = paper.relative_to(folder)
        target = out_dir / rel.parent / f"{rel.stem}.json"
        if target in used:  # minutes.pdf and minutes.txt side by side
            target = out_dir / rel.parent / f"{rel.stem}{rel.suffix.replace('.', '_')}.json"
        used.add(target)
        try:
            result = _extract_one(paper, limits, settings)
        except AgendapackError as e:
            failed += 1
            table.add_row(Text(str(paper)), Text("failed", style="red"), "", "", "", Text(str(e)))
            continue
        except Exception as e:
            if state["debug"]:
                traceback.print_exc()
            failed += 1
            table.add_row(Text(str(paper)), Text("failed", style="red"), "", "", "",
                          Text(f"internal error: {type(e).__name__}: {e}"))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(result.to_json() + "\n", encoding="utf-8")
        table.add_row(Text(str(paper)), "ok", str(result.source.pages), result.document.kind,
                      result.document.date or "", "; ".join(w.code for w in result.warnings))
    for path, reason in refused:
        failed += 1
        table.add_row(Text(str(path)), Text("failed", style="red"), "", "", "",
                      Text(f"not read: {reason}"))
    for path, reason in skipped:
        table.add_row(Text(str(path)), "skipped", "", "", "", reason)
    _console(stderr=True).print(table)
    err.print(f"{len(papers) + len(refused) - failed} ok, {failed} failed, {len(skipped)} skipped "
              f"-> {out_dir}/", markup=False, highlight=False)
    return 1 if failed else 0


@command()
def tables(
    path: Annotated[Path, typer.Argument(help="A paper (PDF, .txt/.md, .html).")],
    csv: Annotated[Path | None, typer.Option("--csv", help="Write one CSV per table into this folder.")] = None,
) -> None:
    """List the financial tables of a paper (values in pounds, checks), or write them as CSV."""
    try:
        result = extract_paper(path)
    except AgendapackError as e:
        raise fail(str(e)) from None
    console = _console()
    if not result.tables:
        err.print(f"{path}: no financial tables found")
    if csv is not None:
        csv.mkdir(parents=True, exist_ok=True)
    for n, table in enumerate(result.tables, start=1):
        frame = table.to_dataframe()
        if csv is not None:
            target = csv / f"{path.stem}-table-{n}.csv"
            frame.to_csv(target, index=False)
            err.print(f"wrote {target} ({len(frame)} rows)")
            continue
        view = _table(title=f"table {n}: {table.title or '(untitled)'} - pages {table.pages or '-'}, "
                           f"x{table.scale} {table.unit}, checks {table.checks_passed} passed / "
                           f"{table.checks_failed} failed")
        for col in ("label", "section", "kind", *[c.label for c in table.columns]):
            view.add_column(col, overflow="fold")
        for row in table.rows:
            view.add_row(row.label or "", row.section or "", row.kind,
                         *["" if v is None else f"{v:,}" for v in row.values])
        console.print(view)


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


@command("eval")
def eval_(
    samples: Annotated[Path, typer.Argument(help="Folder with papers and gold/NAME.json.")] = Path("samples"),
    split: Annotated[str | None, typer.Option(
        "--split", help="dev (tune on these), dev2 to dev8 (later blind batches, tune on "
                        "them), test and test2 to test5 (annotated blind, never tuned on), all, or "
                        "seen (the papers the rules were first written on). Default: dev, dev2 to "
                        "dev8, then test and test2 to test5.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    by_sample: Annotated[bool, typer.Option("--by-sample", help="Also show each sample.")] = False,
    table_breakdown: Annotated[bool, typer.Option(
        "--table-breakdown", help="Also show, over the split, how many gold table cells find a "
                                  "predicted cell with the same value, table, row, column and "
                                  "section (aggregate only).")] = False,
) -> None:
    """Precision, recall and F1 per record kind against the hand annotations."""
    from .eval import SPLITS, evaluate

    if not (samples / "gold").is_dir():
        raise fail(f"{samples}: no gold/ folder of annotations")
    if split is not None and split not in SPLITS:
        raise fail(f"--split must be one of {', '.join(SPLITS)} (got {split!r})")
    reports = {}
    for name in [split] if split else [s for s in SPLITS if s not in ("all", "seen")]:
        try:
            reports[name] = evaluate(samples, name)
        except Exception as e:
            raise fail(f"{samples}: evaluation failed: {type(e).__name__}: {e}") from None
    if as_json:
        data = (reports[split].as_dict() if split
                else {"splits": {k: r.as_dict() for k, r in reports.items()}})
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    if split and not reports[split].samples:
        # an empty split is said, not printed as nothing: an engineer read silence as a score
        raise fail(f"{samples}: no annotations in split {split} ({samples}/gold/{split}/)")
    for name, report in reports.items():
        if report.samples:
            _print_report(samples, name, report, by_sample)
            if table_breakdown:
                _print_table_breakdown(name, report)


def _print_table_breakdown(split: str, report) -> None:
    table = _table(title=f"table cells, --split {split}: gold cells that find a predicted cell with")
    table.add_column("level")
    table.add_column("cells", justify="right")
    for level, n in report.table_breakdown().items():
        table.add_row(level, str(n))
    _console().print(table)


def _add_detail_rows(table: Table, totals) -> None:
    """Finer scores (an appointment's event, start date) where the gold gives them; not in
    overall."""
    from .eval import DETAIL_KINDS

    for kind in DETAIL_KINDS:
        s = totals[kind]
        if s.gold:
            table.add_row(f"[dim]{kind}[/]", str(s.gold), str(s.predicted), str(s.matched),
                          _fmt(s.precision), _fmt(s.recall), _fmt(s.f1))


def _print_report(samples: Path, split: str, report, by_sample: bool) -> None:
    from .eval import KINDS

    console = _console()
    table = _table(title=f"agendapack eval {samples} --split {split} "
                        f"({len(report.samples)} annotated samples)")
    for col in ("kind", "gold", "predicted", "matched", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    totals = report.totals()
    for kind in KINDS:
        s = totals[kind]
        table.add_row(kind, str(s.gold), str(s.predicted), str(s.matched),
                      _fmt(s.precision), _fmt(s.recall), _fmt(s.f1))
    o = report.overall()
    table.add_row("[bold]overall[/]", str(o.gold), str(o.predicted), str(o.matched),
                  _fmt(o.precision), _fmt(o.recall), _fmt(o.f1))
    _add_detail_rows(table, totals)
    console.print(table)
    if by_sample:
        per = _table(title="by sample (F1)")
        per.add_column("sample")
        for kind in KINDS:
            per.add_column(kind, justify="right")
        for s in report.samples:
            per.add_row(s.sample, *[s.error and "error" or _fmt(s.scores[k].f1) if k in s.scores
                                    else "n/a" for k in KINDS])
        console.print(per)
    for s in report.samples:
        if s.error:
            err.print(f"[red]error:[/] {s.error}")


@command()
def agreement(
    first: Annotated[Path, typer.Argument(help="Folder of gold files (samples/gold/README.md).")],
    second: Annotated[Path, typer.Argument(help="Folder of a second annotation of some of the same "
                                                "papers (same file names).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """How far two annotations of the same papers agree, per kind: the second scored against the
    first with eval's matching (the ceiling any score against one of them can be read against)."""
    from .eval import agreement as score_agreement

    for folder in (first, second):
        if not folder.is_dir():
            raise fail(f"{folder}: not a folder of gold files")
    report = score_agreement(first, second)
    if not report.samples:
        raise fail(f"{second}: no gold file with the same name as one in {first}")
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
        return
    _print_report(first, f"(agreement of {second})", report, by_sample=False)


@command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Papers, folders (walked recursively) or globs.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder: agendapack.sqlite + json/.")],
    workers: Annotated[int | None, typer.Option("--workers", help="Worker processes (default: all cores).")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler",
                         help="A Dask scheduler address (tcp://host:8786) instead of local workers.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds one paper may take.")] = 300.0,
    max_memory: Annotated[int | None, typer.Option(
        "--max-memory", help="MB of memory one worker may hold; a paper that needs more is an "
                             "error row (local workers; default 1280).")] = None,
    follow_symlinks: Annotated[bool, typer.Option(
        "--follow-symlinks", help="Read symbolic links to regular files inside the folders given "
                                  "(never to devices, FIFOs or elsewhere).")] = False,
    no_retry_failed: Annotated[bool, typer.Option(
        "--no-retry-failed", help="Do not try again papers that failed in an earlier run.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Re-extract papers already in the store.")] = False,
    ocr: OcrOption = None,
    ocr_cache: OcrCacheOption = None,
) -> None:
    """Extract many papers in parallel into DIR/agendapack.sqlite (cached, resumable)."""
    from .batch import DEFAULT_MAX_MEMORY_MB, Display, UsageError, run_batch, summary_table

    try:
        with Display(err.get()) as show:
            summary = run_batch(inputs, out, workers=workers, scheduler=scheduler, timeout=timeout,
                                force=force, max_memory_mb=max_memory or DEFAULT_MAX_MEMORY_MB,
                                follow_symlinks=follow_symlinks, retry_failed=not no_retry_failed,
                                on_paper=show, ocr=ocr, ocr_cache=ocr_cache)
    except UsageError as e:
        raise fail(str(e)) from None
    except ModuleNotFoundError as e:
        if e.name and e.name.split(".")[0] in ("dask", "distributed"):
            raise fail("--scheduler needs Dask, which is not installed: "
                       "pip install 'agendapack[cluster]'") from None
        raise
    except KeyboardInterrupt:
        # the workers are stopped; the store holds every paper finished so far (one transaction
        # each), and the next run carries on from there
        err.print(f"interrupted: the papers finished so far are in {out}; run again to go on",
                  markup=False, highlight=False)
        raise typer.Exit(130) from None
    err.print(summary_table(summary))
    from rich.text import Text

    for p in summary.failed:
        err.print(Text.assemble(("failed:", "red"), " ", p.message or p.path), highlight=False,
                  soft_wrap=True)
    raise typer.Exit(summary.exit_code)


@command()
def export(
    folder: Annotated[Path, typer.Argument(help="A batch output folder (holds agendapack.sqlite).")],
    parquet: Annotated[Path, typer.Option("--parquet", help="Write one TABLE.parquet per table here.")],
    partition_by: Annotated[str | None, typer.Option(
        "--partition-by", help="Split each paper's records into folders by the paper's "
                               "organisation and/or year: 'organisation,year' (hive layout).",
        metavar="organisation,year")] = None,
) -> None:
    """Write the store's tables as typed Parquet (needs the 'parquet' extra: pyarrow)."""
    from .parquet import MissingPyarrow, export_parquet

    keys = [k.strip() for k in partition_by.split(",") if k.strip()] if partition_by else []
    try:
        written = export_parquet(folder, parquet, partition_by=keys)
    except (FileNotFoundError, ValueError, MissingPyarrow) as e:
        raise fail(str(e)) from None
    err.print(f"wrote {len(written)} tables -> {parquet}/")


@command()
def search(
    store: Annotated[Path, typer.Argument(help="A batch output folder (holds agendapack.sqlite).")],
    query: Annotated[str, typer.Argument(help='Words to find (FTS5: "a phrase", prefix*, a OR b).')],
    kind: Annotated[str | None, typer.Option("--kind", help="page | resolution | recommendation "
                                             "| appointment | table_row")] = None,
    organisation: Annotated[str | None, typer.Option(
        "--organisation", help="Only papers of this organisation (part of the name, any case).")] = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Only papers dated then or later: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many hits.")] = 50,
    fmt: Annotated[str, typer.Option("--format", help="text | json")] = "text",
) -> None:
    """Full-text search of pages, resolutions, appointments, table rows: paper, page, snippet."""
    from .search import SearchError
    from .search import search as run_search
    from .store import StoreVersionError

    if fmt not in ("text", "json"):
        raise fail(f"--format must be text or json (got {fmt!r})")
    try:
        hits = run_search(store, query, kind=kind, organisation=organisation, since=since,
                          limit=limit)
    except (FileNotFoundError, SearchError, StoreVersionError) as e:
        raise fail(str(e)) from None
    if fmt == "json":
        sys.stdout.write(json.dumps([h.as_dict() for h in hits], ensure_ascii=False, indent=2) + "\n")
        return
    from rich.markup import escape

    out = _console(highlight=False, soft_wrap=True)
    for h in hits:
        where = " · ".join(x for x in (h.organisation, h.committee, h.date) if x)
        out.print(f"[bold]{escape(h.title or Path(h.source_path).name)}[/] [dim]({escape(where)})[/]")
        out.print(f"  p.{h.page or '-'} {h.kind}: "
                  + escape(h.plain_snippet("\x00", "\x01")).replace("\x00", "[bold yellow]")
                  .replace("\x01", "[/]"))
        out.print(f"  [link={escape(Path(h.source_path).resolve().as_uri())}#page={h.page or 1}]"
                  f"{escape(h.link)}[/link]")
    err.print(f"{len(hits)} hit{'s' if len(hits) != 1 else ''}"
              + (f" (the first {limit}: --limit for more)" if len(hits) == limit else ""))


@command()
def serve(
    store: Annotated[Path, typer.Argument(help="A batch output folder (holds agendapack.sqlite).")],
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1.")] = 8001,
) -> None:
    """Browse the store in Datasette on 127.0.0.1 (needs the 'serve' extra: Datasette)."""
    import importlib.util
    import os

    from .store import DB_NAME, StoreVersionError, open_store, write_metadata

    if importlib.util.find_spec("datasette") is None:
        raise fail("`serve` needs Datasette, which is not installed: "
                   "pip install 'agendapack[serve]'")
    try:
        open_store(store).close()  # upgrades an older store first
    except (FileNotFoundError, StoreVersionError) as e:
        raise fail(str(e)) from None
    metadata = write_metadata(store)
    err.print(f"Datasette on http://127.0.0.1:{port}/ (Ctrl-C stops it)")
    command = [sys.executable, "-m", "datasette", "serve", str(store / DB_NAME), "--metadata",
               str(metadata), "--host", "127.0.0.1", "--port", str(port)]
    log.info("running %s", " ".join(command))
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, command)  # Datasette takes over this process (Ctrl-C, signals)


@command()
def changes(
    folder: Annotated[Path, typer.Argument(help="A batch output folder (holds agendapack.sqlite).")],
    pair: Annotated[tuple[str, str] | None, typer.Option(
        "--pair", help="Also diff these two stored papers (by file name); more pairs go in "
                       "the --series file.", metavar="OLD NEW")] = None,
    series_file: Annotated[Path | None, typer.Option(
        "--series", help="A JSON series file that overrides the grouping (see pipeline/series.py).")] = None,
) -> None:
    """Diff each successive pair of papers in a series; writes DIR/changes/ with an index.html."""
    from .series import SeriesFile, write_changes

    pairs = [pair] if pair else []
    try:
        overrides = SeriesFile.read(series_file) if series_file else None
        written = write_changes(folder, overrides=overrides, pairs=pairs)
    except ModuleNotFoundError as e:
        if e.name and e.name.startswith("pipeline.diff"):
            raise fail("the diff module (pipeline.diff) is missing: `changes` needs it") from None
        raise
    except (FileNotFoundError, ValueError) as e:
        raise fail(str(e)) from None
    err.print(f"{(len(written) - 1) // 2} diffs -> {folder / 'changes' / 'index.html'}")


DIFF_FORMATS = {"json": ".json", "md": ".md", "html": ".html", "csv": ".csv", "xlsx": ".xlsx"}


def _load_papers(paths: list[Path]):
    from .diff import load_result

    results = []
    for path in paths:
        try:
            results.append(load_result(path))
        except AgendapackError as e:
            raise fail(str(e)) from None
        except Exception as e:  # a bug, not bad input: still one line unless --debug
            raise fail(f"{path}: internal error while extracting: {type(e).__name__}: {e}") from None
    return results


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")


@command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier paper, or its saved extraction JSON.")],
    new: Annotated[Path, typer.Argument(help="The later paper, or its saved extraction JSON.")],
    fmt: Annotated[str | None, typer.Option("--format", "-f",
                   help="json | md | html | csv | xlsx (default: from -o's extension, else json).")] = None,
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write the report here.")] = None,
) -> None:
    """What changed from OLD to NEW: table values, rows, people, dates, decisions, amounts."""
    from .diff import diff_results, render_html, render_markdown

    if fmt is None:
        fmt = next((k for k, ext in DIFF_FORMATS.items() if out and out.suffix.lower() == ext), "json")
    if fmt not in DIFF_FORMATS:
        raise fail(f"--format {fmt}: expected one of {', '.join(DIFF_FORMATS)}")
    old_result, new_result = _load_papers([old, new])
    result = diff_results(old_result, new_result)
    if fmt == "xlsx":
        from .diff.export import write_xlsx

        if out is None:
            raise fail("--format xlsx needs -o FILE.xlsx (a workbook is not text for stdout)")
        write_xlsx(result, out)
        return
    from .diff.export import to_csv

    base = out.parent if out else None
    render = {"json": lambda d: d.to_json(), "md": render_markdown, "csv": to_csv,
              "html": lambda d: render_html(d, base=base)}[fmt]
    _write(render(result), out)


@command()
def posts(
    source: Annotated[Path, typer.Argument(help="A folder of papers, or a batch output folder "
                                           "(holds agendapack.sqlite).")],
    organisation: Annotated[str | None, typer.Option("--organisation", help="Only this "
                            "organisation or body (case-insensitive, part of the name).")] = None,
    post: Annotated[str | None, typer.Option("--post", help="Only this post (canonical name: "
                    "Chair, Vice-Chair, Clerk, Responsible Financial Officer, ...).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | json | csv")] = "table",
    workers: Annotated[int | None, typer.Option("--workers", help="Processes for papers.")] = None,
    key: Annotated[Path | None, typer.Option("--key", help="Score against a hand-built answer "
                   "key (samples/gold/posts/NAME.json): how many of its spans are exact.")] = None,
    follow_symlinks: Annotated[bool, typer.Option(
        "--follow-symlinks", help="Read symbolic links to regular files inside the folder given "
        "(as batch does; off by default).")] = False,
) -> None:
    """Who held which post when: memberships merged across papers into spans with evidence."""
    from . import posts as holders

    if fmt not in holders.FORMATS:
        raise fail(f"--format must be one of {', '.join(holders.FORMATS)} (got {fmt!r})")
    if not source.exists():
        raise fail(f"{source}: no such file or folder")
    found = holders.load(source, workers, on_error=lambda path, message: err.print(
        f"[yellow]skipped:[/] {message or path}", highlight=False),
        follow_symlinks=follow_symlinks)
    spans = holders.select(holders.spans(found), organisation, post)
    if key is not None:
        scored = holders.score(json.loads(key.read_text(encoding="utf-8")), spans)
        sys.stdout.write(json.dumps(scored, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt != "table":
        sys.stdout.write(holders.render(spans, fmt) + "\n")
        return
    table = _table(title=f"agendapack posts {source}")
    for col in ("organisation", "post", "person", "from", "to", "first seen", "last seen",
                "papers", "flags"):
        table.add_column(col)
    for s in spans:
        d = s.as_dict()
        table.add_row(s.organisation, s.post, s.person, d["from"] or "?", d["to"] or "",
                      d["first_seen"], d["last_seen"], str(len({o.source for o in s.evidence})),
                      " ".join(s.flags))
    _console().print(table)


@command()
def timeline(
    papers: Annotated[list[Path], typer.Argument(help="Papers of one series (any order).")],
    csv_out: Annotated[Path | None, typer.Option("--csv", help="Write the CSV here (default stdout).")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Also write an HTML page of charts.")] = None,
) -> None:
    """Each matched table line's values across papers in date order: CSV, and HTML charts."""
    from .diff import timeline as build_timeline
    from .diff import timeline_csv, timeline_html

    if len(papers) < 2:
        raise fail("timeline needs at least two papers")
    series = build_timeline(_load_papers(papers))
    _write(timeline_csv(series), csv_out)
    if html_out is not None:
        _write(timeline_html(series), html_out)


DECISIONS_FORMATS = ("md", "json", "html")


@command()
def decisions(
    earlier: Annotated[Path, typer.Argument(help="An agenda or a report.")],
    later: Annotated[Path, typer.Argument(help="The minutes of the meeting that took it.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md | json | html")] = "md",
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write the report here.")] = None,
) -> None:
    """Each agenda item or recommendation of EARLIER with the minute of LATER that decided it."""
    from .decisions import link, render_html, render_markdown

    if fmt not in DECISIONS_FORMATS:
        raise fail(f"--format {fmt}: expected one of {', '.join(DECISIONS_FORMATS)}")
    try:
        links = link(earlier, later)
    except AgendapackError as e:
        raise fail(str(e)) from e
    render = {"json": lambda x: x.to_json(), "html": render_html}.get(fmt, render_markdown)
    _write(render(links), out)


if __name__ == "__main__":  # `python -m pipeline.cli ...` is `python -m pipeline ...`, not silence
    app(prog_name="agendapack")
