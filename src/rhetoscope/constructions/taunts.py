"""The other side's expectation that the speaker will yield, mocked in a question (defiance):
"You think I'm going to change?", "They think we'll fold by Friday?", "Did management
really think we'd just fold after one week?". A question, counted though it is one (as
"How'd that work out?"): its answer, no, is the speaker's refusal."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from .shared import _PLAIN_SUBJECTS, CLAUSE_ENDS, GIVING_WAY, OPEN_QUOTES, _covered, _merged

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()

# 1.21.0 (second part). The expecter is another (not "I" or "we"); the expected is the
# speaker's side ("I", "we") in a future ("I'm going to", "we'll", "we'd") or giving way
# ("you think I'm scared of...?"). A question asked in the do-form with no "really" ("Do
# you think we'll win?") is a sincere one unless what is expected is a give-way.
EXPECTATION_MOCKED = Entry(
    "you think we'll fold?", ("you", "think", "...", "?"), "defiance", 1.0, "defiance"
)
_EXPECTING = frozenset("think thinks thought expect expects expected believe believes".split())
_INCREDULOUS = frozenset("really honestly seriously actually".split())
_DO = frozenset({"do", "did", "does"})
_LEADS = frozenset({"so", "and", "oh", "what", ",", "now", "well"})
_FUTURES = frozenset({"'ll", "will", "'d", "would", "gonna"})
_GOING = frozenset({"'m", "am", "'re", "are"})
_REACH = 25
_CLOSING_QUOTES = frozenset(OPEN_QUOTES.values())


def _future_after(norms: Sequence[str], k: int) -> bool:
    """Whether the subject at ``k`` is followed by a future: "I'll", "we'd", "I'm going
    to", "we're gonna"."""
    after = norms[k + 1 : k + 4]
    if after[:1] and after[0] in _FUTURES:
        return True
    return len(after) >= 2 and after[0] in _GOING and after[1] in ("going", "gonna")


def _expectation_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``EXPECTATION_MOCKED`` hit when the sentence is a question
    of another's expectation that the speaker will yield."""
    end = len(norms)
    while end > 1 and norms[end - 1] in _CLOSING_QUOTES:
        end -= 1  # '"You think I'm going to change?"'
    if norms[end - 1] != "?" or end > _REACH:
        return stance
    s = 0
    while s < end and (norms[s] in _LEADS or norms[s] in OPEN_QUOTES):
        s += 1
    asked = s < len(norms) and norms[s] in _DO
    e = s + 1 + asked  # the expecter at s (+ 1 after "do"), one word: "you", "they", "management"
    while e < len(norms) and norms[e] not in _EXPECTING:
        if norms[e] in CLAUSE_ENDS or e - s > 4:
            return stance
        e += 1
    expecter = norms[s + asked : e]
    if e >= len(norms) or not expecter or not _PLAIN_SUBJECTS.isdisjoint(expecter):
        return stance
    k = e + 1 + (e + 1 < len(norms) and norms[e + 1] == "that")
    if k >= len(norms) or norms[k] not in _PLAIN_SUBJECTS:
        return stance
    gives_way = any(h.first > k and x.category in GIVING_WAY for h in stance for x in h.entries)
    incredulous = not _INCREDULOUS.isdisjoint(expecter)
    if not (gives_way or ((incredulous or not asked) and _future_after(norms, k))):
        return stance
    if not _covered(stance).isdisjoint(range(s, e + 1)):
        return stance
    return _merged(stance, [Hit(s, e + 1, (EXPECTATION_MOCKED,))])


RULE_KEYS += tuple((w,) for w in sorted(_EXPECTING))
