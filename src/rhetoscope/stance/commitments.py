"""Why a bare commitment ("I will", "we'll") is not resolve: it announces a step of the
talk, declines to answer or to claim, carries out a concession made before it, is the
consequence of a warning, or a hedge governs it (before, right after, or set off by
commas)."""

from __future__ import annotations

from collections.abc import Sequence

from ..constructions import SENTENCE_MARKS
from ..matcher import Hit
from ..negation import (
    CONDITIONS,
    NEGATOR_WORDS,
    PROCEDURE_ADVERBS,
    SCOPE_BREAKS,
    Stops,
    negation,
    procedural,
    same_clause,
)
from .declining import _declining_to_answer, _disclaiming, _withholding_reply
from .give_ways import _held_out
from .hedges import _deliberative
from .shared import _negative_commitment


def _hedged_right_before(norms: Sequence[str], stance: Sequence[Hit], k: int) -> bool:
    """Whether an un-negated hedge ends right before hit ``k`` (or before its "that"):
    "Maybe we can do it", "I hope we can win", "I think that we can" (not a deliberative
    one)."""
    if not k:
        return False
    before, hit = stance[k - 1], stance[k]
    gap = norms[before.last : hit.first]
    return (not gap or gap == ["that"]) and any(
        e.category == "hedging"
        and not negation(norms, before.first, before.last, e.tokens).text
        and not _deliberative(norms, before, e, stance)
        for e in before.entries
    )


def _what_commitment(
    norms: list[str],
    stance: list[Hit],
    occupied: dict[int, Hit],
    k: int,
    reported: frozenset[int] = frozenset(),
) -> str:
    """Why the bare commitment of hit ``k`` ("I will", "we'll") is not resolve, or "".

    It governs an un-negated concession ("I will hand over power"): a commitment to
    give way; or a hedge governs it ("maybe we'll", "I think we will"); or it announces
    a step of the talk itself ("we're going to move on", "I'll talk about that later").
    """
    hit = stance[k]
    if procedural(norms, hit.last) or _point_made(norms, hit):
        return "discourse procedure, not a commitment"
    if hit.first and norms[hit.first - 1] in _CONDITIONS_ASKED:
        return "a condition, not a commitment"  # "If we're going to have a voucher plan"
    if _embedded_question(norms, hit.first):
        return "a question put, not a commitment"  # "The question is what we're going to do"
    if _declining_to_answer(norms, hit):
        return "declining to answer: a step of the talk, not a commitment"
    if _withholding_reply(norms, hit):
        return "a reply withheld: a stand against the questioner, not a course"
    if _disclaiming(norms, stance, k):
        return "a disclaimer: declining to claim, not a commitment"
    after = norms[hit.last : hit.last + 2]
    if len(after) == 2 and after[0] == "get" and after[1].endswith(("ed", "en")):
        return "a prediction of what befalls us, not a commitment"  # "I'll get fined"
    if after[:1] and after[0] in _STATES:
        return "a state foreseen, not an act committed to"  # "We will want a person..."
    if any(tuple(norms[hit.last : hit.last + len(n)]) == n for n in _NECESSITIES):
        return "a necessity foreseen, not an act committed to"  # "we're going to have to"
    if after[:1] and after[0] in _PREDICTED_VERBS and _warning(norms, hit.first):
        return "the consequence of a warning, not a commitment"

    def plain(other: Hit, category: str) -> bool:
        stops = Stops(occupied, (range(other.first, other.last),))
        if any(map(_negative_commitment, hit.entries)):  # "I'm not going to give up"
            stops = stops.without(range(hit.first, hit.last))
        return any(
            e.category == category
            and not negation(norms, other.first, other.last, e.tokens, stops).text
            and (category != "concession" or _held_out(norms, other) is None)
            for e in other.entries
        )

    if (
        k
        and same_clause(norms, stance[k - 1].last, hit.first)
        and plain(stance[k - 1], "hedging")
        and not any(_deliberative(norms, stance[k - 1], e, stance) for e in stance[k - 1].entries)
    ):
        return "hedged commitment"  # not "I think we all know": an opinion asserted
    if k + 1 < len(stance) and stance[k + 1].first == hit.last and plain(stance[k + 1], "hedging"):
        return "hedged commitment"  # "We'll probably go with the same eleven"
    tag = _parenthetical_hedge(norms, stance, k)
    if tag is not None and plain(tag, "hedging"):
        return "hedged commitment (a parenthetical hedge)"  # "We'll settle, I think, by May"
    if (
        k + 1 < len(stance)
        and same_clause(norms, hit.last, stance[k + 1].first)
        and plain(stance[k + 1], "concession")
    ):
        return "commitment to a concession"
    if _carrying_out(norms, stance, k, reported, plain):
        return "carrying out a concession made before it, not a commitment"
    return ""


