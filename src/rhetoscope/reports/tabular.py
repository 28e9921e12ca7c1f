"""Tables to text streams: CSV, TSV, JSON Lines and Markdown.

Writers take an open stream, so the CLI passes stdout or a file and tests pass
``io.StringIO``. In CSV and TSV, a text cell that a spreadsheet would run as a
formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) is
prefixed with an apostrophe; numbers are left alone.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Sequence
from itertools import repeat
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    import pandas as pd


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _neutralised(table: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    out = table
    for column in table.columns:
        values = table[column]
        if values.dtype != object and not pd.api.types.is_string_dtype(values):
            continue
        cells = values.tolist()
        if not _any_formula(cells):  # the common case: the column is left as it is
            continue
        out = out.copy() if out is table else out
        out[column] = ["'" + v if _is_formula(v) else v for v in cells]
    return out


def _is_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def _any_formula(cells: list) -> bool:
    try:  # str.startswith mapped over the cells runs without a Python call per cell
        return any(map(str.startswith, cells, repeat(FORMULA_STARTS)))
    except TypeError:  # a missing value (NaN) among the strings
        return any(map(_is_formula, cells))


def write_csv(table: pd.DataFrame, stream: TextIO, *, sep: str = ",", header: bool = True) -> None:
    _neutralised(table).to_csv(stream, index=False, sep=sep, lineterminator="\n", header=header)


def csv_text(rows: Sequence[tuple], *, sep: str = ",") -> str:
    """Rows as ``write_csv`` writes them: the same quoting, number formats (a float as
    its shortest repr, NaN as an empty cell) and formula neutralising, without pandas;
    for the rows of one document, built where it was analysed."""
    if not rows:
        return ""
    columns = [_csv_column(c) for c in zip(*rows, strict=True)]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep, lineterminator="\n").writerows(zip(*columns, strict=True))
    return buffer.getvalue()


def csv_header(columns: Sequence[str], *, sep: str = ",") -> str:
    return csv_text([tuple(columns)], sep=sep)


def _csv_column(cells: tuple) -> tuple:
    try:  # numbers: NaN is written as an empty cell
        return tuple("" if v != v else v for v in cells) if any(map(math.isnan, cells)) else cells
    except TypeError:  # text
        pass
    try:
        if any(map(str.startswith, cells, repeat(FORMULA_STARTS))):
            return tuple("'" + v if v.startswith(FORMULA_STARTS) else v for v in cells)
        return cells
    except TypeError:  # missing values among the text
        return tuple(_csv_cell(v) for v in cells)


def _csv_cell(value: object) -> object:
    if isinstance(value, float) and value != value:
        return ""
    return "'" + value if _is_formula(value) else value


def write_jsonl(table: pd.DataFrame, stream: TextIO) -> None:
    for record in table.to_dict(orient="records"):
        stream.write(json.dumps(_plain(record), ensure_ascii=False) + "\n")


def _plain(record: dict) -> dict:
    out = {}
    for key, value in record.items():
        if hasattr(value, "item"):
            value = value.item()
        if isinstance(value, float) and value != value:
            value = None
        out[key] = value
    return out


MIN_RATE_WORDS = 100
"""Rates of a speaker with fewer words are marked in the Markdown reports: one match in
a few words is a rate of hundreds per 1,000 (the CSV tables keep them, with ``words``)."""
FEW_WORDS = "\u2020"  # the mark beside such a rate, explained under the table


def few_words(words: float) -> bool:
    """Whether a rate over ``words`` is too swayed by one match to compare."""
    return words < MIN_RATE_WORDS


def few_words_note(counts: str = "in `speakers.csv`") -> str:
    return (
        f"{FEW_WORDS} From fewer than {MIN_RATE_WORDS} words: one match moves such a rate by "
        f"more than {1000 // MIN_RATE_WORDS} per 1,000 words, so it is not comparable with "
        f"the others; its counts are {counts}."
    )


def _is_rate(header: str) -> bool:
    return header.endswith("_per_1k") or header == "stance_index"


def fixed(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` places, blank for NaN, never ``-0.000``."""
    if value != value:
        return ""
    text = f"{value:.{decimals}f}"
    return text[1:] if text[0] == "-" and not text.strip("-0.") else text


def display_header(column: str) -> str:
    """A table column as a Markdown report heads it: ``resolve /1k``, ``stance index``."""
    return column.replace("_per_1k", " /1k").replace("_", " ")


def marked_rows(
    headers: Sequence[str], rows, rate_cell: Callable[[float], str] | None = None
) -> tuple[list[tuple], bool]:
    """Rows of a Markdown table with ``words`` and rate columns, the rates written by
    ``rate_cell`` (as any number, by default) and those of a row of few words marked;
    and whether any cell was."""
    cell = rate_cell or _md_cell
    words = headers.index("words")
    rates = {i for i, h in enumerate(headers) if _is_rate(h)}
    out, any_marked = [], False
    for row in rows:
        mark = FEW_WORDS if few_words(row[words]) and any(row[i] == row[i] for i in rates) else ""
        any_marked |= bool(mark)
        out.append(
            tuple(f"{cell(v)}{mark}" if i in rates and v == v else v for i, v in enumerate(row))
        )
    return out, any_marked


def markdown_table(table: pd.DataFrame) -> str:
    """A GitHub-flavoured Markdown table; numbers right-aligned, pipes escaped."""
    import pandas as pd

    headers = [str(c) for c in table.columns]
    numeric = [pd.api.types.is_numeric_dtype(table[c]) for c in table.columns]
    rows = zip(*(table[c].tolist() for c in table.columns), strict=True)
    if "words" not in headers:
        return markdown_rows(headers, numeric, rows)
    rows, marked = marked_rows(headers, rows)
    note = f"\n\n{few_words_note('in the count columns')}" if marked else ""
    return markdown_rows(headers, numeric, rows) + note


def markdown_rows(headers: list[str], numeric: list[bool], rows) -> str:
    """A Markdown table from plain rows; ``numeric`` columns are right-aligned."""
    head = "| " + " | ".join(headers) + " |"
    align = "|" + "|".join("---:" if n else "---" for n in numeric) + "|"
    body = ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows]
    return "\n".join([head, align, *body])


def _md_cell(value: object) -> str:
    if isinstance(value, float):
        if value != value:
            return ""
        return f"{value:.3f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))
    return " ".join(str(value).split()).replace("|", "\\|")


def write_table(table: pd.DataFrame, stream: TextIO, fmt: str) -> None:
    """Write ``table`` to ``stream`` as csv, tsv, jsonl or md."""
    if fmt == "csv":
        write_csv(table, stream)
    elif fmt == "tsv":
        write_csv(table, stream, sep="\t")
    elif fmt == "jsonl":
        write_jsonl(table, stream)
    elif fmt == "md":
        stream.write(markdown_table(table) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
