"""The speaker's course tied to what is to come: a plan held whatever happens ("Either
way, we're finishing it"), a plan tied to a time ("we're fixing it starting Monday"),
both resolve; and a stand held until the other side gives way ("We stay on this lawn
until the trustees divest"), defiance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import FIRST_PERSON, FUTURE, PROGRESSIVE
from ..said_relatives import SAYINGS
from .give_ways import _WITHDRAWING
from .shared import (
    _PLAIN_PROGRESSIVE,
    CLAUSE_ENDS,
    SENTENCE_MARKS,
    _covered,
    _merged,
    opens_clause,
)

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()


# 1.15.0: a plan in the progressive held whatever happens ("Either way, we're finishing
# it", "I'm making the next one anyway", "we're staying in, regardless"): the first
# person's present progressive with *either way*, *anyway* or *regardless* in its
# sentence is a commitment. Not a question, nor a progressive of perceiving or hoping
# ("we're seeing more cases either way").
REGARDLESS_COMMITTED = Entry(
    "either way, we 're ...ing", ("we", "'re", "...ing"), "resolve", 1.0, "resolve"
)
_REGARDLESS = frozenset({"either", "anyway", "regardless"})
_NOT_PLANS = frozenset(
    "seeing hoping thinking looking waiting wondering feeling getting trying guessing "
    "hearing expecting assuming saying talking asking".split()
)
_REGARDLESS_REACH = 8


def _regardless_committed_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``REGARDLESS_COMMITTED`` hit on "we're/I'm + ...ing" in a
    sentence that holds *either way*, *anyway* or *regardless*."""
    if norms[-1] == "?":
        return stance
    marks = [
        m
        for m, w in enumerate(norms)
        if (w == "either" and norms[m + 1 : m + 2] == ["way"]) or w in ("anyway", "regardless")
    ]
    taken = _covered(stance)
    for s in range(len(norms) - 2):
        if (
            norms[s] in FIRST_PERSON
            and norms[s + 1] in _PLAIN_PROGRESSIVE
            and norms[s + 2].endswith("ing")
            and norms[s + 2] not in _NOT_PLANS
            and opens_clause(norms, s)
            and taken.isdisjoint(range(s, s + 3))
            and any(abs(m - s) <= _REGARDLESS_REACH for m in marks)
        ):
            said = tuple(norms[s : s + 3])
            entry = replace(REGARDLESS_COMMITTED, pattern=" ".join(said), tokens=said)
            return _merged(stance, [Hit(s, s + 3, (entry,))])
    return stance


RULE_KEYS += (("either", "way"), ("regardless",))


# 1.16.0: one's own course stated in the present, tied to a time to come: "we're fixing it
# starting Monday", "I'm going back next summer, and this time I'm summiting", "we stay on
# this lawn until they divest". The present progressive (or, before "until", the plain
# present of a verb of holding on) of I / we opening its clause, with a mark of the
# future later in the same clause: resolve. Not logistics ("I'm meeting the minister
# tomorrow"), nor what one sees, hopes or thinks.
PLANNED = Entry("we 're ...ing tomorrow", ("we", "'re", "...ing"), "resolve", 1.0, "resolve")
"""One's own course stated in the present and tied to a time to come (resolve)."""
_PLAN_ADVERBS = frozenset("still personally absolutely definitely really also all just".split())
_HOLDING_ON = frozenset("stay stays remain hold march strike sit fight camp".split())
_NOT_PLANNED = _NOT_PLANS | frozenset(
    "going meeting visiting flying travelling traveling heading speaking playing hosting "
    "watching holding releasing announcing publishing expecting forecasting planning "
    "leaving coming "
    # 1.17.0: what befalls one ("we're losing money this quarter", "we're being sued")
    "losing being having".split()
)
_PLAN_REACH = 8
_PLAN_BREAKS = frozenset("but and so because if when unless while whether".split())
_TIMES = frozenset(
    "week month year summer spring fall autumn winter season session term quarter weekend "
    "time today tomorrow now next this monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november "
    "december".split()
)
_TIME_NOUNS = _TIMES - {"time", "today", "tomorrow", "now", "next", "this"}
_MONTHS = frozenset(
    "january february march april june july august september october november december".split()
)  # not "may", a modal as often as a month
_IN_SEASONS = [["the", t] for t in ("spring", "summer", "fall", "autumn", "winter")]
_SPANS = frozenset({"day", "hour"})
# The first words of the rule's keys (``found`` holds first words): "this" of "this
# time", "from" of "from now on".
_PLAN_KEYS = frozenset(
    {"tomorrow", "next", "starting", "until", "till", "this", "from", "by", "within"}
    | _MONTHS  # 1.18.0: "in March" (the rule's key is the month, cheaper than "in")
    | {"spring", "summer", "fall", "autumn", "winter"}
)


