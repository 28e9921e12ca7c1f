"""Negation scope and category flips for lexicon hits.

Rules (NegEx, Lexicoder and VADER in spirit):

* a negator scopes up to ``WINDOW`` tokens to its right, stopping at clause
  punctuation and at contrastive conjunctions;
* pseudo-negations ("not only", "no matter", "nothing but") do not negate, and two
  negators in scope cancel;
* a negator before an emphatic comma reaches past it and past a short insertion
  ("we will never, ever surrender", "we will not, under any circumstances,
  surrender", "we shall not, we will not, surrender": the repeated negation is one);
* post-posed frames after the term ("surrender is not an option / not in my
  dictionary / out of the question", "is simply not an option") negate it, and so
  does a negative object after it ("I apologize to nobody", "we bow to no one");
* a pattern that already contains a negator ("no surrender") is not negated again,
  and neither is a hedge that is an adverbial of time or limit ("not now, at this
  stage": the hedge qualifies the negation; ``UNNEGATED_HEDGE_STARTS``);
* a yielding verb (``YIELDING``: "sell", "duck", "be extended") counts only when
  negated, as defiance;
* a negated category flips (``FLIPS``): negated concession counts as defiance,
  negated hedging as resolve; negated resolve or defiance counts toward nothing;
  a negated analogy is still an analogy (contrastive);
* a refusal about the speaker's own conduct to come ("we will not surrender", "I'm
  not stepping down", "nobody will give up", "no intention of resigning") is also a
  commitment and counts toward resolve as well (``commitment``); a refusal stated as
  a fact or a past event ("we surrender nothing", "we never gave up", "surrender is
  not an option") is defiance only;
* conversely a commitment to give way ("I will hand over power", "I'll concede") is
  a concession, not resolve, and a hedged one ("maybe we'll", "I think we will") is
  a hedge (``is_bare_commitment``, ``same_clause``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Entry

WINDOW = 4
"""Tokens a negator may stand before the term it negates."""

YIELDING = "yielding"
"""Reserved category: a verb of giving way whose plain use is mostly neutral ("sell",
"duck", "be extended", "stop us"). It counts nothing un-negated and, like a negated
concession, defiance when negated ("we're not selling", "it will not be extended",
"they can't stop us")."""

FLIPS: dict[str, str] = {
    "concession": "defiance",
    YIELDING: "defiance",
    "hedging": "resolve",
    "resolve": "",
    "defiance": "",
    "analogy": "analogy",
}

# Multi-token negators are tuples; matched ending right before the scope.
NEGATORS: tuple[tuple[str, ...], ...] = (
    ("never", ",", "ever", ","),
    ("a", "long", "way", "from"),
    ("no", "intention", "of"),
    ("no", "intention", "to"),
    ("no", "plans", "to"),
    ("no", "plan", "to"),
    ("far", "from"),
    ("no", "question", "of"),
    ("zero", "chance", "of"),
    ("zero", "chance", "that"),
    ("zero", "chance"),  # "There is zero chance we accept these terms"
    ("zero", "intention", "of"),
    ("no", "longer"),
    ("nowhere", "near"),
    ("nowhere", "close", "to"),
    ("rather", "than"),
    ("instead", "of"),
    ("refuse", "to"),
    ("refuses", "to"),
    ("refused", "to"),
    ("refusing", "to"),
    # 1.13.0: "I'm done apologizing", "we're done compromising": a give-way refused
    ("'m", "done"),
    ("am", "done"),
    ("'re", "done"),
    ("are", "done"),
    ("not",),
    ("n't",),
    ("never",),
    ("no",),
    ("nor",),
    ("neither",),
    ("none",),
    ("nothing",),
    ("nobody",),
    ("without",),
    ("cannot",),
    ("than",),
)
NEGATOR_WORDS = frozenset(n[0] for n in NEGATORS if len(n) == 1)

# A negator followed by one of these is not a negation ("not only", "no matter").
PSEUDO_FOLLOWERS: dict[str, frozenset[str]] = {
    "not": frozenset({"only", "just", "merely", "simply", "necessarily"}),
    "n't": frozenset({"only", "just", "merely"}),
    "no": frozenset({"matter", "wonder", "sooner"}),
    "nothing": frozenset({"but", "short", "less"}),
    "never": frozenset({"mind"}),
}

SCOPE_BREAKS = frozenset(
    {
        ",",
        ";",
        ":",
        "(",
        ")",
        "[",
        "]",
        "\u2014",
        "\u2013",
        "--",
        ".",
        "!",
        "?",
        "but",
        "however",
        "although",
        "though",
        "yet",
        "whereas",
        "except",
        "while",
    }
)

COPULAS = frozenset({"is", "was", "are", "'re", "were", "'s", "be", "remains", "remain"})
POSTPOSED: tuple[tuple[str, ...], ...] = (
    ("not", "an", "option"),
    ("not", "on", "the", "table"),
    ("not", "in", "my", "dictionary"),
    ("not", "in", "our", "dictionary"),
    ("not", "in", "our", "vocabulary"),
    ("not", "in", "my", "vocabulary"),
    ("not", "a", "possibility"),
    ("not", "an", "alternative"),
    ("not", "going", "to", "happen"),
    ("off", "the", "table"),
    ("out", "of", "the", "question"),
    ("unthinkable",),
    ("impossible",),
    ("never", "an", "option"),
    ("not", "a", "word"),
    ("not", "on", "the", "agenda"),
    ("not", "up", "for", "discussion"),
    ("not", "up", "for", "negotiation"),
    ("not", "up", "for", "debate"),
    ("a", "non-starter"),
    ("never", "going", "to", "happen"),
)
# Negators that open a clause as its subject ("Nobody in this room is giving up") reach
# the predicate beyond ``WINDOW``, up to ``SUBJECT_REACH`` tokens.
SUBJECT_NEGATORS = frozenset({"nobody", "no", "none", "neither", "nothing"})
SUBJECT_REACH = 10
SUBJECT_BARRIERS = frozenset(
    "told tells said says say think thinks thought knew know expected expects believed "
    "believes claimed claims predicted that who which".split()
)
CLAUSE_OPENERS = frozenset({"and", "that", "so", "because", "if", "when"})
# The words that open a condition: a give-way negated in one is no refusal, a report
# inside one ends with it, and a commitment or agreement in one pledges or grants
# nothing ("If we're going to have a voucher plan", "unless we agree on a budget").
CONDITIONS = frozenset({"if", "unless"})
# The speaker's side as a subject (the plain "I" and "we" of a clause).
FIRST_PERSON = frozenset({"i", "we"})
# Words that may stand before a term that is its sentence's subject ("Surrender is not
# an option", "Any withdrawal from the race is out of the question"); the subject may then
# run on up to ``WINDOW`` tokens before the copula of a post-posed frame.
SUBJECT_PHRASE = 8
"""Tokens a sentence-opening subject phrase may run on after its term before the copula
of a post-posed frame ("Caving to the landlords' lobby simply isn't in my vocabulary")."""
SUBJECT_PHRASE_STOPS = frozenset(
    "that which who whom have has had will would can could shall should may might must do "
    "does did 're 'm 've 'll 'd am".split()
)
SUBJECT_OPENERS = frozenset(
    "the a an any our my your this that such and so well now talk of".split()
)
# Hedges that are adverbials of time or limit, which qualify a negation rather than
# fall in its scope: "we will not intervene at this stage", "no plans at present".
# 1.13.0: and the spoken degree hedges *kind of, sort of* ("did not meet exactly the sort
# of outline" denies no hedge)
UNNEGATED_HEDGE_STARTS = frozenset("at for as in on to from so up off kind sort".split())


# NEGATORS by their last token, each list in the order of NEGATORS.
_NEGATORS_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _neg in NEGATORS:
    _NEGATORS_BY_LAST.setdefault(_neg[-1], []).append(_neg)


# ("as" closes "as soon as", "as long as"; "now that" is checked as a pair)
_SUBORDINATORS = frozenset("once when whenever after until till before if unless by as".split())


def _done_refusing(norms: Sequence[str], start: int, follower: str) -> bool:
    """1.13.0: "I'm done apologizing", "we're done with compromise": *done* refuses what
    follows when *I* or *we* opens its clause and an *-ing* form or *with* follows. Not
    a time clause ("once we're done negotiating, we'll sign")."""
    if start < 1 or norms[start - 1] not in ("i", "we"):
        return False
    if start >= 2 and norms[start - 2] in _SUBORDINATORS:
        return False
    if start >= 3 and norms[start - 3 : start - 1] == ["now", "that"]:
        return False
    return follower == "with" or (follower.endswith("ing") and len(follower) > 4)


def _negator_ending_at(norms: Sequence[str], end: int) -> tuple[int, str] | None:
    """A negator whose last token is ``norms[end - 1]``: (its first index, its text)."""
    if not 0 < end <= len(norms):
        return None
    for neg in _NEGATORS_BY_LAST.get(norms[end - 1], ()):
        start = end - len(neg)
        if start >= 0 and tuple(norms[start:end]) == neg:
            follower = norms[end] if end < len(norms) else ""
            if follower in PSEUDO_FOLLOWERS.get(neg[-1], ()):
                return None
            if neg[-1] == "done" and not _done_refusing(norms, start, follower):
                continue
            return start, " ".join(neg)
    return None


# Verbs that deny their that-clause: "I deny that we made mistakes" negates it, and a
# negated denial affirms it ("No one can deny that we made mistakes", "I don't dispute
# the claim that we failed"): the denial counts as one negator, so the two cancel.
DENIALS = frozenset("deny denies denied denying dispute disputes disputed disputing".split())
_DENIERS = frozenset({"i", "we"})  # "cannot" is a negator word
DENIED_NOUNS = frozenset(
    "claim claims idea notion suggestion charge charges allegation allegations fact".split()
)


def _denial_ending_at(norms: Sequence[str], end: int) -> tuple[int, str] | None:
    """A denial verb with its "that" ("deny that", "dispute the claim that") whose
    "that" is ``norms[end - 1]``: (its first index, its text)."""
    if end < 2 or norms[end - 1] != "that":
        return None
    verb = end - 2
    if verb >= 2 and norms[verb] in DENIED_NOUNS and norms[verb - 1] == "the":
        verb -= 2
    if norms[verb] not in DENIALS:
        return None
    # the speaker's own denial, or a denied one ("No one can deny"); "They deny that we
    # made mistakes" is another's claim, left to the rules of reported speech
    before = norms[max(0, verb - 3) : verb]
    if not any(w in _DENIERS or w in NEGATOR_WORDS for w in before):
        return None
    return verb, " ".join(norms[verb:end])


@dataclass(frozen=True, slots=True)
class Negation:
    """The negators in scope of a term: their text and token positions."""

    text: str
    tokens: frozenset[int]


NOT_NEGATED = Negation("", frozenset())


# Hedges of appearance stay hedges after a subject negator (1.8.0).
APPEARING = ("seem", "appear")


@dataclass(frozen=True)
class Stops(Collection[int]):
    """The positions of other hits (``base``) less those a rule sees through (``holes``),
    for ``negation``'s ``stops``: a view, so that a sentence of n hits does not build n
    sets of n positions."""

    base: Collection[int]
    holes: tuple[Collection[int], ...] = ()

    def __contains__(self, position: object) -> bool:
        return position in self.base and not any(position in hole for hole in self.holes)

    def __iter__(self) -> Iterator[int]:
        return (position for position in self.base if position in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def without(self, *holes: Collection[int]) -> Stops:
        return Stops(self.base, self.holes + holes)


def negation(
    norms: Sequence[str],
    first: int,
    last: int,
    pattern: Sequence[str] = (),
    stops: Collection[int] = (),
) -> Negation:
    """The negation of tokens ``[first, last)`` of a sentence, if any.

    ``norms`` are the sentence's normalised tokens; ``stops`` the positions of other
    lexicon hits: a negator's scope ends at the first hit it meets ("no doubt that we
    will": "no" negates "doubt", not "we will"). An even number of negators cancels.
    """
    if any(unit in NEGATOR_WORDS for unit in pattern):
        return NOT_NEGATED
    found: list[tuple[str, range]] = []
    end, budget = first, WINDOW
    while end > 0 and budget >= 0:
        neg = _negator_ending_at(norms, end) or _denial_ending_at(norms, end)
        if neg is not None:  # before the breaks: "Never, ever, will we give in"
            found.append((neg[1], range(neg[0], end)))
            end = neg[0]
            continue
        if norms[end - 1] == "," and not found:
            emphatic = _emphatic_negator(norms, end - 1, first)
            if emphatic is not None:
                found.append(emphatic)
                break
            # "Nobody, and I mean nobody, is going to...": the subject's negator reaches on
            again = _repeated_subject(norms, end - 1)
            if again is not None and norms[again] in SUBJECT_NEGATORS:
                found.append((norms[again], range(again, again + 1)))
                break
        if norms[end - 1] in SCOPE_BREAKS or (end - 1) in stops:
            break
        if norms[end - 1] == "-" and _negator_ending_at(norms, end - 1) is not None:
            break  # broken off: "I don't - let me finish, sir" negates nothing after it
        end -= 1
        budget -= 1
    if not found and budget < 0:
        found.extend(_subject_negator(norms, end, first, stops))
    found.reverse()
    post = _postposed(norms, last, _is_subject(norms, first))
    if post:
        found.append(post)
    if len(found) % 2 == 0:
        return NOT_NEGATED
    if pattern and pattern[0].startswith(APPEARING) and norms[found[0][1][0]] in SUBJECT_NEGATORS:
        return NOT_NEGATED  # "nobody seems to care" is a hedge, as "it doesn't seem" is
    return Negation(" + ".join(t for t, _ in found), frozenset(i for _, r in found for i in r))


# Negators that may stand before an emphatic comma ("never, ever"); "No," is an answer.
EMPHATIC_NEGATORS = frozenset({"never", "not", "n't"})
INSERTION = 4
"""Tokens an insertion between an emphatic negator's comma and the next may hold."""


