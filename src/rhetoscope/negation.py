"""Negation scope and category flips for lexicon hits.

Rules (NegEx, Lexicoder and VADER in spirit):

* a negator scopes up to ``WINDOW`` tokens to its right, stopping at clause
  punctuation and at contrastive conjunctions;
* pseudo-negations ("not only", "no matter", "nothing but") do not negate, and two
  negators in scope cancel;
* post-posed frames after the term ("surrender is not an option / not in my
  dictionary / out of the question") negate it;
* a pattern that already contains a negator ("no surrender") is not negated again;
* a negated category flips (``FLIPS``): negated concession counts as defiance,
  negated hedging as resolve; negated resolve or defiance counts toward nothing;
  a negated analogy is still an analogy (contrastive).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

WINDOW = 4
"""Tokens a negator may stand before the term it negates."""

FLIPS: dict[str, str] = {
    "concession": "defiance",
    "hedging": "resolve",
    "resolve": "",
    "defiance": "",
    "analogy": "analogy",
}

# Multi-token negators are tuples; matched ending right before the scope.
NEGATORS: tuple[tuple[str, ...], ...] = (
    ("a", "long", "way", "from"),
    ("no", "intention", "of"),
    ("no", "intention", "to"),
    ("no", "plans", "to"),
    ("no", "plan", "to"),
    ("far", "from"),
    ("no", "question", "of"),
    ("no", "longer"),
    ("rather", "than"),
    ("instead", "of"),
    ("refuse", "to"),
    ("refuses", "to"),
    ("refused", "to"),
    ("refusing", "to"),
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

COPULAS = frozenset({"is", "was", "are", "were", "'s", "be", "remains", "remain"})
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
)


def _negator_ending_at(norms: Sequence[str], end: int) -> tuple[int, str] | None:
    """A negator whose last token is ``norms[end - 1]``: (its first index, its text)."""
    for neg in NEGATORS:
        start = end - len(neg)
        if start >= 0 and tuple(norms[start:end]) == neg:
            follower = norms[end] if end < len(norms) else ""
            if follower in PSEUDO_FOLLOWERS.get(neg[-1], ()):
                return None
            return start, " ".join(neg)
    return None


@dataclass(frozen=True, slots=True)
class Negation:
    """The negators in scope of a term: their text and token positions."""

    text: str
    tokens: frozenset[int]


NOT_NEGATED = Negation("", frozenset())


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
        if norms[end - 1] in SCOPE_BREAKS or (end - 1) in stops:
            break
        neg = _negator_ending_at(norms, end)
        if neg is not None:
            found.append((neg[1], range(neg[0], end)))
            end = neg[0]
            continue
        end -= 1
        budget -= 1
    found.reverse()
    post = _postposed(norms, last)
    if post:
        found.append(post)
    if len(found) % 2 == 0:
        return NOT_NEGATED
    return Negation(" + ".join(t for t, _ in found), frozenset(i for _, r in found for i in r))


def find_negation(norms: Sequence[str], first: int, last: int, pattern: Sequence[str] = ()) -> str:
    """The negator(s) negating tokens ``[first, last)``, or "" when not negated."""
    return negation(norms, first, last, pattern).text


def _postposed(norms: Sequence[str], last: int) -> tuple[str, range] | None:
    i = last
    if i < len(norms) and norms[i] in COPULAS:
        i += 1
    else:
        return None
    for frame in POSTPOSED:
        if tuple(norms[i : i + len(frame)]) == frame:
            return " ".join(frame), range(i, i + len(frame))
    return None


def flip(category: str) -> str:
    """What a negated hit of ``category`` counts toward ("" for nothing).

    Categories outside the stance scheme (a user's own) are not flipped.
    """
    return FLIPS.get(category, category)