# 1.22.0: the point of the talk a commitment makes, its noun before it ("And the last
# point I'll make, because we started on energy", "the final point I'll make is..."): a
# step of the talk, as "I'll make one more point" is none of a course; not "choices I am
# prepared to make" (a course: no noun of the talk).
_TALK_NOUNS = frozenset(
    "point points comment comments observation observations remark remarks".split()
)
_MADE = frozenset({"make", "add"})


def _point_made(norms: Sequence[str], hit: Hit) -> bool:
    """Whether the bare commitment ``hit`` makes a point of the talk named before its
    subject ("the last point I'll make")."""
    verb = hit.last
    while verb < len(norms) and norms[verb] in PROCEDURE_ADVERBS:
        verb += 1
    if verb >= len(norms) or norms[verb] not in _MADE:
        return False
    before = hit.first - 1
    if before >= 0 and norms[before] == "that":
        before -= 1
    return before >= 0 and norms[before] in _TALK_NOUNS


# 1.10.0: a bare commitment to defer, in a clause after the speaker's own concession,
# carries the concession out ("I accept the results, and I'll work with the new
# administration", "I concede the point, and I'll amend my bill", "We hear the
# criticism, and we will rewrite the code with you"): compliance, not resolve. Only
# verbs of going along (``_DEFERRING``): a pledge to make amends stays resolve, as the
# gold sets mark it ("We botched the rollout, and we are going to put it right", "...
# and I will implement it in full", "... and we will abide by it" in one set, though
# another marks it compliance). Not across a contrast ("I accept the verdict, but we
# will fight on"), nor when the commitment's clause holds a negator or a hit of its own.
_CONTRASTS = frozenset("but yet however though although still nevertheless".split())
_DEFERRING = frozenset(
    (
        "support respect amend adapt withdraw rewrite revise phase cooperate comply "
        "defer adjust modify drop accept"
    ).split()
)
_DEFERRING_PHRASES = frozenset(
    {("work", "with"), ("go", "with"), ("hand", "over"), ("live", "with"), ("vote", "for")}
)


def _carrying_out(norms: Sequence[str], stance: Sequence[Hit], k: int, reported, plain) -> bool:
    """Whether the bare commitment of hit ``k`` follows a concession of the speaker's in an
    earlier clause of the sentence, with no contrast between."""
    hit = stance[k]
    if any(map(_negative_commitment, hit.entries)) or hit.last >= len(norms):
        return False
    verb = hit.last + (norms[hit.last] in PROCEDURE_ADVERBS)
    if not (
        (norms[verb : verb + 1] and norms[verb] in _DEFERRING)
        or tuple(norms[verb : verb + 2]) in _DEFERRING_PHRASES
    ):
        return False
    end = hit.last
    while end < len(norms) and norms[end] not in SCOPE_BREAKS and norms[end] not in SENTENCE_MARKS:
        if norms[end] in NEGATOR_WORDS:
            return False
        end += 1
    if any(h.first < end for h in stance[k + 1 :]):
        return False  # "and we will appeal the ruling": a hit of its own
    for j in range(k - 1, -1, -1):
        before = stance[j]
        between = norms[before.last : hit.first]
        if not _CONTRASTS.isdisjoint(between):
            return False  # "I accept the verdict, but we will fight on"
        if (
            before.first not in reported
            and any(w in SCOPE_BREAKS for w in between)
            and plain(before, "concession")
        ):
            return True
    return False


# 1.9.0: a hedge set off by commas after a commitment in its clause qualifies it as much
# as one before it: "We'll resolve the dispute, I think, before the end of the month",
# "we'll win it, probably." (Holmes 1990: a parenthetical epistemic tag).
_PARENTHETICAL = frozenset(
    "i think|i believe|i guess|i suppose|i suspect|i hope|i imagine|probably|perhaps|maybe|"
    "hopefully".split("|")
)


_TAG_ENDS = frozenset({",", ".", "!", "?", ";", "\u2014", "--"})
_TAG_BREAKS = frozenset({".", "!", "?", ";", ":", "and", "but", "because", "so", "if", "when"})


