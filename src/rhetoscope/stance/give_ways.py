"""Give-ways that are not the speaker's own: one demanded of the other side ("until the
ministry backs down"), one negated inside a condition ("if we don't come clean"), one
predicted of the speaker's side and rebutted, and another's act aimed at the speaker."""

from __future__ import annotations

from collections.abc import Sequence

from ..constructions import CLAUSE_ENDS
from ..lexicon import Entry
from ..matcher import Hit
from ..negation import CONDITIONS, FUTURE
from .shared import _OUR_SIDE

# What may stand between *if* and its negator: "if we don't", "if the states can't",
# "if Iran has not". The subject is one pronoun or up to three other words: "If we lose
# we will never give up" has a clause of its own before the negator's.
_CONDITION_AUX = frozenset(
    "do does did have has had can could will would should shall is are was were am "
    "'s 're 'm 've wo ca".split()
)
_CONDITION_PRONOUNS = frozenset("i we you they he she it".split())
_CONDITION_SUBJECT = 3


def _conditioned(norms: Sequence[str], negators: range) -> bool:
    """Whether a negator opens an *if* clause, right after *if* and its subject ("if we
    don't come clean", "unless the states can't"): the give-way it negates is a
    condition, not refused."""
    i = min(negators, default=0) - 1
    while i >= 0 and norms[i] in _CONDITION_AUX:
        i -= 1
    if i >= 0 and norms[i] in _CONDITION_PRONOUNS:
        return i >= 1 and norms[i - 1] in CONDITIONS
    start = i
    while i >= 0 and start - i < _CONDITION_SUBJECT and norms[i].isalpha():
        if norms[i] in CONDITIONS:
            return i < start
        if norms[i] in _CONDITION_PRONOUNS:
            return False
        i -= 1
    return i >= 0 and i < start and norms[i] in CONDITIONS


_UNTIL = frozenset({"until", "till", "unless"})
_STAND_CUES = FUTURE | {"not", "n't", "never", "no"}
_UNTIL_REACH = 6
_ONLY_WHEN = frozenset({("only", "when"), ("only", "if"), ("only", "after"), ("not", "until")})


def _held_out(norms: Sequence[str], hit: Hit) -> int | None:
    """Where a give-way is made a condition on the other side, or None: after "until"
    or "unless" with another subject ("until the ministry backs down": the position of
    "until"), or followed in its clause by "only when", "only if", "not until" ("we will
    lay down our arms only when they leave": the position of the hit)."""
    j = hit.first - 1
    while j >= 0 and norms[j] not in CLAUSE_ENDS:
        if norms[j] in _UNTIL:
            between = range(j + 1, hit.first)
            if any(norms[i] in _OUR_SIDE for i in between) or not 0 < len(between) < _UNTIL_REACH:
                return None
            # a stand to come, not a narrative ("we waited until they withdrew")
            return j if any(norms[i] in _STAND_CUES for i in range(j)) else None
        j -= 1
    k = hit.last
    while k + 1 < len(norms) and norms[k] not in CLAUSE_ENDS:
        if (norms[k], norms[k + 1]) in _ONLY_WHEN:
            return hit.first
        k += 1
    return None


_SUBJECTS = _OUR_SIDE | {"you", "they", "he", "she", "it"}
_REBUTTAL_BREAKS = frozenset({";", ".", "!", "?", ":", "but", "\u2014", "--"})


def _at_us(entry: Entry) -> bool:
    """Whether a defiance entry has the speaker as its object ("misjudged us",
    "underestimate me"): another's act, but the speaker's stance."""
    return entry.category == "defiance" and any(u in ("us", "me") for u in entry.tokens)


def _predicted_of_us(norms: Sequence[str], hit: Hit) -> bool:
    """Whether a give-way's subject is the speaker's side ("they say we will cave",
    "they think we're finished")."""
    if norms[hit.first] in _OUR_SIDE:
        return True
    start = hit.first
    while start > 0 and norms[start - 1] not in _REBUTTAL_BREAKS | _SUBJECTS:
        start -= 1
    return start > 0 and norms[start - 1] in _OUR_SIDE


def _rebutted(norms: Sequence[str], stance: list[Hit], k: int) -> bool:
    """Whether concession hit ``k``, inside a reported clause, is a give-way that
    someone predicts of the speaker's side ("we") and that a later clause rebuts with a
    defiance entry ("they are mistaken", "they don't know us")."""
    hit = stance[k]
    if not _predicted_of_us(norms, hit):
        return False
    return any(
        e.category == "defiance"
        and any(norms[i] in _REBUTTAL_BREAKS for i in range(hit.last - 1, later.first))
        for later in stance[k + 1 :]
        for e in later.entries
    )


# 1.23.0: a give-way the speaker's side would bring another to ("get Iran to recognize
# it needs to give up its nuclear program", "convince the mullahs to abandon their
# ambitions", "we've been unable to persuade him to withdraw"): the other side's
# concession sought, not the speaker's. A verb of causing or asking, then its object
# (not "us" or "me": "they pressured us to back down" is ours; not "a choice", "ready"),
# then "to" and the give-way, in one clause.
_URGING = frozenset(
    (
        "get gets got getting make makes made making force forces forced forcing persuade "
        "persuades persuaded persuading convince convinces convinced convincing pressure "
        "pressures pressured pressuring push pushes pushed pushing urge urges urged urging "
        "compel compels compelled compelling press presses pressed pressing encourage "
        "encourages encouraged encouraging"
    ).split()
)
_OUR_OBJECTS = frozenset({"us", "me", "ourselves", "myself"})
_URGING_REACH = 8
_OWN_TO = frozenset({"ought", "used"})
# Not another's object but the speaker's own course: "got to give up" (no object), "make
# a choice to compromise", "get ready to withdraw", "made up our minds to".
_NOT_OBJECTS = frozenset("a an ready together up out around back on going sure".split())


def _urged_on_another(norms: Sequence[str], hit: Hit) -> bool:
    """Whether the give-way at ``hit`` follows "to" after a verb of urging and another's
    object in its clause ("get other countries to give up their weapons")."""
    if hit.first < 3 or norms[hit.first - 1] != "to" or norms[hit.first - 2] in _OWN_TO:
        return False  # (the "to" of a modal: "promises like that ought to be ignored")
    for c in range(hit.first - 3, max(-1, hit.first - 2 - _URGING_REACH), -1):
        if norms[c] in CLAUSE_ENDS:
            return False
        if norms[c] in _URGING:
            between = norms[c + 1 : hit.first - 1]
            return (
                bool(between)
                and between[0] not in _NOT_OBJECTS
                and _OUR_OBJECTS.isdisjoint(between)
            )
    return False
