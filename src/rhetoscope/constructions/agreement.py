"""Agreement stated (concession): "I agree with the president", "Senator McCain and I do
agree", "I basically agree", "I couldn't agree more", a point of the other side granted,
read with the clause it stands in, which decides whether anything is granted; an
agreement refused (defiance): "I wouldn't agree to that"; and another said to be right
(concession): "Senator McCain is absolutely right"."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import CONDITIONS, FIRST_PERSON, NEGATOR_WORDS
from ..said_relatives import SAYINGS
from .shared import CLAUSE_ENDS, PERSON_TITLES, _covered, _merged

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = (("agree",),)


# 1.21.0: the speaker's agreement stated grants a point to the other side: the readers of
# real debate speech mark every such sentence a concession (7 of 7 in stance_debates2
# and stance_debates: "I agree with the president", "one thing ... that we certainly
# agree on", "Senator McCain and I do agree, this is the greatest nation on earth"). *I*
# or *we*, then auxiliaries and adverbs ("I do agree", "I'd agree", "I basically agree",
# "we absolutely agree", "I have to agree"), then *agree*; "I couldn't agree more" is
# the same agreement, emphatic. The rule reads the clause, so that none of these grants
# anything:
# * a negator between ("I don't agree with you": a disagreement, the defiance entries of
#   1.13.0), or one before in another clause that denies no agreement ("It's not often
#   that I agree with the governor, but...", "I never thought I'd agree with Newt", "I
#   can't believe I agree with you": concessions all the same; the hit is not negated
#   again, see ``AGREEMENTS``), or a denied belief before it ("I don't think we agree
#   on that", "Not that I agree with him"): the agreement denied;
# * a condition or a time of agreement, not a point granted ("If we agree", "Unless we
#   agree on a budget by Friday", "Whether or not I agree with the ruling", "Once we
#   agree on the price"), and one after it ("I'd agree if they paid for the extra
#   hours");
# * consent, not a point granted ("By signing below, I agree to the terms", "We agree to
#   disagree"); consent refused is defiance, as the entries "I / we will not agree to"
#   (defiance.tsv) in any spoken form ("I wouldn't agree to that", "I'd never agree to a
#   deal like that", "We'll never agree to those terms"), not another's ("The Soviet
#   Union may not agree to an inspection system");
# * an agreement on nothing ("We agree on nothing except the date", "I agree with almost
#   nothing in his plan");
# * a proposal seconded ("I agree with Tom, let's push the launch to March"), or the
#   public sided with ("Americans are mad, and I agree with them", "I agree with the
#   American people"): no adversary is granted a point.
AGREEMENT = Entry("i agree", ("i", "agree"), "concession", 1.0, "concession")
OUR_AGREEMENT = Entry("we agree", ("we", "agree"), "concession", 1.0, "concession")
EMPHATIC_AGREEMENT = Entry(
    "could n't agree more", ("could", "n't", "agree", "more"), "concession", 1.0, "concession"
)
AGREEMENTS = frozenset({AGREEMENT, OUR_AGREEMENT, EMPHATIC_AGREEMENT})
"""The entries of agreement stated; their rule has read the negators of their clause, so
a negator before their subject belongs to another clause and does not negate them."""
_AGREED = {"i": AGREEMENT, "we": OUR_AGREEMENT}

_BETWEEN = frozenset("do did does 'd would can ca could 'll will wo must have to".split())
_ADVERBS = frozenset("also just really still both actually".split())
_REACH = 5  # words between the subject and "agree"
# A time or condition of agreement ("once we agree", "whether or not I agree").
_UNSETTLED = CONDITIONS | frozenset("whether once until till when whenever before after".split())
_UNSETTLED_REACH = 4
_TRAILING_CONDITIONS = CONDITIONS | {"provided"}
_TRAILING_REACH = 6
_DENIED_BELIEFS = frozenset({"think", "believe"})
_DENYING = (("do", "n't"), ("do", "not"), ("does", "n't"), ("does", "not"))
_TOPIC = frozenset({"with", "on", "about"})
_ALMOST = frozenset("almost virtually practically hardly".split())
_NOTHING = frozenset("nothing none nobody little no neither".split())
_PUBLIC = frozenset(
    "people americans voters public taxpayers citizens families folks workers constituents".split()
)
_PUBLIC_BEFORE = frozenset("the most many all american ordinary working".split())


def _adverb(word: str) -> bool:
    return word in _ADVERBS or (word.endswith("ly") and word.isalpha())


def _subject(norms: Sequence[str], a: int) -> tuple[int, list[int]] | None:
    """Where *I* or *we* stands before the "agree" at ``a``, past auxiliaries, adverbs and
    negators, with where the negators stand; None when no subject stands there."""
    s, negators = a - 1, []
    while s >= 0 and a - s <= _REACH and norms[s] not in FIRST_PERSON:
        if norms[s] in NEGATOR_WORDS:
            negators.append(s)
        elif not (norms[s] in _BETWEEN or _adverb(norms[s])):
            return None
        s -= 1
    if s < 0 or norms[s] not in FIRST_PERSON:
        return None
    return s, negators


def _unsettled(norms: Sequence[str], s: int) -> bool:
    """Whether the subject at ``s`` follows a condition, a time of agreement or a denial in
    its clause ("unless we agree", "whether or not I agree", "I don't think we agree",
    "Not that I agree")."""
    for j in range(s - 1, max(-1, s - 1 - _UNSETTLED_REACH), -1):
        w = norms[j]
        if w in CLAUSE_ENDS:
            return False
        if w in _UNSETTLED:
            return True
        if w in _DENIED_BELIEFS and tuple(norms[max(0, j - 2) : j]) in _DENYING:
            return True  # "I don't think we agree" (not "I never thought I'd agree")
        if w == "that" and j and norms[j - 1] == "not" and (j == 1 or norms[j - 2] in CLAUSE_ENDS):
            return True  # "Not that I agree with him" (not "It's not often that I agree")
    return False


def _grants_nothing(norms: Sequence[str], a: int, s: int) -> bool:
    """Whether what follows the "agree" at ``a`` is consent, nothing agreed on, a condition,
    a proposal seconded or the public sided with."""
    after = norms[a + 1 : a + 4]
    if after[:1] == ["to"]:
        return True  # consent: "I agree to the terms"
    if after[:1] and after[0] in _TOPIC:
        rest = after[1:]
        if rest[:1] and rest[0] in _ALMOST:
            rest = rest[1:]
        if rest[:1] and rest[0] in _NOTHING:
            return True  # "We agree on nothing", "with almost nothing"
        if rest[:1] == ["them"]:
            return not _PUBLIC.isdisjoint(norms[:s])  # "Americans are mad, and I agree with them"
        while rest[:1] and rest[0] in _PUBLIC_BEFORE:
            rest = rest[1:]
        if rest[:1] and rest[0] in _PUBLIC:
            return True  # "I agree with the American people"
    for w in norms[a + 1 : a + 1 + _TRAILING_REACH]:
        if w in CLAUSE_ENDS or w == "that":
            break
        if w in _TRAILING_CONDITIONS:
            return True  # "I'd agree if they paid for the extra hours"
    return any(norms[j : j + 2] == ["let", "'s"] for j in range(a + 1, len(norms) - 1))


def _agreement_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a hit for each agreement the speaker states that grants a
    point (``AGREEMENTS``) or refuses one (``refused``), over the words no other hit
    covers."""
    taken = _covered(stance)
    added = []
    for a, word in enumerate(norms):
        if word != "agree" or a in taken:
            continue
        found = _subject(norms, a)
        if found is None or _unsettled(norms, found[0]):
            continue
        s, negators = found
        # after a hit between: "I'll agree", "we certainly agree" (the booster's own)
        first = max((i + 1 for i in range(s, a) if i in taken), default=s)
        more = next((i for i in range(a + 1, min(len(norms), a + 5)) if norms[i] == "more"), None)
        if negators and norms[a + 1 : a + 2] == ["to"] and norms[a + 2 : a + 3] != ["disagree"]:
            last, entry = a + 2, refused(norms[first : a + 2])  # "I wouldn't agree to that"
        elif negators and more is not None and negators == [a - 1] and norms[a - 2] == "could":
            last, entry = more + 1, EMPHATIC_AGREEMENT  # "I couldn't agree with you more"
        elif negators or _grants_nothing(norms, a, s):
            continue  # "I don't agree with you": the disagreement entries' (defiance.tsv)
        else:
            last, entry = a + 1, _AGREED[norms[s]]
        if not taken.isdisjoint(range(a, last)):
            continue
        added.append(Hit(first, last, (entry,)))
    return _merged(stance, added)


