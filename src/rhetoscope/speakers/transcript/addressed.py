"""A one-person role named by how the others address it.

A radio interview's transcript labels its host "HOST:" and names the programme in its
header ("MORNINGS WITH PETE CALLAGHAN"); the guest and the callers answer the host by
given name ("Good morning, Pete, ...", "G'day Pete, ..."). A role one person holds
(``roles._ONE_PERSON``) is the one full name of the introduction with the given name its
answerers address it by, at least twice and no other name so, that no other label has.
A meeting's export numbers a speaker it could not name ("Speaker 1"); the one who
answers its question by name ("How much wider?" / "Good question, Ines.") names it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from ..fullnames import lower_words
from ..names import FUNCTION_WORDS, NOT_NAME_WORDS, TITLES
from .roles import _NUMBERED_SPEAKER, _ONE_PERSON
from .shared import _S, _Label

# A given name said to someone at a reply's start: after a greeting or a comma, before a
# comma or a sentence's end ("Good morning, Pete, and ...", "G'day Pete, g'day ...")
_VOCATIVE = re.compile(
    rf"(?:,{_S}*|\b(?i:morning|evening|afternoon|hi|hello|hey|g['\u2019]day|thanks|thank{_S}+you)"
    rf",?{_S}+)(?P<who>[A-Z][a-z]+)(?=[,.!?])"
)
_REPLY_REACH = 60  # characters of a reply where it addresses the one it answers
_ADDRESSED_MIN = 2  # replies: one may address someone else
# A full name in the introduction, in Title Case or in capitals ("PETE CALLAGHAN"), every
# pair of words read ("WITH PETE CALLAGHAN": "WITH PETE", "PETE CALLAGHAN")
_FULL = re.compile(
    r"\b(?=(?P<given>[A-Z][a-z]+|[A-Z]{2,})[^\S\n]+(?P<surname>[A-Z][a-z]+|[A-Z]{2,})\b)"
)


def named_by_address(
    text: str, spoken: Sequence[_Label], names: dict[str, str], intro: str
) -> dict[str, str]:
    """Role label -> the full name the introduction gives the given name its answerers
    address it by; ``spoken``: the speaking labels in order, ``names``: each label's
    name so far."""
    ends = [*(label.start for label in spoken[1:]), len(text)]
    said = [text[label.end : end] for label, end in zip(spoken, ends, strict=True)]
    addressed: dict[str, Counter[str]] = {}
    for (role, _), (answer, words) in pairwise(zip(spoken, said, strict=True)):
        plain = role.name.lower().removeprefix("the ")
        if answer.name == role.name or names.get(role.name) != role.name:
            continue
        if plain not in _ONE_PERSON:
            continue
        for m in _VOCATIVE.finditer(words[:_REPLY_REACH]):
            addressed.setdefault(role.name, Counter())[m["who"]] += 1
    if not addressed:  # (no role addressed: nothing below to look up)
        return {}
    taken = {w for name in names.values() for w in name.lower().split()}
    # (a title or a word the text writes in lower case is no one's given name or surname:
    # "Thank you, Minister", "MINISTER FOR ROADS")
    common = lower_words(text) | TITLES | _ONE_PERSON | FUNCTION_WORDS | NOT_NAME_WORDS
    out: dict[str, str] = {}
    for role, counts in addressed.items():
        given, times = counts.most_common(1)[0]
        if times < _ADDRESSED_MIN or given.lower() in taken or given.lower() in common:
            continue
        found = {
            f"{m['given'].title()} {m['surname'].title()}"
            for m in _FULL.finditer(intro)
            if m["given"].lower() == given.lower()
            and m["surname"].lower() not in common
            and not _mentioned(intro, m)
        }
        if len(found) == 1:
            out[role] = found.pop()
    return out


# A name the introduction only talks about: titled ("Prime Minister Mark Carney") or a
# possessor ("Mark Carney's first budget"), not the host who presents the programme
_TITLED_BEFORE = re.compile(r"([A-Za-z]+)[^\S\n]+$")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def _mentioned(intro: str, m: re.Match[str]) -> bool:
    before = _TITLED_BEFORE.search(intro, 0, m.start())
    return bool(
        (before and before[1].lower() in TITLES) or _POSSESSIVE_AFTER.match(intro, m.end("surname"))
    )


# A reply taking the question up and naming the one who asked it, at its start: "Good
# question, Ines.", "Thanks, Ines."; not "Well, Marta, you did": a third person asked on
_QUESTION_TAKEN = re.compile(
    rf"\s*(?:(?i:a{_S}+)?(?i:good|great|fair|excellent|interesting|tough){_S}+"
    rf"(?i:question|point)|(?i:thanks|thank{_S}+you)(?:{_S}+(?i:for{_S}+asking))?)"
    rf",{_S}*(?P<who>[A-Z][a-z]+)(?=[,.!?])"
)


def numbered_by_address(
    order: Sequence[tuple[str, str]], names: dict[str, str], common: frozenset[str]
) -> dict[str, str]:
    """Numbered speaker ("Speaker 1") -> the given name the next speaker answers its
    question with ("How much wider does it need to be?" / "Good question, Ines. Dana?"):
    two signals, the question and the name said back as the reply takes it up; every such
    reply the same name, no other label's and no word the text writes in lower case
    (``common``). ``order``: (label, turn) in the text's order."""
    addressed: dict[str, set[str]] = {}
    for (asker, asked), (answer, words) in pairwise(order):
        if answer == asker or names.get(asker, asker) != asker:
            continue
        if not _NUMBERED_SPEAKER.fullmatch(asker) or not asked.rstrip().endswith("?"):
            continue
        if (m := _QUESTION_TAKEN.match(words)) is not None:
            addressed.setdefault(asker, set()).add(m["who"])
    if not addressed:
        return {}
    taken = {w for label, name in names.items() for w in f"{label} {name}".lower().split()}
    common = common | TITLES | _ONE_PERSON | FUNCTION_WORDS | NOT_NAME_WORDS
    found = {
        label: next(iter(who))
        for label, who in addressed.items()
        if len(who) == 1
        and next(iter(who)).lower() not in taken
        and next(iter(who)).lower() not in common
    }
    given = Counter(found.values())
    return {label: who for label, who in found.items() if given[who] == 1}
