"""The full name a speaker gives, in one of their own turns, to one of their own people
("my husband, Ernesto Castellano,"; "Harold Ashcombe, my dad."; "My grandmother's name
was Loretta Pike"): the name a description of theirs ("my late husband used to say,")
stands for, when that description alone would leave the quotation to no one a reader
can find. Two signals: the same speaker, and the same head noun set beside the name."""

from __future__ import annotations

import functools
import re

from .people import Participants

# Words that stand for the same relation ("my dad" is "my father").
_SAME_AS = {
    "dad": "father",
    "daddy": "father",
    "papa": "father",
    "mom": "mother",
    "mum": "mother",
    "mommy": "mother",
    "mummy": "mother",
    "mama": "mother",
    "gran": "grandmother",
    "granny": "grandmother",
    "grandma": "grandmother",
    "nana": "grandmother",
    "grandpa": "grandfather",
    "granddad": "grandfather",
    "grandad": "grandfather",
}
# A description's words after its head: "my supervisor in Vienna", "my old teacher at
# the Royal Academy", "my son, who".
_AFTER_HEAD = frozenset("in at from of on who whom that with back".split())
# Lower-case words between "my" and the head: "my late husband", "my own teacher".
_BEFORE = r"(?:(?:late|own|old|first|dear|former|older|younger|eldest|oldest|youngest)\s+)?"
# Words before the head that set one apart from the one named without them.
_NOT_THE_SAME = frozenset("first former older younger eldest oldest youngest".split())
# A full name, two or three capitalised words on one line, an honorific before it.
_FULL = (
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?[^\S\n]+)?"
    r"(?P<name>[A-Z][a-z][\w\-]*(?:[^\S\n]+[A-Z][a-z][\w\-]*){1,2})"
)
_MINE = r"\b(?:[Mm]y|[Oo]ur)\s+" + _BEFORE + r"(?P<head>[a-z]+)"
_NAMING = (
    # "my husband, Ernesto Castellano," / "Our son, Paul Castellano, helped"
    re.compile(_MINE + r",[^\S\n]+" + _FULL + r"(?=\s*[,.;:]|\s+and\b)"),
    # "Harold Ashcombe, my dad." / "Ursula Brenner, my supervisor, would say"
    re.compile(r"(?<![\w'\u2019])" + _FULL + r",\s+" + _MINE + r"(?![\w'\u2019])(?=\s*[,.;:])"),
    # "My grandmother's name was Loretta Pike"
    re.compile(_MINE + r"['\u2019]s\s+name\s+(?:is|was)\s+" + _FULL + r"(?=\s*[,.;:])"),
)


def _head(description: str) -> str:
    """The relation a description names ("late husband" -> "husband", "supervisor in
    Vienna" -> "supervisor", "dad" -> "father")."""
    words = []
    for word in description.lower().replace(",", " ").split():
        if word in _AFTER_HEAD:
            break
        words.append(word)
    head = words[-1] if words else ""
    return _SAME_AS.get(head, head)


def own_named(text: str, people: Participants, speaker: str, description: str) -> str:
    """The one full name ``speaker`` sets beside "my" + the head of ``description`` in
    any of their turns; "" when there is none, or more than one (two sons)."""
    head = _head(description)
    if not head:
        return ""
    # ("my first husband" is not "my husband, Tom Reid,": one before, or one of several)
    before = set(description.lower().split()) & _NOT_THE_SAME
    names = {
        name
        for said, words, name in _namings(text, people.bodies.get(speaker, ()))
        if said == head and before <= words
    }
    names.discard(speaker)
    return names.pop() if len(names) == 1 else ""


@functools.lru_cache(maxsize=64)
def _namings(
    text: str, bodies: tuple[tuple[int, int], ...]
) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Every "my" + relation set beside a full name in the turns at ``bodies``: (the
    relation, the naming's words in lower case, the name). Read once per speaker and
    text: each of their "my ..." quotations asks, and reading every turn again for each
    was quadratic."""
    return tuple(
        (
            _SAME_AS.get(m["head"], m["head"]),
            frozenset(m.group().lower().split()),
            " ".join(m["name"].split()),
        )
        for start, end in bodies
        for pattern in _NAMING
        for m in pattern.finditer(text, start, end)
    )


@functools.lru_cache(maxsize=64)
def named_description(text: str, description: str) -> str:
    """The one full name ``text`` sets in apposition with ``description``, a definite
    description the cue gives ("the club secretary": "Mr. Graham Whitely, the club
    secretary," / "the club secretary, Graham Whitely,"), a noun before its head; ""
    when none or two."""
    words = description.split()
    if len(words) < 3 or words[0] not in ("the", "The"):
        return ""  # (a head alone, "the man", is too common to stand for one name)
    said = r"[Tt]he\s+" + r"\s+".join(re.escape(w) for w in words[1:])
    names: set[str] = set()
    # Each pattern is tried only where its comma beside the description is: the name
    # patterns alone would be tried at every capital of a long transcript (5 ms a call).
    if re.search(r",\s+" + said + r"(?![\w'\u2019])", text):
        after = re.compile(r"(?<![\w'\u2019])" + _FULL + r",\s+" + said + r"(?![\w'\u2019])")
        names.update(" ".join(m["name"].split()) for m in after.finditer(text))
    if re.search(r"\b" + said + r",", text):
        before = re.compile(r"\b" + said + r",\s+" + _FULL + r"(?=\s*[,.;:])")
        names.update(" ".join(m["name"].split()) for m in before.finditer(text))
    return names.pop() if len(names) == 1 else ""
