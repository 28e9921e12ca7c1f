"""Admissions read from constructions (concession): the speaker's own fault owned in a
clause that *I* or *we* opens, where a lexicon entry cannot spell the verb or the adverbs
between. What one should, could or would have done otherwise ("we should have waited",
"I could've handled it better", "I'd vote differently today"), a verb of failing ("we
badly underestimated demand"), a wrong choice ("I made the wrong call"), a failure of
timing ("we moved too late"), a hedged misjudgment ("I probably misjudged the mood"),
and litotes ("I won't pretend things went perfectly")."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import NEGATOR_WORDS, SCOPE_BREAKS, YIELDING
from .shared import (
    _ADMITTING_ADVERBS,
    _CLAUSE_BREAKS,
    _CLAUSE_OPENERS,
    _WOULD,
    CLAUSE_ENDS,
    _covered,
    _merged,
    _owner,
    opens_clause,
)

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()


# Admissions: "we should have consulted them sooner", "we ought to have waited".
_SHOULD = frozenset({"should", "ought"})
ADMISSION = Entry(
    "we should have ...ed", ("we", "should", "have", "...ed"), "concession", 0.5, "concession"
)
"""What the speaker's side should have done and did not: an admission (a concession);
"I should have" is an entry of its own. A participle must follow ("we should have a
debate" is a wish)."""
_PARTICIPLES = frozenset(
    (
        "been done gone known seen taken made put let kept told said got gotten left held "
        "stood heard thought brought bought caught taught sought spent sent built run come read "
        "become begun given shown spoken written chosen"
    ).split()
)


_HEDGED_SHOULD = frozenset({"probably", "maybe", "perhaps", "possibly", "arguably"})


def _admission_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``ADMISSION`` hit for each "we (adverb) should have / ought
    to have / should've" before a participle that no other hit covers."""
    taken = _covered(stance)
    added = []
    for i, norm in enumerate(norms):
        if norm not in _SHOULD:
            continue
        j = i + 1 + (norm == "ought" and i + 1 < len(norms) and norms[i + 1] == "to")
        if j < len(norms) and norms[j] == "n't":
            j += 1  # 1.12.0: "I probably shouldn't have said that"
        if j >= len(norms) or norms[j] not in ("have", "'ve"):
            continue
        j += 1
        while j < len(norms) and norms[j] in _ADMITTING_ADVERBS:
            j += 1
        if j >= len(norms) or not (
            norms[j] in _PARTICIPLES or (norms[j].endswith("ed") and len(norms[j]) > 3)
        ):
            continue
        # not "whether we should have gone", "You said we should have", "the steps that
        # we should have taken"
        k = _owner(norms, i, _ADMITTING_ADVERBS, ("we", "i"), len(norms))
        if k is None or any(t in taken for t in range(i, j + 1)):
            continue
        if not any(t in taken for t in range(k, i)):
            added.append(Hit(k, j + 1, (ADMISSION,)))
        elif all(norms[t] in _HEDGED_SHOULD for t in range(k + 1, i) if t in taken):
            # 1.12.0: "I probably should've read the contract", "we maybe should have
            # waited": the hedge stays a hedge; the admission's hit starts after it
            added.append(Hit(i, j + 1, (ADMISSION,)))
    return _merged(stance, added)


RULE_KEYS += (
    ("should", "have"),
    ("should", "'ve"),
    ("should", "n't", "have"),
    ("should", "n't", "'ve"),
    ("ought", "to", "have"),
)


# 1.7.0: constructions, not phrases. The speaker's own failure owned in a past verb of
# failing, with adverbs before it: "I completely misread that market", "we badly
# underestimated demand", "I've apologized to the crew".
_FAILING = frozenset(
    (
        "misread misjudged miscalculated mishandled misspoke misstepped misfired "
        "underestimated overestimated overreached overpromised overplayed overpaid "
        "botched bungled fumbled erred apologized apologised underdelivered"
        # 1.9.0: misstatements owned ("I may have overstated the crime numbers")
        " overstated exaggerated overstepped misstated mischaracterized misremembered"
        # 1.11.0: the spoken verbs of botching ("I flubbed the answer", "we muffed it")
        " flubbed muffed butchered mangled"
        # 1.12.0: things lost or missed through one's own fault ("we probably misfiled
        # some of it", "we overlooked the warning")
        " misfiled misplaced mislabeled mislabelled miscounted misreported overlooked"
    ).split()
)
FAILURE_OWNED = Entry(
    "i/we (adverb) failed", ("i", "...", "failed"), "concession", 1.0, "concession"
)
"""The speaker's own failure, owned in a past verb of failing (an admission)."""
_FAILING_ADVERBS = frozenset(
    (
        "completely totally badly really just simply clearly obviously frankly honestly "
        "probably seriously utterly entirely massively fundamentally already personally "
        "also have 've had may might"
    ).split()
)
# 1.9.0: an admission under a modal of possibility is still an admission, hedged: "I may
# have overstated the numbers", "we might have underestimated demand" (the modal stays a
# hedge; the admission's hit starts after it).
_HEDGED_ADMISSION = frozenset({"may", "might", "probably"})


def _failure_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``FAILURE_OWNED`` hit for each "I / we (adverbs, have) +
    verb of failing" whose subject opens its clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    for j, norm in enumerate(norms):
        if norm not in _FAILING or j in taken:
            continue
        if norms[j + 1 : j + 4] == ["on", "the", "side"]:
            continue  # "I erred on the side of caution" defends the choice
        k = _owner(norms, j, _FAILING_ADVERBS, ("i", "we"), 3)
        if k is None:
            continue
        inside = [t for t in range(k, j) if t in taken]
        if all(norms[t] in _HEDGED_ADMISSION for t in inside):
            added.append(Hit(max(inside) + 1 if inside else k, j + 1, (FAILURE_OWNED,)))
    return _merged(stance, added)


RULE_KEYS += tuple((w,) for w in sorted(_FAILING))


# 1.8.0: a wrong choice owned: *I* or *we* opening the clause, up to two adverbs, a past
# verb and "the / a wrong" ("we built the wrong product", "I called the wrong play", "I
# made the wrong call", "we picked the wrong fight" is an entry of its own).
WRONG_CHOICE = Entry(
    "i/we ...ed the wrong", ("i", "...", "the", "wrong"), "concession", 1.0, "concession"
)
_CHOOSING = frozenset(
    "made built picked chose called took hired backed bet read ran went sent bought signed "
    "pushed played started drew set did".split()
)


def _wrong_choice_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``WRONG_CHOICE`` hit for each owned wrong choice that no
    other hit covers."""
    taken = _covered(stance)
    added = []
    for w, norm in enumerate(norms):
        if norm != "wrong" or w < 3 or w in taken or norms[w - 1] not in ("the", "a"):
            continue
        verb = w - 2
        if norms[verb] not in _CHOOSING and not (
            norms[verb].endswith("ed") and len(norms[verb]) > 4
        ):
            continue
        k = _owner(norms, verb, _FAILING_ADVERBS, ("i", "we"), 3)
        if k is not None and taken.isdisjoint(range(k, w + 1)):
            added.append(Hit(k, w + 1, (WRONG_CHOICE,)))
    return _merged(stance, added)


RULE_KEYS += (("wrong",),)


# 1.8.0: litotes, an admission by refusing to claim all is well: "I'm not gonna stand
# here and tell you everything's fine", "I won't pretend that things went perfectly",
# "I can't tell you it all went smoothly". The negator, within six words, a verb of
# claiming (*tell, say, pretend, claim*), then *everything* or *things* and, within
# five words of the same clause, a word of all being well. The negation is the
# admission's own: the hit holds it, and a yielding frame before the verb ("stand here
# and") is taken in.
LITOTES = Entry(
    "not tell you everything is fine",
    ("not", "tell", "...", "fine"),
    "concession",
    1.0,
    "concession",
)
_ALL_WELL = frozenset(
    "fine perfect perfectly great okay ok rosy smoothly wonderful wonderfully hunky-dory "
    "flawless flawlessly right".split()  # 1.11.0: "...pretend we got everything right"
)
_CLAIMING = frozenset("tell say pretend claim".split())
_ALL_OF_IT = frozenset("everything things".split())
_GOING_WELL = frozenset("went gone go goes going ran run runs worked works was were is are".split())


def _litotes_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``LITOTES`` hit for each refusal to claim all is well."""
    added, dropped = [], []
    taken = {i: h for h in stance for i in range(h.first, h.last)}
    for a, norm in enumerate(norms):
        if (norm not in _ALL_WELL and norm != "well") or a in taken:
            continue
        e = next(
            (i for i in range(a - 1, max(-1, a - 6), -1) if norms[i] in _ALL_OF_IT),
            None,
        )
        if (e is None or norm == "well") and a and norms[a - 1] in _GOING_WELL:
            # 1.11.0: "tell you the pension rollout went smoothly", "say it went well"
            e = next(
                (
                    i
                    for i in range(a - 2, max(-1, a - 8), -1)
                    if norms[i - 1 : i]
                    and (norms[i - 1] in _CLAIMING or norms[i - 1] in ("you", "that"))
                ),
                None,
            )
        elif norm == "well":
            continue
        if e is None or any(norms[i] in SCOPE_BREAKS for i in range(e, a)):
            continue
        v = next((i for i in range(e - 1, max(-1, e - 4), -1) if norms[i] in _CLAIMING), None)
        if v is None:
            continue
        start = v
        frame = taken.get(v - 1)
        if frame is not None and all(e.category == YIELDING for e in frame.entries):
            start = frame.first  # "stand here and"
        n = next(
            (i for i in range(start - 1, max(-1, start - 7), -1) if norms[i] in NEGATOR_WORDS),
            None,
        )
        if n is None or any(norms[i] in SCOPE_BREAKS for i in range(n, start)):
            continue
        inner = [h for h in stance if h.first >= start and h.last <= a + 1]
        if len(inner) != len({h for i in range(start, a + 1) if (h := taken.get(i))}):
            continue  # a hit running past the span
        dropped.extend(inner)
        added.append(Hit(start, a + 1, (LITOTES,)))
    if not added:
        return stance
    return sorted([h for h in stance if h not in dropped] + added, key=lambda h: h.first)


_LITOTES_KEYS = _ALL_OF_IT | frozenset("smoothly perfectly flawlessly well perfect".split())
RULE_KEYS += tuple((w,) for w in sorted(_LITOTES_KEYS))


# 1.13.0: a failure of timing or extent owned: *I* or *we* opening the clause, a past
# verb, and *too late / too slowly / too slow / too soon* or a negated *quickly / fast /
# soon / hard / well enough* ("We locked down too late", "we did not act on it quickly
# enough", "I moved too slowly"): an admission, like `acted too late`. Not a warning or
# a future ("we will be too late", "if we wait we'll be too late"), a question, nor
# another's ("they moved too late").
LATE_OWNED = Entry("we acted too late", ("we", "...", "late"), "concession", 1.0, "concession")
_TOO = frozenset({"late", "slowly", "slow", "soon", "long", "little"})
_ENOUGH_BEFORE = frozenset({"quickly", "fast", "soon", "hard", "well", "early", "seriously"})
_LATE_NOT = frozenset(
    (
        "will 'll would 'd could can ca may might must shall going gonna if when unless "
        "whether that who which because before until never not n't to is are 's 're am 'm"
    ).split()
)
_IRREGULAR_PAST = frozenset(
    (
        "was were did had got went came moved took made ran left let put set cut shut "
        "spent sent began brought thought saw knew"
    ).split()
)
_LATE_REACH = 9


def _late_owned_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``LATE_OWNED`` hit for each "I / we + past verb ... too late"
    or "I / we + did not / didn't ... quickly enough" that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for j in range(1, n):
        w = norms[j]
        if w in _TOO and norms[j - 1] == "too":
            end, negated = j + 1, False
        elif w == "enough" and norms[j - 1] in _ENOUGH_BEFORE:
            end, negated = j + 1, True
        else:
            continue
        if end < n and norms[end] not in CLAUSE_ENDS:
            continue  # "too late to", "too soon after": the clause goes on
        k = j - 2
        while k >= 0 and j - k <= _LATE_REACH and norms[k] not in ("i", "we"):
            if norms[k] in CLAUSE_ENDS or norms[k] in _CLAUSE_OPENERS:
                k = -1
                break
            k -= 1
        if k < 0 or norms[k] not in ("i", "we") or not opens_clause(norms, k):
            continue
        between = norms[k + 1 : j - 1]
        if negated:
            # "we did not act on it quickly enough", "we didn't move fast enough"
            if between[:2] not in (["did", "not"], ["did", "n't"]):
                continue
            rest = between[2:]
        else:
            verb = between[0] if between else ""
            if not (verb in _IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 3)):
                continue
            rest = between[1:]
        if any(t in _LATE_NOT for t in rest) or any(t in taken for t in range(k, end)):
            continue
        added.append(Hit(k, end, (LATE_OWNED,)))
    return _merged(stance, added)


