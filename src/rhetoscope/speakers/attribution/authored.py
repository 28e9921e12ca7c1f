"""Writings as speakers: "the letter said" is the one the text says wrote the letter
("A letter he had written was read aloud", "a memo sent to employees by Chief
Executive Dana Whitford"); a writing whose author the text does not give speaks as
written ("the letter").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .document import _Doc
from .grammar import _S, _Lazy
from .pronouns import _antecedent

_WRITINGS = "memo|memorandum|letter|note|e-?mail|message|post|essay|column|op-ed|statement"
# A writing as a whole cue subject: "the letter", "a memo", "The memo".
_WRITING = _Lazy(
    rf"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat){_S}+(?:[\w\-]+{_S}+){{0,2}}?(?P<noun>{_WRITINGS})"
)
# Who wrote it, right after the writing: "a memo sent to employees by Chief Executive
# Dana Whitford", "a letter from Ms. Lee", "a letter he had written", "a note Lee wrote".
_AUTHORED = _Lazy(
    rf"(?P<noun>{_WRITINGS})\b(?:"
    rf"{_S}+(?:that{_S}+)?(?P<pronoun>he|she){_S}+(?:had{_S}+)?(?:written|wrote|sent|signed)\b"
    rf"|[^.;:\"\u201c\u201d\n]{{0,60}}?\b(?:written|sent|signed|posted|issued|drafted)"
    rf"(?:{_S}+(?!(?:was|were|is|are|been|being)\b)[a-z]+){{0,3}}?{_S}+by{_S}+"
    rf"|{_S}+from{_S}+"
    rf")"
)
_WRITING_REACH = 1500  # characters back a writing's author may have been given


def _writing_author(doc: _Doc, description: str, offset: int) -> str:
    """The author of the writing ``description`` at ``offset`` names, when the text says
    who wrote it, at that writing ("a memo sent by Dana Whitford") or, for "the memo",
    where it introduced one of the same kind before; "" otherwise."""
    m = _WRITING.fullmatch(" ".join(description.split()))
    if m is None:
        return ""
    noun = m["noun"].lower()
    here = _AUTHORED.match(doc.text, offset + description.rfind(m["noun"]))
    if here is not None:
        return _author(doc, here)
    lo = max(0, offset - _WRITING_REACH)
    last = None
    for found in _AUTHORED.finditer(doc.text, lo, offset):
        if found["noun"].lower() == noun:
            last = found
    return _author(doc, last) if last is not None else ""


def _author(doc: _Doc, m: re.Match[str]) -> str:
    if m["pronoun"]:
        person = _antecedent(doc, m.start("pronoun"), m["pronoun"])
        return doc.names.name_of(person) if person is not None else ""
    # the first person named after "by" or "from", a title or a role between them
    # ("by Chief Executive Dana Whitford")
    i = bisect_left(doc.starts, m.end())
    if i < len(doc.starts) and _ROLE_BEFORE.fullmatch(doc.text, m.end(), doc.starts[i]):
        return doc.names.name_of(doc.names.mentions[i])
    return ""


_ROLE_BEFORE = _Lazy(rf"(?:(?:the|its|[A-Z][\w\-.]*|[a-z]+){_S}+){{0,4}}")
