"""The ``rhetoscope`` command: a thin layer over the library.

Exit codes: 0 success; 1 an error the user can fix (one line on stderr, no
traceback), also when some documents of a batch failed while the others were
written; 2 bad usage.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .clihelp import Command, Group, choices, path_name
from .errors import NoDocumentError, RhetoscopeError, Terminated

app = typer.Typer(
    name="rhetoscope",
    cls=Group,
    help="Who says what, and how: speaker splitting plus resolve, defiance, analogy, "
    "concession and hedging scores, with VADER sentiment.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help texts are plain: "rhetoscope[dask]" must stay as written
)


class By(str, Enum):
    document = "document"
    speaker = "speaker"
    sentence = "sentence"
    match = "match"


class TableFormat(str, Enum):
    csv = "csv"
    tsv = "tsv"
    jsonl = "jsonl"
    md = "md"


class LexiconFormat(str, Enum):
    tsv = "tsv"
    dic = "dic"


class SegmentFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="INPUT",
        help=(
            "Files, folders (searched for .txt and .md; with --text-column, .csv and .tsv "
            "too), globs, or - for stdin."
        ),
        show_default=False,
    ),
]
Glob = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        metavar="PATTERN",
        help="File pattern inside folders, repeatable [default: *.txt, *.md].",
        show_default=False,
    ),
]
FromList = Annotated[
    Path | None,
    typer.Option(
        "--from-list",
        metavar="FILE",
        parser=path_name,
        help="A file naming more inputs, one per line (- for standard input).",
        show_default=False,
    ),
]
TextColumn = Annotated[
    str,
    typer.Option(
        "--text-column",
        metavar="COLUMN",
        help="Read .csv/.tsv inputs as one document per row, with the text in this column.",
        show_default=False,
    ),
]
IdColumn = Annotated[
    str,
    typer.Option(
        "--id-column",
        metavar="COLUMN",
        help="With --text-column: the column naming each document [default: file:row].",
        show_default=False,
    ),
]
CacheDir = Annotated[
    Path | None,
    typer.Option(
        "--cache",
        metavar="FOLDER",
        parser=path_name,
        help="A folder keeping results between runs: unchanged files are not analysed again.",
        show_default=False,
    ),
]


class Engine(str, Enum):
    local = "local"
    dask = "dask"


EngineOption = Annotated[
    Engine,
    typer.Option(
        "--engine",
        metavar=choices(Engine),
        help="local worker processes, or a dask.distributed cluster (needs rhetoscope[dask]).",
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="With --engine dask: the scheduler's address "
        "(tcp://host:8786) [default: a local cluster of --jobs workers].",
        show_default=False,
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress line, no summary.")]
QuietSegments = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="No warnings about how files read; errors still print."),
]


def _inputs(inputs, glob_patterns, from_list, text_column, id_column, out=None):
    """The input paths and how to read them, from the shared input options; ``out``, the
    run's output folder, is not searched for inputs."""
    from .readers import TEXT_PATTERNS, Options, read_list

    paths = list(inputs or [])
    if from_list is not None:
        if str(from_list) == "-" and "-" in paths:
            raise _fail("--from-list - and the input - cannot both read standard input", 2)
        paths += read_list(str(from_list))
    if not paths:
        raise _fail("no input: give files, folders, globs, - or --from-list FILE", 2)
    if id_column and not text_column:
        raise _fail("--id-column needs --text-column", 2)
    skip = (str(out),) if out is not None else ()
    options = Options(tuple(glob_patterns or TEXT_PATTERNS), text_column, id_column, skip)
    return paths, options


def _progress(quiet: bool):
    """A progress line on stderr (documents, words/s, time left) when it is a terminal."""
    if quiet or not sys.stderr.isatty():
        return None
    import time

    started = time.monotonic()
    first: list[float] = []  # when the first document was done: startup is not a rate

    def show(done: int, total: int, words: int) -> None:
        now = time.monotonic()
        elapsed = max(now - started, 1e-6)
        if not first:
            first.append(now)
        left = time_left(done, total, now - first[0])
        end = "\n" if done == total else ""
        sys.stderr.write(
            f"\r{done}/{total} documents, {words / elapsed:,.0f} words/s, {left}   {end}"
        )
        sys.stderr.flush()

    return show


ETA_AFTER = (3, 2.0)
"""Documents done after the first, and seconds since it, before time left is guessed:
workers hand results back in chunks, and a rate from a burst of them says "0 s left"
with most documents to come."""


def time_left(done: int, total: int, since_first: float) -> str:
    """The progress line's time left, from the rate since the first document was done."""
    after, seconds = ETA_AFTER
    if done == total:
        return "0 s left"
    if done - 1 < after or since_first < seconds:
        return "estimating time left"
    left = (total - done) * since_first / (done - 1)
    return f"{max(1, round(left))} s left"  # documents remain: never "0 s"


