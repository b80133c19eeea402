"""`agendapack`: a thin command-line layer over the library (`pipeline.extract`, `pipeline.eval`)."""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import AgendapackError
from .extract import extract as extract_paper

app = typer.Typer(
    help="Structured, checkable data from local-government committee papers.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True)
state = {"debug": False}


def fail(message: str, code: int = 2) -> typer.Exit:
    """One line on stderr, then exit `code` (a traceback only with --debug)."""
    if state["debug"]:
        traceback.print_exc()
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    state["debug"] = debug
    if version:
        typer.echo(__version__)
        raise typer.Exit(0)


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="A paper (PDF, .txt/.md, .html), or a folder of them.")],
    out: Annotated[Path | None, typer.Option("-o", "--out",
                   help="Write the JSON here (a folder when PATH is a folder).")] = None,
) -> None:
    """Extract one paper to JSON (stdout, or -o FILE); a folder writes one JSON per paper."""
    if path.is_dir():
        raise typer.Exit(_extract_folder(path, out or Path("out")))
    try:
        result = extract_paper(path)
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


def _extract_folder(folder: Path, out_dir: Path) -> int:
    from .batch import collect_inputs

    papers, skipped = collect_inputs([str(folder)])
    out_dir.mkdir(parents=True, exist_ok=True)
    table = Table(title=f"agendapack extract {folder}")
    for col in ("paper", "status", "pages", "kind", "date", "warnings"):
        table.add_column(col)
    failed = 0
    used: set[str] = set()
    for paper in papers:
        name = paper.stem if paper.stem not in used else f"{paper.stem}{paper.suffix.replace('.', '_')}"
        used.add(name)
        try:
            result = extract_paper(paper)
        except AgendapackError as e:
            failed += 1
            table.add_row(str(paper), "[red]failed[/]", "", "", "", str(e))
            continue
        except Exception as e:
            if state["debug"]:
                traceback.print_exc()
            failed += 1
            table.add_row(str(paper), "[red]failed[/]", "", "", "",
                          f"internal error: {type(e).__name__}: {e}")
            continue
        (out_dir / f"{name}.json").write_text(result.to_json() + "\n", encoding="utf-8")
        table.add_row(str(paper), "ok", str(result.source.pages), result.document.kind,
                      result.document.date or "", "; ".join(w.code for w in result.warnings))
    for path, reason in skipped:
        table.add_row(str(path), "skipped", "", "", "", reason)
    Console(stderr=True).print(table)
    err.print(f"{len(papers) - failed} ok, {failed} failed, {len(skipped)} skipped -> {out_dir}/")
    return 1 if failed else 0