def _emphatic_negator(norms: Sequence[str], comma: int, first: int) -> tuple[str, range] | None:
    """The negator before the comma at ``comma`` ("never, ever"), or before the comma
    opening a short insertion that ends there ("not, under any circumstances,"); none
    when a new clause starts on the way to the term at ``first`` ("not, and then we")."""
    if any(norm in CLAUSE_OPENERS for norm in norms[comma + 1 : first]):
        return None
    for before in range(comma, max(comma - INSERTION - 2, -1), -1):
        if before < comma and (
            (norms[before] in SCOPE_BREAKS and norms[before] != ",")
            or norms[before] in CLAUSE_OPENERS
        ):
            return None
        if norms[before] == "," and before > 0 and norms[before - 1] in EMPHATIC_NEGATORS:
            return norms[before - 1], range(before - 1, before)
    return None


def _subject_negator(
    norms: Sequence[str], end: int, first: int, stops: Collection[int]
) -> list[tuple[str, range]]:
    """A negator that opens the clause as (part of) its subject, beyond ``WINDOW``:
    "Nobody in this dressing room is giving up", "No one in this chamber wants to
    surrender". The clause must open with it, within ``SUBJECT_REACH`` tokens."""
    start = end
    while start > 0 and end - start < SUBJECT_REACH:
        if (start - 1) in stops:
            return []
        if norms[start - 1] in SCOPE_BREAKS or norms[start - 1] == "and":
            break  # the clause opens here: "..., and no order from the enemy will move us"
        start -= 1
    if start > 0 and norms[start - 1] not in SCOPE_BREAKS | CLAUSE_OPENERS:
        return []
    word = norms[start] if start < end else ""
    if any(norm in SUBJECT_BARRIERS for norm in norms[start:first]):
        return []  # "No one told me that the firm would give up": another clause
    if word in SUBJECT_NEGATORS and _negator_ending_at(norms, start + 1) is not None:
        return [(word, range(start, start + 1))]
    return []


