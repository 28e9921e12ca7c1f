"""Writing a whole analysis into a report folder, every file atomically."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from ..api import TABLES, Analysis
from .files import atomic_binary, atomic_text, ensure_dir
from .markdown import RunInfo, document_report, per_document, summary_report
from .tabular import write_csv

_UNSAFE_NAME = re.compile(r"[^\w.\-~]+")
BOM = "\ufeff"


def report_stem(doc: str) -> str:
    """A safe file name stem for a document's reports."""
    return _UNSAFE_NAME.sub("_", doc).strip("._") or "document"


def write_reports(
    analysis: Analysis,
    folder: Path,
    run: RunInfo,
    *,
    sep: str = ",",
    excel: bool = False,
    charts: bool = False,
) -> list[Path]:
    """Write the five tables (CSV, or TSV with ``sep="\\t"``; a BOM with ``excel``),
    the Markdown reports, optional PNG charts and ``run.json``; return the paths."""
    ensure_dir(folder)
    written: list[Path] = []

    def emit(name: str, write: Callable[[TextIO], object]) -> None:
        path = folder / name
        with atomic_text(path) as stream:
            write(stream)
        written.append(path)

    def save_figure(path: Path, figure) -> None:
        with atomic_binary(path) as stream:
            figure.savefig(stream, format="png", metadata={"Software": None})
        written.append(path)

    ext = "tsv" if sep == "\t" else "csv"

    def table_writer(frame):
        def write(stream: TextIO) -> None:
            if excel:
                stream.write(BOM)
            write_csv(frame, stream, sep=sep)

        return write

    for table in TABLES:
        emit(f"{table}.{ext}", table_writer(analysis.table(table)))
    if analysis.failures:
        emit(f"errors.{ext}", table_writer(_errors(analysis)))
    tables = per_document(analysis)
    for result in analysis.results:
        doc = result.document.doc
        stem = report_stem(doc)
        made = []
        if charts:
            from .charts import document_charts

            made = document_charts(tables[doc], analysis.categories, stem, folder, save_figure)
        report = document_report(tables[doc], analysis.categories, run, made)
        emit(f"{stem}.md", lambda s, text=report: s.write(text))
    if len(analysis.results) > 1:
        summary = summary_report(analysis, run)
        emit("summary.md", lambda s: s.write(summary))
    emit("run.json", lambda s: json.dump(_run_info(analysis, run), s, indent=2))
    return written


def _errors(analysis: Analysis):
    import pandas as pd

    return pd.DataFrame(
        [(f.path, f.problem) for f in analysis.failures], columns=["path", "problem"]
    )


def _run_info(analysis: Analysis, run: RunInfo) -> dict:
    return {
        "rhetoscope": run.version,
        "created": run.created,
        "documents": [
            {"doc": r.document.doc, "source": r.document.source} for r in analysis.results
        ],
        "failures": [{"path": f.path, "problem": f.problem} for f in analysis.failures],
        "lexicons": [
            {"name": lex.name, "version": lex.version, "sha256": lex.sha256, "path": lex.path}
            for lex in analysis.lexicons
        ],
    }