def _plan_mark(norms: Sequence[str], at: int) -> bool:
    """Whether a mark of the future stands in the clause after ``at``: "tomorrow", "next
    week", "starting Monday", "until", "till", "this time", "this week", "by summer", "by
    the end", "from now on"; not a noun's
    ("the jobs of tomorrow"), nor "next to", nor past another clause ("but until...")."""
    for m in range(at, min(len(norms), at + _PLAN_REACH)):
        w = norms[m]
        if (w in SENTENCE_MARKS and w != ",") or w in _PLAN_BREAKS:
            return False
        after = norms[m + 1] if m + 1 < len(norms) else ""
        if w in ("until", "till"):
            return True
        if m == at:
            continue  # the object itself: "we're taking next week off"
        if w == "tomorrow" and norms[m - 1] not in ("of", "'s"):
            return True
        if w in ("next", "starting") and after in _TIMES:
            return True
        if w == "time" and norms[m - 1] == "this":
            return True
        # 1.17.0: "this week", "by summer", "by the end of the year"
        if w in ("this", "by") and after in _TIME_NOUNS:
            return True
        if w == "by" and norms[m + 1 : m + 3] == ["the", "end"]:
            return True
        if w == "now" and norms[m - 1] == "from" and after == "on":
            return True
        # 1.18.0: "in March", "in the spring", "within three years", "within a month"
        if w == "in" and after in _MONTHS:
            return True
        if w == "in" and norms[m + 1 : m + 3] in _IN_SEASONS and norms[m + 3 : m + 4] != ["of"]:
            return True  # "in the spring", not "in the winter of our discontent"
        if w == "within" and any(
            t.rstrip("s") in _TIME_NOUNS | _SPANS for t in norms[m + 1 : m + 4]
        ):
            return True  # "within a year", "within three years", "within days"
    return False


