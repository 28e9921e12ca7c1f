"""Writing reports into a folder as documents finish, every file atomically.

CSV and TSV tables: each document's rows, Markdown report and summary line are rendered
where it was analysed (in the worker processes, see ``rendered``) and appended here in
input order, a document at a time. Parquet tables, and reports with charts, are built
with pandas a chunk of documents at a time. Either way memory does not grow with the
number of documents. The run is written into a hidden folder and swapped in once
complete (``staging``): the output folder holds one run's reports, never two runs' mixed.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..api import TABLES, Analysis, Failure, FileRun
from ..errors import NoDocumentError, OutputError, RhetoscopeError
from ..lexicon import Lexicon
from ..models import DocumentResult
from ..tables import table_columns
from .files import atomic_binary, atomic_text, ensure_dir, remove_if_empty
from .markdown import DocTables, RunInfo, document_report, per_document
from .rendered import DocumentRenderer, RenderedDocument
from .staging import keep_partial, make_stage, swap_in, uninterrupted
from .summary import CorpusSummary
from .tabular import csv_header, write_csv

if TYPE_CHECKING:
    import pandas as pd

_UNSAFE_NAME = re.compile(r"[^\w.\-~]+")
BOM = "\ufeff"
TABLE_FORMATS = ("csv", "tsv", "parquet")
CHUNK = 100
CHUNK_WORDS = 100_000
"""For parquet and charts, documents are turned into tables a chunk at a time: up to
``CHUNK`` documents, fewer when they reach ``CHUNK_WORDS`` words. Memory is bounded by
a chunk (long transcripts too), pandas' cost per table is shared by its documents, and
the last chunk, written after the last document is analysed, stays short."""


def report_stem(doc: str) -> str:
    """A safe file name stem for a document's reports."""
    return _UNSAFE_NAME.sub("_", doc).strip("._") or "document"


def _unique_stem(doc: str, used: set[str]) -> str:
    """``report_stem``, suffixed ``~2``, ``~3``... when another document of the run (or
    the corpus summary) has it already; compared without case, as some file systems
    do ("a b" and "a_b", "Lee" and "lee" get two reports, not one)."""
    stem = base = report_stem(doc)
    n = 1
    while stem.casefold() in used:
        n += 1
        stem = f"{base}~{n}"
    used.add(stem.casefold())
    return stem


def write_stream(
    results: Iterable[DocumentResult],
    folder: Path,
    run: RunInfo,
    *,
    lexicons: tuple[Lexicon, ...],
    categories: tuple[str, ...],
    failures: Sequence[Failure] = (),
    warnings: Sequence[str] = (),
    fmt: str = "csv",
    excel: bool = False,
    charts: bool = False,
) -> list[Path]:
    """Write the five tables (``fmt`` csv; tsv; or parquet, one row group per chunk of
    documents; a BOM before CSV and TSV with ``excel``), one Markdown report per
    document (and PNG charts), ``summary.md`` for several documents, ``errors.csv`` (or
    ``.tsv``) and ``run.json``; return the paths written.

    ``results`` may be a stream (``rhetoscope.api.FileRun``): ``failures`` and
    ``warnings`` (how files read, kept in ``run.json`` even when ``--quiet`` hides them)
    are read once it is exhausted.

    The files reach ``folder`` only once all are written; a run that stops (Ctrl-C, an
    error) leaves ``folder`` as it was, and the reports of the documents it finished in
    ``folder/partial-<time>/`` (``"complete": false`` in its run.json), which a note on
    the exception names. A run in which every input failed raises ``NoDocumentError``
    and also leaves ``folder`` as it was: a mistyped path must not replace the reports
    of an earlier run with empty tables.
    """
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}")
    if fmt == "parquet":
        require_pyarrow()
    made = ensure_dir(folder)
    text_ext = "tsv" if fmt == "tsv" else "csv"
    fixed = [*(f"{t}.{fmt}" for t in TABLES), "summary.md", f"errors.{text_ext}", "run.json"]
    for name in fixed:  # found now, not once every document is analysed
        if (folder / name).is_dir():
            remove_if_empty(made)
            raise OutputError(str(folder / name), "is a folder: cannot write a report there")
    earlier = _earlier_files(folder)
    stage = make_stage(folder)
    names = _Names()
    context = (lexicons, run, failures, warnings)
    try:
        files = _write_stream(results, stage, names, context, categories, fmt, excel, charts)
        with uninterrupted():
            swap_in(stage, folder, files, earlier)
    except BaseException as exc:
        if isinstance(results, FileRun):
            results.close()  # its workers stop now, not at interpreter exit
        with uninterrupted():
            note = _stopped(exc, stage, folder, names, context)
        remove_if_empty(made)  # a run that fails at once (no dask cluster) leaves no folder
        if isinstance(exc, RhetoscopeError) and str(stage) in exc.path:
            # (the user knows the output folder, not the hidden one it was written in)
            exc = type(exc)(exc.path.replace(str(stage), str(folder)), exc.problem)
        if note:
            exc.add_note(note)
        raise exc from None
    return [folder / name for name in files]