_LATE_KEYS = _ENOUGH_BEFORE | {"too"}
RULE_KEYS += tuple(("too", w) for w in sorted(_TOO)) + tuple(
    (w, "enough") for w in sorted(_ENOUGH_BEFORE)
)


# 1.13.0: what the speaker's side could have done better, owned: *I* or *we* opening the
# clause, *could have / could've*, a participle and a comparative of improvement closing
# the clause ("I guess we could've communicated that better", "we could have moved
# sooner", "I could have handled it differently"): an admission, like the entries `could
# have done better`. Not a question ("Could we have done more?", answered by
# ``self_admission``), a condition ("if we could have moved sooner"), nor what another
# could have done ("they could have acted sooner").
COULD_BETTER = Entry(
    "we could have ...ed better",
    ("we", "could", "have", "...ed", "better"),
    "concession",
    1.0,
    "concession",
)
_IMPROVING = frozenset("better sooner earlier differently faster quicker more".split())
_COULD_REACH = 6


def _could_better_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``COULD_BETTER`` hit for each "I / we could have +
    participle ... better" that closes its clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for i in range(1, n - 2):
        if norms[i] != "could" or norms[i + 1] not in ("have", "'ve"):
            continue
        v = i + 2
        verb = norms[v]
        if not (verb in _PARTICIPLES or (verb.endswith("ed") and len(verb) > 3)):
            continue
        k = _owner(norms, i, _ADMITTING_ADVERBS, ("we", "i"), 3)
        if k is None:
            continue
        end = next(
            (j + 1 for j in range(v + 1, min(n, v + 1 + _COULD_REACH)) if norms[j] in _IMPROVING),
            None,
        )
        if end is None or any(w in CLAUSE_ENDS for w in norms[v + 1 : end - 1]):
            continue
        if end < n and norms[end] not in CLAUSE_ENDS:
            continue  # "could have done more to help": the clause goes on
        inside = [t for t in range(k, end) if t in taken]
        if any(t >= i for t in inside) or not all(norms[t] in _HEDGED_SHOULD for t in inside):
            continue
        added.append(Hit(i, end, (COULD_BETTER,)))
    return _merged(stance, added)