LexiconFiles = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon",
        "-l",
        metavar="FILE",
        parser=path_name,
        help=(
            "A lexicon file (.tsv or LIWC .dic) added to the shipped ones; one whose "
            "'# name:' is a shipped lexicon's replaces it and the rules of its category; "
            "repeatable."
        ),
        show_default=False,
    ),
]
NoDefaults = Annotated[
    bool,
    typer.Option(
        "--no-default-lexicons", help="Use only the --lexicon files (no shipped rules either)."
    ),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"rhetoscope: {message}", err=True)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rhetoscope {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Who says what, and how."""


def _run(
    inputs: list[str],
    lexicon: list[Path] | None,
    no_defaults: bool,
    jobs: int | None,
    options,
    quiet: bool,
    cache: Path | None = None,
    engine: Engine = Engine.local,
    scheduler: str | None = None,
):
    """The documents as a stream (``FileRun``): analysed as they are consumed."""
    from .api import run_files
    from .batch import default_jobs
    from .lexicon import load_lexicons

    if no_defaults and not lexicon:
        raise _fail("--no-default-lexicons needs at least one --lexicon FILE", 2)
    if scheduler and engine is not Engine.dask:
        raise _fail("--scheduler needs --engine dask", 2)
    lexicons = load_lexicons(lexicon or (), defaults=not no_defaults)
    return run_files(
        inputs,
        lexicons=lexicons,
        jobs=jobs or default_jobs(),
        options=options,
        progress=_progress(quiet),
        cache=cache,
        engine=engine.value,
        scheduler=scheduler,
        freeze=True,
    )


def _report(run, quiet: bool = False) -> None:
    """The warnings (unless ``quiet``) and failures of a finished run, one line each, on
    stderr."""
    for warning in () if quiet else run.warnings:
        typer.echo(f"rhetoscope: warning: {warning}", err=True)
    for failure in run.failures:
        typer.echo(f"rhetoscope: error: {failure.path}: {failure.problem}", err=True)


def _guarded(body):
    """Run a command body; user errors become one line on stderr and exit code 1."""
    try:
        result = body()
        sys.stdout.flush()  # a closed pipe must show here, not at interpreter exit
        return result
    except RhetoscopeError as exc:
        raise _fail(_noted(exc, f"error: {exc}")) from None
    except Terminated as exc:
        raise _fail(_noted(exc, "terminated"), 128 + signal.SIGTERM) from None
    except KeyboardInterrupt as exc:
        raise _fail(_noted(exc, "interrupted"), 130) from None
    except BrokenPipeError:
        # The reader stopped early (``| head``): end quietly, as a process killed by
        # SIGPIPE would, with what is left unwritten sent nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(141) from None
    except OSError as exc:
        # The library names the file of every read or write that fails (RhetoscopeError),
        # so one without a name is standard output: a full disk (``> /dev/full``). What
        # is left in its buffer goes nowhere, not into a second error at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if exc.filename:
            raise _fail(_noted(exc, f"error: {exc.filename}: {exc.strerror or exc}")) from None
        raise _fail(f"error: standard output: cannot write ({exc.strerror or exc})") from None


def _noted(exc: BaseException, message: str) -> str:
    """``message`` and the exception's notes (where a stopped run left what it had
    finished), on one line."""
    return "; ".join([message, *getattr(exc, "__notes__", ())])


class TableFile(str, Enum):
    csv = "csv"
    tsv = "tsv"
    parquet = "parquet"


Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        min=1,
        help="Worker processes [default: the number of cores].",
        show_default=False,
    ),
]


@app.command(cls=Command)
def analyze(
    inputs: Inputs = None,
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", metavar="FOLDER", parser=path_name, help="Folder for the reports."
        ),
    ] = Path("reports"),
    lexicon: LexiconFiles = None,
    no_default_lexicons: NoDefaults = False,
    fmt: Annotated[
        TableFile,
        typer.Option(
            "--format",
            "-f",
            metavar=choices(TableFile),
            help="Table files: csv; tsv to paste; parquet for large corpora "
            "(needs rhetoscope[parquet]).",
        ),
    ] = TableFile.csv,
    excel: Annotated[
        bool, typer.Option("--excel", help="Start tables with a UTF-8 BOM, for Excel.")
    ] = False,
    charts: Annotated[
        bool, typer.Option("--charts", help="Also draw PNG charts (needs rhetoscope[charts]).")
    ] = False,
    jobs: Jobs = None,
    glob_patterns: Glob = None,
    from_list: FromList = None,
    text_column: TextColumn = "",
    id_column: IdColumn = "",
    cache: CacheDir = None,
    engine: EngineOption = Engine.local,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Analyse each INPUT and write documents, speakers, sentences, matches and segments
    tables, one Markdown report per document (and summary.md) into --out."""

    def body() -> None:
        from .reports.markdown import RunInfo
        from .reports.writer import write_stream

        if charts:
            from .reports.charts import require_matplotlib

            require_matplotlib()
        if fmt is TableFile.parquet:
            from .reports.writer import require_pyarrow

            require_pyarrow()
        paths, options = _inputs(inputs, glob_patterns, from_list, text_column, id_column, out)
        stream = _run(
            paths, lexicon, no_default_lexicons, jobs, options, quiet, cache, engine, scheduler
        )
        info = RunInfo(
            __version__, stream.lexicons, datetime.now(UTC).isoformat(timespec="seconds")
        )
        try:
            written = write_stream(
                stream,
                out,
                info,
                lexicons=stream.lexicons,
                categories=stream.categories,
                failures=stream.failures,
                warnings=stream.warnings,
                fmt=fmt.value,
                excel=excel,
                charts=charts,
            )
        except NoDocumentError:
            _report(stream, quiet)  # each input's own error first
            if quiet:
                raise typer.Exit(1) from None
            raise
        _report(stream, quiet)
        errors_ext = "tsv" if fmt is TableFile.tsv else "csv"
        if not quiet:
            # (with --cache, how much of the run it saved: a stale or wrong --cache
            # folder otherwise looks the same as a used one)
            cached = f" ({stream.cached} of {stream.analysed} from the cache)" if cache else ""
            typer.echo(f"rhetoscope: {len(written)} files written to {out}/{cached}", err=True)
        if stream.failures:
            if quiet:  # each failure already has its line; no summary line under -q
                raise typer.Exit(1)
            raise _fail(
                f"{len(stream.failures)} input(s) failed; see {out / ('errors.' + errors_ext)}"
            )

    _guarded(body)