_INSISTING = ("and", "i", "mean")


def _repeated_subject(norms: Sequence[str], comma: int) -> int | None:
    """Where a subject repeated for emphasis before ``comma`` starts ("Nobody, and I mean
    nobody, is going to...": the first "nobody"), or None. 1.15.0."""
    for size in (1, 2):
        said = comma - size
        first = said - 4 - size
        if (
            first >= 0
            and tuple(norms[said - 3 : said]) == _INSISTING
            and norms[said - 4] == ","
            and norms[first : first + size] == norms[said:comma]
        ):
            return first
    return None


def find_negation(norms: Sequence[str], first: int, last: int, pattern: Sequence[str] = ()) -> str:
    """The negator(s) negating tokens ``[first, last)``, or "" when not negated."""
    return negation(norms, first, last, pattern).text


def _is_subject(norms: Sequence[str], first: int) -> bool:
    """Whether the term starting at ``first`` opens its sentence (after determiners)."""
    # indexed, not sliced: a slice per term made a long sentence's terms cost n squared
    return all(norms[i] in SUBJECT_OPENERS for i in range(first))


# Adverbs that may stand between the copula and a post-posed frame ("is simply not an
# option"), and the negative objects that refuse the act before them ("to nobody").
POSTPOSED_ADVERBS = frozenset(
    "simply just really absolutely certainly definitely frankly still clearly totally "
    "completely obviously".split()
)
NEGATIVE_OBJECTS = frozenset({"nobody", "none", "no-one", "noone"})


