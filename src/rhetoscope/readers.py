"""Inputs to documents: paths, folders, globs and stdin, decoded to text.

Decoding: UTF-8 (a BOM is dropped), UTF-16 with a BOM, else Windows-1252 (which reads
Windows smart quotes right). A NUL byte means a binary file. Line ends are
normalised to ``\\n``; offsets index the text after that.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .models import Document

TEXT_SUFFIXES = (".txt", ".md")
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a file path, or stdin."""

    path: str
    doc: str


def decode(raw: bytes, path: str) -> tuple[str, str]:
    """(text, encoding used) for the bytes of ``path``; binary data raises InputError."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _lines(raw.decode("utf-16")), "utf-16"
        except UnicodeDecodeError:
            raise InputError(path, "starts with a UTF-16 mark but is not valid UTF-16") from None
    if b"\x00" in raw:
        raise InputError(path, "looks binary (contains NUL bytes), not text")
    try:
        return _lines(raw.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _lines(raw.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        raise InputError(path, "is neither UTF-8, UTF-16 nor Windows-1252 text") from None


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def doc_id(path: str) -> str:
    """A document's id: the file name without its extension."""
    return "stdin" if path == STDIN else Path(path).stem


def expand(inputs: Iterable[str]) -> list[Source]:
    """Files named by ``inputs`` (files, folders searched recursively, globs, ``-``).

    Raises InputError for a path that does not exist or a folder without text files.
    Document ids are made unique by suffixing ``~2``, ``~3``... in input order.
    """
    paths: list[str] = []
    for item in inputs:
        paths.extend(_expand_one(item))
    seen: dict[str, int] = {}
    sources = []
    for path in dict.fromkeys(paths):
        doc = doc_id(path)
        seen[doc] = seen.get(doc, 0) + 1
        sources.append(Source(path, doc if seen[doc] == 1 else f"{doc}~{seen[doc]}"))
    return sources


def _expand_one(item: str) -> Iterator[str]:
    if item == STDIN:
        yield STDIN
        return
    p = Path(item)
    if p.is_dir():
        files = sorted(
            str(f)
            for f in p.rglob("*")
            if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and not f.name.startswith(".")
        )
        if not files:
            raise InputError(item, f"folder has no text files ({', '.join(TEXT_SUFFIXES)})")
        yield from files
    elif p.exists():
        yield item
    elif glob.has_magic(item):
        files = sorted(f for f in glob.glob(item, recursive=True) if Path(f).is_file())
        if not files:
            raise InputError(item, "no file matches this pattern")
        yield from files
    else:
        raise InputError(item, "no such file or folder")


def read(source: Source) -> Document:
    """Read and decode one source."""
    if source.path == STDIN:
        raw = sys.stdin.buffer.read()
    else:
        try:
            raw = Path(source.path).read_bytes()
        except PermissionError:
            raise InputError(source.path, "permission denied") from None
        except IsADirectoryError:
            raise InputError(source.path, "is a folder") from None
        except OSError as exc:
            raise InputError(source.path, f"cannot read ({exc.strerror or exc})") from None
    text, _encoding = decode(raw, source.path)
    return Document(source.doc, text, source.path)