RULE_KEYS += (("could", "have"), ("could", "'ve"))


# 1.14.0: what the speaker would do differently, given another chance: *I* or *we*
# opening the clause, *would / 'd*, optionally *have* and a participle, or a verb of
# acting, and *differently* closing the clause ("If I'd known then what I know now, I'd
# have voted differently", "I'd handle it differently today"): an admission, like
# ``COULD_BETTER``. Not negated ("I wouldn't have done anything differently" stands by
# it), not a view ("the court would see it differently"), not another's.
WOULD_DIFFERENTLY = Entry(
    "we would have ...ed differently",
    ("we", "would", "have", "...ed", "differently"),
    "concession",
    1.0,
    "concession",
)
_ACTING = frozenset(
    "do vote handle approach act play run manage treat spend word phrase say".split()
)
_NOT_DIFFERENTLY = frozenset("not n't never nothing anything".split())
_DIFFERENTLY_REACH = 6


def _would_differently_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``WOULD_DIFFERENTLY`` hit for each "I / we would (have +
    participle | verb of acting) ... differently" that closes its clause."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for d in range(3, n):
        if norms[d] != "differently" or (d + 1 < n and norms[d + 1] not in _CLOSING_LATER):
            continue
        w = next(
            (j for j in range(d - 2, max(0, d - _DIFFERENTLY_REACH - 2), -1) if norms[j] in _WOULD),
            None,
        )
        if w is None or _owner(norms, w, _ADMITTING_ADVERBS, ("we", "i"), 3) is None:
            continue
        v = w + 1 + (norms[w + 1] in ("have", "'ve"))
        verb = norms[v]
        if v == w + 1 and verb not in _ACTING:
            continue
        if v > w + 1 and not (verb in _PARTICIPLES or (verb.endswith("ed") and len(verb) > 3)):
            continue
        between = norms[w + 1 : d]
        if not _NOT_DIFFERENTLY.isdisjoint(between) or not CLAUSE_ENDS.isdisjoint(between):
            continue
        if any(t in taken for t in range(w, d + 1)):
            continue
        added.append(Hit(w, d + 1, (WOULD_DIFFERENTLY,)))
    return _merged(stance, added)


