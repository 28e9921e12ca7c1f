"""A disagreement pressed on the other side (defiance): "I strongly disagree", "I
disagree.", "I disagree with that", "I couldn't disagree more", "I just don't agree with
that", "I disagree with Mr. Perot that the answer is...". A neutral statement of a
difference is none ("Senator Kennedy and I disagree on the means", "where we disagree",
"people can disagree", "I disagree with him on this"): the speaker's own disagreement,
in the present, must be intensified, stand alone or answer a claim (that, the premise,
what he said, a that-clause)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import FIRST_PERSON
from .shared import CLAUSE_ENDS, PERSON_TITLES, SENTENCE_MARKS, _covered, _merged, opens_clause

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()

# Its label is the family's: "I disagree", "I don't agree", "I couldn't disagree more".
DISAGREEMENT = Entry("a disagreement pressed", ("i", "disagree"), "defiance", 1.0, "defiance")
_INTENSE = frozenset(
    (
        "strongly completely totally fundamentally vehemently violently sharply profoundly "
        "entirely wholeheartedly vigorously emphatically categorically utterly flatly "
        "absolutely respectfully strenuously deeply"
    ).split()
)
# Between the subject and the verb: "I just disagree", "I have to disagree", "I must
# respectfully disagree", "I of course disagree"; not "would", "may", "can" (a hedge or a
# possibility: "we may disagree").
_BETWEEN = _INTENSE | frozenset("just really simply also still do must have to of course".split())
# What the speaker disagrees with when it is the claim just made: "with that", "with the
# premise", "with what he said", "with this notion".
_ANAPHORS = frozenset({"that", "this", "it", "what"})
_CLAIM_DETERMINERS = frozenset("the that this those these your his her their such".split())
_CLAIMS = frozenset(
    (
        "premise assertion assertions notion idea characterization characterisation claim "
        "claims suggestion statement statements assessment analysis point view conclusion "
        "charge charges argument description figures numbers"
    ).split()
)
_CLAIM_REACH = 3  # "with the premise", "with your whole analysis"
_WITH_REACH = 5  # "with Mr. Perot that...", "with my friend the senator that..."
# A title's period inside the holder's name ("with Mr. Perot that..."): no clause end.
_TITLES = frozenset("mr mrs ms dr gov sen rep gen st jr sr lt col prof".split())
_ENDS = SENTENCE_MARKS | {"\u2014", "--", "-", "\u2013"}
_SPOKEN_DASHES = frozenset({"-", "\u2013"})


def _answers_claim(norms: Sequence[str], j: int) -> bool:
    """Whether what follows the verb at ``j`` answers a claim: nothing (the sentence or
    clause ends), an intensifier, a claim after "with", or a that-clause."""
    if j >= len(norms) or norms[j] in _ENDS or norms[j] in _INTENSE:
        return True
    if norms[j] == "that":  # "I disagree that we need 150,000 troops", "that's the way"
        return j + 1 < len(norms) and (norms[j + 1].isalpha() or norms[j + 1] == "'s")
    if norms[j] != "with" or j + 1 >= len(norms):
        return False
    if norms[j + 1] in _ANAPHORS:
        return True
    if norms[j + 1] in _CLAIM_DETERMINERS and not _CLAIMS.isdisjoint(
        norms[j + 2 : j + 2 + _CLAIM_REACH]
    ):
        return True
    if norms[j + 1] == "you":  # "I disagree with you." but not "with you on taxes"
        return j + 2 >= len(norms) or norms[j + 2] in _ENDS or norms[j + 2] == "but"
    # 1.22.0: so with the other one named, closing the clause ("I don't agree with him.",
    # "I just disagree with Mr. Perot."), not "with him on this"
    person = _person_after(norms, j + 1)
    if person is not None and (
        person >= len(norms) or norms[person] in _ENDS or norms[person] == "but"
    ):
        return True
    # the other side's claim after its holder: "with Mr. Perot that the answer is..."
    for k in range(j + 2, min(len(norms) - 1, j + 2 + _WITH_REACH)):
        if norms[k] in CLAUSE_ENDS and not (norms[k] == "." and norms[k - 1] in _TITLES):
            return False
        if norms[k] == "that" and norms[k + 1].isalpha():
            return True
    return False


_PERSON_PRONOUNS = frozenset({"him", "her", "them"})
# Both (or all) of the others named at once: "with both of them", "with all of them".
_GROUP_OF_THEM = frozenset({("both", "of", "them"), ("all", "of", "them")})


def _person_after(norms: Sequence[str], i: int) -> int | None:
    """Where the person named at ``i`` ("him", "Mr. Perot", "Senator Kennedy") ends, or
    None."""
    if norms[i] in _PERSON_PRONOUNS:
        # 1.23.0: "them both", "them all" name the other side too
        both = norms[i] == "them" and norms[i + 1 : i + 2] in (["both"], ["all"])
        return i + 2 if both else i + 1
    if tuple(norms[i : i + 3]) in _GROUP_OF_THEM:
        return i + 3  # 1.23.0: "I disagree with both of them."
    if norms[i] in PERSON_TITLES:
        k = i + 2 if norms[i + 1 : i + 2] == ["."] else i + 1
        return k + 1 if k < len(norms) and norms[k].isalpha() else None
    return None


def _speaker_at(norms: Sequence[str], k: int) -> bool:
    """Whether the speaker's own subject stands at ``k`` and opens its clause alone ("I",
    "we", "let me"); not "Mr. Nixon and I", "where we", "if I"."""
    if k < 0:
        return False
    if norms[k] == "me":
        return k > 0 and norms[k - 1] == "let"  # "let me sharply disagree"
    if norms[k] not in FIRST_PERSON:
        return False
    if not opens_clause(norms, k) and norms[k - 1] not in _SPOKEN_DASHES:
        return False  # (a spoken dash opens a clause: "uh - I strongly disagree")
    # "Mr. Nixon and I" shares the subject; after a break, "and" opens the clause (1.22.0:
    # a spoken dash too, "The - and I just fundamentally disagree.")
    return not (
        k >= 2 and norms[k - 1] == "and" and norms[k - 2] not in CLAUSE_ENDS | _SPOKEN_DASHES
    )


def _disagreement_at(norms: Sequence[str], i: int) -> int | None:
    """Where the disagreement whose verb ("disagree") stands at ``i`` opens, or None."""
    k = i - 1
    while k >= 0 and i - k <= 4 and norms[k] in _BETWEEN:
        k -= 1
    if _speaker_at(norms, k):
        intense = not _INTENSE.isdisjoint(norms[k + 1 : i])
        return k if intense or _answers_claim(norms, i + 1) else None
    # "I couldn't disagree more", "I could not disagree with her more"
    if k >= 2 and norms[k] in ("n't", "not") and norms[k - 1] == "could" and norms[k - 2] == "i":
        return k - 2 if "more" in norms[i + 1 : i + 5] and opens_clause(norms, k - 2) else None
    return None


_NEGATORS = frozenset({"n't", "not"})
_MORE_REACH = 5
_CAN_DO = frozenset({"do", "ca", "can", "cannot"})
_SOFTENED = frozenset(
    "more to on necessarily entirely fully completely totally quite always".split()
)


def _refused_agreement_at(norms: Sequence[str], i: int) -> int | None:
    """Where a refused agreement whose verb ("agree") stands at ``i`` opens ("I just
    don't agree with that", "I don't agree."), or None; not "I couldn't agree more", "I
    don't agree to" (refusing terms), "we don't agree on everything", "I don't
    necessarily agree"."""
    if i + 1 < len(norms) and norms[i + 1] in _SOFTENED:
        return None
    if "more" in norms[i + 1 : i + 1 + _MORE_REACH]:
        return None  # "I can't agree with that more": agreement (review rvdefy #10)
    n = i - 1
    if n < 1 or (norms[n] not in _NEGATORS and norms[n] != "cannot"):
        return None
    k = n - 1 if norms[n] == "cannot" else n - 2
    if k < 0 or (norms[n] != "cannot" and norms[k + 1] not in _CAN_DO):
        return None
    while k >= 0 and norms[k] in ("just", "really", "simply", "still"):
        k -= 1
    if not _speaker_at(norms, k) or not _answers_claim(norms, i + 1):
        return None
    return k


def _disagreement_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``DISAGREEMENT`` hit for each disagreement the speaker
    presses on the other side, that no other hit covers."""
    if norms[-1] == "?":
        return stance  # "Do you disagree?", "May I disagree with the premise?"
    taken = _covered(stance)
    added = []
    for i, word in enumerate(norms):
        if word == "disagree":
            start = _disagreement_at(norms, i)
        elif word == "agree":
            start = _refused_agreement_at(norms, i)
        else:
            continue
        if start is not None and taken.isdisjoint(range(start, i + 1)):
            added.append(Hit(start, i + 1, (DISAGREEMENT,)))
    return _merged(stance, added)


RULE_KEYS += (("disagree",), ("agree",))
