"""One document's reports, rendered where the document was analysed.

With worker processes, each worker turns its documents' results into their rows of the
five tables (CSV or TSV text), their Markdown reports and their lines of the corpus
summary; the process writing the reports only appends and writes them, in input order.
The text is the same as the pandas tables give (``csv_text``, ``tables.speaker_rows``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from operator import itemgetter

from ..api import TABLES
from ..models import DocumentResult
from ..tables import (
    document_row,
    match_rows,
    segment_rows,
    sentence_rows,
    speaker_rows,
    table_columns,
)
from .markdown import DocTables, RunInfo, document_report
from .summary import document_line
from .tabular import csv_text


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """A document's share of every report, as text."""

    doc: str
    source: str
    tables: tuple[str, ...]
    """Its rows of each table of ``TABLES``, without the header."""
    report: str
    """Its Markdown report."""
    summary_line: str
    """Its row of the corpus summary's documents table."""
    summary_marked: bool
    """Whether that row marks its rates as from few words."""
    speakers: tuple[tuple, ...]
    """(speaker, words, sentences, sentiment, *category counts) for the summary."""


@dataclass(frozen=True)
class DocumentRenderer:
    """Renders a ``DocumentResult`` (picklable, to be sent to worker processes)."""

    categories: tuple[str, ...]
    counts: str
    run: RunInfo
    sep: str = ","

    def __call__(self, result: DocumentResult) -> RenderedDocument:
        categories, counts = self.categories, self.counts
        doc = result.document.doc
        segments = segment_rows(result)
        sentences = sentence_rows(result, categories, counts)
        matches = match_rows(result)
        speakers = speaker_rows(sentences, segments, categories, counts)
        row = dict(
            zip(
                table_columns("documents", categories),
                document_row(doc, sentences, segments, categories, counts),
                strict=True,
            )
        )
        rows = {
            "documents": [tuple(row.values())],
            "speakers": speakers,
            "sentences": sentences,
            "matches": matches,
            "segments": segments,
        }
        speaker_records = _records("speakers", speakers, categories)
        tables = DocTables(
            doc,
            row,
            speaker_records,
            _sentence_records(sentences, categories),
            _records("matches", matches, categories),
            dict(Counter(s.kind for s in result.segments)),
        )
        return RenderedDocument(
            doc,
            result.document.source,
            tuple(csv_text(rows[t], sep=self.sep) for t in TABLES),
            document_report(tables, categories, self.run),
            *document_line(row, categories),
            tuple(
                (s["speaker"], s["words"], s["sentences"], s["sentiment"], *map(s.get, categories))
                for s in speaker_records
            ),
        )


def _records(table: str, rows: list[tuple], categories: tuple[str, ...]) -> list[dict]:
    names = table_columns(table, categories)
    return [dict(zip(names, row, strict=True)) for row in rows]


def _sentence_records(rows: list[tuple], categories: tuple[str, ...]) -> list[dict]:
    """The columns of its sentences a report reads (the others are the bulk)."""
    names = ("doc", "sentence", "speaker", "start", "text", "sentiment", *categories)
    columns = table_columns("sentences", categories)
    pick = itemgetter(*(columns.index(n) for n in names))
    return [dict(zip(names, pick(row), strict=True)) for row in rows]