def _negative_object(norms: Sequence[str], last: int) -> tuple[str, range] | None:
    """ "apologize to nobody", "bow to no one", "concede to none": the act refused. Not
    after a term that ends at clause punctuation ("That is on me, nobody else")."""
    if last and norms[last - 1] in SCOPE_BREAKS:
        return None
    i = last + (last < len(norms) and norms[last] in ("to", "before", "for"))
    if i < len(norms) and norms[i] in NEGATIVE_OBJECTS:
        return norms[i], range(i, i + 1)
    if tuple(norms[i : i + 2]) == ("no", "one"):
        return "no one", range(i, i + 2)
    return None


def _postposed(norms: Sequence[str], last: int, subject: bool = False) -> tuple[str, range] | None:
    refused = _negative_object(norms, last)
    if refused:
        return refused
    i = last
    if subject:  # "Withdrawing from the race is out of the question"
        stop = min(len(norms), last + SUBJECT_PHRASE + 1)
        while i < stop and norms[i] not in COPULAS and norms[i] not in SCOPE_BREAKS:
            if norms[i] in SUBJECT_PHRASE_STOPS:
                return None  # "we're going to have to do things that were unthinkable"
            i += 1
    if i < len(norms) and norms[i] in COPULAS:
        i += 1
    else:
        return None
    if i < len(norms) and norms[i] in POSTPOSED_ADVERBS:
        i += 1
    for frame in POSTPOSED:
        if tuple(norms[i : i + len(frame)]) == frame:
            return " ".join(frame), range(i, i + len(frame))
        # "was never on the table", "isn't in my vocabulary": the frame's "not" in any form
        if (
            frame[0] == "not"
            and i < len(norms)
            and norms[i] in ("n't", "never")
            and tuple(norms[i + 1 : i + len(frame)]) == frame[1:]
        ):
            return " ".join((norms[i], *frame[1:])), range(i, i + len(frame))
    return None


