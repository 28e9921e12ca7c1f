"""Concessions read over the sentences of one turn: a bare apology after the speaker's own
account of a failure ("I lost. I'm sorry."), and an assent to one's own question about
a fault ("Could we have done better? Sure.", hypophora)."""

from __future__ import annotations

from collections.abc import Sequence

from ..constructions import SENTENCE_MARKS
from ..lexicon import RULE_LEXICON, Entry
from ..matcher import Hit
from ..models import Match, Sentence
from ..negation import NEGATOR_WORDS, PROGRESSIVE
from ..text import tokens_of
from .disfluency import _FILLERS
from .questions import _OPENING_FILLERS, _question_start
from .shared import _counted, _match

# 1.12.0: a bare apology after the speaker's own account of a failure ("I fought for this
# plant for three years. I lost. I'm sorry.", "Our response was too slow, and students
# paid for it. I'm sorry."): a concession. A bare "I'm sorry." is politeness as often
# ("I'm sorry. We have just a little bit of time left", "Oh, I'm sorry."), so it counts
# only after a statement of the same turn that concedes, or that tells the speaker's own
# past (*I, we, our, my* and a past verb), and not after "oh".
BARE_APOLOGY = Entry("i 'm sorry .", ("i", "'m", "sorry", "."), "concession", 1.0, "concession")
_SORRY = frozenset({("i", "'m", "sorry"), ("i", "am", "sorry"), ("we", "'re", "sorry")})
_SORRY |= frozenset({("we", "are", "sorry"), ("i", "'m", "so", "sorry")})
_PAST = frozenset(
    "was were did lost made got paid took let failed messed blew missed fell had went "
    "left broke".split()
)


def _own_past(norms: Sequence[str]) -> bool:
    """Whether a sentence tells the speaker's own past: *I* or *we* and a past verb ("I
    lost", "we really messed up"), or *our* or *my* and a subject phrase before *was* or
    *were* ("Our response to the protests was too slow")."""
    for i, w in enumerate(norms):
        if w in ("i", "we") and norms[i + 1 : i + 2] != [] and norms[i + 1] not in PROGRESSIVE:
            for v in norms[i + 1 : i + 3]:  # not "I'm obliged to cut you off"
                if v in _PAST or (v.endswith("ed") and len(v) > 4):
                    return True
        elif w in ("our", "my") and not {"was", "were"}.isdisjoint(norms[i + 2 : i + 8]):
            return True
    return False


def bare_apology(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    recent: Sequence[tuple[Sentence, Sequence[str]]],
    matches: Sequence[Match],
) -> list[Match]:
    """The match of a bare "I'm sorry." after the speaker's own account of a failure."""
    if len(norms) > 8 or norms[-1] not in (".", "!") or norms[0] == "oh":
        return []
    words = [n for n in norms if n not in SENTENCE_MARKS]
    if len(words) > 5 or not any(tuple(words[-k:]) in _SORRY for k in (3, 4)):
        return []
    if not recent or recent[-1][0].segment != sentence.segment:
        return []
    before, prior = recent[-1]
    if prior[-1] == "?" or _counted(matches, {sentence.index}, "concession"):
        return []
    if not _counted(matches, {before.index}, "concession") and not _own_past(prior):
        return []
    tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    first = max(i for i, n in enumerate(norms) if n in ("i", "we"))
    return [
        _match(
            text,
            sentence,
            tokens,
            Hit(first, len(norms) - 1, (BARE_APOLOGY,)),
            term=BARE_APOLOGY.pattern,
            source="concession",
            category="concession",
            weight=1.0,
            negator="",
            lexicon=RULE_LEXICON,
            detail="an apology after a failure owned",
        )
    ]


