"""Refusals given as a reply: an echo question of the speaker's own answered with a
refusal ("Retire? Never."), a short first-person refusal ("I won't."), and a give-way
predicted of the speaker's side refused next ("They say we'll cave. We won't.")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..constructions import GIVING_WAY, SENTENCE_MARKS
from ..models import Match, Sentence

# A reply that refuses: "Retire? Me? Never.", "Throw in the towel? Not this lot."
_REFUSAL_REPLIES = (
    ("never",),
    ("no",),
    ("not",),
    ("nope",),
    ("of", "course", "not"),
    ("absolutely", "not"),
    ("certainly", "not"),
)


def refusal_reply(norms: Sequence[str]) -> bool:
    """A reply opening with a refusal ("Never.", "Of course not.") or (1.9.0) a short
    first-person refusal ("I won't.", "We're not."): "You want me to apologize? I won't."."""
    return (
        any(tuple(norms[: len(r)]) == r for r in _REFUSAL_REPLIES)
        and (len(norms) < 2 or norms[1] not in ("matter", "doubt", "question", "one", "wonder"))
    ) or _first_person_refusal(norms)


# A give-way predicted of the speaker's side by someone else ("The other side says we'll
# cave."), refused in the next sentence ("We won't.").
PREDICTED = "reported speech: a give-way predicted of us by someone else"
_REFUSING_STARTS = frozenset(
    (subject, *aux)
    for subject in ("we", "i")
    for aux in (
        ("wo", "n't"),
        ("will", "not"),
        ("will", "never"),
        ("shall", "not"),
        ("shall", "never"),
        ("'re", "not"),
        ("are", "not"),
        ("'m", "not"),
        ("am", "not"),
        ("do", "n't"),
        ("never", "will"),
    )
)
_SHORT = 6
# "I'm not sure.", "I don't know.", "We're not against it.": doubt or a view, no refusal
_NOT_REFUSING = frozenset(
    "sure certain know think believe recall remember aware against mind care understand "
    "expect see".split()
)


def _first_person_refusal(norms: Sequence[str]) -> bool:
    """A short sentence of *I* or *we* and a negated auxiliary: "We won't.", "I'm not."."""
    words = [n for n in norms if n not in SENTENCE_MARKS]
    return (
        len(words) <= _SHORT
        and tuple(words[:3]) in _REFUSING_STARTS
        and not (len(words) > 3 and words[3] in _NOT_REFUSING)
    )


def short_refusal(norms: Sequence[str]) -> bool:
    """A short sentence that refuses: "We won't.", "We will not.", "Never.", "No way."."""
    words = [n for n in norms if n not in SENTENCE_MARKS]
    return len(words) <= _SHORT and refusal_reply(words)


def answer_with_refusal(
    matches: list[Match],
    asked: list[tuple[Sentence, int, int]],
    reply: Sentence,
    predicted: bool = False,
) -> None:
    """An echo question of the speaker's own ("Retire?", "Are we going to give up
    now?") answered by the same speaker with a refusal ("Never.", "Of course not."):
    the give-way it asks about counts as defiance, as if negated. With ``predicted``,
    a give-way someone else predicts of us ("They say we'll cave.") refused by the
    speaker next ("We won't."): defiance, and resolve as a commitment."""
    for q, (question, first, last) in enumerate(asked):
        if question.segment != reply.segment:
            continue
        extra: list[tuple[int, Match]] = []
        for i in range(first, last):
            m = matches[i]
            if m.source not in GIVING_WAY or m.category:
                continue
            if predicted and m.detail == PREDICTED:
                matches[i] = m = replace(m, category="defiance", detail=_PREDICTED_REFUSED)
                extra.append((i, replace(m, category="resolve", detail="refusal as a commitment")))
            elif not predicted and m.detail.startswith(("question", "yielding")):
                matches[i] = replace(
                    m, category="defiance", detail="question answered with a refusal"
                )
        for i, m in reversed(extra):
            matches.insert(i + 1, m)
        if extra:  # the matches of the questions after it moved
            asked[q] = (question, first, last + len(extra))
            for r in range(q + 1, len(asked)):
                later, start, stop = asked[r]
                asked[r] = (later, start + len(extra), stop + len(extra))


_PREDICTED_REFUSED = "a give-way predicted of us, refused"
