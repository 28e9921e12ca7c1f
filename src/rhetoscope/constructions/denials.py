"""A flat denial of what another said (defiance), in the forms a debater uses beside the
verdicts of ``rebuttals`` ("that's simply false"): a truth negated ("That's just not the
facts", "He's not correct", "Nothing he said is true"), the verdict said alone ("Wrong."),
the charge denied in the first person ("I deny that"), and the record put straight ("Let
me set the record straight")."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import FIRST_PERSON
from ..said_relatives import relative_ending_at
from .rebuttals import VERDICT_COPULAS, verdict_subject
from .shared import (
    CLAUSE_ENDS,
    SENTENCE_MARKS,
    _covered,
    _gives_way,
    _merged,
    _owner,
    opens_clause,
)

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()


# 1.21.0 (second part): a truth negated of another's claim, closing its clause: "that's
# just not the facts", "That is not correct.", "It is not a fact.", "those are not the
# facts", "He's not correct", "That isn't so."; and the claim granted no truth at all:
# "Nothing he said is true", "None of that is accurate". The subject is that of the
# verdicts (``rebuttals.verdict_subject``); no softener between the negator and the truth
# ("not entirely accurate", "not quite correct" hedge), nothing after it ("not true of
# the suburbs", "not so much", "not correct to assume" qualify it).
NEGATED_TRUTH = Entry(
    "a truth negated", ("that", "'s", "not", "the", "facts"), "defiance", 1.0, "defiance"
)
_TRUTHS = (
    ("correct",),
    ("accurate",),
    ("true",),
    ("so",),
    ("factual",),
    ("truthful",),
    ("the", "facts"),
    ("a", "fact"),
    ("the", "case"),
    ("the", "truth"),
)
_TRUTH_WORDS = frozenset(t[-1] for t in _TRUTHS)
_TRUTH_ENDS = SENTENCE_MARKS | {"\u2014", "--", "-", "and", "but"}
_STRONG_NEGATION = frozenset({"even", "remotely"})  # "not even true", "not remotely accurate"
_BEFORE_NOT = frozenset(
    "just simply plainly absolutely certainly clearly obviously frankly really also "
    "still demonstrably factually".split()
)
_NONE_OF = frozenset("that it this these those".split())
# The speaker's turn answers in the present ("That's not the case", "That is not
# correct"); the past narrates an outcome ("..., but that was not the case").
_PRESENT_COPULAS = frozenset("'s is are 're".split())
# "it" after another clause is the thing that clause named ("I checked the address and
# it's not correct", "try the old password again; it is not correct"), no claim.
_COORDINATORS = frozenset({"and", ";", "but", "so"})


def _truth_at(norms: Sequence[str], end: int) -> int | None:
    """Where the truth ending at ``end`` (exclusive) starts, or None."""
    for truth in _TRUTHS:
        start = end - len(truth)
        if start >= 0 and tuple(norms[start:end]) == truth:
            return start
    return None


def _denied_truth(norms: Sequence[str], t: int) -> int | None:
    """Where the subject of a truth at ``t`` opens when it is denied ("that's just not
    the facts", "Nothing he said is true"), or None."""
    n = t - 1 - (t > 0 and norms[t - 1] in _STRONG_NEGATION)
    if n < 1:
        return None
    if norms[n] in ("not", "n't"):
        c = n - 1
        while c > 0 and n - c <= 2 and norms[c] in _BEFORE_NOT:
            c -= 1  # "that's just not", "that is simply not"
        if norms[c] not in _PRESENT_COPULAS:
            return None  # "That was not the case": an outcome narrated (review rvdefy #3)
        start = verdict_subject(norms, c)
        if start is None:
            return None
        if norms[start] == "it" and start and norms[start - 1] in _COORDINATORS:
            return None  # "I checked the address and it's not correct": a thing (#4)
        return start
    if norms[n] not in VERDICT_COPULAS:
        return None
    # no truth at all: "Nothing Governor Romney said is true", "None of that is accurate"
    start = relative_ending_at(norms, n - 1)
    if start is not None and norms[start] == "nothing":
        return start
    if n >= 3 and norms[n - 1] in _NONE_OF and norms[n - 3 : n - 1] == ["none", "of"]:
        return n - 3
    return None


def _negated_truth_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``NEGATED_TRUTH`` hit for each truth denied of another's
    claim that closes its clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    for end, word in enumerate(norms, 1):
        if word not in _TRUTH_WORDS or (end < len(norms) and norms[end] not in _TRUTH_ENDS):
            continue
        t = _truth_at(norms, end)
        start = None if t is None else _denied_truth(norms, t)
        if start is not None and taken.isdisjoint(range(start, end)):
            added.append(Hit(start, end, (NEGATED_TRUTH,)))
    return _merged(stance, added)


RULE_KEYS += tuple((w,) for w in sorted(_TRUTH_WORDS))


# 1.21.0 (second part): the verdict said alone, a sentence of its own ("Wrong.", "False.",
# "No, wrong.", "Absolutely false.", "Wrong, Senator.", "Not so."): a flat denial of what
# was just said. Not a verdict before a noun ("Wrong choice."), nor a question ("Wrong?").
BARE_VERDICT = Entry("wrong .", ("wrong", "."), "defiance", 1.0, "defiance")
_BARE_VERDICTS = frozenset("wrong false untrue incorrect".split())
_BARE_NEGATED = frozenset({"so", "correct"})  # "Not so.", "Not correct."
_BARE_LEADS = frozenset({"no", ",", "oh", "well", "again"})
_BARE_ADVERBS = frozenset(
    "absolutely totally completely just simply flat dead plain utterly entirely".split()
)
_BARE_REACH = 9
# What the words after a comma may not hold: a clause of its own ("Wrong, he did it")
_CLAUSE_WORDS = frozenset(
    "i we you he she they it that is are was were 's 're 'm do does did have has".split()
    # review rvdefy #12: a verdict qualified ("Wrong, but not a crime") judges a deed
    + "but not and".split()
)


def _bare_verdict_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``BARE_VERDICT`` hit when the sentence is a verdict alone,
    with at most a "No," before it and an address or a repetition after a comma."""
    end = len(norms)
    if end > _BARE_REACH or norms[-1] == "?":
        return stance
    while end and norms[end - 1] in SENTENCE_MARKS:
        end -= 1
    k = 0
    while k < end and norms[k] in _BARE_LEADS:
        k += 1
    first = k
    while k < end and norms[k] in _BARE_ADVERBS:
        k += 1
    if k < end and norms[k] in _BARE_VERDICTS:
        last = k + 1
    elif k + 1 < end and norms[k] == "not" and norms[k + 1] in _BARE_NEGATED:
        last = k + 2
    else:
        return stance
    rest = norms[last:end]
    if rest and rest != ["again"] and (rest[0] != "," or not _CLAUSE_WORDS.isdisjoint(rest)):
        return stance  # "Wrong choice.", "False, he said."
    if not _covered(stance).isdisjoint(range(first, last)):
        return stance
    return _merged(stance, [Hit(first, last, (BARE_VERDICT,))])


RULE_KEYS += tuple((w,) for w in sorted(_BARE_VERDICTS | _BARE_NEGATED))


# 1.21.0 (second part): the charge denied in the first person, present tense ("I deny
# that", "I categorically deny it", "We deny these allegations", "I deny that I ever met
# him"): a rebuttal. Not the third person's ("He denies it": reported), not "I don't
# deny that" (a concession entry), not "deny them the vote" (no claim); nor when the
# claim denied holds a give-way ("I deny that we made mistakes": the denial negates it,
# and that negation counts as the defiance).
DENIAL = Entry("i deny that", ("i", "deny", "that"), "defiance", 1.0, "defiance")
_DENYING_ADVERBS = frozenset(
    "categorically flatly strongly absolutely totally emphatically vigorously vehemently "
    "completely utterly firmly just simply also".split()
)
_DENIED_OBJECTS = frozenset({"that", "it", "ever", "having"})
# Review rvdefy #6: "deny" also refuses a petition ("I deny that request", "we deny this
# claim because the damage predates the policy", "I've heard your objection, and I deny
# it") or withholds ("I deny it to myself"): no charge denied. After "that" a clause or
# a charge must follow: a subject, a determiner, "ever", the clause's end.
_PETITIONS = frozenset(
    "request requests objection objections motion motions application applications appeal "
    "appeals petition petitions".split()
)
_CLAUSE_STARTS = frozenset(
    "i we you he she they it there the a an any my our his her their this that these those "
    "ever no nobody anyone anybody".split()
)
_DENIED_DETERMINERS = frozenset("the these those that this any all such every".split())
_CHARGES = frozenset(
    (
        "charge charges allegation allegations accusation accusations "
        "suggestion assertion insinuation characterization characterisation wrongdoing "
        "report reports story stories rumor rumors rumour rumours"
    ).split()
)


def _denies_charge(norms: Sequence[str], j: int) -> bool:
    """Whether what follows a "deny" at ``j`` is a claim: "that", "it", "ever ...", "the
    charge", "any wrongdoing"."""
    if j >= len(norms) or not _PETITIONS.isdisjoint(norms[: j + 3]):
        return False
    after = norms[j + 1] if j + 1 < len(norms) else "."
    if norms[j] == "it":
        return after != "to"  # "I deny it to myself": withheld
    if norms[j] == "that" and (after in SENTENCE_MARKS or after in _CLAUSE_STARTS):
        return True
    if norms[j] in _DENIED_OBJECTS - {"that"}:
        return True
    return norms[j] in _DENIED_DETERMINERS and not _CHARGES.isdisjoint(norms[j + 1 : j + 3])


def _denial_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``DENIAL`` hit for each "I / we (adverb) deny" + a claim,
    the subject opening its clause, that no other hit covers."""
    taken = _covered(stance)
    added = []
    for i, word in enumerate(norms):
        if word != "deny" or i in taken or not _denies_charge(norms, i + 1):
            continue
        if any(h.first > i and _gives_way(h) for h in stance):
            continue  # "I deny that we made mistakes": the give-way negated is the defiance
        k = _owner(norms, i, _DENYING_ADVERBS, FIRST_PERSON, 2)
        if k is None:
            continue  # "they deny", "to deny that", "if I deny it"
        if taken.isdisjoint(range(k, i + 1)):
            added.append(Hit(k, i + 1, (DENIAL,)))
    return _merged(stance, added)


RULE_KEYS += (("deny",),)


# 1.21.0 (second part): the record put straight ("let me set the record straight", "Let's
# get the record straight", "I just have to correct the record", "Just to correct the
# record, ..."): the speaker announces a rebuttal of what the other side said. The speaker
# must be its agent: after "let me / let's / let us", a first-person subject, or an
# infinitive opening the sentence; not "Correct the Record" (a group's name) nor "he
# wants to correct the record"; nor beside an admission ("I accept that my testimony was
# inaccurate, and I want to correct the record": one's own record corrected).
RECORD_STRAIGHT = Entry(
    "the record put straight", ("set", "the", "record", "straight"), "defiance", 1.0, "defiance"
)
_STRAIGHTENING = frozenset({"set", "get", "put"})
_CORRECTING = frozenset({"correct", "straighten"})
_RECORD_FRAME = frozenset(
    (
        "to want wants have has need needs like would 'd will 'll must going am 'm are 're "
        "got just first again now also really simply quickly briefly only try trying"
    ).split()
)
_LETTING = frozenset({"me", "us", "'s"})
_RECORD_REACH = 7
_RECORD_OPENINGS = CLAUSE_ENDS | {"-", "\u2013"}


def _record_verb(norms: Sequence[str], r: int) -> int | None:
    """Where the verb that puts the record at ``r`` straight stands, or None."""
    if r < 2 or norms[r - 1] != "the":
        return None
    v = r - 2 - (norms[r - 2] == "out")  # "straighten out the record"
    if norms[v] in _CORRECTING:
        return v
    after = norms[r + 1] if r + 1 < len(norms) else ""
    return v if norms[v] in _STRAIGHTENING and after in ("straight", "right") else None


def _own_correction(norms: Sequence[str], v: int) -> bool:
    """Whether the speaker is the agent of the correction at ``v``."""
    k = v - 1
    while k >= 0 and v - k <= _RECORD_REACH and norms[k] in _RECORD_FRAME:
        k -= 1
    if k < 0 or norms[k] in _RECORD_OPENINGS:
        return "to" in norms[k + 1 : v]  # an infinitive opening: "Just to correct the record,"
    if norms[k] in _LETTING:
        return k > 0 and norms[k - 1] == "let"
    return norms[k] in FIRST_PERSON and opens_clause(norms, k)


# Review rvdefy #5: the record amended as minutes are ("correct the record to reflect
# that...") or of the speaker's own words after a colon ("correct the record: the figure
# I gave earlier was off") is a clerical or own correction, no rebuttal.
_OWN_WORDS_AFTER = frozenset({("i", "gave"), ("i", "said"), ("i", "misspoke"), ("i", "used")})
_OWN_WORDS_REACH = 6


def _clerical(norms: Sequence[str], after: int) -> bool:
    """Whether the record whose words end at ``after`` is amended "to reflect" something
    or corrected of the speaker's own words ("my earlier", "the figure I gave")."""
    if norms[after : after + 2] == ["to", "reflect"]:
        return True
    window = norms[after : after + _OWN_WORDS_REACH]
    pairs = set(pairwise(window))
    return "my" in window or not _OWN_WORDS_AFTER.isdisjoint(pairs)


def _record_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``RECORD_STRAIGHT`` hit for each record the speaker puts
    straight, that no other hit covers."""
    if any(e.category == "concession" for h in stance for e in h.entries):
        return stance
    taken = _covered(stance)
    added = []
    for r, word in enumerate(norms):
        if word != "record":
            continue
        v = _record_verb(norms, r)
        if v is None or not _own_correction(norms, v) or _clerical(norms, r + 1):
            continue
        end = r + 1 + (norms[v] in _STRAIGHTENING)
        if taken.isdisjoint(range(v, end)):
            added.append(Hit(v, end, (RECORD_STRAIGHT,)))
    return _merged(stance, added)


RULE_KEYS += (("record",),)