# the clause closes, or a time follows: "I'd vote differently today", "... next time"
_CLOSING_LATER = _CLAUSE_BREAKS | frozenset("today now next this in if".split())
RULE_KEYS += (("differently",),)


# 1.19.0: an admission hedged by "probably", the speaker's own misjudgment owned with
# the hedge between subject and verb: "I probably misjudged the mood", "we probably went
# too far", "we were probably too slow". Narrowed after a real-text review: a hedged past
# in general is a guess about what happened ("I probably walked ten miles", "we probably
# voted no"), so only verbs and shortfalls that name a fault count. "Should have" after
# the hedge is the admission rule's (``_admission_hits``); a bare "should" is a plan.
# Not a future or a conditional, nor another's past, nor a question.
PROBABLE_ADMISSION = Entry(
    "i/we probably ...ed", ("i", "probably", "...ed"), "concession", 1.0, "concession"
)
"""The speaker's own misjudgment owned under "probably" (a hedged admission)."""
_PROBABLE_FAULTS = frozenset(
    (
        "misjudged misread misunderstood miscalculated mishandled misspoke underestimated "
        "overestimated overreached overplayed overstepped botched bungled erred"
    ).split()
)
_PROBABLE_BE = frozenset({"was", "were"})
# After "was / were probably": a fault owned ("I was probably wrong"), not a place or a
# state ("I was probably at home", "I was probably too young").
_SHORTFALLS = frozenset("wrong naive arrogant unfair careless complicit".split())
_TOO_FAULTS = frozenset("slow harsh hasty quick soft aggressive cautious trusting".split())


