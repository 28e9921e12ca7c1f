"""Import of LIWC-style ``.dic`` dictionaries.

The format: a ``%`` line, one ``number<TAB>category`` line per category, a second
``%`` line, then one ``word<TAB>number<TAB>number...`` line per entry, ``*`` as a
trailing wildcard. Each (word, category) pair becomes an entry of weight 1.

LIWC2007-style conditional codes, ``(02 134)125/464`` or ``<(2 464)>464/1`` ("125 when
the word before is in category 02 or 134, else 464"), are read in their unconditional
reading, the number after ``/`` (none when there is no ``/``): rhetoscope matches words,
not the categories of the word before them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence

from .errors import LexiconError
from .lexicon import CATEGORY_NAME, Entry, Lexicon, pattern_tokens, raise_problem
from .text import normalize

DIC_VERSION = "liwc-dic"
"""The version of a lexicon read from a ``.dic``, which has none."""

# A conditional code (its condition, its number when the condition holds, its default),
# or a plain code.
_CODE = re.compile(r"<?\(([^)]*)\)>?\s*(\d*)(?:/(\d+))?|([^\s(<]+)")


def _codes(cells: Sequence[str]) -> Iterator[str]:
    """The category numbers a word counts in, conditional codes in their default reading."""
    for m in _CODE.finditer(" ".join(cells)):
        if m.group(4) is not None:
            yield m.group(4)
        elif m.group(3):
            yield m.group(3)


def parse_dic(text: str, path: str = "<dic>") -> Lexicon:
    """Parse a ``.dic`` file; a problem raises ``LexiconError`` naming ``path:line``."""
    lex = read_dic(text, path, raise_problem)
    assert lex is not None  # every problem raised
    return lex


def read_dic(text: str, path: str, report: Callable[[LexiconError], None]) -> Lexicon | None:
    """The ``.dic`` in ``text``, each problem passed to ``report`` (which raises it, or
    keeps it and reading goes on past the bad line); None when any was reported."""
    lines = text.splitlines()
    numbered = [(n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip()]
    if not numbered or numbered[0][1] != "%":
        report(LexiconError(f"{path}:1", "a .dic file starts with a '%' line"))
        return None
    categories: dict[str, str] = {}
    body_at = None
    problems = 0
    for i, (number, line) in enumerate(numbered[1:], start=1):
        if line == "%":
            body_at = i + 1
            break
        problem = _header_problem(line, categories)
        code, name = _header_line(line)
        if problem:
            report(LexiconError(f"{path}:{number}", problem))
            problems += 1
        if code.isdigit() and name and code not in categories:
            # (kept even when the name is bad: its words are not then reported too)
            categories[code] = name.lower()
    if body_at is None:
        report(
            LexiconError(f"{path}:{numbered[-1][0]}", "the '%' line closing the header is missing")
        )
        return None
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    entries: list[Entry] = []
    seen: set[tuple[str, str]] = set()
    for number, line in numbered[body_at:]:
        try:
            entries += _entries(line, f"{path}:{number}", categories, name, seen)
        except LexiconError as exc:
            report(exc)
            problems += 1
    if not entries and not problems:
        report(LexiconError(f"{path}:1", "the dictionary has no entries"))
    if problems or not entries:
        return None
    return Lexicon(
        name=name,
        version=DIC_VERSION,
        description=f"imported from the LIWC-style dictionary {name}.dic",
        sources=(path,),
        entries=tuple(entries),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        path=path,
    )


def _header_line(line: str) -> tuple[str, str]:
    """(number, category name) of a header line: the name is the cell after the
    number, whole ("Bad Cat" is not cut to "bad"), or without tabs the rest of the line;
    a cell after it (a description some dictionaries add) is not part of it."""
    if "\t" in line:
        code, name = [*line.split("\t"), ""][:2]
    else:
        code, _, name = line.partition(" ")
    return code.strip(), name.strip()


def _header_problem(line: str, categories: dict[str, str]) -> str:
    """What is wrong with a header line, given the categories defined before it, or ""."""
    code, name = _header_line(line)
    if not code.isdigit() or not name:
        return "expected 'number<TAB>category' in the header"
    if code in categories:
        return f"category number {code} is defined twice (first as {categories[code]!r})"
    if not CATEGORY_NAME.fullmatch(name):
        return f"bad category {name!r} (letters, digits, - and _)"
    return ""


def _entries(
    line: str, where: str, categories: dict[str, str], name: str, seen: set[tuple[str, str]]
) -> list[Entry]:
    """The entries of one body line, one per category it is new in; a problem raises
    ``LexiconError`` before any of them is kept."""
    word, *codes = line.split("\t") if "\t" in line else line.split()
    pattern = " ".join(normalize(word).split())
    if not codes:
        raise LexiconError(where, f"entry {word!r} has no category number")
    found = list(_codes(codes))
    unknown = [code for code in found if code not in categories]
    if unknown:
        raise LexiconError(where, f"category number {unknown[0]!r} is not in the header")
    if not found:
        return []  # conditional codes only, none by default: in no category
    tokens = pattern_tokens(pattern, where)
    out = []
    for code in found:
        key = (pattern, categories[code])
        if key not in seen:
            seen.add(key)
            out.append(Entry(pattern, tokens, categories[code], 1.0, lexicon=name))
    return out


def to_dic(lexicons: Sequence[Lexicon]) -> str:
    """The entries of ``lexicons`` as a LIWC-style ``.dic`` text.

    ``.dic`` has no weights, columns or metadata: they are dropped (every entry counts
    1 when read back); ``dic_losses`` says what.
    """
    categories = sorted({e.category for lex in lexicons for e in lex.entries})
    number = {c: i for i, c in enumerate(categories, start=1)}
    codes: dict[str, list[int]] = {}
    for lex in lexicons:
        for e in lex.entries:
            codes.setdefault(e.pattern, [])
            if number[e.category] not in codes[e.pattern]:
                codes[e.pattern].append(number[e.category])
    lines = ["%", *(f"{number[c]}\t{c}" for c in categories), "%"]
    lines += ["\t".join([pattern, *map(str, sorted(nums))]) for pattern, nums in codes.items()]
    return "\n".join(lines) + "\n"


def dic_losses(lexicons: Sequence[Lexicon]) -> list[str]:
    """What ``to_dic`` leaves out of ``lexicons``, one phrase per kind, with how many
    entries lose it: a ``.dic`` holds categories and words, nothing else."""
    entries = [e for lex in lexicons for e in lex.entries]
    losses = []
    weighted = sum(e.weight != 1 and e.category != "exclude" for e in entries)
    if weighted:  # (exclude entries weigh 0 and block matches whatever their weight)
        losses.append(f"the weight of {_count(weighted)} whose weight is not 1 (read back as 1)")
    columns: dict[str, int] = {}
    for e in entries:
        for column, _ in e.extra:
            columns[column] = columns.get(column, 0) + 1
    losses += [f"the {column!r} column of {_count(n)}" for column, n in columns.items()]
    for lex in (lex for lex in lexicons if lex.version != DIC_VERSION):  # (a .dic has none)
        sources = f" and {len(lex.sources)} '# source:' lines" if lex.sources else ""
        losses.append(f"the version ({lex.version}), description{sources} of {lex.name}")
    return losses


def _count(n: int) -> str:
    return f"{n} entr{'y' if n == 1 else 'ies'}"