# Auxiliaries that make a refusal a commitment about what is to come: future and
# volitional "will/shall/won't", the progressive "I'm/we're not ...ing" and "going to".
# 1.9.0: spoken "ain't" (Treebank "ai n't") is "am not / are not": "we ain't quitting now".
COMMITTING = frozenset(
    {"will", "wo", "shall", "'ll", "am", "'m", "are", "'re", "ai", "going", "gon", "gonna"}
)
FUTURE = frozenset({"will", "wo", "shall", "'ll"})
PROGRESSIVE = frozenset({"am", "'m", "are", "'re", "ai"})
SUBJECTS = frozenset({"i", "we", "you", "they"})
# Subjects inside a defiance entry that make its future someone else's: a taunt ("they
# will fail", "you'll get one") is no commitment of the speaker's.
OTHER_SUBJECTS = frozenset({"they", "he", "she", "you", "it"})
COMMITTING_NEGATORS = frozenset(
    {"no intention of", "no intention to", "refuse to", "refusing to"}
    | {"'m done", "am done", "'re done", "are done"}  # 1.13.0: "I'm done apologizing"
)
# Resolve entries that are bare commitments ("we will", "I'll", "we're going to"): what
# they commit to decides the stance. 1.22.0: and the conditional pledge ("I would", "I'd":
# ``constructions.pledges``).
COMMITTING_ENDS = frozenset({"will", "'ll", "shall", "to", "wo", "gonna", "would", "'d"})


# 1.16.0: an apology or an admission refused ("I'm not apologising for the joke", "I'm
# not sorry we made the call", "I'm not admitting anything") takes a stand on what was
# done, not on a course to come: defiance, not resolve (11 of 15 in the labelled sets);
# not "I'm done apologising", which ends a course from now on.
_OWNING = ("apolog", "sorry", "admit")
# 1.17.0: a question refused ("I'm not going to answer that", "I'm still not answering
# hypotheticals") is a stand against the questioner, not a course to come: defiance only.
_ANSWERING = frozenset({"answer", "answering"})
_QUESTIONS = frozenset(
    {"that", "this", "the", "your", "a", "hypotheticals", "hypothetical"}
    | {"it"}  # 1.18.0: "I'm not answering it again"
)


# A taunt that the outcome will tell ("we'll see about that", "we'll see who's
# laughing") commits the speaker to nothing: defiance only.
_OUTCOME_TOLD = frozenset({("see", "about"), ("see", "who")})
# 1.25.0: a position imputed and denied in the present ("I'm not criticizing His
# Holiness the Pope", "I'm not looking to raise taxes") corrects what the other side said
# the speaker stands for, no course to come: defiance only (the three sets that hold one
# mark none resolve).
_IMPUTED = frozenset(
    {("not", "criticizing"), ("not", "criticising"), ("not", "proposing")}
    | {("not", "advocating"), ("looking", "to")}
    # 1.26.0: and blame turned off oneself ("I'm not the one that compared...")
    | {("the", "one")}
)


def _no_commitment(tokens: Sequence[str]) -> bool:
    """Whether a defiance entry's tokens refuse to answer a question put ("answer that"),
    leave it to the outcome ("see who") or deny a position or blame imputed ("not
    criticizing", "not the one that"): a stand with no course to come."""
    return any(
        (t in _ANSWERING and n in _QUESTIONS) or (t, n) in _OUTCOME_TOLD or (t, n) in _IMPUTED
        for t, n in pairwise(tokens)
    )