def _stopped(exc: BaseException, stage: Path, folder: Path, names: _Names, context) -> str:
    """Keep what a run that stopped finished in ``partial-<time>/``, and say where (""
    when it finished no document and was not interrupted: its error says it all)."""
    interrupted = isinstance(exc, KeyboardInterrupt)
    if not names.done:
        shutil.rmtree(stage, ignore_errors=True)
        return f"no report in {folder}/ changed" if interrupted else ""
    for name in _listing(stage):
        # A document's rows are written whole between interrupts, not between errors.
        if not interrupted and name.rsplit(".", 1)[0] in TABLES:
            (stage / name).unlink()
    lexicons, run, failures, warnings = context
    files = sorted({*_listing(stage), "run.json"})
    info = _run_info(names.sources[: names.done], failures, lexicons, run, warnings, files)
    info["complete"] = False
    with contextlib.suppress(RhetoscopeError):  # (a full disk): the reports stay
        _emit(stage / "run.json", lambda s: json.dump(info, s, indent=2))
    try:
        partial = keep_partial(stage, folder, run.created)
    except OSError:
        shutil.rmtree(stage, ignore_errors=True)
        return f"no report in {folder}/ changed"
    kept = any(n.rsplit(".", 1)[0] in TABLES for n in files)
    tables = "tables and reports" if kept else "reports"
    return (
        f"no report in {folder}/ changed; the {tables} of the {_finished(names.done)} are "
        f'in {partial}/ (run.json: "complete": false)'
    )


def _finished(done: int) -> str:
    return "document finished" if done == 1 else f"{done} documents finished"


def _listing(folder: Path) -> list[str]:
    """The files of ``folder``, but temporary ones."""
    return sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _write_stream(
    results: Iterable[DocumentResult],
    folder: Path,
    names: _Names,
    context: tuple[tuple[Lexicon, ...], RunInfo, Sequence[Failure], Sequence[str]],
    categories: tuple[str, ...],
    fmt: str,
    excel: bool,
    charts: bool,
) -> list[str]:
    """Write the run into ``folder``; return the names of its files, run.json last."""
    lexicons, run, failures, warnings = context
    written: list[Path] = []
    text_ext = "tsv" if fmt == "tsv" else "csv"  # errors.* stays text: people read it
    sep = _separator(fmt)
    with contextlib.ExitStack() as stack:
        summary = CorpusSummary(categories)
        stack.callback(summary.close)
        if fmt == "parquet" or charts:
            sinks = {
                t: stack.enter_context(_sink(folder / f"{t}.{fmt}", fmt, excel)) for t in TABLES
            }
            for part, chunk in _frames(results, lexicons, categories, sinks, summary):
                tables = per_document(part)
                for result in chunk:
                    stem = names.add(result.document.doc, result.document.source)
                    doc = tables[result.document.doc]
                    written += _document_files(doc, stem, categories, folder, run, charts)
                    names.done += 1
        else:
            streams = [
                stack.enter_context(_text_table(folder, t, fmt, excel, categories)) for t in TABLES
            ]
            counts = Analysis((), lexicons, categories).counts
            render = DocumentRenderer(tuple(categories), counts, run, sep)
            docs = results.each(render) if isinstance(results, FileRun) else map(render, results)
            for doc in docs:
                stem = names.add(doc.doc, doc.source)
                with uninterrupted():
                    written.append(_write_rendered(doc, streams, summary, stem, folder))
                names.done += 1
        if summary.documents > 1:
            written.append(_emit(folder / "summary.md", lambda s: summary.write(s, failures, run)))
    if not names.done and failures:  # (the stage's path in it becomes the output folder's)
        raise NoDocumentError(str(folder), "no input could be analysed; no report in it changed")
    written += [folder / f"{t}.{fmt}" for t in TABLES]
    if failures:
        import pandas as pd

        frame = pd.DataFrame([(f.path, f.problem) for f in failures], columns=["path", "problem"])
        written.append(_emit(folder / f"errors.{text_ext}", lambda s: _table(s, frame, sep, excel)))
    files = sorted({p.name for p in written} | {"run.json"})
    info = _run_info(names.sources, failures, lexicons, run, warnings, files)
    info["complete"] = True
    _emit(folder / "run.json", lambda s: json.dump(info, s, indent=2))
    return [*dict.fromkeys(p.name for p in written), "run.json"]


