"""Reported speech: a stance someone else is said to hold is not the speaker's.

"The union says we will cave" reports the union's claim; "cave" is not the speaker's
concession. A clause is reported when a reporting verb (says, claims, thinks, ...)
has a third-person subject (a name, he/she/they, "the union", "my lawyers") and the
clause runs on after it; it ends at clause punctuation or a contrastive conjunction.
First-person reports ("I said we will win", "we believe") are the speaker's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Token

# Verbs of saying and believing; not "suggest" or "expect", whose clause is often the
# speaker's own hedge ("the figures suggest that...").
REPORTING_VERBS = frozenset(
    (
        "says say said claims claim claimed thinks think thought believes believe believed "
        "argues argue argued insists insist insisted predicts predict predicted alleges "
        "allege alleged told tells warns warned"
    ).split()
)
_THIRD_PERSON = frozenset("he she they who someone others critics everyone".split())
_FIRST_PERSON = frozenset("i we i'm we're".split())
_ADVERBS = frozenset("also still now often always repeatedly once again then never even".split())
_DETERMINERS = frozenset("the my our his her their some many a an".split())
_CLAUSE_END = frozenset({";", ".", "!", "?", ":", "but", "however", "yet", "\u2014", "--"})


def reported_tokens(tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of the tokens inside clauses reported from a third person."""
    norms = [t.norm for t in tokens]
    inside: set[int] = set()
    for i, norm in enumerate(norms):
        if norm not in REPORTING_VERBS or not _third_person_subject(tokens, i):
            continue
        j = i + 1
        while j < len(norms) and norms[j] not in _CLAUSE_END:
            inside.add(j)
            j += 1
    return frozenset(inside)


def _third_person_subject(tokens: Sequence[Token], verb: int) -> bool:
    k = verb - 1
    while k >= 0 and tokens[k].norm in _ADVERBS:
        k -= 1
    if k < 0:
        return False
    norm, text = tokens[k].norm, tokens[k].text
    if norm in _FIRST_PERSON or norm == "you":
        return False
    if norm in _THIRD_PERSON:
        return True
    if k >= 1 and tokens[k - 1].norm in _DETERMINERS and text.isalpha():
        return True  # "the union says", "my lawyers say"
    return text[:1].isupper() and text.isalpha() and k > 0  # "Osei says" (not sentence-initial)
