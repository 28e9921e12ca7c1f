"""The corpus summary (``summary.md``), built as chunks of documents finish.

Documents side by side, and each speaker across documents. The documents' rows are
rendered as they come and kept in a temporary file, the speakers' sums updated in
place, so memory holds one entry per distinct speaker name, not per document.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TextIO

from ..models import NARRATOR, UNKNOWN
from ..speakers.transcript.shared import is_role_name
from ..tables import _round, exact_rates
from .markdown import FOOTER, RunInfo, escape, header
from .samename import same_people, told_apart
from .tabular import display_header, few_words_note, fixed, markdown_rows, marked_rows

if TYPE_CHECKING:
    import pandas as pd


class CorpusSummary:
    """Feed it each chunk's documents and speakers tables, then ``write`` it."""

    def __init__(self, categories: Sequence[str]) -> None:
        self.categories = tuple(categories)
        self.documents = 0
        self._doc_columns = _document_columns(self.categories)
        self._numeric: list[bool] | None = None
        # Closed by close(): the summary lives across the chunks of a run.
        self._rows: TextIO = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        # speaker -> [documents, words, sentences, weighted sentiment, *category sums]
        self._speakers: dict[str, list] = {}
        self._marked = False  # a document's rates marked as from few words
        # names one document told apart ("John Smith" beside "John A Smith"): never merged
        self._apart: set[str] = set()

    def add(self, documents: pd.DataFrame, speakers: pd.DataFrame) -> None:
        if self._numeric is None:
            import pandas as pd

            table = documents[self._doc_columns]
            self._numeric = [pd.api.types.is_numeric_dtype(table[c]) for c in table.columns]
        records = documents.to_dict("records")
        rows, marked = shown_rows(
            self._doc_columns, [_document_row(r, self.categories) for r in records]
        )
        self._marked |= marked
        body = markdown_rows(self._doc_columns, self._numeric, rows)
        for line in body.split("\n")[2:]:  # the rows, without header and alignment
            self._rows.write(line + "\n")
        self.documents += len(records)
        names = ["speaker", "words", "sentences", "sentiment", *self.categories]
        self._add_speakers(zip(*_columns(speakers[names]), strict=True))
        for _, names_of_one in speakers.groupby("doc", sort=False)["speaker"]:
            self._apart |= told_apart(names_of_one)

    def add_line(self, line: str, marked: bool, speakers: Iterable[tuple]) -> None:
        """One document: its ``document_line`` (and whether it marks rates) and its
        speakers' (speaker, words, sentences, sentiment, *category counts)."""
        if self._numeric is None:  # the documents table's types: all numbers but doc
            self._numeric = [c != "doc" for c in self._doc_columns]
        self._rows.write(line + "\n")
        self._marked |= marked
        self.documents += 1
        speakers = list(speakers)
        self._add_speakers(speakers)
        self._apart |= told_apart(row[0] for row in speakers)

    def _add_speakers(self, speakers: Iterable[tuple]) -> None:
        for name, words, sentences, sentiment, *counts in speakers:
            entry = self._speakers.get(name)
            if entry is None:
                entry = self._speakers[name] = [0, 0, 0, 0.0, *(0 for _ in counts)]
            entry[0] += 1
            entry[1] += words
            entry[2] += sentences
            if not math.isnan(sentiment):
                entry[3] += sentiment * sentences
            for k, count in enumerate(counts):
                entry[4 + k] += count

    def write(self, stream: TextIO, failures: Sequence, run: RunInfo) -> None:
        """The Markdown summary of everything added."""
        lines = header(f"rhetoscope corpus summary: {self.documents} documents", run)
        lines += ["## Documents", ""]
        stream.write("\n".join(lines) + "\n")
        numeric = self._numeric or [False] * len(self._doc_columns)
        heads = [display_header(c) for c in self._doc_columns]
        stream.write(markdown_rows(heads, numeric, []) + "\n")
        self._rows.seek(0)
        for line in self._rows:
            stream.write(line)
        headers, numeric, rows = self._speaker_table()
        rows, marked = shown_rows(headers, rows)
        lines = ["", few_words_note("in `documents.csv`")] if self._marked else []
        lines += [
            "",
            "## Speakers across documents",
            "",
            "The same name in several documents is taken to be the same person (also with a "
            "middle initial there or not, when the corpus has one such fuller name: "
            "`Henry Trewhitt` is `Henry L Trewhitt`); `narrator`, "
            "`unknown` and the labels of a part (`Q`, `A`, `MODERATOR`, `Speaker 2`...) are "
            "no one person across documents and are left out (each document's report shows "
            "them).",
            "",
            markdown_rows([display_header(h) for h in headers], numeric, rows),
            "",
        ]
        if marked:
            lines += [few_words_note(), ""]
        if failures:
            lines += ["## Failed inputs", ""]
            lines += [f"- `{escape(f.path)}`: {escape(f.problem)}" for f in failures]
            lines.append("")
        lines += FOOTER
        stream.write("\n".join(lines) + "\n")

    def close(self) -> None:
        self._rows.close()

    def _speaker_table(self) -> tuple[list[str], list[bool], list[tuple]]:
        """The speakers across documents as ``markdown_rows`` takes them (headers, which
        columns are numbers, rows): rates unrounded (``exact_rates``), the mean sentiment
        rounded as numpy rounds, without importing pandas for this one table."""
        headers = [
            "speaker",
            "documents",
            "words",
            *(f"{c}_per_1k" for c in self.categories),
            "stance_index",
            "sentiment",
        ]
        people = {
            name: entry
            for name, entry in self._speakers.items()
            if name not in (NARRATOR, UNKNOWN) and not is_role_name(name)
        }
        rows = []
        for name, entry in _merged(people, self._apart).items():
            documents, words, sentences, weighted, *counts = entry
            record = {"words": words, **dict(zip(self.categories, counts, strict=True))}
            rates = exact_rates(record, self.categories)
            rows.append(
                (
                    name,
                    documents,
                    words,
                    *(rates[h] for h in headers[3:-1]),
                    _round(weighted / sentences, 4) if sentences > 0 else math.nan,
                )
            )
        # pandas typed every column of an empty table as text
        numeric = [bool(rows) and h != "speaker" for h in headers]
        return headers, numeric, rows