def _planned_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PLANNED`` hit on "I'm / we're (adverbs) + ...ing", or "I /
    we + verb of holding on" before "until", followed in its clause by a mark of the
    future, where no other hit covers it."""
    if norms[-1] == "?":
        return stance
    taken: set[int] | None = None
    added = []
    for s in range(len(norms) - 2):
        if norms[s] not in FIRST_PERSON:
            continue
        v = s + 1
        progressive = norms[v] in _PLAIN_PROGRESSIVE
        if not progressive and norms[v] not in _HOLDING_ON:
            continue
        if not opens_clause(norms, s):
            continue
        if progressive:
            v += 1
            while v < len(norms) and norms[v] in _PLAN_ADVERBS:
                v += 1
            if v >= len(norms) or not (norms[v].endswith("ing") and len(norms[v]) > 4):
                continue
            if norms[v] in _NOT_PLANNED or norms[v + 1 : v + 2] == ["to"]:
                continue
            if norms[v] in _WITHDRAWING:
                continue  # "we're reversing it starting Monday": a give-way, not resolve
        if not _plan_mark(norms, v + 1):
            continue
        taken = _covered(stance) if taken is None else taken
        if not taken.isdisjoint(range(s, v + 1)):
            continue
        if not progressive and not {"until", "till"} & set(norms[v + 1 : v + _PLAN_REACH]):
            continue
        said = tuple(norms[s : v + 1])
        added.append(Hit(s, v + 1, (replace(PLANNED, pattern=" ".join(said), tokens=said),)))
    return _merged(stance, added)


RULE_KEYS += (
    ("tomorrow",),
    ("next",),
    ("starting",),
    ("until",),
    ("till",),
    ("this", "time"),
    ("from", "now", "on"),
    ("by", "the", "end"),
    *((w, t) for w in ("this", "by") for t in sorted(_TIME_NOUNS)),
    ("within",),
    *((m,) for m in sorted(_MONTHS)),
    *((t,) for t in ("spring", "summer", "fall", "autumn", "winter")),
)


# 1.17.0: a stand held until the other side gives way ("We'll keep the lorries on the
# bridge until the minister meets us", "We stay on this lawn until the trustees divest",
# "our members are out till the company pays up"): pressure on an adversary, so defiance
# (resolve comes from the future or the plan rule above). The clause before *until* has
# the speaker's side (*I, we, our, my*) and no waiting, knowing or ability ("we'll wait
# until they agree", "we can't act until they pay"); the clause after opens with another
# party (not *I, we, my, our, it*) and holds a verb of giving way or of hearing. Not a
# question.
HELD_UNTIL = Entry("we stay until they give way", ("until",), "defiance", 1.0, "defiance")
_UNTIL = frozenset({"until", "till"})
_OWN_SIDE = frozenset("i we our my us".split())
_NOT_HOLDING = frozenset(
    "wait waiting know knowing can ca could cannot hope hoping see seeing".split()
)
_NOT_ADVERSARY = frozenset("i we my our it that this there then now further next".split())
_GIVING_IN = frozenset(
    (
        "listen listens hear hears divest divests relent relents budge budges back backs "
        "cave caves concede concedes apologise apologize apologises apologizes resign "
        "resigns pay pays reinstate reinstates reverse reverses scrap scraps withdraw "
        "withdraws drop drops agree agrees meet meets negotiate negotiates sit sits talk "
        "talks give gives change changes repeal repeals cancel cancels release releases "
        "free frees recognise recognises recognize recognizes rehire rehires"
    ).split()
)
_UNTIL_STOPS = frozenset({".", "!", "?", ";", ":"})


def _held_until_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``HELD_UNTIL`` hit on each *until* after which another
    party gives way, in a clause of the speaker's side."""
    if norms[-1] == "?":
        return stance
    taken = _covered(stance)
    added = []
    for u, norm in enumerate(norms):
        if norm not in _UNTIL or u in taken or u + 1 >= len(norms):
            continue
        s = u
        while s > 0 and norms[s - 1] not in _UNTIL_STOPS:
            s -= 1
        before = set(norms[s:u])
        if _OWN_SIDE.isdisjoint(before) or not _NOT_HOLDING.isdisjoint(before):
            continue
        e = u + 1
        while e < len(norms) and norms[e] not in CLAUSE_ENDS:
            e += 1
        if norms[u + 1] in _NOT_ADVERSARY or _GIVING_IN.isdisjoint(norms[u + 2 : e]):
            continue
        added.append(Hit(u, u + 1, (HELD_UNTIL,)))
    return _merged(stance, added)


# 1.22.0: what will be, pledged on the speaker's tenure: a future in a sentence that ties
# it to the speaker's office ("It will remain strong, so long as I'm the president",
# "That's going to change when I'm president", "There will be no unilateral disarmament
# under my administration", "they will continue to do so during the next four years"
# after "under my administration"): the office holder answers for it, a commitment
# whatever the subject. The readers of real speech mark such sentences resolve (2 of 2 in
# stance_debates2 and stance_debates3); the 16 it adds in the 35 debates all read as
# pledges. The tenure: "as long as / so long as / when / while / once I'm
# (the, your) president", "when I become president", "under / in / during my
# administration, presidency, leadership, plan". Not a question, nor a future the
# speaker's tenure does not govern ("You'll pay more under his plan").
TENURE_PLEDGED = Entry("it will ... under my tenure", ("will",), "resolve", 1.0, "resolve")
_TENURE_OPENERS = frozenset({"when", "while", "once", "long"})
_OFFICE = frozenset("president governor mayor".split())
# Review of 1.22.0: not "my plans for the trip"; "my term" only as the term of office
# ("in my term, ...", "during my term as president"), not "my term paper".
_MY_TENURE = frozenset("administration presidency leadership plan term".split())
_TERM_FOLLOWERS = ([], *([w] for w in CLAUSE_ENDS | {"as", "in"}))
_TENURE_PREPOSITIONS = frozenset({"under", "in", "during"})
_GOING = PROGRESSIVE | {"is", "'s"}
_TENURE_KEYS = _TENURE_PREPOSITIONS | _TENURE_OPENERS
# Review of 1.22.0: a tenure in another's words is their forecast ("Critics warn that
# under my administration the deficit will explode"); a clause's end, or a relative or a
# reason after the framed clause ("because they will receive", "which will be taxed"),
# ends what the tenure frames.
_FORECASTS = SAYINGS | frozenset("warn warns warned predict predicts predicted fear fears".split())
_FRAME_REACH = 6  # the words a tenure opening a clause may run on ("as governor of Ohio")
_FRAME_ENDS = CLAUSE_ENDS | frozenset("because which who since although".split())