_ALWAYS = frozenset({"summary.md", "errors.csv", "errors.tsv"})


def _earlier_files(folder: Path) -> set[str]:
    """The files an earlier run wrote in ``folder``, as its ``run.json`` lists them
    (before "files" was listed: its documents' reports), so that a run into a used
    folder leaves no report, error list or summary of documents it did not analyse.
    Only plain names in the folder: nothing a user put there is touched."""
    try:
        info = json.loads((folder / "run.json").read_text("utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(info, dict):
        return set()
    names = info.get("files")
    if not isinstance(names, list):
        documents = info.get("documents") or []
        names = [f"{d.get('doc')}.md" for d in documents if isinstance(d, dict)]
        names += [n for n in _ALWAYS if (folder / n).exists()]
    return {n for n in names if isinstance(n, str) and n == Path(n).name and n}


class _Names:
    """The documents written, in order, and their reports' unique file name stems."""

    def __init__(self) -> None:
        self.sources: list[dict[str, str]] = []
        self.done = 0  # of them written whole
        self._stems = {"summary"}  # summary.md is the corpus summary's

    def add(self, doc: str, source: str) -> str:
        self.sources.append({"doc": doc, "source": source})
        return _unique_stem(doc, self._stems)


def _write_rendered(
    doc: RenderedDocument,
    streams: Sequence[TextIO],
    summary: CorpusSummary,
    stem: str,
    folder: Path,
) -> Path:
    """A rendered document: its rows appended to the tables, its line to the summary,
    its report written; return the report's path."""
    for stream, text in zip(streams, doc.tables, strict=True):
        try:
            stream.write(text)
        except OSError as exc:
            raise OutputError(stream.name, f"cannot write ({exc.strerror or exc})") from None
    summary.add_line(doc.summary_line, doc.summary_marked, doc.speakers)
    return _emit(folder / f"{stem}.md", lambda s: s.write(doc.report))


def _frames(
    results: Iterable[DocumentResult],
    lexicons: tuple[Lexicon, ...],
    categories: tuple[str, ...],
    sinks: dict[str, Callable[[pd.DataFrame], None]],
    summary: CorpusSummary,
) -> Iterator[tuple[Analysis, list[DocumentResult]]]:
    """The results a chunk at a time, each chunk's tables appended to ``sinks`` and
    added to ``summary`` before it is yielded; then the tables' headers, should no
    document have come."""
    for chunk in _chunks(results, CHUNK, CHUNK_WORDS):
        part = Analysis(tuple(chunk), lexicons, categories)
        for table, sink in sinks.items():
            sink(part.table(table))
        summary.add(part.documents, part.speakers)
        yield part, chunk
    empty = Analysis((), lexicons, categories)
    for table, sink in sinks.items():
        sink(empty.table(table))  # no document: the tables still get their header


@contextlib.contextmanager
def _text_table(
    folder: Path, table: str, fmt: str, excel: bool, categories: Sequence[str]
) -> Iterator[TextIO]:
    """The CSV or TSV file of ``table``, its header written. Not through a temporary
    file: ``folder`` is the run's own, and an interrupted run keeps the rows of the
    documents it finished."""
    path = folder / f"{table}.{fmt}"
    try:
        stream = path.open("w", encoding="utf-8", newline="")
        if excel:
            stream.write(BOM)
        stream.write(csv_header(table_columns(table, categories), sep=_separator(fmt)))
    except OSError as exc:
        raise OutputError(str(path), f"cannot write ({exc.strerror or exc})") from None
    try:
        yield stream  # (what goes wrong in the caller is its own to name)
    finally:
        try:
            stream.close()
        except OSError as exc:
            raise OutputError(str(path), f"cannot write ({exc.strerror or exc})") from None


def _separator(fmt: str) -> str:
    return "\t" if fmt == "tsv" else ","


def require_pyarrow() -> None:
    """Fail early, with the install command, when parquet output cannot be written."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise RhetoscopeError(
            "--format parquet", "needs pyarrow: pip install 'rhetoscope[parquet]'"
        ) from None


@contextlib.contextmanager
def _sink(path: Path, fmt: str, excel: bool) -> Iterator[Callable[[pd.DataFrame], None]]:
    """A function appending rows to the table file ``path``, written atomically.

    CSV and TSV write the header with the first rows; parquet adds a row group per
    call, in the column types of the first call. A call with no rows after others adds
    nothing; as the only call, it leaves a file with the header (or schema) alone.
    """
    if fmt == "parquet":
        with atomic_binary(path) as stream:
            parquet = _ParquetAppender(stream)
            try:
                yield parquet.append
            finally:  # also when the run stops: a writer left open closes at exit, on a closed file
                parquet.close()
        return
    with atomic_text(path) as stream:
        if excel:
            stream.write(BOM)
        started = False

        def append(frame: pd.DataFrame) -> None:
            nonlocal started
            if frame.empty and started:
                return
            write_csv(frame, stream, sep=_separator(fmt), header=not started)
            started = True

        yield append


class _ParquetAppender:
    def __init__(self, stream) -> None:
        self._stream, self._writer = stream, None

    def append(self, frame: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if frame.empty and self._writer is not None:
            return
        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self._writer is None:
            self._writer = pq.ParquetWriter(self._stream, table.schema)
        else:  # a chunk where a column is all empty must keep the first chunk's type
            table = table.cast(self._writer.schema)
        self._writer.write_table(table)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()


def _table(stream: TextIO, frame: pd.DataFrame, sep: str, excel: bool) -> None:
    if excel:
        stream.write(BOM)
    write_csv(frame, stream, sep=sep)


def _emit(path: Path, write) -> Path:
    with atomic_text(path) as stream:
        write(stream)
    return path


def _chunks(
    results: Iterable[DocumentResult], size: int, words: int
) -> Iterator[list[DocumentResult]]:
    chunk: list[DocumentResult] = []
    count = 0
    try:
        for result in results:
            chunk.append(result)
            count += sum(s.words for s in result.sentences)
            if len(chunk) == size or count >= words:
                yield chunk
                chunk, count = [], 0
    except KeyboardInterrupt:
        if chunk:  # the documents analysed so far are written before the run stops
            yield chunk
        raise
    if chunk:
        yield chunk


def _document_files(
    tables: DocTables,
    stem: str,
    categories: Sequence[str],
    folder: Path,
    run: RunInfo,
    charts: bool,
) -> list[Path]:
    """A document's Markdown report (and charts), named ``stem``."""
    written: list[Path] = []
    made = []
    if charts:
        from .charts import document_charts

        def save_figure(path: Path, figure) -> None:
            with atomic_binary(path) as stream:
                figure.savefig(stream, format="png", metadata={"Software": None})
            written.append(path)

        made = document_charts(tables, categories, stem, folder, save_figure)
    report = document_report(tables, categories, run, made)
    written.append(_emit(folder / f"{stem}.md", lambda s: s.write(report)))
    return written


def _run_info(
    sources: list[dict[str, str]],
    failures: Sequence[Failure],
    lexicons,
    run: RunInfo,
    warnings: Sequence[str],
    files: list[str],
) -> dict:
    return {
        "rhetoscope": run.version,
        "created": run.created,
        "documents": sources,
        "failures": [{"path": f.path, "problem": f.problem} for f in failures],
        "lexicons": [
            {"name": lex.name, "version": lex.version, "sha256": lex.sha256, "path": lex.path}
            for lex in lexicons
        ],
        "warnings": list(warnings),
        "files": files,
    }
