"""The other side's expectation that the speaker will yield, mocked in a question (defiance):
"You think I'm going to change?", "They think we'll fold by Friday?", "Did management
really think we'd just fold after one week?". A question, counted though it is one (as
"How'd that work out?"): its answer, no, is the speaker's refusal."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import FIRST_PERSON
from .shared import CLAUSE_ENDS, OPEN_QUOTES, _covered, _gives_way, _merged

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()

# 1.21.0 (second part). The expecter is another (not "I" or "we"); the expected is the
# speaker's side ("I", "we") giving way: a hit of giving way ("you think I'm scared of
# ...?") or a future of a verb of yielding ("I'm going to change", "we'd just fold"). A
# future alone is a sincere question ("You think we'll be done by Friday?", "Do you
# really think I'll get the job?": review rvdefy #1).
EXPECTATION_MOCKED = Entry(
    "you think we'll fold?", ("you", "think", "...", "?"), "defiance", 1.0, "defiance"
)
_EXPECTING = frozenset("think thinks thought expect expects expected believe believes".split())
_DO = frozenset({"do", "did", "does"})
_LEADS = frozenset({"so", "and", "oh", "what", ",", "now", "well"})
_FUTURES = frozenset({"'ll", "will", "'d", "would", "gonna"})
_GOING = frozenset({"'m", "am", "'re", "are"})
_REACH = 25
_CLOSING_QUOTES = frozenset(OPEN_QUOTES.values())
# What yielding the other side expects: "fold", "change", "cave", "quit", a verb with its
# particle ("back down", "give up", "go home", "walk away"); "afraid" / "intimidated"
# as the lexicon's "scared" (a give-way hit of its own).
_YIELDING = frozenset(
    "fold change cave quit budge blink bow surrender resign retreat relent afraid "
    "intimidated".split()
)
_YIELDING_PARTICLES = {
    "back": frozenset({"down", "off"}),
    "give": frozenset({"up", "in"}),
    "go": frozenset({"home", "away"}),
    "walk": frozenset({"away"}),
    "roll": frozenset({"over"}),
    "step": frozenset({"down", "aside"}),
    "stand": frozenset({"down"}),
}
_YIELD_FILLERS = frozenset("just simply suddenly really to going gonna be 'm 're am are".split())


def _yielding_after(norms: Sequence[str], k: int, end: int) -> bool:
    """Whether the subject at ``k`` is followed by a future of yielding ("I'll fold",
    "we'd just give up", "I'm going to change") or by "afraid" ("I'm afraid of him")."""
    j = k + 1
    future = j < end and norms[j] in _FUTURES
    j += future
    going = not future and j + 1 < end and norms[j] in _GOING
    if going and norms[j + 1] in ("going", "gonna"):
        future = True
    while j < end and norms[j] in _YIELD_FILLERS:
        j += 1
    if j >= end:
        return False
    if norms[j] in ("afraid", "intimidated"):
        return going or norms[k + 1 : k + 2] in (["'m"], ["'re"], ["am"], ["are"])
    if norms[j] in _YIELDING_PARTICLES:
        return future and j + 1 < end and norms[j + 1] in _YIELDING_PARTICLES[norms[j]]
    return future and norms[j] in _YIELDING


def _expectation_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``EXPECTATION_MOCKED`` hit when the sentence is a question
    of another's expectation that the speaker will yield."""
    end = len(norms)
    while end > 1 and norms[end - 1] in _CLOSING_QUOTES:
        end -= 1  # '"You think I'm going to change?"'
    s = 0
    while s < end and (norms[s] in _LEADS or norms[s] in OPEN_QUOTES):
        s += 1
    if norms[end - 1] != "?" or end - s > _REACH:
        return stance
    asked = norms[s] in _DO
    e = s + 1 + asked  # the expecter at s (+ 1 after "do"), one word: "you", "they", "management"
    while e < end and norms[e] not in _EXPECTING:
        if norms[e] in CLAUSE_ENDS or e - s > 4:
            return stance
        e += 1
    expecter = norms[s + asked : e]
    if e >= end or not expecter or not FIRST_PERSON.isdisjoint(expecter):
        return stance
    k = e + 1 + (e + 1 < end and norms[e + 1] == "that")
    if k >= end or norms[k] not in FIRST_PERSON:
        return stance
    gives_way = any(h.first > k and _gives_way(h) for h in stance)
    if not (gives_way or _yielding_after(norms, k, end)):
        return stance
    if not _covered(stance).isdisjoint(range(s, e + 1)):
        return stance
    return _merged(stance, [Hit(s, e + 1, (EXPECTATION_MOCKED,))])


RULE_KEYS += tuple((w,) for w in sorted(_EXPECTING))