@app.command(cls=Command)
def score(
    inputs: Inputs = None,
    by: Annotated[
        By,
        typer.Option(
            "--by",
            metavar=choices(By),
            help="One row per document, speaker, sentence or lexicon match.",
        ),
    ] = By.speaker,
    fmt: Annotated[
        TableFormat,
        typer.Option("--format", "-f", metavar=choices(TableFormat), help="Output format."),
    ] = (TableFormat.csv),
    lexicon: LexiconFiles = None,
    no_default_lexicons: NoDefaults = False,
    jobs: Jobs = None,
    glob_patterns: Glob = None,
    from_list: FromList = None,
    text_column: TextColumn = "",
    id_column: IdColumn = "",
    cache: CacheDir = None,
    engine: EngineOption = Engine.local,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Print one score table to stdout, for pipes and spreadsheets."""

    def body() -> None:
        from .reports.tabular import write_table

        paths, options = _inputs(inputs, glob_patterns, from_list, text_column, id_column)
        from .api import Analysis

        stream = _run(
            paths, lexicon, no_default_lexicons, jobs, options, quiet, cache, engine, scheduler
        )
        analysis = Analysis(tuple(stream), stream.lexicons, stream.categories)
        _report(stream, quiet)
        if stream.failures and not analysis.results:
            # A header alone would pass down a pipe as a table of nothing; each input's
            # error is its one line.
            raise typer.Exit(1)
        name = {
            "document": "documents",
            "speaker": "speakers",
            "sentence": "sentences",
            "match": "matches",
        }[by.value]
        write_table(analysis.table(name), sys.stdout, fmt.value)
        if stream.failures:
            raise typer.Exit(1)

    _guarded(body)


@app.command(cls=Command)
def segments(
    inputs: Inputs = None,
    fmt: Annotated[
        SegmentFormat,
        typer.Option("--format", "-f", metavar=choices(SegmentFormat), help="Output format."),
    ] = (SegmentFormat.jsonl),
    glob_patterns: Glob = None,
    from_list: FromList = None,
    text_column: TextColumn = "",
    id_column: IdColumn = "",
    quiet: QuietSegments = False,
) -> None:
    """Print who says what: one segment per line (JSON: doc, speaker, kind, start, end,
    text, cue; CSV: the columns of segments.csv)."""

    def body() -> None:
        from .readers import expand, read, read_warnings
        from .speakers import split_speakers

        paths, options = _inputs(inputs, glob_patterns, from_list, text_column, id_column)
        failed = read_ok = 0
        rows = []
        warned: set[str] = set()
        for source in expand(paths, options):
            try:
                document, encoding = read(source)
            except RhetoscopeError as exc:
                typer.echo(f"rhetoscope: error: {exc}", err=True)
                failed += 1
                continue
            read_ok += 1
            for warning in read_warnings(source, document.text, encoding, warned, rows=False):
                if not quiet:
                    typer.echo(f"rhetoscope: warning: {warning}", err=True)
            rows += [
                (
                    document.doc,
                    i,
                    s.speaker,
                    s.kind,
                    s.start,
                    s.end,
                    s.cue,
                    document.text[s.start : s.end],
                )
                for i, s in enumerate(split_speakers(document.text))
            ]
        if failed and not read_ok:
            raise typer.Exit(1)  # as score: no header alone for a listing of nothing
        if fmt is SegmentFormat.jsonl:
            for row in rows:
                sys.stdout.write(json.dumps(_segment_json(row), ensure_ascii=False) + "\n")
        else:
            import pandas as pd

            from .reports.tabular import write_csv
            from .tables import SEGMENT_COLUMNS

            # the columns of segments.csv, in its order: one reader reads both
            write_csv(pd.DataFrame(rows, columns=list(SEGMENT_COLUMNS)), sys.stdout)
        if failed:
            raise typer.Exit(1)

    _guarded(body)


def _segment_json(row: tuple) -> dict:
    """A segments row (``SEGMENT_COLUMNS`` order) as the JSON object the contract names:
    doc, speaker, kind, start, end, text, cue."""
    doc, _, speaker, kind, start, end, cue, text = row
    return {
        "doc": doc,
        "speaker": speaker,
        "kind": kind,
        "start": start,
        "end": end,
        "text": text,
        "cue": cue,
    }


lexicons_app = typer.Typer(
    cls=Group,
    help="List, show and check lexicons.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(lexicons_app, name="lexicons")


@lexicons_app.command("list", cls=Command)
def lexicons_list() -> None:
    """The shipped lexicons: name, version, entries per category, content hash, file."""

    def body() -> None:
        from .lexicon import default_lexicons, shipped_lexicon_files

        # The file where it is installed, to copy and edit for --lexicon (reports name it
        # lexicons/NAME.tsv, the same wherever rhetoscope is installed).
        files = shipped_lexicon_files()
        for lex, file in zip(default_lexicons(), files, strict=True):
            summary = f"{_summary(lex)}\t{lex.short_hash}"
            typer.echo(f"{lex.name}\t{lex.version}\t{summary}\t{file}")

    _guarded(body)


@lexicons_app.command("show", cls=Command)
def lexicons_show(
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="A shipped lexicon's name, or a lexicon file.")
    ],
    fmt: Annotated[
        LexiconFormat,
        typer.Option(
            "--format", "-f", metavar=choices(LexiconFormat), help="tsv, or LIWC-style dic."
        ),
    ] = None,
) -> None:
    """Print a lexicon's metadata and entries (or convert it to .dic)."""

    def body() -> None:
        from .lexicon import default_lexicons, read_lexicon, to_tsv
        from .liwc import dic_losses, to_dic

        shipped = {lex.name: lex for lex in default_lexicons()}
        if name in shipped:
            lex = shipped[name]
        elif Path(name).exists():
            lex = read_lexicon(name)
        else:
            raise _fail(
                f"error: {name}: no shipped lexicon of that name and no such file "
                f"(shipped: {', '.join(shipped)})"
            )
        if fmt is LexiconFormat.dic:
            sys.stdout.write(to_dic([lex]))
            for loss in dic_losses([lex]):
                typer.echo(f"rhetoscope: warning: {name}: .dic drops {loss}", err=True)
            return
        sys.stdout.write(to_tsv(lex))

    _guarded(body)


@lexicons_app.command("check", cls=Command)
def lexicons_check(
    files: Annotated[
        list[Path], typer.Argument(metavar="FILE", help="Lexicon files (.tsv or .dic).")
    ],
) -> None:
    """Check lexicon files; every problem is reported as FILE:LINE: what is wrong."""

    def body() -> None:
        from .lexicon import check_lexicon

        failed = 0
        for path in files:
            lex, problems = check_lexicon(path)
            for problem in problems:
                typer.echo(f"{problem}", err=True)
            if lex is None:
                failed += 1
                continue
            typer.echo(f"{path}: ok: {lex.name} {lex.version}, {_summary(lex)}")
        if failed:
            raise typer.Exit(1)

    _guarded(body)


def _summary(lex) -> str:
    counts: dict[str, int] = {}
    for e in lex.entries:
        counts[e.category] = counts.get(e.category, 0) + 1
    return ", ".join(f"{n} {c}" for c, n in sorted(counts.items()))


def main() -> None:
    """Console-script entry point."""
    signal.signal(signal.SIGTERM, _terminate)
    app(prog_name="rhetoscope")


def _terminate(number: int, frame: object) -> None:
    raise Terminated