def commitment(norms: Sequence[str], first: int, entry: Entry, neg: Negation) -> int | None:
    """The token that makes a refusal or a stand a commitment, or None.

    The hit starts at token ``first``: a concession entry negated by ``neg``, or a
    defiance entry. A negated concession is a commitment when a future or volitional
    auxiliary stands right before the negator ("we will not", "I'm not", "are we not")
    or between it and the term ("nobody will give up", "no way we're giving up"), or
    when the negator itself is volitional ("no intention of", "refuse to"). A defiance
    entry is one when such an auxiliary stands right before it ("we are standing
    firm", "I'm not going anywhere") or a future one inside it ("won't work on us"),
    or, when the entry holds its own negator, a future one just after it in its clause
    ("Not one inch of our soil will be handed over").
    """
    if neg.text.split()[-1:] in ([], ["not"], ["n't"]) and any(
        t.startswith(_OWNING) for t in entry.tokens
    ):
        return None  # 1.16.0: "I'm not apologising", "I'm not sorry": a stand on the past
    if entry.category in ("defiance", YIELDING) and _no_commitment(entry.tokens):
        return None
    if entry.category in ("concession", YIELDING) and neg.text:
        before = [i for i in neg.tokens if i < first]
        if not before:
            return None  # post-posed: "surrender is not an option"
        stop = max(before) + 1
        start = stop - 1
        while start - 1 in neg.tokens:
            start -= 1
        if " ".join(norms[start:stop]) in COMMITTING_NEGATORS:
            return start
        between = next(
            (
                i
                for i in range(stop, first)
                if norms[i] in COMMITTING
                # "Nobody in this dressing room is giving up": a subject's progressive
                or (
                    norms[start] in SUBJECT_NEGATORS
                    and norms[i] in ("is", "'s")
                    and i + 1 == first
                    and norms[first].endswith("ing")
                )
            ),
            None,
        )
        if (
            between is None
            and start >= 2
            and norms[start - 1] == "be"
            and norms[start - 2] in FUTURE
        ):
            return start - 2  # "There will be no climbdown"
        if between is not None or norms[start] not in ("not", "n't", "never", "nowhere"):
            return between  # "nobody will give up"; not "a long way from giving up"
    elif entry.category == "defiance" and not neg.text:
        inside = [
            first + k
            for k, unit in enumerate(entry.tokens)
            if (unit in FUTURE and not OTHER_SUBJECTS & set(entry.tokens[:k]))
            or (
                unit in PROGRESSIVE
                and (entry.tokens[k - 1] if k else norms[first - 1] if first else "") in ("i", "we")
                and any(u in NEGATOR_WORDS for u in entry.tokens[k + 1 :])
                # 1.15.0: a copula before a noun is no stand: "I'm not a thief"
                and entry.tokens[k + 2 : k + 3] not in (("a",), ("an",))
            )
        ]  # "won't work on us", "I'm not going down", "we [are not done]"
        if inside:
            return inside[0]
        if entry.tokens[0] != "there" and any(
            unit in NEGATOR_WORDS or unit == "dead" for unit in entry.tokens
        ):
            # a fronted refusal: "Not one inch of our soil will be handed over",
            # "Over my dead body will they cross this line"; 1.24.0: not an existential,
            # which denies a claim ("there is no evidence that it will slow growth")
            last = first + len(entry.tokens)
            for i in range(last, min(len(norms), last + WINDOW + 2)):
                if norms[i] in SCOPE_BREAKS:
                    break
                if norms[i] in FUTURE:
                    return i
        start = first
    else:
        return None
    aux = start - 1
    if aux >= 1 and norms[aux] == "be" and norms[aux - 1] in FUTURE:
        return aux - 1  # "There will be no climbdown", "there will be no surrender"
    if aux >= 1 and norms[aux] in SUBJECTS and norms[aux - 1] in COMMITTING:
        aux -= 1  # inversion: "are we not backing down", "will we ever give up"
    elif (
        entry.category == "defiance"
        and aux >= 0
        and norms[aux] in PROGRESSIVE
        and (aux == 0 or norms[aux - 1] not in ("i", "we"))
    ):
        return None  # a copula, not a stand: "these charges are baseless"
    return aux if aux >= 0 and norms[aux] in COMMITTING else None


def is_bare_commitment(pattern: Sequence[str]) -> bool:
    """Whether an entry is a bare commitment ("we will", "I'll", "we're going to")."""
    return bool(pattern) and pattern[-1] in COMMITTING_ENDS