def refused(words: Sequence[str]) -> Entry:
    """The defiance entry of an agreement refused, spelled as said ("i would n't agree
    to", "never agree to" after "We'll"): its negator is its own, never negated again."""
    return Entry(" ".join(words), tuple(words), "defiance", 1.0, "defiance")


# 1.22.0: another's point granted, said of them: a person, then a copula, adverbs of
# degree and *right* or *correct* closing the clause or before what they are right about
# ("Senator McCain is absolutely right, we cannot tolerate a nuclear Iran", "But she is
# absolutely right.", "Senator Dole is correct.", "President Obama was right, he said
# that..."): the concession the entries "he's right", "my opponent is right" spell, now
# with a titled name and an adverb between (both readers of stance_debates3, and
# "Senator Obama is correct on" in tests/data/stance_debates). The person is a pronoun of
# the other side (he, she, you) or a title and a name; not "the president" (as often
# the speaker's own side) nor a thing ("the decision was right"). Not negated, asked,
# conditioned ("if he's right"), reported ("I said she's right") nor "right" of place or
# time ("right near the bottom", "right now"). The readers of quoted news mark no
# concession for an ally's point affirmed ("Bill has pointed out, and he's absolutely
# right, that..."), as the entries "he's right ," already count: no cue tells an ally.
GRANTED = Entry("he is right", ("is", "right"), "concession", 1.0, "concession")
_RIGHT = frozenset({"right", "correct"})
_PERSONS = frozenset({"he", "she", "you"})
_GRANT_COPULAS = frozenset({"is", "'s", "was", "are", "'re", "were"})
_DEGREE = frozenset(
    "absolutely quite exactly entirely completely certainly partly partially totally "
    "perfectly also".split()
)
# What may follow "right": the clause's end, or what the person is right about.
_GRANT_AFTER = frozenset(
    {",", ".", ";", ":", "!", "-", "\u2013", "\u2014", "--", "that", "about", "on", "in", "to"}
    | {"and", "but", "when"}
)
# "right" of place or time, not of a claim ("right in the middle of dinner", "correct in
# the first half", "right on time", "right on schedule"): what follows "in" or "on".
_PLACE_OR_TIME = frozenset("the a an front back time schedule track target cue here there".split())
# A supposition grants nothing ("Assuming she is correct about the dates, ...").
_GRANT_BREAKS = CONDITIONS | frozenset(
    "whether not n't never assuming suppose supposing provided providing".split()
)


