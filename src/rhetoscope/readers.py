"""Inputs to documents: paths, folders, globs, lists, spreadsheets and stdin.

Decoding: UTF-8 (a BOM is dropped), UTF-32 or UTF-16 with a BOM, else Windows-1252 (which
reads Windows smart quotes right; such files are reported). A NUL byte (a NUL character
after a mark) means a binary file (named UTF-16 without its mark when the NULs fall in
every other byte).
Line ends are normalised to ``\\n``; offsets index the text after that.

A ``.csv`` or ``.tsv`` input, given a text column, is a table of documents: one per row,
named by the id column (or ``file:row``), as many users keep interviews in spreadsheets.
"""

from __future__ import annotations

import csv
import glob
import io
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import InputError
from .models import Document

TEXT_PATTERNS = ("*.txt", "*.md")
TABLE_SUFFIXES = (".csv", ".tsv")
_SUFFIX_ONLY = re.compile(r"\*\.[a-z0-9]+")  # "*.txt": matched in any case
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    """One document to read: a file, stdin, or (``text`` given) a spreadsheet row; or
    (``problem`` given) a spreadsheet that could not be read into rows, which fails as
    an unreadable file does."""

    path: str
    doc: str
    text: str | None = None
    encoding: str = "utf-8"  # what a spreadsheet row's file was read in
    problem: str = ""
    renamed_from: str = ""  # the id it shares with an earlier source, when made unique


@dataclass(frozen=True, slots=True)
class Options:
    """How inputs are found: ``patterns`` inside folders, the spreadsheet columns."""

    patterns: tuple[str, ...] = TEXT_PATTERNS
    text_column: str = ""
    id_column: str = ""
    # Folders not searched for inputs: the run's output folder, so that a run with its
    # reports inside the folder it reads ("analyze ." ) does not read them back next time.
    skip: tuple[str, ...] = ()