def _tenures(norms: Sequence[str]) -> list[tuple[int, int]]:
    """The spans that tie what is said to the speaker's office ("when I'm president", "so
    long as I am your president", "under my administration")."""
    spans = []
    for i, w in enumerate(norms):
        if (
            w in _TENURE_PREPOSITIONS
            and norms[i + 1 : i + 2] == ["my"]
            and norms[i + 2 : i + 3]
            and norms[i + 2] in _MY_TENURE
            and (norms[i + 2] != "term" or norms[i + 3 : i + 4] in _TERM_FOLLOWERS)
        ):
            spans.append((i, i + 3))
        if w in _TENURE_OPENERS and (w != "long" or norms[i - 1 : i] in (["as"], ["so"])):
            first = i + 1 if w != "long" else i + 2
            words = norms[first : first + 5]
            if words[:1] != ["i"]:
                continue
            rest = words[1:]
            if rest[:1] in (["'m"], ["am"], ["become"]) and any(o in rest[1:4] for o in _OFFICE):
                office = next(k for k in range(first + 2, first + 5) if norms[k] in _OFFICE)
                spans.append((i if w != "long" else i - 1, office + 1))
    return spans


def _framed_future(norms: Sequence[str], t0: int, t1: int) -> tuple[int, int] | None:
    """The span of the first future ("will", "'ll", "won't", "is going to") in the clause
    the tenure at ``t0``-``t1`` frames: its own, the one it opens ("Under my plan,
    nobody will..."), closing a clause the one before ("It will remain strong, so long
    as I'm the president"), or else the clause joined to its own by "and"."""
    start = next((k + 1 for k in range(t0 - 1, -1, -1) if norms[k] in CLAUSE_ENDS), 0)
    e = t1
    if start == t0:  # past the frame's own comma: "During my term as governor, ..."
        e = next(
            (k + 1 for k in range(t1, min(len(norms), t1 + _FRAME_REACH)) if norms[k] == ","), t1
        )
    end = next((k for k in range(e, len(norms)) if norms[k] in _FRAME_ENDS), len(norms))
    found = _first_future(norms, start, end)
    if found is None and start == t0 and start >= 2 and norms[start - 1] == ",":
        before = next((k + 1 for k in range(start - 2, -1, -1) if norms[k] in CLAUSE_ENDS), 0)
        found = _first_future(norms, before, start - 1)
    if found is None and norms[end : end + 2] == [",", "and"]:
        # the clause joined to it goes on under the tenure: "Veterans are getting good
        # care under my administration, and they will continue to do so"
        after = next((k for k in range(end + 2, len(norms)) if norms[k] in _FRAME_ENDS), len(norms))
        found = _first_future(norms, end + 2, after)
    return found


def _first_future(norms: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
    """The span of the first future auxiliary between ``start`` and ``end``."""
    for i in range(start, end):
        if norms[i] in FUTURE:
            return (i, i + 1)
        if norms[i] in ("going", "gon") and i and norms[i - 1] in _GOING:
            return (i, i + 2)  # "is going to", "'s gon na"
    return None


def _tenure_pledged_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``TENURE_PLEDGED`` hit on the future of each clause framed
    by the speaker's tenure, not in another's words, where no other hit covers it."""
    if norms[-1] == "?":
        return stance
    taken = _covered(stance)
    added: dict[int, Hit] = {}
    for t0, t1 in _tenures(norms):
        if not _FORECASTS.isdisjoint(norms[:t0]):
            continue  # "Critics warn that under my administration..."
        span = _framed_future(norms, t0, t1)
        if span is None or not taken.isdisjoint(range(span[0] - 1, span[1])):
            continue
        said = tuple(norms[span[0] : span[1]])
        added[span[0]] = Hit(*span, (replace(TENURE_PLEDGED, tokens=said),))
    return _merged(stance, list(added.values()))


RULE_KEYS += (
    *((p, "my") for p in sorted(_TENURE_PREPOSITIONS)),
    *((w, "i") for w in ("when", "while", "once")),
    ("long", "as", "i"),
)
