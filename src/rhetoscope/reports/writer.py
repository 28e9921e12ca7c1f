"""Writing a whole analysis into a report folder."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from ..api import TABLES, Analysis
from .files import atomic_text, ensure_dir
from .markdown import document_report, summary_report
from .tabular import write_csv

_UNSAFE_NAME = re.compile(r"[^\w.\-~]+")


def report_name(doc: str) -> str:
    """A safe file name for a document's Markdown report."""
    return (_UNSAFE_NAME.sub("_", doc).strip("._") or "document") + ".md"


def write_reports(analysis: Analysis, folder: Path, version: str) -> list[Path]:
    """Write the five CSV tables, Markdown reports and ``run.json``; return the paths."""
    ensure_dir(folder)
    written: list[Path] = []

    def emit(name: str, write) -> None:
        path = folder / name
        with atomic_text(path) as stream:
            write(stream)
        written.append(path)

    for table in TABLES:
        emit(f"{table}.csv", lambda s, t=table: write_csv(analysis.table(t), s))
    if analysis.failures:
        emit("errors.csv", lambda s: write_csv(_errors(analysis), s))
    for result in analysis.results:
        doc = result.document.doc
        emit(
            report_name(doc),
            lambda s, d=doc: s.write(
                document_report(
                    d,
                    analysis.documents,
                    analysis.speakers,
                    analysis.sentences,
                    analysis.matches,
                    analysis.segments,
                    analysis.categories,
                    analysis.lexicons,
                    version,
                )
            ),
        )
    if len(analysis.results) > 1:
        emit(
            "summary.md",
            lambda s: s.write(
                summary_report(
                    analysis.documents,
                    analysis.speakers,
                    analysis.categories,
                    analysis.lexicons,
                    version,
                    [(f.path, f.problem) for f in analysis.failures],
                )
            ),
        )
    emit("run.json", lambda s: json.dump(_run_info(analysis, version), s, indent=2))
    return written


def _errors(analysis: Analysis):
    import pandas as pd

    return pd.DataFrame(
        [(f.path, f.problem) for f in analysis.failures], columns=["path", "problem"]
    )


def _run_info(analysis: Analysis, version: str) -> dict:
    return {
        "rhetoscope": version,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "documents": [
            {"doc": r.document.doc, "source": r.document.source} for r in analysis.results
        ],
        "failures": [{"path": f.path, "problem": f.problem} for f in analysis.failures],
        "lexicons": [
            {"name": lex.name, "version": lex.version, "sha256": lex.sha256, "path": lex.path}
            for lex in analysis.lexicons
        ],
    }
