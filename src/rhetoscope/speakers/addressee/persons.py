"""The people a document shows to be people, whatever their first name: a run of
capitalised words followed by "who" or by a speech verb ("Carla Mendez, who leads the
union,", "Priya Anand, told the Ledger"), none of them a word the document writes in
lower case, the run never after "the" ("the Supreme Court said") and its last word no
plural ("Native Americans, who"); and the single words that stand for one of them
("I like Priya.")."""

from __future__ import annotations

import re

from ..names import LowerCaseWords

_RUN = re.compile(
    r"(?<![\w'\u2019\-])[A-Z][a-z][\w'\u2019\-]*(?:[^\S\n]+[A-Z][a-z][\w'\u2019\-]*){1,2}"
)
_PERSON_AFTER = re.compile(
    r",?\s+(?:who|whom)\b"
    r"|,?\s+(?:\w+ly\s+|also\s+)?(?:said|says|told|tells|wrote|writes|asked|asks|answered"
    r"|replied|testified|was\s+quoted)\b"
)


def persons(text: str, lower: LowerCaseWords) -> dict[str, str]:
    """Each full name the document shows to be a person's, and each of its first and
    last words that no other such name shares, to that name."""
    names: dict[str, str] = {}
    for m in _RUN.finditer(text):
        words = m.group().split()
        if (
            not _PERSON_AFTER.match(text, m.end())
            or words[-1].endswith("s")
            or any(w.lower() in lower for w in words)
            or re.search(rf"\b[Tt]he\s+{re.escape(m.group())}", text)
        ):
            continue  # (no article goes before a person's name: "the Supreme Court")
        names[m.group()] = " ".join(words)
    by_word: dict[str, set[str]] = {}
    for name in set(names.values()):
        for word in {name.split()[0], name.split()[-1]}:
            by_word.setdefault(word, set()).add(name)
    return {
        **{w: next(iter(found)) for w, found in by_word.items() if len(found) == 1},
        **names,
    }
