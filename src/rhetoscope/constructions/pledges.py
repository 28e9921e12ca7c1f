"""The conditional pledge (resolve): what the speaker says they would do, "I would
restore the fireside chat", "I'd get rid of carried interest", "I would not give
driver's licenses to those...", "What I would do is appoint people who...". A debater
seeking office states the course of the office they seek in the conditional (Searle's
commissive, its condition the office left unsaid); it is no pledge when it frames what
is said ("I would say", "I'd point out", "I'd refer you to"), states a wish, a thought
or a feeling ("I would hope", "I'd rather", "I would assume"), is a state or a past
("I would be", "I would have", "I'd been"), answers a condition said with it ("If I
had a dollar..., I'd qualify", "I'd take it back if I could") or stands in another's
clause ("He said I would", "that I would"). It is a bare commitment: the readings of
``stance.commitments`` still apply (a hedge before or after it, "I'd probably",
a concession it governs, "I would compromise", a step of the talk)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import CONDITIONS
from .shared import _WOULD, CLAUSE_ENDS, _covered, _merged, opens_clause

# The rule is keyed on "i": the first pass already finds ("i", "would") and ("i", "'d")
# for the same-again rule, and a key "would" of its own would be lost under them; a
# sentence with no "would" or "'d" leaves the rule at its first test.

# 1.22.0: the readers of real debate speech mark the candidate's "I would" + an act
# resolve (13 of 16 in stance_debates3, stance_debates2 and tests/data/stance_debates:
# "I would pick people that would be strict constructionists", "I would certainly not do
# first strike", "I would go after Baghdadi"); of 116 such clauses in the 35 debates,
# about four in five are the speaker's course in office.
PLEDGE = Entry("i would + a course", ("i", "would"), "resolve", 1.0, "resolve")
_CONTRACTED = Entry("i would + a course", ("i", "'d"), "resolve", 1.0, "resolve")
# What follows "would" that is no act undertaken: verbs that frame the speaker's words
# or judge a claim (Fraser's hedged performatives: "I would say", "I'd point out", "I'd
# refer you to", "I'd dispute that characterisation"), disclaimers ("I wouldn't promise
# it tonight"), verbs of thought, wish and feeling ("I would assume", "I'd rather", "I
# would hope"), the state or the past ("I would be", "I would have", "I'd better"), and
# words that are no verb ("I'd just as soon", "I would very much like").
_NOT_ACTS = frozenset(
    (
        # framing the speaker's words, judging a claim
        "say tell suggest argue point note add remind ask urge encourage caution refer call "
        "characterize characterise describe stress emphasize emphasise submit cite mention "
        "answer respond reply put recommend advise warn invite agree disagree concede admit "
        "maintain insist contend repeat leave dispute assess judge rate echo second move "
        "question defer thank congratulate commend join associate "
        # 1.25.0: a dare, said as "urge" and "invite" are ("I would challenge Mr.
        # Gorbachev to join with us": defiance's "i would challenge ... to")
        "challenge "
        # disclaiming
        "promise guarantee predict speculate "
        # thought, wish and feeling
        "like love hate prefer rather want wish hope think guess imagine suppose suspect "
        "expect bet assume consider know hesitate estimate venture doubt worry fear feel "
        "welcome appreciate enjoy need reckon wager mind blame trust "
        # the state or the past
        "be have better "
        # no verb
        "as very much so too"
    ).split()
)
# Hedges of degree said with "would" (Hyland 2005): "I wouldn't go that far / so far as
# to", "I wouldn't read too much into it", "I wouldn't hold my breath / hold us to that",
# "I wouldn't lose sleep over it", "I'd push back on the premise" (a claim judged).
_HEDGING_IDIOMS = {
    "read": frozenset({"too", "much", "anything"}),
    "hold": frozenset({"my", "your", "our", "us", "me", "you", "them", "it"}),
    "lose": frozenset({"sleep"}),
    "push": frozenset({"back"}),
    # "I'd go crazy", "I'd go nuts": a feeling, no course
    "go": frozenset("further farther so that too as crazy nuts mad insane broke".split()),
}
# Between "would" and its verb: adverbs and the negator ("I would certainly not do",
# "I'd also", "I wouldn't").
_BETWEEN = frozenset(
    "just also certainly never not n't only simply then now first still already always ever".split()
)
# "I'd" is "I had" before a participle ("I'd been", "I'd sent", "I'd already left"):
# the irregular ones that are no base form too ("sent", not "cut" or "read").
_PARTICIPLES = frozenset(
    "been seen done gone had got gotten made said told known given taken thought heard "
    "won lost left met run become come found felt kept brought bought sent spent built "
    "lent bent meant dealt slept paid sold held stood understood taught caught fought "
    "sought sat led fed fled begun sung drunk swum struck stuck hung dug shot lit".split()
)
# Adverbs of "had" only: "I'd already left", "I'd once seen".
_HAD_ADVERBS = frozenset({"already", "once"})
# "would" of the habitual past, not of a course ("I would usually stay late", "Growing
# up, I would spend hours at the library", "Every summer when I was a boy, I would walk"):
# an adverb of frequency, or a frame of past time before the subject.
_FREQUENCY = frozenset(
    "usually often sometimes generally typically normally frequently occasionally "
    "regularly routinely".split()
)
_PAST_FRAMES = (
    ("when", "i", "was"),
    ("when", "we", "were"),
    ("growing", "up"),
    ("back", "then"),
    ("in", "those", "days"),
    ("years", "ago"),
    ("used", "to"),
    ("as", "a", "boy"),
    ("as", "a", "girl"),
    ("as", "a", "child"),
    ("as", "a", "kid"),
)
_TIME_NOUNS = frozenset(
    "day morning night evening week weekend month summer winter spring fall year time".split()
)
# Advice and the hypothetical: "In your shoes, I'd sell", "Were I in charge, I'd...".
_ADVICE_FRAMES = frozenset({"shoes", "place", "position"})
_OTHERS = frozenset({"your", "his", "her", "their"})
# A pseudo-cleft of the pledge: "What I would do is appoint...", "One thing I'd do is...".
_CLEFT_HEADS = frozenset({"what", "thing"})
_CONDITIONS = CONDITIONS | {"provided"}


def _verb_at(norms: Sequence[str], w: int) -> int | None:
    """Where the verb after the "would" at ``w`` stands, past adverbs and negators."""
    v = w + 1
    while v < len(norms) and (
        norms[v] in _BETWEEN or (norms[v].endswith("ly") and norms[v].isalpha())
    ):
        v += 1
    return v if v < len(norms) and norms[v].isalpha() else None


def _habitual(norms: Sequence[str], s: int, v: int) -> bool:
    """Whether the "would" of the subject at ``s`` (its verb at ``v``) tells the past's
    habit: an adverb of frequency after it, or a frame of past time before the subject
    ("every summer", "when I was a boy", "growing up")."""
    if not _FREQUENCY.isdisjoint(norms[s:v]):
        return True
    before = norms[:s]
    for n in range(len(before)):
        if any(tuple(before[n : n + len(f)]) == f for f in _PAST_FRAMES):
            return True
        if before[n] == "every" and before[n + 1 : n + 2] and before[n + 1] in _TIME_NOUNS:
            return True
    return False


def _conditioned(norms: Sequence[str], s: int, v: int) -> bool:
    """Whether a condition stands before the subject at ``s`` in its sentence, or after
    the verb at ``v`` in its clause ("If I were running it, I'd know"; "I'd take it back
    if I could"), or another's place is supposed ("In your shoes, I'd...", "Were I...")."""
    if not _CONDITIONS.isdisjoint(norms[:s]):
        return True
    for k in range(s):
        if norms[k] in _ADVICE_FRAMES and k and norms[k - 1] in _OTHERS:
            return True
        if norms[k : k + 2] in (["were", "i"], ["had", "i"]) and (
            k == 0 or norms[k - 1] in CLAUSE_ENDS
        ):
            return True  # "Were I in charge, I'd..."
    for w in norms[v + 1 :]:
        if w in CLAUSE_ENDS:
            return False
        if w in _CONDITIONS:
            return True
    return False


def _pledged(norms: Sequence[str], s: int) -> bool:
    """Whether the subject at ``s`` opens its own clause or a pseudo-cleft ("What I
    would do is...", "One thing I'd do is...")."""
    if opens_clause(norms, s):
        return True
    return bool(
        s
        and norms[s - 1] in _CLEFT_HEADS
        and norms[s + 2 : s + 4] == ["do", "is"]
        and (s == 1 or norms[s - 1] == "thing" or opens_clause(norms, s - 1))
    )


def _pledge_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PLEDGE`` hit on each "I would / I'd" whose verb is an act
    the speaker undertakes, that no other hit covers."""
    if norms[-1] == "?" or _WOULD.isdisjoint(norms):
        return stance
    taken = _covered(stance)
    added = []
    for s in range(len(norms) - 2):
        w = s + 1
        if norms[s] != "i" or norms[w] not in _WOULD or not taken.isdisjoint((s, w)):
            continue
        v = _verb_at(norms, w)
        if v is None or norms[v] in _NOT_ACTS or not _pledged(norms, s):
            continue
        if norms[w] == "'d" and (
            norms[v] in _PARTICIPLES
            or norms[v].endswith(("ed", "en"))
            or not _HAD_ADVERBS.isdisjoint(norms[w:v])
        ):
            continue  # "I'd been", "I'd asked", "I'd already left": "I had"
        if _habitual(norms, s, v):
            continue  # "Growing up, I would spend hours at the library"
        if norms[v + 1 : v + 2] and norms[v + 1] in _HEDGING_IDIOMS.get(norms[v], ()):
            continue  # "I wouldn't go that far"
        if norms[v : v + 2] == ["get", "to"] or _conditioned(norms, s, v):
            continue  # "I would never get to talk about...": no act undertaken
        added.append(Hit(s, w + 1, (PLEDGE if norms[w] == "would" else _CONTRACTED,)))
    return _merged(stance, added)
