"""The other side said not to grasp the matter (defiance.tsv, 1.23.0) when the words say
something else: a skill or a thing not understood, a task not got done, a condition.

"He just doesn't understand how the borders work", "She does not understand our farm
economy", "He still doesn't get it." belittle an opponent's grasp of the matter at hand;
"He doesn't understand French, so his sister translated", "she doesn't understand
smartphones" describe a person, "The governor doesn't get it done by Friday" a task, and
"If the senator does not understand the bill, he should ask" a condition. A jab names
its matter with a clause or a determined phrase (how, what, that, the, our...) or leaves
it implied (the sentence or clause ends); a bare noun after "understand" is a skill or a
thing, and a word after "get it" makes it a task ("get it done / right / back").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import CONDITIONS

_NEGATORS = frozenset({"n't", "not"})
# What opens the matter of a jab after "understand": a question word, "that", a
# determiner or a possessive ("how the borders work", "the basic requirements", "our
# farm economy", "this"), a pronoun standing for the matter ("it", "anything").
_MATTER_OPENERS = frozenset(
    (
        "how what why where who whom whether when that this these those the our my your "
        "their his her its a an it anything something everything any some much enough "
        "either one me us you him them people"
    ).split()
)
# What a person plainly does not follow, in court or a form ("He doesn't understand the
# question, Your Honour", "the charges against him", "a word of German"): no jab.
_LITERAL = frozenset(
    "question questions charge charges terms instructions language word words form".split()
)
# What ends the clause with the matter implied ("He doesn't understand.", "He just
# doesn't get it, and he never will").
_CLAUSE_ENDS = frozenset(". ! ? , ; : -- — ) and but or because".split())
# "get it" made a task or a thing obtained by the word after it.
_TASKS = frozenset(
    (
        "done right wrong back fixed through passed in out off up down over together "
        "working started finished there open ready to from for by"
    ).split()
)
# A condition or a habit ("If he doesn't understand the bill", "When she doesn't get it,
# she asks"): a case considered, not a charge.
_CASES = CONDITIONS | {"when", "whenever"}
_SKILL = "a skill, a thing or plain words not understood, no jab at the other side"
_TASK = "a task or a thing not got, no jab at the other side"
_CASE = "a case considered (if, when), no jab at the other side"


def _kind(entry: Entry) -> str:
    """ "understand" or "get" for an entry of the family, else ""."""
    units = entry.tokens
    if len(units) >= 3 and units[-1] == "understand" and units[-2] in _NEGATORS:
        return "understand"
    if len(units) >= 4 and units[-2:] == ("get", "it") and units[-3] in _NEGATORS:
        return "get"
    return ""


def no_jab(norms: Sequence[str], hit: Hit, entry: Entry) -> str:
    """Why a defiance hit of the not-grasping family is no jab, or "" (see above)."""
    kind = _kind(entry)
    if not kind:
        return ""
    if hit.first and norms[hit.first - 1] in _CASES:
        return _CASE
    if hit.last >= len(norms):
        return ""
    after = norms[hit.last]
    if kind == "understand":
        if after in _CLAUSE_ENDS:
            return ""
        literal = hit.last + 1 < len(norms) and norms[hit.last + 1] in _LITERAL
        return _SKILL if after not in _MATTER_OPENERS or literal else ""
    return _TASK if after in _TASKS else ""