# What a bare commitment may announce that is the talk's own procedure, not a course of
# action: a moderator's "we're going to move on to the next segment", "we will begin with
# Governor Romney", a speaker's "I'll talk about that in a minute", "I'll pick a number".
# Each line is a phrase; "a|b" is a choice of words at that place. Adverbs in
# ``PROCEDURE_ADVERBS`` may stand before the phrase ("we're going to now turn to"), and
# so may "have to" ("we're going to have to move on"). The last lines are frames of
# argument: "we have to understand that...", "we've got to bear in mind...". 1.9.0: a
# legislator's "I'll yield the rest of my time" and a briefing's "we'll have more details
# later this week" (information announced, no course of action). 1.21.0: a debater's
# "I'll stop, Tom." and "I'll respond to a couple of things that you mentioned" (the turn
# ended, the points taken up); "*" is any one word (a name addressed), and what is
# responded to must be what was said ("each of your questions"), so "I will stop.", "We
# will stop, search and question anyone", "We will respond to each act of aggression"
# stay commitments. 1.22.0: "I will say" announces what is said, whatever follows it but
# a refusal or an assent ("I will say this: ...", "But I will say, we are not doing the
# job", "here's what I'll say about the $87 billion", "what I will say to you right
# now"; not "We will say no to the lobbyists"): 24 of 24 in the debates. A courtesy of
# answering ("I'll be glad to take a shot at it", "I'll be glad to respond", "then I'll
# be glad to."). Review of 1.22.0: not a message pledged to others ("we're going to say
# to our seniors...", "We'll say what we mean"), nor an undertaking ("I'll be glad to
# take on the onboarding", "We will be pleased to discuss the terms"). 1.24.0: the
# answer cut short ("I'm not aware of any such program - well, I'll just leave it at
# that"). 1.29.0: the question answered or a form of address kept ("help me with the
# question and I'll try to answer it", "I'll answer your question", "And I will address
# you as Mr. President"): 4 in the debates, each a step of the talk.
# Review of 1.29.0: what is answered or responded to must be the question, point or
# charge put, or a pronoun: "We'll try to respond to this emergency", "We will try
# to answer the needs of our veterans" stay courses.
DISCOURSE_PROCEDURES = """
talk about
move on|to|onto|along
move you|us|both along|on
turn to|now|next
go on to the next|question|questions|final|last|audience|topic|subject|issue
go on to another|questions|governor|senator|mr|mrs|ms|president|vice
go on now|.|,
go now to|on|-
go to governor|senator|mr|mrs|ms|president|vice|secretary|another|questions|you|your
go to the next|audience|floor|question|questions|final|last|first|second|topic|subject|issue
go to a new|question|break|commercial
go to closing|opening
pass on that|this|it
pass on the question|questions|follow-up
come back to
get to that|it|this|those|these|your|my|questions|both
get on to
get to the question|questions|issue|subject|topic|next|final|last
begin with
begin by asking
start with
continue on|with the|this|that subject|issue|topic|question|questions
pick a number
pick up on
take a break|question|short|quick|moment
take questions|another|one
hear from
ask a question|follow-up
ask you|each|both to answer|respond|begin|start|go|comment|reply
have another|our question|discussion|segment
have a|an|the next|open|general|summation|follow-up|brief|quick
have follow-up|follow
follow up on|with
follow a|the format|rules
stop here|there
stop , * ,|.
leave it there
leave it at that
catch up
shift gears
drill down
be the moderator
moderate
be right back|with
be questioning
ask the questions|question|same|first|next|last
ask this|that to|of|question
let you respond|finish|answer|go|have
let him|her respond|finish|answer|go|have
drop the follow-up|follow-ups|follow-on
say again|it|once
be glad|happy|delighted|pleased to respond|answer|comment|.|,
be glad|happy|delighted|pleased to take a|that|the|your shot|crack|stab|question|questions
be glad|happy|delighted|pleased to talk|discuss about|it|that|this
say this|that|these|,|:|-|–|—|simply|as|something|i|about|my
say to you
repeat it|that|this|myself|again
respond to that|him|her|his|what|your
respond to the question|questions|point|charge
respond to a couple|few|number
respond to some|several|both|each|all of those|these|them|that|this|what|your|his|her
respond to some|several|both|each|all of the points|questions|things|charges|issues
respond to both|each|all .|,
answer the question|questions
answer your|that|this question|questions|.|,|first|now
try to|and answer it|both|each|question|questions
try to|and answer the|your|that|this question|questions|charge|charges|.|,
try to|and respond to what|him|it
try to|and respond to that|this|her .|,|question|questions|point|points|charge|charges
try to|and respond to your|his question|questions|point|points|charge|charges
try to|and respond to the question|questions|point|charge
reply
read
quote
understand that
remember that
recognize that
realize that
bear in mind
keep in mind
keep us|you|everyone|things|this on time|track|schedule
try to keep us|you|everyone|things|this on time|track|schedule
have in mind
take a couple|few more|of questions|question|more
take some|more|two|three|your|the questions|question
take one|two|a|some|few more questions|question
circle back
be honest|frank|candid|blunt|real|straight|upfront with|about|,|.|:
be brief|quick|short
be discussing|talking|hearing
go now|next
go for a few|couple|minute
repeat the question|questions|two
think about|over it|that|this|.|,
hear something|more|back|whether|what|about
know more|soon|tomorrow|whether|what|by
ask both|each|all of you
yield the rest|balance|remainder
yield back|my
have more details|information|news|to
have an|any update|announcement
look at it|that|this|all|what|those|these|options|the
take a look
go from there
regroup after|at|during|over|in|tomorrow|tonight|later
reconvene
hear opening|testimony|statements
link that|it|this
have the minutes|agenda|transcript
table the vote|motion|question|discussion
table it|that|this
hop back
get back to you
keep you posted|updated|informed
let you know
take it .|,|!
take that .|,|!|one
take a|an ten-minute|five-minute|two-minute|ten|five|fifteen|short|brief
take a|an lunch|commercial|recess|breather|pause
take the next|last|final question|questions|caller|call|one
take your calls|call|questions
take it one day|game|week|step|race|match|fight
go to a short|quick|brief|commercial|break
go to break|commercial|the phones|the calls
have more later|tomorrow|soon|next|this|on|in|after|when|.
say more later|tomorrow|soon|next|this|on|in|after|when|.|about
get it|that|those|them|this|the to you
get to the mailbag|phones|calls|lines|rest|scores|weather|news
check the|that|on|into|with|and|those
be handing|live-streaming|streaming|broadcasting out|the|it|that|live|on|from|at|this|more
be posting|sharing|publishing|updating out|the|it|that|live|on|from|at|this|more
be back after|right|shortly
be looking at|into
know after|when|later|today|tonight|next|in|on
"""
_ANY_WORD = frozenset({"*"})
PROCEDURES: tuple[tuple[frozenset[str], ...], ...] = tuple(
    tuple(_ANY_WORD if unit == "*" else frozenset(unit.split("|")) for unit in line.split())
    for line in DISCOURSE_PROCEDURES.strip().splitlines()
)
PROCEDURE_ADVERBS = frozenset("now then just also first quickly briefly next again".split())
# PROCEDURES by the words their first unit allows, so that a sentence is checked only
# against the procedures its next word may start.
_PROCEDURES_BY_FIRST: dict[str, list[tuple[frozenset[str], ...]]] = {}
for _units in PROCEDURES:
    for _word in _units[0]:
        _PROCEDURES_BY_FIRST.setdefault(_word, []).append(_units)


