"""Words said but not meant as the speaker's stance: mock assent to a give-way or a fear
(irony: "Sure, we'll just roll over"), and a short quotation that names or cites (a
title, a slogan: 'the "Never Surrender" exhibition')."""

from __future__ import annotations

from collections.abc import Sequence

from ..constructions import OPEN_QUOTES, SENTENCE_MARKS
from ..matcher import Hit
from ..negation import YIELDING

# Irony: an opening of mock assent, then a give-way with a scornful "just" or
# "absolutely" ("Sure, we'll just roll over", "Oh, absolutely, we'll surrender the moment
# they ask nicely") or a first-person fear ("Oh, I'm so scared of him").
_MOCK_OPENERS = frozenset({"oh", "sure", "yeah", "right"})
_SCORN = frozenset(
    {"just", "absolutely", "course", "certainly", "definitely", "totally", "happily", "gladly"}
)
_COPULAS = frozenset({"'m", "am", "'re", "are", "so", "really", "very", "truly"})


def _after_copula(norms: Sequence[str], first: int) -> bool:
    """Whether a fear word follows "I'm", "we are", "so" or "really" ("I'm so scared")."""
    return first > 0 and norms[first - 1] in _COPULAS


def _mocking(norms: Sequence[str], stance: list[Hit]) -> bool:
    """Whether the sentence mocks a give-way or a fear: see ``_MOCK_OPENERS``."""
    lead = 1 if norms and norms[0] in OPEN_QUOTES else 0
    if len(norms) < lead + 3 or norms[lead] not in _MOCK_OPENERS:
        return False
    second, third = norms[lead + 1], norms[lead + 2]
    if second != "," and not (second in ("yes", "absolutely", "sure") and third == ","):
        return False
    for hit in stance:
        for e in hit.entries:
            if e.category == "concession" and any(n in _SCORN for n in norms[: hit.last]):
                return True
            if e.category == YIELDING and _after_copula(norms, hit.first):
                return True
    return False


# Words before a short quotation that make it a name or a phrase talked about: 'the
# "Never Surrender" exhibition', 'the phrase "we shall never surrender"', 'a novel called
# "The Resolve of Small Towns"'.
_MENTION_CUES = frozenset(
    (
        "the a an my our his her their its this called titled entitled named phrase word "
        "words slogan motto book novel song film album banner headline hashtag sign"
    ).split()
)
_QUOTE_LIMIT = 8


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` in the document, lower-cased ("" if none): a
    quotation is a segment of its own, and its cue word stands in the one before."""
    words = text[max(0, start - 30) : start].split()
    return words[-1].lower() if words and words[-1].isalpha() else ""


def _mentioned(norms: Sequence[str], before: str = "") -> frozenset[int]:
    """Tokens inside a short quotation that names or cites rather than states: no
    clause punctuation inside, at most ``_QUOTE_LIMIT`` tokens, after a cue word
    (``before`` is the word before the sentence, for a quotation that opens it)."""
    if OPEN_QUOTES.keys().isdisjoint(norms):
        return frozenset()  # no quotation: most sentences
    inside: set[int] = set()
    i = 0
    while i < len(norms):
        close = OPEN_QUOTES.get(norms[i])
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < len(norms) and j - i <= _QUOTE_LIMIT + 1 and norms[j] != close:
            j += 1
        if j < len(norms) and norms[j] == close:
            span = range(i + 1, j)
            cue = norms[i - 1] if i else before
            if cue in _MENTION_CUES and not any(norms[k] in SENTENCE_MARKS for k in span):
                inside.update(span)
            i = j + 1
        else:
            i += 1
    return frozenset(inside)