def _merged(people: dict[str, list], apart: set[str]) -> dict[str, list]:
    """The speakers' sums with one person's forms of a name added up (``same_people``),
    under the fuller name, in the order names first came; names ``apart`` (one document
    told them apart) keep their rows. Their documents are added up, as no document has
    two forms of one person."""
    fuller = same_people(name for name in people if name not in apart)
    out: dict[str, list] = {}
    for name, entry in people.items():
        into = out.setdefault(fuller.get(name, name), [0] * len(entry))
        for k, value in enumerate(entry):
            into[k] += value
    return out


def _document_columns(categories: Sequence[str]) -> list[str]:
    return [
        "doc",
        "speakers",
        "words",
        *(f"{c}_per_1k" for c in categories),
        "stance_index",
        "sentiment",
    ]


def document_line(row: dict, categories: Sequence[str]) -> tuple[str, bool]:
    """A document's row of the summary's documents table, from its documents row, and
    whether its rates are marked as from few words."""
    columns = _document_columns(categories)
    rows, marked = shown_rows(columns, [_document_row(row, categories)])
    return markdown_rows(columns, [False] * len(columns), rows).split("\n")[2], marked


def shown_rows(headers: Sequence[str], rows: Iterable[Sequence]) -> tuple[list[tuple], bool]:
    """Rows as the summary shows them, like a document's report: rates to one decimal
    (marked when from few words), sentiment to three; the CSV tables keep the rest."""
    tone = headers.index("sentiment")
    rows = [tuple(_tone(v) if i == tone else v for i, v in enumerate(row)) for row in rows]
    return marked_rows(headers, rows, rate_cell=lambda rate: fixed(rate, 1))


def _tone(value: float) -> str:
    return fixed(value, 3)


def _document_row(record: dict, categories: Sequence[str]) -> list:
    """A document's cells for the summary, its rates unrounded (``exact_rates``)."""
    merged = {**record, **exact_rates(record, categories)}
    return [merged[c] for c in _document_columns(categories)]


def _columns(table: pd.DataFrame) -> list[list]:
    return [table[c].tolist() for c in table.columns]
