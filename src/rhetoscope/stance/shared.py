"""What the readings of a sentence's hits share: a match built over tokens, whether a
category is counted already, the negative bare commitment ("I'm not going to"), dashes
and the speaker's side's pronouns."""

from __future__ import annotations

from collections.abc import Sequence

from ..analogy import Analogy
from ..lexicon import Entry
from ..matcher import Hit
from ..models import Match, Sentence, Token
from ..negation import FIRST_PERSON, NEGATOR_WORDS, is_bare_commitment


def _counted(matches: Sequence[Match], sentences: set[int], category: str) -> bool:
    """Whether a match of ``category`` is counted in one of ``sentences`` (the last ones)."""
    for m in reversed(matches):
        if m.sentence not in sentences:
            if m.sentence < min(sentences):
                return False
            continue
        if m.category == category:
            return True
    return False


_DASHES = ("\u2014", "\u2013", "--", "-")


def _negative_commitment(entry: Entry) -> bool:
    """A resolve entry that is a bare commitment holding its own negator: "I'm not going
    to", "we're not gonna"."""
    return (
        entry.category == "resolve"
        and is_bare_commitment(entry.tokens)
        and any(u in NEGATOR_WORDS for u in entry.tokens)
    )


# Subjects that make a predicted give-way the speaker's side's ("they say we will cave").
_OUR_SIDE = FIRST_PERSON | {"us", "me"}


def _counted_in(occupied: dict[int, Hit], tokens: frozenset[int], category: str) -> bool:
    return any(e.category == category for i in tokens if i in occupied for e in occupied[i].entries)


def _match(
    text: str,
    sentence: Sentence,
    tokens: Sequence[Token],
    span: Hit | Analogy,
    **fields: str | float,
) -> Match:
    """A match over ``tokens[span.first:span.last]`` of ``sentence``, its text to the
    end of the word its last token ends inside ("We wo" of "We won't" shows as "We
    won't", "gon" of "gonna" as "gonna")."""
    start, end = tokens[span.first].start, tokens[span.last - 1].end
    while end < len(text) and (
        text[end].isalpha()
        or (text[end] in "'\u2019" and end + 1 < len(text) and text[end + 1].isalpha())
    ):
        end += 1
    return Match(
        sentence=sentence.index,
        text=text[start:end],
        start=start,
        end=end,
        negated=bool(fields["negator"]),
        **fields,
    )