def decode(raw: bytes, path: str) -> tuple[str, str]:
    """(text, encoding used) for the bytes of ``path``; binary data raises InputError."""
    for magic, kind in _FORMATS:
        if raw.startswith(magic):
            raise InputError(path, f"is {kind}, not plain text: {_EXPORT}")
    # UTF-32's little-endian mark starts with UTF-16's (FF FE 00 00): it is tried first.
    for marks, codec in ((_UTF32_MARKS, "utf-32"), (_UTF16_MARKS, "utf-16")):
        if raw.startswith(marks):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    path, f"starts with a {codec.upper()} mark but is not valid {codec.upper()}"
                ) from None
            if "\x00" in text:  # a NUL character is no text's: binary data after a mark
                raise InputError(path, "looks binary (contains NUL characters), not text")
            return _lines(text), codec
    if b"\x00" in raw:
        if _utf16_without_mark(raw):
            raise InputError(path, "looks like UTF-16 without a byte-order mark: save it as UTF-8")
        raise InputError(path, "looks binary (contains NUL bytes), not text")
    try:
        return _lines(raw.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _lines(raw.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        raise InputError(path, "is neither UTF-8, UTF-16 nor Windows-1252 text") from None


# Documents users keep interviews in, known by their first bytes: named, so that the
# error says what to do (a PDF or an RTF file may hold no NUL byte and would otherwise be
# read as Windows-1252 text: markup and compressed streams analysed as speech).
_FORMATS = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (as .docx, .xlsx, .odt and .epub files are)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
)
_EXPORT = "save or export it as text first (.txt; .csv for a spreadsheet)"
_UTF32_MARKS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def _utf16_without_mark(raw: bytes) -> bool:
    """Whether ``raw`` reads as UTF-16 text saved without its mark: an even length,
    every NUL byte on one side of each pair (Latin text has a NUL in every pair),
    and valid UTF-16 in that byte order. Binary data has NULs on both sides."""
    if len(raw) % 2:
        return False
    nuls = raw.count(0)
    for zeros, codec in ((raw[1::2].count(0), "utf-16-le"), (raw[0::2].count(0), "utf-16-be")):
        if zeros == nuls and 2 * nuls >= len(raw) // 2:
            try:
                raw.decode(codec)
            except UnicodeDecodeError:
                return False
            return True
    return False


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def doc_id(path: str) -> str:
    """A document's id: the file name without its extension."""
    return "stdin" if path == STDIN else Path(path).stem


def read_list(path: str) -> list[str]:
    """The inputs named in a list file (``-``: standard input), one per line (blank lines
    and # comments skipped)."""
    try:
        raw = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
        text, _ = decode(raw, path)
    except FileNotFoundError:
        raise InputError(path, "no such list file") from None
    except IsADirectoryError:
        raise InputError(
            path, "is a folder, not a list file (give the folder as an input)"
        ) from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def expand(inputs: Iterable[str], options: Options = Options()) -> list[Source]:
    """Documents named by ``inputs`` (files, folders searched recursively, globs, ``-``,
    spreadsheets when a text column is given).

    A file that does not exist is still a source: reading it fails, so it is reported
    with the other unreadable documents while the rest complete (a stale entry of a
    ``--from-list`` file must not stop a long run); so is a spreadsheet that cannot be
    read into rows (malformed, binary, without the text column). Raises InputError for a folder
    without text files or a pattern that matches nothing: they name no document.
    Document ids are made unique by suffixing ``~2``, ``~3``... in input order.
    """
    sources: list[Source] = []
    for path in dict.fromkeys(p for item in inputs for p in _expand_one(item, options)):
        if options.text_column and path != STDIN and Path(path).suffix.lower() in TABLE_SUFFIXES:
            try:
                sources.extend(table_rows(path, options))
            except InputError as exc:  # (one bad sheet of many must not stop the others)
                sources.append(Source(path, doc_id(path), problem=exc.problem))
        else:
            sources.append(Source(path, doc_id(path)))
    return unique_ids(sources)


def unique_ids(sources: list[Source]) -> list[Source]:
    """``sources`` with each repeated id suffixed ``~2``, ``~3``... in input order, the
    suffix the next one free: neither an id of another source ("x~2.txt" keeps "x~2",
    so a second "x.txt" becomes "x~3") nor one given already."""
    taken = {source.doc for source in sources}
    used: set[str] = set()
    last: dict[str, int] = {}  # the suffix each id was last given: no rescanning
    unique = []
    for source in sources:
        doc = source.doc
        if doc in used:
            n = last.get(doc, 1) + 1
            while f"{doc}~{n}" in taken or f"{doc}~{n}" in used:
                n += 1
            last[doc] = n
            source = replace(source, doc=f"{doc}~{n}", renamed_from=doc)
        used.add(source.doc)
        unique.append(source)
    return unique


def _expand_one(item: str, options: Options) -> Iterator[str]:
    if item == STDIN:
        yield STDIN
        return
    if not item.strip():  # (an unset "$FILE": Path("") is the current folder, all of it)
        raise InputError(repr(item), "an empty name is no file or folder")
    p = Path(item)
    if p.is_dir():
        patterns = options.patterns
        if options.text_column:
            patterns = (*patterns, *(f"*{suffix}" for suffix in TABLE_SUFFIXES))
        # The default suffixes in any case ("NOTES.TXT", as Windows tools write them); a
        # pattern of the user's as written.
        suffixes = {pattern[1:] for pattern in patterns if _SUFFIX_ONLY.fullmatch(pattern)}
        found = {f for pattern in patterns if pattern[1:] not in suffixes for f in p.rglob(pattern)}
        if suffixes:
            found.update(f for f in p.rglob("*") if f.suffix.lower() in suffixes)
        skipped = _skipped_in(p, options.skip)
        files = sorted(
            str(f)
            for f in found
            if f.is_file() and not f.name.startswith(".") and not _within(f, skipped)
        )
        if not files:
            raise InputError(item, f"folder has no files matching {', '.join(patterns)}")
        yield from files
    elif not p.exists() and glob.has_magic(item):
        skipped = _skipped_in(Path(Path.cwd().anchor), options.skip)  # anywhere
        files = sorted(
            f
            for f in glob.glob(item, recursive=True)
            if Path(f).is_file() and not _within(Path(f), skipped)
        )
        if not files:
            raise InputError(item, "no file matches this pattern")
        yield from files
    else:
        yield item


def _skipped_in(folder: Path, skip: tuple[str, ...]) -> tuple[Path, ...]:
    """The folders of ``skip`` that lie inside ``folder``, resolved."""
    top = folder.resolve()
    found = (Path(s).resolve() for s in skip if Path(s).is_dir())
    return tuple(s for s in found if s.is_relative_to(top))


def _within(path: Path, folders: tuple[Path, ...]) -> bool:
    """Whether ``path`` is inside one of ``folders`` (resolved only when there are any:
    most runs skip nothing inside their inputs)."""
    return bool(folders) and any(path.resolve().is_relative_to(f) for f in folders)


def table_rows(path: str, options: Options) -> list[Source]:
    """One source per row of a CSV/TSV file, with its text column's text."""
    text, encoding = decode(_read_bytes(path), path)
    delimiter = _delimiter(path, text)
    # An interview in one cell easily passes the csv module's default 128 KiB limit.
    csv.field_size_limit(2**31 - 1)
    # blank lines before the header row would leave the table without column names
    # strict: a quotation mark left open raises instead of swallowing the rows after it
    body = text.lstrip("\r\n")
    quoting = csv.QUOTE_MINIMAL
    if delimiter == "\t" and path.lower().endswith(".tsv") and not _quoted_tsv(body):
        quoting = csv.QUOTE_NONE
    reader = csv.DictReader(
        io.StringIO(body), delimiter=delimiter, strict=True, restkey=_EXTRA, quoting=quoting
    )
    try:
        columns = reader.fieldnames or []
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(path, f"is not a well-formed table ({exc})") from None
    for number, row in enumerate(rows, start=1):
        if _EXTRA in row:  # a cell more than the header names would be lost silently
            raise InputError(
                path, f"data row {number} has more cells than the header's {len(columns)}"
            )
    for column in (options.text_column, options.id_column):
        if column and column not in columns:
            raise InputError(path, f"has no column {column!r} (columns: {', '.join(columns)})")
    stem = Path(path).stem
    sources = []
    for number, row in enumerate(rows, start=1):
        doc = (row.get(options.id_column) or "").strip() if options.id_column else ""
        cell = _lines(row[options.text_column] or "")
        sources.append(Source(path, doc or f"{stem}:{number}", cell, encoding))
    return sources


def _quoted_tsv(text: str) -> bool:
    """Whether a ``.tsv`` file is quoted as spreadsheet programs quote: it reads as
    quoted cells without error, and the quoting carries something (a quoted header
    cell, a doubled ``""``, or a cell holding a tab or a line break). Else it is plain
    tab-separated text, one row per line, where a cell may start with a quotation mark
    (a transcript's ``"We will never surrender," she said.``) and keeps it."""
    plain = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    try:
        quoted = list(csv.reader(io.StringIO(text), delimiter="\t", strict=True))
    except csv.Error:
        return False
    header = plain[0] if plain else []
    return (
        any(cell.startswith('"') for cell in header)
        or '""' in text
        or [len(row) for row in quoted] != [len(row) for row in plain]
    )


_EXTRA = "\0extra"  # DictReader's key for the cells past the header's columns


def _delimiter(path: str, text: str) -> str:
    """Tab for ``.tsv``; for ``.csv`` the separator its header row uses most: Excel
    writes ";" where the decimal mark is a comma (most of Europe), and some tools write
    tabs whatever the suffix. A comma wins ties."""
    if path.lower().endswith(".tsv"):
        return "\t"
    header = next((line for line in text.splitlines() if line.strip()), "")
    header = re.sub(r'"[^"]*"', "", header)  # a quoted name may hold any separator
    return max((",", ";", "\t"), key=header.count)


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file or folder") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None


def read(source: Source) -> tuple[Document, str]:
    """Read and decode one source: the document and the encoding it was read in."""
    if source.problem:
        raise InputError(source.path, source.problem)
    if source.text is not None:
        return Document(source.doc, source.text, source.path), source.encoding
    raw = sys.stdin.buffer.read() if source.path == STDIN else _read_bytes(source.path)
    text, encoding = decode(raw, source.path)
    return Document(source.doc, text, source.path), encoding


def read_warnings(
    source: Source, text: str, encoding: str, said: set[str], *, rows: bool = True
) -> list[str]:
    """What a user should hear about how a source read, and has not heard yet (``said``
    gathers it): Windows-1252 decoding (once for all the rows of a spreadsheet), an
    empty document (which gets its empty row in the tables when ``rows``; the segments
    listing has none to give it); an id made unique (``x~2``), which a join on the id
    would miss; a spreadsheet read whole as text, which is rarely what was meant."""
    warnings = []
    if encoding == "cp1252":
        warnings.append(f"{source.path}: not UTF-8; read as Windows-1252")
    if source.renamed_from:
        where = f"{source.path} ({source.doc})" if source.text is not None else source.path
        warnings.append(
            f"{where}: its id {source.renamed_from!r} is an earlier input's too; its rows "
            f"and report are named {source.doc!r}"
        )
    if source.text is None and text.strip() and Path(source.path).suffix.lower() in TABLE_SUFFIXES:
        head = " ".join(text.lstrip("\ufeff").partition("\n")[0].split())
        head = head if len(head) <= 60 else head[:57] + "..."
        warnings.append(
            f"{source.path}: a spreadsheet read as one plain text; to read a document per "
            f"row, give --text-column NAME (its first line: {head})"
        )
    if not text.strip():
        # (a spreadsheet's row and standard input are named with their document's id)
        named = source.text is not None or source.path == STDIN
        name = f"{source.path} ({source.doc})" if named else source.path
        written = "an empty row is written" if rows else "no segment"
        warnings.append(f"{name}: empty document ({written})")
    new = [w for w in warnings if w not in said]
    said.update(new)
    return new
