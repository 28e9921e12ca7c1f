"""Resolve that real speech does not carry (1.20.0, read from quoted news speech): a
booster of a statement about the world ("Certainly Donald Trump has gone the other way",
"absolutely delighted"), "must" of a necessity laid on others or inferred ("they must
make clean energy central", "our poll must have only included") or framing the speaker's
own words ("I must say"), and a duty the speaker prescribes for everyone ("We have to
make America whole", "we have to be cognizant of the fact"): no commitment to a course
of the speaker's own."""

from __future__ import annotations

from collections.abc import Sequence

from ..constructions import SENTENCE_MARKS
from ..matcher import Hit

# "of course" since 1.8.0; "certainly", "absolutely", "obviously" since 1.20.0: resolve
# only when they boost a commitment or a hit of resolve or defiance next to them
# (``certainty._boosting``), or stand alone as an emphatic answer ("Absolutely.").
# 1.21.0: and "in fact", an actuality adverbial (Biber 1999) that insists on a fact ("In
# fact, we had a conversation about our mothers", "In fact, I'm for shrinking the size of
# government"): none of its 6 uses in the real-speech sets is marked resolve.
# 1.22.0: and "the fact is", "it is clear", which insist on a fact as "in fact" does ("The
# fact is that there have been markets shut to us", "it's clear they're there"): the
# readers of real speech mark none of their 4 uses in the real sets resolve, and of their
# 54 uses in the debates nearly every one brings in a fact or a charge ("The fact is
# that businesses in America today are paying the second highest tax rate").
# 1.27.0: and "clearly", most often a manner ("a clearly defined line", "communicate
# clearly") or a judgment of a fact ("where it clearly is not energy-efficient", "a
# commander in chief who clearly sets the mission"): about 2 of 40 of its uses in the
# debates and the news boost a commitment of the speaker's; the real-speech sets mark it
# resolve in 3 of 9 sentences, each kept by another cue.
SHARED_BOOSTERS = frozenset(
    {"of course", "certainly", "absolutely", "obviously", "in fact"}
    | {"the fact is", "it 's clear", "it is clear"}
    | {"clearly"}
)
_ANSWER_LEADS = frozenset({"oh", "yes", "yeah", "well", "and", "but"})


def answering(norms: Sequence[str], hit: Hit, pattern: str) -> bool:
    """Whether the booster ``hit`` is the whole sentence but for a lead word and marks: an
    emphatic yes ("Would I run again? Absolutely.")."""
    if pattern == "of course":
        return False  # "Of course." grants a point, as "of course" does in a sentence
    words = [n for n in norms if n not in SENTENCE_MARKS]
    return len(words) - (hit.last - hit.first) <= 1 and all(
        n in _ANSWER_LEADS for n in words if n != norms[hit.first]
    )


# ... or a word of certainty or determination right after them, whose bare forms are no
# entries ("I'm absolutely certain the supply will be restored", "absolutely sure").
_CERTAIN = frozenset("certain sure confident convinced determined committed resolved".split())


def boosts_certainty(norms: Sequence[str], hit: Hit) -> bool:
    """Whether the word after the booster ``hit`` is one of certainty or determination."""
    return hit.last < len(norms) and norms[hit.last] in _CERTAIN


# "must" is the speaker's resolve only with the speaker as its subject ("I must refuse"):
# after another subject it lays a duty on others ("they must make clean energy central",
# "Staff must wear masks") or infers ("something else must be small"); "must have" with a
# participle infers the past ("our poll must have only included"); "we must" is a duty
# prescribed for all, as "we have to" below ("We must create national and global
# economies that work for all", "As Jews, we must recognize it").
_SPEAKER_ALONE = frozenset({"i"})  # not "we" (``FIRST_PERSON``): "we must" prescribes
# 1.21.0: "I must say", "I must tell you", "I must point out": a hedged performative
# (Fraser 1975), the speaker's frame for what follows, not a necessity undertaken ("the
# AmeriCorps program, I must say, if that's one of your successes, I wouldn't speak
# about it too loudly"). Verbs that frame the speaker's own words, not those whose
# denial disowns a clause (``reported._SAYING``) nor others' views brushed aside
# (``hedges._VIEW_VERBS``). "Tell" frames only when it addresses the hearers or a clause
# follows ("I must tell you, this is...", "I must tell the American people that..."):
# with an object of its own it is a duty like any other ("I must tell my daughter the
# truth"). "Remind" and "ask" frame the talk whatever follows ("I must remind him the
# Democrats have controlled the Congress", "Under our rules, I must ask this question
# of you").
_FRAMING_VERBS = frozenset("say add note point remind ask".split())
_TELLING_REACH = 4
_BETWEEN_SUBJECT = frozenset("also still all really now then too just both".split())


def others_must(norms: Sequence[str], hit: Hit) -> bool:
    """Whether the "must" of ``hit`` is not the speaker's own necessity (or is ours, a
    prescription, or frames what the speaker says)."""
    i = hit.first - 1
    while i >= 0 and norms[i] in _BETWEEN_SUBJECT:
        i -= 1
    if i < 0 or norms[i] not in _SPEAKER_ALONE:
        return True
    after = norms[hit.last : hit.last + 3]
    if (after[:1] and after[0] in _FRAMING_VERBS) or _addressing(norms, hit.last):
        return True  # "I must say, ...": a hedged performative, a frame of the talk
    if after[:1] == ["have"]:
        verb = next((w for w in after[1:] if w not in ("only", "just", "already")), "")
        return verb.endswith(("ed", "en")) or verb in ("been", "had", "known", "seen", "heard")
    return False


def _addressing(norms: Sequence[str], at: int) -> bool:
    """Whether a "tell" at ``at`` addresses the hearers ("tell you") or introduces a
    clause ("tell the American people that")."""
    if norms[at : at + 1] != ["tell"]:
        return False
    after = norms[at + 1 : at + 1 + _TELLING_REACH]
    return after[:1] == ["you"] or "that" in after


# A duty of ours asserted with "we have to" is a prescription, an exhortation to all
# ("We have to be very careful", "We have to build on that", "We have to do what's right
# to save America"), not the speaker's commitment; the readers of real speech mark none
# of them. 1.21.0: nor when a hedge or a conviction stands before it ("I think we have
# to grab it", "I believe that we have to eliminate the earmarks", "I think we must act"):
# those readers mark none of 7 resolve (the hedge is counted, see
# ``hedges._deliberative``).
# The spoken "we got to", "we gotta" are the same duty ("We got to have health care for
# all Americans").
# 1.28.0: and the other forms of "it's essential that we" the lexicon lists ("It is
# essential that we extend freedom", "That's why it's essential we win", "it's vital that
# we do so"): 9 in the debates and the news, each a duty of ours urged; the readers of
# real speech mark 0 of 3 resolve. Not "it's necessary (that) we", which they mark
# resolve ("It's necessary we win": 1 of 1).
_NECESSARY = ("essential", "vital", "imperative")
PRESCRIPTIONS = frozenset(
    {"we have to", "we 've got to", "we have got to", "we got to", "we gotta", "we 've gotta"}
    | {
        f"it {be} {adjective}{that} we"
        for be in ("'s", "is")
        for adjective in _NECESSARY
        for that in (" that", "")
    }
)