def _probable_past_end(norms: Sequence[str], v: int, be: bool) -> int | None:
    """Where the owned misjudgment after "probably" at ``v`` - 1 ends, or None."""
    word = norms[v] if v < len(norms) else "."
    after = norms[v + 1] if v + 1 < len(norms) else "."
    if be or word in _PROBABLE_BE:  # "we were probably slow", "we probably were wrong"
        k = v if be else v + 1
        shortfall = norms[k] if k < len(norms) else "."
        nxt = norms[k + 1] if k + 1 < len(norms) else "."
        if shortfall in _SHORTFALLS:
            return k + 1
        return k + 2 if shortfall == "too" and nxt in _TOO_FAULTS else None
    if word == "went" and norms[v + 1 : v + 3] == ["too", "far"]:
        return v + 3
    if word == "got" and "wrong" in norms[v + 1 : v + 5]:
        span = norms[v + 1 : v + 1 + norms[v + 1 : v + 5].index("wrong")]
        # "I probably got nothing wrong" denies the fault
        return None if NEGATOR_WORDS.intersection(span) else v + 1
    return v + 1 if word in _PROBABLE_FAULTS or (word, after) == ("blew", "it") else None


def _probable_admission_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PROBABLE_ADMISSION`` hit for each "I / we (was / were)
    probably" + a misjudgment of the speaker's own, in a statement, its subject opening its
    clause, where no other hit covers the verb."""
    taken = _covered(stance)
    added = []
    for j, norm in enumerate(norms):
        if norm != "probably" or j == 0 or "?" in norms[j:]:
            continue
        be = norms[j - 1] in _PROBABLE_BE
        k = j - 2 if be else j - 1
        if k < 0 or norms[k] not in ("i", "we") or not opens_clause(norms, k):
            continue
        end = _probable_past_end(norms, j + 1, be)
        if end is not None and not any(t in taken for t in range(j + 1, end)):
            added.append(Hit(j + 1, end, (PROBABLE_ADMISSION,)))
    return _merged(stance, added)


RULE_KEYS += (("probably",),)
