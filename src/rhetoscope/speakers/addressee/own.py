"""The full name a speaker gives, in one of their own turns, to one of their own people
("my husband, Ernesto Castellano,"; "Harold Ashcombe, my dad."; "My grandmother's name
was Loretta Pike"): the name a description of theirs ("my late husband used to say,")
stands for, when that description alone would leave the quotation to no one a reader
can find. Two signals: the same speaker, and the same head noun set beside the name."""

from __future__ import annotations

import functools
import re

from ..names import first_name_known
from .grammar import _HEAD, _unquoted
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
    # "My grandmother was Edna Fairbanks, born 1899." (a person's name by its first word:
    # not "My father was Head Chef.")
    re.compile(_MINE + r"\s+(?:is|was)\s+" + _FULL + r"(?=\s*[,.;:])"),
)
_BY_COPULA = _NAMING[-1]


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
        for said, words, name in _namings(text, people.bodies.get(speaker, ()), speaker)
        if said == head and before <= words
    }
    names.discard(speaker)
    return names.pop() if len(names) == 1 else ""


@functools.lru_cache(maxsize=64)
def _namings(
    text: str, bodies: tuple[tuple[int, int], ...], speaker: str
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
        if pattern is not _BY_COPULA or _a_persons_name(m["name"], speaker)
    )


def _a_persons_name(name: str, speaker: str) -> bool:
    """Whether ``name``, set after "My grandmother was", is a person's: a known first name
    opens it, or it ends in ``speaker``'s surname (one's kin: "Edna Fairbanks" of Cyril
    Fairbanks's); not "Head Chef"."""
    words = name.split()
    return first_name_known(words[0].lower()) or words[-1] == speaker.split()[-1]


@functools.lru_cache(maxsize=64)
def named_description(text: str, description: str) -> str:
    """The one full name ``text`` sets in apposition with ``description``, a definite
    description the cue gives ("the club secretary": "Mr. Graham Whitely, the club
    secretary," / "the club secretary, Graham Whitely,"), a noun before its head, or
    that a sentence says it is ("The husband is Gabriel Roux,"); "" when none or two."""
    words = description.split()
    if len(words) < 2 or words[0] not in ("the", "The"):
        return ""
    said = r"[Tt]he\s+" + r"\s+".join(re.escape(w) for w in words[1:])
    names: set[str] = set()
    # "The husband is Gabriel Roux, for the record,", "The second officer is Arvin
    # Castillo": a sentence that says who the one so described is (a head alone too)
    if re.search(r"\b" + said + r"\s+(?:is|was)\s+[A-Z]", text):
        copula = re.compile(
            r"(?<![\w'\u2019])" + said + r"\s+(?:is|was)\s+" + _FULL + r"(?=\s*[,.;:])"
        )
        names.update(" ".join(m["name"].split()) for m in copula.finditer(text))
    if len(words) < 3:
        return names.pop() if len(names) == 1 else ""  # (apposed, "the man" is too common)
    # Each pattern is tried only where its comma beside the description is: the name
    # patterns alone would be tried at every capital of a long transcript (5 ms a call).
    if re.search(r",\s+" + said + r"(?![\w'\u2019])", text):
        after = re.compile(r"(?<![\w'\u2019])" + _FULL + r",\s+" + said + r"(?![\w'\u2019])")
        names.update(" ".join(m["name"].split()) for m in after.finditer(text))
    if re.search(r"\b" + said + r",", text):
        before = re.compile(r"\b" + said + r",\s+" + _FULL + r"(?=\s*[,.;:])")
        names.update(" ".join(m["name"].split()) for m in before.finditer(text))
    return names.pop() if len(names) == 1 else ""


# A sentence that names the one just quoted: "Her name was Hildegard Schultz.", "That's
# Sergeant Rick Paulsen, who", "That was Bill Tregarthen, some of you knew him." (not
# "That was Tom Hale's rule": a possessive names a thing of theirs).
_NAMED_AFTER = re.compile(
    r"(?:(?P<pronoun>[Hh]er|[Hh]is)\s+name(?:['\u2019]s|\s+is|\s+was)"
    r"|(?:That|This)(?:['\u2019]s|\s+is|\s+was))\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})"
    r"(?=\s*[,.;!])"
)
# A role set after the name: "That's Marty Beaulieu, the head coach".
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an|my|our|his|her)\s+(?P<role>[^,.;]{1,40})")
# Where a sentence ends: the next one may name the one just quoted.
_SENTENCE_BREAK = re.compile(r"(?<=[.?!])[\"'\u201d\u2019]?\s+")
_AFTER_SENTENCES = 3  # sentences after the quotation in which it may be named
# A quotation that speaks of a third person ("Look, it's him!", "Don't trust that man.",
# "Look who's here!"): a name right after it may be that person's, not its speaker's.
_SPEAKS_OF = re.compile(
    r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]ers|[Ww]ho|[Ww]hom|[Ww]hose"
    rf"|{_HEAD}|author|writer|client|guest|patient|visitor)\b"
)


def named_after(
    text: str, start: int, end: int, stop: int, head: str, female: bool | None
) -> tuple[str, bool]:
    """The full name a sentence among the few right after a quotation at ``start:end`` (before
    ``stop``, the turn's end) gives its speaker, a person described by ``head``, and
    whether a "her name" or "his name" gave it; ("", False) when none, or when another
    person of that kind, or anyone named, comes first ("My mother said, '...' My father
    was a miner. His name was Tom Hale": not hers), or a "her" names one ``female`` is
    not, or the name is in the quotation (the one it speaks of)."""
    if _SPEAKS_OF.search(text, start, end):
        return "", False  # ('"Look, it's him!" That was Tom Hanks': the one pointed at)
    window = text[end:stop]
    for sentence in _SENTENCE_BREAK.split(window, maxsplit=_AFTER_SENTENCES)[:_AFTER_SENTENCES]:
        sentence = sentence.strip().lstrip("\"'\u201d\u2019 ")
        m = _NAMED_AFTER.match(sentence)
        if m:
            said = m["pronoun"]
            role = _ROLE_AFTER.match(sentence, m.end())
            if role and head not in role["role"].split():
                return "", False  # ("That's Ruth Westheimer, the therapist": no mother)
            if m["name"].split()[-1] in text[start:end]:
                return "", False  # ("'Listen to Dr. Ruth.' That's Ruth Westheimer": named in it)
            if said and female is not None and (said.lower() == "her") != female:
                return "", False
            return " ".join(m["name"].split()), bool(said)
        spoken = _unquoted(sentence)
        words = set(re.findall(r"[a-z]+", spoken))
        if head in words or re.search(r"(?<=[a-z,;] )[A-Z][a-z]+", spoken):
            return "", False  # someone else comes first
    return "", False
