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
    if last is None:
        return ""
    # ... unless another writing of that kind came after it ("Last week a second letter
    # arrived, this one unsigned")
    for found in _INTRODUCED.finditer(doc.text, last.end(), offset):
        if found["noun"].lower() == noun:
            return ""
    return _author(doc, last)


def _author(doc: _Doc, m: re.Match[str]) -> str:
    if m["pronoun"]:
        person = _antecedent(doc, m.start("pronoun"), m["pronoun"])
        return doc.names.name_of(person) if person is not None else ""
    # the first person named after "by" or "from", a title or a role between them
    # ("by Chief Executive Dana Whitford")
    i = bisect_left(doc.starts, m.end())
    if i < len(doc.starts) and _ROLE_BEFORE.fullmatch(doc.text, m.end(), doc.starts[i]):
        named = doc.names.mentions[i]
        if not _OWNED.match(doc.text, named.end):
            return doc.names.name_of(named)
        # "by Doyle's mother, Sandra Doyle": the one set beside whom the name owns
        beside = _OWNED_BESIDE.match(doc.text, named.end)
        if beside is not None and i + 1 < len(doc.starts) and doc.starts[i + 1] == beside.end():
            return doc.names.name_of(doc.names.mentions[i + 1])
    return ""


# A title or a role before the author's name, with no preposition: "the mother of Jenna
# Albright", "lawyers for Harlan Weiss", "an aide to Senator Greer" wrote it, not they.
_ROLE_BEFORE = _Lazy(
    rf"(?:(?:the|its|[A-Z][\w\-.]*|(?!(?:of|for|to|on|at|in|with|including|representing|"
    rf"against|about|and|or|from|by|among|like|behalf)\b)[a-z]+){_S}+){{0,4}}"
)
_OWNED = _Lazy(r"['\u2019]s\b")
_OWNED_BESIDE = _Lazy(rf"['\u2019]s(?:{_S}+[a-z]+){{1,3}},{_S}+")
# A writing introduced: "a second letter", "another memo".
_INTRODUCED = _Lazy(rf"\b(?:[Aa]n?|[Aa]nother){_S}+(?:[\w\-]+{_S}+){{0,2}}?(?P<noun>{_WRITINGS})\b")