def _parenthetical_hedge(norms: Sequence[str], stance: Sequence[Hit], k: int) -> Hit | None:
    """The next hit after the bare commitment ``k`` if it is a hedge of ``_PARENTHETICAL``
    between a comma and a comma or the sentence's end, with no clause opening between."""
    if k + 1 >= len(stance):
        return None
    hit, tag = stance[k], stance[k + 1]
    if not any(e.pattern in _PARENTHETICAL for e in tag.entries):
        return None
    if tag.first == 0 or norms[tag.first - 1] != ",":
        return None
    if tag.last < len(norms) and norms[tag.last] not in _TAG_ENDS:
        return None  # "we'll fight, maybe not today": a clause of its own
    if any(n in _TAG_BREAKS for n in norms[hit.last : tag.first]):
        return None
    return tag


# 1.20.0: a bare commitment before a verb of wanting or needing foresees a state, not an
# act the speaker undertakes ("We will want a person at the head of the party", "we're
# going to need more cooperation with our allies").
_STATES = frozenset("want wants need needs like love prefer".split())
# 1.21.0: so does one before "have to": a necessity foreseen ("we're going to have to use
# more gas", "We're going to have to prioritize"), a duty as "we have to" is (see
# ``prescriptions.PRESCRIPTIONS``), which the readers of real speech never mark resolve
# (0 of 4); a pledge after it is still counted ("we'll have to fight, and we will").
_NECESSITIES = (("have", "to"), ("have", "got", "to"))


# 1.21.0: a bare commitment that opens an "if" clause states the aim assumed, a condition
# of what follows, not a course pledged ("If we're going to have a private voucher plan,
# that ought to be done at the local level", "if we're gonna have a responsible period
# in America, each of us must love our children"); nor does one asked after "whether".
_CONDITIONS_ASKED = CONDITIONS | {"whether"}

# 1.28.0: "The question is what we're going to do in the future", "I hope we can talk
# about what we're going to do", "hints about what we will do": a commitment asked about
# after a verb of asking or deciding, *about*, or "the question / issue is", is a
# question put, not a course promised (6 in the debates, 5 plainly no commitment; the
# sets mark 0 of 3 resolve). Not "Here's what we're going to do", "I'll tell you what
# we'll do", "What we're going to do is...": the plan announced.
_ASKING = frozenset(
    "about decide decides deciding decided wonder wonders wondering wondered ask asks "
    "asking asked debate debating".split()
)
_QUESTION_NOUNS = frozenset({"question", "issue"})


def _embedded_question(norms: Sequence[str], first: int) -> bool:
    """Whether the commitment at ``first`` follows *what* / *how* that a verb of asking,
    *about* or "the question is" introduces."""
    if first < 2 or norms[first - 1] not in ("what", "how"):
        return False
    before = norms[first - 2]
    if before == "decided" and _decision_taken(norms, first - 2):
        return False  # review of 1.28.0: "We've decided what we're going to do": settled
    return before in _ASKING or (
        before in ("is", "was") and first >= 3 and norms[first - 3] in _QUESTION_NOUNS
    )


# Review of 1.28.0: the speaker's own decision taken ("We decided what we're going to do
# months ago", "I've already decided how we will pay for it") settles the course; one
# still to take ("We have to decide what...", "We haven't decided what...") is a question.
_BEFORE_DECIDED = frozenset("have 've had 'd already just finally now".split())


def _decision_taken(norms: Sequence[str], verb: int) -> bool:
    k = verb - 1
    while k >= 0 and norms[k] in _BEFORE_DECIDED:
        k -= 1
    return k >= 0 and norms[k] in ("i", "we")


# 1.8.0: "If we don't pick up points, we'll be in a scrap": the consequence of a negative
# condition is a warning, not a commitment ("If elected, I will be..." is not negative).
_PREDICTED_VERBS = frozenset("be have end lose face get pay".split())
_IF_LEADS = frozenset("and but so because now well look".split()) | {","}


def _warning(norms: Sequence[str], first: int) -> bool:
    """Whether the clause ending before ``first`` (at a comma) is an *if* clause with a
    negator: "If we don't act, ...", "if they can't agree, ..."."""
    if not first or norms[first - 1] != ",":
        return False
    start = first - 2
    while start >= 0 and norms[start] not in CONDITIONS and norms[start] not in SENTENCE_MARKS:
        start -= 1
    if start < 0 or norms[start] not in CONDITIONS:
        return False
    if any(n not in _IF_LEADS for n in norms[:start]):
        return False
    return norms[start] == "unless" or not NEGATOR_WORDS.isdisjoint(norms[start:first])