def _granted_person(norms: Sequence[str], c: int) -> int | None:
    """Where the person subject ending before the copula at ``c`` starts, opening its
    clause; else None."""
    s = None
    if c >= 1 and norms[c - 1] in _PERSONS:
        s = c - 1
    elif c >= 2 and norms[c - 2] in PERSON_TITLES and norms[c - 1].isalpha():
        s = c - 2  # "Senator McCain"
    elif c >= 3 and norms[c - 3] in PERSON_TITLES and norms[c - 2] == ".":
        s = c - 3  # "Mr. Bush"
    if s is None:
        return None
    if s and norms[s - 1] in ("the", "vice"):
        return None  # "the president", "vice president": not named
    if s and norms[s - 1] in SAYINGS:
        return None  # words reported: "I actually said she's exactly right when..."
    return s


def _granted_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``GRANTED`` hit for each person said to be right, over the
    words no other hit covers."""
    if norms[-1] == "?":
        return stance
    taken = _covered(stance)
    added, boosters = [], set()
    for r, word in enumerate(norms):
        if word not in _RIGHT or r + 1 >= len(norms) or norms[r + 1] not in _GRANT_AFTER:
            continue
        if norms[r + 1] in ("in", "on") and norms[r + 2 : r + 3] and norms[r + 2] in _PLACE_OR_TIME:
            continue  # "right in the doorway", "right on time"
        c = r - 1
        while c >= 0 and norms[c] in _DEGREE:
            c -= 1
        if c < 1 or norms[c] not in _GRANT_COPULAS:
            continue
        s = _granted_person(norms, c)
        if s is None or not _GRANT_BREAKS.isdisjoint(norms[max(0, s - 3) : r]):
            continue
        if r in taken or not taken.isdisjoint(range(s, c + 1)):
            continue
        # a booster between ("is absolutely right") is the grant's own degree, one hit
        boosters.update(range(c + 1, r))
        added.append(Hit(s, r + 1, (GRANTED,)))
    if boosters:
        stance = [h for h in stance if not (h.first in boosters and h.last - 1 in boosters)]
    return _merged(stance, added)


RULE_KEYS += (("right",), ("correct",))