# 1.13.0: an admission answered to one's own question (hypophora). A question about the
# speaker's own conduct or outcome, with a comparative of improvement or a word of
# failure ("Could I have done more?", "Could we have communicated better with
# shareholders?", "Was our launch a disaster?", "Am I embarrassed by the tweet?"),
# answered in the next, short sentence with an assent ("Sure.", "Perhaps.", "Yes.",
# "Kind of, yeah.") is a concession. Not a question without such a word ("Am I running?
# Of course I'm running."), nor one to another ("Could you have done more?").
SELF_ADMISSION = Entry("could we have done better? yes.", ("yes",), "concession", 1.0, "concession")
# (the "no" about one's own merit: "Did we deserve to win? No.")
SELF_DENIAL = Entry("did we deserve to win? no.", ("no",), "concession", 1.0, "concession")
ASSENTS = frozenset(
    "yes yeah yep sure perhaps maybe probably possibly absolutely definitely certainly "
    "guilty kind sort partly arguably undoubtedly".split()
)
_SELF_ASKING = frozenset("could should would did do does am was were have had is".split())
_OWN_SUBJECTS = frozenset({"i", "we", "our", "my"})
_FAULTS = frozenset(
    (
        "wrong mistake mistakes disaster failure mess embarrassed ashamed regret late slow "
        "slowly error errors misjudge misjudged blew blow screw screwed mishandle mishandled "
        "fault fail failed"
        # 1.16.0: conduct judged in a word ("Did I dance badly?", "Was I too harsh?")
        " badly poorly messy harsh rude unfair careless reckless sloppy complacent naive "
        "arrogant unprepared overconfident too"
    ).split()
)
# 1.16.0: a "no" to one's own question about merit is an admission too: "Did we deserve
# to win? No.", "Were we good enough? Probably not.", "Did we get it right? No." (not
# "Did we deserve this? No!", which protests).
_MERITS = frozenset({"enough", "right", "well"})
NO_ANSWERS = frozenset({"no", "nope", "nah"})
NO_PHRASES = (["probably", "not"], ["not", "really"], ["not", "quite"], ["definitely", "not"])
# What a short answer may open with before its assent: "Girl, yes.", "Honestly? Yes."
ANSWER_OPENERS = frozenset({"girl", "man", "honestly", "look", "well", "oh"})
# A comparative of improvement asks about a fault only of what is done: "Could we have
# done better?", "Did we move sooner?"; not "Do we have a better plan?", "Should we invest
# more?".
_COMPARATIVES = frozenset("better more differently sooner earlier faster quicker".split())
_PAST_ASKING = frozenset("did was were had".split())
_NOT_PARTICIPLES = frozenset("a an the any some more better enough no to".split())
_ASSENT_WORDS = 6


def _merit_asked(asked: Sequence[str]) -> bool:
    """Whether one's own question asks about merit: "deserve to win / go through" (not
    "deserve this", "deserve to lose"), "good enough", "get it right", "play well"."""
    if not _MERITS.isdisjoint(asked):
        return True
    at = next((i for i, w in enumerate(asked) if w.startswith("deserve")), None)
    return (
        at is not None
        and asked[at + 1 : at + 2] == ["to"]
        and (asked[at + 2 : at + 3] not in (["lose"], ["be"]))
    )


def self_admission(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    recent: Sequence[tuple[Sentence, Sequence[str]]],
    matches: Sequence[Match],
) -> list[Match]:
    """The match of a short assent answering the speaker's own question about a fault."""
    words = [n for n in norms if n not in SENTENCE_MARKS]
    if (
        len(words) > 1
        and words[0] in ANSWER_OPENERS
        and (words[1] in ASSENTS or words[1] in NO_ANSWERS or words[1:3] in NO_PHRASES)
    ):
        words = words[1:]  # "Honestly, no.", "Well, yes."
    if not words or len(words) > _ASSENT_WORDS:
        return []
    denied = (words[0] in NO_ANSWERS and words[1:2] != ["doubt"]) or words[:2] in NO_PHRASES
    if not denied and words[0] not in ASSENTS | {"of"}:
        return []
    if words[0] == "of" and words[1:2] != ["course"]:
        return []
    if not denied and (not NEGATOR_WORDS.isdisjoint(words) or "no" in words):
        return []
    if not recent or recent[-1][0].segment != sentence.segment:
        return []
    prior = recent[-1][1]
    if prior[-1] != "?" or _counted(matches, {sentence.index}, "concession"):
        return []
    asked = [w for w in prior[_question_start(prior) :] if w not in _FILLERS]
    while asked and asked[0] in _OPENING_FILLERS:
        asked = asked[1:]
    if len(asked) < 3 or asked[0] not in _SELF_ASKING or asked[1] not in _OWN_SUBJECTS:
        return []
    past = asked[0] in _PAST_ASKING or (
        asked[2] in ("have", "'ve") and asked[3:4] != [] and asked[3] not in _NOT_PARTICIPLES
    )
    if denied:
        if not _merit_asked(asked):
            return []
    elif _FAULTS.isdisjoint(asked) and (not past or _COMPARATIVES.isdisjoint(asked)):
        return []
    tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    at = norms.index(words[0])
    entry = SELF_DENIAL if denied else SELF_ADMISSION
    return [
        _match(
            text,
            sentence,
            tokens,
            Hit(at, at + 1, (entry,)),
            term=entry.pattern,
            source="concession",
            category="concession",
            weight=1.0,
            negator="",
            lexicon=RULE_LEXICON,
            detail="an admission: assent to one's own question about a fault",
        )
    ]