@app.command()
def tables(
    path: Annotated[Path, typer.Argument(help="A paper (PDF, .txt/.md, .html).")],
    csv: Annotated[Path | None, typer.Option("--csv", help="Write one CSV per table into this folder.")] = None,
) -> None:
    """List the financial tables of a paper (values in pounds, checks), or write them as CSV."""
    try:
        result = extract_paper(path)
    except AgendapackError as e:
        raise fail(str(e)) from None
    console = Console()
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
        view = Table(title=f"table {n}: {table.title or '(untitled)'} - pages {table.pages or '-'}, "
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


@app.command("eval")
def eval_(
    samples: Annotated[Path, typer.Argument(help="Folder with papers and gold/NAME.json.")] = Path("samples"),
    split: Annotated[str | None, typer.Option(
        "--split", help="dev (tune on these), test (annotated blind, never tuned on), all, or "
                        "seen (the papers the rules were first written on). Default: dev and test.")] = None,
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
    for name in [split] if split else ["dev", "test"]:
        try:
            reports[name] = evaluate(samples, name)
        except Exception as e:
            raise fail(f"{samples}: evaluation failed: {type(e).__name__}: {e}") from None
    if as_json:
        data = (reports[split].as_dict() if split
                else {"splits": {k: r.as_dict() for k, r in reports.items()}})
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    for name, report in reports.items():
        if report.samples:
            _print_report(samples, name, report, by_sample)
            if table_breakdown:
                _print_table_breakdown(name, report)


def _print_table_breakdown(split: str, report) -> None:
    table = Table(title=f"table cells, --split {split}: gold cells that find a predicted cell with")
    table.add_column("level")
    table.add_column("cells", justify="right")
    for level, n in report.table_breakdown().items():
        table.add_row(level, str(n))
    Console().print(table)


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

    console = Console()
    table = Table(title=f"agendapack eval {samples} --split {split} "
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
        per = Table(title="by sample (F1)")
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


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Papers, folders (walked recursively) or globs.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder: agendapack.sqlite + json/.")],
    workers: Annotated[int | None, typer.Option("--workers", help="Worker processes (default: all cores).")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler",
                         help="A Dask scheduler address (tcp://host:8786) instead of local workers.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds one paper may take.")] = 300.0,
    force: Annotated[bool, typer.Option("--force", help="Re-extract papers already in the store.")] = False,
) -> None:
    """Extract many papers in parallel into DIR/agendapack.sqlite (cached, resumable)."""
    from .batch import Display, UsageError, run_batch, summary_table

    try:
        with Display(err) as show:
            summary = run_batch(inputs, out, workers=workers, scheduler=scheduler, timeout=timeout,
                                force=force, on_paper=show)
    except UsageError as e:
        raise fail(str(e)) from None
    err.print(summary_table(summary))
    for p in summary.failed:
        err.print(f"[red]failed:[/] {p.message or p.path}", highlight=False, soft_wrap=True)
    raise typer.Exit(summary.exit_code)


@app.command()
def export(
    folder: Annotated[Path, typer.Argument(help="A batch output folder (holds agendapack.sqlite).")],
    parquet: Annotated[Path, typer.Option("--parquet", help="Write one TABLE.parquet per table here.")],
) -> None:
    """Write the store's tables as Parquet files (for pandas / DuckDB)."""
    from .store import export_parquet

    try:
        written = export_parquet(folder, parquet)
    except FileNotFoundError as e:
        raise fail(str(e)) from None
    err.print(f"wrote {len(written)} tables -> {parquet}/")


@app.command()
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


@app.command()
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


@app.command()
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
) -> None:
    """Who held which post when: memberships merged across papers into spans with evidence."""
    from . import posts as holders

    if fmt not in holders.FORMATS:
        raise fail(f"--format must be one of {', '.join(holders.FORMATS)} (got {fmt!r})")
    if not source.exists():
        raise fail(f"{source}: no such file or folder")
    found = holders.load(source, workers, on_error=lambda path, message: err.print(
        f"[yellow]skipped:[/] {message or path}", highlight=False))
    spans = holders.select(holders.spans(found), organisation, post)
    if key is not None:
        scored = holders.score(json.loads(key.read_text(encoding="utf-8")), spans)
        sys.stdout.write(json.dumps(scored, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt != "table":
        sys.stdout.write(holders.render(spans, fmt) + "\n")
        return
    table = Table(title=f"agendapack posts {source}")
    for col in ("organisation", "post", "person", "from", "to", "first seen", "last seen",
                "papers", "flags"):
        table.add_column(col)
    for s in spans:
        d = s.as_dict()
        table.add_row(s.organisation, s.post, s.person, d["from"] or "?", d["to"] or "",
                      d["first_seen"], d["last_seen"], str(len({o.source for o in s.evidence})),
                      " ".join(s.flags))
    Console().print(table)


@app.command()
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


DECISIONS_FORMATS = ("md", "json")


@app.command()
def decisions(
    earlier: Annotated[Path, typer.Argument(help="An agenda or a report.")],
    later: Annotated[Path, typer.Argument(help="The minutes of the meeting that took it.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md | json")] = "md",
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write the report here.")] = None,
) -> None:
    """Each agenda item or recommendation of EARLIER with the minute of LATER that decided it."""
    from .decisions import link, render_markdown

    if fmt not in DECISIONS_FORMATS:
        raise fail(f"--format {fmt}: expected one of {', '.join(DECISIONS_FORMATS)}")
    try:
        links = link(earlier, later)
    except AgendapackError as e:
        raise fail(str(e)) from e
    _write(links.to_json() if fmt == "json" else render_markdown(links), out)