def procedural(norms: Sequence[str], last: int) -> bool:
    """Whether the bare commitment that ends before token ``last`` announces a step of
    the talk itself (``DISCOURSE_PROCEDURES``): "we're going to move on", "I'll talk
    about that later", "we will drop the follow-up questions"."""
    i = last
    while i < len(norms) and i - last < 2 and norms[i] in PROCEDURE_ADVERBS:
        i += 1
    if tuple(norms[i : i + 2]) == ("have", "to"):
        i += 2
    candidates = _PROCEDURES_BY_FIRST.get(norms[i], ()) if i < len(norms) else ()
    return any(
        i + len(units) <= len(norms)
        and all(
            norms[i + k] in u or (u is _ANY_WORD and norms[i + k].isalpha())
            for k, u in enumerate(units)
        )
        for units in candidates
    )


def same_clause(norms: Sequence[str], last: int, first: int) -> bool:
    """Whether a hit ending at ``last`` governs one starting at ``first``: within
    ``WINDOW`` tokens and no clause break between."""
    return first - last <= WINDOW and not any(norms[i] in SCOPE_BREAKS for i in range(last, first))


# Negators of comparison and substitution that do not make a yielding verb a refusal:
# "buying cars instead of selling them", "more reluctant than us about reopening".
COMPARATIVE_NEGATORS = frozenset({"than", "rather than", "instead of", "without"})


def negatable(entry: Entry) -> bool:
    """Whether negation applies to the entry at all (not to a hedge of time or limit)."""
    return not (entry.category == "hedging" and entry.tokens[0] in UNNEGATED_HEDGE_STARTS)


def flip(category: str) -> str:
    """What a negated hit of ``category`` counts toward ("" for nothing).

    Categories outside the stance scheme (a user's own) are not flipped.
    """
    return FLIPS.get(category, category)
