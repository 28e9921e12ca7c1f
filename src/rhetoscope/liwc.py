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
from collections.abc import Iterator, Sequence

from .errors import LexiconError
from .lexicon import Entry, Lexicon, pattern_tokens
from .text import normalize

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
    lines = text.splitlines()
    numbered = [(n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip()]
    if not numbered or numbered[0][1] != "%":
        raise LexiconError(f"{path}:1", "a .dic file starts with a '%' line")
    categories: dict[str, str] = {}
    body_at = None
    for i, (number, line) in enumerate(numbered[1:], start=1):
        if line == "%":
            body_at = i + 1
            break
        parts = line.split()
        if len(parts) < 2 or not parts[0].isdigit():
            raise LexiconError(f"{path}:{number}", "expected 'number<TAB>category' in the header")
        categories[parts[0]] = parts[1].lower()
    if body_at is None:
        raise LexiconError(
            f"{path}:{numbered[-1][0]}", "the '%' line closing the header is missing"
        )
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    entries: list[Entry] = []
    seen: set[tuple[str, str]] = set()
    for number, line in numbered[body_at:]:
        where = f"{path}:{number}"
        word, *codes = line.split("\t") if "\t" in line else line.split()
        pattern = " ".join(normalize(word).split())
        if not codes:
            raise LexiconError(where, f"entry {word!r} has no category number")
        for code in _codes(codes):
            if code not in categories:
                raise LexiconError(where, f"category number {code!r} is not in the header")
            key = (pattern, categories[code])
            if key in seen:
                continue
            seen.add(key)
            entries.append(
                Entry(pattern, pattern_tokens(pattern, where), categories[code], 1.0, lexicon=name)
            )
    if not entries:
        raise LexiconError(f"{path}:1", "the dictionary has no entries")
    return Lexicon(
        name=name,
        version="liwc-dic",
        description=f"imported from the LIWC-style dictionary {name}.dic",
        sources=(path,),
        entries=tuple(entries),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        path=path,
    )


def to_dic(lexicons: Sequence[Lexicon]) -> str:
    """The entries of ``lexicons`` as a LIWC-style ``.dic`` text.

    ``.dic`` has no weights: they are dropped (every entry counts 1 when read back).
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
